"""Event dates by class (session 9): a planned act behind a verb of phase, weeks, months and
years counted from the time just told, "Then," pointing back at a time named, a date the
parser glued to the subject, "N days later" before an "after" clause, and days counted from a
month told in the same sentence. All sentences are our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from warpath.document import Document

PUBLISHED = dt.date(2026, 11, 26)


def _date_of(pipeline: Any, text: str, trigger: str) -> tuple[dt.date, dt.date] | None:
    analysis = pipeline(Document(text=text, published=PUBLISHED))
    hits = [e for e in analysis.events if e.trigger.text == trigger]
    assert hits, [e.trigger.text for e in analysis.events]
    date = hits[-1].date
    return None if date is None else (date.start, date.end)


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    end = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return dt.date(year, month, 1), end


# A month named for an act still to come, behind a verb of phase or attempt, is the next one.
@pytest.mark.parametrize(("text", "trigger", "month"), [
    ("The peacekeeping mission is due to start withdrawing its troops in January.",
     "withdrawing", 1),
    ("The government plans to begin pulling its soldiers out of the valley in February.",
     "pulling", 2),
    ("The rebels are expected to start handing over their weapons in March.", "handing over",
     3),
])
def test_planned_act_behind_a_phase_verb_is_ahead(pipeline: Any, text: str, trigger: str,
                                                  month: int) -> None:
    assert _date_of(pipeline, text, trigger) == _month(2027, month)


@pytest.mark.parametrize(("text", "trigger", "month"), [
    ("The army started withdrawing its troops in January.", "withdrawing", 1),
    ("Rebels tried to storm the town in March.", "storm", 3),
])
def test_an_act_begun_or_tried_is_past(pipeline: Any, text: str, trigger: str,
                                       month: int) -> None:
    assert _date_of(pipeline, text, trigger) == _month(2026, month)


# "Four months later" after a month told in a flashback counts from that month.
@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("In May 2023 soldiers were injured in Zvecan when a crowd turned on them. Four months "
     "later a heavily armed group attacked police near Banjska.", "attacked", _month(2023, 9)),
    ("In March 2022 rebels seized the town of Kidal. Two months later the army bombed the "
     "town.", "bombed", _month(2022, 5)),
    ("In June 2021 gunmen kidnapped forty pupils in Kebbi. A year later police freed the last "
     "of them.", "freed", _month(2022, 6)),
])
def test_long_steps_count_from_the_time_just_told(pipeline: Any, text: str, trigger: str,
                                                  expected: tuple[dt.date, dt.date]) -> None:
    assert _date_of(pipeline, text, trigger) == expected


def test_a_week_after_a_day_counts_from_that_day(pipeline: Any) -> None:
    text = ("Troops shelled the village on 2 November. A week later rebels ambushed a convoy "
            "near the river.")
    day = dt.date(2026, 11, 9)
    assert _date_of(pipeline, text, "ambushed") == (day, day)


# "Then," / "At the time," opening a sentence points back at the time just named.
@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Troops shelled Tibu on Saturday. The January 2025 offensive is the warning. Then, the "
     "army suspended its peace talks with the rebels.", "suspended", _month(2025, 1)),
    ("Rebels attacked the base on Monday. The 2019 uprising still shapes the region. At the "
     "time, soldiers fired on protesters in the capital.", "fired",
     (dt.date(2019, 1, 1), dt.date(2019, 12, 31))),
    ("Police raided the office on Friday. The March 2024 crackdown is still recalled. Back "
     "then, troops arrested dozens of students.", "arrested", _month(2024, 3)),
])
def test_then_points_back_at_the_time_named(pipeline: Any, text: str, trigger: str,
                                            expected: tuple[dt.date, dt.date]) -> None:
    assert _date_of(pipeline, text, trigger) == expected


@pytest.mark.parametrize("text", [
    "Rebels attacked the base on Monday. Then troops shelled the village.",
    "Rebels attacked the base on Monday. The army says the raid failed. Then troops shelled "
    "the village.",
])
def test_then_after_a_day_keeps_the_day(pipeline: Any, text: str) -> None:
    day = dt.date(2026, 11, 23)
    assert _date_of(pipeline, text, "shelled") == (day, day)


# "On 5 November RSF fighters detained …": the date opens the sentence and is its verb's.
@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("On 5 November RSF fighters detained at least 30 men at a checkpoint near Garni, three "
     "of their relatives said.", "detained", dt.date(2026, 11, 5)),
    ("On 12 March army helicopters fired rockets at the camp, residents said.", "fired",
     dt.date(2026, 3, 12)),
])
def test_a_glued_opening_date_is_the_verbs(pipeline: Any, text: str, trigger: str,
                                           day: dt.date) -> None:
    assert _date_of(pipeline, text, trigger) == (day, day)


# "released three days later after their families paid": the step is the release's.
@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("On 5 November soldiers detained 30 men near Garni. Eighteen of them were released "
     "three days later after their families paid money to the commander.", "released",
     dt.date(2026, 11, 8)),
    ("Police arrested the journalist on Monday. She was freed two days later when her editor "
     "paid bail.", "freed", dt.date(2026, 11, 25)),
])
def test_a_step_before_a_clause_is_the_main_verbs(pipeline: Any, text: str, trigger: str,
                                                  day: dt.date) -> None:
    assert _date_of(pipeline, text, trigger) == (day, day)


def test_days_after_a_month_fall_in_that_month(pipeline: Any) -> None:
    text = ("Eleven men went on trial on Thursday. The charge sheet says the defendants were "
            "detained in April by troops and handed over to police two days later.")
    analysis = pipeline(Document(text=text, published=PUBLISHED))
    from warpath.time.resolve import resolve_dates

    values = {m.span.text: m.value for m in resolve_dates(analysis)}
    step = values["two days later"]
    assert step is not None and (step.start, step.end) == _month(2026, 4)


# A day and month with no year take the year of the month or year just told.
@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("In June 2025 jets struck sites across the region, and on 22 June bombers hit the main "
     "depot.", "hit", dt.date(2025, 6, 22)),
    ("In March 2024 the rebels besieged the town. On 12 March they shelled the hospital.",
     "shelled", dt.date(2024, 3, 12)),
    ("The war flared again in 2019. On 3 May militiamen burned the market in Djibo.", "burned",
     dt.date(2019, 5, 3)),
])
def test_a_yearless_day_takes_the_year_just_told(pipeline: Any, text: str, trigger: str,
                                                 day: dt.date) -> None:
    assert _date_of(pipeline, text, trigger) == (day, day)


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("In June 2025 jets struck sites across the region. On 2 November bombers hit the main "
     "depot.", "hit", dt.date(2026, 11, 2)),
    ("On 12 March the rebels shelled the hospital.", "shelled", dt.date(2026, 3, 12)),
])
def test_a_yearless_day_of_another_month_keeps_the_story_year(pipeline: Any, text: str,
                                                              trigger: str,
                                                              day: dt.date) -> None:
    assert _date_of(pipeline, text, trigger) == (day, day)
