"""A day named in a present-tense clause is read ahead when that day is still to come within
half a year ("patrols start on 1 July" in a story of 10 June), and as the day just past when it
is not ("on 2 June the army shells the market", told on 10 June).

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from warpath.document import Document

LEAD = "The rainy season began early in the border districts this year.\n\n"


@pytest.mark.parametrize(("body", "kind", "day"), [
    ("Under the new memorandum, joint patrols by the two police forces start on 1 July.",
     "COOPERATE", dt.date(2026, 7, 1)),
    ("On 2 June the army shells the market again, residents say.", "ASSAULT",
     dt.date(2026, 6, 2)),
    ("Joint patrols by the two police forces started on 1 July.", "COOPERATE",
     dt.date(2025, 7, 1)),
])
def test_a_present_tense_day_is_read_ahead_only_when_it_is_still_to_come(pipeline, body, kind, day):  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=LEAD + body, published=dt.date(2026, 6, 10)))
    dates = [e.date.start for e in analysis.events if e.type == kind and e.date]
    assert dates == [day] * len(dates) and dates
