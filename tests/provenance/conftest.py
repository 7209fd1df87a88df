"""Fixtures for provenance tests: analysed shared texts (cached per session) and a helper
that builds an `Analysis` with hand-made events over a text we wrote."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import shared_path
from warpath import ingest
from warpath.document import Analysis, DateValue, Document, Event, Party, Span


@pytest.fixture(scope="session")
def analyse(pipeline: Any) -> Callable[[Path], Analysis]:
    @functools.cache
    def run(path: Path) -> Analysis:
        doc = next(iter(ingest.read([str(path)])))
        assert isinstance(doc, Document), doc
        return pipeline(doc)

    return run


@pytest.fixture(scope="session")
def seed(analyse: Callable[[Path], Analysis], seed_path: Path) -> Analysis:
    return analyse(seed_path)


def corpus_pairs() -> list[tuple[Path, dict[str, Any]]]:
    """(text path, gold dict) for every annotated corpus text."""
    gold_dir = shared_path("corpus", "gold")
    return [
        (gold_dir.parent / "text" / (g.stem + ".txt"), json.loads(g.read_text("utf-8")))
        for g in sorted(gold_dir.glob("*.json"))
    ]


class Builder:
    """An `Analysis` of our own text with events placed on chosen words."""

    def __init__(self, nlp: Any, text: str, **document: Any) -> None:
        self.analysis = Analysis(document=Document(text=text, **document), doc=nlp(text))
        self.analysis.sentences = [Span.of(text, s.start_char, s.end_char)
                                   for s in self.analysis.doc.sents]

    def event(self, word: str, type_: str = "ASSAULT", nth: int = 0, status: str = "asserted",
              source: str | None = None, target: str | None = None,
              date: tuple[str, str, str] | None = None, granularity: str = "day") -> Event:
        text = self.analysis.text
        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        end = start + len(word)
        doc = self.analysis.doc
        tok = next(t for t in doc if t.idx <= start < t.idx + len(t.text))
        si = self.analysis.sentence_index(start)
        sent = self.analysis.sentences[si]
        value = None
        if date is not None:
            words, first, last = date
            value = DateValue(words, dt.date.fromisoformat(first), dt.date.fromisoformat(last),
                              granularity, "explicit")  # type: ignore[arg-type]
        e = Event(
            id=f"e{len(self.analysis.events) + 1}", type=type_, evidence=sent,
            trigger=Span.of(text, start, end), sentence=si, status=status,  # type: ignore[arg-type]
            source=Party(None, source, source) if source else None,
            target=Party(None, target, target) if target else None,
            date=value, trigger_token=tok.i,
        )
        self.analysis.events.append(e)
        return e


@pytest.fixture
def build(nlp: Any) -> Callable[..., Builder]:
    return functools.partial(Builder, nlp)


def answers(pipeline: Any, text: str, published: dt.date) -> dict[str, list[str]]:
    """Each event's trigger text -> the trigger texts of the events it answers."""
    a = pipeline(Document(text=text, published=published))
    by_id = {e.id: e.trigger.text for e in a.events}
    out: dict[str, list[str]] = {}
    for e in a.events:
        out.setdefault(e.trigger.text, []).extend(by_id[r] for r in e.responds_to)
    return out
