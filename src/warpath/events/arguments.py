"""Which tokens are the source and the target of a predicate.

For verbs: the subject, the `by` agent of a passive, the antecedent of a relative pronoun, or
the subject inherited through `xcomp`/`conj`/participle clauses; the target is the object, the
passive subject or a prepositional object. For nouns: the possessor, an agentive modifier, a
`by` or `between` phrase, and the `of`/on/against object. Coordinated arguments expand to one
token per conjunct, and fallbacks offer further target tokens when the first is no actor.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from warpath.events import lexicon as lx
from warpath.events.grammar import (
    AGENT_ENTS,
    AGENT_NOUNS,
    OBJ,
    PASSIVE_SUBJ,
    PRONOUNS,
    RELATIVE,
    SUBJ,
)
from warpath.events.senses import event_noun, governing_verb, noun_sense_of

if TYPE_CHECKING:  # the candidate type only; predicates imports this module
    from warpath.events.predicates import Candidate


_TARGET_PREPS = {"on", "against", "at", "upon", "with", "to", "toward", "towards", "into", "of"}
_NOUN_TARGET_PREPS = {"of", "on", "against", "at", "upon", "with", "to", "toward", "towards",
                      "targeting", "between", "for"}
_NOUN_SOURCE_PREPS = {"by", "from"}

# Passive forms that are really states of their subject: "Israel is opposed to ...",
# "Serb forces were engaged in ...".
_STATIVE_PASSIVES = {"oppose", "commit", "determine", "prepare", "resolve", "involve", "engage",
                     "poise", "set"}


def is_participle(tok: Any) -> bool:
    """ "soldiers killed in Ukraine", "a ship seized last week": a past participle hung on a
    noun is a passive whose patient is that noun."""
    return tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN" and tok.head.pos_ in (
        "NOUN", "PROPN") and not any(
        c.dep_ in SUBJ | PASSIVE_SUBJ | OBJ  # an object: an active verb
        or c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP")  # "donated and delivered"
        for c in tok.children)


def verb_sources(tok: Any) -> list[Any]:
    passive = any(c.dep_ in PASSIVE_SUBJ or c.dep_ == "auxpass" for c in tok.children) or (
        is_participle(tok))
    if passive and tok.lemma_.lower() in _STATIVE_PASSIVES:
        subj = [c for c in tok.children if c.dep_ in PASSIVE_SUBJ]
        if subj and not any(c.dep_ == "agent" for c in tok.children):
            return _with_conjuncts(subj[0])
    for c in tok.children:
        if c.dep_ == "agent":
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj:
                return _with_conjuncts(pobj[0])
    if not passive:
        # nearest subject first: a dateline ("LUANDA, July 9 -") can parse as a second one
        for c in sorted(tok.children, key=lambda c: abs(c.i - tok.i)):
            if c.dep_ in SUBJ:
                if c.lower_ in RELATIVE and tok.dep_ == "relcl":
                    return [tok.head]
                if event_noun(c):
                    # "Fighting between A and B killed ...": an event is no actor; its own
                    # parties are, else whoever is named on it ("US drone strikes")
                    return noun_sources(c) or [c]
                return _with_conjuncts(c)
    # No subject of its own: borrow it from the clause this verb hangs on.
    if tok.dep_ == "relcl" and not passive:
        return [tok.head]
    if tok.dep_ == "acl" and (tok.tag_ == "VBG" or tok.tag_ == "VBN" and not passive):
        gov = governing_verb(tok.head)
        if (gov is not None and tok.head.dep_ in OBJ and tok.head.pos_ == "NOUN"
                and tok.head.lemma_.lower() not in AGENT_NOUNS and not tok.head.ent_type_):
            return verb_sources(gov)  # "issued a declaration demanding ...": the issuer
        return [tok.head]
    if tok.dep_ == "advcl" and not passive and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children
    ) and tok.head.pos_ in ("VERB", "AUX"):
        return verb_sources(tok.head)  # "opened fire to disperse ...": the same actor
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and not passive and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children
    ):
        # "plans to attack", "his decision to strike": the planner is the actor
        owner = noun_sources(tok.head)
        if owner:
            return owner
        gov = governing_verb(tok.head)
        if gov is not None and tok.head.dep_ in OBJ:
            return verb_sources(gov)
    if tok.dep_ == "pcomp" and tok.head.head.pos_ == "ADJ" and tok.head.head.dep_ == "acomp":
        return verb_sources(tok.head.head.head)  # "X and Y are guilty of violating ..."
    if tok.dep_ == "pcomp" and tok.head.head.pos_ == "VERB":
        gov = tok.head.head  # "accused Iran of firing", "condemned it for attacking"
        objs = [c for c in gov.children if c.dep_ in OBJ]
        if objs and tok.head.lower_ in ("of", "for", "from"):
            return [objs[0]]
        return verb_sources(gov)  # "attacked the base without killing anyone"
    if tok.dep_ in ("xcomp", "conj", "advcl", "ccomp") and tok.head != tok:
        head = tok.head
        if tok.dep_ == "xcomp":
            objs = [c for c in head.children if c.dep_ in OBJ or c.dep_ in PASSIVE_SUBJ]
            if objs:  # object control or raising: "urged Iran to stop", "were set to meet"
                return [objs[0]]
        if tok.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            return verb_sources(head.head)  # "Norway is willing to send"
        if tok.dep_ == "conj":
            patient = [c for c in head.children if c.dep_ in PASSIVE_SUBJ]
            if patient and any(c.dep_ == "auxpass" for c in head.children):
                # "the minister was indicted ... and will resign": the subject, not the agent
                return _with_conjuncts(patient[0])
        if tok.dep_ in ("xcomp", "conj") or tok.tag_ == "VBG":
            if head.pos_ in ("NOUN", "PROPN"):
                return [head]
            return verb_sources(head) if head.pos_ in ("VERB", "AUX") else []
    return []


def verb_target(tok: Any, sense: lx.Sense) -> Any | None:
    passive = any(c.dep_ == "auxpass" for c in tok.children) or is_participle(tok)
    for c in tok.children:
        if passive and c.dep_ in PASSIVE_SUBJ:
            if c.lower_ in RELATIVE and tok.dep_ == "relcl":
                return tok.head
            if c.lemma_.lower() in sense.objects:
                break  # "a rocket was fired at Israel": the weapon, not the target
            return c
    objs = [c for c in tok.children if c.dep_ in OBJ]
    for c in objs:
        if c.dep_ in ("dative", "iobj"):
            return c
    for c in objs:
        if not (sense.objects and c.lemma_.lower() in sense.objects):
            return c
    for c in objs:  # "lifted sanctions on Belarus": the target hangs on the object
        for p in c.children:
            if p.dep_ == "prep" and p.lower_ in ("on", "against", "to", "at", "toward"):
                for g in p.children:
                    if g.dep_ == "pobj":
                        return g
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS:
            for g in c.children:
                if g.dep_ == "pobj" and not temporal(g):
                    return g
    if passive and tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    for c in objs:
        return c
    for c in tok.children:  # "fired missiles early Wednesday targeting two air bases"
        if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in _AIM_VERBS and (
                c.tag_ == "VBG"):
            aim = next((g for g in c.children if g.dep_ in ("dobj", "obj")), None)
            if aim is not None:
                return aim
    # "agreed to send aid to Romania", "offered to hand over the suspects to Britain"
    for c in tok.children:
        if c.dep_ == "xcomp":
            for p in c.children:
                if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for", "with", "on"):
                    for g in p.children:
                        if g.dep_ == "pobj":
                            return g
    if not passive:  # "rammed and boarded two boats": the object both verbs share
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ == "VERB":
                shared = next((g for g in c.children if g.dep_ in ("dobj", "obj")), None)
                if shared is not None:
                    return shared
    return None


def temporal(tok: Any) -> bool:
    """ "on Monday", "at dawn": a time, never a party."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in _TIME_NOUNS


_TIME_NOUNS = {"day", "night", "morning", "evening", "afternoon", "dawn", "dusk", "week",
               "weekend", "month", "year", "time", "occasion", "moment", "hour"}


def light_target(verb: Any, noun: Any) -> Any | None:
    """ "issued a warning to the army", "made an appeal to Iran": the light verb carries
    the noun's recipient."""
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "against", "on", "at"):
            for g in c.children:
                if g.dep_ == "pobj" and g is not noun and not temporal(g):
                    return g
    return None


_AIM_VERBS = {"target", "hit", "strike", "aim"}


def noun_sources(tok: Any) -> list[Any]:
    for c in tok.children:
        if c.dep_ == "poss":
            return _with_conjuncts(c)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _NOUN_SOURCE_PREPS:
            for g in c.children:
                if g.dep_ == "pobj":
                    return _with_conjuncts(g)
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
    agentive = [c for c in mods if c.ent_type_ in AGENT_ENTS or c.pos_ == "PROPN"]
    if agentive:
        return _with_conjuncts(agentive[-1])
    for c in tok.children:  # "clashes between Armenian and Azerbaijani forces"
        if c.dep_ == "prep" and c.lower_ == "between":
            for g in c.children:
                if g.dep_ == "pobj":
                    return _with_conjuncts(g)
    return []


_ON_PREPS = ("against", "on", "to", "for", "with", "toward", "towards", "upon", "in", "into")
# Statement verbs whose "that" clause names the one addressed: "demanded that the US cancel".
_ADDRESS_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT"}


def target_candidates(cand: Candidate) -> Iterator[Any]:
    """The target token, then fallbacks when it is no actor: the party an object is aimed at
    ("threatened further action against Russia", "aid for Romania"), the subject of a demand's
    clause ("demanded that the US cancel ..."), the target of a governed verb ("refused to meet
    Jordan's king", "threatened to cut off electricity to Nakhichevan")."""
    first = cand.target_token
    if first is not None:
        yield first
    tok = cand.token
    if cand.sense.pos != "verb":
        return
    # not through an event noun: "condemned the attacks on Saudi territory" accuses the
    # attacker, not the Saudis
    if first is not None and not noun_sense_of(first, lx.load()):
        for c in first.children:
            if c.dep_ == "prep" and c.lower_ in _ON_PREPS:
                yield from (g for g in c.children if g.dep_ == "pobj")
    elif first is not None and first.dep_ == "pobj" and first.head.lower_ == "with":
        # "retaliated with cyberattacks on X": the means is an event aimed at the target
        inner = noun_target(first)
        if inner is not None:
            yield inner
    if cand.sense.type in _ADDRESS_TYPES:
        for c in tok.children:
            if c.dep_ == "ccomp":
                yield from (g for g in c.children if g.dep_ in SUBJ | PASSIVE_SUBJ
                            and g.lower_ not in PRONOUNS)
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            inner = verb_target(c, _NEUTRAL)
            if inner is not None and inner != first:
                yield inner
                for p in inner.children:
                    if p.dep_ == "prep" and p.lower_ in _ON_PREPS:
                        yield from (g for g in p.children if g.dep_ == "pobj")


_NEUTRAL = lx.Sense(lemma="", pos="verb", type="AGREE")


def between_only(tok: Any) -> bool:
    """Whether a noun's only source phrase is "between A and B"."""
    deps = {(c.dep_, c.lower_) for c in tok.children}
    return ("prep", "between") in deps and not any(
        d == "poss" or (d == "prep" and w in _NOUN_SOURCE_PREPS) for d, w in deps)


def noun_target(tok: Any) -> Any | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _NOUN_TARGET_PREPS and c.lower_ != "between":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
        if c.dep_ == "acl" and c.lemma_ == "target":
            for g in c.children:
                if g.dep_ in OBJ:
                    return g
    return None


def _with_conjuncts(tok: Any) -> list[Any]:
    """The token and the tokens coordinated with it ("Pompeo and Bolton"); "the presidents
    of Congo and Rwanda" stand for their countries, one each."""
    if tok.tag_ == "NNS" and tok.lemma_.lower() in AGENT_NOUNS and not any(
        c.dep_ == "conj" for c in tok.children
    ):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                owners = [g for g in c.children if g.dep_ == "pobj"]
                if owners and any(g.dep_ == "conj" for g in owners[0].children):
                    return _with_conjuncts(owners[0])
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON", "ADJ"):
            out.extend(_with_conjuncts(c))
    if len(out) == 1 and tok.pos_ == "NOUN":
        # "Armenian and Azerbaijani forces": two sides named by their adjectives
        for c in tok.children:
            if c.dep_ == "amod" and c.ent_type_ == "NORP":
                sides = [c] + [g for g in c.children if g.dep_ == "conj" and g.ent_type_ == "NORP"]
                if len(sides) > 1:
                    return sides
    return out
