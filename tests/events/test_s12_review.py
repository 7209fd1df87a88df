"""Session 12 review: the round's new rules narrowed where they over-fired. Sentences our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import events_of
from warpath.document import Analysis


def _statuses(analysis: Analysis, type_: str) -> set[str]:
    return {e.status for e in events_of(analysis, type_)}


# "has yet to" denies an act's coming about, not what a deal made or a measure taken has yet to do
@pytest.mark.parametrize(("text", "type_"), [
    ("A summit of the two leaders has yet to be scheduled.", "CONSULT"),
    ("The offensive on the port has yet to begin, officers said.", "ASSAULT"),
    ("The peace accord has yet to be signed by the rebels.", "AGREE"),
])
def test_yet_to_denies(analyse: Callable[[str], Analysis], text: str, type_: str) -> None:
    assert "negated" in _statuses(analyse(text), type_)


@pytest.mark.parametrize(("text", "type_"), [
    ("The truce agreement has yet to be ratified by the assembly.", "AGREE"),
    ("The border accord signed in April has yet to be implemented.", "AGREE"),
    ("The new sanctions on the regime have yet to take effect.", "SANCTION"),
    ("The deployment of police to the delta has yet to reach full strength.", "MOBILIZE"),
])
def test_yet_to_does_not_deny(analyse: Callable[[str], Analysis], text: str, type_: str) -> None:
    assert "negated" not in _statuses(analyse(text), type_)


# war craft not back: a place or a "since" is needed; a craft lost is no raid denied
@pytest.mark.parametrize("text", [
    "The gunships have not returned to the hills since the ceasefire.",
    "The bombers have not come back since they struck the depot.",
    "Enemy drones never came back over the harbour.",
])
def test_craft_not_back(analyse: Callable[[str], Analysis], text: str) -> None:
    assert "negated" in _statuses(analyse(text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "The missing plane never came back.",
    "The helicopter did not return from its last flight.",
])
def test_craft_lost_is_no_denial(analyse: Callable[[str], Analysis], text: str) -> None:
    assert not [e for e in events_of(analyse(text), "ASSAULT")
                if e.trigger.text.lower() in ("came", "come", "return", "returned")]


# travel for treatment or trade is no visit
@pytest.mark.parametrize("text", [
    "He travelled to Kenya for medical treatment last year.",
    "Omar Dahir, a trader, travelled to Mogadishu to sell his goats.",
])
def test_travel_of_no_visit(analyse: Callable[[str], Analysis], text: str) -> None:
    assert not events_of(analyse(text), "CONSULT")


# charges with no one named against are no accusation
def test_charges_against_someone(analyse: Callable[[str], Analysis]) -> None:
    text = "Prosecutors filed charges against three foreign agents on Monday."
    assert events_of(analyse(text), "ACCUSE")


def test_charges_brought_against_no_one(analyse: Callable[[str], Analysis]) -> None:
    assert not events_of(analyse("So far no charges have been brought."), "ACCUSE")


# "resume them" after a suspension takes up the thing suspended, not the suspension
def test_resume_after_suspension(analyse: Callable[[str], Analysis]) -> None:
    text = "The talks were suspended in March. Both sides hope to resume them next week."
    assert "hypothetical" not in _statuses(analyse(text), "SANCTION")
