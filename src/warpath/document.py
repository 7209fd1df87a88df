"""Typed records shared by every stage.

A `Document` is what ingest produces (clean text plus metadata). An `Analysis` wraps one
document and collects the layers later stages add (actors, events, attributions, checks),
the way a spaCy `Doc` carries its annotations. Serialisation to the output contract lives in
`warpath.contract`, so these classes stay plain data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# PLOVER's split used by the gold matcher: cooperation vs conflict families.
COOPERATION_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
)
Status = Literal["asserted", "reported", "planned", "hypothetical", "negated"]
ActorKind = Literal["person", "organization", "state", "group", "unknown"]
Granularity = Literal["day", "week", "month", "season", "year", "range"]
AttributionKind = Literal["named", "anonymous", "document", "link", "author"]
Severity = Literal["info", "warning", "error"]
# Where an event sits in its sentence: the sentence's own news, inside another event's content
# ("alleged that troops killed ..."), or a clause describing a participant or a time ("the group
# that seized Mosul", "two weeks after rebels kidnapped ...").
Embedding = Literal["main", "nested", "background"]


@dataclass(frozen=True)
class Span:
    """A stretch of `Document.text`; `text == document.text[start:end]` always holds."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])


@dataclass(frozen=True)
class Link:
    """A hyperlink whose anchor text sits at `start:end` of the body."""

    start: int
    end: int
    text: str
    url: str


@dataclass
class Document:
    """Clean article text and what is known about it. Produced by ingest."""

    text: str
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    original_source: str | None = None
    language: str | None = None
    url: str | None = None
    links: list[Link] = field(default_factory=list)
    origin: str | None = None  # where it was read from (path, URL, feed#entry, warc#record)
    meta: dict[str, Any] = field(default_factory=dict)  # anything else a reader found

    @property
    def id(self) -> str:
        """Stable content hash: the same body and metadata give the same id."""
        h = hashlib.sha256()
        for part in (self.text, self.title or "", self.url or ""):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()[:16]


@dataclass
class Actor:
    id: str
    name: str
    kind: ActorKind = "unknown"
    country: str | None = None
    sector: str | None = None
    role: str | None = None  # e.g. "Secretary of State"
    mentions: list[Span] = field(default_factory=list)
    from_dictionary: bool = False


@dataclass
class Party:
    """One side of an event: the actor if resolved, and the words used."""

    actor_id: str | None
    text: str | None
    country: str | None
    sector: str | None = None
    # Why a party the sentence does not name was filled in (e.g. "counterpart"); None when
    # the words of the event name it.
    inferred: str | None = None


@dataclass
class DateValue:
    text: str | None
    start: dt.date
    end: dt.date
    granularity: Granularity
    basis: str | None = None  # explicit | publication | narrative | inherited


@dataclass
class Location:
    text: str | None
    name: str | None
    country: str | None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Event:
    id: str
    type: str
    evidence: Span  # the clause or sentence that states the event
    trigger: Span  # the predicate word(s)
    sentence: int  # index into Analysis.sentences
    status: Status = "asserted"
    mode: str | None = None
    cameo: str | None = None
    intensity: float | None = None
    source: Party | None = None
    target: Party | None = None
    date: DateValue | None = None
    location: Location | None = None
    killed: int | None = None
    wounded: int | None = None
    arrested: int | None = None
    casualty_text: str | None = None  # vague amounts ("dozens") are kept as words
    attribution_id: str | None = None
    responds_to: list[str] = field(default_factory=list)
    status_cue: str | None = None  # the words that set a non-asserted status
    trigger_token: int | None = None  # index of the predicate token in the spaCy Doc
    embedding: Embedding = "main"
    nested_in: str | None = None  # id of the event whose content this one is
    confidence: float | None = None  # set only when below a rule's word (similar-predicates)
    type_basis: str | None = None  # where the type came from when not the lexicon's own entry


@dataclass
class Attribution:
    id: str
    kind: AttributionKind
    source: str | None
    cue: str | None
    span: Span


@dataclass
class Check:
    kind: str
    severity: Severity
    message: str
    event_ids: list[str] = field(default_factory=list)


@dataclass
class Analysis:
    """One document and every layer the pipeline adds to it."""

    document: Document
    doc: Any = None  # the spaCy Doc over document.text; not serialised
    sentences: list[Span] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.document.text

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.document.text, start, end)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention overlapping `start:end` (longest mention wins)."""
        best: tuple[int, Actor] | None = None
        for actor in self.actors:
            for m in actor.mentions:
                if m.start < end and start < m.end:
                    size = m.end - m.start
                    if best is None or size > best[0]:
                        best = (size, actor)
        return best[1] if best else None

    def sentence_index(self, offset: int) -> int:
        for i, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return i
        return max(len(self.sentences) - 1, 0)
