"""Boilerplate removal for text and HTML alike: keep the article, drop what surrounds it.

Three general mechanisms, none tied to one outlet:

1. a line classifier (`classify`) that names the kind of a boilerplate line from patterns about
   kinds of lines (share prompts, donation asks, product ads, disclaimers, copyright, contacts,
   navigation, photo credits, cross-posting notes, author bios);
2. position: the body runs from the first prose paragraph to the last; what precedes it is the
   header (title, byline, dateline, tags), and the footer starts at the first boilerplate line
   after which boilerplate outweighs prose (so a book blurb between a reader note and a
   disclaimer goes too, though it reads like prose);
3. embeds: a run of non-prose lines inside the body that holds a photo or screenshot credit is a
   caption block (source name, headline, byline, date, credit) and goes as a whole.

Every dropped line is kept with its kind in `Cleaned.removed`, so cleaning can be audited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from warpath.document import Link
from warpath.ingest.dates import date_only
from warpath.ingest.markup import Line
from warpath.ingest.names import BYLINE_LABEL, parse_byline


def _rx(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


_SITES = r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|e-?mail|bluesky|mastodon)"
# Order matters: the first kind that matches names the line.
KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("crosspost", _rx(
        r"^\W*(?:editor'?s note:?\s*)?the original source of this \w+ is\b",
        r"^\W*(?:editor'?s note:?\s*)?(?:this|the above) (?:\w+[ -]){0,2}(?:article|post|story"
        r"|piece|report|essay|commentary|op-ed|analysis|interview)\b.{0,40}?\b(?:was |is )?"
        r"(?:originally|first) (?:published|appeared|posted|ran|printed|written)\b",
        r"^\W*(?:originally|first) (?:published|appeared|posted|ran)\b",
        r"^\W*(?:re-?published|re-?posted|cross-?posted|reprinted|syndicated) (?:with permission )?"
        r"(?:from|by|courtesy of)\b",
        r"^\W*source\s*:\s*\S.{0,60}$",
    )),
    ("share", _rx(
        r"\bnote to readers\b",
        r"\bshare (?:this|the|our) (?:\w+ )?(?:article|story|post|page|video|report|blog|"
        r"coverage|thread|piece)\b",
        r"\bclick (?:on )?the share\b|\bshare buttons?\b",
        r"\bshare (?:it |this )?(?:on|via) " + _SITES + r"\b",
        r"^\W*(?:share|tweet|email|print|pin|save)(?:\s*[|•·/,]?\s*(?:share|tweet|email|print|pin|"
        r"save|copy link|" + _SITES + r"))*\W*$",
        r"\b(?:forward|e-?mail) this (?:article|story|post)\b|\bcross-?post (?:it |this )?on\b",
        r"\bfollow (?:us|me|our\b.{0,40}?|the \w+) on " + _SITES + r"\b",
        r"\bfollow (?:us|me) on\b|\blike us on\b|\bcomment on .{0,60}\bfacebook\b",
        r"\b(?:sign up|subscribe|register) (?:now |today )?(?:for|to) (?:our|the|my)\b.{0,60}"
        r"\b(?:newsletter|channel|updates|podcast|mailing list|digest|briefing)\b",
        r"\bjoin (?:us|our)\b.{0,40}\b(?:telegram|whatsapp|newsletter|channel|mailing list)\b",
        r"\bget (?:our|the) (?:\w+ )?newsletter\b",
    )),
    ("donation", _rx(
        r"^\W*(?:please\s+)?donate\b|\bdonate (?:now|today|here|to (?:us|our))\b",
        r"\bmake a (?:one-?time |monthly |tax-deductible )?(?:donation|contribution|gift)\b",
        r"\bbecome a (?:\w+ )?(?:member|patron|supporter|subscriber|sustainer|donor)\b",
        r"\b(?:please )?support (?:our|independent|this|us|the site|non-?profit)\b.{0,40}"
        r"\b(?:journalism|work|reporting|media|site|mission|newsroom)\b",
        r"\b(?:patreon|paypal|buy me a coffee|ko-fi)\b|\bchip in\b",
        r"\breader[- ](?:funded|supported)\b|\bkeep (?:us|this site|\w+ media) (?:going|alive|"
        r"independent|free)\b",
        r"\byour (?:donation|contribution|support) (?:helps|keeps|makes|allows)\b",
    )),
    ("ad", _rx(
        r"\bISBN\b",
        r"^\W*(?:list |special |sale |retail |our |regular )?price\s*:",
        r"\b(?:click|tap) here to (?:order|buy|purchase|download|get)\b",
        r"\b(?:order|buy|get) (?:it |your copy |the book )?(?:now|today)\b",
        r"\badd to (?:cart|basket)\b|\bavailable (?:now )?(?:on|at) amazon\b",
        r"\buse (?:promo |discount |coupon )?code\b",
        r"^\W*(?:pages|year|publisher|format|binding|edition)\s*:\s*\S.{0,30}$",
        r"^\W*(?:advertisement|sponsored(?: content)?|promoted|ad)\W*$|\bsponsored by\b",
        r"^\W*[$€£]\s?\d[\d.,]*\W*$",
        r"\bstory continues (?:below|after)\b",
    )),
    ("disclaimer", _rx(
        r"^\W*disclaimer\b",
        r"\bviews (?:and opinions )?(?:expressed|presented|stated) (?:in this|here|are)\b",
        r"\bdo(?:es)? not necessarily (?:reflect|represent|state)\b",
        r"\bsole responsibility of the author",
        r"\bfair use\b|\bfor (?:research and |non-?commercial )?educational purposes\b",
        r"\bnot (?:be )?(?:held )?(?:responsible|liable) for any\b",
        r"\bfor (?:general )?information(?:al)? purposes only\b",
    )),
    ("copyright", _rx(
        r"©|\(c\)\s*(?:19|20)\d\d|^\W*copyright\b|\ball rights reserved\b",
        r"\bmay not be (?:re)?(?:published|produced|distributed|printed|written|broadcast)\b",
        r"\b(?:re)?printed with permission\b|\bcontains copyrighted material\b",
        r"\bgrants? permission to (?:cross-?post|republish|repost|reprint)\b",
        r"\b(?:is|are) licensed under\b|\bcreative commons (?:attribution|licen[cs]e)\b",
    )),
    ("contact", _rx(
        r"\b(?:media|press|news) (?:inquiries|enquiries|contacts?)\b",
        # only as a heading: "according to the army's media office" is a news source
        r"^\W*(?:media|press|news) (?:office|desk)\b",
        r"^\W*(?:contact|press contact|media contact|e-?mail|tel|telephone|phone|fax)\s*:",
        r"\bfor (?:more|further) information,? (?:please )?(?:contact|visit|call|email)\b",
    )),
    ("end", _rx(r"^\W*(?:###|-30-|-?\s*ends?\s*-?|-+\s*end\s*-+)\W*$")),
    ("bio", _rx(
        r"^\W*about the authors?\b",
        r"^\W*(?:articles|more|other|latest) (?:articles|stories|posts|pieces)? ?by\s*:?\s*\w",
        r"^\W*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,4},? (?:is|was) (?:a|an|the) (?:[\w-]+ ){0,6}?"
        r"(?:journalist|writer|author|editor|columnist|correspondent|analyst|researcher|professor|"
        r"fellow|contributor|reporter|commentator|historian|lecturer|blogger|filmmaker)s?\b",
    )),
    ("credit", _rx(
        r"^\W*(?:photo|photograph|image|picture|video|graphic|illustration|file photo|caption|"
        r"credit|screenshot|screen grab|pictured)s?\b\s*"
        r"(?::|by\b|from\b|courtesy\b|credit\b|via\b)",
        r"^\W*screenshot\b",
        r"\b(?:getty images|ap photo|epa-efe|shutterstock|afp via getty)\b",
        r"(?:/|\()(?:reuters|afp|ap|epa|getty)\b\W*$",
        r"\((?:photo|image|credit|file|pictured)\b[^)]*\)\W*$",
        r"(?<![.!?\"”])\s(?:via|courtesy(?: of)?)\s+(?:the\s+)?[A-Z][\w.&-]*"
        r"(?:\s+[A-Z][\w.&-]*){0,3}\W*$",
        r"\b(?:contributed|contributing) (?:reporting )?to this (?:report|story|article)\b",
        r"^\W*\(?(?:additional )?reporting by\b|\b(?:editing|writing) by [A-Z]",
    )),
    ("nav", _rx(
        r"^\W*(?:home|menu|search|log ?in|sign ?in|sign ?up|subscribe|register|skip to (?:main )?"
        r"content|back to top|top of page|next|previous|next (?:article|story|post)|previous "
        r"(?:article|story|post)|read more|more stories|load more|continue reading|see also|"
        r"related(?: articles| stories| posts| coverage| content| news)?|recommended(?: for you)?|"
        r"most (?:read|popular|viewed)|trending(?: now)?|latest(?: news)?|you may also like|"
        r"don'?t miss|print|"
        r"comments?|show comments|leave a (?:comment|reply)|listen(?: to this article)?|"
        r"view (?:all|more)|more (?:from|on) .{1,40})\W*$",
        r"\brefresh (?:the|this) page\b|\b(?:click|tap) (?:here )?to (?:load|see|read) more\b",
        r"^\W*(?:read more|read also|also read|see also|related|watch|listen|recommended|"
        r"more on this)\s*:",
        r"^\W*(?:region|theme|topics?|tags?|categor(?:y|ies)|filed (?:under|in)|in-depth report|"
        r"keywords|subjects?|posted in)\s*:",
    )),
    ("label", _rx(
        r"^\W*(?:for immediate release|(?:press|news|media) release|(?:press )?statement|readout|"
        r"embargoed\b.*|live(?: updates| blog)?|breaking(?: news)?|analysis|opinion|commentary|"
        r"exclusive|explainer|news|world(?: news)?|updated?)\W*$",
        r"^\W*(?:press|news) release\s*(?:no\.?|number|#)?\s*[\w/.-]*\W*$",
    )),
]
# Kinds dropped wherever they appear in the body. "bio" only goes in the footer: the same shape
# ("X is a journalist ...") can introduce a source inside an article.
BODY_DROP = {k for k, _ in KINDS} - {"bio"} | {"byline", "dateline"}
# Kinds that can open a footer. Ads, credits, navigation and labels also sit mid-article
# ("Advertisement", "READ MORE: ..."), so they never decide where the article ends.
FOOTER_START = {
    "share", "donation", "disclaimer", "copyright", "contact", "crosspost", "end", "bio"}
LONG_LINE, PROBE = 300, 200
DATE_LABEL = re.compile(
    r"^\W*(?P<label>published|posted|first published|updated|last updated|modified|dated?|"
    r"release date|issued)\b\s*(?:on|at)?\s*:?", re.I)
_BREADCRUMB = re.compile(r"\s(?:[>›»/|•·])\s")
_TERMINAL = re.compile(r"[.!?…:。！？][\"'”’»)\]]*$")
_CITES = re.compile(r"(?:\[\w{1,3}\])+$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def classify(text: str) -> str | None:
    """The boilerplate kind of one line, or None for a line that may be article text.

    A long line is judged by its opening: a paragraph that mentions a copyright or a donation
    in passing is still article text, while boilerplate paragraphs announce themselves early
    ("Disclaimer: ...", "The views expressed ...").
    """
    if not any(ch.isalnum() for ch in text):
        return "end" if text.strip() in ("###", "***###***") else "decoration"
    probe = text if len(text) <= LONG_LINE else text[:PROBE]
    if len(text) < 120 and (label := DATE_LABEL.match(text)) and date_only(text[label.end():]):
        return "dateline"  # "Published: 1 April 2024", "Updated 14:32 GMT, 3 May 2023"
    for kind, pattern in KINDS:
        if pattern.search(probe):
            return kind
    if BYLINE_LABEL.match(text) and len(text.split()) <= 16:
        author, extras = parse_byline(text)
        if author or "agency" in extras:
            return "byline"
    parts = _BREADCRUMB.split(text)
    if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts) and not _TERMINAL.search(text):
        return "nav"
    if len(text) < 200 and "@" in text and re.search(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b", text):
        return "contact"
    return None


def is_prose(text: str) -> bool:
    """A sentence-like line: six or more words, ends like a sentence, not in Title Case."""
    words = _WORD.findall(text)
    if len(text.split()) < 6 or not words:
        return False
    lower = sum(1 for w in words if w[0].islower()) / len(words)
    if _TERMINAL.search(_CITES.sub("", text.rstrip())):
        return lower >= 0.3 or len(words) >= 25
    return False


_FUNCTION = {"and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "by", "for",
             "with", "from", "as", "that", "which", "who", "whose", "than", "into", "its", "their"}


def is_unfinished(text: str) -> bool:
    """A sentence cut off mid-way (excerpts, truncated copies): still article text at the end.

    Long and lowercase-rich, or ending on a function word; a headline is neither.
    """
    words = _WORD.findall(text)
    if not words or _TERMINAL.search(text):
        return False
    lower = sum(1 for w in words if w[0].islower()) / len(words)
    return lower >= 0.5 and (len(words) >= 20 or (len(words) >= 8 and words[-1] in _FUNCTION))


@dataclass
class Cleaned:
    text: str
    links: list[Link]
    header: list[Line]
    footer: list[Line]
    kinds: list[str | None]  # per source line: boilerplate kind or None
    lead: list[Line] = field(default_factory=list)  # header plus the lines up to the 2nd paragraph
    removed: list[tuple[str, str]] = field(default_factory=list)  # (kind, line) dropped


def _footer_start(lines: list[Line], kinds: list[str | None], prose: list[bool], first: int) -> int:
    """Index where the footer begins: the first boilerplate line after which boilerplate
    outweighs prose and before which most of the article lies."""
    size = [len(line.text) for line in lines]
    body = [size[i] if prose[i] and kinds[i] is None else 0 for i in range(len(lines))]
    boiler = [size[i] if kinds[i] is not None else 0 for i in range(len(lines))]
    total_body = sum(body)
    body_before = 0
    boiler_after = sum(boiler)
    for i in range(len(lines)):
        if i > first and kinds[i] in FOOTER_START:
            body_after = total_body - body_before
            if body_after <= boiler_after and body_before >= body_after:
                return i
        body_before += body[i]
        boiler_after -= boiler[i]
    return len(lines)


def _embeds(
    lines: list[Line], kinds: list[str | None], prose: list[bool], lo: int, hi: int
) -> set[int]:
    """Lines of caption blocks: runs of non-prose lines that contain a photo/screenshot credit."""
    drop: set[int] = set()
    run: list[int] = []
    for i in range(lo, hi + 1):
        if i <= hi - 1 and not (prose[i] and kinds[i] is None):
            run.append(i)
            continue
        if any(kinds[j] == "credit" for j in run):
            drop.update(run)
        run = []
    return drop


def _joiner(prev: str, nxt: str) -> str:
    """A line break inside a sentence (wrapped text, split paragraphs) becomes a space."""
    if not _TERMINAL.search(prev) and re.match(r"^[\"“‘'(]?[a-z]", nxt):
        return " "
    return ""


def clean(lines: list[Line], strict: bool = False) -> Cleaned:
    """Select the article body from `lines`.

    Without any prose line, a short input (a headline, a snippet passed to the library API) is
    kept whole unless `strict`, which is for web pages where that means only navigation.
    """
    kinds = [classify(line.text) for line in lines]
    prose = [is_prose(line.text) for line in lines]
    starts = [i for i in range(len(lines)) if prose[i] and kinds[i] is None]
    removed: list[tuple[str, str]] = []
    if not starts:
        if strict:
            dropped = [(k or "header", x.text) for k, x in zip(kinds, lines, strict=True)]
            return Cleaned("", [], lines, [], kinds, lines, dropped)
        first, last = 0, len(lines) - 1
        keep = [i for i in range(len(lines)) if kinds[i] is None or kinds[i] == "label"]
        header: list[Line] = []
        footer: list[Line] = []
        lead = lines[:2]
    else:
        first = starts[0]
        cut = _footer_start(lines, kinds, prose, first)
        last = max(i for i in starts if i < cut)
        # a cut-off last sentence after the last paragraph is still the article's, also when
        # a subheading sits between them (excerpts end mid-section)
        while True:
            j = last + 1
            while j < min(cut, last + 3) and kinds[j] is None and not prose[j] \
                    and not is_unfinished(lines[j].text):
                j += 1
            if j < cut and kinds[j] is None and is_unfinished(lines[j].text):
                last = j
            else:
                break
        embeds = _embeds(lines, kinds, prose, first, last)
        # bare date lines between a standfirst and the first real paragraph are header matter
        lead_end = starts[1] if len(starts) > 1 else first
        # (unless more of them sit in the body: then they head a timeline's entries, the
        # first one included, which opens the body right after the introduction)
        timeline = sum(1 for i in range(first, last + 1)
                       if kinds[i] is None and date_only(lines[i].text)) >= 2
        for i in range(first, lead_end):
            if kinds[i] is None and date_only(lines[i].text) and not timeline:
                kinds[i] = "dateline"
        keep = [i for i in range(first, last + 1)
                if i not in embeds and kinds[i] not in BODY_DROP]
        header = lines[:first]
        footer = lines[last + 1:]
        lead = lines[: starts[1] if len(starts) > 1 else first + 1]
    kept = set(keep)
    for i, line in enumerate(lines):
        if i not in kept:
            zone = "header" if i < first else "footer" if i > last else "body"
            removed.append((kinds[i] or zone, line.text))
    text, links = _assemble([lines[i] for i in keep])
    return Cleaned(text, links, header, footer, kinds, lead, removed)


def _assemble(lines: list[Line]) -> tuple[str, list[Link]]:
    parts: list[str] = []
    links: list[Link] = []
    size = 0
    prev: Line | None = None
    for line in lines:
        if prev is not None:
            sep = _joiner(prev.text, line.text) or ("\n" if line.para == prev.para else "\n\n")
            parts.append(sep)
            size += len(sep)
        for s, e, url in line.links:
            links.append(Link(size + s, size + e, line.text[s:e], url))
        parts.append(line.text)
        size += len(line.text)
        prev = line
    return "".join(parts), links
