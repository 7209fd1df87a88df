"""Session 12: core-event recall and types by class (sentences written for these tests).

Classes: a party asked to name or identify others (a request, not a source's anonymity); a
claim's truth denied ("It is not correct", "this report is wrong"); a fisherman's boats, nets
or tents set alight; what a radar saw shared with another force; a past tense the parser hung
on the noun after it ("the frigate, ..., shared radar tracks with ..."); a ban or a law eased,
softened or loosened (a concession; sanctions eased stay RETREAT); people or carriers held at
a line and let through; uniformed personnel taking people up to a frontier fence; oil and
power works shut because of fighting.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import factual_types, types_of
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]


def _all_types(analyse: Analyse, text: str) -> set[str]:
    return types_of(analyse(text))


# --- asked to name or identify others ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The foreign ministry asked Kampala to help identify and extradite the gunmen.",
    "Juba asked Khartoum to name the officers behind the cross-border raid.",
    "The prefect asked Bamako to identify the commanders of the column.",
])
def test_asked_to_identify_others_is_request(analyse: Analyse, text: str) -> None:
    assert "REQUEST" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "An aide, who asked not to be named, said the envoy had left Doha.",
    "A colonel who asked reporters not to identify him described the retreat.",
])
def test_anonymity_is_no_request(analyse: Analyse, text: str) -> None:
    assert "REQUEST" not in _all_types(analyse, text)


# --- a claim's truth denied -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Moscow says Kyiv's drones hit a school in Kursk. That is not true, the general said.",
    "We have read the embassy's statement of Tuesday. It is not correct.",
    "Baku accuses Yerevan of mining the road. The report is wrong, an Armenian official said.",
])
def test_truth_denied_is_reject(analyse: Analyse, text: str) -> None:
    assert "REJECT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Burning crops is wrong, the bishop told the congregation.",
    "It is not correct to say that the talks in Geneva have failed, the mediator said.",
])
def test_moral_or_framing_judgement_is_no_reject(analyse: Analyse, text: str) -> None:
    assert "REJECT" not in _all_types(analyse, text)


# --- a fisherman's or a herder's things set alight --------------------------------------------

@pytest.mark.parametrize("text", [
    "Three canoes were set alight on the lake shore by the raiders.",
    "Militiamen set the fishing boats alight near the island.",
    "Attackers set the herders' tents alight before dawn.",
])
def test_boats_and_tents_set_alight_are_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The chef set the pudding alight at the table.",
    "The campers set the logs alight to cook supper.",
])
def test_kitchen_fires_are_no_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in _all_types(analyse, text)


# --- radar pictures shared, and a past tense hung on a noun -----------------------------------

@pytest.mark.parametrize("text", [
    "Denmark shared radar tracks of the skiff with Nigeria on Tuesday.",
    "The Dutch frigate shared radar tracks with Ghana.",
    "Greece shared radar tracks of the drone with Cyprus.",
])
def test_radar_tracks_shared_is_cooperate(analyse: Analyse, text: str) -> None:
    assert "COOPERATE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The two hikers shared a tent on the ridge.",
    "The twins shared a flat in Lagos.",
])
def test_shared_things_of_private_life_are_no_cooperation(analyse: Analyse, text: str) -> None:
    assert "COOPERATE" not in _all_types(analyse, text)


# --- a ban or a law eased (a ban on goods eased is eased trade, RETREAT 085, as before) ------

@pytest.mark.parametrize("text", [
    "Belgrade eased its ban on opposition rallies on Thursday.",
    "The parliament in Tbilisi softened its media law after protests.",
    "The junta loosened the curfew in the northern towns.",
])
def test_ban_or_law_eased_is_concede(analyse: Analyse, text: str) -> None:
    assert "CONCEDE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The baker softened the butter before mixing the dough.",
    "The physio loosened the strap on his knee brace.",
])
def test_kitchen_softening_is_no_concession(analyse: Analyse, text: str) -> None:
    assert "CONCEDE" not in _all_types(analyse, text)


def test_sanctions_eased_stay_retreat(analyse: Analyse) -> None:
    types = factual_types(analyse, "Washington eased sanctions on Venezuela's oil sector.")
    assert "RETREAT" in types and "CONCEDE" not in types


# --- held at a line, then let through ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The rest of the aid convoy was allowed through on Sunday after a long search.",
    "Soldiers let the trucks through after a search.",
    "Soldiers at the checkpoint waved the buses of pilgrims through.",
])
def test_let_through_is_retreat(analyse: Analyse, text: str) -> None:
    assert "RETREAT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The budget bill was allowed through by the upper house.",
    "The goalkeeper let the ball through his legs.",
])
def test_bills_and_balls_let_through_are_no_event(analyse: Analyse, text: str) -> None:
    assert "RETREAT" not in _all_types(analyse, text)


# --- uniformed personnel taking people to a fence ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Polish guards watched Belarusian uniformed personnel escorting migrants to the fence.",
    "Uniformed personnel escorted the families up to the border fence.",
    "Servicemen escorted dozens of asylum seekers to the frontier.",
])
def test_personnel_escorting_people_to_line_is_coerce(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Hotel personnel escorted the guests to the ballroom.",
    "Museum personnel escorted the children to the buses.",
])
def test_personnel_escorting_guests_is_no_coerce(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in _all_types(analyse, text)


# --- oil works shut because of fighting -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The state oil company shut the refinery as clashes between militias spread to the port.",
    "The operator closed the export terminal while rival brigades shelled each other nearby.",
    "The ministry shut the power plant after rockets landed near its gate.",
])
def test_works_shut_for_fighting_is_coerce(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The company shut the plant for maintenance after a small fire.",
    "The refiner closed the refinery because of weak demand for diesel.",
])
def test_works_shut_for_trade_is_no_coerce(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in _all_types(analyse, text)
