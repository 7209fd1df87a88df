"""Days written in capitals, as digests and logs head their entries, and weekdays counted from
the day of the entry they sit in.

Texts written for these tests.
"""

from __future__ import annotations

import datetime as dt

from warpath.document import Document
from warpath.time.expressions import find_expressions

DIGEST = """This digest covers Monday 2 March to Sunday 8 March 2026.

TUESDAY 3 MARCH

Border police fired on a smuggling party near the river crossing, killing two men.

SUNDAY 8 MARCH

A meeting of the joint border committee, due to be held on Sunday, was put off."""


def test_a_day_in_capitals_is_a_date():
    found = find_expressions("TUESDAY 3 MARCH")
    assert [(e.weekday, e.day, e.month) for e in found] == [(1, 3, 3)]
    assert [(e.day, e.month, e.year) for e in find_expressions("12 MARCH 2026")] == [(12, 3, 2026)]


def test_months_in_capitals_without_a_number_stay_words():
    assert find_expressions("TROOPS MAY PULL BACK, MINISTER SAYS") == []
    assert find_expressions("PROTESTERS MARCH ON THE BORDER POST") == []


def test_entries_headed_by_days_in_capitals_date_their_events(pipeline):  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=DIGEST, published=dt.date(2026, 3, 9)))
    fired = next(e for e in analysis.events if e.trigger.text == "fired")
    assert fired.date is not None and fired.date.start == dt.date(2026, 3, 3)


def test_a_bare_weekday_counts_from_its_entrys_day_not_from_publication(pipeline):  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=DIGEST, published=dt.date(2026, 3, 9)))
    meeting = [e for e in analysis.events if e.trigger.text == "meeting"]
    assert meeting and meeting[0].date is not None
    assert meeting[0].date.start == dt.date(2026, 3, 8)


BRIEF = """The crossings were shut in November 2023 and have stayed shut ever since.

Between 4 and 9 June this year, guards brought groups of migrants to the barrier. \
On 12 June a drone came down near the border post. \
The following day the foreign ministry summoned the ambassador."""


def test_a_day_followed_by_this_year_is_in_the_year_of_publication(pipeline):  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=BRIEF, published=dt.date(2026, 6, 20)))
    summoned = next(e for e in analysis.events if e.trigger.text == "summoned")
    assert summoned.date is not None and summoned.date.start == dt.date(2026, 6, 13)


def test_a_day_followed_by_last_year_is_in_the_year_before():  # type: ignore[no-untyped-def]
    from warpath.time.resolve import _year_said_after

    text = "on 3 May last year"
    day, year = find_expressions(text)
    assert _year_said_after(text, day, year, dt.date(2026, 6, 20)).year == 2025
