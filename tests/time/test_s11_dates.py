"""Event dates (session 11): feasts of fixed date ("on Christmas Day 2024"), a weekday written
beside a yearless date that fixes its year ("Tuesday 10 November"), a day of the month that
takes its year from a part of that month just told ("late July 2025 ... on 28 July"), what an
incident did not bring told with a subject that denies its whole class ("No one was detained")
dated like the incident, and the writer's own act in the present ("We urge ...") dated on
publication. All texts are our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from warpath.document import DateValue
from warpath.ingest.text import document_from_text
from warpath.time.expressions import Context, find_expressions, resolve
from warpath.time.resolve import resolve_dates

D = dt.date


def _one(text: str, published: dt.date, narrative: DateValue | None = None) -> DateValue | None:
    found = find_expressions(text)
    assert len(found) == 1, found
    return resolve(found[0], Context(published, narrative))


def _date_of(pipeline: Any, text: str, trigger: str,
             published: dt.date) -> tuple[dt.date, dt.date] | None:
    analysis = pipeline(document_from_text(text, published=published))
    hits = [e for e in analysis.events if e.trigger.text == trigger]
    assert hits, [e.trigger.text for e in analysis.events]
    date = hits[-1].date
    return None if date is None else (date.start, date.end)


def _mention(pipeline: Any, text: str, words: str, published: dt.date) -> DateValue | None:
    analysis = pipeline(document_from_text(text, published=published))
    found = [m for m in resolve_dates(analysis) if m.span.text == words]
    assert found, [m.span.text for m in resolve_dates(analysis)]
    return found[-1].value


# --------------------------------------------------------------------------- feasts


@pytest.mark.parametrize(("text", "day"), [
    ("The ferry sank off the cape on Christmas Day 2019.", D(2019, 12, 25)),
    ("Shelling resumed on Christmas Eve, 2021, residents said.", D(2021, 12, 24)),
    ("The amnesty took effect on New Year's Day 2023.", D(2023, 1, 1)),
    ("Crowds gathered in the square on Boxing Day 2018.", D(2018, 12, 26)),
])
def test_feasts_of_fixed_date_name_their_day(text: str, day: dt.date) -> None:
    value = _one(text, D(2026, 3, 1))
    assert value is not None
    assert (value.start, value.end, value.granularity) == (day, day, "day")


def test_a_yearless_feast_takes_the_nearest_year_before_publication() -> None:
    value = _one("The militia fired rockets at the airport on New Year's Eve.", D(2026, 2, 3))
    assert value is not None and value.start == D(2025, 12, 31)


@pytest.mark.parametrize("text", [
    "Detainees were flown to Christmas Island for processing.",
    "The Christmas truce of 1914 is still remembered.",
    "A Christmas market opened in the old town.",
])
def test_feast_words_in_names_are_no_dates(text: str) -> None:
    assert not any(e.month == 12 and e.day in (24, 25) for e in find_expressions(text))


# --------------------------------------------------------------------------- weekday + date


@pytest.mark.parametrize(("text", "year"), [
    # 10 November is a Tuesday in 2026, 11 March a Wednesday in 2026, 2 May a Saturday in 2026
    ("The envoy was summoned on Tuesday 10 November and handed a note.", 2026),
    ("Talks opened on Wednesday, 11 March in the capital.", 2026),
    ("Troops crossed the river on Saturday 2 May before dawn.", 2026),
])
def test_a_weekday_beside_a_yearless_date_fixes_its_year(text: str, year: int) -> None:
    # the story has gone back to 2024, far from the weekday's year
    told = DateValue("2024", D(2024, 12, 25), D(2024, 12, 25), "day", "explicit")
    value = _one(text, D(2026, 11, 19), told)
    assert value is not None and value.start.year == year


def test_a_yearless_date_without_a_weekday_stays_with_the_narrative() -> None:
    told = DateValue("2024", D(2024, 10, 1), D(2024, 10, 31), "month", "explicit")
    value = _one("The envoy was summoned on 10 November and handed a note.", D(2026, 11, 19),
                 told)
    assert value is not None and value.start == D(2024, 11, 10)


# --------------------------------------------------------------------------- part of a month


@pytest.mark.parametrize(("text", "words", "day"), [
    ("The border war of late July 2025 ended when both sides agreed a truce in Kuala Lumpur on "
     "29 July.", "29 July", D(2025, 7, 29)),
    ("Since the clashes of early March 2024, which stopped when the armies pulled back on "
     "9 March, the frontier has been calm.", "9 March", D(2024, 3, 9)),
    ("The siege of mid-June 2023 lasted until rebels withdrew from the town on 17 June.",
     "17 June", D(2023, 6, 17)),
])
def test_a_day_takes_the_year_of_the_part_of_its_month_just_told(
        pipeline: Any, text: str, words: str, day: dt.date) -> None:
    value = _mention(pipeline, text, words, D(2026, 8, 20))
    assert value is not None and (value.start, value.end) == (day, day)


def test_a_day_of_another_month_is_not_pulled_into_the_told_year(pipeline: Any) -> None:
    text = ("The fighting of late July 2025 is not forgotten. Rebels shelled the ridge again on "
            "3 August, villagers said.")
    value = _mention(pipeline, text, "3 August", D(2026, 8, 20))
    assert value is not None and value.start == D(2026, 8, 3)


# --------------------------------------------------------------------------- what did not happen


OUTCOMES = ("Gunmen raided the police post at Kibo on Saturday night and set two vehicles on "
            "fire. ")


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("No officer was wounded in the raid.", "wounded"),
    ("Nobody was arrested.", "arrested"),
    ("None of the six guards was hurt, and no shots were fired in return.", "fired"),
    ("Not a single round was fired by the officers.", "fired"),
])
def test_an_outcome_denied_by_its_subject_takes_the_incidents_time(
        pipeline: Any, sentence: str, trigger: str) -> None:
    saturday = D(2026, 5, 9)
    assert _date_of(pipeline, OUTCOMES + sentence, trigger, D(2026, 5, 11)) == \
        (saturday, saturday)


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("No one has been arrested since.", "arrested"),            # a stretch up to now
    ("The police said no one would be arrested.", "arrested"),   # a promise, below a saying
    ("No shots were fired at any point.", "fired"),              # over a stretch of time
])
def test_other_denials_keep_no_time_of_their_own(pipeline: Any, sentence: str,
                                                  trigger: str) -> None:
    assert _date_of(pipeline, OUTCOMES + sentence, trigger, D(2026, 5, 11)) is None


# --------------------------------------------------------------------------- the writer's act


REPORT = ("Fighting around the lake displaced thousands of families in the spring. Since then "
          "aid has reached only a few of the camps.\n\nRecommendations\n\n")


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("We urge the provincial government to reopen the lake road to aid lorries.", "urge"),
    ("We call on the armed groups to release the hostages they still hold.", "call on"),
    ("I ask both armies to stop shelling the fishing villages.", "ask"),
])
def test_the_writers_own_present_act_falls_on_publication(pipeline: Any, sentence: str,
                                                          trigger: str) -> None:
    published = D(2026, 10, 2)
    assert _date_of(pipeline, REPORT + sentence, trigger, published) == (published, published)


def test_a_quoted_speakers_present_act_is_not_the_writers(pipeline: Any) -> None:
    text = ("Rebels shelled the port on 2 March 2024, the governor said. \"We urge the army to "
            "send more troops,\" he told reporters.")
    assert _date_of(pipeline, text, "urge", D(2026, 10, 2)) != (D(2026, 10, 2), D(2026, 10, 2))


def test_the_writers_past_request_is_not_dated_by_publication(pipeline: Any) -> None:
    text = REPORT + "In June we asked the governor to reopen the road."
    assert _date_of(pipeline, text, "asked", D(2026, 10, 2)) != (D(2026, 10, 2), D(2026, 10, 2))


# --------------------------------------------------------------------------- "is to"


LATE_STORY = ("Rebels overran the ferry landing on 2 April 2025, and the army retook it a week "
              "later. ")


@pytest.mark.parametrize(("sentence", "words", "day"), [
    ("The two navies are to start joint patrols of the strait on 1 December.", "1 December",
     D(2026, 12, 1)),
    ("The envoy is to visit the border camps on 3 December.", "3 December", D(2026, 12, 3)),
    ("Observers are to arrive in the capital on 28 November.", "28 November", D(2026, 11, 28)),
])
def test_what_is_to_happen_lies_ahead(pipeline: Any, sentence: str, words: str,
                                      day: dt.date) -> None:
    value = _mention(pipeline, LATE_STORY + sentence, words, D(2026, 11, 19))
    assert value is not None and value.start == day


@pytest.mark.parametrize(("sentence", "words", "day"), [
    ("The envoy was to visit the border camps on 3 December but fell ill.", "3 December",
     D(2025, 12, 3)),
    ("The aim of the raid on 9 April was to free the hostages.", "9 April", D(2025, 4, 9)),
])
def test_what_was_to_happen_stays_in_the_story(pipeline: Any, sentence: str, words: str,
                                               day: dt.date) -> None:
    value = _mention(pipeline, LATE_STORY + sentence, words, D(2026, 11, 19))
    assert value is not None and value.start == day
