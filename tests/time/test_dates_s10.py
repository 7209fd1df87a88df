"""Event dates by class (session 10): "yesterday" and weekdays in a text dated on a line of its
own some days before we publish it (a statement, a release, a sitting's record), and "two days
later" counted from a day told two sentences back. All sentences are our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from warpath.document import Document
from warpath.time.resolve import issue_days

PUBLISHED = dt.date(2026, 11, 26)  # a Thursday


def _date_of(pipeline: Any, text: str, trigger: str) -> tuple[dt.date, dt.date] | None:
    analysis = pipeline(Document(text=text, published=PUBLISHED))
    hits = [e for e in analysis.events if e.trigger.text == trigger]
    assert hits, [e.trigger.text for e in analysis.events]
    date = hits[-1].date
    return None if date is None else (date.start, date.end)


def _day(day: int, month: int = 11) -> tuple[dt.date, dt.date]:
    return dt.date(2026, month, day), dt.date(2026, month, day)


# A text dated on a line of its own before publication: its "yesterday" and weekdays count
# from that day.
@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("The ministry's statement is printed below.\n\nVILNIUS, 23 November 2026\n\n"
     "Yesterday a Belarusian helicopter violated our airspace near Druskininkai.",
     "violated", _day(22)),
    ("Below is the communique in full.\n\nAthens, 22 November 2026\n\n"
     "On Friday the coast guard arrested the crew of a smuggling boat off Lesbos.",
     "arrested", _day(20)),
    ("Statement of the defence staff\n\nSunday 22 November 2026, Tallinn\n\n"
     "Two days ago an unidentified drone crashed near the Narva power plant. Yesterday "
     "the foreign ministry summoned the Russian chargé d'affaires.",
     "summoned", _day(21)),
])
def test_relative_days_count_from_a_dated_line(pipeline: Any, text: str, trigger: str,
                                               day: tuple[dt.date, dt.date]) -> None:
    assert _date_of(pipeline, text, trigger) == day


# Not when the dated line is the day we publish, lies far back, heads one of several timeline
# entries, or is a sentence; and not past a heading in capitals that hands back to us.
def test_no_issue_day_on_publication_or_far_back() -> None:
    assert issue_days("RIGA, 26 November 2026\n\nYesterday troops fired.", PUBLISHED) == []
    assert issue_days("RIGA, 2 October 2026\n\nYesterday troops fired.", PUBLISHED) == []


def test_no_issue_day_in_a_timeline_or_a_sentence() -> None:
    timeline = ("3 November 2026\n\nTroops crossed the river.\n\n"
                "9 November 2026\n\nYesterday the bridge was shelled.")
    assert issue_days(timeline, PUBLISHED) == []
    said = "The minister spoke on 23 November 2026.\n\nYesterday rebels attacked a post."
    assert issue_days(said, PUBLISHED) == []


def test_a_heading_in_capitals_ends_the_issued_text(pipeline: Any) -> None:
    text = ("The embassy's note follows.\n\nWARSAW, 23 November 2026\n\n"
            "Yesterday border guards detained twelve men near Kuznica.\n\nOUR NOTE\n\n"
            "Yesterday police arrested two more men in Bialystok, officers said.")
    spans = issue_days(text, PUBLISHED)
    assert len(spans) == 1 and text[spans[0][1]:].startswith("OUR NOTE")
    assert _date_of(pipeline, text, "detained") == _day(22)
    assert _date_of(pipeline, text, "arrested") == _day(25)


# "Two days later" counts from the day told two sentences back when the sentence between
# names no time.
@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("Officials said militiamen had raided the market in Bor on 9 November. Four traders "
     "were wounded, according to a local clinic. Two days later, the militia burned a school "
     "in the same town.", "burned", _day(11)),
    ("The report says soldiers detained a journalist in Goma on 12 November. He was held "
     "without charge, his lawyer said. Three days later, they arrested his brother.",
     "arrested", _day(15)),
    ("Rebels shelled the airport at Kindu on 2 November. Flights were cancelled, the "
     "operator said. The next day, government jets struck a rebel camp nearby.",
     "struck", _day(3)),
])
def test_a_day_step_reaches_two_sentences_back(pipeline: Any, text: str, trigger: str,
                                               day: tuple[dt.date, dt.date]) -> None:
    assert _date_of(pipeline, text, trigger) == day


# A day told in a flashback three sentences back, or with another time told after it, is
# not what the step counts from.
@pytest.mark.parametrize(("text", "trigger", "wrong"), [
    ("Officials said militiamen had raided the market in Bor on 9 November. Four traders "
     "were wounded. The clinic ran out of beds. Two days later, the militia burned a school.",
     "burned", _day(11)),
    ("Officials said militiamen had raided the market in Bor on 9 November. The town was "
     "also attacked in 2019, residents said. Two days later, the militia burned a school.",
     "burned", _day(11)),
])
def test_a_day_step_stops_at_three_sentences_or_another_time(pipeline: Any, text: str,
                                                             trigger: str,
                                                             wrong: tuple[dt.date, dt.date],
                                                             ) -> None:
    assert _date_of(pipeline, text, trigger) != wrong


# "days later", "weeks later" with the number left unsaid: a few days or weeks after the time
# just told.
@pytest.mark.parametrize(("text", "trigger", "low", "high"), [
    ("Rebels shot down an army helicopter near Kindu on 2 March 2025. The army bombed their "
     "camps days later.", "bombed", dt.date(2025, 3, 3), dt.date(2025, 3, 16)),
    ("Border guards detained two fishermen on 10 June 2025. Days later, the ministry "
     "expelled the consul.", "expelled", dt.date(2025, 6, 11), dt.date(2025, 6, 24)),
    ("Protesters stormed the embassy on 4 May 2025. Weeks later, the government recalled "
     "its ambassador.", "recalled", dt.date(2025, 5, 11), dt.date(2025, 6, 30)),
])
def test_a_bare_plural_step_counts_from_the_time_told(pipeline: Any, text: str, trigger: str,
                                                      low: dt.date, high: dt.date) -> None:
    date = _date_of(pipeline, text, trigger)
    assert date is not None and low <= date[0] and date[1] <= high


# How long something lasted is no step in time.
@pytest.mark.parametrize("text", [
    "The fighting went on for days afterwards, residents said.",
    "The rebels held the town for weeks later than the army had expected.",
])
def test_a_bare_plural_of_duration_is_no_date(text: str) -> None:
    from warpath.time.expressions import find_expressions
    assert not any(e.unit in ("day", "week") and e.offset for e in find_expressions(text))


# A month told for an act asked, urged or tried under "will" is still to come.
@pytest.mark.parametrize(("text", "trigger", "month"), [
    ("We will ask the maritime agency to discuss the seizures at its council in July.",
     "discuss", 7),
    ("The government will urge the rebels to withdraw their fighters in March.", "withdraw",
     3),
    ("The army will try to retake the town in April.", "retake", 4),
])
def test_an_act_under_a_future_verb_is_ahead(pipeline: Any, text: str, trigger: str,
                                             month: int) -> None:
    date = _date_of(pipeline, text, trigger)
    assert date is not None and date[0] == dt.date(2027, month, 1)


# Asked or tried in the past: the month named is behind us.
@pytest.mark.parametrize(("text", "trigger", "month"), [
    ("The government asked the agency to discuss the attacks in July.", "discuss", 7),
    ("The army tried to retake the town in January.", "retake", 1),
])
def test_an_act_under_a_past_verb_is_behind(pipeline: Any, text: str, trigger: str,
                                            month: int) -> None:
    date = _date_of(pipeline, text, trigger)
    assert date is not None and date[0] == dt.date(2026, month, 1)
