"""Plain-text reader: encodings, front matter overriding detection, links in the clean body."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.ingest.helpers import Writer, document, failure
from warpath.ingest import read_string
from warpath.ingest.text import decode

STORY = """Militia convoy hit near Deir ez-Zor

By Sami Khoury | Levant Ledger

Published: 2 February 2024

Air strikes hit a militia convoy near the Syrian city of Deir ez-Zor early on Friday, killing
at least six fighters, a war monitor said. The [monitor's report](https://example.org/r/1) gave
no details on who carried out the strikes.

**No group** has claimed the attack. A local commander said his forces would retaliate.
"""


def test_text_file_metadata_and_body(write: Writer) -> None:
    doc = document(write("story.txt", STORY))
    assert doc.title == "Militia convoy hit near Deir ez-Zor"
    assert doc.author == "Sami Khoury"
    assert doc.outlet == "Levant Ledger"
    assert doc.published == dt.date(2024, 2, 2)
    assert doc.text.startswith("Air strikes hit a militia convoy")
    # wrapped lines inside a paragraph are joined with spaces, paragraphs by a blank line
    assert "killing at least six fighters" in doc.text
    assert "\n\nNo group has claimed the attack." in doc.text
    assert doc.origin and doc.origin.endswith("story.txt")


def test_links_carry_offsets_into_the_clean_body(write: Writer) -> None:
    doc = document(write("story.md", STORY))
    (link,) = doc.links
    assert doc.text[link.start:link.end] == link.text == "monitor's report"
    assert link.url == "https://example.org/r/1"


def test_front_matter_overrides_detection(write: Writer) -> None:
    text = ("---\ntitle: Convoy struck\noutlet: The Front Matter Times\npublished: 2024-02-03\n"
            "url: https://example.org/convoy\nlicense: CC-BY\n---\n" + STORY)
    doc = document(write("fm.txt", text))
    assert doc.title == "Convoy struck"
    assert doc.outlet == "The Front Matter Times"
    assert doc.published == dt.date(2024, 2, 3)
    assert doc.url == "https://example.org/convoy"
    assert doc.author == "Sami Khoury"  # not in the front matter: detected
    assert doc.meta["front_matter"] == {"license": "CC-BY"}


def test_published_argument_overrides_everything(write: Writer) -> None:
    doc = document(write("story.txt", STORY), published=dt.date(2030, 1, 1))
    assert doc.published == dt.date(2030, 1, 1)


def test_legacy_encoding_is_detected(write: Writer) -> None:
    text = ("Le ministre a déclaré que les négociations reprendraient à Genève la semaine "
            "prochaine, après l'échec des pourparlers de mardi. Des frappes ont touché la région.")
    doc = document(write("latin1.txt", text.encode("cp1252")))
    assert "négociations" in doc.text
    assert doc.meta["encoding"].lower().replace("_", "-") in {"cp1252", "windows-1252",
                                                                "iso-8859-1", "latin-1"}
    assert doc.language == "fr"


def test_read_string_serves_short_snippets() -> None:
    doc = read_string("Israel struck targets in Gaza on Monday")
    assert doc.text == "Israel struck targets in Gaza on Monday"
    assert doc.origin == "<string>"


def test_decode_utf8_and_bom() -> None:
    assert decode("déjà".encode())[0] == "déjà"
    assert decode(b"\xef\xbb\xbfhello")[0] == "hello"
    assert decode("hello".encode("utf-16"))[0] == "hello"


def test_empty_and_whitespace_files_fail(write: Writer) -> None:
    assert "empty" in failure(write("empty.txt", "")).reason
    assert "empty" in failure(write("blank.txt", "\n  \n\t\n")).reason


def test_front_matter_without_body_fails(tmp_path: Path) -> None:
    path = tmp_path / "only-fm.md"
    path.write_text("---\ntitle: x\n---\n")
    assert "no text" in failure(path).reason


def test_a_fact_box_is_kept_aside_for_the_checks() -> None:
    # Written for this test: an encyclopedia-style page with a fact box before the prose.
    page = (
        "Fact box\n- Title: Harbor shelling\n- Date: 2 May 2022, 5 May 2022\n"
        "- Casualties: 4\n\n"
        "The harbor shelling comprised two artillery strikes on the port district in May 2022,"
        " carried out during the siege of the city.\n\n"
        "The first strike came on 2 May and the second on 6 May, when four dockworkers died.\n"
    )
    doc = read_string(page)
    assert doc.meta["infobox"]["Date"] == "2 May 2022, 5 May 2022"
    assert "Fact box" not in doc.text and "Casualties:" not in doc.text
