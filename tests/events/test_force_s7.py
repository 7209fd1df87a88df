"""Force, coercion and mobilisation classes of session 7: each class with sentences that must
give its type (other verbs, doers and places than the dev text it was read on) and ordinary
senses that must give none."""

from __future__ import annotations

import pytest

from tests.events.conftest import types_of


def _has(analyse, text: str, etype: str) -> bool:  # type: ignore[no-untyped-def]
    return etype in types_of(analyse(text))


# --- authorities keeping traffic, vehicles or people off a road, a crossing or an area ---


@pytest.mark.parametrize("text", [
    "The army has barred civilian traffic from the main road between Kolda and Tanaf.",
    "Police have barred foreign reporters from the town of Goma since Monday.",
    "Gendarmes kept lorries off the highway to Kayes for three days.",
    "Burkina Faso bars Ghanaian lorries from the Dakola crossing.",
    "Niger has banned Beninese trucks from the Malanville bridge.",
    "Aid convoys have been barred from the valley since the offensive began.",
])
def test_traffic_barred_from_a_place_is_coercion(analyse, text):  # type: ignore[no-untyped-def]
    assert _has(analyse, text, "COERCE")


@pytest.mark.parametrize("text", [
    "The company barred a journalist from the product launch.",
    "The club banned the fan from the stadium for life.",
    "Lorries have been barred from the bridge for repairs.",
    "The teacher kept the pupils out of the playground.",
])
def test_a_private_ban_or_a_repair_is_no_coercion(analyse, text):  # type: ignore[no-untyped-def]
    assert not types_of(analyse(text)) & {"COERCE", "ASSAULT"}


# --- a state's forces taking away another party's things; armed men taking people ---


@pytest.mark.parametrize("text", [
    "Boats of the Russian Border Guard Service hauled out and carried off 17 of the buoys.",
    "Russian border guards removed the markers that Estonia had laid along the river.",
    "Iranian naval forces towed away two fishing boats belonging to Kuwaiti owners.",
    "Soldiers dismantled the solar panels that the charity had installed in the hamlet.",
])
def test_things_carried_off_by_state_forces_is_coercion(analyse, text):  # type: ignore[no-untyped-def]
    assert _has(analyse, text, "COERCE")


@pytest.mark.parametrize("text", [
    "The farmer hauled out the old tractor from the barn.",
    "Workers removed the buoys from the harbour for the winter.",
    "The volunteers carried off the chairs after the concert.",
])
def test_things_moved_in_daily_life_are_no_seizure(analyse, text):  # type: ignore[no-untyped-def]
    assert not types_of(analyse(text)) & {"COERCE", "ASSAULT"}


def test_removing_sanctions_is_still_a_retreat(analyse):  # type: ignore[no-untyped-def]
    assert _has(analyse, "The EU removed sanctions on Belarusian potash.", "RETREAT")


@pytest.mark.parametrize("text", [
    "Two lorry drivers were marched off into the bush by the gunmen.",
    "Kidnappers led the pupils away into the forest.",
    "The bandits carried off three herders and their sons.",
])
def test_people_taken_off_by_armed_men_are_abducted(analyse, text):  # type: ignore[no-untyped-def]
    assert _has(analyse, text, "ASSAULT")


def test_protesters_marching_off_are_no_abduction(analyse):  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in types_of(analyse("The protesters marched off towards the parliament."))


# --- guns and craft as the doers of verbs of fire ---


@pytest.mark.parametrize("text", [
    "Gunship helicopters have been raking the hillsides above the bazaar since dawn.",
    "Drones peppered the trenches near Bakhmut with grenades.",
    "Artillery hammered the slopes above the pass all morning.",
    "Warplanes blasted the ridge where the rebels were dug in.",
])
def test_guns_and_craft_firing_on_ground_is_an_assault(analyse, text):  # type: ignore[no-untyped-def]
    assert _has(analyse, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The gardener raked the leaves on the lawn.",
    "Reporters peppered the minister with questions.",
    "The critic blasted the new film as dull.",
])
def test_raking_and_peppering_of_daily_life_are_no_attack(analyse, text):  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in types_of(analyse(text))


# --- curfews and lockdowns with any verb of putting, active or passive ---


@pytest.mark.parametrize("text", [
    "A curfew has been clamped on the whole of the Kurram valley until further notice.",
    "Officials clamped a curfew on the district after the riot.",
    "Police enforced a curfew in the northern suburbs.",
    "A lockdown was imposed on the old city after the clashes.",
])
def test_a_curfew_put_on_a_place_is_coercion(analyse, text):  # type: ignore[no-untyped-def]
    assert _has(analyse, text, "COERCE")


@pytest.mark.parametrize("text", [
    "Her parents put a curfew on her after the party.",
    "The plumber clamped the pipe under the sink.",
    "A lockdown was imposed on the city to slow the virus.",
])
def test_a_household_curfew_or_a_health_lockdown_is_none(analyse, text):  # type: ignore[no-untyped-def]
    assert "COERCE" not in types_of(analyse(text))


# --- troops and their machines levelling another party's structures ---


@pytest.mark.parametrize("text", [
    "An army bulldozer flattened part of the fence around the observers' post.",
    "Troops knocked down the wall of the UN compound.",
    "Army engineers levelled the watchtower the villagers had built.",
])
def test_structures_levelled_by_troops_are_coercion(analyse, text):  # type: ignore[no-untyped-def]
    assert _has(analyse, text, "COERCE")


@pytest.mark.parametrize("text", [
    "The storm flattened the crops.",
    "A bulldozer flattened the old barn to make room for the new school.",
])
def test_levelling_by_weather_or_builders_is_none(analyse, text):  # type: ignore[no-untyped-def]
    assert "COERCE" not in types_of(analyse(text))


# --- warships and warplanes near another's shore, in a strait, taking off ---


@pytest.mark.parametrize("text", [
    "Japan's defence ministry tracked six Chinese warships operating near the Senkaku Islands.",
    "A United States Navy destroyer sailed through the Taiwan Strait from north to south.",
    "Two Canadian frigates transited the Strait of Hormuz on Wednesday.",
    "A British warship passed through the Taiwan Strait last month.",
    "Two Italian fighters took off from Amari after the alert.",
])
def test_warcraft_at_work_near_others_is_mobilisation(analyse, text):  # type: ignore[no-untyped-def]
    assert _has(analyse, text, "MOBILIZE")


def test_the_craft_not_the_one_who_tracked_them_operate(analyse):  # type: ignore[no-untyped-def]
    a = analyse("Japan's defence ministry tracked six Chinese warships operating near the "
                "Senkaku Islands.")
    assert {e.source.country for e in a.events if e.type == "MOBILIZE" and e.source} == {"CHN"}


@pytest.mark.parametrize("text", [
    "The yacht sailed through the Strait of Gibraltar during the race.",
    "The airliner took off from Heathrow an hour late.",
    "Two ferries operate near the island in summer.",
])
def test_civil_craft_are_no_show_of_force(analyse, text):  # type: ignore[no-untyped-def]
    assert "MOBILIZE" not in types_of(analyse(text))


@pytest.mark.parametrize("text", [
    "Vessels of the China Coast Guard approached within 20 nautical miles of Pratas.",
    "Two Russian bombers came within 20 miles of the Alaskan coast.",
])
def test_state_craft_coming_within_miles_is_coercion(analyse, text):  # type: ignore[no-untyped-def]
    assert _has(analyse, text, "COERCE")


def test_a_runner_within_seconds_of_a_record_is_none(analyse):  # type: ignore[no-untyped-def]
    assert not types_of(analyse("The runner came within two seconds of the world record."))


# --- light verbs in a relative clause; forces sent; passive plural names ---


@pytest.mark.parametrize("text", [
    "Taipei is watching the drills, an exercise that the Eastern Theater Command announced "
    "on Monday.",
    "The villagers described the raid the brigade carried out at dawn.",
])
def test_a_noun_made_an_event_by_its_relative_clause(analyse, text):  # type: ignore[no-untyped-def]
    assert types_of(analyse(text)) & {"MOBILIZE", "ASSAULT"}


def test_a_plan_announced_in_a_relative_clause_is_none(analyse):  # type: ignore[no-untyped-def]
    assert not types_of(analyse("The board discussed the plan that the manager announced."))


@pytest.mark.parametrize("text", [
    "Finding 2: The response\n\nSoldiers of Operation Harmony were sent to Riyom on 3 May, "
    "a day after the raid.",
    "Extra police units were flown to Maiduguri on Sunday.",
])
def test_forces_sent_in_the_passive(analyse, text):  # type: ignore[no-untyped-def]
    assert _has(analyse, text, "MOBILIZE")


# --- type: enemies driven back, boarding denied ---


@pytest.mark.parametrize("text", [
    "By nightfall the troops had driven the attackers back into the hills.",
    "Soldiers repelled the militants at the bridge.",
    "The garrison beat back the assault on the town.",
])
def test_enemies_driven_back_are_fought(analyse, text):  # type: ignore[no-untyped-def]
    assert _has(analyse, text, "ASSAULT")


def test_migrants_pushed_back_stay_coercion(analyse):  # type: ignore[no-untyped-def]
    assert types_of(analyse("Guards pushed back forty migrants at the fence.")) == {"COERCE"}


def test_a_boarding_that_did_not_happen(analyse):  # type: ignore[no-untyped-def]
    a = analyse("No boarding of any Philippine vessel took place.")
    assert [e.status for e in a.events if e.type == "COERCE"] == ["negated"]


def test_boarding_a_ferry_as_a_passenger_is_none(analyse):  # type: ignore[no-untyped-def]
    assert not types_of(analyse("The boarding of the ferry began at noon and passengers "
                                "found their seats."))


def test_olive_trees_uprooted_by_settlers_is_coercion(analyse):  # type: ignore[no-untyped-def]
    assert _has(analyse, "Settlers uprooted hundreds of olive trees near Turmus Ayya.", "COERCE")


@pytest.mark.parametrize("text", [
    "The storm uprooted trees across the county.",
    "The coast guard towed the stricken yacht to port.",
    "A private jet came within 50 metres of the airliner.",
])
def test_weather_rescue_and_civil_flight_are_no_coercion(analyse, text):  # type: ignore[no-untyped-def]
    assert "COERCE" not in types_of(analyse(text))


# --- an armed force's operation carried out or carried further; a rescue stays a task ---


@pytest.mark.parametrize("text", [
    "The army was weighing whether to extend the operation to the next valley.",
    "Troops conducted an operation in the Mir Ali area on Sunday.",
    "Police, backed by soldiers, drove the gang back towards the river.",
])
def test_armed_operations_and_gangs_driven_back_are_assaults(analyse, text):  # type: ignore[no-untyped-def]
    assert _has(analyse, text, "ASSAULT")


def test_a_rescue_operation_launched_is_no_assault(analyse):  # type: ignore[no-untyped-def]
    types = types_of(analyse("The navy launched a rescue operation after the ferry capsized."))
    assert "ASSAULT" not in types and "MOBILIZE" in types


def test_a_surgical_operation_is_none(analyse):  # type: ignore[no-untyped-def]
    assert not types_of(analyse("Surgeons carried out an operation on the injured soldier."))


# --- breadth: more verbs of the force classes, each with an ordinary sense that is none ---


@pytest.mark.parametrize(("text", "etype"), [
    ("Government helicopters released three barrel bombs over the market town.", "ASSAULT"),
    ("Rebel gunners opened up with mortars on the garrison at dusk.", "ASSAULT"),
    ("Militia officers barred UN monitors from entering the camp.", "COERCE"),
    ("Libyan coastguards are still holding the nine crew of a Maltese trawler.", "COERCE"),
    ("A Russian Su-35 flew within ten metres of a Polish patrol plane.", "COERCE"),
    ("Chinese fighters buzzed a Canadian frigate in the East China Sea.", "COERCE"),
    ("Greek police pushed scores of migrants back across the river into Turkey.", "COERCE"),
    ("Two Italian frigates escorted a convoy of tankers through the strait.", "MOBILIZE"),
    ("A Spanish frigate joined the NATO task group off Norway.", "MOBILIZE"),
    ("Armoured columns moved towards the frontier overnight.", "MOBILIZE"),
    ("Coast guard cutters water-cannoned two fishing boats near the reef.", "ASSAULT"),
])
def test_more_verbs_of_the_force_classes(analyse, text, etype):  # type: ignore[no-untyped-def]
    assert _has(analyse, text, etype)


def test_forces_leaving_villages_under_a_deal_pull_back(analyse):  # type: ignore[no-untyped-def]
    types = types_of(analyse("Kyrgyz troops withdrew from two border posts under the new "
                             "boundary deal with Tajikistan."))
    assert "RETREAT" in types and "SANCTION" not in types


@pytest.mark.parametrize("text", [
    "The manager deployed a five-man defence against the champions.",
    "The challenger stormed to victory in the regional election.",
    "Holidaymakers invaded the island's beaches over the long weekend.",
    "The comedian opened up with a joke about the weather.",
    "The marathon runners raced toward the finish line.",
    "Bees buzzed around the picnic table all afternoon.",
    "The airline is holding the crew meeting on Friday.",
])
def test_ordinary_senses_of_those_verbs_are_none(analyse, text):  # type: ignore[no-untyped-def]
    assert not types_of(analyse(text)) & {"ASSAULT", "COERCE", "MOBILIZE"}
