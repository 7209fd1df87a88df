"""Recording a link (`add_link`) and the facts about two events that every pass compares:
their sides, their doers, their type family, the words of their evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from warpath.document import Analysis, Event
from warpath.provenance.responses.words import MATERIAL, STALE_DAYS, STALE_YEARS


def add_link(a: Event, b: Event, named: bool = False) -> None:
    """Record that `a` answers `b`: never itself, never both ways, and never an act told
    later unless the cue names it ("fired in retaliation for the strikes on ...")."""
    if b.id == a.id or b.id in a.responds_to or a.id in b.responds_to:
        return
    if not named and b.trigger.start >= a.trigger.start:
        return
    a.responds_to.append(b.id)


def country_of(e: Event, side: str) -> str | None:
    party = e.source if side == "source" else e.target
    return party.country if party else None


def same_doer(a: Event, b: Event, country: str | None) -> bool:
    """Whether `b` is done by the side of `a`: the same actor when both are resolved (two
    armed groups of one country are two sides), else the same country."""
    ia = a.source.actor_id if a.source else None
    ib = b.source.actor_id if b.source else None
    if ia is not None and ib is not None:
        return ia == ib
    return country is not None and country_of(b, "source") == country


def trigger_lemma(doc: Any, e: Event) -> str | None:
    i = e.trigger_token
    return doc[i].lemma_.lower() if i is not None and doc is not None else None


def stated_act_before(a: Event, b: Event, lookback: int) -> bool:
    """Whether `b` is an act of force told as fact (asserted or reported) before `a`, at most
    `lookback` sentences back: what an answer with no cue of its own may answer."""
    return (b.id != a.id and b.trigger.start < a.trigger.start and b.type in MATERIAL
            and b.sentence >= a.sentence - lookback and b.status in ("asserted", "reported"))


def type_family(t: str) -> str:
    return "material" if t in MATERIAL else t


def word_stems(text: str) -> list[str]:
    out = []
    for w in text.replace("-", " ").split():
        w = w.strip(".,;:!?\"'()[]“”’‘").lower()
        if w.endswith("'s"):
            w = w[:-2]
        if w:
            out.append(w[:-1] if w.endswith("s") and len(w) > 3 else w)
    return out


def unanswered_said(analysis: Analysis, etype: str) -> Iterator[tuple[Event, Any]]:
    """Events of `etype` told as said (asserted or reported) that answer nothing yet, with their
    trigger token: what a response pass tries to link."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.type == etype and not a.responds_to and a.trigger_token is not None
                and a.status in ("asserted", "reported")):
            yield a, doc[a.trigger_token]


def stale(b: Event, a: Event) -> bool:
    """Whether `b` is dated to another episode, long before `a` ("in January 2023 a missile
    tore through a block", "since January 2023, when a missile tore …": told as background to
    a reaction of this week)."""
    if b.date is None or a.date is None or b.embedding == "nested":
        return False
    if "inherited" not in (a.date.basis, b.date.basis):
        return b.date.end < a.date.start - dt.timedelta(days=STALE_DAYS)
    # an answer dated only by the sentence it is told in ("the general staff said on Tuesday
    # its aircraft had struck …") is still of another year than an act its text dates to a
    # past year ("In March 2022 its fighters swept through villages")
    return a.date.basis == "inherited" and b.date.basis == "explicit" and \
        b.date.end < a.date.start - dt.timedelta(days=STALE_YEARS * 365)
    # (an act inside a charge or a claim takes the date of no episode of its own)


def doer_countries(obj: Any) -> set[str]:
    """The states a noun's people's adjective names as the doers of the act it names: "the
    American strikes", "Russian shelling" (USA, RUS)."""
    from warpath.events.countries import demonym_country

    found = set()
    for c in obj.children:
        if c.dep_ in ("amod", "compound", "nmod") and (code := demonym_country(c)):
            found.add(code)
    return found


def dated_after(b: Event, a: Event) -> bool:
    """Whether `b`, told before `a`, is dated to a later day than `a` ("troops were sent on 19
    October" cannot answer the abductions of 24 October told above it)."""
    told = ("explicit", "narrative", "publication")  # days the text gives, not inherited
    return (b.date is not None and a.date is not None and b.date.basis in told
            and a.date.basis in told and b.date.start > a.date.end)


# Names for doers nobody has named: their country is only where they struck.
UNNAMED_DOERS = frozenset({"gunman", "gunmen", "attacker", "assailant", "raider", "unknown"})


def unnamed_doers(b: Event) -> bool:
    """Whether the doers of `b` are told only as "gunmen", "assailants", "unknown attackers"
    (no actor): a country given them is a guess from the place."""
    if b.source is None or not b.source.text or (
            b.source.actor_id is not None and not b.source.actor_id.startswith("generic-")):
        return False  # (a generic actor, "gunmen", names no side)
    return any(w in UNNAMED_DOERS for w in b.source.text.lower().replace("-", " ").split())
