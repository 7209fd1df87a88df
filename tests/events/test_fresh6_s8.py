"""Session 8, round 2: classes read off the fresh dev articles d146-d151 (sentences written
for these tests, in other wording).

Classes: a captive, named by a participle of captivity, handed over or released (RETREAT);
civilians told by an armed side to get out of the way of its fire (THREATEN); people of a
nation pushed back at a border (COERCE); a report or a charge called names (REJECT); land won
back by arms, as a stated readiness (THREATEN, the act planned); a weapon coming down in the
sea near a ship (ASSAULT, not a show of force); armed men's craft closing on a ship (COERCE);
arms given up under a disarmament, an amnesty or a truce (RETREAT, not aid).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import factual_types, types_of
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]


@pytest.mark.parametrize("text", [
    "The detained commander was handed over to a neutral police unit later that morning.",
    "Rebels handed the two abducted engineers over to local elders on Friday.",
    "The cartel released the kidnapped engineers after a ransom was paid.",
    "The army released the captured rebel commander in a prisoner exchange.",
])
def test_a_captive_handed_over_or_released_is_a_retreat(analyse: Analyse, text: str) -> None:
    assert "RETREAT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The group handed over captured rifles to the army.",
    "The detained commander was questioned for six hours.",
    "The club handed over the signed contract to the league.",
])
def test_things_handed_over_or_captives_questioned_are_no_release(analyse: Analyse,
                                                                   text: str) -> None:
    assert "RETREAT" not in types_of(analyse(text))


@pytest.mark.parametrize("text", [
    "But an AA spokesman told residents on Wednesday to move away from military sites on the "
    "city's edge.",
    "The army told villagers near the border to leave their homes before the offensive.",
    "The Israeli military instructed inhabitants of the eastern districts to head south ahead "
    "of strikes.",
    "Militia leaders told families in the valley to flee before the assault.",
])
def test_civilians_told_to_clear_out_before_fire_is_a_threat(analyse: Analyse,
                                                              text: str) -> None:
    assert "THREATEN" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The teacher told pupils to move away from the windows during the storm drill.",
    "The landlord told tenants to leave the building by Friday.",
    "Police told residents to leave the street after a gas leak.",
    "The council told residents to keep away from the river bank after the flood.",
])
def test_told_to_leave_in_civil_life_is_no_threat(analyse: Analyse, text: str) -> None:
    assert not types_of(analyse(text))


@pytest.mark.parametrize("text", [
    "Last week its border guards pushed back about 300 Rohingya who tried to cross the river "
    "in small boats.",
    "Police pushed back 200 Afghans at the border crossing.",
    "Turkish gendarmes pushed back some 80 Syrians who tried to cross the frontier.",
])
def test_people_of_a_nation_pushed_back_are_coerced(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The government pushed back the deadline to June.",
    "Opposition MPs pushed back against the plan.",
])
def test_a_deadline_pushed_back_is_no_coercion(analyse: Analyse, text: str) -> None:
    assert not types_of(analyse(text))


@pytest.mark.parametrize("text", [
    'The AA called the report "one-sided" and said its fighters had protected villagers.',
    "The ministry called the allegations baseless.",
    'The junta branded the UN findings "lopsided" on Monday.',
])
def test_a_report_called_names_is_rejected(analyse: Analyse, text: str) -> None:
    assert "REJECT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    'The critic called the report "a masterpiece".',
    "The minister called the report a useful contribution.",
])
def test_a_report_praised_is_not_rejected(analyse: Analyse, text: str) -> None:
    assert "REJECT" not in types_of(analyse(text))


@pytest.mark.parametrize("text", [
    "Venezuela's defence minister said on Tuesday that the armed forces were \"ready to "
    "recover what is ours\".",
    "The defence minister said the army stood ready to reclaim the disputed islands.",
    "Baku vowed to take back the occupied districts.",
])
def test_readiness_to_win_back_land_is_a_threat(analyse: Analyse, text: str) -> None:
    analysis = analyse(text)
    assert "THREATEN" in factual_types(analyse, text)
    assert any(e.type == "ASSAULT" and e.status in ("planned", "hypothetical")
               for e in analysis.events)
    assert "ASSAULT" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Divers recovered the bodies from the lake.",
    "The economy recovered its ground after the crisis.",
    "Police recovered the stolen car in Tripoli.",
    "The club regained its place in the top division.",
])
def test_things_recovered_are_no_fight(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in types_of(analyse(text))


@pytest.mark.parametrize("text", [
    "A Liberia-flagged bulk carrier reported two missiles landing in the water two nautical "
    "miles off her port side.",
    "Two rockets landed in the sea near a Greek tanker off Hodeidah.",
    "A missile fell into the water a mile off the starboard beam of a Panama-flagged freighter.",
])
def test_a_weapon_landing_in_the_sea_near_a_ship_is_an_attack(analyse: Analyse,
                                                              text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "A test missile fell into the ocean after a short flight.",
    "Two ballistic missiles landed in the sea east of the peninsula.",
])
def test_a_weapon_landing_in_open_sea_is_no_attack(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in types_of(analyse(text))


@pytest.mark.parametrize("text", [
    "Two skiffs carrying armed persons and a ladder approached a Marshall Islands-flagged "
    "product tanker to within 0.5 nm.",
    "A speedboat with five armed men approached a bulk carrier off Somalia.",
    "Armed men in two boats approached the yacht before the crew fired flares.",
    "Pirates in a fast boat closed in on a Greek freighter off Eyl.",
])
def test_armed_craft_closing_on_a_ship_coerce_it(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "A pilot boat approached the tanker to take the harbour pilot aboard.",
    "A fishing boat with three men approached the ferry to sell fish.",
    "Reporters approached the minister after the meeting.",
])
def test_other_craft_approaching_coerce_no_one(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in types_of(analyse(text))


@pytest.mark.parametrize("text", [
    "Under the disarmament plan, the militia handed over 500 rifles last month.",
    "Some 200 fighters handed over their rifles at a demobilisation camp near Bunia.",
    "Former militiamen handed over their guns under the amnesty.",
    "Rebels of the M23 handed over their weapons to the UN mission under the disarmament plan.",
])
def test_arms_given_up_under_a_disarmament_are_a_retreat(analyse: Analyse, text: str) -> None:
    assert "RETREAT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The United States handed over 40 weapons to Ukraine under the aid agreement.",
    "Germany handed over weapons to Kurdish fighters after the ceasefire collapsed.",
    "Police handed over the arrested commander to prosecutors in Misrata.",
])
def test_arms_handed_to_a_side_or_a_suspect_to_a_court_are_no_retreat(analyse: Analyse,
                                                                     text: str) -> None:
    assert "RETREAT" not in types_of(analyse(text))
