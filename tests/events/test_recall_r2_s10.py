"""Session 10, round 2: core-event recall and types by class (sentences written for these tests).

Classes: a blow that befalls its verb's subject ("came under fire", "suffered a raid"); people
of any trade shot by armed men of any kind; an answer given in blows ("will answer with
fire"); vehicles sent back at a post with no doer named; a capital standing for its state as
the doer of a measure; waters or skies closed by a state's word ("an exclusion zone"); warcraft
sailed or flown by a state; craft or houses blown apart; people taken away by armed men; relief
craft landing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import factual_types, types_of
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]


def _all_types(analyse: Analyse, text: str) -> set[str]:
    return types_of(analyse(text))


# --- a blow befalling the subject: "came under fire", "suffered a raid" ----------------------

@pytest.mark.parametrize("text", [
    "A police patrol came under heavy machine-gun fire outside Gao on Friday.",
    "The supply helicopter came under fire as it lifted off from the valley.",
    "The airbase was under drone attack for most of the night.",
    "The frontier post suffered two raids in a single week.",
    "The refugee camp endured heavy shelling before dawn.",
])
def test_blow_befalling_its_subject_is_an_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The finance minister came under fire over the delayed budget.",
    "The new stadium plan came under attack over its cost.",
    "The coach came under fire after a third straight defeat.",
    "If convicted, the two men could face long prison terms.",
])
def test_criticism_or_a_sentence_faced_is_no_blow(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in _all_types(analyse, text)


# --- people of any trade shot by armed men of any kind --------------------------------------

@pytest.mark.parametrize("text", [
    "The hijackers shot a sailor in the arm before they fled.",
    "Robbers shot a bus driver on the coast road late on Sunday.",
    "Pirates shot two deckhands who tried to lock the bridge door.",
])
def test_people_shot_by_armed_men_is_an_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The photographer shot a nurse and a teacher for the charity calendar.",
    "The student shot a short film about his village teacher.",
    "The militants shot a video in the ruins of the old fort.",
])
def test_pictures_shot_are_no_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in _all_types(analyse, text)


# --- an answer given in blows ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The police responded with force when the crowd reached the gates.",
    "The rebels warned they would reply with all their firepower.",
    "The general said his troops would answer with fire if the patrols returned.",
])
def test_answer_given_in_blows_is_an_event(analyse: Analyse, text: str) -> None:
    assert _all_types(analyse, text) & {"ASSAULT", "THREATEN"}


@pytest.mark.parametrize("text", [
    "The striker answered with a goal in the second half.",
    "The charity responded with everything it had after the floods.",
    "She replied with a long letter to the editor.",
])
def test_answer_in_words_or_goals_is_no_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in _all_types(analyse, text)


# --- vehicles sent back at a post, no doer named ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Relief lorries were turned back at a militia checkpoint on the main road.",
    "Fuel tankers were turned back at the crossing on Monday.",
    "Two minibuses were turned back at the frontier before noon.",
])
def test_vehicles_turned_back_at_a_post_are_coerced(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The farmer turned back the lorries at his gate near the border.",
    "The buses were turned back because the car park was full.",
])
def test_vehicles_turned_back_in_civil_life_are_not(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in _all_types(analyse, text)


# --- a capital standing for its state as the doer of a measure ------------------------------

@pytest.mark.parametrize("text", [
    "Kyiv suspended traffic across the bridge on Friday.",
    "Kyiv halted shipping through the corridor for two days.",
])
def test_capital_as_doer_of_a_measure(analyse: Analyse, text: str) -> None:
    events = [e for e in analyse(text).events if e.type == "COERCE"]
    assert events and events[0].source is not None and events[0].source.country == "UKR"


@pytest.mark.parametrize("text", [
    "The marathon organisers suspended traffic across the bridge for the race.",
    "A flood suspended traffic across the bridge on Friday.",
])
def test_traffic_stopped_by_no_state_is_no_measure(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in _all_types(analyse, text)


# --- waters or skies closed by a state's word ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The navy announced a twenty-mile exclusion zone around the islands.",
    "Russia declared a no-fly zone over the whole region.",
    "The alliance imposed a no-fly zone over the north in 2011.",
])
def test_exclusion_zone_declared_is_coercion(analyse: Analyse, text: str) -> None:
    assert "COERCE" in _all_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The council created a low-emission zone in the city centre.",
    "The library set up a quiet zone for students.",
])
def test_civil_zones_are_no_coercion(analyse: Analyse, text: str) -> None:
    assert not _all_types(analyse, text)


# --- warcraft sailed or flown by a state ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The United States sailed a guided-missile destroyer through the channel on Monday.",
    "Russia flew two strategic bombers over the Sea of Japan.",
    "Japan flew fighter jets to shadow the formation.",
])
def test_state_sending_warcraft_is_mobilisation(analyse: Analyse, text: str) -> None:
    assert "MOBILIZE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Britain flew a vintage bomber at the air show.",
    "The boy sailed a model boat on the pond.",
    "Russia flew its diplomats home on a chartered plane.",
])
def test_show_craft_and_people_flown_are_no_mobilisation(analyse: Analyse, text: str) -> None:
    assert "MOBILIZE" not in _all_types(analyse, text)


# --- craft or houses blown apart -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A small fishing boat was blown apart near the reef.",
    "A drone blew the pickup truck to pieces outside the village.",
    "A shell blew the farmhouse to bits before dawn.",
])
def test_things_blown_apart_are_an_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The new evidence blew his alibi apart.",
    "The defence lawyer blew the prosecution case to pieces.",
    "The gale blew the tent to pieces.",
])
def test_cases_and_tents_blown_apart_are_no_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in _all_types(analyse, text)


# --- people taken away by armed men ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Armed men stopped a bus and took away four passengers, a relative said.",
    "Gunmen led away two teachers from the school, residents said.",
    "Bandits carried off three travellers near the market, police said.",
])
def test_people_taken_away_by_armed_men_are_abducted(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in _all_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The driver took away the passengers' luggage.",
    "The hosts took away the guests' coats.",
])
def test_things_taken_away_in_civil_life_are_no_abduction(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in _all_types(analyse, text)


# --- relief craft landing --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A humanitarian helicopter carrying vaccines landed in the besieged town.",
    "An aid plane landed in Port Sudan with forty tonnes of flour.",
    "A relief flight landed at the airport with medical supplies.",
])
def test_relief_craft_landing_is_aid(analyse: Analyse, text: str) -> None:
    assert "AID" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The president's plane landed in the capital after a humanitarian summit.",
    "A tourist helicopter landed near the glacier with food for a picnic.",
])
def test_other_craft_landing_is_no_aid(analyse: Analyse, text: str) -> None:
    assert "AID" not in _all_types(analyse, text)
