"""Speech acts and diplomatic acts told without their usual verb (session 14).

- A party's own side told, in its words, not to be what a charge says: "Beijing said the
  balloon was not Chinese", "the embassy said the aircraft was not a Russian plane" (REJECT).
- A claim's maker called a liar: "They are lying", "Moscow is lying" (REJECT).
- A proposal turned down in two words: "Tehran said no the next day" (REJECT).
- An act called deliberate, planned or organised by a state: "called it a deliberate
  operation", "a planned operation by the regime" (ACCUSE, CAMEO 111).
- An act done with another state's side: "detained six men in an operation coordinated
  with the Somali side", "the raid was planned together with the Colombian police"
  (COOPERATE).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from warpath.document import Analysis, Event, Party
from warpath.events.grammar import PASSIVE_SUBJ, SUBJ
from warpath.events.parties import actor_like, party_of
from warpath.events.predicates import evidence_span
from warpath.events.statements import (
    _JUDGE_VERBS,
    _JUDGED_ACTS,
    _MILITARY_ACTS,
    _PUBLIC_SECTORS,
    _claim_before,
    _judge_of,
    _judging_verb,
    _sides,
    _speaker,
    _statement,
)


def events(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    yield from nationality_denials(analysis, sent, sent_index)
    yield from liar_rejections(analysis, sent, sent_index)
    yield from said_no_rejections(analysis, sent, sent_index)
    yield from intent_charges(analysis, sent, sent_index)
    yield from partnered_acts(analysis, sent, sent_index)


def _demonym(word: str) -> str | None:
    from warpath.places.gazetteer import gazetteer  # loaded on first use

    return gazetteer().demonym(word)


def _public(party: Party | None) -> bool:
    return party is not None and bool(party.country or party.sector in _PUBLIC_SECTORS)


# Things whose nationality a charge names: craft, weapons, armed men.
_CHARGED_THINGS = {"drone", "aircraft", "plane", "jet", "balloon", "missile", "rocket", "shell",
                   "vessel", "ship", "boat", "submarine", "helicopter", "soldier", "troop", "man",
                   "men", "gunman", "unit", "patrol", "launch", "mine", "munition", "weapon",
                   "device", "warship", "frigate", "cutter", "fighter", "craft", "uav", "sub",
                   "officer", "agent", "saboteur", "commando", "militia", "militiaman", "force",
                   "spy", "intruder", "hacker", "infiltrator"}


def nationality_denials(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """ "Beijing said the balloon was not Chinese", "the ministry said the men arrested were
    not Serbian police officers": a party saying a craft, weapon or armed man was not its own
    rejects the charge that it was (REJECT). An observer saying so judges nobody's claim: the
    speaker must be of the state the denied nationality names."""
    for word in sent:
        if word.pos_ not in ("ADJ", "PROPN") or not word.text[:1].isupper():
            continue
        if word.dep_ in ("acomp", "attr"):
            copula = word.head  # "was not Russian", "was not Chinese" (read as a noun)
        elif word.dep_ in ("amod", "compound") and word.head.dep_ == "attr":
            copula = word.head.head
        else:
            continue
        if copula.lemma_ != "be" or not any(c.dep_ == "neg" for c in copula.children):
            continue
        subject = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lemma_.lower() not in _CHARGED_THINGS:
            continue
        code = _demonym(word.text)
        if code is None:
            continue
        speaker = _speaker(copula)
        if speaker is None:
            continue
        source = party_of(analysis, speaker)
        if source.country != code or not actor_like(speaker, source):
            continue
        yield _statement(analysis, "REJECT", "120", copula,
                         evidence_span(analysis, speaker.head, sent), sent_index, source, None,
                         token=speaker.head)


# What makes "lie" a place or a posture, not a falsehood: "lying on the floor", "lying low".
_LYING_STILL = {"on", "in", "at", "under", "near", "beside", "across", "low", "down", "around",
                "along", "between", "behind", "ahead", "within", "dormant", "idle", "still",
                "awake", "asleep", "dead", "injured", "wounded", "unconscious", "flat", "back",
                "empty", "fallow", "beneath", "outside", "inside", "there", "here", "where"}
_PRONOUNS = {"they", "he", "she", "it"}


def liar_rejections(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """ "They are lying", "Moscow is lying again", "Kyiv lied about the strike": calling the
    maker of a claim a liar rejects the claim (REJECT, CAMEO 12). A pronoun is a liar only
    where a claim has just been told of; lying on the ground or lying low is no word at all."""
    for verb in sent:
        if verb.lemma_.lower() != "lie" or verb.pos_ not in ("VERB", "AUX") or verb.tag_ == "VBN":
            continue
        if any(c.dep_ in ("dobj", "obj", "prt", "acomp", "oprd")
               or c.lower_ in _LYING_STILL and c.dep_ in ("prep", "advmod", "advcl", "npadvmod")
               for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        liar = party_of(analysis, subject)
        if subject.lower_ in _PRONOUNS:
            if not _claim_before(sent, verb):
                continue
        elif not actor_like(subject, liar) or not _public(liar):
            continue
        target: Party | None = liar
        speaker = _speaker(verb)
        source = party_of(analysis, speaker) if speaker is not None else None
        if speaker is not None and source is not None and not actor_like(speaker, source):
            source = None
        if target is not None and not (target.country or target.actor_id) or (
                target is not None and source is not None and target.country
                and target.country == source.country):
            target = None  # (a pronoun resolved to the speaker's own side is not the liar)
        anchor = speaker.head if speaker is not None and speaker.head.i < verb.i else verb
        yield _statement(analysis, "REJECT", "120", verb, evidence_span(analysis, verb, sent),
                         sent_index, source, target, token=anchor)


# Words that tell of something put to a party for its yes or no.
_PROPOSING = {"propose", "proposal", "offer", "suggest", "suggestion", "invite", "invitation",
              "plan", "idea", "truce", "ceasefire", "deal", "request", "ask", "demand", "call",
              "initiative", "exchange", "pause", "corridor", "talk", "negotiation", "term",
              "ultimatum", "put"}


def _proposal_before(sent: Any, verb: Any) -> bool:
    doc = sent.doc
    start = doc[sent.start].sent.start
    prior = [s for s in doc.sents if s.end <= start][-2:]
    words = [t for s in prior for t in s] + [t for t in sent if t.i < verb.i]
    words += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
              for g in c.subtree]
    return any(t.lemma_.lower() in _PROPOSING for t in words)


def said_no_rejections(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """ "Tehran said no the next day", "the rebels said no to the corridor": a party saying no
    to a proposal told before turns it down (REJECT). "said no decision had been taken" is a
    statement, not an answer; a coach saying no to a transfer is no party's refusal."""
    for verb in sent:
        if verb.lemma_.lower() != "say" or verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.i + 1 >= len(verb.doc):
            continue
        no = verb.doc[verb.i + 1]
        if no.lower_ != "no" or no.head.i != verb.i or no.dep_ == "det" or any(
                c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "did not say no": no refusal
        subject = next((c for c in verb.children if c.dep_ in SUBJ), None)
        if subject is None:
            continue
        source = party_of(analysis, subject)
        first = subject.lower_ in ("we", "i")
        if not (first or actor_like(subject, source) and _public(source)):
            continue
        if not _proposal_before(sent, verb):
            continue
        yield _statement(analysis, "REJECT", "120", no, evidence_span(analysis, verb, sent),
                         sent_index, source if (source.country or source.actor_id) else None,
                         None, token=verb)


# Words that say an act was meant and made ready by a body, not chance: said of another's act
# they charge its doer ("called it an organised operation by a foreign state").
_INTENT = {"deliberate", "intentional", "premeditated", "orchestrated", "calculated", "planned",
           "organised", "organized", "coordinated", "systematic", "sponsored", "directed",
           "concerted", "engineered", "staged"}
_INTENDED_ACTS = _JUDGED_ACTS - {"this", "these", "it", "that", "those"} | {
    "sabotage", "provocation", "intimidation", "intrusion", "attempt", "hack", "cyberattack",
    "incursion", "violation", "disruption", "assault", "ambush", "act", "action", "move"}


def intent_charges(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """ "Its commander called it 'an organised operation by a foreign state'", "Warsaw
    called the flights a planned operation": an act told to be deliberate, planned or
    organised is charged to a doer (ACCUSE, CAMEO 111). A foul or a strategy called deliberate
    is none: the act must be one of force or pressure, the judge a public party."""
    for word in sent:
        if word.lower_ not in _INTENT or word.dep_ not in ("amod", "compound"):
            continue
        named = word.head
        if named.lemma_.lower() not in _INTENDED_ACTS:
            continue
        verb, judged = _judging_verb(named)
        if verb is None or verb.lemma_.lower() not in _JUDGE_VERBS:
            continue
        speaker = _judge_of(verb)
        if speaker is None:
            continue
        if speaker.head.i != verb.i and speaker.head.lemma_.lower() in ("say", "tell"):
            verb = speaker.head
        source = party_of(analysis, speaker)
        if not actor_like(speaker, source) or not _public(source):
            continue
        doer = next((g for c in named.children if c.dep_ == "prep" and c.lower_ == "by"
                     for g in c.children if g.dep_ == "pobj"), None)
        target = None
        for cand in (doer, judged):
            if cand is None:
                continue
            party = party_of(analysis, cand)
            if (party.country or party.actor_id) and party.country != source.country:
                target = party
                break
        yield _statement(analysis, "ACCUSE", "111", word, evidence_span(analysis, verb, sent),
                         sent_index, source, target, token=verb)


# Verbs by which an act is done with another side: "coordinated with", "planned together with".
_PARTNERING = {"coordinate", "conduct", "plan", "carry", "mount", "execute", "organise",
               "organize", "prepare", "stage", "undertake"}
_TOGETHER = {"jointly", "together"}


def _act_doer(analysis: Analysis, act: Any) -> Any | None:
    """Who did the act a participle hangs on: "its forces had arrested eleven men in an
    operation coordinated with ...": the doer of the verb the act noun serves."""
    from warpath.events.arguments import noun_sources, verb_sources

    named = noun_sources(act)
    if named:
        return named[0]
    up = act.head
    if act.dep_ == "pobj" and up.dep_ == "prep":
        up = up.head
    if act.dep_ in ("pobj", "dobj", "obj") and up.pos_ in ("VERB", "AUX"):
        sources = verb_sources(up)
        if sources:
            return sources[0]
    return None


def partnered_acts(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """An act done "coordinated with" another state's side, "jointly with" or "together with"
    it, is cooperation between the doer and that side (COOPERATE, CAMEO 062 for force, else
    060): 'detained six men in an operation "coordinated with the Somali side"', "the
    raid was planned together with the Colombian police". A festival organised with a city
    council is no state's act: both sides must be states, and different ones."""
    for verb in sent:
        if verb.lemma_.lower() not in _PARTNERING or verb.tag_ != "VBN":
            continue
        together = any(c.lower_ in _TOGETHER for c in verb.children)
        if verb.lemma_.lower() != "coordinate" and not together:
            continue
        holder = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                       for g in c.children if g.dep_ == "pobj"), None)
        if holder is None:
            holder = next((g for t in verb.children if t.lower_ in _TOGETHER
                           for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                           for g in c.children if g.dep_ == "pobj"), None)
        if holder is None:
            continue
        if verb.dep_ == "acl":
            act = verb.head
        else:
            act = next((c for c in verb.children if c.dep_ in PASSIVE_SUBJ), None)
        if act is None or act.lemma_.lower() not in _INTENDED_ACTS | {"arrest", "search",
                                                                         "patrol", "rescue"}:
            continue
        doer = _act_doer(analysis, act)
        if doer is None and verb.dep_ != "acl":
            doer = _speaker(verb)  # "the army said the raid was coordinated with ...": its own
        if doer is None:
            continue
        source = party_of(analysis, doer)
        partners = _sides(analysis, holder)
        partner = partners[0] if partners else None
        if not source.country or partner is None or partner.country == source.country:
            continue
        if not actor_like(doer, source):
            continue
        cameo = "062" if act.lemma_.lower() in _MILITARY_ACTS | {"arrest", "search", "patrol"} \
            else "060"
        yield _statement(analysis, "COOPERATE", cameo, verb, evidence_span(analysis, verb, sent),
                         sent_index, source, partner)
