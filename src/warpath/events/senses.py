"""Which lexicon sense a token carries as an event predicate.

Verbs, nouns and -ing forms used as nouns are looked up in the event lexicon: a noun with its
hyphenated or compound parts joined ("cease-fire", "air strike"), a shell noun through its
modifier ("a bombing campaign"), a light verb through its object ("launched an attack"). Also
the verb a noun is an argument of, and the character span that triggers a verb event.

The clause can change what a sense means: a joint exercise held "in response to" a launch is
a show of force (MOBILIZE), not military cooperation; troops sent "to help" another's forces
or "at the request of" its government are military assistance (AID), not a build-up.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from warpath.events import lexicon as lx
from warpath.events.grammar import AGENT_NOUNS, OBJ, SUBJ

_SHELL_NOUNS = {"effort", "mission", "process", "campaign", "operation", "initiative", "bid",
                "attempt", "drive", "plan", "programme", "program", "deal", "agreement"}


def is_verb(tok: Any) -> bool:
    return tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound") and not gerund_noun(
        tok) and not lx.compound_subject_head(tok)


def gerund_noun(tok: Any) -> bool:
    """ "could see wider fighting": an -ing form used as a noun (an object or subject with an
    adjective or determiner, and no subject or object of its own)."""
    if tok.tag_ != "VBG" or any(c.dep_ in SUBJ | OBJ for c in tok.children):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and tok.i < tok.head.i and any(
            c.dep_ == "prep" and c.lower_ in ("between", "of", "in", "near", "around", "along")
            for c in tok.children):
        return True  # "Fighting between rival gangs left eleven dead": the subject of a verb
    return (
        tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr")
        and any(c.dep_ in ("amod", "det", "poss") for c in tok.children)
    )


# What marks an act as tried but not carried through: "an attempted coup", "an abortive raid",
# "a foiled assault" (kept in the trigger; the status says the act was not achieved)
_CUT_SHORT_MODS = {"attempted", "abortive", "foiled", "thwarted", "aborted"}


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
    left: Any = tok.doc[first.i - 1] if first.i > 0 else None
    glued = left is not None and left.dep_ in ("compound", "amod") and left.head == tok
    if glued:
        keys.insert(0, lx.normalise(left.text + word))
        keys.insert(0, lx.normalise(left.lemma_ + tok.lemma_))
    keys.append(lx.normalise(tok.lemma_))
    keys += [k for k in _title_keys(tok) if k not in keys]
    if _proposed_round(tok):
        keys.append("talk")
    # "a counter-offensive": a counter-move is a move of its kind
    keys += [k for k in lx.unprefixed(tok.lemma_.lower())[1:] if k not in keys]
    for i, key in enumerate(keys):
        sense = lexicon.noun_sense(key, tok)
        if sense:
            start = left if i < 2 and glued else first
            if glued and left.lower_ in _CUT_SHORT_MODS:
                start = left  # "an attempted coup": the attempt is the deed told
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
        # "engaged in talks", "retaliated with tariffs"
        if c.dep_ == "prep" and c.lower_ in ("in", "into", "on", "for", "with"):
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


# What a clause says it answers: "in response to the launch", "as a warning to Pyongyang".
_RESPONSE_NOUNS = {"response", "reaction", "retaliation", "answer", "reply", "riposte"}
_SIGNAL_NOUNS = {"warning", "show", "message", "signal", "demonstration", "response"}
# What troops are sent to do for someone else: "to help Mozambican forces clear the town".
_ASSIST_VERBS = {"help", "assist", "support", "aid", "back", "protect", "defend", "reinforce",
                 "bolster", "shore"}
_REQUEST_NOUNS = {"request", "invitation", "behest", "appeal", "call"}


def in_context(sense: lx.Sense, tok: Any, governor: Any | None = None) -> lx.Sense:
    """The sense as the clause around the predicate reads it (see the module docstring)."""
    verb = governor if governor is not None else tok
    if sense.type == "COOPERATE" and sense.cameo == "062" and sense.pos == "noun" and (
            _answers(verb) or _answers(tok)):
        return _retyped(sense, "MOBILIZE", "150")
    if sense.type == "MOBILIZE" and sense.cameo == "154" and sense.pos == "verb" and _assists(tok):
        return _retyped(sense, "AID", "074")
    return sense


def _retyped(sense: lx.Sense, etype: str, cameo: str) -> lx.Sense:
    row = lx.cameo_table().get(cameo)
    return dataclasses.replace(sense, type=etype, cameo=cameo,
                               mode=row.mode if row is not None else None,
                               intensity=lx.goldstein(cameo))


def _answers(tok: Any) -> bool:
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"]
        if c.lower_ == "in" and any(g.lemma_.lower() in _RESPONSE_NOUNS for g in objs):
            return True
        if c.lower_ == "as" and any(g.lemma_.lower() in _SIGNAL_NOUNS for g in objs):
            return True
    return False


# What a deployment moves: "sent an additional company of troops".
_FORCES = {"troop", "soldier", "force", "battalion", "brigade", "company", "contingent", "unit",
           "regiment", "division", "peacekeeper", "police", "officer", "marine", "commando",
           "paratrooper", "reinforcement", "personnel", "jet", "warship", "helicopter"}


def _assists(verb: Any) -> bool:
    if any(c.dep_ == "prep" and c.lower_ == "at" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _REQUEST_NOUNS for g in c.children)
            for c in verb.children) and any(c.dep_ in ("dobj", "obj") for c in verb.children):
        # "will dispatch two water bombers at Skopje's request": whatever is sent where it was
        # asked for (planes, crews, experts, troops) is help given, not a show of force
        return True
    if not lx.object_lemmas(verb) & (_FORCES | lx.FORCES):
        return False  # "mobilized pressure groups to help": no forces sent
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _ASSIST_VERBS and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            # "sent troops to help the army" (of another state, not its own border guard)
            return not _own_side(verb, [g for g in c.children if g.dep_ in ("dobj", "obj")])
        if c.dep_ == "prep" and c.lower_ == "at" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _REQUEST_NOUNS for g in c.children):
            return True  # "deployed troops at the request of Maputo"
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and g.lemma_.lower() == "support" for g in c.children):
            helped = [x for g in c.children for p in g.children if p.dep_ == "prep"
                      and p.lower_ == "of" for x in p.children if x.dep_ == "pobj"]
            return not _own_side(verb, helped)  # "in support of the government"
    return False


# A state's own bodies of order: forces sent to back them stay at home, unless another
# state's name is on them ("to support its border guard", not "to help Malian gendarmes").
_HOME_BODIES = {"guard", "police", "gendarmerie", "gendarme", "service", "authority",
                "policeman", "officer", "force", "army", "military", "unit", "troop", "soldier",
                "ministry", "agency", "firefighter", "rescuer", "coastguard", "customs",
                "administration", "garrison", "border"}
_OWN_POSSESSIVES = {"its", "their", "our", "his", "her", "my"}
_OTHERS = {"ally", "partner", "neighbour", "neighbor", "friend", "counterpart"}


def _own_side(verb: Any, helped: list[Any]) -> bool:
    """Whether what forces are sent to back is the sender's own: its own body of order with no
    other state named on it, or named by a state the sender or its forces are named by."""
    if not helped:
        return False
    sender = {t for c in verb.children if c.dep_ in ("nsubj", "dobj", "obj", "nsubjpass")
              for t in c.subtree}
    ours = {k for k in map(_state_named, sender) if k}
    for head in helped:
        words = list(head.subtree)
        theirs = {k for k in map(_state_named, words) if k}
        if theirs:
            if not theirs <= ours:
                return False  # "to help Nigerien forces", "to support Kyiv's army"
            continue
        if head.lemma_.lower() in _OTHERS:
            return False  # "to support their allies"
        kinds = {_normalised(w) for w in words}
        owned = any(w.dep_ == "poss" and w.lower_ in _OWN_POSSESSIVES for w in head.children)
        if not (owned or kinds & _HOME_BODIES):
            return False  # "to help the government": whose is not said, as before
    return True


def _normalised(tok: Any) -> str:
    return lx.normalise(tok.lemma_)


def _state_named(tok: Any) -> str | None:
    """The state a word names: a people's adjective or a place name."""
    if not tok.text[:1].isupper() or tok.i == tok.sent.start and tok.pos_ != "PROPN":
        return None
    from warpath.events.countries import demonym_country, gazetteer_country

    found = demonym_country(tok)  # the tagger takes some peoples for persons: "Moldovan"
    if found or tok.ent_type_ not in ("NORP", "GPE"):
        return found
    return gazetteer_country(tok) or tok.lower_


# Words that name a series of talks only as the last word of a capitalised title ("the Istanbul
# Round", "the Minsk Process", "the Normandy Format"); in lowercase they mean much else (a round
# of shelling, a legal process)
_TITLE_TALK_WORDS = {"round", "process", "format"}


def _title_keys(tok: Any) -> list[str]:
    """ "the Quadripartite Talks", "the Istanbul Round": a capitalised name-word, whose lemma the
    tagger leaves as written, looked up in the singular, and a word that names talks only as a
    title's head looked up as talks."""
    if tok.pos_ != "PROPN" or not tok.is_title:
        return []
    lower = tok.lower_
    if lower in _TITLE_TALK_WORDS and tok.i > 0 and tok.nbor(-1).is_title:
        return ["talk"]
    if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
        return [lx.normalise(lower[:-1])]
    return []


# Verbs by which one side puts forward a round it wants held: "a round he proposed for Geneva"
_PUTTING_FORWARD = {"propose", "suggest", "offer", "plan", "schedule", "seek", "call", "host",
                    "convene", "request", "announce"}


def _proposed_round(tok: Any) -> bool:
    """ "A round he proposed for Geneva never took place", "the round the mediators had
    scheduled for May": a bare "round" (no "of shelling", "of voting") that someone put
    forward, told in a clause of its own on it, is a round of talks."""
    return tok.lower_ in ("round", "rounds") and tok.pos_ == "NOUN" and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _PUTTING_FORWARD
        and c.tag_ in ("VBD", "VBN") for c in tok.children)
