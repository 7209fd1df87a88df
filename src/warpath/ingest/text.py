"""Plain text and Markdown: bytes → str → clean body + metadata → `Document`.

Front matter fields (title, url, outlet, author, published) override what the header rules
detect; other front matter keys are kept in `Document.meta["front_matter"]`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import Any

from warpath.document import Document
from warpath.ingest.clean import DATE_LABEL, clean
from warpath.ingest.dates import date_only, parse_date
from warpath.ingest.errors import IngestError, Limits, too_big
from warpath.ingest.language import detect
from warpath.ingest.markup import Line, split_front_matter, to_lines
from warpath.ingest.metadata import from_lines

FIELDS = ("title", "author", "published", "outlet", "original_source", "url")
ALIASES = {"date": "published", "source": "outlet", "site": "outlet", "link": "url",
           "authors": "author", "original": "original_source", "origin_url": "url"}
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 kB: not a text file."""
    sample = data[:8192]
    if any(sample.startswith(bom) for bom, _ in _BOMS[1:]):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.05


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 first, then a byte-order mark, then charset detection."""
    if not data.strip():
        raise IngestError("empty input: nothing to read")
    if looks_binary(data):
        raise IngestError("binary data, not text (is this the right file?)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError("not valid UTF-8, and no other text encoding fits")
    return str(best), best.encoding


def read_bytes(path: Path, limits: Limits) -> bytes:
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise too_big(size, limits)
        return path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from exc


def read_text_file(path: Path, limits: Limits | None = None) -> Document:
    text, encoding = decode(read_bytes(path, limits or Limits.from_env()))
    doc = document_from_text(text, origin=str(path))
    if encoding != "utf-8":
        doc.meta["encoding"] = encoding
    return doc


def _normalise(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        key = ALIASES.get(key, key)
        if key == "author" and isinstance(value, list):
            value = " and ".join(str(v) for v in value)
        if key == "published":
            value = parse_date(value)
        if value not in (None, ""):
            out.setdefault(key, value if key == "published" else str(value).strip())
    return out


# "- Date: 4 October 2020", "Location = Ganja": a fact box of key-value lines
_FIELD = re.compile(r"^[-*•]?\s*(?P<key>[A-Z][\w ]{1,24}?)\s*[:=]\s*(?P<value>\S.{0,300})$")


def fact_fields(header: list[Line]) -> dict[str, str]:
    """Key-value lines of the header (an infobox, a fact box): kept aside for the checks,
    which compare them with what the prose says."""
    fields: dict[str, str] = {}
    for line in header:
        if m := _FIELD.match(line.text.strip()):
            fields.setdefault(m.group("key").strip(), m.group("value").strip())
    return fields if len(fields) >= 2 else {}


def document_from_text(
    text: str,
    origin: str | None = None,
    published: dt.date | None = None,
    *,
    known: dict[str, Any] | None = None,
    strict: bool = False,
) -> Document:
    """Clean `text` and read its metadata.

    `known` holds metadata from the container (HTML meta tags, a feed entry); front matter and
    then `known` override detection, and `published` overrides everything.
    `strict` refuses text without a single prose paragraph (web pages of only navigation).
    """
    front, rest, error = split_front_matter(text)
    lines = to_lines(rest)
    if not lines:
        raise IngestError("no text after the front matter" if front else "empty input: no text")
    cleaned = clean(lines, strict=strict)
    if not cleaned.text.strip():
        raise IngestError("no article text found (only navigation or boilerplate)")
    found = from_lines(cleaned, lines, cleaned.text)
    values: dict[str, Any] = {k: getattr(found, k) for k in FIELDS if k != "url"}
    for source in (_normalise(known or {}), _normalise(front)):
        values.update({k: v for k, v in source.items() if k in FIELDS})
    if published is not None:
        values["published"] = published
    language, confidence = detect(cleaned.text)
    meta: dict[str, Any] = dict(found.extra)
    meta["removed"] = dict(Counter(kind for kind, _ in cleaned.removed))
    # A header line of just "CITY, date" dropped above the body says where the story was
    # filed (read by the places stage as a dateline).
    for kind, line in cleaned.removed:
        if kind == "header" and len(line) <= 60 and "," in line and line[:1].isupper():
            meta.setdefault("dateline", line.strip())
            break
    # A header line of just a day ("Tuesday 10 February 2026" over a sitting's record) is the
    # day the text was spoken or issued: kept aside for the time stage, out of the event text.
    issued = [line for kind, line in cleaned.removed
              if kind in ("header", "dateline") and len(line) <= 60 and date_only(line.strip())
              and not DATE_LABEL.match(line)]  # not "Updated: 3 May", the copy's own date
    if len(issued) == 1:
        meta["issued"] = issued[0].strip()
    if infobox := fact_fields(cleaned.header):
        meta["infobox"] = infobox
    if language:
        meta["language_confidence"] = confidence
    extra = {k: v for k, v in front.items() if ALIASES.get(k, k) not in FIELDS}
    if extra:
        meta["front_matter"] = {k: v if isinstance(v, (str, int, float, bool)) else str(v)
                                for k, v in extra.items()}
    if error:
        meta["front_matter_error"] = error
    return Document(
        text=cleaned.text,
        title=values.get("title"),
        author=values.get("author"),
        published=values.get("published"),
        outlet=values.get("outlet"),
        original_source=values.get("original_source"),
        language=language,
        url=values.get("url"),
        links=cleaned.links,
        origin=origin,
        meta=meta,
    )
