"""Metadata rules: bylines, datelines, cross-posting notes, titles, outlets, on several layouts."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ingest.helpers import ARTICLES, Writer, document
from warpath.ingest import read_string
from warpath.ingest.dates import date_only, find_dates
from warpath.ingest.metadata import source_name
from warpath.ingest.names import parse_byline

D = dt.date

# file: (title, author, published, outlet, original source)
EXPECTED = {
    "wire-report.txt": ("Rocket fire kills four near Lebanese border as Israel vows response",
                        "Nadia Haddad and Tom Whitlow", D(2024, 6, 3), "Meridian Wire", None),
    "press-release.txt": (
        "Lithuania imposes sanctions on twelve officials over crackdown on protesters in Belarus",
        None, D(2024, 2, 14), "Ministry of Foreign Affairs of the Republic of Lithuania", None),
    "analysis.md": ("Why the Black Sea grain talks keep stalling", "Elena Varga", D(2024, 3, 4),
                    "The Strait Review", None),
    "liveblog.txt": ("Armenia-Azerbaijan border: clashes near Jermuk", None, D(2023, 9, 12), None,
                     None),
    "crosspost.txt": ("Sahel junta expels French envoy as jihadist attacks mount",
                      "Amadou Sissoko", D(2023, 11, 8), "Africa Monitor Online", "Sahel Dispatch"),
    "protest-report.txt": ('Tbilisi police disperse protest against "foreign agents" bill',
                           "Levan Beridze", D(2023, 3, 8), "Black Sea Courier",
                           "The Caucasus Ledger"),
    "border-clash.html": ("Kyrgyz and Tajik troops clash at border; 24 dead, talks planned",
                          "Dilnoza Rakhimova", D(2022, 9, 16), "Central Asia Times", None),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_metadata(name: str) -> None:
    doc = document(ARTICLES / name)
    title, author, published, outlet, original = EXPECTED[name]
    assert (doc.title, doc.author, doc.published, doc.outlet, doc.original_source) == (
        title, author, published, outlet, original)
    assert doc.language == "en"


def test_crossposted_copy_keeps_its_own_date_and_notes_the_original() -> None:
    doc = document(ARTICLES / "crosspost.txt")
    assert doc.published == D(2023, 11, 8)  # "Outlet, November 8, 2023" comes first
    assert doc.meta["original_published"] == "2023-11-06"


def test_wire_dateline_place_is_recorded() -> None:
    doc = document(ARTICLES / "wire-report.txt")
    assert doc.meta["dateline"] == "KIRYAT SHMONA, Israel"


def test_wire_dateline_date_is_a_last_resort() -> None:
    doc = read_string("WASHINGTON (Jan. 8, 2020) -- Officials said the missiles struck two bases "
                      "overnight and that nobody was killed.")
    assert doc.published == D(2020, 1, 8)
    assert doc.meta["dateline"] == "WASHINGTON"


@pytest.mark.parametrize(("line", "author", "extras"), [
    ("By Jane Roe", "Jane Roe", {}),
    ("BY JANE ROE AND JOHN POE", "Jane Roe and John Poe", {}),
    ("By Amal Haddad, Staff Writer", "Amal Haddad", {"role": "Staff Writer"}),
    ("By Amal Haddad, Reuters", "Amal Haddad", {"agency": "Reuters"}),
    ("By Amal Haddad | The Gulf Post | May 2, 2024", "Amal Haddad",
     {"organisation": "The Gulf Post", "date": "2024-05-02"}),
    ("Author: Omar al-Masri", "Omar al-Masri", {}),
    ("Omar al-Masri | Levant Ledger", "Omar al-Masri", {"organisation": "Levant Ledger"}),
    ("By Mariam Tahir in Kyiv", "Mariam Tahir", {"place": "Kyiv"}),
])
def test_bylines(line: str, author: str, extras: dict[str, str]) -> None:
    assert parse_byline(line) == (author, extras)


@pytest.mark.parametrize("line", [
    "By Tuesday, the fighting had spread to three districts.",
    "By the end of the week",
    "Global Research, March 23, 2020",
])
def test_not_bylines(line: str) -> None:
    assert parse_byline(line)[0] is None


@pytest.mark.parametrize(("line", "source"), [
    ("The original source of this article is Harbour Weekly", "Harbour Weekly"),
    ("This article was originally published by The Kabul Letter on May 3, 2021.",
     "The Kabul Letter"),
    ("This piece first appeared on Balkan Insight Review, and is reposted with permission.",
     "Balkan Insight Review"),
    ("First published at The Caucasus Ledger, reprinted here with permission.",
     "The Caucasus Ledger"),
    ("Originally published in Foreign Desk Quarterly.", "Foreign Desk Quarterly"),
    ("Republished from The Conversation under a Creative Commons license.", "The Conversation"),
    ("Source: https://www.example-news.org/story/1", "example-news.org"),
])
def test_original_source_notes(line: str, source: str) -> None:
    assert source_name(line) == source


def test_front_matter_date_wins_over_header(write: Writer) -> None:
    path = write("x.txt", "---\npublished: 2021-01-01\n---\nTitle of the piece here\n\n"
                 "Published: 5 May 2022\n\nThe army said two soldiers were killed in an ambush "
                 "near the border on Monday.\n")
    assert document(path).published == D(2021, 1, 1)


@pytest.mark.parametrize(("text", "date"), [
    ("March 23, 2020", D(2020, 3, 23)),
    ("23 March 2020", D(2020, 3, 23)),
    ("Sept. 27, 2020", D(2020, 9, 27)),
    ("2020-01-08T10:00:00+02:00", D(2020, 1, 8)),
    ("Updated 14:32 GMT, 3 October 2020", D(2020, 10, 3)),
    ("Monday, Jan. 8, 2020 at 10:45 a.m. EST", D(2020, 1, 8)),
])
def test_date_lines(text: str, date: dt.date) -> None:
    assert date_only(text) == date


def test_ambiguous_and_glued_dates_are_not_guessed() -> None:
    assert find_dates("08/01/2020") == []  # day-month order unknowable
    assert find_dates("DateJune 20, 2019") == []  # an infobox cell, not a dateline
    assert date_only("Date: 4 October 2020, 8 October 2020") is None
