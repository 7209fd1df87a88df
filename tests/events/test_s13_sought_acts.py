"""An act asked for, put forward, warned of or weighed is an event of its own beside the asking,
and never a fact: "called for a withdrawal" is a REQUEST and a hypothetical withdrawal.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest


def _statuses(analysis, word: str, kind: str | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """The statuses of the events (of one type) whose trigger holds `word`."""
    return [e.status for e in analysis.events
            if word in e.trigger.text.lower().split() and kind in (None, e.type)]


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("The foreign minister called for a withdrawal of Russian troops from Kherson.",
     "withdrawal", "RETREAT"),
    ("Ankara demanded an air strike on the militia's depots.", "strike", "ASSAULT"),
    ("Officials in Seoul warned of a missile test within days.", "test", "MOBILIZE"),
    ("Dhaka has proposed talks with the Arakan Army on border security.", "talks", "CONSULT"),
    ("The cabinet discussed a blockade of the port but took no decision.", "blockade",
     "COERCE"),
])
def test_the_act_sought_is_found_and_not_a_fact(analyse, text, word, kind):  # type: ignore[no-untyped-def]
    found = _statuses(analyse(text), word, kind)
    assert found and all(s in ("hypothetical", "planned", "negated") for s in found), found


@pytest.mark.parametrize(("text", "word"), [
    ("Moscow backed the sanctions on Iran at the council.", "sanctions"),
    ("Japan offered aid to the flood victims on Monday.", "aid"),
    ("The cabinet discussed the shelling of Kharkiv on Monday.", "shelling"),
])
def test_an_act_that_happened_is_not_made_a_second_event(analyse, text, word):  # type: ignore[no-untyped-def]
    assert all(s in ("asserted", "reported") for s in _statuses(analyse(text), word))


@pytest.mark.parametrize(("text", "found"), [
    ("The refugee agency sent an assessment mission to Cox's Bazar on Monday.", True),
    ("The OSCE will send a mission to the two border villages next week.", True),
    ("NATO sent a training mission to Baghdad in 2018.", False),
])
def test_a_mission_sent_to_a_place_is_a_visit(analyse, text, found):  # type: ignore[no-untyped-def]
    assert any(e.type == "CONSULT" for e in analyse(text).events) is found
