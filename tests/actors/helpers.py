"""Helpers for the actor tests: corpus texts with their gold files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from tests.conftest import SHARED
from warpath.document import Document


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


def gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
