"""Review of session 10 round 1: counter-operations and closures told as done before the attack
told ahead of them (the past perfect, "last month", "in a separate operation") answer nothing;
told after it, they still do (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from warpath.document import Document


def _answers(pipeline: Any, text: str) -> dict[str, list[str]]:
    a = pipeline(Document(text=text, published=dt.date(2026, 11, 18)))
    by_id = {e.id: e.trigger.text for e in a.events}
    out: dict[str, list[str]] = {}
    for e in a.events:
        out.setdefault(e.trigger.text, []).extend(by_id[r] for r in e.responds_to)
    return out


@pytest.mark.parametrize(("text", "answer"), [
    ("Rebels ambushed an army convoy in North Kivu on Tuesday, killing five soldiers. Last "
     "month, army artillery had pounded rebel bases in the forest.", "pounded"),
    ("Insurgents attacked a police station in Cabo Delgado on Monday. Mozambican troops had "
     "shelled insurgent camps near the coast.", "shelled"),
    ("Gunmen stormed a village in Zamfara on Friday. Two weeks earlier Nigerian jets bombed "
     "bandit hideouts in the forest.", "bombed"),
])
def test_operation_told_as_earlier_answers_nothing(pipeline: Any, text: str,
                                                   answer: str) -> None:
    assert _answers(pipeline, text).get(answer, []) == []


@pytest.mark.parametrize(("text", "answer", "answered"), [
    ("Rebels ambushed an army convoy in North Kivu on Tuesday, killing five soldiers. The next "
     "day, army artillery pounded rebel bases in the forest.", "pounded", "ambushed"),
    ("Gunmen stormed a village in Zamfara on Friday. Hours after the raid, Nigerian jets "
     "bombed bandit hideouts in the forest.", "bombed", "stormed"),
])
def test_operation_told_after_still_answers(pipeline: Any, text: str, answer: str,
                                            answered: str) -> None:
    assert _answers(pipeline, text).get(answer, []) == [answered]


def test_past_perfect_in_a_statement_still_answers(pipeline: Any) -> None:
    text = ("Gunmen raided a police post near Diffa on Monday. The Nigerien army said on "
            "Tuesday that its troops had chased the attackers back across the border.")
    assert _answers(pipeline, text).get("chased", []) == ["raided"]


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police post near Mandera on Sunday. Last month Kenya closed the "
    "crossing into Somalia.",
    "Militants stormed a market town in Burkina Faso on Friday. The army had shut the road to "
    "the town a week before.",
])
def test_closure_told_as_earlier_answers_nothing(pipeline: Any, text: str) -> None:
    answers = _answers(pipeline, text)
    assert all(answers.get(w, []) == [] for w in ("closed", "shut"))
