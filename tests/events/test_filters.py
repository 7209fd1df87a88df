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
