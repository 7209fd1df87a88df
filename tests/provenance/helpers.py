"""Reading the shared texts for provenance tests.

Uses the ingest readers; while they do not yet strip YAML front matter or turn Markdown links
into `Document.links`, a minimal fallback here does, so the tests exercise provenance only.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from warpath import ingest
from warpath.document import Document, Link

SHARED = Path(os.environ.get("WARPATH_SHARED")
              or Path(__file__).resolve().parents[2] / ".." / "shared")
LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)\)")
EMPHASIS = re.compile(r"\*\*(.+?)\*\*")


def read(path: Path) -> Document:
    result = next(iter(ingest.read([str(path)])))
    assert isinstance(result, Document), result
    if not result.text.startswith("---") and "](" not in result.text:
        return result
    return _fallback(path.read_text(encoding="utf-8"))


def _fallback(raw: str) -> Document:
    meta: dict[str, str] = {}
    if raw.startswith("---"):
        head, raw = raw[3:].split("\n---\n", 1)
        for line in head.splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip().strip('"')
    raw = EMPHASIS.sub(r"\1", raw.strip())
    out: list[str] = []
    links: list[Link] = []
    pos = 0
    size = 0
    for m in LINK.finditer(raw):
        out.append(raw[pos:m.start()])
        size += m.start() - pos
        links.append(Link(size, size + len(m.group(1)), m.group(1), m.group(2)))
        out.append(m.group(1))
        size += len(m.group(1))
        pos = m.end()
    out.append(raw[pos:])
    published = meta.get("published")
    return Document(
        text="".join(out), title=meta.get("title"), outlet=meta.get("outlet"),
        url=meta.get("url"), links=links,
        published=dt.date.fromisoformat(published) if published else None,
    )
