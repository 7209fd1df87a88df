"""Lines that hold only a date (session 10, round 2): a timeline's first heading, set apart
from its entry by a blank line, opens the body like the later ones; a day alone above a
record ("Wednesday 4 March 2026" over a sitting) is taken off the text but kept in the
document's meta as the day the text was issued, for the time stage. Texts are our own."""

from __future__ import annotations

import datetime as dt

from warpath.ingest.clean import clean
from warpath.ingest.markup import to_lines
from warpath.ingest.text import document_from_text

LEAD = "Relations between the two river states have soured in stages, set out below in order."


def test_a_timelines_first_heading_stays_when_a_blank_line_follows_it() -> None:
    text = f"""{LEAD}

3 March 2022

A border guard is shot dead near the ford and each side blames the other for the killing.

April 2023

The two ministers meet in a neutral capital and agree to reopen the consulates.

11 June 2024

Soldiers from both sides exchange fire across the river for most of a night."""
    cleaned = clean(to_lines(text))
    assert "3 March 2022" in cleaned.text
    assert "11 June 2024" in cleaned.text


def test_a_timeline_of_two_dated_entries_keeps_both_headings() -> None:
    text = f"""{LEAD}

Friday 9 May 2025

Fishermen from the island are detained by a coastguard cutter and their nets are taken.

Monday 12 May 2025

The detained fishermen are released after their families pay a fine at the harbour office."""
    cleaned = clean(to_lines(text))
    assert "Friday 9 May 2025" in cleaned.text and "Monday 12 May 2025" in cleaned.text


def test_a_single_date_under_a_standfirst_is_still_header_matter() -> None:
    text = f"""{LEAD}

14 October 2025

The ministry of water said on Monday that it would publish the flow figures every week."""
    cleaned = clean(to_lines(text))
    assert "14 October 2025" not in cleaned.text


def test_a_day_alone_above_a_record_is_kept_as_the_day_it_was_issued() -> None:
    text = """Legislative Assembly
Wednesday 4 March 2026

Ms Ferreira asked the minister whether the patrol boats had been sent to the bay yesterday.

The Minister: They were, and they will stay there until the fishing season is over."""
    doc = document_from_text(text, published=dt.date(2026, 3, 6))
    assert doc.meta.get("issued") == "Wednesday 4 March 2026"
    assert "2026" not in doc.text  # out of the event text


def test_a_labelled_update_line_is_no_day_of_issue() -> None:
    text = """Water row deepens

Updated: 3 March 2026

The ministry of water said on Monday that it would publish the flow figures every week, a
step the farmers' union welcomed as overdue."""
    doc = document_from_text(text, published=dt.date(2026, 3, 6))
    assert "issued" not in doc.meta


def test_two_date_lines_in_the_header_give_no_day_of_issue() -> None:
    text = """Session of 2 March 2026
Continued on 3 March 2026

The chair opened the debate on the border budget and gave the floor to the minister of defence."""
    doc = document_from_text(text, published=dt.date(2026, 3, 6))
    assert "issued" not in doc.meta
