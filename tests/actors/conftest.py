"""Shared fixtures for the actor tests: one actors-only pipeline, the seed and corpus texts."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from warpath.document import Document
from warpath.pipeline import Config, Pipeline

SHARED = Path(os.environ.get("WARPATH_SHARED")
              or Path(__file__).resolve().parents[2] / ".." / "shared")


def corpus_document(path: Path) -> Document:
    """A corpus text: YAML front matter between `---` lines, then the body."""
    raw = path.read_text(encoding="utf-8")
    _, front, body = raw.split("---\n", 2)
    published = None
    for line in front.splitlines():
        if line.startswith("published:"):
            published = dt.date.fromisoformat(line.split(":", 1)[1].strip().strip('"'))
    return Document(text=body.strip(), published=published, origin=str(path))


def corpus_pairs() -> list[tuple[Path, Path]]:
    text_dir, gold_dir = SHARED / "corpus" / "text", SHARED / "corpus" / "gold"
    return [(t, gold_dir / (t.stem + ".json")) for t in sorted(text_dir.glob("*.txt"))
            if (gold_dir / (t.stem + ".json")).exists()]


def gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def actor_pipeline() -> Pipeline:
    return Pipeline(Config(stages=("actors",)))


@pytest.fixture(scope="session")
def seed_analysis(actor_pipeline):
    files = sorted((SHARED / "seed").glob("*.txt"))
    if not files:
        pytest.skip("seed article not available")
    text = files[0].read_text(encoding="utf-8")
    body = text[text.index("Though it narrowly"):]
    return actor_pipeline(Document(text=body))
