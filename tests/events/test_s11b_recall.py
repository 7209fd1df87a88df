"""Session 11, round 2: core-event recall by class (sentences written for these tests).

Classes: armed men who come upon other armed men ("ran into", "came upon", "stumbled into an
ambush", "encountered"); a craft cutting across another craft's bow; an act told as it happens
in a progressive passive ("a depot being shelled"), which is no participant's history; a
pronoun subject of a clause hung on the main clause standing for the main clause's subject ("the
tanker was taken to port, where it is still held"); a measure brought back ("revived the
sanctions", "reinstated the curfew"); people let go ("let the drivers go"); a line between two
commands put to use ("the hotline was used").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import factual_types, triggers_of, types_of
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]



# --- armed men meeting armed men ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A police patrol ran into armed men near the river on Tuesday.",
    "Soldiers encountered gunmen on the road to the mine.",
    "An army unit came upon a group of rebels in the forest.",
    "The convoy of troops stumbled into an ambush outside the town.",
    "A cutter of the coast guard ran into armed men near the reef.",
])
def test_armed_men_meeting_armed_men_is_a_clash(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "A group of hikers ran into armed men on the trail.",
    "Soldiers came across a cache of rifles in the forest.",
    "The minister ran into old friends at the dinner.",
    "Two soldiers ran into their former teacher at the market.",
])
def test_meetings_without_two_armed_sides_are_no_clash(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in types_of(analyse(text))


# --- a craft cutting across another's bow ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A coast guard vessel cut across the bow of the supply boat.",
    "A destroyer crossed the bow of the frigate at close range.",
    "The cutter sailed across the bows of the fishing boat twice.",
])
def test_cutting_across_a_bow_is_coercion(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The rower cut across the bow of the rival crew.",
    "The actor took a bow across the stage.",
])
def test_bows_outside_a_standoff_are_no_event(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in types_of(analyse(text))


# --- an act told as it happens -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Residents filmed the convoy being ambushed near the ford.",
    "Footage shows a fuel depot being shelled at dawn.",
    "Neighbours watched the clinic being bombed from their rooftops.",
])
def test_a_progressive_passive_is_the_act_itself(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in types_of(analyse(text))


@pytest.mark.parametrize("text", [
    "Houses being built near the border were sold last year.",
    "The mayor, jailed a year ago, spoke to the crowd.",
])
def test_other_participles_stay_background(analyse: Analyse, text: str) -> None:
    assert not {"ASSAULT", "COERCE"} & types_of(analyse(text))


# --- "where it is still held": the pronoun of a clause hung on the main clause ------------------

@pytest.mark.parametrize("text", [
    "The tanker was taken to the naval port, where it is still being held.",
    "The trawler was towed to the harbour after it was held by the coast guard.",
    "The freighter was escorted to an anchorage, where it has been held ever since.",
])
def test_a_ship_held_through_a_pronoun(analyse: Analyse, text: str) -> None:
    assert "held" in triggers_of(analyse(text), "COERCE")


@pytest.mark.parametrize("text", [
    "The cake was taken to the kitchen, where it is still held in the fridge.",
    "The army said it had held the hill for a week.",
])
def test_pronouns_of_other_things_are_not_ships(analyse: Analyse, text: str) -> None:
    assert "held" not in triggers_of(analyse(text), "COERCE")


# --- a measure brought back ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "etype"), [
    ("Three governments chose to revive the sanctions that had been lifted.", "SANCTION"),
    ("The junta reinstated the curfew in the capital after the riots.", "COERCE"),
    ("The government brought back the ban on imports from its neighbour.", "SANCTION"),
])
def test_a_measure_brought_back(analyse: Analyse, text: str, etype: str) -> None:
    assert etype in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The club restored its old logo after fans complained.",
    "The mayor revived the old festival in the square.",
])
def test_things_brought_back_are_no_measure(analyse: Analyse, text: str) -> None:
    assert not {"SANCTION", "COERCE"} & types_of(analyse(text))


# --- people let go --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The gunmen let the drivers go after two hours.",
    "They held the crew for a week before letting them go.",
    "The rebels questioned the two nurses and then let them go unharmed.",
])
def test_letting_captives_go_is_a_release(analyse: Analyse, text: str) -> None:
    assert "RETREAT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The teacher let the students go home early.",
    "She let the matter go.",
])
def test_letting_go_otherwise_is_no_release(analyse: Analyse, text: str) -> None:
    assert "RETREAT" not in types_of(analyse(text))


# --- a line between two commands put to use ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The hotline between the two army headquarters was used on Thursday.",
    "Both navies used the deconfliction line during the standoff.",
    "The two commands used the military hotline twice last week.",
])
def test_a_hotline_used_is_consultation(analyse: Analyse, text: str) -> None:
    assert "CONSULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Customers used the hotline to complain about late deliveries.",
    "Parents used the school's hotline to report absences.",
])
def test_other_hotlines_are_no_consultation(analyse: Analyse, text: str) -> None:
    assert "CONSULT" not in types_of(analyse(text))
