"""Recording a link (`add_link`) and the facts about two events that every pass compares:
their sides, their doers, their type family, the words of their evidence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from warpath.document import Analysis, Event
from warpath.provenance.responses.words import MATERIAL


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
