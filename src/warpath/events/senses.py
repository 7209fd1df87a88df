"""Which lexicon sense a token carries as an event predicate.

Verbs, nouns and -ing forms used as nouns are looked up in the event lexicon: a noun with its
hyphenated or compound parts joined ("cease-fire", "air strike"), a shell noun through its
modifier ("a bombing campaign"), a light verb through its object ("launched an attack"). Also
the verb a noun is an argument of, and the character span that triggers a verb event.
"""

from __future__ import annotations

from typing import Any

from warpath.events import lexicon as lx
from warpath.events.grammar import AGENT_NOUNS, OBJ, SUBJ

_SHELL_NOUNS = {"effort", "mission", "process", "campaign", "operation", "initiative", "bid",
                "attempt", "drive", "plan", "programme", "program", "deal", "agreement"}


def is_verb(tok: Any) -> bool:
    return tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound") and not gerund_noun(tok)


def gerund_noun(tok: Any) -> bool:
    """ "could see wider fighting": an -ing form used as a noun (an object or subject with an
    adjective or determiner, and no subject or object of its own)."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr")
        and any(c.dep_ in ("amod", "det", "poss") for c in tok.children)
        and not any(c.dep_ in SUBJ | OBJ for c in tok.children)
    )


def _noun_key_tokens(tok: Any) -> tuple[str, Any]:
    """The noun's word with hyphenated or compound parts joined: "cease-fire", "air strike"."""
    first = tok
    i = tok.i
    doc = tok.doc
    # "shoot-down": the parts are glued by a hyphen with no spaces around it
    while i >= 2 and doc[i - 1].text == "-" and not (doc[i - 2].whitespace_
                                                     or doc[i - 1].whitespace_):
        i -= 2
        first = doc[i]
    return "".join(t.text for t in doc[first.i : tok.i + 1]), first


def noun_sense_of(tok: Any, lexicon: lx.Lexicon) -> tuple[lx.Sense, Any] | None:
    word, first = _noun_key_tokens(tok)
    keys = [lx.normalise(word)]
    left = tok.doc[first.i - 1] if first.i > 0 else None
    if left is not None and left.dep_ in ("compound", "amod") and left.head == tok:
        keys.insert(0, lx.normalise(left.text + word))
        keys.insert(0, lx.normalise(left.lemma_ + tok.lemma_))
    keys.append(lx.normalise(tok.lemma_))
    for i, key in enumerate(keys):
        sense = lexicon.noun_sense(key, tok)
        if sense:
            start = left if i < 2 and len(keys) > 2 and left is not None else first
            return sense, start
    if tok.lemma_.lower() in _SHELL_NOUNS:  # "a mediation effort", "a bombing campaign"
        for c in tok.children:
            if c.dep_ == "compound" and c.i < tok.i:
                sense = lexicon.noun_sense(lx.normalise(c.lemma_), c)
                if sense:
                    return sense, c
    return None


def event_object(tok: Any, lexicon: lx.Lexicon) -> lx.Sense | None:
    """The sense of a light verb's object when it is itself an event noun ("launched an
    attack")."""
    for c in tok.children:
        if c.dep_ in OBJ or c.dep_ == "nsubjpass":
            found = noun_sense_of(c, lexicon)
            if found:
                return found[0]
            for p in c.children:  # "ordered a series of strikes", "launched a wave of attacks"
                if p.dep_ == "prep" and (p.lower_ == "of" or p.lower_ == "in" and amount(c)):
                    for g in p.children:
                        found = noun_sense_of(g, lexicon) if g.dep_ == "pobj" else None
                        if found:
                            return found[0]
        if c.dep_ == "prep" and c.lower_ in ("in", "into", "on", "for"):  # "engaged in talks"
            for g in c.children:
                found = noun_sense_of(g, lexicon) if g.dep_ == "pobj" else None
                if found:
                    return found[0]
    return None


def governing_verb(tok: Any) -> Any | None:
    """The verb a noun is an argument of, through one preposition: "agreed [to] the truce"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        if head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.dep_ in OBJ:
            return governing_verb(head.head)  # "gave $5 million of aid", "a series of strikes"
        if head.lower_ == "in" and head.head.dep_ in OBJ and amount(head.head):
            return governing_verb(head.head)  # "announced €60 million in aid"
        head = head.head
    elif tok.dep_ == "conj":
        return governing_verb(head)
    if head == tok or head.pos_ not in ("VERB", "AUX"):
        return None
    return head


_UNITS = {"dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "rupee", "franc", "ton",
          "tonne", "tonnes", "tons", "shekel", "dirham", "riyal"}


def amount(tok: Any) -> bool:
    """ "€60 million", "$5 billion", "2,000 tonnes": a sum or quantity standing for what it
    counts."""
    return tok.ent_type_ in ("MONEY", "QUANTITY") or tok.lemma_.lower() in _UNITS


def is_object(tok: Any) -> bool:
    return tok.dep_ in OBJ or tok.dep_ in ("nsubjpass", "pobj", "attr") or (
        tok.dep_ == "conj" and is_object(tok.head)
    )


def verb_trigger(tok: Any, sense: lx.Sense) -> tuple[int, int]:
    end = tok.idx + len(tok.text)
    if sense.particle:
        for c in tok.children:
            if c.lower_ == sense.particle.split()[0] and c.i == tok.i + 1:
                end = c.idx + len(c.text)
    return tok.idx, end


def event_noun(tok: Any) -> bool:
    return (tok.pos_ in ("NOUN", "VERB") and not tok.ent_type_
            and tok.lemma_.lower() not in AGENT_NOUNS and noun_sense_of(tok, lx.load()) is not None)
