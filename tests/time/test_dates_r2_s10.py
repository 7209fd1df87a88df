"""Event dates (session 10, round 2): a day alone on a line above a record, taken off the
text by cleaning ("Wednesday 4 March 2026" over a sitting), still frames the record's
"yesterday" and weekdays; text published the same day, or a date line that is no day of
issue, leaves them counting from publication. All texts are our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from warpath.ingest.text import document_from_text
from warpath.time.resolve import issue_days

PUBLISHED = dt.date(2026, 3, 6)  # a Friday; the sitting was on Wednesday 4 March


def _date_of(pipeline: Any, text: str, trigger: str,
             published: dt.date = PUBLISHED) -> tuple[dt.date, dt.date] | None:
    analysis = pipeline(document_from_text(text, published=published))
    hits = [e for e in analysis.events if e.trigger.text == trigger]
    assert hits, [e.trigger.text for e in analysis.events]
    date = hits[-1].date
    return None if date is None else (date.start, date.end)


def _day(day: int) -> tuple[dt.date, dt.date]:
    return dt.date(2026, 3, day), dt.date(2026, 3, day)


RECORD = "Legislative Assembly\nWednesday 4 March 2026\n\n"


@pytest.mark.parametrize(("body", "trigger", "day"), [
    ("Mr Okoro: The minister told this House that the navy had seized two trawlers in the bay "
     "yesterday. Can she say where the crews are held?", "seized", 3),
    ("The Minister: Rebels ambushed a supply convoy near the northern dam yesterday, and the "
     "army is pursuing them now.", "ambushed", 3),
    ("Ms Duarte: Protesters blocked the coastal highway on Monday for several hours, and "
     "nobody in the government has said a word about it.", "blocked", 2),
])
def test_a_sittings_day_above_the_record_frames_its_days(
        pipeline: Any, body: str, trigger: str, day: int) -> None:
    assert _date_of(pipeline, RECORD + body, trigger) == _day(day)


def test_published_the_same_day_the_header_changes_nothing(pipeline: Any) -> None:
    body = ("The Minister: Rebels ambushed a supply convoy near the northern dam yesterday, and "
            "the army is pursuing them now.")
    assert _date_of(pipeline, RECORD + body, "ambushed", dt.date(2026, 3, 4)) == _day(3)


def test_no_header_day_yesterday_counts_from_publication(pipeline: Any) -> None:
    body = ("Legislative Assembly\n\nThe Minister: Rebels ambushed a supply convoy near the "
            "northern dam yesterday, and the army is pursuing them now.")
    assert _date_of(pipeline, body, "ambushed") == _day(5)


def test_a_line_of_the_body_wins_over_the_header() -> None:
    text = "Statement of the ministry\nOSLO, 2 March 2026\nWe learnt yesterday of the arrests."
    assert issue_days(text, PUBLISHED, "Wednesday 4 March 2026")[0][2] == dt.date(2026, 3, 2)


def test_a_header_day_after_publication_is_ignored() -> None:
    assert issue_days("We learnt yesterday of the arrests.", PUBLISHED,
                      "Monday 9 March 2026") == []
