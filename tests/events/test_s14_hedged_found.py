"""Session 14: hedged acts found, and found with their status (negated, hypothetical, planned).

Classes: an act licensed by a law; "were X to ..." misparsed; an act noun "is to be completed";
forces sent and still awaited ("who are due ..."); "the idea of" an act; "aid groups" as no
act of aid; acts named as "not harmed", "no further firing", "ruled out any military response",
"will not be called in", "does not pay ransom", "did not go to the village", "has not stopped
boats from using the river"; forces due to exercise.
"""

from __future__ import annotations

import pytest

from warpath.document import Analysis


def _at(analysis: Analysis, word: str) -> list[tuple[str, str]]:
    """(type, status) of the events whose trigger token is `word`."""
    return [(e.type, e.status) for e in analysis.events
            if analysis.doc[e.trigger_token].lower_ == word]


def _has(analysis: Analysis, type_: str, status: str) -> bool:
    return any(e.type == type_ and e.status == status for e in analysis.events)


# --- what must fire, with its status ------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "kind"), [
    # a text of law giving leave to act: what may be done under it
    ("The emergency decree that lets soldiers detain anyone near the frontier expires soon.",
     "detain", ("COERCE", "hypothetical")),
    ("The statute permits the army to detain suspects for a week.",
     "detain", ("COERCE", "hypothetical")),
    # "were X to ..." hung by the parser on the main verb
    ("Were Armenian forces to attack the village, Azerbaijan would respond.",
     "attack", ("ASSAULT", "hypothetical")),
    # an act noun "is to be completed / carried out"
    ("The withdrawal of the brigade from the hill is to be completed by Friday.",
     "withdrawal", ("RETREAT", "planned")),
    ("The handover of the prisoners is to be carried out at the bridge on Monday.",
     "handover", ("RETREAT", "planned")),
    # a sending whose forces are still awaited
    ("The navy is dispatching three frigates, which are due in the gulf on Sunday.",
     "dispatching", ("MOBILIZE", "planned")),
    # the idea of an act
    ("Thailand raised the idea of a joint inspection of the temple grounds.",
     "inspection", ("COOPERATE", "hypothetical")),
    ("Officials proposed the idea of a joint patrol along the lake.",
     "patrol", ("COOPERATE", "hypothetical")),
    # negated acts with no object or a negative subject
    ("No fisherman was hurt when the gunboat rammed the trawler.",
     "hurt", ("ASSAULT", "negated")),
    ("No further shelling has been reported since dawn.", "shelling", ("ASSAULT", "negated")),
    ("No further firing has been reported since midnight.", "firing", ("ASSAULT", "negated")),
    ("The minister ruled out any armed response to the incursion.",
     "response", ("ASSAULT", "negated")),
    ("The army will not be called in to the capital.", "called", ("MOBILIZE", "negated")),
    ("The government will not pay a ransom for the hostages.", "pay", ("CONCEDE", "negated")),
    ("Indonesian soldiers did not go to the camp after the riot.",
     "go", ("MOBILIZE", "negated")),
    ("Belize has not stopped Guatemalan boats from using the channel.",
     "stopped", ("COERCE", "negated")),
    ("Our president will not lay blame on Kabul.", "blame", ("ACCUSE", "negated")),
    # shots told by where they may have come from
    ("The officer suggested that the first shots might have come from bandits.",
     "come", ("ASSAULT", "hypothetical")),
    # forces due to hold manoeuvres
    ("Allied troops are due to exercise near the border next week.",
     "exercise", ("MOBILIZE", "planned")),
])
def test_hedged_act_found(analyse, text: str, word: str, kind: tuple[str, str]) -> None:
    assert kind in _at(analyse(text), word)


# --- controls that did happen, or that are no act -----------------------------------------

@pytest.mark.parametrize(("text", "word", "kind"), [
    ("No sooner had they arrived than they opened fire on the post.",
     "opened", ("ASSAULT", "asserted")),
    ("The army, which did not wait, shelled the ridge at dawn.",
     "shelled", ("ASSAULT", "asserted")),
    ("The commander allowed his men to fire on the crowd.", "fire", ("ASSAULT", "asserted")),
    ("The handover of the prisoners was completed on Monday.",
     "handover", ("RETREAT", "asserted")),
    ("Two civilians were hurt when the shells hit the market.", "hurt", ("ASSAULT", "asserted")),
    ("The army was called in after the riots spread.", "called", ("MOBILIZE", "asserted")),
])
def test_done_acts_stay_asserted(analyse, text: str, word: str,
                                 kind: tuple[str, str]) -> None:
    assert kind in _at(analyse(text), word)


@pytest.mark.parametrize("text", [
    "Aid groups in the town say the returnees could be detained.",
    "Aid workers in the camp warn that the men could be beaten.",
])
def test_aid_groups_give_no_aid(analyse, text: str) -> None:
    a = analyse(text)
    assert not any(e.type == "AID" for e in a.events)
    assert not any(e.type == "THREATEN" for e in a.events)  # their warning threatens no one


@pytest.mark.parametrize("text", [
    "The sanctions harmed the economy badly.",
    "The soldiers went to the polls on Sunday.",
    "The bank called in the loan last week.",
    "The firing of the coach surprised the fans.",
])
def test_no_act(analyse, text: str) -> None:
    a = analyse(text)
    assert not any(e.type in ("ASSAULT", "MOBILIZE") for e in a.events)


def test_sent_and_arrived_is_done(analyse) -> None:
    a = analyse("The ministry sent two hundred gendarmes, who arrived at the crossing on Sunday.")
    assert ("MOBILIZE", "asserted") in _at(a, "sent")
    assert not _has(a, "MOBILIZE", "planned")


def test_blame_taken_is_no_accusation(analyse) -> None:
    a = analyse("The coach took the blame for the defeat on Saturday.")
    assert not any(e.type == "ACCUSE" for e in a.events)


def test_talks_coming_from_a_proposal_are_no_fire(analyse) -> None:
    a = analyse("The new round of talks came from a proposal by Qatar.")
    assert not any(e.type == "ASSAULT" for e in a.events)
