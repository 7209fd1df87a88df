"""Finding the event predicates of a sentence.

Each verb or event noun with a lexicon sense becomes a candidate carrying its trigger span, the
clause that evidences it and its argument tokens. A light verb gives way to its event noun
("launched an attack", "talks held in Batken"), and a noun the verb already says, or only
mentions under a statement ("accused of a role in the genocide"), the topic of talks ("talks on
a treaty") or a noun that only selects another noun's sense ("a state of unrest") is no
candidate of its own. Verbs of receiving take the giver as source ("received arms from X").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from warpath.document import Analysis, Span
from warpath.events import hedges, unlisted
from warpath.events import lexicon as lx
from warpath.events.arguments import (
    between_only,
    light_target,
    noun_sources,
    noun_target,
    verb_sources,
    verb_target,
)
from warpath.events.filters import dated_by_year
from warpath.events.grammar import PASSIVE_SUBJ
from warpath.events.senses import (
    event_object,
    gerund_noun,
    governing_verb,
    in_context,
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


def _expected_visitor(tok: Any) -> bool:
    """ "The coordinator is due in Tawila next week": an adjective of expectation after a
    copula, with a place phrase (the lexicon says which subjects make it a visit)."""
    return (tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lemma_.lower() == "due"
            and tok.head.lemma_.lower() == "be"
            # "is dispatching three frigates, which are due on Sunday": the sending's own arrival
            and not (tok.head.dep_ == "relcl" and tok.head.head.dep_ in ("dobj", "obj")
                     and tok.head.head.head.pos_ == "VERB")
            and any(c.dep_ == "prep" and c.lower_ in ("in", "at", "on", "to", "into", "near")
                    for c in tok.children))


def _set_free(tok: Any, sense: lx.Sense) -> Any | None:
    """ "two soldiers were released", "they were let go": the people set free are the target
    (the passive subject is the object the sense names, not a weapon fired)."""
    if sense.cameo != "0841" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ in PASSIVE_SUBJ
                 and c.lemma_.lower() in sense.objects), None)


def _years(tok: Any) -> bool:
    """ "protests that began in September 2022": a clause dated by a year tells a past event
    named as background."""
    return any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in tok.subtree)


def _given_out(tok: Any, sense: lx.Sense) -> bool:
    """ "food aid was handed out in the camp": relief given in the passive with no giver
    named is told by the verb of giving, not by the noun (which alone is too bare to keep)."""
    return sense.type == "AID" and any(c.dep_ == "auxpass" for c in tok.children) and not any(
        c.dep_ == "agent" for c in tok.children) and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in lx.RELIEF_GOODS for c in tok.children)


def _own_forces(tok: Any, sense: lx.Sense) -> list[Any]:
    """ "Greek Mirage jets were scrambled", "two Italian corvettes were dispatched": forces moved
    with no mover named stand for the state they are said to belong to (the passive subject the
    sense names, with a nationality or a name on it; bare "two cutters were sent" says no one)."""
    if sense.type != "MOBILIZE" or not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    moved = sense.objects or lx.FORCES | lx.CIVIL_CRAFT  # a class sense names no objects
    subj = next((c for c in tok.children if c.dep_ in PASSIVE_SUBJ
                 and (c.lemma_.lower() in moved or lx.craft_kind(c) in moved)), None)
    if subj is None:
        return []
    named = any(t.ent_type_ in ("NORP", "GPE", "ORG") for t in subj.subtree if t.i < subj.i)
    return [subj] if named else []


def candidates(sent: Any, lexicon: lx.Lexicon,
               sector: unlisted.Sector | None = None) -> Iterator[Candidate]:
    """The sentence's predicates; `sector` (a token's dictionary sector) lets armed doers'
    acts the lexicon does not list through (see `unlisted`)."""
    verb_events: dict[int, lx.Sense] = {}
    for tok in sent:
        if is_verb(tok):
            sense = lexicon.verb_sense(tok)
            if sense is None and sector is not None:
                sense = unlisted.sense_for(tok, lexicon, verb_sources(tok), sector)
            if sense is None or _press_exchange(tok, sense):
                continue
            # "launched an attack": the noun names the event; but "called off a strike" is
            # an event of its own (CONCEDE), not the strike.
            obj = event_object(tok, lexicon) if lexicon.is_light(tok) else None
            specific = bool(sense.objects or sense.particle)
            if obj is None or (specific and obj.type != sense.type) or _given_out(tok, sense):
                verb_events[tok.i] = sense
        elif _expected_visitor(tok):
            sense = lexicon.verb_sense(tok)
            if sense is not None:
                verb_events[tok.i] = sense
    for i in list(verb_events):
        verb = sent.doc[i]
        if (verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.i in verb_events
                and verb.lemma_.lower() in verb_events[verb.head.i].objects):
            del verb_events[i]  # "stopped supplying gas": the stopping is the event
    for tok in sent:
        if tok.i in verb_events and tok.pos_ == "ADJ":
            place = next((g for c in tok.children if c.dep_ == "prep"
                          for g in c.children if g.dep_ == "pobj"), None)
            yield Candidate(
                token=tok,
                sense=verb_events[tok.i],
                trigger=(tok.idx, tok.idx + len(tok.text)),
                clause=tok.head,
                source_tokens=verb_sources(tok.head),
                target_token=place,
                anchored=False,
            )
        elif tok.i in verb_events:
            sense = in_context(verb_events[tok.i], tok)
            sources = verb_sources(tok) or _own_forces(tok, sense)
            target = verb_target(tok, sense) or _set_free(tok, sense)
            if sense.inverse:  # "rebels received weapons from the army": the army gives
                target = sources[0] if sources else None
                sources = giver_tokens(tok)
            if sense.type == "CONSULT" and tok.lemma_.lower() == "expect":
                # "the envoy is expected in Kabul": the one awaited is the visitor
                sources = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
                target = None
            if sense.type == "MOBILIZE" and tok.lemma_.lower() in lx.SEEING:
                # "we counted fourteen militia vessels around the shoal": the forces seen
                # are the doers, the one who saw them no party
                seen = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
                sources, target = ([seen] if seen is not None else []), None
            yield Candidate(
                token=tok,
                sense=sense,
                trigger=verb_trigger(tok, sense),
                clause=tok,
                source_tokens=sources,
                target_token=target,
                anchored=False,
            )
        elif (tok.pos_ in ("NOUN", "PROPN") or gerund_noun(tok)) and tok.dep_ != "compound":
            if (tok.is_title and not tok.is_sent_start and tok.pos_ == "PROPN" or (
                tok.is_title and tok.i > sent.start and tok.nbor(-1).is_title
            )) and not titled_meeting(tok, lexicon):
                continue  # part of a name: "the Iraq War", "Operation Desert Storm"
            found = noun_sense_of(tok, lexicon)
            if not found:
                continue
            sense, first = found
            if _defining_of(tok):
                continue  # "prisoners of war", "crimes of war": a kind of person or thing
            if frames_event(tok, lexicon):
                continue  # "held a second round of talks": the talks are the event
            if _qualifies_outer(tok, lexicon):
                continue  # "a state of unrest", "violation of the ceasefire": one event
            if _topic_of_talk(tok, lexicon) and not noun_sources(tok):
                continue  # "talks on a peace treaty": what is talked about, not an event
            governor = governing_verb(tok)
            participle = light_participle(tok, lexicon)
            # "rejected the accusation made by X", "condemned what it called a raid": an
            # event named under a statement with an actor or a label of its own
            voiced = _made_by(tok, participle, sense) or (
                governor is not None and _what_is_called(tok, governor))
            if governor is not None and governor.i in verb_events and not (
                    _circumstance(tok) or _promised(tok, governor, sense) or voiced
                    or situated(tok) or _called_off_unnamed(tok, governor)
                    or _done_by_named(tok, governor) or _foreseen(tok, governor)
                    or _sought_act(tok, governor, sense, verb_events[governor.i])
                    or _idea_of(tok)):
                continue  # "agreed to the cease-fire": the verb already says it
            if (_mentioned_under(tok, verb_events) and not noun_sources(tok) and not voiced
                    and not situated(tok) and status_of(tok)[0] in ("asserted", "reported")):
                continue  # "accused of a role in the genocide": a known event, mentioned
            light = governor is not None and lexicon.is_light(governor) and is_object(tok)
            frame = frame_noun(tok)  # "the next round of talks will take place"
            frame_verb = governing_verb(frame) if frame is not tok else governor
            occurs = (
                frame_verb is not None
                and frame.dep_ in ("nsubj", "nsubjpass", "csubj")
                and lexicon.is_occurrence(frame_verb)
            )
            if occurs:
                governor = frame_verb
            # "the gunfight that began after 10 p.m.": the noun told to occur by its own
            # relative clause (not one that is an event itself: "an airstrike that killed")
            # (a clause set off by commas describes an event told before: "The assault,
            # which began shortly after dawn, is believed to ...")
            occurs_rel = any(c.dep_ == "relcl" and c.i not in verb_events
                             and lexicon.is_occurrence(c) and not _years(c)
                             and not c.doc[c.left_edge.i - 1].is_punct and any(
                g.dep_ == "nsubj" and g.tag_ == "WDT" for g in c.children)
                for c in frame.children)
            sense = in_context(sense, tok, governor)
            sources = noun_sources(tok)
            if participle is not None and not light and not occurs:
                # "talks held in Batken", "strikes carried out by the air force": the noun is
                # the object of a light verb hung on it
                if not sources:
                    sources = verb_sources(participle)
                yield Candidate(
                    token=tok,
                    sense=sense,
                    trigger=(first.idx, tok.idx + len(tok.text)),
                    clause=tok,
                    source_tokens=sources,
                    target_token=noun_target(tok),
                    anchored=True,
                )
                continue
            promised = governor is not None and _promised(tok, governor, sense)
            borrow = light or promised or tok.dep_ == "pobj" and (
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
                    if (light or promised) and governor is not None and tok.dep_ == "dobj"
                    else None) or (
                    placed_under(governor) if light and tok.dep_ == "pobj" else None),
                # ("a war that ended with a ceasefire": a truce come into force is told)
                anchored=light or occurs or occurs_rel or situated(tok)
                or lx.in_force(tok) is not None
                # "a joint operation was discussed but not launched": told not to have come
                or hedges.denied_coming(tok) is not None,
            )


_RECENT = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
           "yesterday", "today", "tonight", "overnight", "weekend", "morning", "evening",
           "night", "afternoon", "dawn"}
_PLACE_PREPS = {"near", "in", "at", "outside", "inside", "around", "on", "off", "north", "south",
                "east", "west"}


def situated(tok: Any) -> bool:
    """ "The ambush on Saturday outside Tillaberi left a dozen dead": an event noun
    given a recent day and a named place of its own tells the event itself, with no verb (a
    year alone names a past one: "the 2025 hijacking")."""
    if tok.pos_ != "NOUN" or dated_by_year(tok):
        return False  # "the 1995 massacre in Srebrenica, marked on Sunday": a past one
    dated = any(t.lower_ in _RECENT and (t.head.i == tok.i or t.head.head.i == tok.i)
                and t.dep_ in ("npadvmod", "tmod", "pobj", "compound", "nmod")
                for t in tok.subtree)
    placed = any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "LOC", "FAC") or g.pos_ == "PROPN")
        for g in c.children) for c in tok.children)
    return dated and placed


# Nouns that count or group events: "a round of talks", "a wave of strikes".
_FRAME_NOUNS = {"round", "series", "wave", "spate", "string", "flurry", "day", "week", "month",
                "cycle", "session"}


def frame_noun(tok: Any) -> Any:
    """The noun an event noun is counted by ("the next round of talks"), or the noun itself."""
    head = tok.head
    if (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN"
            and head.head.lemma_.lower() in _FRAME_NOUNS):
        return head.head
    return tok


def frames_event(tok: Any, lexicon: lx.Lexicon) -> bool:
    """Whether a noun that counts events counts one named beside it ("a round of talks")."""
    return tok.lemma_.lower() in _FRAME_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and noun_sense_of(g, lexicon) for g in c.children)
        for c in tok.children)


def light_participle(tok: Any, lexicon: lx.Lexicon) -> Any | None:
    """ "talks held in Batken", "sanctions imposed by the EU": a light verb's past participle
    hung on the event noun it takes as object; or a relative clause whose light verb takes
    the noun as its object ("an exercise that the command announced", "the curfew which the
    army imposed", "the raid the brigade carried out")."""
    for c in tok.children:
        if (c.dep_ == "acl" and c.tag_ == "VBN" and lexicon.is_light(c)
                and not any(g.dep_ in ("dobj", "obj") for g in c.children)):
            return c
        if c.dep_ == "relcl" and lexicon.is_light(c) and any(
                g.dep_ == "nsubj" and g.lower_ not in _RELATIVES for g in c.children):
            objs = [g for g in c.children if g.dep_ in ("dobj", "obj")
                    and g.ent_type_ not in ("DATE", "TIME")]  # ("delivered the day before")
            if all(g.lower_ in _RELATIVES for g in objs):  # "that" or "which", or none
                return c
    return None


_RELATIVES = {"that", "which", "whom", "who"}


def placed_under(verb: Any) -> Any | None:
    """ "was put under investigation", "placed the mayor under arrest": who the event under
    the light verb's preposition befalls."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj", "nsubjpass"):
            return c
    return None


def giver_tokens(tok: Any) -> list[Any]:
    """The "from" phrase of a verb of receiving, on the verb or on its object, with its
    conjuncts: "received weapons from the government"."""
    places = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    for node in places:
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return [g] + [x for x in g.children if x.dep_ == "conj"]
    return []


def _qualifies_outer(tok: Any, lexicon: lx.Lexicon) -> bool:
    """Whether the noun only selects the sense of the event noun it complements: "unrest" in
    "declared a state of unrest", "ceasefire" in "violations of the ceasefire"."""
    head = tok.head
    if tok.dep_ != "pobj" or head.dep_ != "prep" or head.head.pos_ != "NOUN":
        return False
    outer = noun_sense_of(head.head, lexicon)
    return outer is not None and tok.lemma_.lower() in outer[0].objects


def _topic_of_talk(tok: Any, lexicon: lx.Lexicon) -> bool:
    """ "talks on a peace treaty", "a meeting about the ceasefire": the topic of a noun that
    talks about an event."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ not in ("on", "about", "over", "regarding"):
        return False
    outer = noun_sense_of(head.head, lexicon) if head.head.pos_ == "NOUN" else None
    return outer is not None and outer[0].type in _TALK_TYPES


# Verbs that commit their subject to give something: the promise is one event (AGREE), the
# help promised another, still to come ("promised compensation to farmers").
_PROMISE_VERBS = {"promise", "pledge"}
_GIVING_TYPES = {"AID", "RETREAT", "CONCEDE"}
# A stand-down put forward is an act of its own, supposed: "proposed a halt to air strikes",
# "offered a pullback of its guns" (aid or concessions offered stay the offer alone)
_PUT_FORWARD = {"propose", "offer"}


_ARRANGED_MARKS = {"planned", "scheduled", "proposed", "announced", "intended", "due", "set",
                   "slated", "upcoming"}


def _called_off_unnamed(tok: Any, governor: Any) -> bool:
    """ "The summit was cancelled", "a planned visit was postponed indefinitely": an event
    called off in the passive with no one named as doing it; the verb's own event has no
    actor, so the event that will not happen is told by the noun. So is an arranged event
    called off by its own party ("called off the strike that was due to begin on Monday",
    "scrapped the planned visit"): the calling off and the event that will not be."""
    if tok.dep_ == "nsubjpass":
        unnamed = not any(c.dep_ == "agent" for c in governor.children)
    elif tok.dep_ in ("dobj", "obj"):
        unnamed = any(t.lower_ in _ARRANGED_MARKS for c in tok.children
                      if c.dep_ in ("amod", "relcl", "acl") for t in c.subtree)
    else:
        return False
    return unnamed and status_of(tok)[0] in ("negated", "planned")


# Words that set an act ahead as expected: "warned of an imminent offensive", "fears a
# possible invasion"; the warning and the act foreseen are two events (the act hypothetical).
_FORESEEN_MODS = {"imminent", "impending", "looming", "possible", "potential", "likely"}
_FORESEE_VERBS = {"warn", "fear", "predict", "foresee", "anticipate", "expect"}


def _foreseen(tok: Any, governor: Any) -> bool:
    return governor.lemma_.lower() in _FORESEE_VERBS and any(
        c.dep_ == "amod" and c.lower_ in _FORESEEN_MODS for c in tok.children)


# Verbs whose object is an act not (yet) done: asked for, put forward, weighed, feared or
# refused. The act is an event of its own beside the asking ("called for a withdrawal of
# Russian troops": a REQUEST, and the withdrawal, hypothetical), as coders who code the act
# asked for expect; it is kept only when the status rules hedge it, never as a fact.
_SEEKING_VERBS = {"call", "demand", "urge", "propose", "suggest", "seek", "push", "press",
                  "float", "moot", "warn", "fear", "rule", "discuss", "debate", "consider",
                  "weigh", "mull", "recommend", "advocate", "request", "offer"}


def _sought_act(tok: Any, governor: Any, sense: lx.Sense, verb_sense: lx.Sense) -> bool:
    if governor.lemma_.lower() not in _SEEKING_VERBS or sense.type == verb_sense.type:
        return False
    if governor.lemma_.lower() == "offer" and sense.type in _GIVING_TYPES | {
            "AGREE", "AID", "SUPPORT", "COOPERATE"}:
        return False  # aid, backing or concessions offered stay the offer alone
    return status_of(tok)[0] not in ("asserted", "reported")


_IDEA_NOUNS = {"idea", "notion", "concept"}


def _idea_of(tok: Any) -> bool:
    """ "put forward the idea of a joint inspection": an act named as the content of an idea
    put forward is an act of its own (a hypothetical one), not what the verb says."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
        tok.head.head.lemma_.lower() in _IDEA_NOUNS)


def _promised(tok: Any, governor: Any, sense: lx.Sense) -> bool:
    lemma = governor.lemma_.lower()
    return tok.dep_ in ("dobj", "obj") and (
        lemma in _PROMISE_VERBS and sense.type in _GIVING_TYPES
        or lemma in _PUT_FORWARD and sense.type == "RETREAT")


def _made_by(tok: Any, participle: Any | None, sense: lx.Sense) -> bool:
    """ "denies the charge voiced on Monday by the defence ministry that ...": a
    statement noun with its maker named by a light verb's agent is that maker's statement, an
    event of its own whatever the clause around it does with it."""
    if sense.clause and lx.that_clause_lemmas(tok) and any(
            c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
        return True  # "rejects the claim by Moscow that ...": its maker named on the noun
    return participle is not None and sense.type in _TALK_TYPES and any(
        c.dep_ == "agent" or c.dep_ == "nsubj" and participle.dep_ == "relcl"
        and participle.lemma_.lower() in _DELIVERING
        and c.lower_ not in _RELATIVES and any(  # "rejected a protest note that Oslo had
            t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG")  # handed over"
            for t in c.subtree)
        for c in participle.children)


# Verbs by which a party puts its words to another: who delivered a note made it ("a protest,
# which Delhi waved away" is the answer to it, not its making).
_DELIVERING = {"deliver", "hand", "submit", "lodge", "send", "issue", "make", "present", "file",
               "convey", "register", "level", "voice", "table", "address", "put"}


def _what_is_called(tok: Any, governor: Any) -> bool:
    """ "condemned what it called a terrorist raid": the label a speaker puts on an event
    it names by "what" is that event, not a label on another one."""
    as_label = tok.dep_ == "pobj" and tok.head.lower_ == "as"  # "described as an attack"
    return (tok.dep_ in ("oprd", "attr", "xcomp") or as_label) and any(
        c.dep_ in ("dobj", "obj") and c.tag_ == "WP" for c in governor.children)


# Parties named by their kind as the doers of an act: "by the army", "by the rebels".
_DOER_NOUNS = {"government", "army", "military", "force", "troop", "soldier", "rebel", "militia",
               "police", "authority", "junta", "regime", "gunman", "militant", "insurgent"}


def _done_by_named(tok: Any, governor: Any) -> bool:
    """ "welcomed the release of 42 detainees by the rebels and the government on 9 November":
    an act noun naming its doers by a "by" phrase and a day of its own is an event of its own
    under the verb that judges it, not only that verb's topic (the parser may hang the phrase
    and the day on the active verb: they are the noun's all the same)."""
    holders = [tok]
    if tok.dep_ in ("dobj", "obj") and not any(c.dep_ == "auxpass" for c in governor.children):
        holders.append(governor)
    by_named = any(c.dep_ == "prep" and c.lower_ == "by" and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lemma_.lower() in _DOER_NOUNS or any(
            x.ent_type_ in ("ORG", "GPE", "NORP") for x in g.subtree))
        for g in c.children) for h in holders for c in h.children)
    spans = [tok] + [c for h in holders[1:] for c in h.children if c.dep_ == "prep"]
    dated = any(t.ent_type_ == "DATE" and not (t.like_num and len(t.text) == 4)
                for c in spans for t in c.subtree)
    return by_named and dated


# Verbs of speaking to the press that a party may decline: "declined to comment", "refused to
# elaborate", "would not confirm" (a party declining to act, or to attend, rejects something).
# ("refused to talk to the mediators" or "to discuss the plan" rejects talks; "answer" and
# "respond" count only bare or of questions: "declined to respond to the ultimatum" rejects it)
_PRESS_WORDS = {"comment", "elaborate", "say", "confirm", "deny", "specify", "name", "identify",
                "answer", "respond", "disclose", "reveal", "detail", "give", "provide",
                "explain", "speculate"}
_INFO_NOUNS = {"detail", "name", "figure", "number", "comment", "information", "interview",
               "explanation", "reason", "source", "breakdown", "estimate", "question"}
# What one asks for when asking is a request: "asked permission", "asked help".
_ASKED_THINGS = {"permission", "help", "aid", "support", "assistance", "protection", "asylum",
                 "leave", "forgiveness", "pardon", "mercy", "clemency", "money", "loan", "escort",
                 "access", "ceasefire", "truce", "release", "withdrawal", "intervention"}


def _press_exchange(tok: Any, sense: lx.Sense) -> bool:
    """A party's exchange with those who question it, which asks or refuses it nothing: "the
    ministry declined to comment", "refused to give details", "when we asked the army about the
    raid", "asked him whether troops had fired" (a question, not a request). Asking someone to
    do a thing, for a thing or that a thing be done is a request; declining to act, to attend
    or to sign rejects something."""
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    if sense.type == "REJECT" and lemma in ("decline", "refuse"):
        said = [c for c in kids if c.dep_ == "xcomp" and c.lemma_.lower() in _PRESS_WORDS]
        return bool(said) and all(_said_to_press(c) for c in said)
    if sense.type != "REQUEST" or lemma != "ask":
        return False
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "for":
            return False  # "asked Washington for help"
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _ASKED_THINGS:
            return False  # "asked permission to land"
        if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > tok.i and not _interrogative(c):
            return False  # "asked Ankara to coordinate", "asked that they be tried"
    return True


def _said_to_press(verb: Any) -> bool:
    """ "comment", "give details", "respond to questions", a bare "respond": what a party tells
    those who question it."""
    lemma = verb.lemma_.lower()
    things = [g for c in verb.children if c.dep_ in ("dobj", "obj", "prep")
              for g in ([c] if c.dep_ != "prep" else
                        [x for x in c.children if x.dep_ == "pobj"])]
    if lemma in ("give", "provide"):
        return any(g.lemma_.lower() in _INFO_NOUNS for g in things)
    if lemma in ("answer", "respond"):
        return all(g.lemma_.lower() in _INFO_NOUNS | {"query", "inquiry", "enquiry"}
                   for g in things)
    return True


def _interrogative(clause: Any) -> bool:
    """A clause that asks: "whether troops fired", "what had happened", "if it was true"."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WP$", "WRB") or any(
        t.text == "?" for t in clause.subtree)


def _circumstance(tok: Any) -> bool:
    """ "threw stones during demonstrations": a noun under a preposition of time or cause is
    an event beside the verb's, not the verb's own content."""
    return tok.dep_ == "pobj" and tok.head.lower_ in (
        "during", "amid", "after", "before", "despite", "following", "since", "throughout",
        "because", "due")


# Predicates that talk about an event rather than report a new one.
_TALK_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "CONSULT", "THREATEN"}


def _mentioned_under(tok: Any, verb_events: dict[int, lx.Sense]) -> bool:
    node = tok
    for _ in range(6):
        if node.dep_ not in ("pobj", "prep", "dobj", "pcomp", "xcomp", "conj", "attr"):
            return False
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            return False  # "summoned the envoy and filed a protest": a clause of its own
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


# Types of the acts a title may name: talks and accords ("the Strategic Dialogue", "the
# Istanbul Round", "the Framework Agreement").
_TITLED_TYPES = {"CONSULT", "AGREE"}
_TITLED_TRUCES = {"truce", "ceasefire", "cease-fire", "armistice"}


def titled_meeting(tok: Any, lexicon: lx.Lexicon) -> bool:
    """ "The Dialogue will not resume", "the Trilateral Meeting of Ankara, Damascus and
    Moscow", "the Istanbul Round": a capitalised noun of talks or accord that heads its
    title, the title's other words only "the", describing adjectives and place names, names
    an act like its lowercase word (not "Operation Desert Storm", "the Peace Council")."""
    if not tok.is_title or tok.i + 1 < len(tok.doc) and tok.nbor(1).is_title and (
            tok.nbor(1).pos_ in ("PROPN", "NOUN", "ADJ")):
        return False  # not the title's last word: "the Summit Council"
    found = noun_sense_of(tok, lexicon)
    if found is None or found[0].type not in _TITLED_TYPES and not (
            found[0].type == "RETREAT" and found[0].lemma in _TITLED_TRUCES):
        return False  # (a truce's title names it too: "the Humanitarian Truce")
    k = tok.i - 1
    while k >= 0 and tok.doc[k].is_title and not tok.doc[k].is_punct:
        word = tok.doc[k]
        if not (word.lower_ == "the" or word.tag_ == "JJ" or word.ent_type_ in (
                "GPE", "LOC", "NORP") or word.lower_.endswith(_DESCRIBING_ENDINGS)
                or _a_place_name(word.text)):
            return False
        k -= 1
    return True


# Endings of the adjectives that say what kind of talks a title names ("Strategic",
# "Trilateral", "Quadripartite", "Humanitarian", "Consultative", "Preparatory").
_DESCRIBING_ENDINGS = ("al", "ic", "ite", "ian", "ive", "ary")


def _a_place_name(text: str) -> bool:
    """ "Istanbul" in "the Istanbul Round": a name the gazetteer knows as a place."""
    try:
        from warpath.places.gazetteer import gazetteer
        return gazetteer().lookup(text) is not None
    except Exception:  # noqa: BLE001 - no gazetteer: not known as a place
        return False


# Nouns that a bare "of" + event noun only classifies ("prisoners of war", "veterans of war",
# "the laws of war", "a theatre of war", "veterans of conflict"): no act of that kind is told.
_CLASSIFIED_BY_OF = {"prisoner", "pow", "veteran", "widow", "orphan", "hero", "correspondent",
                     "criminal", "profiteer", "crime", "law", "rule", "custom", "theatre",
                     "theater", "spoil", "art", "fog", "ministry", "minister", "department",
                     "secretary", "museum", "memorial", "chest", "booty", "trophy", "cabinet",
                     "college", "game", "dog", "horse", "relic", "casualty"}
# (not the means of an act: "a tool of pressure", "an instrument of coercion" is the act used)


def _defining_of(tok: Any) -> bool:
    """A bare event noun that only classifies the noun it follows by "of": "prisoners of war",
    "the laws of war", "veterans of conflict" (not "the victims of the attack", "the start of
    the war": an act named with its determiner)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("det", "poss", "amod", "nummod", "compound") for c in tok.children):
        return False
    return tok.head.head.lemma_.lower() in _CLASSIFIED_BY_OF
