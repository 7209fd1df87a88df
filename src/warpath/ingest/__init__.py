"""Readers turn any input (path, directory, URL, feed, WARC) into `Document`s.

`read(inputs)` yields a `Document` per article, or a `Failure` naming the input and a one-line
reason, so one bad input never stops a batch. `read_string` and `document_from_html` serve the
library API. Every reader ends in the same cleaner (`clean.py`) and metadata rules
(`metadata.py`), so text and HTML get the same boilerplate removal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import unquote, urlparse

from warpath.document import Document
from warpath.ingest.errors import Failure, IngestError, Limits
from warpath.ingest.html import document_from_html
from warpath.ingest.paths import guarded, read_path
from warpath.ingest.text import document_from_text
from warpath.ingest.url import read_url

__all__ = ["Failure", "IngestError", "Limits", "document_from_html", "read", "read_string"]

_SCHEME = re.compile(r"^[a-zA-Z][\w+.-]*://|^(?:mailto|data|javascript):")


def read(
    inputs: Iterable[str], published: dt.date | None = None, *, limits: Limits | None = None
) -> Iterator[Document | Failure]:
    """Documents from each input, in order. `published` overrides every detected date."""
    limits = limits or Limits.from_env()
    for item in inputs:
        item = str(item)
        if item.lower().startswith("file://"):
            local = Path(unquote(urlparse(item).path))
            yield from guarded(item, lambda p=local: read_path(p, limits, published))
        elif _SCHEME.match(item):
            yield from guarded(item, lambda u=item: read_url(u, limits, published))
        else:
            yield from guarded(item, lambda p=Path(item): read_path(p, limits, published))


def read_string(
    text: str, origin: str = "<string>", published: dt.date | None = None
) -> Document:
    """One document from a string (plain text, Markdown, or front matter + text)."""
    if not text or not text.strip():
        raise IngestError("empty input: no text")
    return document_from_text(text, origin=origin, published=published)
