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


def _dated(pipeline, text: str, published: dt.date, words: str):  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=text, published=published))
    return _event_near(analysis, words).date


def test_what_did_not_happen_takes_no_date_from_the_narrative(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Written for this test: the denial's own verb is dated, the denied attack is not.
    text = ("Rebels shelled the town of Kidal on Monday, the army said. "
            "The rebels denied that they had attacked civilians.")
    assert _dated(pipeline, text, dt.date(2024, 3, 5), "attacked civilians") is None


def test_a_standing_present_takes_no_date_but_a_speaker_s_present_does(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Troops clashed with rebels near Goma on Monday. Kigali denies backing the rebels. "
            "\"We reject these claims,\" the minister said.")
    published = dt.date(2024, 3, 5)
    assert _dated(pipeline, text, published, "backing the rebels") is None
    reject = _dated(pipeline, text, published, "reject these claims")
    assert reject is not None and reject.start >= dt.date(2024, 3, 4)


def test_a_flashback_in_the_past_perfect_does_not_move_the_narrative(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The council met on Tuesday. The envoy said gunmen had raided a market on 3 February. "
            "Ghana's delegate condemned the raid.")
    condemned = _dated(pipeline, text, dt.date(2025, 2, 12), "condemned")
    assert condemned is not None and condemned.start == dt.date(2025, 2, 11)


def test_a_negated_act_does_not_take_the_date_of_its_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The rebels said on Thursday that they were not bound by the deal and would not "
            "withdraw from the town.")
    assert _dated(pipeline, text, dt.date(2024, 3, 8), "withdraw") is None


def test_a_participle_on_a_noun_does_not_move_the_narrative(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The council met on Tuesday. A report notes that neither side has sent troops to "
            "the joint border force agreed in 2011. Sudan's envoy rejected the report.")
    rejected = _dated(pipeline, text, dt.date(2025, 2, 12), "rejected")
    assert rejected is not None and rejected.start.year == 2025
