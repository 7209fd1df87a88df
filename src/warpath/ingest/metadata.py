"""Metadata from the lines around an article: title, author, date, outlet, original source.

Header rules, in order of trust:
- a byline ("By X", "Author: X", "X | Outlet") gives the author, and maybe outlet and date;
- the first dated header line gives this copy's date ("Outlet, March 23, 2020" also names the
  outlet); a later "Name date" line naming someone else is where a cross-posted piece came from;
- labelled dates ("Published: ...", then "Updated: ...") and bare date lines;
- the title is the first substantial header line that is none of the above.
Footer rules: a cross-posting note ("The original source of this article is X", "This article
was originally published by X", "First published at X") names the original source, and outranks
the header; "Articles by: X", copyright and membership lines are fallbacks for author and outlet.
A wire dateline opening the first paragraph ("WASHINGTON (Jan. 8, 2020) --") gives a place and,
failing all else, a date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from warpath.ingest.clean import DATE_LABEL, Cleaned, classify, is_prose
from warpath.ingest.dates import NOISE, date_only, find_dates
from warpath.ingest.markup import Line
from warpath.ingest.names import agency, organisation, parse_byline, people

_SOURCE_TRIGGER = re.compile(
    r"(?:original source of this \w+ is|(?:originally|first) (?:published|appeared|posted|ran|"
    r"printed|written)|re-?published|re-?posted|cross-?posted|reprinted|syndicated|source\s*:)",
    re.I,
)
_LEAD_PREP = re.compile(
    r"^(?:\s*(?:,|on|by|at|in|from|with permission(?: from)?|courtesy of|here|the website of|"
    r"the site of|and is|is)\b\s*)+",
    re.I,
)
_WIRE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.'’ -]{2,30})?)\s*"
    r"(?:\((?P<paren>[^)]{1,40})\))?\s*(?:--|—|–|-)\s+\S"
)
_ISSUER = re.compile(
    r"^(?:the\s+)?(?:ministry|department|office|embassy|permanent mission|mission|press office|"
    r"spokesperson|secretariat|government|council|command|headquarters)\b", re.I
)


@dataclass
class Metadata:
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    original_source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def source_name(text: str) -> str | None:
    """The outlet named by a cross-posting note, e.g. "... originally published by X on May 1"."""
    m = _SOURCE_TRIGGER.search(text)
    if not m:
        return None
    rest = text[m.end():]
    for s, e, _ in reversed(find_dates(rest)):
        rest = rest[:s] + " " + rest[e:]
    rest = _LEAD_PREP.sub("", rest.strip())
    rest = re.split(r"\.\s|[;(]|,|\s+(?:under|and is|with|where|on)\s+|\s+[-–—|]\s+", rest)[0]
    rest = rest.strip(" .:,\"'“”")
    url = re.match(r"(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)", rest)
    if url and "." in rest and " " not in rest:
        return url.group(1)
    return rest if rest and len(rest.split()) <= 8 and rest[:1].isupper() else None


def _dated(text: str) -> tuple[str, str | None, dt.date] | None:
    """("date"|"label"|"pair", name or label, date) for a header line that carries one date."""
    dates = find_dates(text)
    if len(dates) != 1:
        return None
    s, e, date = dates[0]
    if (lab := DATE_LABEL.match(text)) and date_only(text[lab.end():]):
        return "label", lab.group("label").lower(), date
    if date_only(text):
        return "date", None, date
    around = NOISE.sub(" ", text[:s]).strip(" ,|–—-") + " " + NOISE.sub(" ", text[e:])
    name = organisation(around.strip(" ,|–—-"))
    return ("pair", name, date) if name else None


def from_lines(cleaned: Cleaned, lines: list[Line], body: str) -> Metadata:
    meta = Metadata()
    header = cleaned.lead
    pairs: list[tuple[str, dt.date]] = []
    labelled: dict[str, dt.date] = {}
    bare: list[dt.date] = []
    titles: list[str] = []
    outlets: list[str] = []
    for line in header:
        text = line.text
        kind = classify(text)
        if kind == "byline" or (kind in (None, "nav") and "|" in text and not is_prose(text)):
            author, extras = parse_byline(text)
            if author or extras:
                meta.author = meta.author or author
                if "date" in extras:
                    labelled.setdefault("byline", dt.date.fromisoformat(extras["date"]))
                if "organisation" in extras:
                    outlets.append(extras["organisation"])
                for key in ("agency", "role", "place", "section"):
                    if key in extras:
                        meta.extra.setdefault(key, extras[key])
                continue
        dated = _dated(text)
        if dated:
            how, name, date = dated
            if how == "pair" and name:
                pairs.append((name, date))
            elif how == "label" and name:
                labelled.setdefault(name, date)
            else:
                bare.append(date)
            continue
        if kind == "crosspost" and (src := source_name(text)):
            meta.original_source = src
        if kind is None and not is_prose(text) and line in cleaned.header:
            titles.append(text)
    # The first "Outlet, date" line belongs to this copy; a later one with another name is the
    # outlet the piece was first published by (a cross-post header).
    if pairs:
        outlets.insert(0, pairs[0][0])
        for name, date in pairs[1:]:
            if name != pairs[0][0]:
                meta.original_source = meta.original_source or name
                meta.extra["original_published"] = date.isoformat()
                break
    order = ["published", "first published", "posted", "release date", "issued", "dated", "date",
             "byline"]
    dates = [labelled[k] for k in order if k in labelled]
    dates += [pairs[0][1]] if pairs else []
    dates += bare + [labelled[k] for k in ("updated", "last updated", "modified") if k in labelled]
    # "Outlet, date" is the strongest single signal of this copy's date, ahead of bare dates
    if pairs and not any(k in labelled for k in order[:-1]):
        dates.insert(0, pairs[0][1])
    meta.published = dates[0] if dates else None
    meta.title = _pick_title(titles, outlets)
    _footer(meta, cleaned, lines, outlets)
    meta.outlet = outlets[0] if outlets else None
    _wire(meta, body)
    return meta


def _pick_title(candidates: list[str], outlets: list[str]) -> str | None:
    """The first substantial line; an issuer line ("Ministry of ...") is an outlet instead."""
    best = None
    for text in candidates:
        words = len(text.split())
        if _ISSUER.match(text) and words <= 10:
            outlets.append(text)
            continue
        if words >= 3 and len(text) <= 250:
            return text.rstrip(" :")
        best = best or text
    return best


def _footer(meta: Metadata, cleaned: Cleaned, lines: list[Line], outlets: list[str]) -> None:
    """Cross-posting notes anywhere; author and outlet fallbacks from the footer."""
    for line, kind in zip(lines, cleaned.kinds, strict=True):
        if kind == "crosspost" and (src := source_name(line.text)):
            meta.original_source = src  # an explicit note outranks header guesses
            break
    fallback_outlets: list[str] = []
    for line in cleaned.footer:
        text = line.text
        m = re.match(r"^\W*(?:articles|stories|posts|more) by\s*:?\s*(.+)$", text, re.I)
        if m and not meta.author and (names := people(m.group(1))):
            meta.author = " and ".join(names)
        m = re.search(r"\b(?:become a (?:\w+ )?(?:member|patron|supporter) of|support|donate to)"
                      r"\s+(?P<name>[A-Z][\w&'’. -]{2,60}?)\s*(?:[.!,:]|$)", text)
        if m and (name := organisation(m.group("name"))):
            fallback_outlets.append(name)
        if classify(text) == "copyright":
            holder = re.sub(r"(?i)copyright|©|\(c\)|all rights reserved\.?|\b(?:19|20)\d\d\b", " ",
                            text)
            for part in re.split(r"[,.;|]", holder):
                name = organisation(part.strip())
                if name and name not in (meta.author, meta.original_source):
                    fallback_outlets.append(name)
    if not outlets and fallback_outlets:
        outlets.append(fallback_outlets[0])


def _wire(meta: Metadata, body: str) -> None:
    """Place, agency and date of a wire dateline at the start of the body."""
    m = _WIRE.match(body)
    if not m:
        return
    meta.extra["dateline"] = m.group("place").strip()
    paren = m.group("paren") or ""
    date = find_dates(paren)
    if date and meta.published is None:
        meta.published = date[0][2]
    elif paren and agency(paren):
        meta.extra.setdefault("agency", agency(paren))
