"""The seed article and the corpus texts in ../shared, read at test time (never copied)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from tests.conftest import shared_path
from tests.ingest.helpers import document
from warpath.document import Document


@pytest.fixture(scope="module")
def seed() -> Document:
    path = shared_path("seed", "000_4acd0599d92a044f.txt")
    return document(path)


def _paragraphs(path: Path) -> list[str]:
    return [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def test_seed_metadata(seed: Document) -> None:
    assert seed.title == (
        "Pompeo and Netanyahu Paved a Path to War with Iran, and They're Pushing Trump Again"
    )
    assert seed.author == "Gareth Porter"
    assert seed.outlet == "Global Research"
    assert seed.original_source == "The Grayzone"
    assert seed.published == dt.date(2020, 3, 23)  # this copy's date, not the original's
    assert seed.meta["original_published"] == "2020-03-20"
    assert seed.language == "en"


def test_seed_body_runs_from_first_to_last_paragraph(seed: Document) -> None:
    assert seed.text.startswith("Though it narrowly")
    assert seed.text.rstrip().endswith("when the provocation occurs.")
    assert seed.text.splitlines()[-1].startswith("Activists and members of Congress")


def test_seed_body_has_no_boilerplate(seed: Document) -> None:
    # Every paragraph of the source after the last body paragraph is footer: none may remain.
    paragraphs = _paragraphs(shared_path("seed", "000_4acd0599d92a044f.txt"))
    last = next(i for i, p in enumerate(paragraphs) if p.startswith("Activists and members"))
    for footer in paragraphs[last + 1:]:
        lines = re.sub(r"\]\(#\)|[\[*]", "", footer).splitlines()
        probe = lines[0][:40] if lines else ""
        if len(probe) > 12:
            assert probe not in seed.text, footer[:60]
    lowered = seed.text.lower()
    for marker in ("note to readers", "isbn", "disclaimer", "media inquiries", "copyright",
                   "click here to order", "screenshot from", "region:", "theme:"):
        assert marker not in lowered
    removed = seed.meta["removed"]
    for kind in ("share", "ad", "disclaimer", "contact", "copyright", "crosspost", "donation"):
        assert removed.get(kind), kind


def test_seed_keeps_section_headings_and_repairs_split_sentences(seed: Document) -> None:
    assert "\n\nTowards another provocation\n\n" in seed.text
    # the source breaks a sentence over a blank line; the body joins it back
    assert "that Bolton and Pompeo were pushing" in seed.text


def test_seed_links_point_at_their_anchor_text(seed: Document) -> None:
    # the seed's link targets are blanked to "#", but the linked words are kept and recorded
    assert seed.links and all(link.url == "#" for link in seed.links)
    for link in seed.links:
        assert seed.text[link.start:link.end] == link.text
    assert "complaining privately" in {link.text for link in seed.links}


CORPUS = sorted(p.stem for p in shared_path("corpus", "text").glob("*.txt"))


@pytest.mark.parametrize("name", CORPUS)
def test_corpus_document_gold(name: str) -> None:
    gold = json.loads(shared_path("corpus", "gold", f"{name}.json").read_text())
    doc = document(shared_path("corpus", "text", f"{name}.txt"))
    want = gold["document"]
    assert want["title_contains"] in (doc.title or "")
    if want["published_any_of"]:
        assert doc.published is not None
        assert doc.published.isoformat() in want["published_any_of"]
    for quote in want["body_must_contain"]:
        assert quote in doc.text
    for outlet in want.get("outlet_any_of", []):
        assert outlet in (doc.outlet or "")
    # cleaning must never cut an annotated event out of the body
    for event in gold.get("events", []):
        assert event["quote"] in doc.text, event["id"]
    assert doc.language == "en"
