"""Date expressions: found in text, resolved with their granularity and basis."""

from __future__ import annotations

import datetime as dt

from warpath.document import DateValue
from warpath.time.expressions import Context, find_expressions, iter_resolved, resolve

D = dt.date
PUB = D(2020, 3, 23)  # a Monday


def one(text: str, published: dt.date | None = PUB,
        narrative: DateValue | None = None) -> DateValue | None:
    found = find_expressions(text)
    assert len(found) == 1, found
    return resolve(found[0], Context(published, narrative))


def test_absolute_forms_keep_their_granularity() -> None:
    assert one("It happened on 27 December 2019.") == DateValue(
        "27 December 2019", D(2019, 12, 27), D(2019, 12, 27), "day", "explicit")
    assert one("filed 2019-12-27 in court").start == D(2019, 12, 27)
    v = one("They met in May 2019.")
    assert (v.start, v.end, v.granularity) == (D(2019, 5, 1), D(2019, 5, 31), "month")
    v = one("Talks stalled throughout the fall of 2019.")
    assert (v.start, v.end, v.granularity) == (D(2019, 9, 1), D(2019, 11, 30), "season")
    assert one("Elections are due in 2021.").granularity == "year"


def test_year_is_inferred_from_publication_never_after_it() -> None:
    v = one("Rockets hit the base on Dec. 27.")
    assert v.start == D(2019, 12, 27) and v.basis == "publication"
    assert one("The strike came on January 31.").start == D(2020, 1, 31)


def test_modal_may_and_verb_march_are_not_months() -> None:
    assert find_expressions("Iran may retaliate, and crowds march on.") == []


def test_relative_to_publication() -> None:
    assert one("Officials said yesterday.").start == D(2020, 3, 22)
    v = one("Gunmen struck last night.")
    assert (v.start, v.end) == (D(2020, 3, 22), D(2020, 3, 23))
    assert one("Protesters rallied on Saturday.").start == D(2020, 3, 21)
    assert one("The envoy flew in early Monday.").start == PUB
    v = one("He wrote an essay last November.")
    assert (v.start, v.end, v.granularity) == (D(2019, 11, 1), D(2019, 11, 30), "month")
    assert one("War was averted this January.").start == D(2020, 1, 1)
    v = one("Clashes erupted earlier this month.")
    assert (v.start, v.end) == (D(2020, 3, 1), PUB)
    v = one("Ministers met last week.")
    assert (v.start, v.end, v.granularity) == (D(2020, 3, 16), D(2020, 3, 22), "week")


def test_publication_forms_need_a_publication_date() -> None:
    assert one("Officials said yesterday.", published=None) is None


def test_relative_to_the_narrative() -> None:
    base = DateValue("June 3", D(2019, 6, 3), D(2019, 6, 3), "day", "explicit")
    assert one("The following day, troops withdrew.", narrative=base).start == D(2019, 6, 4)
    assert one("They left two days later.", narrative=base).start == D(2019, 6, 5)
    assert one("It ended that same day.", narrative=base).start == D(2019, 6, 3)
    v = one("Three raids took place in the previous ten days.", narrative=base)
    assert (v.start, v.end, v.granularity) == (D(2019, 5, 24), D(2019, 6, 2), "range")
    assert one("The day after, nothing moved.", narrative=None) is None


def test_a_day_after_a_month_does_not_invent_a_day() -> None:
    may = DateValue("May 2019", D(2019, 5, 1), D(2019, 5, 31), "month", "explicit")
    v = one("The day after the speech, papers reported it.", narrative=may)
    assert v.granularity == "range" and v.start == D(2019, 5, 2)


def test_ranges_read_forward_across_the_new_year() -> None:
    v = one("the week from December 28 through January 4")
    assert (v.start, v.end, v.granularity) == (D(2019, 12, 28), D(2020, 1, 4), "range")
    v = one("Raids ran from July 19 through August 20.")
    assert (v.start, v.end) == (D(2019, 7, 19), D(2019, 8, 20))
    v = one("They met in late October and early November.")
    assert v.start.month == 10 and v.end.month == 11 and v.granularity == "range"


def test_the_narrative_year_carries_a_story_forward() -> None:
    text = ("The campaign began in May 2019. Militias struck on December 27. "
            "Crowds besieged the embassy on January 31.")
    got = [v for _, v in iter_resolved(text, Context(D(2020, 3, 23)))]
    assert [v.start for v in got if v] == [D(2019, 5, 1), D(2019, 12, 27), D(2020, 1, 31)]


def test_spans_of_days_and_hours() -> None:
    v = one("Clashes on June 3-4 left ten dead.", published=D(2019, 6, 12))
    assert (v.start, v.end, v.granularity) == (D(2019, 6, 3), D(2019, 6, 4), "range")
    v = one("Shelling went on over the past 24 hours.")
    assert (v.start, v.end) == (D(2020, 3, 22), PUB)
    v = one("Raids continued between 2015 and 2018.")
    assert (v.start, v.end) == (D(2015, 1, 1), D(2018, 12, 31))


def test_future_clauses_look_ahead() -> None:
    found = find_expressions("Talks will resume on Friday.")
    assert resolve(found[0], Context(PUB, None, future=True)).start == D(2020, 3, 27)


def test_counts_are_not_years() -> None:
    assert find_expressions("They sent 2000 troops and a 1,000-pound bomb.") == []


def test_a_weekday_of_a_named_week() -> None:
    # PUB is Monday 23 March 2020: last week ran 16-22 March.
    v = one("On Tuesday last week the navy said the drill was over.")
    assert (v.start, v.end, v.granularity) == (D(2020, 3, 17), D(2020, 3, 17), "day")
    assert one("Envoys will meet on Friday of next week.").start == D(2020, 4, 3)


def test_later_this_month_runs_from_publication_to_the_month_end() -> None:
    v = one("The commission is expected to convene later this month.")
    assert (v.start, v.end) == (PUB, D(2020, 3, 31))
    v = one("A vote could come later this year.")
    assert (v.start, v.end) == (PUB, D(2020, 12, 31))


def test_day_ranges_written_with_words() -> None:
    v = one("What did radar show on the night of 9 to 10 September?", published=D(2025, 9, 16))
    assert (v.start, v.end, v.granularity) == (D(2025, 9, 9), D(2025, 9, 10), "range")
    v = one("4 to 6 August 2024 - Gunboats shadow the ferry.")
    assert (v.start, v.end) == (D(2024, 8, 4), D(2024, 8, 6))
    v = one("The strikes came between 3 and 5 May.", published=D(2021, 6, 1))
    assert (v.start, v.end) == (D(2021, 5, 3), D(2021, 5, 5))
    v = one("27 November to 4 December 2023 - Talks drag on.")
    assert (v.start, v.end) == (D(2023, 11, 27), D(2023, 12, 4))


def test_a_duration_before_an_event_is_not_a_date() -> None:
    assert find_expressions("The hulk drifted for nearly three weeks before it sank.") == []
    assert find_expressions("Guns fell silent shortly after 10 p.m.") == []


def test_a_yearless_day_lies_nearest_before_publication_once_the_story_has_moved_on() -> None:
    # The narrative sits eight months back; "on 4 May" of the year before it would be a
    # flashback of months, so the story has come up to the present.
    autumn = DateValue("2 September 2023", D(2023, 9, 2), D(2023, 9, 2), "day", "explicit")
    v = one("Gunmen then raided the depot on 4 May.", published=D(2024, 5, 20), narrative=autumn)
    assert v.start == D(2024, 5, 4)
    # A flashback of days stays in the narrative's year.
    spring = DateValue("19 March 2022", D(2022, 3, 19), D(2022, 3, 19), "day", "explicit")
    v = one("The ship had been hit on 14 March.", published=D(2024, 5, 20), narrative=spring)
    assert v.start == D(2022, 3, 14)


def test_since_a_month_counts_back_from_publication() -> None:
    last_year = DateValue("last year", D(2024, 1, 1), D(2024, 12, 31), "year", "publication")
    v = one("No lorry has reached the camp since January.", published=D(2025, 3, 12),
            narrative=last_year)
    assert (v.start, v.end) == (D(2025, 1, 1), D(2025, 3, 12))
    v = one("Prices have doubled since the start of the year.", published=D(2025, 3, 12))
    assert v.start == D(2025, 1, 1) and v.end == D(2025, 3, 12)


def test_parts_of_a_year_go_by_months() -> None:
    v = one("Talks stalled in late 2021.")
    assert (v.start, v.end) == (D(2021, 9, 1), D(2021, 12, 31))
    v = one("The port reopened at the end of 2022.")
    assert (v.start, v.end) == (D(2022, 9, 1), D(2022, 12, 31))


def test_ever_since_runs_from_the_narrative_to_publication() -> None:
    base = DateValue("6 June 2019", D(2019, 6, 6), D(2019, 6, 6), "day", "explicit")
    v = one("Patrols have clashed almost weekly ever since.", narrative=base)
    assert (v.start, v.end) == (D(2019, 6, 6), PUB)


def test_a_numbered_week_of_a_month() -> None:
    found = find_expressions("The envoys hope to meet in the first week of May.")
    v = resolve(found[0], Context(PUB, None, future=True))
    assert (v.start, v.end) == (D(2020, 5, 1), D(2020, 5, 7))
    v = one("Shelling intensified in the last week of February 2019.")
    assert (v.start, v.end) == (D(2019, 2, 22), D(2019, 2, 28))
    # "the past two weeks of talks" is still a stretch up to publication
    v = one("Nothing moved in the past two weeks of talks.")
    assert (v.start, v.end) == (D(2020, 3, 9), PUB)


def test_a_weekday_written_before_its_date_is_one_expression() -> None:
    found = find_expressions("Monitors will return on Wednesday 8 April, the mission said.")
    assert [e.text for e in found] == ["Wednesday 8 April"]
    v = resolve(found[0], Context(PUB, None, future=True))
    assert (v.start, v.end) == (D(2020, 4, 8), D(2020, 4, 8))
    v = one("Fighting resumed on Saturday, 14 March.")
    assert (v.start, v.end) == (D(2020, 3, 14), D(2020, 3, 14))


def test_a_range_whose_ends_carry_short_weekdays() -> None:
    v = one("Covering Mon 9 Mar to Sun 15 Mar.")
    assert (v.start, v.end) == (D(2020, 3, 9), D(2020, 3, 15))


def _years(text: str) -> list[int | None]:
    return [e.year for e in find_expressions(text) if e.year is not None]


def test_numbers_in_model_and_designation_names_are_not_years() -> None:
    assert _years("Two Mirage 2000 fighters were sent up to shadow the bombers.") == []
    assert _years("The air force flies the Mirage 2000-5 from that base.") == []
    assert _years("Diplomats cited Security Council Resolution 1973 in the debate.") == []
    assert _years("Trucks were stopped on Route 2000 near the crossing.") == []
    assert _years("A roadside bomb struck a bus on highway 1990 overnight.") == []
    assert _years("The drone resembled a Kh-2000 in the photographs.") == []
    assert _years("Flight 1988 was diverted after the alert.") == []
    assert _years("Soldiers of Brigade No. 2010 held the ridge.") == []


def test_years_after_names_or_leads_still_count() -> None:
    assert _years("In 2000 the militia first seized the valley.") == [2000]
    assert _years("The clashes have continued since 2014, villagers say.") == [2014]
    assert _years("Moscow's 2022 offensive stalled within weeks.") == [2022]
    assert _years("The 2022 invasion forced millions to flee.") == [2022]
    assert _years("The accord was signed in March 2023 in Doha.") == [2023]
    assert _years("Crackdowns followed in Belarus 2020, observers recalled.") == [2020]
    assert _years("The NATO 2023 summit took place in Vilnius.") == [2023]
    assert _years("Ties soured by 2019 and again in mid-2021.") == [2019, 2021]
