"""Session 9: status classes (sentences written for these tests).

Classes: an armed party's return or entry held out by a modal, a condition or a threat (a
hypothetical ASSAULT); an operation announced with a start still to come (planned); the
terms a deal, a law or a ruling binds a party to (planned); an act named again by its noun
and denied ("but the handover was never completed": negated); a participle or a "when"
clause beside a verb of asking is no act asked for; a present-tense verb coordinated with a
modal clause under "says" goes with "says"; what a party is accused "of" when the parser
hangs "of" on the party; "planned" on an event a past verb says was held.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import events_of
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]


def _status(analyse: Analyse, text: str, trigger: str, type_: str | None = None) -> str | None:
    return next((e.status for e in events_of(analyse(text), type_)
                 if trigger in e.trigger.text), None)


# --- an armed party's return or entry held out ------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Elders fear the militia might return to Kabalo once the peacekeepers leave.", "return",
     "hypothetical"),
    ("The gunmen vowed to come back and burn the market.", "come", "hypothetical"),
    ("If the rebels ride into the town again, the traders will close their shops.", "ride",
     "hypothetical"),
    ("Al-Shabaab fighters may return to Dhobley after the rains.", "return", "hypothetical"),
])
def test_armed_return_held_out_is_a_hedged_assault(analyse: Analyse, text: str, trigger: str,
                                                   status: str) -> None:
    assert _status(analyse, text, trigger, "ASSAULT") == status


@pytest.mark.parametrize(("text", "trigger"), [
    ("The soldiers will return home for the holidays.", "return"),
    ("The rebels might come back to the negotiating table.", "come"),
    ("Refugees may return to the camp next month.", "return"),
    ("The militia returned to the village on Tuesday.", "returned"),
    ("The troops could go back to their barracks.", "go"),
])
def test_a_peaceful_or_told_return_is_no_assault(analyse: Analyse, text: str,
                                                 trigger: str) -> None:
    assert _status(analyse, text, trigger, "ASSAULT") is None


@pytest.mark.parametrize(("text", "trigger"), [
    ("Demobilised fighters may return to their families after the amnesty.", "return"),
    ("If the rebels come back to the city for the elections, they will campaign as a party.",
     "come"),
    ("The soldiers might go into the town to vote on Sunday.", "go"),
    ("Veterans of the militia could return to farming under the deal.", "return"),
])
def test_a_return_for_a_peaceful_purpose_or_by_men_out_of_arms_is_no_assault(
        analyse: Analyse, text: str, trigger: str) -> None:
    # (review) a purpose that is no act of force, or a doer who has laid down arms
    assert _status(analyse, text, trigger, "ASSAULT") is None


def test_a_return_to_take_revenge_is_a_hedged_assault(analyse: Analyse) -> None:
    text = "Villagers fear the bandits could come back to take revenge on the market traders."
    assert _status(analyse, text, "come", "ASSAULT") == "hypothetical"


# --- an operation announced with a start to come -----------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The navy has announced a sweep of the gulf starting on Monday.", "sweep"),
    ("Kyiv announced a counter-offensive in the south, to begin next week.", "offensive"),
    ("The junta announced a new phase of operations starting 3 January.", "announced"),
    ("The army has announced an operation to clear the hills of bandits, starting in early "
     "March.", "announced"),
])
def test_announced_operation_with_a_start_ahead_is_planned(analyse: Analyse, text: str,
                                                          trigger: str) -> None:
    assert _status(analyse, text, trigger) == "planned"


def test_the_aim_of_an_announced_operation_is_planned(analyse: Analyse) -> None:
    text = "The army has announced an operation to clear the hills of bandits, starting in March."
    assert _status(analyse, text, "clear") == "planned"


def test_announced_operation_without_a_start_stands(analyse: Analyse) -> None:
    text = "The navy announced an operation in the Red Sea on Tuesday."
    assert _status(analyse, text, "announced") == "asserted"


# --- the terms a deal binds a party to ----------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The truce requires both armies to withdraw their tanks from the river.", "withdraw"),
    ("Under the accord, the militias are bound to surrender their heavy weapons.", "surrender"),
    ("The ruling obliged the government to release the detainees.", "release"),
])
def test_what_a_deal_binds_a_party_to_is_planned(analyse: Analyse, text: str,
                                                 trigger: str) -> None:
    assert _status(analyse, text, trigger) == "planned"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The offensive obliged the rebels to retreat from the ridge.", "retreat"),
    ("The rebels withdrew their fighters from the ridge.", "withdrew"),
])
def test_a_duty_forced_by_events_is_not_a_term(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


# --- an act named again by its noun and denied ------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The truce obliged the rebels to hand over their rifles, but the handover never took "
     "place.", "hand"),
    ("Both sides agreed to withdraw their troops by May, but the withdrawal never happened.",
     "withdraw"),
    ("The army was ordered to evacuate the villages, but the evacuation was never completed.",
     "evacuate"),
    ("The rebels pledged to release the hostages, yet the release was never carried out.",
     "release"),
    ("The withdrawal was never carried out.", "withdrawal"),
])
def test_an_act_named_and_denied_is_negated(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "negated"


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("The rebels agreed to withdraw from the town, but the talks never resumed.", "withdraw",
     "planned"),
    ("The army withdrew from the town and the withdrawal was completed on Monday.", "withdrew",
     "asserted"),
])
def test_another_act_denied_leaves_it_alone(analyse: Analyse, text: str, trigger: str,
                                            status: str) -> None:
    assert _status(analyse, text, trigger) == status


def test_a_late_completion_is_no_denial(analyse: Analyse) -> None:
    assert _status(analyse, "The withdrawal has not yet been completed.", "withdrawal") != (
        "negated")


# --- beside a verb of asking: a participle or a "when" clause ----------------------------

@pytest.mark.parametrize("text", [
    "Kenya urged the Council to meet, accusing Eritrea of arming the rebels.",
    "The minister called for calm, accusing the opposition of stoking the riots.",
    "The envoy requested a meeting, blaming the militia for the ambush.",
])
def test_participle_beside_a_request_is_asserted(analyse: Analyse, text: str) -> None:
    assert _status(analyse, text, "", "ACCUSE") == "asserted"


def test_what_is_asked_stays_hypothetical(analyse: Analyse) -> None:
    text = "Kenya urged the Council to meet, accusing Eritrea of arming the rebels."
    assert _status(analyse, text, "meet") == "hypothetical"


def test_a_when_clause_of_a_future_in_the_past_is_planned(analyse: Analyse) -> None:
    text = "She said Britain would propose a patrol plan when the ministers meet in Oslo."
    assert _status(analyse, text, "meet") == "planned"


# --- a present tense beside "says" -------------------------------------------------------

@pytest.mark.parametrize(("text", "type_"), [
    ("The president says his army will not retreat and calls on Kyiv to open talks.",
     "REQUEST"),
    ("The minister says the border will stay shut and accuses Minsk of sending migrants.",
     "ACCUSE"),
])
def test_present_verb_beside_says_is_the_speakers_act(analyse: Analyse, text: str,
                                                      type_: str) -> None:
    assert _status(analyse, text, "", type_) == "asserted"


# --- accused "of", the parser hanging "of" on the party ----------------------------------

def test_what_a_party_is_accused_of_is_reported(analyse: Analyse) -> None:
    text = "The ministry accused the rebels of shelling the market."
    assert _status(analyse, text, "shelling") == "reported"


def test_accusing_verb_itself_stays_asserted(analyse: Analyse) -> None:
    text = "The ministry accused the rebels of shelling the market."
    assert _status(analyse, text, "accused") == "asserted"


# --- "planned" on an event held ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The army staged its planned drills near the border on Monday.",
    "The navy conducted a scheduled exercise off Crimea on Friday.",
])
def test_a_planned_event_held_is_asserted(analyse: Analyse, text: str) -> None:
    assert _status(analyse, text, "", "MOBILIZE") == "asserted"


@pytest.mark.parametrize("text", [
    "The navy will conduct a scheduled exercise on Friday.",
    "The army will stage its planned drills near the border next week.",
])
def test_a_planned_event_not_yet_held_stays_planned(analyse: Analyse, text: str) -> None:
    assert _status(analyse, text, "", "MOBILIZE") == "planned"


# --- a relative clause inside what a source tells ----------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The ministry confirmed that police had arrested a man who stabbed two guards.", "stabbed"),
    ("Officials said the army shelled a village that the rebels had seized in May.", "seized"),
    ("According to the charge sheet filed on Monday, the men were among the gunmen who raided "
     "the clinic.", "raided"),
])
def test_relative_clause_in_a_sources_account_is_reported(analyse: Analyse, text: str,
                                                         trigger: str) -> None:
    assert _status(analyse, text, trigger) == "reported"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Police arrested a man who stabbed two guards.", "stabbed"),
    ("Kinshasa accused Kigali of arming the rebels, who seized the mining town of Rubaya in "
     "May.", "seized"),
    ("Officials said the shelling hit the Navy's depot, which the rebels captured in 2020.",
     "captured"),
    ("Kyiv accused Minsk of training the raiders, a charge that Belarus rejected on Friday.",
     "rejected"),
    ("According to the ministry, troops shelled the village, and on Tuesday the UN condemned "
     "the attack.", "condemned"),
])
def test_writers_own_relative_clause_or_clause_stays_asserted(analyse: Analyse, text: str,
                                                              trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


def test_a_charge_rejected_parsed_as_its_content_is_asserted(analyse: Analyse) -> None:
    text = ("Farmers accused the herders of burning their crops, a charge that the herders' "
            "leaders rejected as slander.")
    assert _status(analyse, text, "rejected", "REJECT") == "asserted"


# --- an issuer's "we" restating what it holds as known ------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("We stress that Russian troops shelled the port of Odesa on Monday.", "shelled"),
    ("We recall that the militia seized the customs post in March.", "seized"),
])
def test_issuers_own_reminder_is_asserted(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ('"We note that the army shelled the port," the mayor said.', "shelled"),
    ("Officials recall that the army shelled the port in 2019.", "shelled"),
])
def test_a_quoted_or_third_party_reminder_is_reported(analyse: Analyse, text: str,
                                                      trigger: str) -> None:
    assert _status(analyse, text, trigger) == "reported"


# --- a temporal clause is background, even inside what a source tells ------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("After the rebels attacked the town, the army said it would retaliate.", "attacked"),
    ("The army did not retaliate after the rebels attacked the town.", "attacked"),
    ("The minister could resign after the army shelled the market.", "shelled"),
    ("The agency said dozens had died since the fighting erupted in May.", "fighting"),
    ("Officials said the curfew was imposed after gunmen stormed the market.", "stormed"),
])
def test_temporal_clause_stays_asserted(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


# --- an occasion nobody has set a date for -------------------------------------------------

@pytest.mark.parametrize("text", [
    "No date has been set for another round of talks between the two delegations.",
    "No date has been set for the withdrawal of the peacekeepers.",
])
def test_an_occasion_with_no_date_set_is_negated(analyse: Analyse, text: str) -> None:
    assert _status(analyse, text, "", None) == "negated"


def test_an_occasion_with_a_date_set_is_planned(analyse: Analyse) -> None:
    assert _status(analyse, "A date has been set for the next round of talks.", "talks") == (
        "planned")


def test_police_coming_back_is_no_raid(analyse: Analyse) -> None:
    text = "Police may return to the stadium for the next match."
    assert _status(analyse, text, "return", "ASSAULT") is None


# --- a planned event that fell through ------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("A general strike called by the unions for Thursday fell through after talks with the "
     "government.", "strike"),
    ("The planned prisoner exchange came to nothing.", "exchange"),
])
def test_an_event_that_fell_through_is_negated(analyse: Analyse, text: str,
                                               trigger: str) -> None:
    assert _status(analyse, text, trigger) == "negated"


def test_a_round_falling_through_a_roof_is_no_denial(analyse: Analyse) -> None:
    text = "Shells fell through the roof of the school, killing two pupils."
    assert _status(analyse, text, "fell") == "asserted"


def test_past_speech_act_beside_a_present_clause_is_the_speakers(analyse: Analyse) -> None:
    text = ("The ministry said its ships always sail in international waters and accused Manila "
            "of ramming a coast guard vessel.")
    assert _status(analyse, text, "accused", "ACCUSE") == "asserted"
