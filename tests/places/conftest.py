"""Helpers shared by the place tests."""

from __future__ import annotations

from typing import Any

from warpath.document import Document


def event_place_country(pipeline: Any, text: str, trigger: str) -> str | None:
    """The country of the place of the first event whose trigger is `trigger`."""
    analysis = pipeline(Document(text=text))
    hits = [e for e in analysis.events if e.trigger.text == trigger]
    assert hits, [e.trigger.text for e in analysis.events]
    loc = hits[0].location
    return loc.country if loc else None
