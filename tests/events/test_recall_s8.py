"""Session 8: core-event recall by class (sentences written for these tests).

Classes: a weak bodily-violence verb (shoot, beat, hit) made an event by its victims, its armed
doers or the site it lands on; pursuit of armed men; an authority shutting markets, schools or
places of worship; an operation noun told to begin at a named place; an act noun with its doers
named by "by" and a date of its own under a verb that judges it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import factual_types, types_of
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]


@pytest.mark.parametrize("text", [
    "Masked men shot two herders beside the well near Gao on Monday.",
    "Two men in balaclavas shot the owner of the cafe.",
    "Three villagers were shot near Menaka, a local official said.",
    "The gunmen forced the family out of the car and shot them by the roadside.",
])
def test_shooting_of_people_is_an_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The photographer shot the models on a rooftop in Milan.",
    "She shot the documentary in Morocco last spring.",
    "The director shot the actors on a bare stage.",
])
def test_shooting_a_film_is_no_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The detainees were beaten in custody, their lawyer said.",
    "Police beat the demonstrators with batons outside the courthouse in Kampala.",
    "Men in uniform beat a shopkeeper in front of his store.",
    "A journalist was beaten during his arrest and later treated in Harare.",
])
def test_beating_of_people_is_an_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Brazil beat them 3-1 in the final.",
    "The champion was beaten in the final by a teenager.",
    "The chef beat the eggs with a whisk.",
])
def test_beating_at_play_is_no_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Something was hit near the airbase on Friday night.",
    "A fuel depot was hit overnight outside Belgorod.",
    "Two buildings were hit near the airport in Kherson.",
])
def test_site_hit_is_a_strike(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "A truck hit the school gate in Leeds.",
    "The recession hit the factory hard.",
    "The storm hit the base on Monday.",
    "The school was hit by a wave of resignations.",
])
def test_accident_weather_or_slump_hitting_is_no_strike(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Police ran down the kidnappers in a forest outside Kaduna.",
    "Gendarmes chased the bandits into the bush east of Dosso.",
    "Troops went after the militants who had ambushed the convoy near Kidal.",
    "Soldiers neutralised six of them near the border with Mali.",
])
def test_pursuit_of_armed_men_is_an_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The dog chased the ball across the park.",
    "The company is chasing profits in Asia.",
    "She went after the job in Paris.",
    "The new rule neutralised them as a political force.",
])
def test_chasing_things_is_no_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The governor closed all schools in Maiduguri after the raid.",
    "Soldiers shut the mosques of the town on Friday.",
    "The prefecture has closed the cattle markets of the district until further notice.",
])
def test_authority_shutting_public_places_coerces(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The council closed the schools for the summer holiday.",
    "The ministry shut schools because of the cholera outbreak.",
    "The chain closed twenty shops after heavy losses.",
])
def test_ordinary_closures_are_no_coercion(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The sweep resumed on Monday near Kidal.",
    "A sweep began at first light across the hills above Tirah.",
    "Fresh troops were flown in on Sunday, and a sweep started that night in the forests of "
    "Kellem Wollega.",
])
def test_operation_noun_beginning_at_a_place(analyse: Analyse, text: str) -> None:
    assert "MOBILIZE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "A sweep began.",
    "The sweep began on Monday.",
])
def test_bare_operation_noun_beginning_is_not_kept(analyse: Analyse, text: str) -> None:
    assert "MOBILIZE" not in factual_types(analyse, text)


def test_two_clauses_of_one_type_stay_two_events(analyse: Analyse) -> None:
    text = ("Reinforcements were rushed from Homs on Friday, and a sweep began that evening "
            "through the valleys west of Hama.")
    events = [e for e in analyse(text).events if e.type == "MOBILIZE"]
    assert {e.trigger.text for e in events} == {"rushed", "sweep"}


@pytest.mark.parametrize("text", [
    "Qatar welcomed the release of 14 hostages by Hamas on 3 December.",
    "The ICRC hailed the release of 40 soldiers by the rebels on Sunday.",
])
def test_act_noun_with_named_doers_and_date_under_a_judging_verb(analyse: Analyse,
                                                                text: str) -> None:
    assert "RETREAT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The ministry welcomed the release of the report by Amnesty on Monday.",
    "The senator welcomed the release of the album by Adele in 2015.",
])
def test_release_of_things_is_no_retreat(analyse: Analyse, text: str) -> None:
    assert "RETREAT" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Rebel fighters seized the town of Goma on Sunday.",
    "The army seized the airbase outside Kassala after two days of fighting.",
    "In 2023 the militia seized the district headquarters at Sittwe.",
])
def test_ground_seized_is_an_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in types_of(analyse(text))


@pytest.mark.parametrize("text", [
    "Iranian commandos seized a Liberian-flagged tanker in the Gulf of Oman.",
    "Customs officers seized part of the cargo at the port of Mersin.",
    "Police seized rifles and ammunition in a raid on a farm near Culiacan.",
])
def test_craft_goods_and_arms_seized_stay_coercion(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)
    assert "ASSAULT" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "A Chinese militia vessel sideswiped BRP Sierra Madre Star near the shoal.",
    "A coast guard cutter rammed BRP Cabra near the shoal.",
    "Two drones struck USS Carney in the Red Sea.",
])
def test_ship_named_by_hull_prefix_is_hit(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "A drone strike hit the weekly market outside Debre Tabor on Tuesday.",
    "An air strike hit a clinic in Marib overnight.",
    "The shelling hit two schools on the edge of Kramatorsk.",
])
def test_attack_noun_hitting_a_place_is_a_strike(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The rail strike hit commuters across the country.",
    "The dockers' strike hit exports in March.",
    "A blast of arctic air hit the region overnight.",
])
def test_labour_strikes_and_weather_hit_no_one(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Since Sunday we have watched armoured vehicles gathering near the crossing at Renk.",
    "Satellite images show 40 militia boats massed off the reef.",
    "Dozens of armoured vehicles were gathering outside Kupiansk on Friday.",
])
def test_military_craft_gathering_is_a_build_up(analyse: Analyse, text: str) -> None:
    assert "MOBILIZE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Fishing boats gathered in the harbour before the storm.",
    "Delivery vehicles gathered outside the depot at dawn.",
])
def test_civil_craft_gathering_is_no_build_up(analyse: Analyse, text: str) -> None:
    assert "MOBILIZE" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Gunmen hijacked a train in Balochistan on Tuesday. The railway has suspended all services "
    "between Quetta and Peshawar until further notice.",
    "Drones were sighted over the runway. The airport at Riga suspended arrivals and "
    "departures for two hours.",
    "The railway suspended services between Bern and Basel after the bomb attack on the station.",
])
def test_transport_operator_stopping_links_for_security_coerces(analyse: Analyse,
                                                                text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The railway suspended services between Leeds and York for engineering works.",
    "Heavy snow fell overnight. The airport suspended departures until noon.",
])
def test_transport_operator_stopping_for_works_or_weather_is_none(analyse: Analyse,
                                                                  text: str) -> None:
    assert "COERCE" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The coast guard blocked the boats near the shoal. A China Coast Guard vessel collided with "
    "the fishing boat Tamblot.",
    "Chinese navy ships harassed the convoy off the reef. A navy frigate collided with a "
    "supply boat.",
    "Vietnamese boats were chased away from the reef. A coast guard cutter then collided with "
    "one of the trawlers.",
])
def test_state_ship_colliding_in_a_standoff_is_an_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "A navy destroyer collided with a tanker in fog in a busy shipping lane.",
    "Two ferries collided with a fishing boat near the shoal.",
])
def test_collision_at_sea_by_accident_is_none(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The M23 entered Bukavu on 16 February.",
    "Al-Shabaab entered the town of Dhobley on Monday.",
    "The RSF entered El Fasher in late October.",
])
def test_armed_group_of_the_dictionary_entering_a_town_is_an_assault(analyse: Analyse,
                                                                     text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The UN entered Bukavu on Monday.",
    "The European Union entered talks with Kenya.",
    "UNIFIL entered the village to hand out blankets.",
])
def test_bodies_entering_places_or_talks_attack_no_one(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in factual_types(analyse, text)


def test_coordinated_acts_with_dates_of_their_own_stay_two(analyse: Analyse) -> None:
    text = ("The rebels took the city of Goma in late January and entered Bukavu on "
            "16 February.")
    triggers = {e.trigger.text for e in analyse(text).events if e.type == "ASSAULT"}
    assert triggers == {"took", "entered"}


def test_one_act_said_twice_stays_one(analyse: Analyse) -> None:
    text = "Russia condemned and denounced the strike on Monday."
    assert len([e for e in analyse(text).events if e.type == "ACCUSE"]) == 1


@pytest.mark.parametrize("text", [
    "A grenade was lobbed at an army patrol outside Qardaha; no one was hurt.",
    "Gunmen fired a grenade at the checkpoint in Jamrud.",
    "Someone hurled a grenade into the police post at Tal Afar overnight.",
])
def test_grenade_thrown_at_people_is_an_assault(analyse: Analyse, text: str) -> None:
    types = factual_types(analyse, text)
    assert "ASSAULT" in types and "COERCE" not in types


@pytest.mark.parametrize("text", [
    "Police fired tear gas grenades at the protesters in Tbilisi.",
    "Riot police fired stun grenades to break up the march.",
])
def test_crowd_control_grenades_stay_coercion(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The border command lodged a protest with the Indian side over the firing.",
    "The coast guard filed a protest with the Vietnamese side.",
    "The task force registered a protest with the Myanmar side at the border committee.",
])
def test_protest_lodged_by_any_official_body_is_a_complaint(analyse: Analyse, text: str) -> None:
    types = factual_types(analyse, text)
    assert "ACCUSE" in types and "PROTEST" not in types


@pytest.mark.parametrize("text", [
    "The union lodged a protest with the management over pay.",
    "The club lodged a protest with FIFA over the referee.",
])
def test_protest_lodged_over_work_or_sport_is_no_accusation(analyse: Analyse, text: str) -> None:
    assert "ACCUSE" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Gunmen have blocked the roads in and out of the village since Wednesday, residents said.",
    "Troops blocked the highway to the capital on Monday.",
    "Al-Shabaab fighters blocked the road between Beledweyne and Mogadishu.",
])
def test_roads_barred_by_armed_men_or_forces_coerce(analyse: Analyse, text: str) -> None:
    types = factual_types(analyse, text)
    assert "COERCE" in types and "PROTEST" not in types


@pytest.mark.parametrize("text", [
    "Farmers blocked the motorway with tractors.",
    "Protesters blocked the main road into Nairobi.",
])
def test_roads_blocked_by_crowds_are_protests(analyse: Analyse, text: str) -> None:
    types = factual_types(analyse, text)
    assert "PROTEST" in types and "COERCE" not in types


@pytest.mark.parametrize("text", [
    "Saboteurs blew up a railway bridge near Bryansk overnight.",
    "Three weeks ago the militants blew up the bridge over the river on the road to Kantchari.",
    "Retreating troops blew up the road bridge at Kherson.",
])
def test_bridge_blown_up_is_an_assault(analyse: Analyse, text: str) -> None:
    types = factual_types(analyse, text)
    assert "ASSAULT" in types and "COERCE" not in types


@pytest.mark.parametrize("text", [
    "Guerrillas blew up three power lines leading into Kabul.",
    "Rebels blew up the railway line near Quetta.",
])
def test_lines_blown_up_stay_sabotage(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)
