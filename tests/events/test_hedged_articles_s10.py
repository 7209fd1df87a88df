"""Hedged acts in articles (session 10, round 2) that came out as asserted:

- the items of a list whose lead-in line (ending in a colon) offers them as choices or plans
  ("Options include:", "measures under consideration:", "the government will:"): each item's
  act is weighed or planned, unless the item says more of its own;
- the acts of a scenario told as such ("In this scenario ...", "In the worst case ...", a
  paragraph under a heading "Scenario two: ..."), and of the sentences that go on telling it in
  the present;
- an act feared or worried about as a new one ("worry about a repeat of the 2002 gun
  battles", "concerned about further strikes"), and a year-dated act named after a noun of
  recurrence, which is a new act and not the past one it recalls.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import events_of
from warpath.document import Analysis


def _statuses(analysis: Analysis, type_: str, trigger: str) -> set[str]:
    return {e.status for e in events_of(analysis, type_) if trigger in e.trigger.text.lower()}


# --- list items under a lead-in of choices or plans

_CHOICES = """Kenya's cabinet met on Monday after the raid. Ministers discussed a list of possible
responses:

- closing the border crossing at Mandera for two weeks;
- air strikes on the militant camps near Bula Hawo;
- expelling the Somali envoy.

No decision was taken."""

_UNDER_REVIEW = """Diplomats in Brussels described the steps under consideration:

* a freeze on the assets of twelve Belarusian officials;
* a ban on flights by Belavia over EU territory.
"""

_WILL = """The interior minister told parliament that the government will:

1. deploy two more battalions to the northern border;
2. impose a curfew on Garissa.
"""


@pytest.mark.parametrize(("text", "type_", "trigger", "status"), [
    (_CHOICES, "ASSAULT", "strikes", "hypothetical"),
    (_CHOICES, "COERCE", "closing", "hypothetical"),
    (_UNDER_REVIEW, "SANCTION", "freeze", "hypothetical"),
    (_UNDER_REVIEW, "COERCE", "ban", "hypothetical"),
    (_WILL, "MOBILIZE", "deploy", "planned"),
])
def test_list_item_under_a_lead_of_choices_or_plans(
        analyse: Callable[[str], Analysis], text: str, type_: str, trigger: str,
        status: str) -> None:
    assert _statuses(analyse(text), type_, trigger) == {status}


_FACTS = """The army published its account of the week:

- troops shelled the camps near Bula Hawo on Monday;
- police arrested six men in Mandera.
"""

_NOT_A_LIST = """Options for the talks remain open. Troops shelled the camps near Bula Hawo on
Monday, the army said."""


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    (_FACTS, "ASSAULT", "shelled"),
    (_FACTS, "COERCE", "arrested"),
    (_NOT_A_LIST, "ASSAULT", "shelled"),
])
def test_list_of_facts_stays_factual(analyse: Callable[[str], Analysis], text: str,
                                     type_: str, trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) & {"asserted", "reported"}


# --- acts feared or worried about as new ones


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("Fishermen on the island worry about a repeat of the 2010 shelling.", "ASSAULT",
     "shelling"),
    ("Farmers along the border are anxious about a resumption of shelling.", "ASSAULT",
     "shelling"),
    ("Aid groups are concerned about further strikes on the camps.", "ASSAULT", "strikes"),
    ("Shopkeepers in Goma are nervous about a return of the curfew.", "COERCE", "curfew"),
    ("Traders fret about new curfews in the old city.", "COERCE", "curfew"),
])
def test_act_worried_about_as_a_new_one(analyse: Callable[[str], Analysis], text: str,
                                        type_: str, trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) == {"hypothetical"}


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    # what is worried about already happened
    ("Residents were worried about the strikes on the port, which killed four people.",
     "ASSAULT", "killed"),
    ("The mayor worried about the shelling that hit the market on Monday.", "ASSAULT", "hit"),
])
def test_worry_about_what_happened_stays_factual(analyse: Callable[[str], Analysis], text: str,
                                                 type_: str, trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) & {"asserted", "reported"}


def test_year_dated_past_act_alone_is_background(analyse: Callable[[str], Analysis]) -> None:
    # "the 2002 gun battles" named alone is a past event recalled, not news
    analysis = analyse("The 2002 gun battles are taught in naval colleges.")
    assert not [e for e in events_of(analysis, "ASSAULT") if e.status == "asserted"]


# --- "should" in a that-clause under a verb of agreeing or deciding: the arrangement made


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("Both sides agreed that the next round of talks should take place in Vienna.", "CONSULT",
     "talks"),
    ("The ministers decided that the joint patrols should begin in March.", "COOPERATE",
     "patrols"),
    ("The two delegations agreed that a summit should be held in Addis Ababa in June.",
     "CONSULT", "summit"),
])
def test_should_under_agreeing_is_planned(analyse: Callable[[str], Analysis], text: str,
                                          type_: str, trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) == {"planned"}


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    # a suggestion or an opinion is no arrangement
    ("The envoy suggested that the next round of talks should take place in Vienna.",
     "CONSULT", "talks"),
    ("Analysts said the army should withdraw from the town.", "RETREAT", "withdraw"),
])
def test_should_elsewhere_stays_hypothetical(analyse: Callable[[str], Analysis], text: str,
                                             type_: str, trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) == {"hypothetical"}


# --- an act named as the subject of "be to" + a verb of coming about; an act named as "a"
# --- step after "after", "until", "once" under a modal; an act waiting on a condition


@pytest.mark.parametrize(("text", "type_", "trigger", "status"), [
    ("A wider offensive against the insurgents, backed by drones, is to begin after the rainy "
     "season.", "ASSAULT", "offensive", "planned"),
    ("The evacuation of the wounded is to start on Friday.", "AID", "evacuation", "planned"),
    ("Kinshasa said talks could only resume after a complete withdrawal of the rebels.",
     "RETREAT", "withdrawal", "hypothetical"),
    ("A deployment of soldiers to the coast is conditional on parliamentary approval.",
     "MOBILIZE", "deployment", "hypothetical"),
    ("Any pullback of troops is subject to approval by the cabinet.", "RETREAT", "pullback",
     "hypothetical"),
    ("The army's withdrawal from the town is contingent on a deal with the rebels.", "RETREAT",
     "withdrawal", "hypothetical"),
])
def test_act_to_come_or_on_a_condition(analyse: Callable[[str], Analysis], text: str,
                                       type_: str, trigger: str, status: str) -> None:
    assert _statuses(analyse(text), type_, trigger) == {status}


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("Aid could resume after last week's withdrawal of the rebels.", "RETREAT", "withdrawal"),
    ("Talks resumed after a ceasefire took hold in March.", "AGREE", "ceasefire"),
])
def test_act_before_the_step_stays_factual(analyse: Callable[[str], Analysis], text: str,
                                           type_: str, trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) & {"asserted", "reported"}


# --- an act talked of, speculated about or put to a vote


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("Talk of retaliatory arrests of Serbian nationals has grown in the Kosovo assembly.",
     "COERCE", "arrests"),
    ("There is speculation about a ground offensive in the north.", "ASSAULT", "offensive"),
    ("Caracas held its own referendum on annexing the region.", "COERCE", "annexing"),
    ("Transnistria held a plebiscite on expelling Russian peacekeepers in 2006.", "SANCTION",
     "expelling"),
    ("The assembly opened a debate on expelling the ambassador.", "SANCTION", "expelling"),
])
def test_act_talked_of_or_voted_on(analyse: Callable[[str], Analysis], text: str, type_: str,
                                   trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) == {"hypothetical"}


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    # negotiations held over what happened, a vote marred by what happened
    ("The debate on the shelling of Kharkiv, which killed six people, lasted four hours.",
     "ASSAULT", "shelling"),
    ("The vote on Sunday was marred by clashes between police and protesters.", "ASSAULT",
     "clashes"),
])
def test_talks_and_votes_beside_facts(analyse: Callable[[str], Analysis], text: str,
                                      type_: str, trigger: str) -> None:
    assert not _statuses(analyse(text), type_, trigger) & {"hypothetical"}


# --- a scenario told as such, and the present-tense sentences that go on telling it

_SCENE = """The report sets out three scenarios.

In the first scenario, coast guard ships stop tankers bound for Kaohsiung. Beijing calls the
checks a customs matter and boards any ship that refuses."""

_HEADED = """Scenario two: escalation

Rebel fighters seize the airport at Goma and shell the port. The army responds with air
strikes on the rebel camps."""


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    (_SCENE, "COERCE", "stop"),
    (_HEADED, "COERCE", "seize"),
    (_HEADED, "ASSAULT", "shell"),
    ("In the worst case, Russian troops cross the Narva river and take the town within hours.",
     "ASSAULT", "cross"),
])
def test_scenario_told_as_such(analyse: Callable[[str], Analysis], text: str, type_: str,
                               trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) == {"hypothetical"}


_PAST_UNDER_HEADING = """Option B: the blockade

In March the navy blockaded the port of Hodeidah for a week. Houthi fighters shelled the
ships."""


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    (_PAST_UNDER_HEADING, "COERCE", "blockaded"),
    (_PAST_UNDER_HEADING, "ASSAULT", "shelled"),
    # a court case is no scenario
    ("In this case, the court found that police shot three protesters in Nairobi.", "ASSAULT",
     "shot"),
    # the scenario ends with its paragraph
    ("In the worst case, the rebels would take the town.\n\nRebel fighters shell the port "
     "every night, residents say.", "ASSAULT", "shell"),
])
def test_no_scenario_or_past_told(analyse: Callable[[str], Analysis], text: str, type_: str,
                                  trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) & {"asserted", "reported"}
