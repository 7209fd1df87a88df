"""Armed men acting on places, people, vehicles or goods, where the lexicon's lists fall short."""

from __future__ import annotations

from tests.events.conftest import events_of


def _on(analysis, word):  # type: ignore[no-untyped-def]
    return [e for e in events_of(analysis) if e.trigger.text.split()[0] == word]


# A verb the lexicon does not know, done by armed men to a place or people: a generic coercion.


def test_fighters_bursting_into_a_home_is_a_coercive_act(analyse):
    a = analyse("Masked fighters burst into the clinic in Kalehe on Tuesday night.")
    (event,) = _on(a, "burst")
    assert (event.type, event.cameo, event.status) == ("COERCE", "170", "asserted")


def test_troops_combing_the_hills_and_police_fanning_out_through_a_district(analyse):
    a = analyse("Commandos combed the forest around Beni for a second day.")
    assert [e.type for e in _on(a, "combed")] in (["COERCE"], ["ASSAULT"])
    b = analyse("Riot police fanned out through the Kibera district before dawn.")
    assert _on(b, "fanned")


def test_a_military_drone_over_a_zone_is_armed_but_a_survey_plane_is_not(analyse):
    a = analyse("An unmanned aerial vehicle of the Turkish army hovered over the village all day.")
    assert _on(a, "hovered")
    b = analyse("A survey plane hovered over the village for an hour.")
    assert not _on(b, "hovered")


def test_the_unknown_act_keeps_the_clause_status(analyse):
    a = analyse("Residents fear the gunmen could swarm into the market again.")
    (event,) = _on(a, "swarm")
    assert event.status == "hypothetical"


def test_nobody_unarmed_and_no_abstract_object_makes_an_event(analyse):
    assert not _on(analyse("Tourists burst into the museum when the doors opened."), "burst")
    assert not _on(analyse("The rebels lost all trust in the government."), "lost")
    assert not _on(analyse("Soldiers chatted with the villagers at the market."), "chatted")


def test_a_participle_describing_the_troops_is_no_act(analyse):
    a = analyse("Troops backed by armoured cars crossed into the valley.")
    assert not _on(a, "backed")


# A listed verb whose object list failed: armed men doing it to something concrete.


def test_soldiers_turning_back_lorries_takes_the_turn_back_sense(analyse):
    a = analyse("Soldiers turned back three lorries of maize at the Gamboru checkpoint.")
    (event,) = _on(a, "turned")
    assert event.type == "COERCE" and event.cameo == "174"
    b = analyse("The farmer turned back three lorries of maize at the gate.")
    assert not _on(b, "turned")


def test_gunmen_holding_people_but_not_troops_holding_a_ceremony(analyse):
    a = analyse("Gunmen held the bus passengers for two days outside Tillaberi.")
    assert [e.type for e in _on(a, "held")] == ["COERCE"]
    b = analyse("The troops held a ceremony for the fallen at the base.")
    assert not [e for e in _on(b, "held") if e.type in ("COERCE", "ASSAULT")]


def test_armed_groups_and_gatherings_of_people(analyse):
    a = analyse("Armed groups tore through Carrefour-Feuilles on Monday.")
    assert _on(a, "tore")
    b = analyse("Border guards turned back a column of about 200 asylum seekers at the bridge.")
    assert [e.type for e in _on(b, "turned")] == ["COERCE"]
    c = analyse("Border guards turned back a column of tanks at the bridge.")
    assert not _on(c, "turned")


def test_armed_men_doing_ordinary_work_in_a_place_is_no_event(analyse):
    for text in ("Soldiers painted the school in Mopti on Saturday.",
                 "Army engineers rebuilt the bridge near Kindu.",
                 "Rebels prayed at the mosque in Menaka.",
                 "The army vaccinated children in the village."):
        a = analyse(text)
        assert not [e for e in events_of(a) if e.cameo == "170"], text


def test_armed_men_moving_into_a_town_except_to_bring_relief(analyse):
    a = analyse("Jihadist fighters rode into the village of Tessit at dusk.")
    assert _on(a, "rode")
    b = analyse("Soldiers drove into the town of Kasese to deliver food after the floods.")
    assert not [e for e in events_of(b) if e.type in ("COERCE", "ASSAULT")]


def test_a_relaxed_sense_needs_an_object_of_the_kind_its_list_names(analyse):
    a = analyse("Police turned back two buses of pilgrims at the Rafah gate.")
    assert [e.type for e in _on(a, "turned")] == ["COERCE"]
    b = analyse("Soldiers turned back the hands of the clock at the base.")
    assert not _on(b, "turned")
