"""Forces sent to the place of an attack named only by a noun that points back: "Gunmen
raided a village near the lake before dawn … Soldiers reached the village by midday",
"Shots hit a border post overnight. The army sent two companies to the area". The place is
not named again, so `undoing.link_reinforcements` (which matches names) cannot see it; a
definite place noun ("the town", "the area", "the scene") after a verb of sending or of
reaching points at the place of the attack told just before, and the forces answer that
attack."""

from __future__ import annotations

import re

from warpath.document import Analysis, Event
from warpath.provenance.responses.earlier import act_of_toll, is_mention
from warpath.provenance.responses.links import add_link, dated_after, stale
from warpath.provenance.responses.sequence import incident_start
from warpath.provenance.responses.syntax import Token
from warpath.provenance.responses.timeline import sharing_negation, time_order
from warpath.provenance.responses.words import SEND_VERBS

# Nouns that name a place already told, with "the" ("the area", "the town", "the scene").
PLACE_AGAIN = frozenset({"area", "town", "village", "city", "scene", "site", "district",
                         "region", "locality", "neighbourhood", "neighborhood", "camp",
                         "settlement", "border", "frontier", "valley", "commune", "zone",
                         "spot", "vicinity", "quarter", "province", "island", "port"})
# Verbs of forces coming to a place by themselves ("reached the town", "arrived at the scene").
ARRIVE_VERBS = frozenset({"arrive", "reach"})
# What is sent: forces, not goods, aid or words ("sent a letter to the area").
FORCE_NOUNS = frozenset({"troop", "soldier", "reinforcement", "patrol", "unit", "police",
                         "policeman", "officer", "force", "company", "battalion", "brigade",
                         "platoon", "squad", "team", "detachment", "contingent", "gendarme",
                         "ranger", "marine", "commando", "helicopter", "gunship", "vehicle",
                         "convoy", "peacekeeper", "guard", "militia", "personnel", "army"})
REACH_BACK = 5  # sentences, in the order of time: the forces follow the attack closely


def link_arrivals(analysis: Analysis) -> None:
    """Forces sent to, or reaching, "the town", "the area", "the scene" answer the latest
    attack told before (REACH_BACK sentences at most, in the order of time), taken at its
    first telling: the place noun points back at where it happened. Not an attack said not
    to have happened, dated after the forces or long before them, nor forces whose own
    sentence names no force ("sent a letter to the area")."""
    doc = analysis.doc
    if doc is None:
        return
    order = time_order(analysis)
    denied = sharing_negation(analysis)
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.type not in ("MOBILIZE", "AID")
                or a.status not in ("asserted", "reported") or a.embedding == "nested"
                or (noun := _sent_back(doc[a.trigger_token])) is None):
            continue
        here = order.get(a.sentence, a.sentence)
        best: tuple[float, Event] | None = None
        for b in analysis.events:
            there = order.get(b.sentence, b.sentence)
            if (b.id == a.id or b.type != "ASSAULT" or there > here or here - there > REACH_BACK
                    or (b.sentence == a.sentence and b.trigger.start >= a.trigger.start)
                    or b.embedding == "nested" or b.status not in ("asserted", "reported")
                    or b.id in denied or is_mention(analysis, b) or a.id in b.responds_to
                    or stale(b, a) or dated_after(b, a) or _same_forces(a, b)
                    or not _told_since(analysis, noun, b.sentence, a.sentence)):
                continue
            key = there + 0.001 * b.trigger.start
            if best is None or key > best[0]:
                best = (key, b)
        if best is not None:
            b = _doer_told(analysis, act_of_toll(analysis, best[1]))
            add_link(a, incident_start(analysis, b))


def _doer_told(analysis: Analysis, b: Event) -> Event:
    """"Bandits raided a village … Several houses were burnt": an attack told with no doer
    just after one with its doers is part of it; the act with its doers is the one answered
    (the latest such attack, in its sentence or the two before)."""
    if b.source is not None and b.source.text:
        return b
    told = [x for x in analysis.events if x.type == "ASSAULT" and x.id != b.id
            and b.sentence - 2 <= x.sentence <= b.sentence and x.trigger.start < b.trigger.start
            and x.status in ("asserted", "reported") and x.embedding != "nested"
            and x.source is not None and x.source.text]
    return told[-1] if told else b


def _same_forces(a: Event, b: Event) -> bool:
    """Whether the attack is the arriving side's own act (its actor): forces that struck
    and then moved on are not answering themselves."""
    return a.source is not None and b.source is not None and a.source.actor_id is not None \
        and a.source.actor_id == b.source.actor_id


# Place nouns that point back at any place ("the area", "the scene"); the others ("the
# town", "the port") at a place told by that noun ("raided a farming village … the village").
ANY_PLACE = frozenset({"area", "scene", "site", "vicinity", "spot", "zone", "locality"})


def _told_since(analysis: Analysis, noun: str, first: int, last: int) -> bool:
    """Whether the place noun points back to the attack: a noun for any place, or one told
    from the attack's sentence up to the arrival's ("attacked the lower part of the town")."""
    if noun in ANY_PLACE:
        return True
    told = " ".join(s.text.lower() for s in analysis.sentences[first:last])
    return re.search(rf"\b{re.escape(noun)}s?\b", told) is not None


def _sent_back(tok: Token) -> str | None:
    """"sent additional patrols to the area", "deployed troops to the scene", "the troops
    sent to the village", "reinforcements reached the town", "soldiers arrived at the site":
    a verb of sending with forces as its object, or of reaching with forces as its subject,
    and a definite place noun that names no place of its own: that noun."""
    verb = tok
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubj", "nsubjpass"):
        verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma in SEND_VERBS:
        forces = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
            forces.append(verb.head)  # "the troops sent to the village"
        places = [o for c in verb.children if c.dep_ in ("prep", "dative")
                  and c.lower_ in ("to", "into")
                  for o in c.children if o.dep_ == "pobj"]
    elif lemma in ARRIVE_VERBS:
        forces = [c for c in verb.children if c.dep_ == "nsubj"]
        places = [c for c in verb.children if c.dep_ == "dobj"] if lemma == "reach" else [
            o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on")
            for o in c.children if o.dep_ == "pobj"]
    else:
        return None
    if not any(_force(f) for f in forces):
        return None
    return next((p.lemma_.lower() for p in places if _points_back(p)), None)


def _force(noun: Token) -> bool:
    """"additional patrols", "a unit of the mission", "reinforcements from the police"."""
    words = {noun.lemma_.lower(), *(c.lemma_.lower() for c in noun.children
                                    if c.dep_ in ("compound", "amod"))}
    # "a column of soldiers", "two companies of troops"
    words |= {o.lemma_.lower() for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"}
    return bool(words & FORCE_NOUNS)


def _points_back(noun: Token) -> bool:
    """"the area", "the town" (no name of its own: not "the town of Kidal", "the Kidal area")."""
    if noun.lemma_.lower() not in PLACE_AGAIN or noun.pos_ != "NOUN":
        return False
    kids = list(noun.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in kids):
        return False
    return not any(c.dep_ in ("compound", "poss", "prep", "appos") or c.pos_ == "PROPN"
                   for c in kids)
