"""Helpers for the events tests: analyse a sentence we wrote, or a text from ../shared."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import shared_path
from warpath.document import Analysis, Document, Event


def read_corpus_text(path: Path) -> Document:
    """A corpus text with its YAML front matter stripped (the `---` block at the top)."""
    raw = path.read_text(encoding="utf-8")
    if raw.startswith("---"):
        raw = raw[raw.index("\n---", 3) + 4 :]
    return Document(text=raw.strip(), origin=str(path))


@pytest.fixture(scope="session")
def analyse(pipeline) -> Callable[[str], Analysis]:  # type: ignore[no-untyped-def]
    cache: dict[str, Analysis] = {}

    def run(text: str) -> Analysis:
        if text not in cache:
            cache[text] = pipeline(Document(text=text))
        return cache[text]

    return run


@pytest.fixture(scope="session")
def corpus(pipeline) -> list[tuple[Analysis, dict]]:  # type: ignore[no-untyped-def]
    """Every corpus text analysed, paired with its hand-made gold."""
    out = []
    for gold_path in sorted(shared_path("corpus", "gold").glob("*.json")):
        text_path = shared_path("corpus", "text", gold_path.stem + ".txt")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        out.append((pipeline(read_corpus_text(text_path)), gold))
    return out


def events_of(analysis: Analysis, type_: str | None = None) -> list[Event]:
    return [e for e in analysis.events if type_ is None or e.type == type_]


def triggers_of(analysis: Analysis, type_: str) -> list[str]:
    """The trigger words of the events of one type."""
    return [e.trigger.text for e in events_of(analysis, type_)]


def kinds_at(analysis: Analysis, word: str) -> list[tuple[str, str]]:
    """(type, status) of the events whose trigger is `word` (lower case)."""
    return [(e.type, e.status) for e in analysis.events if e.trigger.text.lower() == word]


def types_of(analysis: Analysis, statuses: tuple[str, ...] | None = None) -> set[str]:
    """The event types of an analysis, only of events with one of `statuses` if given."""
    return {e.type for e in analysis.events if statuses is None or e.status in statuses}


FACTUAL = ("asserted", "reported")


def factual_types(analyse: Callable[[str], Analysis], text: str) -> set[str]:
    """The types of the events `text` states as fact (asserted or reported)."""
    return types_of(analyse(text), FACTUAL)


def countries(events: list[Event], side: str = "source") -> set[str | None]:
    out: set[str | None] = set()
    for e in events:
        party = getattr(e, side)
        out.add(party.country if party else None)
    return out
