"""Session 12 dates: a part of a relative unit ("late last month", "early next year") is that
part, not the whole unit; "in August of that year" is the year just named, even by a stretch
that runs up to now ("since early 2023"); a day with no year in or beside a stretch of days
the story has already dated is in that stretch's year, not in the year a background passage
left the narrative in. All texts are our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from warpath.ingest.text import document_from_text

D = dt.date
PUB = D(2026, 6, 10)


def _date_of(pipeline: Any, text: str, trigger: str) -> tuple[dt.date, dt.date] | None:
    analysis = pipeline(document_from_text(text, published=PUB))
    hits = [e for e in analysis.events if e.trigger.text == trigger]
    assert hits, [e.trigger.text for e in analysis.events]
    date = hits[-1].date
    return None if date is None else (date.start, date.end)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Late last month the army's jets bombed a camp near the town, killing nine people.",
     "bombed", (D(2026, 5, 22), D(2026, 5, 31))),
    ("Rebels have pushed towards the town since early 2023. The army ordered families to "
     "leave the town in August of that year, officials said.", "ordered",
     (D(2023, 8, 1), D(2023, 8, 31))),
    ("Soldiers shelled the market between 3 and 6 May, residents said. In 2024, a similar "
     "attack had killed ten people. Police said gunmen shot two farmers on 5 May.", "shot",
     (D(2026, 5, 5), D(2026, 5, 5))),
    ("Police closed the border post on 1 June, traders said. In late 2024, the rebels had "
     "seized two towns. On 3 June, police detained eleven porters near the post.", "detained",
     (D(2026, 6, 3), D(2026, 6, 3))),
])
def test_should_fire(pipeline: Any, text: str, trigger: str,
                     expected: tuple[dt.date, dt.date]) -> None:
    assert _date_of(pipeline, text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # the whole month when no part is said
    ("Police detained ten protesters last month.", "detained",
     (D(2026, 5, 1), D(2026, 5, 31))),
    # a day far from the days told stays in the year the story has moved to
    ("Troops shelled the port on 2 June, officials said. In 2023, rebels seized the port. "
     "On 20 September, they shelled the airport.", "shelled",
     (D(2023, 9, 20), D(2023, 9, 20))),
])
def test_must_not_fire(pipeline: Any, text: str, trigger: str,
                       expected: tuple[dt.date, dt.date]) -> None:
    assert _date_of(pipeline, text, trigger) == expected
