"""Response links (session 12): force a state's side turns on the doers of an attack, named
as such ("clashed with the raiders", "engaged the militants responsible"), answers that
attack, at its first telling. All texts are our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from warpath.document import Document, Event


def _run(pipeline: Any, text: str) -> list[Event]:
    return pipeline(Document(text=text, published=dt.date(2026, 5, 12))).events


def _by_word(events: list[Event], word: str) -> Event:
    for e in events:
        if e.trigger.text.lower().startswith(word):
            return e
    raise AssertionError(f"no event on {word!r}: {[e.trigger.text for e in events]}")


# The other side of a clash told after "with", and doers named by "responsible" after them.
@pytest.mark.parametrize(("text", "answer", "act"), [
    ("Armed herders raided three farming hamlets east of Makurdi on Sunday night, killing "
     "nine villagers. Police units clashed with the fleeing raiders near the river on Monday "
     "afternoon.", "clashed", "raided"),
    ("Gunmen ambushed a bus of market traders outside Kauru on Friday, killing six of them. "
     "The army said on Saturday that its soldiers had engaged the bandits responsible in the "
     "forest north of the town.", "engaged", "ambushed"),
    ("Rebels stormed a customs post near the border on Tuesday, killing two officers. "
     "Gendarmes fought with the attackers for three hours before the rebels withdrew.",
     "fought", "stormed"),
])
def test_force_on_the_doers_named_as_such_answers_their_attack(
        pipeline: Any, text: str, answer: str, act: str) -> None:
    events = _run(pipeline, text)
    a = _by_word(events, answer)
    assert _by_word(events, act).id in a.responds_to, (text, a.responds_to)


@pytest.mark.parametrize(("text", "answer"), [
    # a clash with people who did nothing told before: no doers named again
    ("The harvest festival opened in Makurdi on Sunday. Police units clashed with traders "
     "over stall fees near the river on Monday.", "clashed"),
    # "responsible" before the noun is a quality, not the doers of an act
    ("Gunmen ambushed a bus of market traders outside Kauru on Friday. The minister praised "
     "the responsible officers who escorted the convoy the next week.", "praised"),
])
def test_no_doers_named_links_nothing(pipeline: Any, text: str, answer: str) -> None:
    events = _run(pipeline, text)
    a = next((e for e in events if e.trigger.text.lower().startswith(answer)), None)
    assert a is None or not a.responds_to, (text, a.responds_to if a else None)


def test_the_armys_own_strike_is_not_the_act_of_those_responsible(pipeline: Any) -> None:
    """The army's own fire told between the attack and the army's pursuit of "the militants
    responsible" is not what the pursuit answers."""
    text = ("Militants opened fire on a convoy of fuel lorries near Kohat on Monday, killing "
            "five drivers. Hours later, Pakistani army helicopters fired on hideouts in the hills. "
            "The army said on Tuesday that its troops had engaged the militants responsible.")
    events = _run(pipeline, text)
    a = _by_word(events, "engaged")
    assert a.responds_to == [_by_word(events, "opened").id], [
        (e.trigger.text, e.responds_to) for e in events]
