"""RSS and Atom feeds with feedparser: one document per entry.

An entry whose content holds an article is read from the feed itself; an entry with only a
summary is read from its linked page (when `Limits.fetch_linked_pages`). A failing entry gives
a `Failure` named `feed#N` and the other entries still come through.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import feedparser

from warpath.document import Document
from warpath.ingest.errors import Failure, IngestError, Limits

MIN_WORDS = 120  # an entry with less text than this is a teaser: read the linked page
_ROOT = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(rss|feed|rdf:RDF)\b",
    re.S | re.I,
)


def looks_like_feed(data: bytes) -> bool:
    return bool(_ROOT.match(data[:4096].lstrip(b"\xef\xbb\xbf")))


def _entry_html(entry: Any) -> str:
    for item in entry.get("content") or []:
        if item.get("value"):
            return str(item["value"])
    return str(entry.get("summary") or "")


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def read_feed(
    data: bytes, origin: str, limits: Limits, published: dt.date | None = None
) -> Iterator[Document | Failure]:
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    usable = [e for e in entries if e.get("link") or _entry_html(e).strip()]
    if parsed.get("bozo") and not usable:  # feedparser salvages fragments of broken XML
        reason = str(parsed.get("bozo_exception") or "unreadable XML").splitlines()[0]
        reason = re.sub(r"^<unknown>:(\d+):(\d+):", r"line \1, column \2:", reason)
        raise IngestError(f"malformed feed: {reason}")
    if not entries:
        raise IngestError("feed has no entries")
    outlet = (parsed.get("feed") or {}).get("title")
    for i, entry in enumerate(entries, 1):
        name = f"{origin}#{i}"
        try:
            yield from _read_entry(entry, name, outlet, limits, published)
        except IngestError as exc:
            yield Failure(name, str(exc), exc)


def _read_entry(
    entry: Any, name: str, outlet: str | None, limits: Limits, published: dt.date | None
) -> Iterator[Document | Failure]:
    from warpath.ingest.html import document_from_html
    from warpath.ingest.url import read_url

    link = entry.get("link")
    known = {"title": entry.get("title"), "author": entry.get("author"), "url": link,
             "published": _entry_date(entry), "outlet": outlet}
    content = _entry_html(entry)
    words = len(re.sub(r"<[^>]+>", " ", content).split())
    if words >= MIN_WORDS or not (link and limits.fetch_linked_pages):
        if not content.strip():
            raise IngestError("feed entry has neither content nor a link")
        page = f"<html><body><article>{content}</article></body></html>"
        doc = document_from_html(page, url=link, origin=name, published=published, known=known)
        doc.meta["reader"] = "feed"
        yield doc
        return
    for item in read_url(link, limits, published, follow_feeds=False):
        if isinstance(item, Document):
            for key, value in known.items():
                if value and key in ("title", "outlet") and not getattr(item, key):
                    setattr(item, key, value)
            if item.published is None and known["published"] and published is None:
                item.published = known["published"]
            item.meta["feed_entry"] = name
        yield item
