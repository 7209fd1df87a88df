"""Session 9, round 2: hedged acts in the genres of the third context battery (sentences
written for these tests, not taken from the battery).

Classes: an event noun whose chances a copula weighs ("is conceivable", "remains an option":
hypothetical); an occasion arranged for "the coming days" (planned, even in a past tense); a
main clause the parser hung on the noun of a fronted "despite" phrase (the phrase's warnings
do not hedge it); a first-person "can" on a verb of vouching ("I can confirm that ...": the
statement is made); a planned occasion told to have happened before a colon (asserted); the
passive of the verb that carries an event out under a reported "would" ("said a curfew would
be imposed": planned, not supposed); an idea floated (hypothetical); and the recall of a
state's trade cut, holdings frozen and funding sought, which the hedges then apply to.
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


# --- an event whose chances are weighed ---------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("A second wave of Israeli strikes on Hezbollah depots looks likely.", "strikes"),
    ("A ground invasion of Gaza by Israel is an option, the minister said.", "invasion"),
    ("A blockade-style drill by Chinese warships lasting a month is conceivable, a Taiwanese "
     "admiral told lawmakers.", "drill"),
    ("A Turkish incursion into northern Iraq remains possible this summer.", "incursion"),
    ("A Russian strike on Odesa's port is only a question of time.", "strike"),
])
def test_event_weighed_by_a_copula_is_hypothetical(analyse: Analyse, text: str,
                                                   trigger: str) -> None:
    assert _status(analyse, text, trigger) == "hypothetical"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Israeli raid on the camp was possible because the guards had left.", "raid"),
    ("The Israeli strike on the depot is likely to cost Hezbollah millions.", "strike"),
    ("The Russian offensive on Kharkiv is relentless.", "offensive"),
    # a risk or a question the event poses, not its chances
    ("The Israeli bombing of Gaza remains a risk to regional stability.", "bombing"),
    ("The Russian occupation of the plant remains a question of nuclear safety.", "occupation"),
])
def test_event_described_by_a_copula_is_not_weighed(analyse: Analyse, text: str,
                                                    trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


# --- an occasion arranged for the coming days ---------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Officials said a second round of Turkish strikes on PKK bases was pencilled in for the "
     "coming days.", "strikes"),
    ("Diplomats said a new round of talks between Belgrade and Pristina was scheduled for the "
     "coming weeks.", "talks"),
    ("A fresh exchange of prisoners between Moscow and Kyiv was being arranged for the "
     "upcoming holiday, mediators said.", "exchange"),
])
def test_occasion_arranged_for_the_coming_days_is_planned(analyse: Analyse, text: str,
                                                          trigger: str) -> None:
    assert _status(analyse, text, trigger) == "planned"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Israeli jets struck the depot in the following days.", "struck"),
    ("Turkish jets bombed PKK bases in northern Iraq over the preceding days.", "bombed"),
])
def test_past_time_phrase_arranges_nothing(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


# --- a main clause after a fronted "despite" phrase ---------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Despite pledges that it would hold fire, the Sudanese army shelled Omdurman on Sunday.",
     "shelled"),
    ("Notwithstanding assurances that it would respect the truce, Russia bombed the port of "
     "Izmail.", "bombed"),
    ("Despite a promise that it would pull back, the Israeli army raided Jenin on Monday.",
     "raided"),
    ("Despite assurances that it would not, Turkey shelled Kobani on Friday.", "shelled"),
    ("Despite vows that it would not, Russia bombed the port of Izmail on Sunday.", "bombed"),
    ("Despite threats that they would be arrested, Kenyan protesters marched on parliament "
     "in Nairobi.", "marched"),
])
def test_fronted_despite_phrase_does_not_hedge_the_main_clause(analyse: Analyse, text: str,
                                                               trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Washington issued warnings that, if pressed, Israel would strike Rafah.", "strike",
     "hypothetical"),
    ("There were warnings that the Sudanese army would shell Omdurman.", "shell",
     "hypothetical"),
    ("Despite threats that it might, Hezbollah fired no rockets at Haifa.", "fired", "negated"),
])
def test_what_a_warning_says_stays_hedged(analyse: Analyse, text: str, trigger: str,
                                          status: str) -> None:
    assert _status(analyse, text, trigger) == status


# --- "I can confirm that ..." -------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("SPOKESMAN: We can confirm that French jets bombed a convoy near Gao overnight.",
     "bombed"),
    ("I can tell you that Kenyan troops raided the al-Shabaab camp near Kolbio.", "raided"),
    ("We can report that Ethiopian drones struck a market in Amhara on Monday, the agency's "
     "director said.", "struck"),
])
def test_first_person_can_on_vouching_is_the_statement(analyse: Analyse, text: str,
                                                       trigger: str) -> None:
    assert _status(analyse, text, trigger) == "reported"


@pytest.mark.parametrize(("text", "trigger"), [
    ("I cannot confirm that Kenyan troops raided the al-Shabaab camp near Kolbio.", "raided"),
    ("Only the army could confirm that Kenyan troops raided the camp near Kolbio.", "raided"),
])
def test_unable_or_others_ability_to_confirm_keeps_the_hedge(analyse: Analyse, text: str,
                                                             trigger: str) -> None:
    assert _status(analyse, text, trigger) in ("hypothetical", "negated")


# --- a planned occasion that happened, before a colon -------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The expected walk-out happened: Armenian delegates left the hall in Strasbourg.",
     "walk-out"),
    ("The long-awaited boycott happened: opposition deputies stayed away from the Georgian "
     "parliament.", "boycott"),
    ("The planned walk-out took place: Serbian ministers left the summit in Brussels.",
     "walk-out"),
])
def test_planned_occasion_told_to_have_happened_is_asserted(analyse: Analyse, text: str,
                                                            trigger: str) -> None:
    assert _status(analyse, text, trigger) in ("asserted", None)
    assert _status(analyse, text, trigger) != "planned"


def test_planned_occasion_held_before_a_colon_is_kept(analyse: Analyse) -> None:
    text = "The expected walk-out happened: Armenian delegates left the hall in Strasbourg."
    assert _status(analyse, text, "walk-out") == "asserted"


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("The planned march never took place: police sealed the square in Tbilisi.", "march",
     "negated"),
    ("Organisers said the expected walk-out would happen on Friday: delegates will leave the "
     "hall.", "walk-out", "planned"),
])
def test_planned_occasion_not_held_keeps_its_status(analyse: Analyse, text: str, trigger: str,
                                                    status: str) -> None:
    assert _status(analyse, text, trigger) == status


# --- the passive of a carrying-out verb under a reported "would" --------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The ministry said a blockade of the port would be imposed from Monday.", "blockade"),
    ("Police said a curfew would be declared in Dhaka at dusk.", "curfew"),
    ("The junta said a state of emergency would be declared in Niamey on Friday.", "state"),
])
def test_event_carried_out_in_reported_future_is_planned(analyse: Analyse, text: str,
                                                         trigger: str) -> None:
    assert _status(analyse, text, trigger) == "planned"


@pytest.mark.parametrize(("text", "trigger"), [
    ("An Iranian seizure of another tanker would push oil prices higher.", "seizure"),
    ("A curfew would be imposed if the riots spread, police said.", "curfew"),
])
def test_supposed_or_conditional_event_stays_hypothetical(analyse: Analyse, text: str,
                                                          trigger: str) -> None:
    assert _status(analyse, text, trigger) == "hypothetical"


# --- an idea floated ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Ministers floated a ban on Russian diplomats entering the capital.", "ban"),
    ("Lawmakers in Tehran floated the idea of cutting off internet access to protesters.",
     "cutting"),
    ("Senators floated the idea of expelling the Chinese ambassador.", "expelling"),
])
def test_floated_idea_is_hypothetical(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "hypothetical"


def test_floated_shares_are_no_event(analyse: Analyse) -> None:
    assert events_of(analyse("The company floated its shares in London."), None) == []


def test_ban_imposed_is_not_floated(analyse: Analyse) -> None:
    text = "Ministers imposed a ban on Russian diplomats entering the capital."
    assert _status(analyse, text, "ban") != "hypothetical"


# --- recall: a state's trade cut, holdings frozen, funding sought -------------------------

@pytest.mark.parametrize(("text", "trigger", "type_", "status"), [
    ("Beijing cut imports of Australian coal in 2020.", "cut", "SANCTION", "asserted"),
    ("Moscow would cut trade with Chisinau if it joined the bloc.", "cut", "SANCTION",
     "hypothetical"),
    ("Ankara has not cut commerce with Tehran, customs figures show.", "cut", "SANCTION",
     "negated"),
    ("Berlin froze its investment in the Russian pipeline.", "froze", "SANCTION", "asserted"),
    ("Pakistan sought an emergency loan from China.", "sought", "REQUEST", "asserted"),
    ("The Palestinian Authority will seek emergency funding from Gulf donors next week.",
     "seek", "REQUEST", "planned"),
])
def test_state_measures_and_requests_of_money(analyse: Analyse, text: str, trigger: str,
                                              type_: str, status: str) -> None:
    assert _status(analyse, text, trigger, type_) == status


@pytest.mark.parametrize("text", [
    "The supermarket chain cut imports of French cheese.",
    "The pension fund froze its stake in the retailer.",
    "The startup sought funding from investors in London.",
])
def test_firms_cutting_freezing_or_raising_money_are_no_event(analyse: Analyse,
                                                              text: str) -> None:
    assert not [e for e in events_of(analyse(text), None) if e.type in ("SANCTION", "REQUEST")]


# --- a readiness stated in the past that waits on a condition -----------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Brussels said it stood ready to send food aid to Tigray should the fighting stop.",
     "aid"),
    ("Kigali said it stood ready to deploy troops to Cabo Delgado should Maputo ask.",
     "deploy"),
    ("Pretoria stood ready to airlift food to Malawi should the floods worsen.", "airlift"),
    ("Berlin said it stood ready to deliver air-defence systems to Kyiv should Congress balk.",
     "deliver"),
])
def test_act_a_stated_readiness_waits_on_is_hypothetical(analyse: Analyse, text: str,
                                                        trigger: str) -> None:
    assert _status(analyse, text, trigger) == "hypothetical"


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("The Kenyan army said it was ready to deploy troops to Haiti.", "deploy", "planned"),
    ("Kigali said it stood ready to deploy troops to Cabo Delgado should Maputo ask.", "ready",
     "asserted"),
])
def test_readiness_without_condition_or_itself_keeps_its_status(analyse: Analyse, text: str,
                                                                trigger: str,
                                                                status: str) -> None:
    assert _status(analyse, text, trigger) == status


# --- what a demand or a proposal asks for, in a "that" clause -----------------------------

@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Kyiv rejected demands that its troops withdraw from Kursk.", "withdraw", "hypothetical"),
    ("Ankara voiced a demand that Kurdish fighters withdraw from Manbij.", "withdraw",
     "hypothetical"),
    ("Belgrade accepted the demand that its police withdraw from the north of Kosovo.",
     "withdraw", "hypothetical"),
    ("Washington backed the proposal that Russian forces withdraw from Zaporizhzhia.",
     "withdraw", "planned"),
])
def test_content_of_a_demand_or_proposal_is_not_asserted(analyse: Analyse, text: str,
                                                         trigger: str, status: str) -> None:
    assert _status(analyse, text, trigger, "RETREAT") == status


@pytest.mark.parametrize("text", [
    "Kyiv welcomed the news that Russian troops withdrew from Kherson.",
    "Analysts noted that Russian troops withdrew from Kherson in good order.",
])
def test_a_withdrawal_told_as_news_stays_a_fact(analyse: Analyse, text: str) -> None:
    assert _status(analyse, text, "withdrew", "RETREAT") in ("asserted", "reported")
