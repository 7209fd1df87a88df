"""Session 8, round 2 review: the round-1 rules probed with sentences of ordinary life (sport,
business, markets, courts, weather, film, health, civic life) for over-firing, each class
narrowed by a condition stated for it, with sentences where the rule must still fire.

Classes narrowed: ground seized (a creditor's or the police's seizure of premises takes
property); take over (a firm bought by investors); staff expelled (a school's or a firm's
staff); state loans (a player on loan); roads blocked and police stepping in (an accident, a
race, a fans' brawl); tourism curbs (a city curbing its own visitors); sites hit (a blackout or
a slump as the doer); markets shut (stock exchanges); field hospitals flown in (a marathon);
people beaten or shot (at play, for a camera); "met with" a reaction (no meeting); acts called
off or put off (suspended talks and abandoned truces had taken place); a trade war; a sports
body lifting a ban; a charity's route where no relief is told; a firm's board signing; a rescue
after a flood; and three older ones: "declined to comment" (no rejection), a question asked
("when we asked the ministry") is no request. All sentences are our own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import factual_types, types_of
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]


def _statuses(analysis: Analysis, type_: str) -> set[str]:
    return {e.status for e in analysis.events if e.type == type_}


# --- ground seized -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Rebel fighters seized the garrison at Kalemie on Friday.",
    "Jihadists seized the army outpost near Djibo overnight.",
    "Insurgents seized the village of Mocimboa on Tuesday.",
])
def test_ground_and_posts_seized_by_fighters_are_assaults(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Creditors seized the company's headquarters in Leeds.",
    "Police seized a cannabis plant and two cars.",
    "The bank seized the factory complex after the firm defaulted.",
])
def test_premises_seized_by_creditors_or_police_are_no_assault(analyse: Analyse,
                                                               text: str) -> None:
    assert "ASSAULT" not in types_of(analyse(text))


# --- take over -----------------------------------------------------------------------------

def test_soldiers_taking_over_a_broadcaster_coerce(analyse: Analyse) -> None:
    assert "COERCE" in factual_types(analyse, "Mutinous soldiers took over the state "
                                              "broadcaster before dawn.")


@pytest.mark.parametrize("text", [
    "Private equity group KKR took over the broadcaster last year.",
    "The attempted takeover of the club by a Saudi fund failed.",
])
def test_buying_a_firm_is_no_coercion(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in types_of(analyse(text))


# --- staff expelled; loans -----------------------------------------------------------------

def test_embassy_staff_of_another_state_expelled_is_a_sanction(analyse: Analyse) -> None:
    assert "SANCTION" in factual_types(analyse, "Hungary expelled three Russian embassy staff "
                                                "on Thursday.")


@pytest.mark.parametrize("text", [
    "The school expelled two staff members for cheating.",
    "The club expelled three staff after the audit.",
])
def test_a_schools_staff_expelled_is_no_sanction(analyse: Analyse, text: str) -> None:
    assert "SANCTION" not in types_of(analyse(text))


def test_a_states_loan_is_aid(analyse: Analyse) -> None:
    assert "AID" in factual_types(analyse, "A Qatari loan of $1 billion reached the central "
                                           "bank in March.")


@pytest.mark.parametrize("text", [
    "Arsenal confirmed the loan of their striker to Fulham.",
    "The club agreed the loan of its young goalkeeper to Celtic for the season.",
])
def test_a_player_on_loan_is_no_aid(analyse: Analyse, text: str) -> None:
    assert "AID" not in types_of(analyse(text))


# --- roads blocked; police stepping in -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Militiamen blocked the road to the airport on Sunday.",
    "Soldiers blocked the main bridge into the city.",
])
def test_roads_blocked_by_armed_men_coerce(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Police blocked the road after a lorry overturned.",
    "Police blocked the street for the marathon.",
    "Officers blocked the bridge while the funeral procession passed.",
])
def test_roads_closed_by_police_for_accidents_or_events_are_nothing(analyse: Analyse,
                                                                    text: str) -> None:
    assert not types_of(analyse(text)) & {"COERCE", "PROTEST"}


@pytest.mark.parametrize("text", [
    "Riot police intervened to disperse the crowd outside parliament.",
    "Gendarmes intervened when the marchers reached the ministry.",
])
def test_police_stepping_in_on_a_crowd_coerce(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Police intervened to break up a fight between fans.",
    "Officers intervened in a brawl outside a nightclub in Cardiff.",
])
def test_police_breaking_up_a_brawl_is_no_force(analyse: Analyse, text: str) -> None:
    assert not types_of(analyse(text)) & {"COERCE", "ASSAULT"}


# --- tourism curbs ---------------------------------------------------------------------------

def test_curbs_on_tourism_to_another_state_are_sanctions(analyse: Analyse) -> None:
    assert "SANCTION" in factual_types(analyse, "Beijing imposed restrictions on tourism to "
                                                "South Korea.")


@pytest.mark.parametrize("text", [
    "The city imposed restrictions on tourist buses in the old town.",
    "Venice introduced restrictions on tourism to ease overcrowding in the centre.",
])
def test_a_city_curbing_its_visitors_is_no_sanction(analyse: Analyse, text: str) -> None:
    assert "SANCTION" not in types_of(analyse(text))


# --- sites hit; explosions; markets shut ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A weapons depot was hit overnight near Dzhankoi.",
    "Two warehouses were hit on the edge of Odesa.",
])
def test_a_site_hit_in_the_passive_is_an_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "A blackout hit the hospital overnight.",
    "Budget cuts hit the school in September.",
    "The heatwave hit the factory hardest.",
])
def test_a_hardship_hitting_a_site_is_no_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in types_of(analyse(text))


def test_troops_shutting_markets_coerce(analyse: Analyse) -> None:
    assert "COERCE" in factual_types(analyse, "Troops shut the markets of the district after "
                                              "the attack.")


@pytest.mark.parametrize("text", [
    "The government shut the stock market after the crash.",
    "The regulator closed the stock exchange for two days as shares plunged.",
])
def test_a_stock_market_shut_is_no_coercion(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in types_of(analyse(text))


def test_a_medical_team_flown_in_for_a_race_is_no_aid(analyse: Analyse) -> None:
    assert "AID" not in types_of(analyse("A field hospital team of surgeons was flown in for "
                                         "the marathon."))


# --- beaten and shot ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gunmen beat two villagers near Kidal.",
    "Soldiers beat the prisoners with rifle butts.",
    "Gunmen shot three farmers near the village.",
])
def test_people_beaten_or_shot_by_armed_men_are_assaults(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The hosts beat their guests 2-0 on Saturday.",
    "The young champion beat the old man of the tour in straight sets.",
    "She shot the guests at the wedding for a fashion magazine.",
])
def test_beaten_at_play_or_shot_by_a_camera_is_no_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in types_of(analyse(text))


# --- "met with" ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The foreign minister met with her Iranian counterpart in Oman.",
    "The envoy met rebel leaders in Arusha on Monday.",
])
def test_meetings_are_consultations(analyse: Analyse, text: str) -> None:
    assert "CONSULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The proposal was met with protests by homeowners.",
    "Any increase in fees would be met with a walkout by the teachers.",
    "The new tax was met with anger in the provinces.",
])
def test_met_with_a_reaction_is_no_meeting(analyse: Analyse, text: str) -> None:
    assert "CONSULT" not in types_of(analyse(text))


# --- acts called off or put off ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The planned offensive was abandoned.",
    "Talks between the two governments were postponed indefinitely.",
    "The visit of the Turkish president was cancelled.",
])
def test_arranged_acts_called_off_are_negated(analyse: Analyse, text: str) -> None:
    assert "negated" in {e.status for e in analyse(text).events}


@pytest.mark.parametrize("text, type_", [
    ("The offensive was abandoned after three weeks of fighting.", "ASSAULT"),
    ("Talks between the two armies were suspended indefinitely.", "CONSULT"),
    ("The ceasefire was abandoned after two days of shelling.", "RETREAT"),
])
def test_acts_that_took_place_and_were_stopped_are_not_denied(analyse: Analyse, text: str,
                                                              type_: str) -> None:
    assert "negated" not in _statuses(analyse(text), type_)


# --- a trade war; sport bans lifted; a charity's route; a board signing; a rescue after a flood ---

@pytest.mark.parametrize("text", [
    "Analysts warned of a looming trade war between Washington and Beijing.",
    "A price war between the two supermarkets hit profits.",
])
def test_a_trade_or_price_war_is_no_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in types_of(analyse(text))


def test_a_suspension_of_a_state_lifted_is_planned(analyse: Analyse) -> None:
    assert _statuses(analyse("The council is expected to lift the suspension of Mali."),
                     "CONCEDE") == {"planned"}


def test_a_sports_ban_lifted_is_no_concession(analyse: Analyse) -> None:
    assert "CONCEDE" not in types_of(analyse("FIFA lifted the suspension of the striker after "
                                             "the appeal."))


def test_a_relief_corridor_opened_is_aid(analyse: Analyse) -> None:
    assert "AID" in factual_types(analyse, "The WFP opened a corridor for food convoys into "
                                           "the besieged town.")


def test_a_charitys_route_for_walkers_is_no_aid(analyse: Analyse) -> None:
    assert "AID" not in types_of(analyse("The charity opened a new route for its volunteers "
                                         "through the park."))


def test_a_boards_signing_is_no_pact(analyse: Analyse) -> None:
    assert "AGREE" not in types_of(analyse("The board members signed the document in Paris."))


def test_a_rescue_after_a_flood_is_no_mobilisation(analyse: Analyse) -> None:
    assert "MOBILIZE" not in types_of(analyse("The rescue operation began in Leeds on Sunday "
                                              "after the flood."))


# --- the press: declining to comment, questions asked -------------------------------------------

@pytest.mark.parametrize("text", [
    "The rebels refused to withdraw from the town.",
    "The army declined to release the prisoners.",
    "The rebels declined to respond to the ultimatum.",
    "The rebels refused to talk to the mediators.",
])
def test_refusing_to_act_is_a_rejection(analyse: Analyse, text: str) -> None:
    assert "REJECT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The minister declined to comment on the report.",
    "The minister refused to comment on the merger.",
    "A spokesman for the army declined to give details.",
    "The ministry declined to respond to questions about the raid.",
])
def test_declining_to_comment_is_no_rejection(analyse: Analyse, text: str) -> None:
    assert "REJECT" not in types_of(analyse(text))


@pytest.mark.parametrize("text", [
    "The ministry asked Washington to send more air defence systems.",
    "The mayor asked the army for help.",
    "The prosecutor asked that the officers be tried in Lagos.",
])
def test_asking_for_an_act_is_a_request(analyse: Analyse, text: str) -> None:
    assert "REQUEST" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "When we asked the ministry, it said nothing.",
    "The spokesman declined to comment when we asked about the merger.",
    "Reporters asked the minister whether troops had fired first.",
])
def test_a_question_asked_is_no_request(analyse: Analyse, text: str) -> None:
    assert "REQUEST" not in types_of(analyse(text))
