"""Merging repeated events: one act said twice is one event, two acts stay two."""

from __future__ import annotations

from tests.events.conftest import events_of


def test_two_different_acts_of_one_type_stay_two_events(analyse):
    a = analyse("Egypt called the raid a provocation and summoned the Israeli ambassador.")
    assert sorted(e.trigger.text for e in events_of(a, "ACCUSE")) == ["called", "summoned"]


def test_one_act_said_twice_is_one_event(analyse):
    a = analyse("Norway condemned and denounced the bombing of the hospital.")
    assert len(events_of(a, "ACCUSE")) == 1


def test_victims_counted_by_a_toll_are_the_event_not_background(analyse):
    a = analyse("The mission documented 40 civilians killed in the shelling of the valley.")
    assert any(e.trigger.text == "killed" for e in events_of(a, "ASSAULT"))
    # but the history of a participant stays background
    b = analyse("The mayor, jailed a year ago, spoke to the crowd.")
    assert not any(e.trigger.text == "jailed" for e in b.events)


def test_courtesy_formulae_are_no_praise(analyse):
    assert not events_of(analyse("Minister, thank you for joining us this morning."), "SUPPORT")
    assert not events_of(analyse("Nobody was hurt, thank God."), "SUPPORT")
    (praise,) = events_of(analyse("The president thanked Qatar for its mediation."), "SUPPORT")
    assert praise.target.country == "QAT"


def test_a_participle_describing_the_subject_is_background(analyse):
    # the parser may take the participle for the main verb; the news is the release
    for text in ("The farmers imprisoned for speaking against Minsk were released yesterday "
                 "by Lukashenko.",
                 "The soldiers detained in the raid were freed on Friday."):
        assert [e.trigger.text for e in analyse(text).events] in (["released"], ["freed"])


def test_two_clauses_telling_different_acts_stay_two_events(analyse):
    a = analyse("Three fishermen were killed on Sunday; the coast guard says the pirates "
                "kidnapped two others.")
    assert {e.trigger.text for e in events_of(a, "ASSAULT")} >= {"killed", "kidnapped"}


def test_a_commentators_warning_is_no_threat_but_its_content_is_kept_hedged(analyse):
    a = analyse("Analysts warned that the rebels could cut the highway to the port.")
    assert not events_of(a, "THREATEN")
    (cut,) = events_of(a, "COERCE")
    assert cut.status == "hypothetical"
    b = analyse("Iran warned that the United States would pay a heavy price.")
    assert events_of(b, "THREATEN")


def test_a_relative_clause_with_a_time_of_its_own_is_another_act(analyse):
    # the history told in the relative clause and the news of the main clause stay two
    for text, news in [
        ("Kenyan police, who have patrolled the border since 2019, raided a militia camp near "
         "Mandera on Friday.", "raided"),
        ("The rebels, who had besieged the town for months, stormed the garrison at dawn.",
         "stormed"),
        ("Nigerien soldiers, who fought the jihadists in 2023, attacked a convoy on Monday.",
         "attacked"),
    ]:
        a = analyse(text)
        main = [e for e in a.events if e.embedding == "main"]
        assert [e.trigger.text for e in main] == [news], text


def test_when_two_events_merge_the_main_clause_is_kept(analyse):
    a = analyse("Bandits who were raiding the market killed three farmers on Sunday.")
    triggers = [e.trigger.text for e in events_of(a, "ASSAULT")]
    assert "killed" in triggers


def test_weapons_backing_a_force_give_no_support(analyse):
    for text in ["Government soldiers, supported by tanks and artillery, attacked the rebel base.",
                 "Israeli forces entered Nablus at dawn, backed by drones.",
                 "Marines, aided by attack boats and a spotter plane, patrolled the delta."]:
        assert not events_of(analyse(text), "SUPPORT"), text


def test_a_party_backing_a_force_still_supports_it(analyse):
    (event,) = events_of(analyse("Militias backed by Iran fired rockets at the base."), "SUPPORT")
    assert event.source.country == "IRN"


def test_war_words_in_an_ordinary_sense_are_filtered_out(analyse):
    from warpath.events.filters import ordinary_sense

    a = analyse("The goalkeeper stormed off the pitch after the referee's decision.")
    assert not [e for e in a.events if e.status in ("asserted", "reported")]
    b = analyse("Soldiers stormed the pitch where the rebel commander was hiding.")
    (raid,) = events_of(b, "ASSAULT")
    assert not ordinary_sense(b, raid)
