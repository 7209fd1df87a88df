"""The mention ledger of one actor-resolution run.

Every step of the "actors" stage reads and writes the same bookkeeping: which actor owns each
token, the token ranges of every actor's mentions (kept until the end so a later step can
widen or move them), the actors made so far and the dictionary entries behind them. `Ledger`
holds that state and its small operations (claim, drop, make an actor from an entry or a
name, the state named just before a token, the document's dominant country) and finally
publishes the actors with their mention spans to the analysis.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from warpath.actors import generic
from warpath.actors.dictionary import Dictionary, Entry, slug
from warpath.actors.matcher import Matcher
from warpath.document import Actor, Analysis


class Ledger:
    """Token ownership and actor mentions of one analysis, shared by the resolution steps."""

    def __init__(self, dictionary: Dictionary, matcher: Matcher, analysis: Analysis) -> None:
        self.dictionary = dictionary
        self.matcher = matcher
        self.analysis = analysis
        self.doc = analysis.doc
        self.day: dt.date | None = analysis.document.published
        self.owner: list[str | None] = [None] * len(self.doc)
        self.title_tokens: set[int] = set()
        # token ranges per actor, kept until the end so mentions can be moved
        self.ranges: dict[str, list[tuple[int, int]]] = {}
        self.actors: dict[str, Actor] = {}
        self.entries: dict[str, Entry] = {}
        self._states_named: set[str] | None = None  # countries of the states the text names
        # bodies named without a country that took the story's ("the Interior Ministry")
        self.home_bodies: list[str] = []

    def free(self, start: int, end: int) -> bool:
        return all(self.owner[i] is None for i in range(start, end))

    def add(self, actor: Actor, start: int, end: int) -> None:
        if actor.id not in self.actors:
            self.actors[actor.id] = actor
            self.ranges[actor.id] = []
        for i in range(start, end):
            self.owner[i] = actor.id
        self.ranges[actor.id].append((start, end))

    def drop(self, start: int, end: int) -> None:
        """Remove the mentions overlapping a token range (absorbed into a larger one)."""
        for actor_id, ranges in self.ranges.items():
            kept = [(s, e) for s, e in ranges if e <= start or s >= end]
            for s, e in ranges:
                if (s, e) not in kept:
                    for i in range(s, e):
                        if self.owner[i] == actor_id:
                            self.owner[i] = None
            self.ranges[actor_id] = kept

    def from_entry(self, entry: Entry) -> Actor:
        if entry.id in self.actors:
            return self.actors[entry.id]
        office = entry.office_on(self.day)
        actor = Actor(
            id=entry.id,
            name=entry.name,
            kind=entry.kind,  # type: ignore[arg-type]
            country=entry.country,
            sector=(office.sector if office and office.sector else entry.sector),
            role=(office.role if office else entry.role),
            from_dictionary=True,
        )
        self.entries[actor.id] = entry
        return actor

    def new_actor(self, name: str, kind: str, **kw: Any) -> Actor:
        base = slug(name)
        actor_id, n = base, 2
        while actor_id in self.actors or self.dictionary.get(actor_id) is not None:
            existing = self.actors.get(actor_id)
            if existing is not None and existing.name == name and not existing.from_dictionary:
                return existing
            actor_id, n = f"{base}-{n}", n + 1
        return Actor(id=actor_id, name=name, kind=kind, **kw)  # type: ignore[arg-type]

    def state_before(self, i: int) -> tuple[Actor, int] | None:
        """A state mention ending right before token `i` ("Iraq's", "Iraqi"), and its start."""
        j = i - 1
        if j >= 0 and self.doc[j].dep_ == "case" and self.doc[j].lower_ in {"'s", "’s", "'"}:
            j -= 1
        if j < 0 or self.owner[j] is None:
            return None
        actor = self.actors[self.owner[j]]  # type: ignore[index]
        if actor.kind != "state":
            return None
        start = next(s for s, e in self.ranges[actor.id] if s <= j < e)
        if generic.is_aligned(self.doc[start]):
            return None  # "pro-Iranian Hizbollah" sides with Iran; it is not Iran's
        return actor, start

    def dominant(self) -> str | None:
        counts: dict[str, int] = {}
        for actor_id, ranges in self.ranges.items():
            actor = self.actors[actor_id]
            if actor.kind == "state" and actor.country:
                counts[actor.country] = counts.get(actor.country, 0) + len(ranges)
        owned = {self.doc[i].idx for i, o in enumerate(self.owner) if o is not None}
        places = generic.place_counts(
            self.analysis, lambda s, e: any(s <= i < e for i in owned))
        return generic.story_country(Counter(counts), Counter(), places)

    def publish(self) -> None:
        """Write actors and their mention spans to the analysis, in order of first mention."""
        known = {a.id for a in self.analysis.actors}
        for actor_id, ranges in self.ranges.items():
            actor = self.actors[actor_id]
            spans = [self.analysis.span(self.doc[s].idx, self.doc[e - 1].idx
                                        + len(self.doc[e - 1].text)) for s, e in ranges]
            actor.mentions = sorted(set(spans), key=lambda sp: (sp.start, sp.end))
            if actor_id not in known and actor.mentions:
                self.analysis.actors.append(actor)
        self.analysis.actors[:] = [a for a in self.analysis.actors if a.mentions]
        self.analysis.actors.sort(key=lambda a: a.mentions[0].start)
