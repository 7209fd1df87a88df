"""Plain-text reader (placeholder: UTF-8 only, no front matter)."""

from __future__ import annotations

from pathlib import Path

from warpath.document import Document
from warpath.ingest import IngestError


def read_text_file(path: Path) -> Document:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(f"cannot read {path}: {exc}") from exc
    if not text.strip():
        raise IngestError(f"{path} is empty")
    return Document(text=text.strip(), origin=str(path))
