"""Which tokens are the source and the target of a predicate.

For verbs: the subject, the `by` agent of a passive, the antecedent of a relative pronoun, or
the subject inherited through `xcomp`/`conj`/participle clauses; the target is the object, the
passive subject or a prepositional object. For nouns: the possessor, an agentive modifier, a
`by` or `between` phrase, and the `of`/on/against object. Coordinated arguments expand to one
token per conjunct, and fallbacks offer further target tokens when the first is no actor: the
owner of an act or a thing ("rejected calls by Belarus", "Iran's nuclear sites"), the sides of
"between", the subject of a threat's "if/unless" clause, what a protest is against and where it
is held, the ground a measure or a deployment is applied in, the object of the purpose an act
serves ("opened fire to disperse demonstrators"), and, from the wider text, whoever did the
event a response answers ("returned fire in retaliation for the shelling") or made the claim
"We reject that" answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from warpath.document import COOPERATION_TYPES
from warpath.events import lexicon as lx
from warpath.events.grammar import (
    AGENT_ENTS,
    AGENT_NOUNS,
    OBJ,
    PASSIVE_SUBJ,
    POSSESSIVES,
    PRONOUNS,
    RELATIVE,
    SUBJ,
    phrase_tokens,
)
from warpath.events.senses import event_noun, governing_verb, noun_sense_of

if TYPE_CHECKING:  # the candidate type only; predicates imports this module
    from warpath.events.predicates import Candidate


_TARGET_PREPS = {"on", "against", "at", "upon", "with", "to", "toward", "towards", "into", "of"}
_NOUN_TARGET_PREPS = {"of", "on", "against", "at", "upon", "with", "to", "toward", "towards",
                      "targeting", "between", "for"}
_NOUN_SOURCE_PREPS = {"by", "from"}

# People a blow lands on when they are the subject of a passive ("two farmers were shot"):
# the victims, though their noun is what gave the verb its sense.
_PERSONS_HIT = {"man", "woman", "child", "boy", "girl", "teenager", "youth", "brother", "sister",
                "son", "daughter", "father", "mother", "husband", "wife", "relative", "family",
                "villager", "civilian", "resident", "farmer", "herder", "herdsman", "fisherman",
                "fishermen", "trader", "worshipper", "pilgrim", "protester", "demonstrator",
                "detainee", "prisoner", "captive", "hostage", "inmate", "journalist", "reporter",
                "activist", "passenger", "policeman", "soldier", "guard", "suspect", "migrant",
                "refugee", "shopkeeper", "vendor", "owner", "guest", "patient", "people",
                "person"}
# and the places and things a strike lands on ("a depot was hit", "something was hit")
_HIT_PATIENTS = _PERSONS_HIT | {
    "something", "site", "facility", "installation", "depot", "refinery", "warehouse",
    "compound", "base", "airbase", "airfield", "barracks", "camp", "building", "factory",
    "position", "checkpoint", "outpost", "bunker", "hangar", "airport", "bridge", "convoy",
    "tanker", "house", "hospital", "school", "mosque", "church", "substation", "plant"}

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


# Verbs that move a state's forces: "no soldier was deployed in Congo" says who deploys.
_DEPLOY_VERBS = {"deploy", "station", "send", "dispatch", "move", "mass", "redeploy", "base"}
_DEPLOYED = {"troop", "soldier", "force", "unit", "battalion", "brigade", "personnel",
             "warship", "jet", "marine", "tank"}


def _deployed_forces(tok: Any) -> Any | None:
    """The forces a passive deployment verb moves, when no agent is named: they stand for
    their own state ("no Rwandan soldier was deployed in Congo")."""
    if tok.lemma_.lower() not in _DEPLOY_VERBS or any(c.dep_ == "agent" for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ in PASSIVE_SUBJ), None)
    if subj is None and is_participle(tok):
        subj = tok.head
    if subj is None or subj.lemma_.lower() not in _DEPLOYED:
        return None
    # only forces that say whose they are ("Rwandan soldiers", "Chad's troops"); bare
    # "soldiers" may be the speaker's, which the speaker's clause tells
    named = any(c.dep_ in ("amod", "compound", "poss") and (
        c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN") for c in subj.children)
    return subj if named else None


# Craft that move by themselves: "tracked six warships operating near the islands" (the
# warships operate, not the one who tracked them).
_SELF_MOVING = {"vessel", "ship", "boat", "sortie", "plane", "helicopter", "aircraft", "jet",
                "drone"}


def verb_sources(tok: Any) -> list[Any]:
    passive = any(c.dep_ in PASSIVE_SUBJ or c.dep_ == "auxpass" for c in tok.children) or (
        is_participle(tok))
    if passive and _deployed_forces(tok) is not None:
        return _with_conjuncts(_deployed_forces(tok))
    if passive and tok.lemma_.lower() in _STATIVE_PASSIVES:
        subj = [c for c in tok.children if c.dep_ in PASSIVE_SUBJ]
        if subj and not any(c.dep_ == "agent" for c in tok.children):
            return _with_conjuncts(subj[0])
    for c in tok.children:
        if c.dep_ == "agent":
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj:
                return _with_conjuncts(pobj[0])
    if passive:
        shared = _shared_agent(tok) or _hung_agent(tok)
        if shared is not None:
            return _with_conjuncts(shared)
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
                and tok.head.lemma_.lower() not in AGENT_NOUNS and not tok.head.ent_type_
                and lx.noun_lemma(tok.head) not in lx.FORCES | _SELF_MOVING):
            issuers = verb_sources(gov)  # "issued a declaration demanding ...": the issuer
            if gov.lemma_.lower() in _HANDING and any(t.dep_ in PASSIVE_SUBJ for t in issuers):
                # "the envoy was summoned and handed a note asking Moscow to ...": the one
                # a paper is handed to did not write it
                return _paper_writer(tok)
            return issuers
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
    if tok.dep_ == "ccomp" and _after_and(tok) and tok.head.pos_ in ("VERB", "AUX"):
        # "said the strikes were lawful and warned that ...": a second act of the same
        # subject the parser hung on the first verb as its complement
        return verb_sources(tok.head)
    if tok.dep_ == "conj" and _after_and(tok) and tok.head.dep_ == "ccomp" and (
            tok.head.head.lemma_.lower() in _SAY) and _thing_subject(tok.head):
        # "said the vote had been fair and urged Bolivia to ...": joined to the reported
        # clause by the parser, but a thing cannot urge; the speaker does
        return verb_sources(tok.head.head)
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
                shared = _shared_agent(tok) if tok.tag_ == "VBN" and not any(
                    c.dep_ == "aux" for c in tok.children) else None
                if shared is not None:
                    # "were shelled, looted and burned by militiamen": one passive, one agent
                    return _with_conjuncts(shared)
                if _shares_passive(tok):
                    return []  # "a farmer was beaten and detained": no one named does it
                # "the minister was indicted ... and will resign": the subject, not the agent
                return _with_conjuncts(patient[0])
        if tok.dep_ in ("xcomp", "conj") or tok.tag_ == "VBG":
            if head.pos_ in ("NOUN", "PROPN"):
                return [head]
            found = verb_sources(head) if head.pos_ in ("VERB", "AUX") else []
            if tok.dep_ == "advcl" and head.lemma_.lower() in _HANDING and any(
                    t.dep_ in PASSIVE_SUBJ for t in found):
                return _paper_writer(tok)  # "was handed a note, asking ...": not the envoy's
            return found
    return []


_SAY = {"say", "state", "tell", "announce", "declare", "add", "insist", "argue", "claim"}
# Verbs of handing a paper over, whose passive subject is the one it is handed to.
_HANDING = {"hand", "give", "present", "deliver", "serve", "pass", "send", "issue"}


def _paper_writer(tok: Any) -> list[Any]:
    """Who wrote a paper handed to someone, when the text does not say: the one telling of
    it ("the ministry said the envoy had been summoned and handed a note asking ..."), else
    no one."""
    from warpath.events.parties import speaker  # parties resolves what this module finds

    said = speaker(tok)
    return [said] if said is not None and said.lower_ not in RELATIVE else []


def _thing_subject(verb: Any) -> bool:
    """Whether a clause's subject is a thing, not anyone who could act ("the roads", "the
    vote", "the seizure")."""
    subj = next((c for c in verb.children if c.dep_ in SUBJ or c.dep_ in PASSIVE_SUBJ), None)
    return subj is not None and subj.pos_ == "NOUN" and not subj.ent_type_ and (
        subj.lemma_.lower() not in AGENT_NOUNS) and not any(
        c.ent_type_ in AGENT_ENTS or c.dep_ == "poss" for c in subj.children)


def _after_and(tok: Any) -> bool:
    """Whether a verb with no subject of its own comes right after "and" or "but" (its
    adverbs aside): "... and warned", "... but later denied"."""
    if any(c.dep_ in SUBJ or c.dep_ in PASSIVE_SUBJ for c in tok.children):
        return False
    i = tok.i - 1
    while i >= 0 and tok.doc[i].dep_ in ("advmod", "neg") and tok.doc[i].head.i == tok.i:
        i -= 1
    return i >= 0 and tok.doc[i].lower_ in ("and", "but") and tok.doc[i].dep_ == "cc"


def _hung_agent(tok: Any) -> Any | None:
    """ "a shell was fired at the village by Azerbaijani troops", "the convoy was stopped on
    the road by militiamen": a passive's "by" agent the parser hung on the noun before it
    (only people or named parties, not "the village by the river")."""
    if any(c.dep_ == "agent" for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ == "by":
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            for p in g.children:
                if p.dep_ in ("prep", "agent") and p.lower_ == "by":
                    for x in p.children:
                        if x.dep_ == "pobj" and (x.lemma_.lower() in AGENT_NOUNS or any(
                                t.ent_type_ in AGENT_ENTS for t in x.subtree)):
                            return x
    return None


def _shares_passive(tok: Any) -> bool:
    """ "was beaten and detained": a bare participle joined to a passive verb is passive too
    (not "was indicted and will resign", nor "was hit and burned down", an active verb)."""
    head = tok.head
    return tok.dep_ == "conj" and tok.tag_ == "VBN" and head.tag_ == "VBN" and any(
        c.dep_ == "auxpass" for c in head.children) and not any(
        c.dep_ in SUBJ | PASSIVE_SUBJ | OBJ or c.dep_ in ("aux", "auxpass") or (
            c.dep_ == "prt") for c in tok.children)


def _shared_agent(tok: Any) -> Any | None:
    """ "The tanker was attacked and then set on fire by the fighters", "were shelled, looted
    and burned by militiamen": passive verbs joined by "and" share the one "by" agent, wherever
    in the chain it stands."""
    chain = [tok]
    up = tok
    while up.dep_ == "conj" and up.head.tag_ == "VBN":
        up = up.head
        chain.append(up)
    todo = [up]
    while todo:
        verb = todo.pop()
        chain.append(verb)
        todo.extend(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"
                    and not any(g.dep_ in SUBJ or g.dep_ in PASSIVE_SUBJ for g in c.children))
    for verb in chain:
        if verb is tok:
            continue
        for c in verb.children:
            if c.dep_ == "agent":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def verb_target(tok: Any, sense: lx.Sense) -> Any | None:
    if _shares_passive(tok) and not any(c.dep_ == "agent" for c in tok.children):
        # "a farmer was beaten and detained": the patient of both
        patient = next((c for c in tok.head.children if c.dep_ in PASSIVE_SUBJ), None)
        if patient is not None and patient.lower_ not in RELATIVE:
            return patient
    passive = any(c.dep_ == "auxpass" for c in tok.children) or is_participle(tok)
    deployed = passive and _deployed_forces(tok) is not None
    if deployed:
        # the forces are the mover's own; the ground they go to is the target
        for c in tok.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in ("in", "inside", "across"):
                place = next((g for g in c.children if g.dep_ == "pobj"), None)
                if place is not None and not temporal(place):
                    return place
    for c in tok.children:
        if passive and c.dep_ in PASSIVE_SUBJ and not deployed:
            if c.lower_ in RELATIVE and tok.dep_ == "relcl":
                return tok.head
            if c.lemma_.lower() in sense.objects and sense.cameo != "1712" and not (
                    sense.type == "ASSAULT" and c.lemma_.lower() in _HIT_PATIENTS):
                break  # "a rocket was fired at Israel": the weapon, not the target (but
                # what property damage names is what was damaged: "the cable was severed",
                # and people hit are the ones hit: "the detainees were beaten")
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
    """ "on Monday", "at dawn": a time, never a party; nor "at the invitation of", "at the
    request of", whose "of" names who asked, not who is met."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in _TIME_NOUNS or (
        tok.lemma_.lower() in _BEHEST and tok.head.lower_ in ("at", "on", "upon"))


_BEHEST = {"invitation", "request", "behest", "initiative", "urging", "suggestion", "order",
           "orders", "instruction", "instructions", "insistence"}


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
    agentive = [c for c in mods if (c.ent_type_ in AGENT_ENTS or c.pos_ == "PROPN")
                and not _venue_name(c, tok)]
    if agentive:
        return _with_conjuncts(agentive[-1])
    for c in tok.children:  # "clashes between Armenian and Azerbaijani forces"
        if c.dep_ == "prep" and c.lower_ == "between":
            for g in c.children:
                if g.dep_ == "pobj":
                    return _with_conjuncts(g)
    return []


# Gatherings and the papers they yield, which a city's name in front only places: "the Doha
# talks", "a Geneva meeting", "the Minsk agreements", "the Astana process".
_GATHERINGS = {"talk", "talks", "meeting", "summit", "conference", "negotiation", "round",
               "session", "dialogue", "process", "format", "forum", "agreement", "accord",
               "deal", "declaration", "framework", "protocol", "truce", "ceasefire", "contact",
               "consultation", "parley", "gathering"}


def _venue_name(mod: Any, noun: Any) -> bool:
    """A city's name compounded onto a gathering ("the Doha talks between A and B"): where it
    takes place, not who holds it."""
    if mod.dep_ != "compound" or mod.pos_ != "PROPN" or (
            noun.lemma_.lower() not in _GATHERINGS and noun.lower_ not in _GATHERINGS):
        return False
    from warpath.events.countries import named_as_city

    if noun.is_title and mod.is_title and mod.ent_type_ not in ("GPE", "NORP") and (
            mod.lower_.endswith(("al", "ic", "ite", "ian", "ive", "ary"))):
        return True  # "the Strategic Dialogue", "the Quadripartite Talks": a word of the title
    return named_as_city(mod)


_ON_PREPS = ("against", "on", "to", "for", "with", "toward", "towards", "upon", "in", "into")
# Statement verbs whose "that" clause names the one addressed: "demanded that the US cancel".
_ADDRESS_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT"}


def target_candidates(cand: Candidate) -> Iterator[Any]:
    """The target token, then fallbacks when it is no actor, each yielded once: the party an
    object is aimed at ("threatened further action against Russia", "aid for Romania"), the
    subject of a demand's clause ("demanded that the US cancel ..."), the target of a governed
    verb ("refused to meet Jordan's king", "threatened to cut off electricity to Nakhichevan"),
    then the parties named inside a non-actor phrase ("Sweden's decision", "calls by Belarus's
    rulers"), the sides of a "between" phrase, the one a threat's condition names ("unless
    Baghdad accepted"), what a protest is against, and the place a measure or a deployment is
    applied to ("a curfew in Montenegro")."""
    seen: set[int] = {t.i for t in cand.source_tokens}
    for t in _target_candidates(cand):
        if t is not None and t.i not in seen:
            seen.add(t.i)
            yield t


_TAKE_FROM = {"capture", "recapture", "seize", "retake", "take", "wrest", "liberate", "clear",
              "grab", "snatch"}


_BLAME = {"blame", "pin"}

# Those a state sends abroad and may call home.
_ENVOYS = {"ambassador", "envoy", "diplomat", "emissary", "representative", "chargé", "charge"}


def _target_candidates(cand: Candidate) -> Iterator[Any]:
    first = cand.target_token
    tok = cand.token
    kind = cand.sense.type
    if kind in ("ASSAULT", "COERCE") and tok.lemma_.lower() in _TAKE_FROM:
        # "recaptured the town of Bulo Burde from al-Shabaab": the side it was taken from
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                yield from (g for g in c.children if g.dep_ == "pobj")
    if tok.lemma_.lower() in _BLAME and first is not None and event_noun(first):
        # "pinned the ambush on the cartel": whom the act is put on (wherever the parser
        # hung the "on")
        for c in [*tok.children, *first.children]:
            if c.dep_ == "prep" and c.lower_ == "on":
                yield from (g for g in c.children if g.dep_ == "pobj")
    if tok.lemma_.lower() == "recall" and first is not None and (
            first.lemma_.lower() in _ENVOYS):
        # "recalled their ambassadors from Algiers": the state the envoys are called home from
        for c in [*tok.children, *first.children]:  # "its ambassador from Lome"
            if c.dep_ == "prep" and c.lower_ == "from":
                yield from (g for g in c.children if g.dep_ == "pobj")
    if kind == "MOBILIZE":  # "mobilized reservists for a possible war against Iraq"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "against"):
                for g in c.children:
                    if g.dep_ == "pobj" and c.lower_ == "against":
                        yield g
                    elif g.dep_ == "pobj" and event_noun(g):
                        yield from (t for t in [noun_target(g)] if t is not None)
    if kind == "AID" and (first is None or first.dep_ not in ("dative", "iobj")):
        yield from _destinations(tok, kind)  # "supplied drones to Ethiopia": the recipient
    elif kind in ("MOBILIZE", "RETREAT") and first is not None and _movers_own(first):
        # "deployed troops to its border with Finland", "withdrew some of its troops from
        # North Kivu": where the mover's own forces go (or leave) is the target; for bare
        # forces ("600 soldiers were sent to X") only the other side of a border is sure
        owned = _self_owned(first) or first.lemma_.lower() in _PORTIONS
        yield from (g for g in _destinations(tok, kind)
                    if owned or g.lemma_.lower() not in _BORDER_WORDS and g.dep_ != "pobj"
                    or g.head.lower_ == "with")
    if kind != "RETREAT" and first is not None and _self_owned(first) and \
            first.lemma_.lower() in _ENVOYS:
        # "withdrew its ambassador from Tehran", "pulled its diplomats out of Niamey": the
        # state they leave, not the sender's own envoy
        yield from _destinations(tok, "RETREAT")
    if kind in ("RETREAT", "MOBILIZE") and first is not None and any(
            c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in first.children):
        # "withdrew its troops from Mali": the mover's own troops are not the target
        yield from _placed(tok, kind)
    if first is not None and kind in COOPERATION_TYPES | {"SANCTION", "REJECT"} and (
            noun_sense_of(first, lx.load())):
        # "suspended its cooperation with Rwanda", "agreed to a truce with the rebels": the
        # partner of the act is the target, not the act
        for c in first.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "to", "toward", "towards"):
                yield from (g for g in c.children if g.dep_ == "pobj")
    if first is not None and _self_owned(first):
        yield from _partners(first)  # "closed its only crossing with Azerbaijan": Azerbaijan
    if first is not None and not _a_venue(first, kind):
        yield first
    if first is not None and first in cand.source_tokens:
        # "Israel is opposed to French mediation": the subject is the source, the
        # prepositional object (or whoever owns it) the target
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj" and not temporal(g):
                        yield g
                        yield from owners_in(g)
    if cand.sense.pos != "verb":
        if cand.sense.pos == "noun":
            yield from _noun_fallbacks(cand, first)
        return
    if first is not None and first.lemma_.lower() in _ACT_NOUNS:
        yield from owners_in(first)  # "rejected calls by Sweden for a joint force": Sweden
    # not through an event noun: "condemned the attacks on Saudi territory" accuses the
    # attacker, not the Saudis
    # "agreed on arrangements in eastern Ladakh": where a deal applies is no party to it
    aim_preps = [p for p in _ON_PREPS if p != "in" or kind not in COOPERATION_TYPES]
    if first is not None and not noun_sense_of(first, lx.load()):
        for c in first.children:
            if c.dep_ == "prep" and c.lower_ in aim_preps:
                yield from (g for g in c.children if g.dep_ == "pobj")
    elif first is not None and first.dep_ == "pobj" and first.head.lower_ == "with":
        # "retaliated with cyberattacks on X": the means is an event aimed at the target
        inner = noun_target(first)
        if inner is not None:
            yield inner
    inners = []
    for c in tok.children:  # "threatened to shell Iraqi towns": the act threatened first
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            inner = verb_target(c, _NEUTRAL)
            if inner is not None and inner != first and _self_owned(inner):
                # "threatened to review all its agreements with Spain", "refused to pull its
                # troops out of Lebanon": the partner or the ground, not the subject's own
                yield from _partners(inner)
                sense = lx.load().verb_sense(c)
                if sense is not None and sense.type in _MOVE_TYPES:
                    yield from _destinations(c, sense.type)
            if inner is not None and inner != first:
                inners.append(inner)
                yield inner
                for p in inner.children:
                    if p.dep_ == "prep" and p.lower_ in aim_preps:
                        yield from (g for g in p.children if g.dep_ == "pobj")
    if kind in _ADDRESS_TYPES:
        for c in tok.children:
            if c.dep_ == "ccomp":
                yield from (g for g in c.children if g.dep_ in SUBJ | PASSIVE_SUBJ
                            and g.lower_ not in PRONOUNS)
    if kind in ("ASSAULT", "COERCE"):
        for c in tok.children:  # "opened fire to disperse demonstrators": whom it was for
            if c.dep_ == "advcl" and c.pos_ == "VERB" and any(
                    a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
                inner = verb_target(c, _NEUTRAL)
                if inner is not None and inner != first:
                    inners.append(inner)
                    yield inner
    # (not the owner of a venue: "initialled the text at the White House")
    for t in ([first] if first is not None and not _a_venue(first, kind) else []) + inners:
        if not (t.dep_ == "pobj" and t.head.lower_ == "with" and event_noun(t)):
            yield from owners_in(t)  # not "released them with mediation by the UAE"
    if kind in _CONDITIONAL_TYPES:
        yield from _condition_subjects(tok)
    if kind in _RESPONSE_TYPES:
        yield from responded_to(tok)
    if kind in _ANSWER_TYPES and first is not None and (
            first.lower_ in _DEMONSTRATIVES or _said_before(first)):
        yield from _previous_speaker(tok)  # "We reject that", "rejected that account"
    if kind in _ANSWER_TYPES and first is not None and first.pos_ == "NOUN" and (
            first.lemma_.lower() in _ACT_NOUNS | _PAPERS):
        # "dismissed the note" after "handed the envoy a note of protest": whoever sent it
        yield from earlier_doers(first)
    if kind == "PROTEST":
        yield from _protest_aims(tok)
    if kind in _PLACED_TYPES:
        yield from _placed(tok, kind)
    for c in tok.children:  # "refused to deploy peacekeepers in Iraq"
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            sense = lx.load().verb_sense(c)
            if sense is not None and sense.type in _PLACED_TYPES:
                yield from _placed(c, sense.type)
    yield from _purpose_targets(tok)


def _self_owned(tok: Any) -> bool:
    """ "its only crossing", "all their agreements": a thing owned by a pronoun (the
    subject's own, as a rule)."""
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in tok.children)


def _partners(tok: Any) -> Iterator[Any]:
    """The other side named on a thing: "its crossing with Azerbaijan", "their ties to
    Tehran"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "to", "toward", "towards", "against"):
            yield from (g for g in c.children if g.dep_ == "pobj" and not temporal(g))


_MOVE_TYPES = {"MOBILIZE", "AID", "RETREAT"}
_ENVOYS = {"ambassador", "envoy", "diplomat", "consul", "attache", "emissary",
           "representative", "delegation", "mission"}
_TOWARD_PREPS = ("to", "into", "toward", "towards", "over", "onto", "near", "along", "around")
_BORDER_WORDS = {"border", "frontier", "boundary", "borderland", "front", "frontline"}
_PORTIONS = {"some", "part", "most", "rest", "bulk", "half", "all", "many", "several", "one",
             "majority", "remainder", "thousand", "hundred", "dozen"}
_MOVED_THINGS = _DEPLOYED | lx.FORCES | {"reservist", "reinforcement", "artillery", "division",
                                         "regiment", "equipment", "weapon", "system", "asset",
                                         "ship", "vessel", "aircraft", "contingent", "police"}


def _movers_own(tok: Any | None) -> bool:
    """Whether a deployment's or withdrawal's object is the mover's own forces: "additional
    troops", "its troops", "some of its troops" (not "Russian POWs", a party of its own)."""
    if tok is None:
        return True
    if tok.dep_ not in OBJ and tok.dep_ not in PASSIVE_SUBJ or tok.dep_ in ("dative", "iobj"):
        return False
    if tok.lemma_.lower() in _PORTIONS or tok.pos_ in ("NUM", "PRON", "DET"):
        tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), tok)
    if any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in tok.children):
        return True
    if any(t.ent_type_ in AGENT_ENTS or t.pos_ == "PROPN" for t in phrase_tokens(tok)):
        return False
    return tok.lemma_.lower() in _MOVED_THINGS


def _destinations(tok: Any, kind: str) -> Iterator[Any]:
    """Where a predicate (or its object) sends forces or goods ("to Ukraine", "into Gaza",
    "over northern Gaza", "near the Guyanese border") or, for a withdrawal, where they leave
    ("from the west bank of the Dnipro", "out of the corridor")."""
    preps = ("from", "of", "out") if kind == "RETREAT" else _TOWARD_PREPS
    heads = [tok] + [c for c in tok.children if c.dep_ in OBJ]
    for h in heads:
        for c in h.children:
            if c.dep_ not in ("prep", "dative") or c.lower_ not in preps:
                continue
            if c.lower_ == "of" and not any(p.lower_ == "out" and p.i == c.i - 1
                                            for p in tok.children):
                continue  # only "out of"
            if c.lower_ == "out":  # "out of Congo" read as "out" governing "of Congo"
                c = next((p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"), c)
            for g in c.children:
                if g.dep_ == "pobj" and not temporal(g):
                    yield from _ground_of(g)


def _ground_of(tok: Any) -> Iterator[Any]:
    """The party a place phrase stands for: the other side of a border ("its border with
    Finland", "the Eritrean border"), else the place and the place it is "of" ("the outskirts
    of Kherson")."""
    if tok.lemma_.lower() in _BORDER_WORDS:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                yield from (g for g in c.children if g.dep_ == "pobj")
        for c in tok.children:
            if c.dep_ in ("amod", "compound") and c.i < tok.i and (
                    c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN"):
                yield c
        return
    yield tok
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            yield from (g for g in c.children if g.dep_ == "pobj")


def _purpose_targets(tok: Any, depth: int = 3) -> Iterator[Any]:
    """ "send material to help defend Saudi Arabia": the object of the purpose the act
    serves, through "to" clauses and their complements."""
    if depth == 0:
        return
    for c in tok.children:
        if c.pos_ != "VERB" or not (c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
                a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)):
            continue
        inner = verb_target(c, _NEUTRAL)
        if inner is not None:
            yield inner
            yield from owners_in(inner)
        yield from _purpose_targets(c, depth - 1)


def _a_venue(tok: Any, kind: str) -> bool:
    """ "a meeting at the Dolmabahce Palace", "talks in Geneva": where talks or a deal take
    place is no party to them."""
    return kind in COOPERATION_TYPES and tok.dep_ == "pobj" and tok.head.lower_ in (
        "at", "in") and (tok.ent_type_ in ("GPE", "LOC", "FAC") or _a_place(tok))


def _noun_fallbacks(cand: Candidate, first: Any | None) -> Iterator[Any]:
    """A noun predicate's further targets: the parties inside its object ("suspension of air
    links with Serbia"), the sides of "mediation between A and B" when someone else mediates,
    and the place of a measure ("a curfew in the town of Cizre")."""
    tok = cand.token
    if first is not None and not _a_venue(first, cand.sense.type):
        for c in first.children:  # not "bans on travel to Canada": a destination
            if c.dep_ == "prep" and c.lower_ in ("with", "against", "toward", "towards"):
                yield from (g for g in c.children if g.dep_ == "pobj")
        yield from owners_in(first)
    if cand.source_tokens and not any(s.head == tok or s.head.head == tok
                                      for s in cand.source_tokens):
        # the source is the one who launched it: the sides of "between" are its targets
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                for g in c.children:
                    if g.dep_ == "pobj":
                        yield from _with_conjuncts(g)
    gov = governing_verb(tok)
    if cand.sense.type in _CONDITIONAL_TYPES and gov is not None:
        yield from _condition_subjects(gov)
    if cand.sense.type == "PROTEST":
        yield from _protest_aims(tok)
        if gov is not None and tok.dep_ in OBJ:  # "staged demonstrations in Lagos"
            yield from _protest_aims(gov)
    if cand.sense.type in _MOVE_TYPES:  # "a buildup near the Eritrean border": the other
        heads = [tok] + ([gov] if gov is not None and tok.dep_ in OBJ else [])  # side of it
        yield from (g for h in heads for g in _destinations(h, cand.sense.type)
                    if g.dep_ != "pobj" or g.head.lower_ == "with")
    if cand.sense.type in _PLACED_TYPES:
        yield from _placed(tok, cand.sense.type)
        if gov is not None and not (  # "declared a state of siege in Haiti", "on alert in
                tok.dep_ == "pobj" and tok.head.lower_ in _CIRCUMSTANCE):  # X"; not "after"
            yield from _placed(gov, cand.sense.type)


# Nouns that are a party's act or word: their owner, not their object, is the one a response
# is aimed at ("rejected calls by Belarus's rulers", "denounced Serbia's suppression of ...").
_ACT_NOUNS = {"call", "offer", "invitation", "demand", "request", "proposal", "appeal", "plea",
              "decision", "policy", "failure", "admission", "move", "plan", "allegation",
              "claim", "accusation", "suggestion", "ultimatum", "bid", "initiative", "statement",
              "remark", "order", "ban", "wish", "refusal", "warning", "pressure", "action",
              "conduct", "behaviour", "behavior", "role", "presence", "stance", "position",
              "rule", "insistence", "annexation", "occupation", "treatment",
              "suppression", "crackdown", "measure", "law", "legislation"}


# Papers one side hands or sends another: rejecting one answers its sender.
_PAPERS = {"note", "letter", "memorandum", "complaint", "protest"}


# Acts whose "of" phrase names the party they are demanded of or done to.
_OWNED_ACTS = {"removal", "resignation", "release", "return", "ouster", "withdrawal",
               "recognition", "admission", "departure"}


def owners_in(tok: Any) -> Iterator[Any]:
    """The parties named inside a phrase that is itself no actor: a possessor or "by"/"from"
    phrase ("Sweden's decision", "a fresh offer from Afghanistan", "an admission by Moscow"),
    a people's adjective or a name in front ("Iraqi towns", "Taliban positions"), and for a
    thing (not an act) the "of" phrase ("the resignation of President X", "the sovereignty of
    Lebanon")."""
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ in PRONOUNS:
        return
    act = tok.lemma_.lower() in _ACT_NOUNS or event_noun(tok)
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ not in POSSESSIVES:
            yield from _with_conjuncts(c)
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
            yield from (g for g in c.children if g.dep_ == "pobj")
    if tok.dep_ in OBJ and not any(c.dep_ == "auxpass" for c in tok.head.children):
        for c in tok.head.children:  # "to break up a protest by traders": the parser hangs
            if c.dep_ == "prep" and c.lower_ == "by" and c.i == tok.right_edge.i + 1:  # it
                yield from (g for g in c.children if g.dep_ == "pobj")  # on the verb
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i and (
                c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN"):
            yield c
    if act and tok.lemma_.lower() not in _OWNED_ACTS:
        return
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    yield g
                    yield from owners_in(g)


def _condition_subjects(tok: Any) -> Iterator[Any]:
    """ "threatened to strike unless Baghdad accepted", "will act if the United States goes
    ahead": the one whose act the threat is conditioned on, in the clause or its complements."""
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                         for m in c.children):
                for g in c.children:
                    if g.dep_ in SUBJ and g.lower_ not in PRONOUNS:
                        yield g
                        yield from owners_in(g)
            elif c.dep_ in ("xcomp", "ccomp", "conj") and c.pos_ in ("VERB", "AUX"):
                stack.append(c)


# Verbs and prepositions that say what a protest is for or against.
_AIM_LEMMAS = {"protest", "demand", "call", "press", "urge", "denounce", "condemn", "oppose",
               "show", "express", "seek", "defy", "support", "demonstrate", "rally", "mark"}
_AIM_PREPS = ("against", "over", "at", "for", "of", "from", "to")


def _protest_aims(tok: Any) -> Iterator[Any]:
    """What a protest is against: the object of its purpose clause ("to protest Sweden's
    decision", "calling for the removal of President X", "to show their disapproval of the
    United States' policies") or of "in protest against/at/of"; then where it is held
    ("demonstrated in Serbia", "a rally in Lagos"), as protesters address the state there."""
    aims: list[Any] = []
    for c in tok.children:
        if c.dep_ in ("advcl", "xcomp", "acl", "relcl", "conj") and c.pos_ == "VERB":
            # "marched waving flags and demanding that ...": a purpose joined to another
            # participle of the march
            aims.extend(v for v in [c, *(g for g in c.children if g.dep_ == "conj"
                                         and g.pos_ == "VERB")]
                        if v.lemma_.lower() in _AIM_LEMMAS)
        elif c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in ("protest", "defiance", "support"):
                    aims.extend(p for p in g.children if p.dep_ == "prep")
        elif c.dep_ == "prep" and c.lower_ in ("against", "over"):
            aims.append(c)
    for a in aims:
        for t in _aimed(a):
            if t.lemma_.lower() in _ACT_NOUNS | _OWNED_ACTS or event_noun(t):
                yield from owners_in(t)  # "the removal of President X": X, not the removal
            yield t
            yield from owners_in(t)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _WHERE_PREPS:
            yield from (g for g in c.children if g.dep_ == "pobj" and _a_place(g))


def _aimed(tok: Any) -> Iterator[Any]:
    """The objects of a purpose verb or a preposition, through one more preposition ("calling
    for the removal of X", "to show disapproval for the United States' policies")."""
    if tok.dep_ == "prep":
        for g in tok.children:
            if g.dep_ == "pobj":
                yield g
                for p in g.children:
                    if p.dep_ == "prep" and p.lower_ in _AIM_PREPS:
                        yield from (x for x in p.children if x.dep_ == "pobj")
        return
    for c in tok.children:
        if c.dep_ in OBJ | {"ccomp"}:
            if c.dep_ == "ccomp":
                yield from (g for g in c.children if g.dep_ in SUBJ)
                continue
            yield c
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in _AIM_PREPS:
                    yield from (x for x in p.children if x.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ in _AIM_PREPS:
            yield from _aimed(c)


# Predicates whose target may be the one they answer: "returned fire in retaliation for the
# shelling", "opened fire after protesters threw stones"; "We reject that" answers a claim.
_RESPONSE_TYPES = {"ASSAULT", "COERCE", "THREATEN"}
_ANSWER_TYPES = {"REJECT", "ACCUSE"}
_DEMONSTRATIVES = {"that", "this", "it", "these", "those"}
_ANSWER_NOUNS = {"retaliation", "response", "reprisal", "revenge", "answer", "reaction"}


def responded_to(tok: Any) -> Iterator[Any]:
    """The one a response is aimed at: whoever did the event it answers ("in retaliation for
    the shelling": the shellers, named here or in an earlier sentence), or the subject of the
    clause it came after ("returned fire after Armenian soldiers shot at their posts")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in _ANSWER_NOUNS:
                    for p in g.children:
                        if p.dep_ == "prep" and p.lower_ in ("for", "to"):
                            for e in p.children:
                                if e.dep_ == "pobj":
                                    yield from noun_sources(e) or earlier_doers(e)
        elif c.dep_ == "prep" and c.lower_ in ("after", "following") and any(
                g.dep_ == "pobj" for g in c.children):
            for e in c.children:  # "after the shelling"
                if e.dep_ == "pobj" and event_noun(e):
                    yield from _joined_against(tok, e)
                    yield from noun_sources(e) or earlier_doers(e)
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "when")
                                       for m in c.children):
            yield from (g for g in c.children if g.dep_ in SUBJ and g.lower_ not in PRONOUNS
                        and not _same_people(g, verb_sources(tok)))


def _joined_against(tok: Any, act: Any) -> Iterator[Any]:
    """ "The Lebanese group opened fire a day after the Hamas attack on southern Israel": an
    attack that follows another on a named people or state other than the attacker's own
    joins it against them; the side hit in "Israel struck after the attack on southern
    Israel" answers the doer instead."""
    hit = noun_target(act)
    if hit is None or not any(w.ent_type_ in ("NORP", "GPE") for w in phrase_tokens(hit)):
        return
    doers = verb_sources(tok) if tok.pos_ in ("VERB", "AUX") else noun_sources(tok)
    if doers and not _same_people(hit, doers):
        yield hit


def _same_people(tok: Any, others: list[Any]) -> bool:
    """ "Indian and Chinese soldiers faced off after a Chinese patrol ...": a phrase named by
    the same people or place as the actor's own is that actor's side, not the one answered."""
    def names(t: Any) -> set[str]:
        return {w.lower_ for w in phrase_tokens(t) if w.ent_type_ in ("NORP", "GPE")}
    own = set().union(*(names(o) for o in others)) if others else set()
    # "Israeli" and "Israel", "Indian" and "India": one people
    return any(a[:5] == b[:5] and (a.startswith(b) or b.startswith(a) or a[:-1] == b[:-1])
               for a in names(tok) for b in own if min(len(a), len(b)) >= 4)


def earlier_doers(noun: Any, sentences: int = 4) -> list[Any]:
    """ "the shelling", "the attack": a definite event noun names an event told before; its
    doers are the subject (or the noun's own sources) of the nearest earlier predicate of the
    same word in the last few sentences."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these")
               for c in noun.children):
        return []
    stem = noun.lemma_.lower()
    for prev in earlier_sentences(noun, sentences):
        for t in reversed(list(prev)):
            word = t.lemma_.lower()
            if not word or not (stem == word or stem.startswith(word) and len(word) >= 4):
                continue
            if t.pos_ == "VERB":
                found = verb_sources(t)
            elif t.pos_ == "NOUN":
                found = noun_sources(t)
                if not found and t.dep_ in ("dobj", "obj") and t.head.pos_ == "VERB":
                    found = verb_sources(t.head)  # "handed him a note": the hander's note
            else:
                continue
            found = [f for f in found if f.lower_ not in PRONOUNS]
            if found:
                return found
    return []


def _previous_speaker(tok: Any, sentences: int = 3) -> Iterator[Any]:
    """ "We reject that": what is rejected is the claim just reported, aimed at whoever made
    it ("Beijing says its coast guard acted lawfully. ... We reject that")."""
    for prev in earlier_sentences(tok, sentences):
        subj = next((c for c in prev.root.children if c.dep_ in SUBJ), None)
        if subj is not None and subj.lower_ not in PRONOUNS and subj.pos_ in ("PROPN", "NOUN"):
            yield subj
            return


# Words for what someone has just said: "rejected that account", "disputed this version".
_ACCOUNTS = {"account", "version", "claim", "statement", "assertion", "allegation",
             "characterisation", "characterization", "narrative", "description", "story",
             "assessment", "report"}


def _said_before(tok: Any) -> bool:
    """ "that account", "this version": a word for words just reported, pointed back to."""
    return tok.lemma_.lower() in _ACCOUNTS and any(
        c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those") for c in tok.children)


def earlier_sentences(tok: Any, n: int) -> Iterator[Any]:
    """The up to `n` sentences before `tok`'s, nearest first."""
    sent = tok.sent
    for _ in range(n):
        if sent.start == 0:
            return
        sent = tok.doc[sent.start - 1].sent
        yield sent


# Types whose target may be the ground they are applied to: a curfew, a blockade, a
# deployment, a lifted measure, a withdrawal "from" a country.
_PLACED_TYPES = {"COERCE", "SANCTION", "CONCEDE", "MOBILIZE", "RETREAT", "PROTEST"}
_CONDITIONAL_TYPES = {"THREATEN"}
# Prepositions that set an event beside another: "imposed a curfew after a demonstration".
_CIRCUMSTANCE = {"after", "before", "following", "during", "since", "until", "despite", "amid",
                 "over", "because", "without"}
_WHERE_PREPS = ("in", "inside", "throughout", "across", "into")


def _placed(tok: Any, kind: str) -> Iterator[Any]:
    """The place a predicate (or its object) is applied in: "imposed a curfew in the town of
    Cizre", "strengthened its forces in Lebanon"; "from" for a withdrawal."""
    preps = ("from",) + _WHERE_PREPS if kind == "RETREAT" else _WHERE_PREPS
    heads = [tok] + [c for c in tok.children if c.dep_ in OBJ | PASSIVE_SUBJ]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                yield from (g for g in c.children if g.dep_ == "pobj" and _a_place(g))


def _a_place(tok: Any) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in _PLACE_WORDS or (
        tok.pos_ == "PROPN")  # the parser takes some states for people ("Mali")


_PLACE_WORDS = {"town", "city", "village", "province", "region", "district", "area", "capital",
                "territory", "state", "country", "camp", "port", "border", "zone", "strip"}


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
                if g.dep_ == "pobj" and not _of_its_own(g):
                    return g
        if c.dep_ == "acl" and c.lemma_ == "target":
            for g in c.children:
                if g.dep_ in OBJ:
                    return g
    for c in tok.children:  # "attacks by militias against bases": the parser hangs the
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":  # target on the attacker
            for g in c.children:
                for p in g.children if g.dep_ == "pobj" else ():
                    if p.dep_ == "prep" and p.lower_ in ("against", "on", "upon", "targeting"):
                        return next((x for x in p.children if x.dep_ == "pobj"), None)
    return None


def _of_its_own(tok: Any) -> bool:
    """ "an expulsion of its own", "a strike of their own": the act is the owner's (its
    doer), never done to the owner."""
    return tok.lower_ == "own" and tok.head.lower_ == "of" and any(
        c.dep_ == "poss" for c in tok.children)


# People sent by states: "the delegations of A and B" stand for A and B.
_DELEGATES = {"delegation", "delegate", "negotiator", "representative", "head", "team"}


def _with_conjuncts(tok: Any) -> list[Any]:
    """The token and the tokens coordinated with it ("Pompeo and Bolton"); "the presidents
    of Congo and Rwanda" stand for their countries, one each."""
    if tok.tag_ == "NNS" and tok.lemma_.lower() in AGENT_NOUNS | _DELEGATES and not any(
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
        # the same, the parser hanging both adjectives on the noun
        sides = [c for c in tok.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
        if len(sides) > 1 and any(t.lower_ == "and" for t in tok.doc[sides[0].i:sides[-1].i]):
            return sides
    return out
