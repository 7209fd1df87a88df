"""Light markup in plain text: YAML front matter and the bits of Markdown news copy uses.

`[text](url)` keeps its text and records the link; `**bold**`, `*em*`, `_em_`, `# heading`,
`> quote` and backslash escapes keep their text. Links are recorded with offsets into the
line they sit on, so later cleaning can drop lines and still place every link in the body.
Links whose target is only a fragment (`#`, `#top`) are recorded too: copies of articles
often blank their link targets, and the linked words still show where the author cited a
source. Empty targets and images are not recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from warpath.ingest.names import BYLINE_LABEL

FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
# [anchor](url "title"); the anchor may hold one level of brackets, the url balanced parens
LINK = re.compile(
    r"!?\[((?:[^\[\]]|\[[^\[\]]*\])*)\]"
    r"\(\s*<?([^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*)>?(?:\s+\"[^\"]*\")?\s*\)"
)
_WRAPPED_ANCHOR = re.compile(r"\[[^\[\]\n]*\n[^\[\]\n]*\]\(")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$<>|~])")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
QUOTE = re.compile(r"^\s{0,3}>\s?")
RUN = re.compile(r"\*{1,3}|_{1,3}")
PUNCT = set(".,;:!?\"'’”“‘()[]{}-–—/…")


@dataclass
class Line:
    """One non-empty line of the source with its links (offsets into `text`)."""

    text: str
    para: int  # index of the blank-line separated paragraph it belongs to
    links: list[tuple[int, int, str]] = field(default_factory=list)


def split_front_matter(text: str) -> tuple[dict[str, Any], str, str | None]:
    """(fields, rest of text, error) for a leading `---` YAML block; no block gives ({}, text)."""
    m = FRONT_MATTER.match(text)
    if not m:
        return {}, text, None
    rest = text[m.end():]
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        return {}, rest, f"front matter is not valid YAML ({str(exc).splitlines()[0]})"
    if not isinstance(data, dict):
        return {}, rest, "front matter is not a mapping"
    return {str(k).lower(): v for k, v in data.items()}, rest, None


def _delete(
    text: str, links: list[tuple[int, int, str]], drop: set[int]
) -> tuple[str, list[tuple[int, int, str]]]:
    """Remove the characters at `drop` and move link offsets with them."""
    if not drop:
        return text, links
    before = [0] * (len(text) + 1)  # before[i]: dropped characters in text[:i]
    for i in range(len(text)):
        before[i + 1] = before[i] + (i in drop)
    kept = "".join(ch for i, ch in enumerate(text) if i not in drop)
    return kept, [(s - before[s], e - before[e], u) for s, e, u in links]


def _emphasis_marks(text: str) -> set[int]:
    """Positions of `*`/`_` runs that open or close emphasis (flanking a word, CommonMark-ish)."""
    drop: set[int] = set()
    for m in RUN.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        opens = not after.isspace() and (before.isspace() or before in PUNCT)
        closes = not before.isspace() and (after.isspace() or after in PUNCT)
        if m.group()[0] == "_" and (before.isalnum() or after.isalnum()) and not (opens or closes):
            continue
        if opens or closes:
            drop.update(range(m.start(), m.end()))
    return drop


def strip_line(raw: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Plain text of one Markdown line and its links as (start, end, url)."""
    line = QUOTE.sub("", HEADING.sub("", raw))
    parts: list[str] = []
    links: list[tuple[int, int, str]] = []
    pos = 0
    size = 0
    for m in LINK.finditer(line):
        parts.append(line[pos:m.start()])
        size += m.start() - pos
        anchor = m.group(1)
        url = m.group(2).strip()
        if url and not m.group(0).startswith("!"):
            links.append((size, size + len(anchor), url))
        if m.group(0).startswith("!"):
            anchor = ""  # images contribute no words
        parts.append(anchor)
        size += len(anchor)
        pos = m.end()
    parts.append(line[pos:])
    text = "".join(parts)
    text, links = _delete(text, links, _emphasis_marks(text))
    text, links = _delete(text, links, {m.start() for m in ESCAPE.finditer(text)})
    stripped = text.rstrip()
    lead = len(text) - len(text.lstrip())
    text = stripped.lstrip()
    links = [(max(s - lead, 0), max(min(e - lead, len(text)), 0), u) for s, e, u in links]
    return text, [(s, e, u) for s, e, u in links if e > s]


def to_lines(text: str) -> list[Line]:
    """Non-empty lines with Markdown removed, numbered by paragraph."""
    lines: list[Line] = []
    para = 0
    blank = False
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # an anchor wrapped over two lines is still one link
    text = _WRAPPED_ANCHOR.sub(lambda m: m.group(0).replace("\n", " "), text)
    for raw in text.split("\n"):
        clean, links = strip_line(raw.replace("\u00a0", " "))
        if not clean:
            blank = True
            continue
        if blank and lines:
            para += 1
        blank = False
        lines.append(Line(clean, para, links))
    return unwrap(lines)


_END = re.compile(r"[.!?…:;。！？][\"'”’»)\]]*$")


def _join(a: Line, b: Line) -> Line:
    shift = len(a.text) + 1
    return Line(a.text + " " + b.text, a.para, a.links + [(s + shift, e + shift, u)
                                                          for s, e, u in b.links])


_MID = re.compile(r"(?:,|\b(?:and|or|but|the|a|an|of|to|in|on|at|by|for|with|from|as|that|which|"
                  r"who|than|its|their))$", re.I)


def _wrapped(group: list[Line]) -> bool:
    """A hard-wrapped paragraph: lines filled to a common width, cut mid-sentence.

    Two lines only count when the first visibly stops mid-sentence, so "Title" over
    "By X, Outlet" stays two lines.
    """
    if len(group) < 2:
        return False
    width = max(len(line.text) for line in group)
    body = group[:-1]
    if width < 40 or any(len(line.text) < 0.75 * width for line in body):
        return False
    if any(BYLINE_LABEL.match(line.text) for line in group):
        return False
    if len(group) == 2:
        return _MID.search(body[0].text) is not None
    return sum(1 for line in body if not _END.search(line.text)) >= len(body) / 2


def unwrap(lines: list[Line]) -> list[Line]:
    """Join lines broken inside a sentence: wrapped paragraphs, and a line that continues in
    lowercase. Headers ("Title" / "By X" / "date") keep their breaks."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        group = [lines[i]]
        while i + len(group) < len(lines) and lines[i + len(group)].para == lines[i].para:
            group.append(lines[i + len(group)])
        i += len(group)
        if _wrapped(group):
            merged = group[0]
            for line in group[1:]:
                merged = _join(merged, line)
            out.append(merged)
            continue
        for line in group:
            prev = out[-1] if out and out[-1].para == line.para else None
            if prev and not _END.search(prev.text) and re.match(r"[\"“‘'(]?[a-z]", line.text):
                out[-1] = _join(prev, line)
            else:
                out.append(line)
    return out
