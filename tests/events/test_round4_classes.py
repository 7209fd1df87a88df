"""Round 4 classes: water cannon turned on a craft or a crowd whatever the verb of wetting, a
state's craft following or closing on another craft, a line under the sea cut by an unnamed
hand, and a death in custody."""

from __future__ import annotations

import pytest

from tests.events.conftest import events_of, types_of


def _types(analyse, text):  # type: ignore[no-untyped-def]
    return types_of(analyse(text))


# 1. Water cannon: a craft hit is an assault, a crowd hit is crowd control.


@pytest.mark.parametrize("text", [
    "The coast guard cutter drenched the fishing boat with its water cannon near the reef.",
    "Chinese vessels turned water cannon on the supply boat off Second Thomas Shoal.",
    "Coast guard ships hosed the supply vessel with water cannon near the shoal.",
])
def test_water_cannon_on_a_craft_is_an_assault(analyse, text):
    assert "ASSAULT" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "Officers doused the marchers with water cannon on the main avenue.",
    "Police turned water cannon on the students outside the university in Dhaka.",
])
def test_water_cannon_on_a_crowd_is_crowd_control(analyse, text):
    assert "COERCE" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The gardener drenched the roses with his hose.",
    "Firefighters turned their hoses on the burning warehouse.",
    "The children soaked each other with water pistols in the garden.",
])
def test_wetting_in_ordinary_life_is_no_event(analyse, text):
    assert not events_of(analyse(text))


# 2. A state's craft following or approaching another craft.


@pytest.mark.parametrize("text", [
    "A Chinese cutter followed the Vietnamese trawler for six hours.",
    "Two Russian warships approached the Norwegian frigate in the Barents Sea.",
    "Two Iranian patrol boats followed the British tanker through the strait.",
])
def test_a_craft_following_or_closing_on_another_craft_is_coercion(analyse, text):
    assert "COERCE" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The detective followed the suspect through the market in the novel.",
    "The fans followed the team bus to the stadium.",
    "The ferry approached the quay slowly in the fog.",
])
def test_following_in_ordinary_life_is_no_event(analyse, text):
    assert not events_of(analyse(text))


# 3. A cable or pipeline cut, with or without a named hand.


@pytest.mark.parametrize("text", [
    "The telecom cable linking Sweden and Lithuania was severed on the seabed.",
    "Unknown divers severed a fibre-optic cable under the strait.",
    "The gas pipeline between Finland and Estonia was damaged in the Baltic.",
])
def test_a_cable_or_pipeline_severed_is_damage(analyse, text):
    assert "ASSAULT" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The surgeon severed the nerve by mistake.",
    "The city severed the contract with the bus company.",
])
def test_other_things_severed_are_no_assault(analyse, text):
    assert "ASSAULT" not in _types(analyse, text)


# 4. A death in custody.


@pytest.mark.parametrize("text", [
    "A detainee was found dead in a holding cell in Baku.",
    "A prisoner was found dead in his cell in Rangoon.",
    "The journalist died in custody after three weeks in Evin.",
])
def test_a_death_in_custody_is_an_assault(analyse, text):
    assert "ASSAULT" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The singer died in hospital after a long illness.",
    "Her grandmother died in her sleep at the care home.",
    "The keys were found in a cell of the old monastery.",
])
def test_deaths_and_finds_outside_custody_are_no_event(analyse, text):
    assert not events_of(analyse(text))


# 5. A claim or charge whose that-clause tells of a wrong, its maker named on the noun.


@pytest.mark.parametrize("text", [
    "The foreign ministry rejected the claim by Moscow that the seizure amounted to piracy.",
    "Beijing's charge that Manila had provoked the clash was dismissed.",
    "The rebels' claim that government jets had bombed the market was denied.",
    "Seoul's charge that the North had violated the armistice drew a sharp reply.",
])
def test_a_claim_of_a_wrong_is_an_accusation(analyse, text):
    assert "ACCUSE" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "Her claim that the recipe was her grandmother's was disputed.",
    "The insurance claim by the company was settled.",
    "Apple's claim that the phone would last two days proved false.",
    "The battery was left on charge overnight.",
])
def test_claims_of_ordinary_life_are_no_accusation(analyse, text):
    assert "ACCUSE" not in _types(analyse, text)


# 6. An armed man firing with no target named.


@pytest.mark.parametrize("text", [
    "A policeman stepped out of the van and fired once near the station in Lagos.",
    "Gunmen fired repeatedly from the roof of the school in Zamfara.",
    "A soldier at the gate fired twice into the crowd near Jenin.",
])
def test_an_armed_man_firing_is_an_assault(analyse, text):
    assert "ASSAULT" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The officer fired the intern after the audit.",
    "The starter fired once and the runners left the blocks.",
])
def test_firing_in_ordinary_life_is_no_assault(analyse, text):
    assert "ASSAULT" not in _types(analyse, text)


def test_the_dead_in_custody_is_the_target_not_the_doer(analyse):
    (event,) = [e for e in events_of(analyse("The activist died in police custody in Tehran."))
                if e.type == "ASSAULT"]
    assert event.target is not None and event.target.text == "activist"
    assert event.source is None


# 7. A power line or a cable knocked out amid fighting, by no named hand: the thing named is
# what was damaged.


@pytest.mark.parametrize("text", [
    "The 330-kilovolt line feeding the nuclear station was disconnected after a drone attack.",
    "Two substations were disconnected from the grid by artillery fire near Kherson.",
    "An undersea cable was severed off Gotland.",
    "The gas pipeline off Gotland was ruptured on Sunday.",
])
def test_a_line_cut_amid_fighting_or_under_the_sea_is_damage(analyse, text):
    assert "ASSAULT" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "Her phone line was disconnected because the bills went unpaid.",
    "The plant was disconnected from the grid for scheduled maintenance.",
])
def test_lines_cut_in_ordinary_life_are_no_assault(analyse, text):
    assert "ASSAULT" not in _types(analyse, text)
