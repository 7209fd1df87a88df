"""Everyday senses of conflict verbs are no events: a winter warned of, a compromise struck,
students expelled by their university. The conflict senses stay.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The energy minister warned of a hard winter for households.",
    "The finance ministry warned of hardship in the north after the floods.",
    "The coalition struck a compromise with the farmers' unions on Friday.",
    "The university expelled three students for cheating.",
    "The football club expelled two members after the brawl.",
])
def test_an_everyday_sense_is_no_event(analyse, text):  # type: ignore[no-untyped-def]
    assert [e.type for e in analyse(text).events] == []


@pytest.mark.parametrize(("text", "kind"), [
    ("The rebels warned of attacks on the capital.", "THREATEN"),
    ("A drone struck a fuel depot near Belgorod.", "ASSAULT"),
    ("Police expelled the protesters from the square.", "COERCE"),
])
def test_the_conflict_sense_stays(analyse, text, kind):  # type: ignore[no-untyped-def]
    assert kind in [e.type for e in analyse(text).events]
