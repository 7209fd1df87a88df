"""An act named again by words that stand in for it: "would do the same", "has not followed
suit", "may do likewise", "will respond in kind", "such a move would not be repeated".

News tells an act and then, in the next sentence or later in the same one, an act of the
same kind foreseen, refused or copied by someone, without naming it again: "The navy seized
two trawlers on Monday. The minister said it would do so again if they came back";
"Ottawa expelled three envoys. Beijing said it would respond in kind". The stand-in ("do
so", "do the same", "follow suit", "reciprocate", "answer in kind", "such a step", "the same
tactic") carries no type; it takes the type of the act it stands for: the nearest event
before it in its sentence or in the two sentences before (not a statement about an act:
threats and demands stand for the act they name, which is its own event).

Two families:

- a copy ("do the same", "do so", "do it again", "follow suit", "repeat the move", "such a
  move", "the same tactic"): the doer is the stand-in's own subject (or the act's doer when
  it names none), the target the act's;
- an answer in kind ("respond / answer / reply / retaliate in kind", "reciprocate"): the
  stand-in's subject does to the act's doer what was done to it.

A stand-in told as done by the act's own doer is the act told again ("Israel struck the port.
It did so after ...") and adds nothing; told as done by someone else ("Burkina Faso followed
suit") it is a new act of that kind. Stand-in nouns ("such a move") add an event only when
not told as done, as for any mention of an act named before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from warpath.document import Event, Party
from warpath.events import lexicon as lx

# Verbs that stand for an act with an object or adverb: "do the same", "do so", "do it
# again", "follow suit".
_DO_OBJECTS = {"same", "so", "it", "this", "that"}
# Verbs of answering that copy the act back when "in kind": "respond in kind".
_ANSWER_VERBS = {"respond", "answer", "reply", "retaliate", "hit", "strike", "react"}
# Nouns that stand for an act when marked as the same or such a one: "such a move",
# "the same tactic", "a similar step"; "repeat the exercise".
STAND_IN_NOUNS = {"move", "step", "measure", "tactic", "action", "push", "attempt", "exercise",
                  "operation", "manoeuvre", "maneuver", "gesture"}
_SAME_WORDS = {"same", "similar", "such", "identical", "comparable", "like"}
# Verbs of doing again whose object, as "the exercise", "the operation", is the act before.
_REPEAT_VERBS = {"repeat", "replicate", "copy", "emulate", "reprise"}
# Verbs of taking a measure up again or further whose pronoun object stands for a measure
# told before: "would resume them if", "may extend it to the coast", "could reimpose it".
_RESUME_VERBS = {"resume", "reimpose", "reinstate", "reintroduce", "renew", "restart",
                 "extend", "widen", "expand", "reactivate", "revive"}
# Acts of undoing a measure: what a measure taken up again does not copy ("lifted the
# sanctions ... would reimpose them" is no lifting again).
_UNDOING_TYPES = {"CONCEDE", "RETREAT"}
# Verbs of halting a thing: "the talks were suspended ... hope to resume them" takes up the
# talks, not their suspension, again
_HALTING_VERBS = {"suspend", "halt", "stop", "freeze", "pause", "end", "cancel", "lift", "scrap",
                  "drop", "abandon", "interrupt", "break", "cut", "sever", "call", "postpone",
                  "delay", "shelve", "ban", "block", "close", "shut", "collapse", "stall"}
_PRONOUNS = {"it", "they", "he", "she", "we", "its", "their"}
# Types of events that only tell about an act (its threat, demand, accusation) and so are
# never what a stand-in names again.
_STATEMENT_TYPES = {"THREATEN", "REQUEST"}
# Acts an answer in kind returns: force, pressure, measures, words of blame.
_RETURNED = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "REJECT", "PROTEST", "MOBILIZE"}


def _in_kind(tok: Any) -> bool:
    """ "respond in kind", "answered in kind"."""
    doc = tok.doc
    for at in (tok.i + 1, tok.i + 2):  # "responded in kind", "responded swiftly in kind"
        if at + 1 < len(doc) and doc[at].lower_ == "in" and doc[at + 1].lower_ == "kind" and (
                doc[at].head.i == tok.i or doc[at + 1].head.i == tok.i):
            return True
    return False


def stand_in_verb(tok: Any) -> str | None:
    """ "copy" for a verb that stands for an act done again or by another ("do the same",
    "do so", "followed suit", "do it again"), "kind" for one that returns an act ("respond
    in kind", "reciprocate"), else None."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    lemma = tok.lemma_.lower()
    if lemma == "do":
        doc = tok.doc
        nxt = [doc[k] for k in range(tok.i + 1, min(tok.i + 4, len(doc)))]
        if len(nxt) >= 2 and nxt[0].lower_ == "the" and nxt[1].lower_ == "same" and (
                len(nxt) < 3 or nxt[2].pos_ != "NOUN" or nxt[2].lower_ in ("thing", "things")):
            return "copy"  # "do the same next week" (parsed or not with "same" as object)
        if any(c.dep_ == "advmod" and c.lower_ in ("likewise", "similarly") and c.i > tok.i
               for c in tok.children):
            return "copy"  # "fishermen may do likewise"
        for c in tok.children:
            if c.i < tok.i:
                continue
            if c.dep_ in ("dobj", "obj") and c.lower_ in ("same", "it", "this", "that"):
                if c.lower_ == "same" and not any(d.lower_ == "the" for d in c.children):
                    continue
                if c.lower_ != "same" and not _again_or_hedged_object(tok, c):
                    continue
                return "copy"
            if c.dep_ in ("advmod", "dobj", "obj") and c.lower_ == "so" and c.i == tok.i + 1:
                return "copy"
        return None
    if lemma == "follow" and any(c.dep_ in ("dobj", "obj") and c.lower_ == "suit"
                                 for c in tok.children):
        return "copy"
    if lemma in _REPEAT_VERBS and any(
            c.dep_ in ("dobj", "obj") and (c.lower_ in ("it", "this", "that") or (
                c.lemma_.lower() in STAND_IN_NOUNS and any(
                    d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)))
            for c in tok.children):
        return "copy"
    if lemma in _RESUME_VERBS and resumed_pronoun(tok) is not None:
        return "copy"
    if lemma == "reciprocate" and not any(
            c.dep_ in ("dobj", "obj") and c.pos_ != "PRON" and not stand_in_noun(c)
            for c in tok.children):  # (not "reciprocated the expulsions": the act named)
        return "kind"
    if lemma in _ANSWER_VERBS and _in_kind(tok):
        return "kind"
    return None


def resumed_pronoun(verb: Any) -> Any | None:
    """ "would resume them", "may extend it to the coast": the pronoun object ("it", "them")
    of a verb of taking a measure up again or further, which stands for a measure told
    before (None for another object, or none)."""
    if verb.lemma_.lower() not in _RESUME_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")
                 and c.lower_ in ("it", "them")), None)


def _agrees(doc: Any, event: Event, pronoun: Any) -> bool:
    """Whether an act's own noun (its trigger, or its verb's direct object) has the number of
    the pronoun that stands for it: "them" for "broadcasts", "it" for "the blockade"."""
    if event.trigger_token is None:
        return False
    trig = doc[event.trigger_token]
    if trig.pos_ in ("VERB", "AUX") and trig.lemma_.lower() in _HALTING_VERBS:
        return False  # "suspended the talks ... would resume them": the talks, not the halt
    nouns = [trig] if trig.pos_ in ("NOUN", "PROPN") else [
        c for c in trig.children if c.dep_ in ("dobj", "obj", "nsubjpass")
        and c.pos_ in ("NOUN", "PROPN")]
    plural = pronoun.lower_ == "them"
    return any((n.tag_ in ("NNS", "NNPS")) == plural for n in nouns)


def _again_or_hedged_object(verb: Any, obj: Any) -> bool:
    """ "do it again", "do this every week", "do that": a pronoun object stands for an act
    only beside "again" or a frequency ("every week"), or with a modal that looks ahead."""
    if any(c.lower_ in ("again", "too", "also", "regularly") for c in verb.children):
        return True
    if any(c.dep_ == "npadvmod" and any(d.lower_ in ("every", "each") for d in c.children)
           for c in verb.children):
        return True
    return obj.lower_ in ("this", "that") and any(
        c.dep_ == "aux" and c.lower_ in ("to", "would", "will", "could", "might")
        for c in verb.children)


# Nouns of words said that stand for a verbal act only when said to be the same: "would
# issue a similar statement" (not "that statement", the words themselves).
_SAID_NOUNS = {"statement", "declaration", "communique", "message"}
# Verbs that set a next act of the series down for a date: "another is planned for Friday".
_SCHEDULING = {"plan", "schedule", "set", "call", "slate", "pencil", "announce"}


def stand_in_noun(tok: Any) -> bool:
    """ "such a move", "the same tactic", "a similar step", "that step": a noun that names
    an act only as the same as one told before; "another is planned for Friday": one more
    of the act told before, set down for a date."""
    if tok.lower_ == "another" and tok.dep_ in ("nsubj", "nsubjpass") and (
            tok.head.lemma_.lower() in _SCHEDULING) and not any(
            c.dep_ in ("xcomp", "ccomp") and c.i > tok.head.i
            for c in tok.head.children):  # "another is set to be freed"
        return True
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _SAID_NOUNS:
        return any(c.lower_ in _SAME_WORDS and c.dep_ in ("amod", "predet") and c.i < tok.i
                   for c in tok.children)
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in STAND_IN_NOUNS or tok.dep_ == "compound":
        return False
    if tok.lemma_.lower() == "measure" and tok.tag_ == "NNS":
        return False  # "further measures" is a series (see events.serial)
    marks = [c for c in tok.children if c.i < tok.i]
    if any(c.lower_ in _SAME_WORDS and c.dep_ in ("amod", "predet", "det") for c in marks):
        return True
    if any(c.dep_ == "det" and c.lower_ == "that" for c in marks) and (
            tok.dep_ in ("dobj", "obj", "nsubj", "nsubjpass")):
        return True
    # "repeat the exercise": the act done before
    return tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _REPEAT_VERBS


def antecedent(tok: Any, prior: Iterable[Event], here: list[Event], kind: str,
               subject_country: str | None) -> Event | None:
    """The act a stand-in names: the nearest event before it (this sentence first, then the
    two before), not a statement about an act; for an answer in kind, an act of pressure or
    force done to the answerer when it is known."""
    ancestors = _governors(tok)
    if _unlisted_act_before(tok, ancestors, here):
        return None  # "Asked to comment, the spokesman declined to do so": the comment
    # (not the verb it hangs on: "declined to do so" does not decline again)
    before = [e for e in here if e.trigger_token is not None and e.trigger_token < tok.i
              and e.trigger_token not in ancestors]
    order = list(reversed(sorted(before, key=lambda e: e.trigger_token or 0)))
    order += list(reversed(list(prior)))
    order = [e for e in order if e.type not in _STATEMENT_TYPES and e.trigger_token != tok.i]
    pronoun = resumed_pronoun(tok) if tok.pos_ in ("VERB", "AUX") else None
    if pronoun is not None:
        # "would resume them": the nearest measure its pronoun can stand for, not an undoing
        order = [e for e in order if e.type not in _UNDOING_TYPES
                 and _agrees(tok.doc, e, pronoun)]
    if kind == "kind":
        order = [e for e in order if e.type in _RETURNED]
        if subject_country:
            aimed = [e for e in order if e.target is not None
                     and e.target.country == subject_country]
            if aimed:
                return aimed[0]
    return order[0] if order else None


def _governors(tok: Any) -> set[int]:
    """The verbs the stand-in hangs under in its own clause chain ("declined to do so"),
    not a clause it is coordinated with ("condemned the strike, and Rome said it would
    issue a similar statement")."""
    out: set[int] = set()
    node = tok
    while node.head.i != node.i and node.dep_ != "conj":
        node = node.head
        out.add(node.i)
    return out


def _unlisted_act_before(tok: Any, ancestors: set[int], here: list[Event]) -> bool:
    """ "Asked to comment, he declined to do so", "urged him to explain, but he refused to
    do so": an act asked for earlier in the sentence, named by a verb that is no event, is
    what the stand-in names. So is an act told in a main clause before it, after any event
    of the sentence: "Apple cut its prices and Samsung followed suit", "fans booed the
    referee and he answered in kind" (the price cut and the booing are what was copied)."""
    triggers = {e.trigger_token for e in here}
    last_event = max((e.trigger_token for e in here if e.trigger_token is not None
                      and e.trigger_token < tok.i), default=-1)
    return any(t.pos_ == "VERB" and t.i not in ancestors and t.i not in triggers and (
        t.dep_ == "xcomp" or t.dep_ in ("ROOT", "conj") and t.i > last_event and any(
            c.dep_ in ("dobj", "obj") for c in t.children))
               for t in tok.sent if t.i < tok.i)


def sense_from(tok: Any, event: Event) -> lx.Sense:
    """The stand-in's sense: the type and code of the act it names."""
    return lx.Sense(lemma=tok.lemma_.lower(), pos="verb" if tok.pos_ in ("VERB", "AUX")
                    else "noun", type=event.type, cameo=event.cameo, mode=event.mode,
                    intensity=event.intensity)


def inherit(event: Event, ante: Event, kind: str) -> None:
    """The parties the stand-in leaves unnamed: a copy's target is the act's target (and its
    doer the act's doer when none is named); an answer in kind goes back to the act's doer."""
    if kind == "kind":
        if event.target is None and ante.source is not None and (
                event.source is None or ante.source.country != event.source.country):
            event.target = _copy(ante.source)
        if event.source is None and ante.target is not None:
            event.source = _copy(ante.target)
        return
    if event.source is None and ante.source is not None:
        event.source = _copy(ante.source)
    if event.target is None and ante.target is not None and (
            event.source is None or ante.target.country is None
            or ante.target.country != event.source.country
            or ante.source is not None and ante.source.country == ante.target.country):
        event.target = _copy(ante.target)


def restated(event: Event, ante: Event, kind: str, tok: Any) -> bool:
    """A copy told as done by the act's own doer: the act told again, no new event ("it did
    so after talks failed"; but "the navy did it again on Sunday" is a new one)."""
    if event.status not in ("asserted", "reported") or kind == "kind":
        return False
    if any(c.lower_ in ("again", "anew") for c in tok.children):
        return False
    if event.source is None or ante.source is None or (
            event.source.country is None and (event.source.actor_id is None or (
                event.source.text or "").lower() in _PRONOUNS)):
        return True  # "they did so": the doer named before
    if event.source.country or ante.source.country:
        return event.source.country == ante.source.country
    return (event.source.actor_id or event.source.text) == (
        ante.source.actor_id or ante.source.text)


def _copy(party: Party) -> Party:
    return Party(actor_id=party.actor_id, text=party.text, country=party.country,
                 sector=party.sector, inferred="stand-in")


# Sectors of states, armed men and politics: a stand-in done by one of them is a party's act.
_PARTY_SECTORS = {"GOV", "MIL", "SPY", "LEG", "JUD", "COP", "REB", "INS", "SEP", "UAF", "OPP",
                  "PTY", "IGO", "ELI", "PRO"}


def doer_fits(analysis: Any, event: Event, tok: Any, ante: Event) -> bool:
    """Whether the stand-in's own doer may do the act it names: a state, an armed or
    political body, or a word that points back to one ("it", "they"); not a runner, a firm or
    a bank ("the runner will repeat the exercise", "the bank responded in kind"). With no doer
    of its own, a stand-in in a sentence of sport, business or the weather ("the coach said
    such a move would weaken the team") names no act of the one told before."""
    from warpath.events import domain

    src = event.source
    speaker = _speaker(tok)
    if ante.type in _CIVIL_TYPES:
        # "thousands marched on the embassy, and organisers said they would do the same":
        # people of no state march and strike; only a stand-in of sport or business is none
        return domain.ordinary_domain(tok, ante.type, analysis) is None
    if src is None or (src.text or "").lower() in _PRONOUNS:
        # "the central bank said it would respond in kind": who "it" is, the speaker says
        if src is None and domain.ordinary_domain(tok, ante.type, analysis) is not None:
            return False
        return speaker is None or not _ordinary_person(speaker)
    return _a_party(src) or bool(src.actor_id) and src.sector not in _ORDINARY_SECTORS


# Acts that people of no state do themselves: marches, strikes, sit-ins.
_CIVIL_TYPES = {"PROTEST"}
# Sectors of firms, clubs and private people.
_ORDINARY_SECTORS = {"BUS", "SPT", "EDU", "MED", "CVL", "ENT"}


def _a_party(party: Party) -> bool:
    return bool(party.country or party.sector in _PARTY_SECTORS)


def _ordinary_person(tok: Any) -> bool:
    """A person or body of sport, business or culture ("the coach", "the central bank", "the
    club", "the runner")."""
    from warpath.events import domain

    return any(domain._doer(tok, d) for d in domain.classes().domains)


def _speaker(tok: Any) -> Any | None:
    """Who says the clause the stand-in is in: "the coach said such a move would ..."."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ == "ccomp" for c in node.children):
            return next((c for c in node.children if c.dep_ == "nsubj"), None)
    return None
