"""Event dates on real text: the own clause first, then what the narrative supports."""

from __future__ import annotations

import datetime as dt

from warpath.document import Document
from warpath.eval.records import read_document
from warpath.time.resolve import resolve_dates


def _event_near(analysis, words: str):  # type: ignore[no-untyped-def]
    at = analysis.text.index(words)
    hits = [e for e in analysis.events if e.evidence.start <= at < e.evidence.end]
    assert hits, words
    return min(hits, key=lambda e: abs(e.trigger.start - at))


def test_seed_embassy_protest_resolves_as_written(pipeline, seed_path) -> None:  # type: ignore[no-untyped-def]
    doc = Document(text=seed_path.read_text(encoding="utf-8"), published=dt.date(2020, 3, 23))
    analysis = pipeline(doc)
    by_text = {m.span.text: m.value for m in resolve_dates(analysis)}
    assert by_text["January 31"].start == dt.date(2020, 1, 31)
    assert by_text["December 27"].start == dt.date(2019, 12, 27)
    assert by_text["the following day"].start == dt.date(2019, 12, 28)
    assert by_text["last November"].start == dt.date(2019, 11, 1)


def test_wikipedia_dates_without_publication_use_the_narrative_year(pipeline, shared) -> None:  # type: ignore[no-untyped-def]
    doc = read_document(next((shared / "corpus" / "text").glob("b08-*.txt")))
    analysis = pipeline(doc)
    assert doc.published is None
    values = {m.span.text: m.value for m in resolve_dates(analysis)}
    assert values["17 October"].start == dt.date(2020, 10, 17)
    assert values["17 October"].basis == "narrative"


def test_news_events_take_the_day_of_their_clause(pipeline, shared) -> None:  # type: ignore[no-untyped-def]
    doc = read_document(next((shared / "corpus" / "text").glob("a17-*.txt")))
    analysis = pipeline(doc)
    strike = _event_near(analysis, "damaged equipment")
    assert strike.date is not None and strike.date.start == dt.date(2020, 1, 7)


def test_coordinated_scene_inherits_and_says_so(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Rebels shelled the town of Aleppo on 3 May 2016. "
            "Government jets bombed their positions in the hills.")
    analysis = pipeline(Document(text=text, published=dt.date(2016, 5, 20)))
    jets = _event_near(analysis, "bombed")
    assert jets.date is not None
    assert jets.date.start == dt.date(2016, 5, 3) and jets.date.basis == "inherited"


def test_threatening_on_a_day_is_not_a_future_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Tehran threatened on Monday to retaliate. Talks are scheduled to resume on Friday."
    analysis = pipeline(Document(text=text, published=dt.date(2020, 1, 8)))  # a Wednesday
    by_text = {m.span.text: m.value for m in resolve_dates(analysis)}
    assert by_text["Monday"].start == dt.date(2020, 1, 6)
    assert by_text["Friday"].start == dt.date(2020, 1, 10)
