"""Filters against over-generation and the merge of repeated events.

Background is left out (agentless passives describing a participant, event nouns dated by a
year), and events that say the same thing twice in one sentence (same type, compatible
parties, same status) are merged into one.
"""

from __future__ import annotations

from typing import Any

from warpath.document import Analysis, Event, Party
from warpath.events.arguments import is_participle
from warpath.events.grammar import PASSIVE_SUBJ, RELATIVE


def dated_by_year(tok: Any) -> bool:
    return any(c.dep_ in ("nummod", "compound", "amod", "npadvmod") and c.ent_type_ == "DATE"
               and c.like_num and len(c.text) == 4 for c in tok.children)


def background_passive(tok: Any) -> bool:
    """ "the mayor, jailed a year ago", "civilians who had been imprisoned": an agentless
    passive describing a participant is its history, not news; but "there were ten soldiers
    killed" states the event."""
    if tok.pos_ == "VERB" and _reduced_relative(tok):
        return True
    if tok.pos_ != "VERB" or tok.dep_ not in ("acl", "relcl"):
        return False
    passive = is_participle(tok) or any(c.dep_ == "auxpass" for c in tok.children)
    if not passive or any(c.dep_ == "agent" for c in tok.children):
        return False
    if any(c.dep_ in PASSIVE_SUBJ and c.lower_ not in RELATIVE for c in tok.children):
        return False  # a clause with a subject of its own, whatever the parser hung it on
    head = tok.head
    existential = head.dep_ == "attr" and any(c.dep_ == "expl" for c in head.head.children)
    return not existential and not _counted(head)


def _reduced_relative(tok: Any) -> bool:
    """ "The civilians imprisoned for acting against Moscow were released": the parser takes
    the participle for the main verb and hangs the real one on it as a conjunct with no
    "and" and no subject; the participle then describes the subject, like "who were
    imprisoned"."""
    if tok.dep_ in ("csubj", "csubjpass") and tok.tag_ == "VBN" and any(
            c.dep_ == "nsubj" for c in tok.children):
        return True  # the same, with the participle taken for a clausal subject
    if tok.dep_ != "ROOT" or tok.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "cc") for c in tok.children):
        return False
    return any(
        c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i
        and any(g.dep_ in ("aux", "auxpass") for g in c.children)
        and not any(g.dep_ in ("nsubj", "nsubjpass", "cc") for g in c.children)
        and not any(t.dep_ == "cc" and tok.i < t.i < c.i for t in tok.doc[tok.i:c.i])
        for c in tok.children)


# Verbs that count victims: "recorded 63 civilians killed", "confirmed 12 people wounded".
_COUNT_VERBS = {"record", "document", "count", "register", "tally", "confirm", "verify",
                "report", "list", "log", "put", "estimate"}


def _counted(noun: Any) -> bool:
    """A number of people counted by a toll ("the report recorded 63 civilians killed"): the
    participle states the event the toll is of, not a participant's history."""
    if noun.dep_ not in ("dobj", "obj", "conj"):
        return False
    while noun.dep_ == "conj":
        noun = noun.head
    has_number = any(c.dep_ == "nummod" for c in noun.children) or noun.like_num
    return has_number and noun.dep_ in ("dobj", "obj") and (
        noun.head.lemma_.lower() in _COUNT_VERBS)


def anonymity_formula(tok: Any) -> bool:
    """ "who asked not to be named", "requested anonymity": a source's condition, not a
    request between parties."""
    if tok.lemma_.lower() not in ("ask", "request", "insist", "speak"):
        return False
    return any(c.dep_ in ("xcomp", "ccomp", "dobj") and c.lemma_.lower() in (
        "name", "identify", "quote", "anonymity", "identification")
        for c in tok.children) or any(
        c.dep_ == "prep" and any(g.lemma_.lower() in ("anonymity", "condition")
                                 for g in c.children) for c in tok.children)


# People who comment on a conflict without a side in it: what they warn of is a forecast.
_COMMENTATORS = {"analyst", "expert", "observer", "researcher", "commentator", "scholar",
                 "academic", "economist", "pundit", "specialist", "historian"}


def forecast(tok: Any, sources: list[Any], etype: str) -> bool:
    """ "Think-tank experts warned that the cartel might try to seize the port": a commentator's
    warning threatens no one (what it warns of is kept, hedged, as the event)."""
    return etype == "THREATEN" and tok.pos_ == "VERB" and bool(sources) and all(
        s.lemma_.lower() in _COMMENTATORS for s in sources)


_COURTESY_OBJECTS = {"you", "god", "goodness", "heaven", "heavens", "everyone", "everybody", "all"}


def courtesy_formula(tok: Any) -> bool:
    """ "thank you", "thank God": politeness or relief, not praise of a party."""
    return tok.lemma_.lower() == "thank" and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in _COURTESY_OBJECTS for c in tok.children)


def party_key(party: Party | None) -> str | None:
    if party is None:
        return None
    return party.actor_id or party.country or (party.text or "").lower() or None


def _compatible(a: Party | None, b: Party | None) -> bool:
    ka, kb = party_key(a), party_key(b)
    return ka is None or kb is None or ka == kb


_CONDITIONS = {"if", "unless", "whether", "lest"}


def _distinct_acts(a: Event, b: Event, analysis: Analysis) -> bool:
    """ "called the seizure piracy and summoned the ambassador", "summoned the envoy and filed a
    protest": two coordinated clauses with verbs of different lemma and events of different
    CAMEO code are two acts of one type, not one act said twice."""
    doc = analysis.doc
    if a.trigger_token is None or b.trigger_token is None or not a.cameo or not b.cameo:
        return False
    both_verbs = doc[a.trigger_token].pos_ == doc[b.trigger_token].pos_ == "VERB"
    ta, tb = _clause_verb(doc[a.trigger_token]), _clause_verb(doc[b.trigger_token])
    coordinated = tb.dep_ == "conj" and tb.head == ta or ta.dep_ == "conj" and ta.head == tb
    # two verbs of one code are one act said twice ("condemned and denounced")
    if (coordinated and ta.pos_ == tb.pos_ == "VERB" and ta.lemma_ != tb.lemma_
            and (a.cameo[:3] != b.cameo[:3] or not both_verbs)):
        return True
    # "four sailors were killed; the embassy says the Houthis abducted some of them": two
    # clauses with subjects of their own telling different acts
    # clauses with subjects of their own telling different acts; but "killed 23 people when
    # they blew themselves up" tells one act in its circumstance clause
    return (both_verbs and ta.lemma_ != tb.lemma_ and a.cameo[:3] != b.cameo[:3]
            and _own_subject(ta) and _own_subject(tb)
            and not _circumstance_of(ta, tb) and not _circumstance_of(tb, ta))


def _own_subject(verb: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _circumstance_of(main: Any, other: Any) -> bool:
    """Whether `other` hangs under `main` through an adverbial or relative clause."""
    node, crossed = other, False
    while node.head.i != node.i:
        crossed = crossed or node.dep_ in ("advcl", "relcl")
        node = node.head
        if node.i == main.i:
            return crossed
    return False


def _clause_verb(tok: Any) -> Any:
    """The verb whose clause states the event: the trigger itself, or the verb an event noun is
    the object of ("filed a protest")."""
    if tok.pos_ != "VERB" and tok.dep_ in ("dobj", "obj", "nsubjpass"):
        return tok.head
    return tok


def add_merged(events: list[Event], new: Event, analysis: Analysis) -> None:
    """Keep one event where the sentence states the same thing twice."""
    for old in events:
        if (
            old.type == new.type
            and old.status == new.status
            # "escalation could follow if either side strikes": a condition and its
            # consequence are two events
            and (old.status_cue in _CONDITIONS) == (new.status_cue in _CONDITIONS)
            # "no American was killed, so he decided against retaliation": two denials
            and (old.status != "negated" or old.status_cue == new.status_cue)
            and _compatible(old.source, new.source)
            and _compatible(old.target, new.target)
            and not (old.source and new.source and old.source is not new.source
                     and party_key(old.source) != party_key(new.source))
            and not _distinct_acts(old, new, analysis)
        ):
            if old.source is None or (not old.source.country and new.source and new.source.country):
                old.source = new.source
            if old.target is None or (not old.target.country and new.target and new.target.country):
                old.target = new.target
            return
    events.append(new)
