"""Finding the event predicates of a sentence.

Each verb or event noun with a lexicon sense becomes a candidate carrying its trigger span, the
clause that evidences it and its argument tokens. A light verb gives way to its event noun
("launched an attack"), and a noun the verb already says, or only mentions under a statement
("accused of a role in the genocide"), is no candidate of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from warpath.document import Analysis, Span
from warpath.events import lexicon as lx
from warpath.events.arguments import (
    between_only,
    light_target,
    noun_sources,
    noun_target,
    verb_sources,
    verb_target,
)
from warpath.events.senses import (
    event_object,
    gerund_noun,
    governing_verb,
    is_object,
    is_verb,
    noun_sense_of,
    verb_trigger,
)
from warpath.events.status import status_of

# Noun events with no actor of their own borrow the subject of the verb they complement
# ("negotiators returned for talks", "students took part in protests").
_BORROWING_TYPES = {"CONSULT", "PROTEST", "COOPERATE", "AGREE", "SUPPORT", "AID", "MOBILIZE"}


@dataclass
class Candidate:
    token: Any  # the predicate token
    sense: lx.Sense
    trigger: tuple[int, int]  # character offsets
    clause: Any  # the token whose subtree is the evidence
    source_tokens: list[Any]
    target_token: Any | None
    anchored: bool  # governed by a light or occurrence verb: an event even with no actor


def candidates(sent: Any, lexicon: lx.Lexicon) -> Iterator[Candidate]:
    verb_events: dict[int, lx.Sense] = {}
    for tok in sent:
        if is_verb(tok):
            sense = lexicon.verb_sense(tok)
            if sense is None:
                continue
            # "launched an attack": the noun names the event; but "called off a strike" is
            # an event of its own (CONCEDE), not the strike.
            obj = event_object(tok, lexicon) if lexicon.is_light(tok) else None
            specific = bool(sense.objects or sense.particle)
            if obj is None or (specific and obj.type != sense.type):
                verb_events[tok.i] = sense
    for tok in sent:
        if tok.i in verb_events:
            sense = verb_events[tok.i]
            yield Candidate(
                token=tok,
                sense=sense,
                trigger=verb_trigger(tok, sense),
                clause=tok,
                source_tokens=verb_sources(tok),
                target_token=verb_target(tok, sense),
                anchored=False,
            )
        elif (tok.pos_ in ("NOUN", "PROPN") or gerund_noun(tok)) and tok.dep_ != "compound":
            if tok.is_title and not tok.is_sent_start and tok.pos_ == "PROPN" or (
                tok.is_title and tok.i > sent.start and tok.nbor(-1).is_title
            ):
                continue  # part of a name: "the Iraq War", "Operation Desert Storm"
            found = noun_sense_of(tok, lexicon)
            if not found:
                continue
            sense, first = found
            governor = governing_verb(tok)
            if governor is not None and governor.i in verb_events and not _circumstance(tok):
                continue  # "agreed to the cease-fire": the verb already says it
            if (_mentioned_under(tok, verb_events) and not noun_sources(tok)
                    and status_of(tok)[0] in ("asserted", "reported")):
                continue  # "accused of a role in the genocide": a known event, mentioned
            light = governor is not None and lexicon.is_light(governor) and is_object(tok)
            occurs = (
                governor is not None
                and tok.dep_ in ("nsubj", "nsubjpass")
                and lexicon.is_occurrence(governor)
            )
            sources = noun_sources(tok)
            borrow = light or tok.dep_ == "pobj" and (
                tok.head.lower_ == "with"  # "responded with missile strikes"
                or sense.type in _BORROWING_TYPES
                and tok.head.lower_ in ("in", "for", "at", "into", "on", "during")
            )
            if not sources and borrow and governor is not None:
                sources = verb_sources(governor)
            elif light and governor is not None and between_only(tok):
                # "launched a mediation effort between A and B": A and B are mediated; the
                # one who launched it mediates
                sources = verb_sources(governor) or sources
            yield Candidate(
                token=tok,
                sense=sense,
                trigger=(first.idx, tok.idx + len(tok.text)),
                clause=governor if (light or occurs) and governor is not None else tok,
                source_tokens=sources,
                target_token=noun_target(tok) or (
                    light_target(governor, tok)
                    if light and governor is not None and tok.dep_ == "dobj" else None),
                anchored=light or occurs,
            )


def _circumstance(tok: Any) -> bool:
    """ "threw stones during demonstrations": a noun under a preposition of time or cause is
    an event beside the verb's, not the verb's own content."""
    return tok.dep_ == "pobj" and tok.head.lower_ in (
        "during", "amid", "after", "before", "despite", "following", "since", "throughout")


# Predicates that talk about an event rather than report a new one.
_TALK_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "CONSULT", "THREATEN"}


def _mentioned_under(tok: Any, verb_events: dict[int, lx.Sense]) -> bool:
    node = tok
    for _ in range(6):
        if node.dep_ not in ("pobj", "prep", "dobj", "pcomp", "xcomp", "conj", "attr"):
            return False
        node = node.head
        sense = verb_events.get(node.i)
        if sense is not None:
            return sense.type in _TALK_TYPES
    return False


def evidence_span(analysis: Analysis, clause: Any, sent: Any) -> Span:
    toks = [t for t in clause.subtree if sent.start <= t.i < sent.end]
    while len(toks) > 1 and toks[-1].is_punct:
        toks.pop()
    while len(toks) > 1 and toks[0].is_punct:
        toks.pop(0)
    return analysis.span(toks[0].idx, toks[-1].idx + len(toks[-1].text))
