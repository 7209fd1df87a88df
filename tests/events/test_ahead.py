"""Acts told in the present tense for a day still to come are planned (`warpath.events.ahead`).

Sentences written for these tests; each story has a lead paragraph first, as news does, since a
headline's present in the opening paragraph tells what has happened.
"""

from __future__ import annotations

import datetime as dt

import pytest

from warpath.document import Document

LEAD = "The rainy season began early in the border districts this year.\n\n"
PUBLISHED = dt.date(2026, 6, 10)


def _status(pipeline, body: str, kind: str, published: dt.date | None = PUBLISHED) -> list[str]:  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=LEAD + body, published=published))
    return [e.status for e in analysis.events if e.type == kind]


@pytest.mark.parametrize(("body", "kind"), [
    ("Under the new memorandum, joint patrols by the two police forces start on 1 July.",
     "COOPERATE"),
    ("The foreign minister travels to Cairo on 20 June for talks with his Egyptian "
     "counterpart.", "CONSULT"),
    ("The two delegations meet again in Nairobi on 2 July to review the border line.",
     "CONSULT"),
])
def test_a_present_tense_act_on_a_coming_day_is_planned(pipeline, body, kind):  # type: ignore[no-untyped-def]
    found = _status(pipeline, body, kind)
    assert found and set(found) == {"planned"}, found


@pytest.mark.parametrize(("body", "kind", "published"), [
    ("On 2 June the army shells the market again, residents say.", "ASSAULT", PUBLISHED),
    ("The foreign minister travelled to Cairo on 20 May for talks with his Egyptian "
     "counterpart.", "CONSULT", PUBLISHED),
    ("The foreign minister travels to Cairo on 20 June for talks with his Egyptian "
     "counterpart.", "CONSULT", None),
])
def test_a_past_day_a_past_tense_or_no_date_leave_the_act_as_told(pipeline, body, kind, published):  # type: ignore[no-untyped-def]
    found = _status(pipeline, body, kind, published)
    assert found and "planned" not in found
