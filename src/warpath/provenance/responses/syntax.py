"""Reading the parse for response links: the events whose triggers lie in a subtree, a
verb's objects and particles, what "after" introduces, what "it"/"them" stands for."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from warpath.document import Analysis, Event
from warpath.provenance.responses.words import TIME_UNITS

Token = Any


def events_by_token(analysis: Analysis) -> dict[int, list[Event]]:
    out: dict[int, list[Event]] = {}
    doc = analysis.doc
    for e in analysis.events:
        i = e.trigger_token
        if i is None:
            span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            i = span.root.i if span is not None and len(span) else None
        if i is not None:
            out.setdefault(i, []).append(e)
    return out


def has_particle(tok: Token, word: str) -> bool:
    """"turned down", "brushed it aside"; also a particle the parser took for a preposition
    just after the object ("turned the appeal down the following day")."""
    obj = direct_object(tok)
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == word
               or c.dep_ == "prep" and c.lower_ == word and obj is not None
               and c.i == obj.right_edge.i + 1 for c in tok.children)


def direct_object(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "dobj"), None)


def after_phrase(tok: Token) -> Token | None:
    """What an answer follows: "after the patrol was shot at" on the cue or the act it
    modifies. Only read next to a response cue, where "after" names the provocation."""
    nodes = [tok] + ([tok.head] if tok.dep_ == "pobj" else [])
    nodes += [n.head for n in list(nodes) if n.dep_ == "prep"]
    for node in nodes:
        for c in node.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after"
                                         for m in c.children):
                return c
            if c.dep_ == "prep" and c.lower_ == "after":
                obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    return obj
    return None


def object_of(tok: Token, preps: Iterable[str]) -> Token | None:
    """The object of "for/to/over" on a response word ("retaliation for the killing")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj
    return None


def objects_of(verb: Token) -> list[Token]:
    """The direct object and the objects of "over/against/about/for" of a verb."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("over", "against", "about", "for"):
            out += [o for o in c.children if o.dep_ == "pobj"]
    return out


def events_in(by_token: dict[int, list[Event]], root: Token,
               skip: set[str] | None = None) -> list[Event]:
    """Events whose trigger lies in the subtree of `root`, nearest to `root` first."""
    found: list[tuple[int, int, Event]] = []
    for t in root.subtree:
        for e in by_token.get(t.i, []):
            if skip and e.id in skip:
                continue
            depth = sum(1 for a in t.ancestors if root.is_ancestor(a) or a.i == root.i)
            found.append((depth, t.i, e))
    found.sort(key=lambda x: (x[0], x[1]))
    return [e for _, _, e in found]


def pronoun_referent(verb: Token, pron: Token) -> Token | None:
    """What "them"/"it" stands for: the nearest noun of its number before it, in its
    sentence or the one before, not the subject of its own verb nor a span of time."""
    plural = pron.lower_ == "them"
    doc = verb.doc
    own = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    first = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else 0
    for i in range(pron.i - 1, first - 1, -1):
        t = doc[i]
        if t.pos_ not in ("NOUN", "PROPN") or t.i in own:
            continue
        if t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in TIME_UNITS:
            continue
        if (t.tag_ in ("NNS", "NNPS")) == plural:
            return t
    return None
