"""Files and directories: pick a reader by extension (or by content when there is none)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from warpath.document import Document
from warpath.ingest.errors import Failure, IngestError, Limits

TEXT = (".txt", ".text", ".md", ".markdown")
HTML = (".html", ".htm", ".xhtml")
FEED = (".xml", ".rss", ".atom")
WARC = (".warc", ".warc.gz")
SUFFIXES = TEXT + HTML + FEED + WARC


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    for kind, suffixes in (("warc", WARC), ("text", TEXT), ("html", HTML), ("feed", FEED)):
        if name.endswith(suffixes):
            return kind
    return None


def sniff(path: Path, head: bytes) -> str:
    """A reader for a file whose name does not say what it holds."""
    from warpath.ingest.feed import looks_like_feed

    low = head[:4096].lower()
    if head.startswith(b"WARC/") or (head.startswith(b"\x1f\x8b") and b"warc" in path.name.lower()
                                     .encode()):
        return "warc"
    if looks_like_feed(head):
        return "feed"
    if b"<html" in low or b"<!doctype html" in low:
        return "html"
    return "text"


# A folder's own documentation is not an article.
_NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing", "notice")


def files_in(directory: Path) -> list[Path]:
    """Readable files below `directory`, sorted; hidden files and READMEs are skipped."""
    return sorted(
        p for p in directory.rglob("*")
        if p.is_file() and kind_of(p) and not p.name.lower().startswith(_NOT_ARTICLES)
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )


def read_path(
    path: Path, limits: Limits, published: dt.date | None = None
) -> Iterator[Document | Failure]:
    from warpath.ingest.feed import read_feed
    from warpath.ingest.html import document_from_html
    from warpath.ingest.text import decode, document_from_text, read_bytes
    from warpath.ingest.warc import read_warc

    if not path.exists():
        raise IngestError("no such file or directory")
    if path.is_dir():
        found = files_in(path)
        if not found:
            raise IngestError(f"no readable files ({', '.join(SUFFIXES)}) in this directory")
        for item in found:
            yield from guarded(str(item), lambda p=item: read_path(p, limits, published))
        return
    kind = kind_of(path)
    if kind == "warc":
        yield from read_warc(path, limits, published)
        return
    data = read_bytes(path, limits)
    kind = kind or sniff(path, data[:4096])
    if kind == "feed":
        yield from read_feed(data, str(path), limits, published)
    elif kind == "html":
        yield document_from_html(data, origin=str(path), published=published)
    else:
        text, encoding = decode(data)
        doc = document_from_text(text, origin=str(path), published=published)
        if encoding != "utf-8":
            doc.meta["encoding"] = encoding
        yield doc


def guarded(origin: str, make: object) -> Iterator[Document | Failure]:
    """Run a reader; an error becomes a `Failure` for `origin` instead of ending the batch."""
    try:
        yield from make()  # type: ignore[operator]
    except IngestError as exc:
        yield Failure(origin, str(exc), exc)
    except Exception as exc:  # a reader bug must not stop a batch; --debug shows the traceback
        yield Failure(origin, f"unexpected error: {type(exc).__name__}: {exc}".splitlines()[0], exc)
