"""The domain of a clause: is a war-like word used in an ordinary sense?

News borrows the words of war for sport ("the striker shot wide", "stormed into the final"),
business ("shares were hammered", "an all-out assault on the market"), culture ("the orchestra
invaded the charts"), games, technology and the weather ("a heatwave struck Spain"). Such a
clause is recognised by its participants and its words, from the word classes of
data/domains.yaml:

- a sentence that names a state, armed or political actor, a weapon or a casualty ("a drone hit
  a market", "police fired tear gas at fans") is never demoted, nor an event with a participant
  that is a state or people (a GPE or NORP name) or an actor from the dictionaries, unless the
  sentence is plainly about one domain (three of its words: "Brazil beat Argentina in the cup
  final at the stadium");
- a force of nature or a disease as a party makes the event no one's act;
- otherwise a participant that is a person or thing of a domain ("the goalkeeper", "the
  retailer's shares"), or two context words of one domain in the sentence, place it in that
  domain. Force (ASSAULT, COERCE) is placed only by its doer or by an abstract thing hit: people
  of a domain hit by force are its victims, and a market, stadium or concert hit is a place
  attacked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from warpath.events.unlisted import PEOPLE, PLACES, THINGS

_FORCE_TYPES = {"ASSAULT", "COERCE"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
_OBJECTS = {"dobj", "obj", "dative", "attr", "oprd"}
# Prepositions whose object is a party of the act ("clashing with a defender", "an assault on
# the market", "a win over Cameroon", "stormed into the quarter-finals").
_PARTY_PREPS = {"on", "against", "at", "with", "to", "into", "over", "upon", "behind", "of",
                "from"}
# Clauses that share the subject of the clause they hang on.
_SHARED_SUBJECT = {"xcomp", "advcl", "pcomp", "conj", "prep", "acomp"}
_STATE_ENTS = {"GPE", "NORP"}
_NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
_PRONOUNS = {"PRON"}
# Actor sectors of states, armed groups and politics (CAMEO codes).
_POLITICAL_SECTORS = {"GOV", "MIL", "SPY", "LEG", "JUD", "COP", "REB", "INS", "SEP", "UAF", "OPP",
                      "PTY", "IGO", "ELI", "PRO"}
_SCORE = re.compile(r"(?<![\d.,])\d{1,2} ?[-\u2013] ?\d{1,2}(?![\d.,%])")  # "3-0", "1–1"
# Context words of one domain that override a country named as a party (national teams).
_PLAIN = 3
_CONCRETE = PEOPLE | PLACES | THINGS


@dataclass(frozen=True)
class Domain:
    name: str
    people: frozenset[str]
    things: frozenset[str]
    places: frozenset[str]
    words: frozenset[str]


@dataclass(frozen=True)
class Classes:
    conflict: frozenset[str]
    nature: frozenset[str]
    domains: tuple[Domain, ...]
    contests: frozenset[str] = frozenset()
    defeats: frozenset[str] = frozenset()
    speech: frozenset[str] = frozenset()


@cache
def classes() -> Classes:
    raw = yaml.safe_load(
        resources.files("warpath.events").joinpath("data/domains.yaml").read_text("utf-8"))

    def words(value: Any) -> frozenset[str]:
        return frozenset(str(w).lower() for w in value or ())

    domains = tuple(
        Domain(name, words(d.get("people")), words(d.get("things")), words(d.get("places")),
               words(d.get("words")))
        for name, d in (raw.get("domains") or {}).items())
    return Classes(words(raw.get("conflict")), words(raw.get("nature")), domains,
                   words(raw.get("contests")), words(raw.get("defeats")),
                   words(raw.get("speech")))


def _lemma(tok: Any) -> str:
    return str(tok.lemma_.lower()).replace("-", "")


def _clause_verb(tok: Any) -> Any:
    """The verb an event noun belongs to: "launched an assault" -> launched; "a win over X"
    hung on "with" -> the verb of that phrase; not the verb an event noun is the subject of
    ("attacks could raise premiums": the insurers who raise them are no party to the attacks)."""
    node = tok
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        if node.dep_ in ("dobj", "obj", "nsubjpass", "pobj", "attr"):
            node = node.head
            if node.pos_ == "ADP":
                node = node.head
        else:
            return node
    return node


def _with_conjuncts(tok: Any) -> list[Any]:
    return [tok] + [c for c in tok.children if c.dep_ == "conj"]


def participants(trigger: Any) -> list[tuple[Any, str]]:
    """The parties of the act the trigger names, each with its role ("source" or "target"):
    subjects, objects, the objects of party prepositions, an inherited subject, the head noun
    of a relative clause."""
    out: list[tuple[Any, str]] = []
    verb = _clause_verb(trigger)
    heads = [trigger] if verb.i == trigger.i else [trigger, verb]
    for head in heads:
        for c in head.children:
            if c.dep_ in _SUBJECTS:
                out.append((c, "target" if c.dep_ == "nsubjpass" else "source"))
            elif c.dep_ in _OBJECTS:
                out.append((c, "target"))
            elif c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in _PARTY_PREPS:
                role = "source" if c.dep_ == "agent" or c.lower_ == "by" else "target"
                out.extend((g, role) for g in c.children if g.dep_ == "pobj")
    if verb.pos_ in ("VERB", "AUX") and not any(role == "source" for _, role in out):
        node = verb
        for _ in range(6):
            if node.dep_ in ("relcl", "acl"):
                out.append((node.head, "source"))
                break
            if node.dep_ not in _SHARED_SUBJECT or node.head.i == node.i:
                break
            node = node.head
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                out.extend((s, "source") for s in subjects)
                break
    return [(t, role) for tok, role in out for t in _with_conjuncts(tok) if t.i != trigger.i]


def _named(tok: Any) -> bool:
    """Part of a name: an entity, a proper noun, or a capital inside the sentence ("TV Rain")."""
    return tok.ent_type_ in _NAMED or tok.pos_ == "PROPN" or (
        tok.text[:1].isupper() and tok.i != tok.sent.start)


def _words(tok: Any) -> set[str]:
    """The head's lemma and its compounds' ("film festival", "chess champion"); not the words
    of a name ("TV Rain", "the Arab League")."""
    if _named(tok):
        return set()
    return {_lemma(tok)} | {_lemma(c) for c in tok.children if c.dep_ == "compound"
                            and not _named(c)}


def _natural(tok: Any, nature: frozenset[str]) -> bool:
    """A force of nature as a party: "the cyclone", "Hurricane Maria", "Typhoon Haiyan"; not a
    measure of something else ("a hail of stones", "a storm of rockets")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
           for c in tok.children):
        return False
    if _words(tok) & nature:
        return True
    return _named(tok) and any(c.dep_ == "compound" and c.i < tok.i and _lemma(c) in nature
                               for c in tok.children)


_HARM_LEMMAS = {"kill", "die", "lose", "injure", "wound", "hurt", "perish"}
# Accidents, which kill or wound as a force of nature does: no one's act. Only as the cause of
# a death or a wound ("pointed the finger at China over the crash" accuses all the same); a
# collision is left out, as ships of two states colliding in a standoff is force (dev gold).
_ACCIDENTS = frozenset({"accident", "crash", "derailment", "stampede", "capsizing",
                        "shipwreck"})


def _died_in(trigger: Any, parts: list[tuple[Any, str]], nature: frozenset[str]) -> bool:
    """ "Twelve people were killed in a road accident", "a bus crash killed nine", "lost
    their lives in an avalanche": a death or a wound whose cause, its subject or told with
    "in", is an accident or a force of nature."""
    verb = _clause_verb(trigger)
    if _lemma(trigger) not in _HARM_LEMMAS and _lemma(verb) not in _HARM_LEMMAS:
        return False
    causes = nature | _ACCIDENTS
    if any(role == "source" and _lemma(t) in _ACCIDENTS for t, role in parts):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
        g.dep_ == "pobj" and (_lemma(g) in causes or _natural(g, nature))
        for g in c.children)
        for head in {trigger, verb} for c in head.children)


def _spoken(tok: Any, speech: frozenset[str]) -> bool:
    """Words as the doer of force: "criticism hit the minister", "a barrage of questions struck
    the spokesman", "a storm of outrage battered the club"."""
    if _lemma(tok) in speech:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and _lemma(g) in speech for g in c.children) for c in tok.children)


def _contest(trigger: Any, cls: Classes) -> bool:
    """A defeat in a contest: "beat Uganda in the final", "was crushed in the election", "routed
    in the derby" (a verb of defeating with "in" a match, race, vote or poll)."""
    if _lemma(trigger) not in cls.defeats:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and _lemma(g) in cls.contests for g in c.children)
        for c in trigger.children)


def _bystander(tok: Any, vocabulary: frozenset[str]) -> bool:
    """A person, place or vehicle hit that belongs to no domain ("fans attacked a mosque",
    "supporters beat a migrant", "the boxer's entourage attacked a journalist"): the force is
    no move of a game (but "killed the battery life", "shot at goal" are)."""
    if tok.head.dep_ == "prep" and tok.head.lower_ == "with":
        return False  # an instrument or a side: "hit his opponent with a left hook"
    return (not _named(tok) and _lemma(tok) in _CONCRETE
            and not _words(tok) & vocabulary)


def _doer(tok: Any, domain: Domain) -> bool:
    """A doer of the domain: a person or thing of it ("the retailer's shares"), or one named by
    a compound that is of its people ("the chess champion", "the football federation"); but
    "market traders" are traders."""
    words = _words(tok)
    return bool(words) and (_lemma(tok) in domain.people | domain.things
                            or bool((words - {_lemma(tok)}) & domain.people))


def _sentence_scores(sent: Any) -> dict[str, int]:
    nouns = {_lemma(t) for t in sent if t.pos_ == "NOUN" and not _named(t)}
    scores = {d.name: len(nouns & d.words) for d in classes().domains}
    if _SCORE.search(sent.text):
        scores["sport"] = scores.get("sport", 0) + 2
    return scores


def _state_party(analysis: Any, tok: Any, ordinary_words: frozenset[str]) -> bool:
    """A state or people named ("Cameroon", "Kenyan"), an actor from the dictionaries, or a
    party the actor stage gave a state, armed or political sector ("fans of the jailed
    opposition leader"); a person or thing of a domain is judged by its domain instead."""
    owners = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    if _words(tok) & ordinary_words:
        return any(_state_party(analysis, o, ordinary_words) for o in owners)
    if tok.ent_type_ in _STATE_ENTS:
        return True
    actor = None if analysis is None else analysis.actor_at(tok.idx, tok.idx + len(tok.text))
    if actor is not None and (actor.from_dictionary and tok.pos_ == "PROPN"
                              or actor.sector in _POLITICAL_SECTORS):
        return True
    return any(_state_party(analysis, o, ordinary_words) for o in owners)


def ordinary_domain(trigger: Any, etype: str, analysis: Any = None) -> str | None:
    """The domain ("sport", "business", "nature", ...) in which the event the trigger names is
    an ordinary act, not one of conflict or politics; None when it may be one."""
    cls = classes()
    sent = trigger.sent
    parts = participants(trigger)
    if etype in _FORCE_TYPES and any(role == "source" and _spoken(t, cls.speech)
                                     for t, role in parts):
        return "speech"
    if any(t.i != trigger.i and _lemma(t) in cls.conflict for t in sent):
        return None
    if any(_natural(t, cls.nature) for t, _ in parts) or (
            etype in _FORCE_TYPES and _died_in(trigger, parts, cls.nature)):
        return "nature"
    if etype in _FORCE_TYPES and _contest(trigger, cls):
        return "contest"
    scores = _sentence_scores(sent)
    ordinary_words = frozenset().union(*(d.people | d.things for d in cls.domains))
    if any(_state_party(analysis, t, ordinary_words) for t, _ in parts) and max(
            scores.values(), default=0) < _PLAIN:
        return None
    force = etype in _FORCE_TYPES
    sources = [t for t, role in parts if role == "source" and t.pos_ not in _PRONOUNS]
    targets = [t for t, role in parts if role == "target"]
    vocabulary = frozenset().union(*(d.people | d.things | d.places | d.words
                                     for d in cls.domains))
    hit_outsider = force and any(_bystander(t, vocabulary) for t in targets)
    for domain in cls.domains:
        ordinary = domain.people | domain.things
        # a doer of the domain, or one of its words in a sentence about it ("the captain")
        about = scores.get(domain.name, 0) >= 2
        own = [t for t in sources if _doer(t, domain) or about and _words(t) & domain.words]
        if own and not hit_outsider:
            return domain.name  # "the striker shot wide", "the retailer's shares rallied"
        # what is acted on places the act when no one else is named as doing it, or when the
        # sentence is about the domain: "a new version of its app", "stormed into the final";
        # but "the watchdog suspended imports" is a state body's act
        plain = not sources or about
        for tok in targets:
            if _lemma(tok) in domain.places:
                continue  # "traders rallied at the market": a place, not a party
            if force and (_named(tok) or not _words(tok) & domain.things):
                continue  # people hit by force are its victims
            if plain and _words(tok) & ordinary:
                return domain.name
        if not force and not sources and about:
            return domain.name
    return None
