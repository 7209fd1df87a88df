"""Session 9: core-event recall and types by class (sentences written for these tests).

Classes: a charge or a report characterised "as" baseless (REJECT); people charged with a
crime (ACCUSE); a goal phrase hung on the last of several listed objects ("added A, B and C to
the sanctions list"); a named warship ("HMS ...", "the corvette ...") as a doer; a participle
"escorted by" told of the main clause's subject; a weapon or a fire-control radar aimed at
someone; vehicles halted at a post of an armed party; traffic over a frontier suspended with
no doer named; a state's supplies of energy that stop; a crowd gathering outside; a reply
"that ..." as a rejection; a frontier barrier cut; armed men falling on a position; money
extorted by armed men; posts set across a river or a track; a truce in force as an agreement.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import factual_types, types_of
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]


def _sources(analysis: Analysis, etype: str) -> set[str | None]:
    return {e.source.country if e.source else None for e in analysis.events if e.type == etype}


# --- a charge or report called names "as ..." --------------------------------------------

@pytest.mark.parametrize("text", [
    "The spokesman described the allegation as baseless.",
    "Kyiv dismissed the claim as nonsense.",
    "The foreign minister characterised the report as one-sided propaganda.",
    "Ankara described the accusation as a fabrication.",
])
def test_charge_called_baseless_is_a_rejection(analyse: Analyse, text: str) -> None:
    assert "REJECT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The embassy described the report as useful.",
    "The mayor described the festival as a great success.",
])
def test_report_called_good_is_no_rejection(analyse: Analyse, text: str) -> None:
    assert "REJECT" not in factual_types(analyse, text)


# --- charged with a crime -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Prosecutors in Kharkiv charged two soldiers with torture.",
    "Four villagers were later charged with kidnapping and robbery.",
    "The three officers have been charged with murder over the shooting at the border post.",
])
def test_charged_with_a_crime_is_an_accusation(analyse: Analyse, text: str) -> None:
    assert "ACCUSE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "She charged her phone with a small solar panel.",
    "The club charged fans twenty pounds for the tickets.",
])
def test_charging_a_battery_or_a_fee_is_no_accusation(analyse: Analyse, text: str) -> None:
    assert "ACCUSE" not in factual_types(analyse, text)


# --- listed objects added to a sanctions list -------------------------------------------------

@pytest.mark.parametrize("text", [
    "The treasury added two banks, a shipping firm and nine vessels to its sanctions list.",
    "Brussels added the airline, its chief executive and three cargo planes to the sanctions list.",
])
def test_several_listed_objects_added_to_a_sanctions_list(analyse: Analyse, text: str) -> None:
    assert "SANCTION" in factual_types(analyse, text)


def test_players_added_to_a_squad_list_are_no_sanction(analyse: Analyse) -> None:
    text = "The coach added a goalkeeper, two defenders and a striker to the squad list."
    assert "SANCTION" not in factual_types(analyse, text)


# --- warships named, escorts told in a participle ---------------------------------------------

@pytest.mark.parametrize("text", [
    "HMS Kent shadowed the two tankers as far as the Dover Strait.",
    "USS Mason followed the Iranian tanker for two days.",
    "The frigate Admiral Makarov tailed the Dutch warship through the Baltic.",
])
def test_a_named_warship_shadowing_ships_coerces(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Two grain ships left Odesa on Monday, escorted by Turkish frigates.",
    "The freighter sailed through the strait escorted by two Chinese destroyers.",
    "A sanctioned tanker crossed the Baltic on Friday escorted by a Russian corvette.",
])
def test_a_ship_escorted_by_warships_is_a_show_of_force(analyse: Analyse, text: str) -> None:
    assert "MOBILIZE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The bride arrived at the church escorted by her father.",
    "The minister left the stadium on Sunday escorted by her bodyguards.",
])
def test_people_escorted_are_no_show_of_force(analyse: Analyse, text: str) -> None:
    assert "MOBILIZE" not in factual_types(analyse, text)


# --- a weapon or a radar aimed at someone -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The destroyer's crew trained a fire-control radar on the patrol aircraft.",
    "Soldiers pointed their rifles at the fishermen and ordered them ashore.",
    "The gunboat aimed its cannon at the trawler for an hour.",
])
def test_a_weapon_aimed_at_someone_coerces(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The crew trained the weather radar on the approaching storm.",
    "She pointed her camera at the comet.",
])
def test_instruments_aimed_at_the_sky_are_no_coercion(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in factual_types(analyse, text)


# --- halted at a post; frontier traffic suspended with no doer named --------------------------

@pytest.mark.parametrize("text", [
    "Two buses of pilgrims were held at an army roadblock outside Hebron for six hours.",
    "Soldiers stopped the ambulance at a checkpoint near Jenin.",
    "An aid convoy was halted at a militia checkpoint south of the town.",
])
def test_vehicles_halted_at_an_armed_post_are_coerced(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Freight traffic across the border was halted on Monday.",
    "Rail freight at the frontier crossing has been suspended since Friday.",
    "Cargo traffic at the Narva crossing was suspended after the incident.",
])
def test_frontier_traffic_suspended_with_no_doer_named(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Rail traffic between the two towns was suspended after a derailment.",
    "Freight traffic at the border crossing was halted by heavy snowfall.",
    "The lorry was stopped at the border crossing for a routine inspection.",
])
def test_traffic_stopped_by_accident_or_weather_is_no_coercion(analyse: Analyse,
                                                              text: str) -> None:
    assert "COERCE" not in factual_types(analyse, text)


# --- a state's supplies that stop ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gas deliveries from Russia stopped again overnight.",
    "Power supplies from Ukraine ceased at midnight.",
    "Oil shipments from Iran stopped last week, traders said.",
])
def test_supplies_from_a_state_that_stop_are_a_sanction(analyse: Analyse, text: str) -> None:
    assert "SANCTION" in factual_types(analyse, text)


def test_the_supplier_state_is_the_source(analyse: Analyse) -> None:
    analysis = analyse("Gas deliveries from Russia stopped again overnight.")
    assert "RUS" in _sources(analysis, "SANCTION")


@pytest.mark.parametrize("text", [
    "Gas flows from Norway stopped for scheduled maintenance.",
    "Oil supplies from Iraq stopped after a blast on the pipeline.",
    "The bakery's deliveries stopped after the owner retired.",
])
def test_supplies_stopped_by_works_or_attack_are_no_sanction(analyse: Analyse,
                                                            text: str) -> None:
    assert "SANCTION" not in factual_types(analyse, text)


# --- a crowd gathering outside --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police raided the party office at dawn. By noon several hundred Albanians had gathered "
    "outside.",
    "Relatives of the detained men massed outside the police station.",
    "After the arrest of their teacher, the students assembled outside the ministry.",
])
def test_a_crowd_gathering_outside_protests(analyse: Analyse, text: str) -> None:
    assert "PROTEST" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Hundreds of fans gathered outside the stadium to celebrate the title.",
    "Residents gathered outside as firefighters fought the blaze.",
    "Students massed outside the exam hall.",
])
def test_fans_or_onlookers_gathering_outside_do_not_protest(analyse: Analyse,
                                                           text: str) -> None:
    assert "PROTEST" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Dozens of people gathered outside the hospital as police officers waited for news of "
    "their injured colleague.",
    "Villagers gathered outside the school after soldiers arrived to hand out food parcels.",
    "Hundreds of relatives gathered outside the courthouse on Monday to hear the verdict read.",
])
def test_a_crowd_beside_police_soldiers_or_a_court_alone_does_not_protest(
        analyse: Analyse, text: str) -> None:
    # (review) police, troops, a prison or a court named nearby make no protest of a crowd
    assert "PROTEST" not in factual_types(analyse, text)


# --- a reply "that ..." -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Manila protested the ramming. The Chinese embassy replied that the patrols were lawful.",
    "London accused Iran of seizing the tanker. Tehran retorted that its navy had acted within "
    "its own waters.",
    "After the summons, the ministry responded that the accusation had no basis.",
])
def test_a_reply_that_is_a_rejection(analyse: Analyse, text: str) -> None:
    assert "REJECT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The council replied to the letter on Friday.",
    "The company responded that it would consider the offer.",
    "My mother replied that dinner was ready.",
])
def test_a_reply_without_a_charge_is_no_rejection(analyse: Analyse, text: str) -> None:
    assert "REJECT" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Asked about the report, the minister replied that the budget would be published next week.",
    "The ministry responded that it welcomed the report and would study its findings.",
    "When reporters asked about the killing, the governor replied that an inquiry had begun.",
    "The council replied that the demand for a new park would be considered in March.",
])
def test_a_reply_beside_a_report_that_disputes_nothing_is_no_rejection(
        analyse: Analyse, text: str) -> None:
    # (review) a report, a killing or a demand told nearby is no charge answered
    assert "REJECT" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Rebels said an air strike had killed nine villagers. The air force replied that it had "
    "struck only a weapons depot.",
    "Activists reported that the camp had been shelled. The army responded that it had not "
    "fired a single round.",
])
def test_a_reply_disputing_a_report_is_a_rejection(analyse: Analyse, text: str) -> None:
    assert "REJECT" in factual_types(analyse, text)


# --- a frontier barrier cut ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Smugglers cut through the border wall near the river overnight.",
    "Guards said men in uniform had cut the razor wire on the frontier to let migrants through.",
    "The patrol found that soldiers had cut the border fence near the village.",
])
def test_a_frontier_barrier_cut_coerces(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The farmer cut the fence to let his cattle into the field.",
    "The gardener cut the wire around the tomato plants.",
])
def test_a_private_fence_cut_is_no_coercion(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in factual_types(analyse, text)


# --- armed men falling on a position ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Then the rebels fell on the army positions east of the town.",
    "Jihadist fighters descended on the army garrison at dawn.",
    "Militiamen fell upon the village before sunrise.",
])
def test_armed_men_falling_on_a_position_attack(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Christmas falls on a Sunday this year.",
    "The blame fell on the village council.",
    "Tourists descended on the town for the festival.",
])
def test_dates_blame_or_tourists_falling_on_something_are_no_attack(analyse: Analyse,
                                                                    text: str) -> None:
    assert "ASSAULT" not in factual_types(analyse, text)


# --- money extorted; posts on a river ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Fighters forced herders to pay a war tax on every camel.",
    "The gang extorted payments from traders at the market.",
    "The guerrillas imposed a revolutionary tax on cattle ranchers.",
])
def test_money_extorted_by_armed_men_coerces(analyse: Analyse, text: str) -> None:
    assert "COERCE" in types_of(analyse(text))


def test_a_tax_raised_by_a_government_is_no_extortion(analyse: Analyse) -> None:
    assert "COERCE" not in types_of(analyse("The government raised the tax on fuel."))


@pytest.mark.parametrize("text", [
    "Its men have been setting up checkpoints on the river since March.",
    "Gang members set up roadblocks on the main road to the port.",
    "Militiamen set up checkpoints at every junction in the old town.",
])
def test_posts_set_across_a_way_coerce(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


def test_barriers_for_a_race_are_no_coercion(analyse: Analyse) -> None:
    text = "Workers set up barriers on the road for the marathon."
    assert "COERCE" not in factual_types(analyse, text)


# --- a truce in force ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A ceasefire took hold on 24 June.",
    "The truce came into force at midnight.",
    "A humanitarian pause came into force on Friday.",
])
def test_a_truce_in_force_is_an_agreement(analyse: Analyse, text: str) -> None:
    analysis = analyse(text)
    assert "AGREE" in types_of(analysis)
    assert "RETREAT" not in types_of(analysis)


def test_a_truce_named_under_a_strike_stays_no_agreement(analyse: Analyse) -> None:
    assert "AGREE" not in types_of(analyse("Israeli jets struck the town despite the truce."))


# --- a call "for X to do" ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The EU renewed its call for the troops to be withdrawn.",
    "Kyiv repeated its demand for Russian forces to leave the plant.",
    "Rabat restated its call for the monitors to be allowed in.",
])
def test_a_call_for_someone_to_act_is_a_request(analyse: Analyse, text: str) -> None:
    assert "REQUEST" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "She took a call from her brother before the troops withdrew.",
    "The referee's call was disputed by both coaches.",
])
def test_a_phone_or_a_referee_call_is_no_request(analyse: Analyse, text: str) -> None:
    assert "REQUEST" not in factual_types(analyse, text)


def test_supplies_that_stop_need_a_supplier(analyse: Analyse) -> None:
    assert "SANCTION" not in factual_types(analyse, "The power stopped at nine in the evening.")


# --- ground taken back, foes engaged, positions fled -----------------------------------------

@pytest.mark.parametrize("text", [
    "Rwandan and Mozambican troops took it back in August 2021.",
    "The army said it had engaged the terrorists responsible.",
    "The frigate engaged two drones over the gulf.",
])
def test_ground_taken_back_or_foes_engaged_are_assaults(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "She took it back and apologised.",
    "The firm engaged two consultants.",
])
def test_words_taken_back_or_consultants_engaged_are_no_assault(analyse: Analyse,
                                                                text: str) -> None:
    assert "ASSAULT" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The Lebanese army fled its positions in the area afterwards.",
    "The garrison fled the town before dawn.",
    "Government soldiers fled the base as the rebels advanced.",
])
def test_armed_men_fleeing_their_ground_retreat(analyse: Analyse, text: str) -> None:
    assert "RETREAT" in factual_types(analyse, text)


def test_civilians_fleeing_do_not_retreat(analyse: Analyse) -> None:
    assert "RETREAT" not in factual_types(analyse, "Thousands of civilians fled the town.")


@pytest.mark.parametrize("text", [
    "Colombia declared a state of internal commotion.",
    "One of the men shone a laser into the eyes of a border guard.",
])
def test_emergency_rule_and_lasers_coerce(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


# --- a regulator barring carriers ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "American regulators barred US carriers from flying to Port-au-Prince.",
    "The aviation regulator banned the airline's crews from landing at the capital's airport.",
])
def test_a_regulator_barring_carriers_coerces(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


def test_a_coach_barring_a_player_is_no_coercion(analyse: Analyse) -> None:
    text = "The coach barred the striker from flying with the team."
    assert "COERCE" not in factual_types(analyse, text)


# (review) an ordinary traffic check at a post, or a supply ended by a contract, is no measure
@pytest.mark.parametrize("text", [
    "The bus was stopped at a police checkpoint for a routine document check.",
    "Lorries were held at the checkpoint while officers checked the drivers' licences for "
    "speeding fines.",
])
def test_a_routine_check_at_a_post_is_no_coercion(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Gas supplies from Algeria ceased after the contract expired.",
    "Oil deliveries from Kazakhstan stopped when the supply contract lapsed.",
])
def test_a_supply_ended_by_its_contract_is_no_sanction(analyse: Analyse, text: str) -> None:
    assert "SANCTION" not in factual_types(analyse, text)
