"""Session 11: acts the text does not state as done (sentences written for these tests).

Classes: a headline's subject + "to"-infinitive after a label, a dash or with the parser's
odd attachment (planned); phrases that say "never" ("at no point", "on no occasion", "under
no circumstances") even when hung on the inverted auxiliary (negated); a try that was not
made ("made no move to", "took no steps to", "no order was given to": negated); forces sent
to search for arms or armed men are a deployment and a sweep, not a rescue errand; an offer
not (yet) answered is an acceptance that has not come (AGREE with the reply's status);
negotiators showing up or not (CONSULT).
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


# --- headline infinitives -------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("Headline: Uganda to deploy 1,000 soldiers to Juba next week.", "deploy", "MOBILIZE"),
    ("BREAKING: Moldova to expel Russian diplomat over drone incident.", "expel", "SANCTION"),
    ("Update - Ghana, Togo to reopen border posts on Monday, officials say.", "reopen",
     "RETREAT"),
    ("Headline: Indonesia, Malaysia to hold joint naval drill off Borneo.", "drill",
     "MOBILIZE"),
])
def test_labelled_headline_infinitive_is_planned(analyse: Analyse, text: str, trigger: str,
                                                 type_: str) -> None:
    assert _status(analyse, text, trigger, type_) == "planned"


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("Headline: Uganda deployed 1,000 soldiers to Juba.", "deployed", "MOBILIZE"),
    ("Rebels to the north attacked a convoy on Monday.", "attacked", "ASSAULT"),
])
def test_finite_headline_or_infinitive_of_place_is_not_planned(
        analyse: Analyse, text: str, trigger: str, type_: str) -> None:
    assert _status(analyse, text, trigger, type_) == "asserted"


# --- phrases that say "never" -----------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("At no point did Norwegian patrol aircraft enter Russian airspace.", "enter"),
    ("On no occasion have Belarusian helicopters violated Polish airspace.", "violated"),
    ("Under no circumstances will the army shell the old town.", "shell"),
])
def test_never_phrase_negates(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "negated"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The artillery shelled the ridge in no time.", "shelled"),
    ("The guards fired with no warning.", "fired"),
])
def test_phrases_with_no_that_do_not_deny(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


# --- a try that was not made --------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Kigali made no attempt to withdraw its battalions.", "withdraw"),
    ("The ministry has made no move to reopen the consulate it closed in 2019.", "reopen"),
    ("Belgrade has taken no steps to expel the attaches.", "expel"),
    ("No order was given to shell the harbour.", "shell"),
])
def test_try_not_made_negates_its_act(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "negated"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kigali made an attempt to withdraw its battalions.", "withdraw"),
    ("The ministry made a move to reopen the consulate.", "reopen"),
])
def test_try_made_does_not_negate(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) not in (None, "negated")


# --- searching for arms or armed men --------------------------------------------------------

def test_sending_units_to_search_for_arms_is_a_deployment(analyse: Analyse) -> None:
    text = "The army will not send units north of the river to search for weapons depots."
    assert _status(analyse, text, "send", "MOBILIZE") == "negated"
    text = "Troops were flown into the hills to search for rocket launchers."
    assert _status(analyse, text, "search", "ASSAULT") == "hypothetical"
    text = "Marines searched for the gunmen along the creek on Monday."
    assert _status(analyse, text, "searched", "ASSAULT") == "asserted"


@pytest.mark.parametrize("text", [
    "The navy sent boats to search for the missing fishermen.",
    "Police searched for the lost child all night.",
    "Volunteers searched for survivors in the rubble.",
])
def test_search_for_people_lost_is_no_sweep(analyse: Analyse, text: str) -> None:
    assert not [e for e in events_of(analyse(text)) if e.type in ("MOBILIZE", "ASSAULT")]


# --- offers not answered ----------------------------------------------------------------------

def _agree(analysis: Analysis, trigger: str) -> list:
    return [e for e in events_of(analysis, "AGREE") if trigger in e.trigger.text]


def test_offer_not_answered_is_an_acceptance_not_given(analyse: Analyse) -> None:
    got = _agree(analyse("Serbia invited Croatia to talks on the border. Zagreb has not "
                         "replied."), "replied")
    assert [(e.status, e.source.country, e.target and e.target.country) for e in got] == [
        ("negated", "HRV", "SRB")]
    got = _agree(analyse("Ankara has offered Athens a hotline between the coast guards. "
                         "Greece is expected to respond next week."), "respond")
    assert [(e.status, e.source.country) for e in got] == [("planned", "GRC")]
    got = _agree(analyse("Nepal has received no answer from New Delhi to its proposal for a "
                         "joint survey of the river."), "answer")
    assert [(e.status, e.source.country, e.target and e.target.country) for e in got] == [
        ("negated", "IND", "NPL")]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kyiv proposed a truce on the grid. Moscow replied on Friday that it would study it.",
     "replied"),
    ("Manila said it would respond firmly to any new ramming.", "respond"),
    ("Ukraine has not responded to the shelling of Kherson.", "responded"),
])
def test_reply_given_or_not_to_an_offer_is_no_acceptance(analyse: Analyse, text: str,
                                                         trigger: str) -> None:
    assert _agree(analyse(text), trigger) == []


# --- negotiators showing up --------------------------------------------------------------------

def test_negotiators_showing_up_or_not(analyse: Analyse) -> None:
    text = "Oman hosted the first session, but the rebel delegation did not show up."
    assert _status(analyse, text, "show up", "CONSULT") == "negated"
    text = "The Russian envoys turned up in Geneva a day late."
    assert _status(analyse, text, "turned up", "CONSULT") == "asserted"


@pytest.mark.parametrize("text", [
    "Thousands of fans turned up at the stadium.",
    "The missing documents showed up in a drawer.",
])
def test_others_showing_up_are_no_talks(analyse: Analyse, text: str) -> None:
    assert events_of(analyse(text), "CONSULT") == []


# --- an arranging told at second hand ---------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("A flag meeting of sector commanders is said to be planned for next week.", "meeting"),
    ("Talks between the two militias are understood to be scheduled for Friday.", "Talks"),
    ("A swap of detainees is reported to be arranged for the coming days.", "swap"),
])
def test_arranging_told_at_second_hand_is_planned(analyse: Analyse, text: str,
                                                  trigger: str) -> None:
    assert _status(analyse, text, trigger) == "planned"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The raid is said to have killed nine people.", "killed"),
    ("Talks between the two militias are said to be continuing in Doha.", "Talks"),
])
def test_hearsay_of_what_happened_is_not_planned(analyse: Analyse, text: str,
                                                 trigger: str) -> None:
    assert _status(analyse, text, trigger) in ("asserted", "reported")
