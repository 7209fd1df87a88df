"""Session 10: core-event recall and types by class (sentences written for these tests).

Classes: a measure of force told in a finite passive of the very thing it acts on, with no doer
named (a post shut, lorries turned back, a trawler seized); a boat or its crew stopped by a
warship or a patrol; officials speaking with their opposite number; the leaders of sides
summoned for talks; armed men taking power; people handcuffed; people or craft "handed back"
(read as "handed over").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import factual_types
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]


def _codes(analysis: Analysis, etype: str) -> set[str | None]:
    return {e.cameo for e in analysis.events if e.type == etype}


# --- an agentless finite passive of a measure on its object -----------------------------------

@pytest.mark.parametrize("text", [
    "Twelve trucks were turned back at the frontier on Thursday.",
    "The two checkpoints on the northern road were shut overnight.",
    "The fishing trawler and its catch were seized in the gulf.",
    "The refugees were sent back across the river at dawn.",
])
def test_passive_measure_on_its_object_is_an_event(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The road was closed for repairs on Monday.",
    "The highway was closed after a crash involving three cars.",
    "The museum was closed on Monday.",
    "The bridge, closed since the flood, reopened last week.",
])
def test_passive_closure_for_works_or_of_a_museum_is_none(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in factual_types(analyse, text)


# --- a boat stopped by a warship or a patrol ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "A coastguard cutter stopped two fishing boats off the atoll on Sunday.",
    "The skiff was halted by a navy patrol near the river mouth.",
    "A frigate stopped the tanker in the strait and inspected its cargo.",
])
def test_craft_stopped_by_a_patrol_is_coercion(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The ferry stopped at the pier.",
    "The ship stopped for repairs off the cape.",
    "A bus stopped the traffic for an hour.",
])
def test_a_craft_or_bus_stopping_is_none(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in factual_types(analyse, text)


# --- speaking with one's opposite number -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The defence minister spoke to his Indian counterpart by phone on Friday.",
    "The foreign minister spoke with the Ethiopian prime minister.",
    "The president spoke with the king of Jordan on Wednesday.",
])
def test_speaking_with_a_counterpart_is_consultation(analyse: Analyse, text: str) -> None:
    assert "CONSULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The minister spoke to reporters about the president.",
    "The minister spoke about her counterpart's remarks at the summit.",
])
def test_speaking_to_the_press_or_of_someone_is_none(analyse: Analyse, text: str) -> None:
    assert "CONSULT" not in factual_types(analyse, text)


# --- the leaders of sides summoned -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The governor summoned tribal leaders to the capital.",
    "The prime minister summoned the rival militia commanders to Tripoli.",
    "The army chief summoned the elders of both clans for talks.",
])
def test_leaders_summoned_are_called_to_talks(analyse: Analyse, text: str) -> None:
    assert "CONSULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The judge summoned the witness to court.",
    "The coach summoned the team captain to his office.",
])
def test_a_witness_or_a_player_summoned_is_none(analyse: Analyse, text: str) -> None:
    assert not factual_types(analyse, text) & {"CONSULT", "ACCUSE"}


def test_an_envoy_summoned_stays_a_complaint(analyse: Analyse) -> None:
    assert "ACCUSE" in factual_types(analyse, "Rabat summoned the Algerian ambassador on Monday.")


# --- armed men taking power --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The army took power overnight and suspended the constitution.",
    "Mutinous soldiers took power in the capital on Sunday.",
    "A junta took power in Niamey in July.",
])
def test_armed_men_taking_power_is_a_seizure(analyse: Analyse, text: str) -> None:
    assert "192" in _codes(analyse(text), "COERCE")


@pytest.mark.parametrize("text", [
    "The new government took power after the election.",
    "The party took power in 2019 with a large majority.",
])
def test_a_government_taking_office_is_none(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in factual_types(analyse, text)


# --- people handcuffed -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police handcuffed the two fishermen on deck.",
    "Border guards handcuffed the three suspects and led them away.",
    "Soldiers handcuffed the villagers before questioning them.",
])
def test_people_handcuffed_are_detained(analyse: Analyse, text: str) -> None:
    assert "173" in _codes(analyse(text), "COERCE")


@pytest.mark.parametrize("text", [
    "The protester handcuffed herself to the railings.",
    "The magician handcuffed himself before the trick.",
])
def test_handcuffing_oneself_is_none(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in factual_types(analyse, text)


# --- handed back ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The two fishermen were handed back to Indian officials at the Wagah crossing.",
    "The rebels handed back the captured soldiers to the Red Cross.",
    "Pakistan handed back the detained crew to Iranian border guards.",
])
def test_people_handed_back_are_released(analyse: Analyse, text: str) -> None:
    assert "RETREAT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The manager handed back the keys to the landlord.",
    "The teacher handed back the exam papers on Friday.",
])
def test_things_handed_back_in_daily_life_are_none(analyse: Analyse, text: str) -> None:
    assert not factual_types(analyse, text)


# --- a crewed aircraft intercepted ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two Turkish jets intercepted a Greek surveillance plane over the Aegean.",
    "A British reconnaissance aircraft was intercepted by Russian fighters over the Black Sea.",
    "Chinese fighters intercepted an American patrol plane near the island.",
])
def test_crewed_aircraft_intercepted_is_coercion(analyse: Analyse, text: str) -> None:
    types = factual_types(analyse, text)
    assert "COERCE" in types and "ASSAULT" not in types


def test_drones_intercepted_stay_downed(analyse: Analyse) -> None:
    text = "Air defences intercepted three drones over the capital."
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The goalkeeper intercepted the pass.",
    "Police intercepted the letter before it reached him.",
])
def test_a_pass_or_a_letter_intercepted_is_none(analyse: Analyse, text: str) -> None:
    assert not factual_types(analyse, text) & {"COERCE", "ASSAULT"}


# --- a ship held, a road kept blocked ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The tanker was held for nine days before being released.",
    "Iranian forces held the freighter for a month in the port of Jask.",
    "The coast guard held the trawler and its catch at the naval base.",
])
def test_a_ship_held_by_a_state_is_a_seizure(analyse: Analyse, text: str) -> None:
    assert "192" in _codes(analyse(text), "COERCE")


@pytest.mark.parametrize("text", [
    "The cargo ship was held in port by the storm.",
    "The trawler was held for nine days over unpaid fees.",
])
def test_a_ship_held_by_weather_or_a_debt_is_none(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Armed men kept the main road blocked for a third day.",
    "The rebels have kept the bridge blocked since Monday.",
    "Troops kept the pass blocked until Friday.",
])
def test_a_road_kept_blocked_is_an_event(analyse: Analyse, text: str) -> None:
    assert factual_types(analyse, text) & {"COERCE", "PROTEST"}


@pytest.mark.parametrize("text", [
    "The fallen tree kept the drain blocked.",
    "Her cold kept her nose blocked all week.",
])
def test_a_drain_or_a_nose_kept_blocked_is_none(analyse: Analyse, text: str) -> None:
    assert not factual_types(analyse, text)


# --- an airport or a railway stopping its own traffic under threat -----------------------------

@pytest.mark.parametrize("text", [
    "Port Sudan airport has suspended all flights after the drone attack on the fuel depot.",
    "The railway suspended all services between the two cities after the bombing.",
    "Vilnius Airport suspended arrivals and departures three times as balloons entered the "
    "airspace.",
    "Four people were wounded in the city overnight. The airport has suspended all flights "
    "until Saturday.",
])
def test_an_airport_stopping_flights_under_attack_is_no_sanction(analyse: Analyse,
                                                                 text: str) -> None:
    types = factual_types(analyse, text)
    assert "COERCE" in types and "SANCTION" not in types


def test_a_state_suspending_flights_to_another_stays_a_sanction(analyse: Analyse) -> None:
    assert "SANCTION" in factual_types(analyse, "Russia suspended flights to Georgia.")


@pytest.mark.parametrize("text", [
    "The airport suspended flights because of heavy snow.",
    "The railway suspended services for track repairs.",
    "Two passengers were hurt when the plane crashed on landing. The airport has suspended all "
    "flights until Saturday.",
])
def test_an_airport_stopping_flights_for_weather_or_works_is_none(analyse: Analyse,
                                                                  text: str) -> None:
    assert not factual_types(analyse, text) & {"COERCE", "SANCTION"}


# --- armed men sweeping through a place --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gangs swept through two districts of the capital on Sunday.",
    "Jihadist fighters swept into the town at dawn.",
    "Rebels swept through the villages east of the river.",
])
def test_armed_men_sweeping_through_a_place_is_an_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "A storm swept through the region overnight.",
    "Protests swept through the country last spring.",
    "The fire swept through the camp.",
    "The champions swept through the group stage.",
])
def test_a_storm_or_a_team_sweeping_through_is_no_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in factual_types(analyse, text)


# --- craft or men told they will be met as enemies ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Iran said that any warship entering its waters would be treated as hostile.",
    "The militia said any aircraft flying over the town would be considered a legitimate target.",
    "The navy said foreign drones over the fleet will be regarded as hostile.",
])
def test_being_met_as_an_enemy_is_a_threat(analyse: Analyse, text: str) -> None:
    assert "THREATEN" in {e.type for e in analyse(text).events}


def test_the_speaker_makes_the_threat(analyse: Analyse) -> None:
    a = analyse("Iran said that any warship entering its waters would be treated as hostile.")
    assert {e.source.country for e in a.events if e.type == "THREATEN" and e.source} == {"IRN"}


@pytest.mark.parametrize("text", [
    "The board considered the sales target.",
    "The coach said the visiting team would be treated as enemies by the home crowd.",
    "Guests at the hotel are treated as family.",
    "Police regarded the man as a suspect.",
])
def test_a_guest_or_a_rival_team_met_so_is_no_threat(analyse: Analyse, text: str) -> None:
    assert "THREATEN" not in {e.type for e in analyse(text).events}


def test_a_warning_of_it_is_one_threat_not_two(analyse: Analyse) -> None:
    a = analyse("The army warned that vehicles approaching the post will be treated as enemy "
                "targets.")
    assert [e.trigger.text for e in a.events if e.type == "THREATEN"] == ["warned"]


# --- a boat told off by a warship or a patrol --------------------------------------------------

@pytest.mark.parametrize("text", [
    "A Chinese coastguard vessel ordered the fishing boats to turn back.",
    "Two warships ordered the tanker to leave Iranian waters.",
    "A Russian patrol ship came close to the Japanese vessel and ordered it by radio to leave.",
])
def test_a_boat_ordered_off_by_a_patrol_is_coercion(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The harbour master ordered the yacht to leave the marina.",
    "The captain ordered the passengers to leave the deck.",
])
def test_a_harbour_master_or_a_captain_giving_orders_is_no_coercion(analyse: Analyse,
                                                                     text: str) -> None:
    assert "COERCE" not in factual_types(analyse, text)
