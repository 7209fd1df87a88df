"""Over-firing of session 7's round-1 senses, narrowed by a condition stated for each class:
ordinary senses that must give no event (or not the wrong type), and the war senses of the
same classes that must still fire."""

from __future__ import annotations

import pytest

from tests.events.conftest import types_of

# --- things carried off: only another party's things, or things taken by armed men ---


@pytest.mark.parametrize("text", [
    "Park wardens removed the broken benches from the promenade.",
    "Traffic police towed away the lorries left on the ring road overnight.",
    "Firefighters dismantled the scaffolding after the blaze was put out.",
    "Army cadets removed the tents once the open day was over.",
    "The harbour master towed away the abandoned dinghy to the marina.",
])
def test_routine_removals_are_no_seizure(analyse, text):  # type: ignore[no-untyped-def]
    assert "COERCE" not in types_of(analyse(text))


@pytest.mark.parametrize("text", [
    "Greek coastguards towed away three boats belonging to Turkish fishermen.",
    "Soldiers dismantled the pipes that the villagers had laid across the hill.",
    "Settlers removed the herders' tents from the hillside.",
    "Georgian police removed the fence that Russian troops had put up near the village.",
])
def test_another_partys_things_taken_are_coercion(analyse, text):  # type: ignore[no-untyped-def]
    assert "COERCE" in types_of(analyse(text))


# --- craft words: people of the same name, and craft on a civil or rescue task ---


@pytest.mark.parametrize("text", [
    "The welterweight fighter took off his robe and stepped into the ring.",
    "The budget carrier took off from Gatwick with 180 holidaymakers on board.",
    "Air force jets took off from the base to perform at the airshow.",
    "Coastguard helicopters took off at dawn to search for the missing divers.",
    "The cruiser passed through the channel on its way to the shipyard for a refit.",
    "A navy frigate came within 300 metres of the sinking ferry to rescue its passengers.",
])
def test_craft_on_civil_tasks_show_no_force(analyse, text):  # type: ignore[no-untyped-def]
    assert not types_of(analyse(text)) & {"MOBILIZE", "COERCE"}


@pytest.mark.parametrize("text", [
    "Two Chinese destroyers passed through the Tsugaru Strait on Tuesday.",
    "Four Polish fighters took off from Malbork after Russian drones crossed the border.",
    "Russian warships came within 12 miles of the Norwegian coast.",
])
def test_warcraft_near_others_still_fire(analyse, text):  # type: ignore[no-untyped-def]
    assert types_of(analyse(text)) & {"MOBILIZE", "COERCE"}


# --- harmless loads: leaflets, lights, water; payloads with no weapon told of ---


@pytest.mark.parametrize("text", [
    "Planes peppered the villages with leaflets announcing the election.",
    "A coastguard helicopter raked the bay with its spotlight.",
    "The water bomber released its payload over the burning hillside.",
    "The launcher released its payload into orbit on the second try.",
])
def test_harmless_loads_are_no_attack(analyse, text):  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in types_of(analyse(text))


def test_bombs_let_go_still_attack(analyse):  # type: ignore[no-untyped-def]
    assert "ASSAULT" in types_of(analyse(
        "Junta jets released two bombs over the village school, killing four children."))


# --- operations for a civil task ---


@pytest.mark.parametrize("text", [
    "Police mounted an operation against speeding on the coastal road.",
    "The army launched an operation to hand out blankets in the flooded districts.",
    "Troops carried out an operation to deliver water to the drought-hit villages.",
])
def test_operations_for_civil_tasks_are_no_assault(analyse, text):  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in types_of(analyse(text))


def test_an_armed_operation_is_still_an_assault(analyse):  # type: ignore[no-untyped-def]
    assert "ASSAULT" in types_of(analyse("Soldiers conducted an operation in the Tirah valley."))


# --- barring and curfews as civil traffic or trading rules ---


@pytest.mark.parametrize("text", [
    "Police kept lorries off the bridge during the charity marathon race.",
    "Residents were barred from the street for two days after a gas leak.",
    "The port authority enforces a curfew on lorries at night.",
    "The town clamped a curfew on pubs and clubs after two in the morning.",
])
def test_civil_traffic_and_trading_rules_are_no_coercion(analyse, text):  # type: ignore[no-untyped-def]
    assert "COERCE" not in types_of(analyse(text))


def test_a_curfew_on_a_district_still_coerces(analyse):  # type: ignore[no-untyped-def]
    assert "COERCE" in types_of(analyse("Soldiers enforced a curfew on the old quarter of Hebron."))


# --- money released: aid only where need or relief is told of ---


@pytest.mark.parametrize("text", [
    "The charity released $5 million for research into rare diseases.",
    "The city released 3 million euros to resurface its cycle paths.",
    "The streaming firm released $2 billion in bonds last week.",
])
def test_money_released_with_no_one_in_need_is_no_aid(analyse, text):  # type: ignore[no-untyped-def]
    assert "AID" not in types_of(analyse(text))


def test_money_released_for_relief_is_aid(analyse):  # type: ignore[no-untyped-def]
    assert "AID" in types_of(analyse(
        "Japan released $10 million in emergency aid for earthquake survivors in Turkey."))


# --- homage to the dead; cold water on hopes; grants by office holders; sport ---


@pytest.mark.parametrize("text", [
    ("The prime minister paid tribute to the victims of the train crash.", "SUPPORT"),
    ("Poland paid tribute to the fallen airmen at a ceremony in Warsaw.", "SUPPORT"),
    ("The finance ministry poured cold water on hopes of a tax cut.", "REJECT"),
    ("Germany poured cold water on speculation about an early election.", "REJECT"),
    ("The headmaster granted the students' request for a longer break.", "CONCEDE"),
    ("Italy lodged a protest with UEFA over the referee's handling of the match.", "ACCUSE"),
    ("Japan pressed Spain deep in their own half for most of the match.", "REQUEST"),
    ("The company knocked back a takeover offer from its rival.", "REJECT"),
    ("Two insurers put their signatures to a merger agreement on Monday.", "AGREE"),
    ("The chancellor raised the spectre of higher fuel prices.", "THREATEN"),
    ("Samsung filed a case against a rival firm in a Tokyo court.", "ACCUSE"),
])
def test_ordinary_senses_of_verbal_classes(analyse, text):  # type: ignore[no-untyped-def]
    sentence, etype = text
    assert etype not in types_of(analyse(sentence))


@pytest.mark.parametrize("text", [
    ("Kenya paid tribute to Uganda for its help in the peace talks.", "SUPPORT"),
    ("The foreign ministry lodged a protest with the Chinese ambassador over the incursion.",
     "ACCUSE"),
    ("Ukraine filed a case against Russia at the International Court of Justice.", "ACCUSE"),
    ("Moscow poured cold water on the Turkish proposal for a ceasefire.", "REJECT"),
])
def test_party_senses_of_verbal_classes_still_fire(analyse, text):  # type: ignore[no-untyped-def]
    sentence, etype = text
    assert etype in types_of(analyse(sentence))
