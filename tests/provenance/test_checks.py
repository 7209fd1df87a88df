"""Checks inside one document: chronology, response order, unsourced claims, name variants."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.provenance.conftest import Builder, corpus_pairs
from warpath.document import Actor, Analysis, Attribution, Check, Document, Span
from warpath.provenance.attribution import attribute
from warpath.provenance.checks import (
    chronology,
    corrected,
    date_fields,
    dated_versions,
    name_variants,
    response_order,
    retold,
    run_checks,
    summaries,
    unsourced,
    versions,
)

STORY = (
    "On March 3 rebels raided the depot. "
    "On March 4 the army shelled their camp. "
    "{middle} "
    "From March 5 to March 9 both sides fought along the river."
)


def _story(build: Callable[..., Builder], middle: str, date: tuple[str, str, str]) -> Builder:
    b = build(STORY.format(middle=middle))
    b.event("raided", date=("March 3", "2021-03-03", "2021-03-03"))
    b.event("shelled", date=("March 4", "2021-03-04", "2021-03-04"))
    b.event("blockaded", type_="COERCE", date=date)
    b.event("fought", date=("From March 5 to March 9", "2021-03-05", "2021-03-09"),
            granularity="range")
    return b


def test_date_later_than_the_narrative_around_it_is_flagged(
        build: Callable[..., Builder]) -> None:
    b = _story(build, "Rebels then blockaded the road on April 20.",
               ("April 20", "2021-04-20", "2021-04-20"))
    checks = list(chronology(b.analysis))
    assert [c.event_ids for c in checks] == [["e3"]]
    assert checks[0].kind == "chronology"


def test_date_in_order_is_not_flagged(build: Callable[..., Builder]) -> None:
    b = _story(build, "Rebels then blockaded the road on March 5.",
               ("March 5", "2021-03-05", "2021-03-05"))
    assert list(chronology(b.analysis)) == []


def test_date_inherited_from_another_sentence_is_no_evidence(
        build: Callable[..., Builder]) -> None:
    # the date words are not in the event's sentence: nothing the text says is contradicted
    b = _story(build, "Rebels then blockaded the road.", ("April 20", "2021-04-20", "2021-04-20"))
    assert list(chronology(b.analysis)) == []


def test_answer_dated_before_what_it_answers(build: Callable[..., Builder]) -> None:
    b = build("The army shelled the camp on May 2. Rebels had raided the depot on May 9.")
    shelled = b.event("shelled", date=("May 2", "2021-05-02", "2021-05-02"))
    raided = b.event("raided", date=("May 9", "2021-05-09", "2021-05-09"))
    shelled.responds_to = [raided.id]
    checks = list(response_order(b.analysis))
    assert [c.event_ids for c in checks] == [[shelled.id, raided.id]]


@pytest.mark.parametrize("text", [
    "Rebels raided the depot on May 9. The army said on May 2 that its guns stood ready. "
    "It shelled the camp.",
    "Gunmen burned the market on May 9, residents said. A militia spokesman denied it.",
])
def test_an_answer_whose_date_is_carried_over_proves_no_order(
        build: Callable[..., Builder], text: str) -> None:
    # the answer's day comes from another sentence (or from the charge's own sentence only
    # in one of them), so no written date puts the answer before what it answers
    b = build(text)
    first = next(w for w in ("raided", "burned") if w in text)
    answer = next(w for w in ("shelled", "denied") if w in text)
    act = b.event(first, date=("May 9", "2021-05-09", "2021-05-09"))
    act.date.basis = "inherited"  # type: ignore[union-attr]
    act.date.text = "last week"  # type: ignore[union-attr]
    reply = b.event(answer, date=("May 2", "2021-05-02", "2021-05-02"))
    reply.date.text = "on the second"  # type: ignore[union-attr]
    reply.responds_to = [act.id]
    assert list(response_order(b.analysis)) == []


@pytest.mark.parametrize("middle,word,date", [
    # a clause below the event's verb, a "will" verb, a day something is set "for"
    ("Both envoys pledged to sign a truce on June 30.", "pledged",
     ("June 30", "2021-06-30", "2021-06-30")),
    ("Elders will hold a peace meeting on July 4.", "hold", ("July 4", "2021-07-04",
                                                            "2021-07-04")),
    ("A prisoner swap is scheduled for June 12.", "swap", ("June 12", "2021-06-12",
                                                          "2021-06-12")),
])
def test_a_date_after_publication_is_a_plan_not_a_disorder(
        build: Callable[..., Builder], middle: str, word: str,
        date: tuple[str, str, str]) -> None:
    b = build(STORY.format(middle=middle), published=dt.date(2021, 3, 20))
    b.event("raided", date=("March 3", "2021-03-03", "2021-03-03"))
    b.event("shelled", date=("March 4", "2021-03-04", "2021-03-04"))
    b.event(word, type_="AGREE", date=date)
    b.event("fought", date=("From March 5 to March 9", "2021-03-05", "2021-03-09"),
            granularity="range")
    assert list(chronology(b.analysis)) == []


@pytest.mark.parametrize("middle,word,date", [
    # past acts told as done, dated after publication: a date to check, not a plan
    ("Rebels then blockaded the road on April 20.", "blockaded",
     ("April 20", "2021-04-20", "2021-04-20")),
    ("The militia signed a ceasefire with the army on April 22.", "signed",
     ("April 22", "2021-04-22", "2021-04-22")),
])
def test_a_past_act_dated_after_publication_is_still_checked(
        build: Callable[..., Builder], middle: str, word: str,
        date: tuple[str, str, str]) -> None:
    b = build(STORY.format(middle=middle), published=dt.date(2021, 3, 20))
    b.event("raided", date=("March 3", "2021-03-03", "2021-03-03"))
    b.event("shelled", date=("March 4", "2021-03-04", "2021-03-04"))
    b.event(word, type_="AGREE", date=date)
    b.event("fought", date=("From March 5 to March 9", "2021-03-05", "2021-03-09"),
            granularity="range")
    assert len(list(chronology(b.analysis))) == 1


def test_asserted_attack_on_the_authors_word_is_unsourced(
        build: Callable[..., Builder]) -> None:
    b = build("Troops stormed the village. The mayor said that police beat two men.")
    b.event("stormed")
    b.event("beat")
    attribute(b.analysis)
    checks = list(unsourced(b.analysis))
    assert [c.event_ids for c in checks] == [["e1"]]
    assert checks[0].severity == "info"


def _actor(b: Builder, actor_id: str, name: str, *forms: str,
           from_dictionary: bool = False) -> Actor:
    text = b.analysis.text
    mentions = [Span.of(text, text.index(f), text.index(f) + len(f)) for f in forms]
    actor = Actor(actor_id, name, "person", mentions=mentions, from_dictionary=from_dictionary)
    b.analysis.actors.append(actor)
    return actor


def test_one_actor_spelled_two_ways(build: Callable[..., Builder]) -> None:
    b = build("Kataib Hezbollah denied it. Later Kata'ib Hezbollah said so again.")
    _actor(b, "kh", "Kataib Hezbollah", "Kataib Hezbollah", "Kata'ib Hezbollah",
           from_dictionary=True)
    checks = list(name_variants(b.analysis))
    assert len(checks) == 1 and "Kata'ib Hezbollah" in checks[0].message


def test_derived_forms_are_not_variants(build: Callable[..., Builder]) -> None:
    b = build("Iraq protested. Iraqi troops moved.")
    _actor(b, "irq", "Iraq", "Iraq", "Iraqi", from_dictionary=True)
    assert list(name_variants(b.analysis)) == []


def test_name_a_letter_away_from_the_dictionary(build: Callable[..., Builder]) -> None:
    b = build("President Emanuel Macron spoke.")
    _actor(b, "em", "Emanuel Macron", "Emanuel Macron")
    checks = list(name_variants(b.analysis))
    assert [c.kind for c in checks] == ["name-variant"]
    assert "Emmanuel Macron" in checks[0].message


def test_seed_embassy_protest_is_flagged_by_chronology(seed: Analysis) -> None:
    sentence = seed.sentence_index(seed.text.index("January 31"))
    flagged = {i for c in seed.checks if c.kind == "chronology" for i in c.event_ids}
    assert any(e.sentence == sentence for e in seed.events if e.id in flagged)


def test_seed_macron_spelling(seed: Analysis) -> None:
    assert any(c.kind == "name-variant" and "Emmanuel Macron" in c.message
               for c in seed.checks)


@pytest.mark.parametrize("kind", ["chronology", "response-order"])
def test_no_false_alarms_on_consistent_corpus_texts(
        analyse: Callable[[Path], Analysis], kind: str) -> None:
    raised = []
    for path, gold in corpus_pairs():
        if gold.get("checks_expected"):
            continue
        raised += [(path.stem[:3], c.message) for c in analyse(path).checks if c.kind == kind]
    assert raised == []


def test_run_checks_returns_every_kind(build: Callable[..., Builder]) -> None:
    b = build("Troops stormed the village.")
    b.event("stormed")
    b.analysis.attributions.append(Attribution("attr0", "author", None, None, Span(0, 0, "")))
    b.analysis.events[0].attribution_id = "attr0"
    assert {c.kind for c in run_checks(b.analysis)} == {"unsourced"}


def test_date_field_against_the_prose(build: Callable[..., Builder]) -> None:
    b = build("Date: 3 May 2021, 9 May 2021\n\n"
              "The first raid hit the port on 3 May. The second raid came on 10 May.",
              published=None)
    b.event("hit", date=("3 May", "2021-05-03", "2021-05-03"))
    second = b.event("came", date=("10 May", "2021-05-10", "2021-05-10"))
    checks = list(date_fields(b.analysis))
    assert [(c.kind, c.event_ids) for c in checks] == [("date-conflict", [second.id])]


def test_date_field_that_agrees_raises_nothing(build: Callable[..., Builder]) -> None:
    b = build("Date: 3 May 2021\n\nThe raid hit the port on 3 May. Talks began on 20 May.")
    b.event("hit", date=("3 May", "2021-05-03", "2021-05-03"))
    b.event("began", type_="CONSULT", date=("20 May", "2021-05-20", "2021-05-20"))
    assert list(date_fields(b.analysis)) == []


def test_title_before_a_misspelt_name(build: Callable[..., Builder]) -> None:
    b = build("French President Emanuel Macron spoke. Macron left.")
    _actor(b, "emmanuel-macron", "Emmanuel Macron", "French President Emanuel Macron", "Macron",
           from_dictionary=True)
    checks = list(name_variants(b.analysis))
    assert [c.message for c in checks] == ["'Emanuel Macron': the dictionary spells it "
                                           "'Emmanuel Macron'"]


def _versions(build: Callable[..., Builder], text: str,
              events: tuple[tuple[str, str, str | None, str], ...] = ()) -> list[Check]:
    b = build(text, published=dt.date(2023, 5, 20))
    seen: list[str] = []
    for word, type_, source, day in events:
        b.event(word, type_=type_, source=source, nth=seen.count(word),
                date=(day, "2023-05-0" + day[-1], "2023-05-0" + day[-1]))
        seen.append(word)
    attribute(b.analysis)
    return list(versions(b.analysis))


def test_one_act_dated_twice_by_two_sources(build: Callable[..., Builder]) -> None:
    checks = _versions(build, "The tanker was freed on May 3 and sailed to port.\n\n"
                              "In a later statement, the owner put the release on May 6.")
    assert [c.kind for c in checks] == ["date-conflict"]
    assert "release" in checks[0].message


def test_accounts_said_to_disagree_on_the_date(build: Callable[..., Builder]) -> None:
    text = ("On May 4 our officers boarded a fishing boat in the bay, the coast guard said.\n\n"
            "A fishermen's union said guards had beaten the crew on May 3. "
            "The two accounts do not agree on the date of the encounter.")
    checks = _versions(build, text, (("boarded", "COERCE", "CHN", "May 4"),
                                     ("beaten", "ASSAULT", "CHN", "May 3")))
    assert len(checks) == 1
    assert sorted(checks[0].event_ids) == ["e1", "e2"]


def test_next_source_gives_a_different_time(build: Callable[..., Builder]) -> None:
    text = ("The rebel command said its gunners shelled the ferry on May 3.\n\n"
            "The port authority gave a different time. "
            "Its advisory says a shell fell into the harbour on May 4.")
    checks = _versions(build, text, (("shelled", "ASSAULT", "REB", "May 3"),
                                     ("fell", "ASSAULT", None, "May 4")))
    assert len(checks) == 1
    assert "e1" in checks[0].event_ids


def test_different_time_far_from_the_accounts_is_no_conflict(
        build: Callable[..., Builder]) -> None:
    text = ("The rebel command said its gunners shelled the ferry on May 3.\n\n"
            "Navy boats towed it out of the harbour. Divers searched the hull. "
            "Cranes lifted the cargo ashore.\n\n"
            "The port authority gave a different time for the reopening of the quay. "
            "A shell fell into the harbour on May 4, the mayor said.")
    checks = _versions(build, text, (("shelled", "ASSAULT", "REB", "May 3"),
                                     ("fell", "ASSAULT", None, "May 4")))
    assert checks == []


def test_acts_of_two_sides_on_two_days_are_no_conflict(build: Callable[..., Builder]) -> None:
    text = ("Rebels attacked the base on May 3, the army said. "
            "Army jets attacked rebel positions on May 4, a rebel commander said.")
    checks = _versions(build, text, (("attacked", "ASSAULT", "REB", "May 3"),
                                     ("attacked", "ASSAULT", "GOV", "May 4")))
    assert checks == []


def test_one_source_dating_two_acts_is_no_conflict(build: Callable[..., Builder]) -> None:
    assert _versions(build, "Troops raided the camp on May 3. They raided it again on May 5.") \
        == []


def test_the_writers_today_is_no_late_date(build: Callable[..., Builder]) -> None:
    # a press release returns to its own day between past events: that is no contradiction
    b = build(STORY.format(middle="The ministry today announced aid for the town."),
              published=dt.date(2021, 4, 20))
    b.event("raided", date=("March 3", "2021-03-03", "2021-03-03"))
    b.event("shelled", date=("March 4", "2021-03-04", "2021-03-04"))
    b.event("aid", type_="AID", date=("today", "2021-04-20", "2021-04-20"))
    b.event("fought", date=("From March 5 to March 9", "2021-03-05", "2021-03-09"),
            granularity="range")
    assert list(chronology(b.analysis)) == []


def test_act_named_again_with_another_day(build: Callable[..., Builder]) -> None:
    # one source puts the strike on the 3rd; the text later names "the Amgala strike of
    # 5 May" while the protester is another side: still one act, dated two ways
    text = ("A farmer says a drone hit his van near Amgala on the evening of 3 May.\n\n"
            "Algeria protested to the council after the Amgala strike of 5 May.")
    b = build(text, published=dt.date(2023, 5, 20))
    hit = b.event("hit", source="MAR", date=("3 May", "2023-05-03", "2023-05-03"))
    b.event("protested", type_="ACCUSE", source="DZA")
    b.event("strike", source="ESH", date=("5 May", "2023-05-05", "2023-05-05"))
    attribute(b.analysis)
    checks = list(versions(b.analysis))
    assert [c.kind for c in checks] == ["date-conflict"]
    assert hit.id in checks[0].event_ids


def test_two_strikes_of_two_sides_told_in_full_are_no_conflict(
        build: Callable[..., Builder]) -> None:
    text = ("A farmer says a drone hit his van near Amgala on the evening of 3 May.\n\n"
            "Rebel gunners struck a Moroccan post near Amgala on 5 May, the army said.")
    b = build(text, published=dt.date(2023, 5, 20))
    b.event("hit", source="MAR", date=("3 May", "2023-05-03", "2023-05-03"))
    b.event("struck", source="ESH", date=("5 May", "2023-05-05", "2023-05-05"))
    attribute(b.analysis)
    assert list(versions(b.analysis)) == []


SUMMARY = ("WEEKLY NOTE\n\n"
           "- Tue 3 Mar: bus convoy ambushed on the Kano-Zaria road near Dakasoye.\n\n"
           "1. ROAD AMBUSH\n\n"
           "On Wednesday 4 March gunmen blocked the Kano-Zaria road north of Dakasoye and "
           "fired on a convoy of buses.\n")


def test_summary_line_dating_the_act_another_day(build: Callable[..., Builder]) -> None:
    b = build(SUMMARY, published=dt.date(2026, 3, 9))
    fired = b.event("fired", date=("Wednesday 4 March", "2026-03-04", "2026-03-04"))
    checks = list(summaries(b.analysis))
    assert [c.kind for c in checks] == ["date-conflict"]
    assert checks[0].event_ids == [fired.id]


def test_summary_line_that_agrees_raises_nothing(build: Callable[..., Builder]) -> None:
    b = build(SUMMARY.replace("Wednesday 4 March", "Tuesday 3 March"),
              published=dt.date(2026, 3, 9))
    b.event("fired", date=("3 March", "2026-03-03", "2026-03-03"))
    assert list(summaries(b.analysis)) == []


def test_summary_line_about_other_places_raises_nothing(build: Callable[..., Builder]) -> None:
    text = SUMMARY.replace("Kano-Zaria road near Dakasoye", "Gusau road near Tsafe")
    b = build(text, published=dt.date(2026, 3, 9))
    b.event("fired", date=("4 March", "2026-03-04", "2026-03-04"))
    assert list(summaries(b.analysis)) == []


def test_day_counted_on_from_the_date_before_is_a_later_act(
        build: Callable[..., Builder]) -> None:
    # the release is dated by counting from the detention: two acts, not two versions of one
    checks = _versions(build, "The minister said a border guard had been detained by militia "
                              "men on May 2.\n\nThe guard was freed three days later, the "
                              "guard's union said.",
                       (("detained", "COERCE", None, "May 2"),
                        ("freed", "CONCEDE", None, "May 5")))
    assert checks == []


def test_same_gap_told_as_a_second_date_is_still_a_conflict(
        build: Callable[..., Builder]) -> None:
    checks = _versions(build, "The minister said a border guard had been detained by militia "
                              "men on May 2.\n\nThe guard's union said the guard was detained "
                              "on May 5.",
                       (("detained", "COERCE", None, "May 2"),
                        ("detained", "COERCE", None, "May 5")))
    assert [c.kind for c in checks] == ["date-conflict"]


def test_that_day_points_back_and_is_no_second_account(build: Callable[..., Builder]) -> None:
    # "that day" repeats the day told just before it, whatever the narrative's time is
    text = ("On May 1 rebels shelled the depot. The next morning they shelled the school.\n\n"
            "A rebel radio said army jets had bombed a market in Tula on May 6. The governor "
            "said he had heard of no bombing that day, and the army denied it.")
    checks = _versions(build, text, (("shelled", "ASSAULT", "REB", "May 1"),
                                     ("bombed", "ASSAULT", "GOV", "May 6")))
    assert checks == []


def test_a_gap_between_two_dates_is_not_a_third_date(build: Callable[..., Builder]) -> None:
    text = ("The navy says a mine sank the tug on May 3.\n\n"
            "The owners' notice puts the sinking on May 4, a day later than the navy's "
            "account.")
    checks = _versions(build, text, (("sank", "ASSAULT", None, "May 3"),))
    assert len(checks) == 1
    assert "2023-05-04" in checks[0].message and "2023-05-05" not in checks[0].message


@pytest.mark.parametrize("turn", ["offers an entirely different version",
                                  "gives a different timeline", "has a rival account"])
def test_another_version_told_next_dates_the_act_again(build: Callable[..., Builder],
                                                       turn: str) -> None:
    text = ("Villagers say shells fired by army gunners landed in their fields on May 3.\n\n"
            f"The army {turn}. Its spokesman said the battery "
            "began its exercise on May 5 and that no round left the range.")
    checks = _versions(build, text, (("landed", "ASSAULT", "GOV", "May 3"),
                                     ("began", "ASSAULT", "GOV", "May 5")))
    assert [c.kind for c in checks] == ["date-conflict"]


@pytest.mark.parametrize("later", [
    "in the early hours of May 4",
    "at about 01:30 on May 4",
    "shortly after midnight on May 4",
    "before dawn on May 4",
    "early on May 4",
])
def test_a_night_running_past_midnight_is_no_conflict(build: Callable[..., Builder],
                                                     later: str) -> None:
    # one night, told from its evening by one side and from its small hours by the other
    text = ("Villagers say shells fired by army gunners landed in their fields late on the "
            "night of May 3.\n\n"
            "The army gives a different account. Its spokesman said the battery fired "
            f"{later} at a rebel camp across the valley.")
    checks = _versions(build, text, (("landed", "ASSAULT", "GOV", "May 3"),
                                     ("fired", "ASSAULT", "GOV", "May 4")))
    assert checks == []


@pytest.mark.parametrize("earlier", ["in the early hours of May 3", "on the evening of May 3"])
def test_small_hours_of_two_days_still_conflict(build: Callable[..., Builder],
                                                earlier: str) -> None:
    # the small hours of two days, or an evening and the small hours after it: two times
    text = ("Villagers say shells fired by army gunners landed in their fields "
            f"{earlier}.\n\n"
            "The army gives a different account. Its spokesman said the battery fired at "
            "about 02:00 on May 4 at a rebel camp across the valley.")
    checks = _versions(build, text, (("landed", "ASSAULT", "GOV", "May 3"),
                                     ("fired", "ASSAULT", "GOV", "May 4")))
    assert [c.kind for c in checks] == ["date-conflict"]


def test_end_of_a_reporting_window_is_not_the_day_of_the_act(
        build: Callable[..., Builder]) -> None:
    text = ("Medics said the shelling of the camp killed four people on May 3.\n\n"
            "The health office gave a different account. Shelling killed six people in the "
            "district {window} May 4, its bulletin shows.")
    events = (("shelling", "ASSAULT", None, "May 3"), ("Shelling", "ASSAULT", None, "May 4"))
    assert _versions(build, text.format(window="in the 24 hours to 8 a.m. on"), events) == []
    # the same words dating the act itself do conflict
    assert len(_versions(build, text.format(window="at 8 a.m. on"), events)) == 1


@pytest.mark.parametrize("told", [
    "Gunmen killed up to 30 villagers on",
    "Gunmen held the hamlet until soldiers retook it on",
])
def test_up_to_a_count_or_until_a_clause_still_dates_the_act(
        build: Callable[..., Builder], told: str) -> None:
    # "up to" before a count and "until" before a clause of its own are no tally window
    text = ("Clinic staff said gunmen killed eleven villagers in Dogon Daji on May 3.\n\n"
            f"The district office gave a different account. {told} May 5, its bulletin says.")
    events = (("killed", "ASSAULT", None, "May 3"),
              (told.split()[1], "ASSAULT", None, "May 5"))
    assert [c.kind for c in _versions(build, text, events)] == ["date-conflict"]


@pytest.mark.parametrize("window", ["until", "in the week up to"])
def test_a_stretch_closing_on_a_date_is_no_act_day(build: Callable[..., Builder],
                                                     window: str) -> None:
    text = ("Clinic staff said gunmen killed eleven villagers in Dogon Daji on May 3.\n\n"
            "The district office gave a different account. Raids killed 40 people in the "
            f"district {window} May 5, its bulletin says.")
    events = (("killed", "ASSAULT", None, "May 3"), ("killed", "ASSAULT", None, "May 5"))
    assert _versions(build, text, events) == []


@pytest.mark.parametrize("turn", [
    "The finance minister told a different story about the budget.",
    "It was a different time for the valley.",
])
def test_another_story_about_another_matter_is_no_second_version(
        build: Callable[..., Builder], turn: str) -> None:
    text = ("Herders say militiamen burned their camp near Sake on May 3.\n\n"
            f"{turn} Officials said the militiamen raided a farm by the lake on May 5.")
    events = (("burned", "ASSAULT", "MIL", "May 3"), ("raided", "ASSAULT", "MIL", "May 5"))
    assert _versions(build, text, events) == []


def test_another_story_of_the_raid_is_a_second_version(build: Callable[..., Builder]) -> None:
    text = ("Herders say militiamen burned their camp near Sake on May 3.\n\n"
            "The provincial police tell a different story of the raid. Officials said the "
            "militiamen raided a farm by the lake on May 5.")
    events = (("burned", "ASSAULT", "MIL", "May 3"), ("raided", "ASSAULT", "MIL", "May 5"))
    assert [c.kind for c in _versions(build, text, events)] == ["date-conflict"]


def _dated_versions(build: Callable[..., Builder], text: str,
                    events: tuple[tuple[str, str, str], ...]) -> list[Check]:
    b = build(text, published=dt.date(2023, 5, 20))
    for word, type_, day in events:
        b.event(word, type_=type_, date=(day, "2023-05-0" + day[-1], "2023-05-0" + day[-1]))
    attribute(b.analysis)
    return list(dated_versions(b.analysis))


@pytest.mark.parametrize("text,first,day", [
    ("Raiders torched a customs office outside Dori on May 6, border guards reported. A "
     "leaflet from the movement boasted of a raid it dated to May 4.", "torched", "May 6"),
    ("Militiamen raided the hamlet of Tora on May 5, villagers told reporters. The militia "
     "itself spoke of a raid it dated to May 3, saying no villager was harmed.", "raided",
     "May 5"),
    ("On May 6 an air strike hit a fuel depot outside the port, according to the harbour "
     "master. The air force described a strike that it timed at noon on May 5.", "hit",
     "May 6"),
])
def test_a_side_dating_the_act_another_source_told_differently(
        build: Callable[..., Builder], text: str, first: str, day: str) -> None:
    checks = _dated_versions(build, text, ((first, "ASSAULT", day),))
    assert [(c.kind, c.severity) for c in checks] == [("date-conflict", "warning")]


@pytest.mark.parametrize("text", [
    # the evening of one day against the small hours of the next, however the evening is
    # worded: one policy, a soft note that it may be one night
    "A mortar round struck a clinic at Bunia in the early hours of May 7, nurses said. The "
    "insurgents, in a message to reporters, owned a strike they dated to late on May 6.",
    "Around 3 a.m. on May 7, a grenade wrecked a bar in the old town, the mayor said. A "
    "gang later bragged of a blast it dated to the night of May 6.",
])
def test_a_side_dating_the_act_a_night_off_is_a_soft_note(
        build: Callable[..., Builder], text: str) -> None:
    first = "struck" if "struck" in text else "wrecked"
    checks = _dated_versions(build, text, ((first, "ASSAULT", "May 7"),))
    assert [(c.kind, c.severity) for c in checks] == [("date-conflict", "info")]


@pytest.mark.parametrize("text,first,day", [
    # the same day
    ("Shells fell on the market at Kidal on May 4, traders said. The army mentioned a "
     "bombardment it dated to May 4.", "fell", "May 4"),
    # another kind of act
    ("Shells fell on the market at Kidal on May 4, traders said. The town council spoke "
     "of a rally it dated to May 2.", "fell", "May 4"),
    # "set up", "put in motion": not verbs of dating
    ("Bandits ambushed a bus near Kaya on May 5, drivers said. The band said the ambush, "
     "set up at the bridge on May 4, netted two rifles.", "ambushed", "May 5"),
    ("Troops stormed a camp outside Kiri on May 6, residents said. The army described an "
     "assault it put in motion on May 5.", "stormed", "May 6"),
    ("Troops stormed a camp outside Kiri on May 6, residents said. Officers spoke of an "
     "assault they placed under a new commander on May 5.", "stormed", "May 6"),
])
def test_a_sides_own_date_agreeing_or_of_another_act_is_no_conflict(
        build: Callable[..., Builder], text: str, first: str, day: str) -> None:
    assert _dated_versions(build, text, ((first, "ASSAULT", day),)) == []


def test_a_source_dating_its_own_telling_again_is_no_conflict(
        build: Callable[..., Builder]) -> None:
    # the one source tells the act twice: no second account
    text = ("On May 4, gunmen opened fire on a police post, the police said. The police "
            "said the attack, which they dated to May 3 in a first bulletin, was planned.")
    assert _dated_versions(build, text, (("opened", "ASSAULT", "May 4"),)) == []


# --- one act told twice on two days -------------------------------------------------------

def _retold(pipeline: Any, text: str) -> list[Check]:
    analysis = pipeline(Document(text=text, published=dt.date(2025, 3, 13)))  # a Thursday
    return list(retold(analysis))


@pytest.mark.parametrize("text", [
    # a definite noun names the act again, in another source's words
    "Gunmen stormed a police post in Kaya on Monday and killed three officers, the governor "
    "said. A communique from the interior ministry put the attack on Sunday.",
    # a summary line against the body, tied by the count of people taken
    "KEY POINTS\n\n- Militants kidnapped 14 farm workers near Dikwa on 9 March, according "
    "to community leaders.\n\nDETAIL\n\nOn 10 March, armed men seized 14 farm workers "
    "from a rice field, a survivor told our team.",
    # two sources, one named place
    "Soldiers raided the hamlet of Tangaye on 4 March, villagers said. An army officer "
    "said his men had raided Tangaye on 5 March in a hunt for rifles.",
])
def test_one_act_told_twice_on_two_days(pipeline: Any, text: str) -> None:
    checks = _retold(pipeline, text)
    assert [(c.kind, c.severity) for c in checks] == [("date-conflict", "warning")]
    assert checks[0].event_ids


@pytest.mark.parametrize("text", [
    # the act done again on the next day
    "Artillery shelled Kidal on Monday, residents said. The army shelled Kidal again on "
    "Tuesday, a spokesman said.",
    # one night told from its evening and from its small hours
    "Fighters attacked a checkpoint at Menaka late on 3 March, a local official said. The "
    "army said the attack at Menaka ended before dawn on 4 March.",
    # a day counted on from the one before: a later act
    "Rebels ambushed a convoy near Rutshuru on 2 March, the mission said. Two days later, "
    "rebels ambushed a convoy near Rutshuru again, officials said.",
    # one teller, two acts
    "Police said gunmen robbed a bank in Kano on Monday. Police said gunmen attacked a "
    "church in Kano on Tuesday.",
    # two sources, one place, two different acts
    "Soldiers burned dozens of huts in Tangaye on 4 March, villagers said. An army officer "
    "said his men had arrested a smuggler in Tangaye on 5 March.",
    # a definite noun naming an act at another place
    "Gunmen attacked a church in Kano on Monday, police said. An army statement put the "
    "raid in Kaduna on Tuesday.",
    # no hostile act at all
    "The minister visited Kidal on Monday, aides said. The president toured Kidal on "
    "Tuesday, officials said.",
    # the day dates a word about the act (a condemnation), not the act it names
    "Border guards seized five herders near Zugdidi on Monday. Dozens of traders were turned "
    "back at the Zugdidi bridge on Wednesday. The ministry condemned the seizures in a "
    "statement on Tuesday.",
    # two bodies' names share "Ministry", not a place
    "- Police detained 9 smugglers at Ayutla on Tuesday, the Interior Ministry said.\n"
    "- Soldiers arrested two drivers at El Carmen on Wednesday, the Public Ministry said.",
])
def test_two_acts_or_one_night_are_not_one_act_told_twice(pipeline: Any, text: str) -> None:
    assert _retold(pipeline, text) == []


BACKGROUND = (
    "In 2019 rebels raided the depot near the lake. "
    "{middle} "
    "In late September 2020 both sides fought along the river."
)


# A date read off the day of publication ("on Saturday", "yesterday") writes no day, month or
# year the text could get wrong: told between background years, it is the story's present.
@pytest.mark.parametrize(("middle", "word", "words", "basis"), [
    ("China said on Saturday that its coast guard expelled the boats.", "expelled", "Saturday",
     "inherited"),
    ("Officials said yesterday that the army shelled the camp.", "shelled", "yesterday",
     "inherited"),
    ("The ministry said on Sunday that troops had blockaded the road.", "blockaded", "Sunday",
     "inherited"),
])
def test_a_date_read_off_publication_is_not_late_against_background(
        build: Callable[..., Builder], middle: str, word: str, words: str, basis: str) -> None:
    b = build(BACKGROUND.format(middle=middle), published=dt.date(2026, 6, 10))
    b.event("raided", date=("2019", "2019-01-01", "2019-12-31"), granularity="year")
    e = b.event(word, date=(words, "2026-06-06", "2026-06-06"))
    assert e.date is not None
    e.date = dataclasses.replace(e.date, basis=basis)
    b.event("fought", date=("late September 2020", "2020-09-21", "2020-09-30"),
            granularity="range")
    assert list(chronology(b.analysis)) == []


@pytest.mark.parametrize(("middle", "word", "words", "basis"), [
    ("On 6 June 2026 the coast guard expelled the boats.", "expelled", "6 June 2026", "explicit"),
    ("The ministry said on 6 June that troops had blockaded the road.", "blockaded", "6 June",
     "inherited"),
])
def test_a_written_date_later_than_the_background_is_still_flagged(
        build: Callable[..., Builder], middle: str, word: str, words: str, basis: str) -> None:
    b = build(BACKGROUND.format(middle=middle), published=dt.date(2026, 6, 10))
    b.event("raided", date=("2019", "2019-01-01", "2019-12-31"), granularity="year")
    e = b.event(word, date=(words, "2026-06-06", "2026-06-06"))
    assert e.date is not None
    e.date = dataclasses.replace(e.date, basis=basis)
    b.event("fought", date=("late September 2020", "2020-09-21", "2020-09-30"),
            granularity="range")
    assert len(list(chronology(b.analysis))) == 1


# --- a date the text corrects in so many words -------------------------------------------

def _corrected(pipeline: Any, text: str) -> list[Check]:
    analysis = pipeline(Document(text=text, published=dt.date(2025, 3, 13)))  # a Thursday
    return list(corrected(analysis))


@pytest.mark.parametrize("text", [
    "A video claims that jets bombed the market in Kutum on Monday. In fact the market was "
    "bombed on Tuesday afternoon, not on Monday, according to satellite images.",
    "The shelling of the clinic in Tawila happened on 9 March rather than on 10 March, "
    "the monitors found.",
    "Rebels ambushed the convoy on Tuesday, not Monday, the police said.",
])
def test_a_date_the_text_corrects_is_a_date_conflict(pipeline: Any, text: str) -> None:
    checks = _corrected(pipeline, text)
    assert [(c.kind, c.severity) for c in checks] == [("date-conflict", "warning")]
    assert checks[0].event_ids


@pytest.mark.parametrize("text", [
    # a date set against another with no hostile act
    "The summit opened on Tuesday, not on Monday as first planned.",
    # "not" denies the act, it corrects no date
    "Troops shelled the village on Monday. They did not fire on Tuesday.",
    # one date only
    "The army said it struck the depot on Monday, not the hospital.",
])
def test_no_corrected_date_without_an_act_and_two_days(pipeline: Any, text: str) -> None:
    assert _corrected(pipeline, text) == []
