"""Session 8: hypothetical acts told beside factual ones.

Classes: a readiness held in one's own voice under a condition (hypothetical, but relayed by a
speech verb it stays what was said); an inverted condition put first ("Should X, ..."); an act
tried and cut short ("an attempted coup", "a foiled raid"); an act foreseen under a warning or
a fear ("warned of an imminent offensive"); a response to "any X" ("any landing would be met");
measures promised under a condition after force (THREATEN); a ground operation named with its
arm; curbs on another's tourism (SANCTION). Sentences are our own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import FACTUAL, events_of
from warpath.document import Analysis, Event

Analyse = Callable[[str], Analysis]


def _on(analysis: Analysis, type_: str, word: str) -> list[Event]:
    return [e for e in events_of(analysis, type_) if word in e.trigger.text]


def _statuses(analysis: Analysis, type_: str, word: str) -> set[str]:
    return {e.status for e in _on(analysis, type_, word)}


# --- a readiness in one's own voice under a condition ---------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Should the militia shell the town again, our troops stand ready to strike its bases.",
     "ready"),
    ("If the convoy is attacked, the navy is prepared to sink any vessel that approaches.",
     "prepared"),
    ("Were the rebels to cross the river, the army is ready to bomb their positions.", "ready"),
    ("Should Iranian boats again harass our tankers, however, our navy is prepared to fire on "
     "them.", "prepared"),
])
def test_conditional_readiness_is_hypothetical(analyse: Analyse, text: str, word: str) -> None:
    assert _statuses(analyse(text), "THREATEN", word) == {"hypothetical"}


@pytest.mark.parametrize("text, word", [
    # relayed by a speech verb: the saying is what is told
    ("The defence minister said the army was ready to strike rebel bases if the ceasefire "
     "collapsed.", "ready"),
    # no condition: a stated readiness
    ("Our forces are prepared to strike the rebel bases.", "prepared"),
])
def test_readiness_without_own_condition_stays_factual(analyse: Analyse, text: str,
                                                       word: str) -> None:
    statuses = _statuses(analyse(text), "THREATEN", word)
    assert statuses and statuses <= set(FACTUAL)


def test_fronted_should_question_is_no_condition(analyse: Analyse) -> None:
    text = "Should the army strike the rebel bases, as the minister says it is ready to do?"
    assert "hypothetical" not in _statuses(analyse(text), "THREATEN", "ready")


# --- an act tried and cut short ----------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Officials said an attempted assault on the depot was thwarted before dawn.",
     "attempted assault"),
    ("An attempted ambush of the convoy near Beni was thwarted by the army.", "attempted ambush"),
    ("An attempted raid on the prison was foiled by guards on Sunday.", "attempted raid"),
    ("The rebels launched an abortive offensive on the town in May.", "abortive offensive"),
])
def test_attempted_act_keeps_its_modifier_and_is_not_factual(analyse: Analyse, text: str,
                                                            trigger: str) -> None:
    events = _on(analyse(text), "ASSAULT", trigger)
    assert events and all(e.status not in FACTUAL for e in events)


@pytest.mark.parametrize("text, word", [
    ("Rebels ambushed a convoy near Goma, killing four soldiers.", "ambushed"),
    ("The failed assault on the base left the militia weakened.", "assault"),
])
def test_carried_out_act_stays_factual(analyse: Analyse, text: str, word: str) -> None:
    statuses = _statuses(analyse(text), "ASSAULT", word)
    assert statuses and statuses <= set(FACTUAL)


# --- an act foreseen under a warning or a fear ----------------------------------------------

@pytest.mark.parametrize("text, type_, word", [
    ("Troops traded fire near the border overnight. Yerevan warned of an imminent offensive "
     "on Syunik.", "ASSAULT", "offensive"),
    ("Kyiv fears a possible invasion from Belarus in the spring.", "ASSAULT", "invasion"),
    ("Taipei predicted a looming blockade of the island.", "COERCE", "blockade"),
])
def test_foreseen_act_is_extracted_hypothetical(analyse: Analyse, text: str, type_: str,
                                                word: str) -> None:
    assert _statuses(analyse(text), type_, word) == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "Moscow warned of a harsh response.",
    "The minister warned of possible delays in the budget.",
])
def test_plain_warning_adds_no_foreseen_act(analyse: Analyse, text: str) -> None:
    assert not [e for e in analyse(text).events if e.type in ("ASSAULT", "COERCE")]


# --- a response to "any X" --------------------------------------------------------------

@pytest.mark.parametrize("text, type_, word", [
    ("Islamabad said any further incursion by Indian drones would be met with force.",
     "ASSAULT", "met"),
    ("Seoul warned that any boat crossing the line will be seized.", "COERCE", "seized"),
    ("The coast guard said any trawler found in its waters would be impounded.", "COERCE",
     "impounded"),
])
def test_response_to_any_act_is_hypothetical(analyse: Analyse, text: str, type_: str,
                                             word: str) -> None:
    assert _statuses(analyse(text), type_, word) == {"hypothetical"}


@pytest.mark.parametrize("text, word", [
    ("Police said the boat would be seized on arrival.", "seized"),
    ("Any protester who stayed was arrested by police.", "arrested"),
])
def test_response_to_a_given_act_is_not_hypothetical(analyse: Analyse, text: str,
                                                     word: str) -> None:
    statuses = {e.status for e in analyse(text).events if word in e.trigger.text}
    assert statuses and "hypothetical" not in statuses


@pytest.mark.parametrize("text", [
    "US warships sank a boat off Venezuela. Caracas warned that any landing by American troops "
    "would be answered with force.",
    "Taipei said any landing by Chinese marines on Kinmen would be repelled.",
])
def test_any_troop_landing_is_a_hypothetical_assault(analyse: Analyse, text: str) -> None:
    assert _statuses(analyse(text), "ASSAULT", "landing") == {"hypothetical"}


def test_troop_landing_told_as_fact(analyse: Analyse) -> None:
    text = "Chinese marines staged an amphibious landing on the disputed island on Monday."
    assert _statuses(analyse(text), "ASSAULT", "landing") <= set(FACTUAL)


@pytest.mark.parametrize("text", [
    "The plane made an emergency landing in Cairo after losing an engine.",
    "The landing by the Apollo crew was watched by millions.",
])
def test_other_landings_are_no_assault(analyse: Analyse, text: str) -> None:
    assert not _on(analyse(text), "ASSAULT", "landing")


# --- measures promised under a condition ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mortar rounds hit our outpost on Sunday. If the drones come back, we will take all "
    "necessary steps to defend our airspace, the minister said.",
    "Chinese vessels rammed a supply boat on Monday. Manila said it would take action if "
    "Chinese vessels rammed its boats again.",
    "Shells from across the river wounded two farmers on Friday. Should the shelling resume, "
    "our army will take measures to protect the villages, the governor said.",
])
def test_conditional_measures_after_force_threaten(analyse: Analyse, text: str) -> None:
    assert _on(analyse(text), "THREATEN", "take")


@pytest.mark.parametrize("text", [
    "The finance ministry met on Monday. If prices keep rising, we will take steps to help "
    "families, the minister said.",
    "Militants attacked a post on Sunday. The army said it took measures to protect the "
    "villages.",
])
def test_measures_without_condition_or_force_are_no_threat(analyse: Analyse, text: str) -> None:
    assert not _on(analyse(text), "THREATEN", "take")


# --- a ground operation named with its arm; curbs on tourism ---------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Israel began a ground offensive in southern Lebanon on Tuesday.", "ground offensive"),
    ("Ankara said it was ready to launch a ground operation against the SDF if the deal "
     "failed.", "ground operation"),
    ("The army ruled out a ground invasion of the island.", "ground invasion"),
])
def test_ground_operation_trigger_holds_its_arm(analyse: Analyse, text: str,
                                                trigger: str) -> None:
    assert _on(analyse(text), "ASSAULT", trigger)


@pytest.mark.parametrize("text", [
    "Beijing officials hinted that tourism curbs could follow if Tokyo did not retract the "
    "remarks.",
    "Moscow imposed restrictions on tourism to Georgia.",
])
def test_tourism_curbs_are_sanctions(analyse: Analyse, text: str) -> None:
    assert events_of(analyse(text), "SANCTION")


def test_traffic_restrictions_are_no_sanction(analyse: Analyse) -> None:
    text = "The city imposed traffic restrictions for the marathon."
    assert not events_of(analyse(text), "SANCTION")
