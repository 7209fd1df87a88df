"""Person and organisation names in bylines, datelines and credit lines."""

from __future__ import annotations

import re

from warpath.ingest.dates import NOISE, find_dates

PARTICLES = {"de", "da", "das", "do", "dos", "du", "van", "von", "der", "den", "al", "el", "bin",
             "ibn", "la", "le", "di", "del", "della", "y", "ben", "abu", "st."}
ORG_WORDS = {
    "news", "times", "post", "press", "agency", "media", "research", "global", "institute",
    "ministry", "department", "office", "service", "network", "journal", "daily", "herald",
    "tribune", "guardian", "staff", "reuters", "associated", "afp", "bureau", "group", "center",
    "centre", "council", "foundation", "report", "review", "magazine", "channel", "tv", "radio",
    "online", "wire", "desk", "editorial", "board", "team", "government", "embassy", "university",
    "committee", "forces", "army", "command", "company", "corporation", "inc", "ltd", "llc",
    "world", "international", "monitor", "observer", "gazette", "telegraph", "chronicle",
    "weekly", "affairs", "policy", "project", "studies", "watch", "voice", "america", "republic",
    "state", "states", "union", "nations", "united", "federation", "commission", "association",
    "courier", "ledger", "dispatch", "star", "mail", "express", "mirror", "bulletin", "digest",
    "today", "independent", "globe", "standard", "insider", "examiner", "record", "register",
    "sentinel", "leader", "citizen", "nation", "week", "briefing",
}
ROLE_WORDS = {
    "writer", "correspondent", "reporter", "editor", "staff", "contributor", "columnist",
    "bureau", "chief", "senior", "analyst", "desk", "special", "producer", "intern", "fellow",
}
AGENCIES = {
    "reuters": "Reuters", "ap": "AP", "associated press": "Associated Press", "afp": "AFP",
    "agence france-presse": "AFP", "xinhua": "Xinhua", "tass": "TASS", "anadolu": "Anadolu",
    "anadolu agency": "Anadolu Agency", "dpa": "dpa", "upi": "UPI", "bloomberg": "Bloomberg",
    "efe": "EFE", "ansa": "ANSA", "kyodo": "Kyodo", "yonhap": "Yonhap", "irna": "IRNA",
}
BYLINE_LABEL = re.compile(
    r"^\W*(?:by|written by|words by|posted by|reported by|authors?|words)\s*[:\-–]?\s+", re.I
)
_TOKEN = re.compile(
    r"^(?:[A-Z\u00c0-\u024f][\w'’.-]*|[A-Z]\.(?:[A-Z]\.)*|[a-z]{1,4}-[A-Z][\w'’-]*)$"
)
_SPLIT = re.compile(r"\s*(?:\||•|·|—|–|\s-\s)\s*")


def _title(name: str) -> str:
    return name.title() if name.isupper() and len(name) > 3 else name


def person(text: str) -> str | None:
    """`text` if it reads as one person's name (2-5 capitalised words), else None."""
    tokens = text.strip(" ,.;:").split()
    if not 2 <= len(tokens) <= 5:
        return None
    for tok in tokens:
        if tok.lower() in PARTICLES:
            continue
        if not _TOKEN.match(tok) or any(ch.isdigit() for ch in tok):
            return None
        if tok.lower().strip(".") in ORG_WORDS | ROLE_WORDS:
            return None
    if tokens[0].lower() in PARTICLES - {"al", "el", "abu", "ben"}:
        return None
    return _title(" ".join(tokens).strip(" ,.;:"))


def people(text: str) -> list[str]:
    """Names in "A, B and C" / "A & B"; empty unless every part is a name."""
    parts = [p for p in re.split(r"\s*(?:,|\band\b|&)\s*", text.strip(" ."), flags=re.I) if p]
    names = [person(p) for p in parts]
    return [n for n in names if n] if parts and all(names) else []


def organisation(text: str) -> str | None:
    """A short capitalised name that is not a sentence (an outlet, agency or issuer)."""
    text = text.strip(" ,.;:|-–—[]()")
    words = text.split()
    if not 1 <= len(words) <= 8 or not text[:1].isupper() and not text[:1].isdigit():
        return None
    small = {"of", "the", "and", "for", "on", "in", "&", "de", "la", "al", "at"}
    if any(not (w[:1].isupper() or w[:1].isdigit() or w.lower() in small or "." in w)
           for w in words):
        return None
    return text


def agency(text: str) -> str | None:
    return AGENCIES.get(text.strip(" .,()").lower())


def parse_byline(text: str) -> tuple[str | None, dict[str, str]]:
    """(authors, extras) from a byline; extras may hold 'date', 'agency', 'organisation', 'role'.

    Accepts "By A and B", "By A, Staff Writer", "By A | Outlet | March 3, 2021",
    "Author: A", and the label-less "A | Outlet".
    """
    labelled = BYLINE_LABEL.match(text)
    rest = text[labelled.end():] if labelled else text
    authors: list[str] = []
    extras: dict[str, str] = {}
    segments = [s for s in _SPLIT.split(rest) if s.strip()]
    if not labelled and len(segments) < 2:
        return None, {}
    kickers = {"analysis", "opinion", "commentary", "news", "exclusive", "explainer", "interview",
               "feature", "live", "breaking", "world", "editorial", "review", "comment"}
    for seg in segments:
        if (inner := BYLINE_LABEL.match(seg)) and not labelled:
            labelled = inner
            seg = seg[inner.end():]
        if seg.strip(" *").lower() in kickers:
            extras["section"] = seg.strip(" *").title()
            continue
        dates = find_dates(seg)
        if dates:
            extras["date"] = dates[0][2].isoformat()
            s, e, _ = dates[0]
            seg = NOISE.sub(" ", seg[:s] + " " + seg[e:]).strip(" ,")
            if not seg:
                continue
        where = re.match(r"^(.*?)\s+(?:in|at|from|reporting from)\s+([A-Z][\w .,'’-]*)$", seg)
        if where and people(where.group(1)):
            extras["place"] = where.group(2)
            seg = where.group(1)
        found = people(seg)
        if found:
            authors += found
            continue
        pieces = [p.strip() for p in seg.split(",") if p.strip()]
        for piece in pieces:
            if (names := people(piece)):
                authors += names
            elif agency(piece) or piece.lower().startswith(tuple(AGENCIES)) and len(piece) < 20:
                extras["agency"] = agency(piece) or piece
            elif set(piece.lower().split()) & ROLE_WORDS:
                extras["role"] = piece
            elif organisation(piece):
                extras.setdefault("organisation", organisation(piece) or piece)
            else:
                return None, {}
    if not authors and not labelled:
        return None, {}
    if not authors and not extras:
        return None, {}
    return (" and ".join(dict.fromkeys(authors)) if authors else None), extras
