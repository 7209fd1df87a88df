"""Session 12: denied acts found as events of their own and marked negated (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import events_of


def _statuses(analysis, type_: str, word: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.status for e in events_of(analysis, type_)
            if e.trigger.text.lower().split()[-1] == word}


# --- an act named as a subject that "has yet to" come about ---------------------------------

@pytest.mark.parametrize(("text", "type_", "word"), [
    ("A summit between the two presidents has yet to be scheduled.", "CONSULT", "summit"),
    ("A joint patrol along the river has yet to take to the road.", "COOPERATE", "patrol"),
    ("The ground operation against the rebels has yet to begin.", "ASSAULT", "operation"),
])
def test_noun_that_has_yet_to_come_about_is_negated(analyse, text, type_, word):
    assert _statuses(analyse(text), type_, word) == {"negated"}


@pytest.mark.parametrize(("text", "type_", "word"), [
    ("The sanctions imposed in March have yet to bite.", "SANCTION", "sanctions"),
    ("A summit between the two presidents was held in Geneva.", "CONSULT", "summit"),
])
def test_noun_not_denied_by_yet_to(analyse, text, type_, word):
    assert "negated" not in _statuses(analyse(text), type_, word)


# --- war craft that have not come back to a place --------------------------------------------

@pytest.mark.parametrize("text", [
    "The jets have not come back to the village since the bakery was bombed.",
    "Russian warplanes have not returned to the valley since the truce.",
    "The drones never came back over the camp after the first night.",
])
def test_warcraft_not_back_is_a_negated_assault(analyse, text):
    denied = [e for e in events_of(analyse(text), "ASSAULT")
              if e.trigger.text.lower() in ("come", "came", "returned")]
    assert denied and all(e.status == "negated" for e in denied)


@pytest.mark.parametrize("text", [
    "The jets have not returned to base after the exercise.",
    "The airline's planes have not returned to the city since the airport closed.",
])
def test_craft_not_back_home_or_civil_is_no_assault(analyse, text):
    assert not [e for e in events_of(analyse(text), "ASSAULT")
                if e.trigger.text.lower() in ("come", "came", "returned")]


# --- forces moved named by "them", and exercises moved toward a place ------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("Armoured brigades gathered near the frontier. Moscow sent them into Georgia a week later.",
     "sent"),
    ("Two battalions massed on the plain. The junta stopped short of sending them over the "
     "river.", "sending"),
    ("Minsk decided against moving the exercises closer to the Lithuanian border.", "moving"),
])
def test_forces_moved_by_pronoun_or_exercises_moved(analyse, text, word):
    assert [e for e in events_of(analyse(text), "MOBILIZE") if e.trigger.text.lower() == word]


@pytest.mark.parametrize(("text", "word"), [
    ("The agency gathered the refugees at the stadium. It later sent them to camps.", "sent"),
    ("The army called off the drills. It moved the exercises to March.", "moved"),
])
def test_no_forces_moved_by_other_pronoun_or_a_date(analyse, text, word):
    assert not [e for e in events_of(analyse(text), "MOBILIZE")
                if e.trigger.text.lower() == word]


# --- an act named as a subject, discussed but not launched, or put off indefinitely ----------

@pytest.mark.parametrize(("text", "type_", "word"), [
    ("A joint offensive against the rebel camps was debated but never launched.", "ASSAULT",
     "offensive"),
    ("A combined operation against the smugglers was planned but not carried out.", "ASSAULT",
     "operation"),
    ("The handover of the detainees was delayed indefinitely after the talks collapsed.",
     "RETREAT", "handover"),
])
def test_named_act_denied_its_coming_is_found_negated(analyse, text, type_, word):
    assert _statuses(analyse(text), type_, word) == {"negated"}


@pytest.mark.parametrize(("text", "type_", "word"), [
    ("A joint offensive against the rebel camps was launched at dawn.", "ASSAULT", "offensive"),
    ("The handover of the detainees was not completed until May.", "RETREAT", "handover"),
])
def test_named_act_done_is_not_negated(analyse, text, type_, word):
    assert "negated" not in _statuses(analyse(text), type_, word)
