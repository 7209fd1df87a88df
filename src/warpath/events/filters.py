"""Filters against over-generation and the merge of repeated events.

Background is left out (agentless passives describing a participant, event nouns dated by a
year), so are war-like words used in an ordinary sense (sport, business, weather), and events
that say the same thing twice in one sentence (same type, compatible parties, same status) are
merged into one.
"""

from __future__ import annotations

from typing import Any

from warpath.document import Analysis, Event, Party
from warpath.events import domain, unlisted
from warpath.events.arguments import is_participle
from warpath.events.grammar import PASSIVE_SUBJ, RELATIVE
from warpath.events.lexicon import phase_lemma


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
    if any(c.dep_ == "auxpass" and c.lower_ == "being" for c in tok.children):
        return False  # "footage showing a depot being shelled": the act as it happens

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


def _names_others(verb: Any) -> bool:
    """ "asked Kabul to identify the killers", "to help identify and hand over the gunmen":
    a party asked to name others (a request), not a source asking not to be named (a
    negated verb or a pronoun object is still the source's own: "asked us not to name him")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "obj")]
    return bool(objects) and all(o.pos_ != "PRON" for o in objects)


def anonymity_formula(tok: Any) -> bool:
    """ "who asked not to be named", "requested anonymity": a source's condition, not a
    request between parties."""
    if tok.lemma_.lower() not in ("ask", "request", "insist", "speak"):
        return False
    return any(c.dep_ in ("xcomp", "ccomp", "dobj") and c.lemma_.lower() in (
        "name", "identify", "quote", "anonymity", "identification") and not _names_others(c)
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


# What armed men take along into a fight: "backed by drones" names their means, not a party.
_EQUIPMENT = {"drone", "uav", "helicopter", "gunship", "chopper", "tank", "artillery", "aircraft",
              "jet", "warplane", "bomber", "plane", "vehicle", "armour", "armor", "airpower",
              "firepower", "bulldozer", "cover", "fire", "airstrike", "strike", "mortar",
              "armoured", "armored", "apc", "sniper", "dog", "boat", "gunboat", "warship"}


def instrument_backing(tok: Any) -> bool:
    """ "the column, supported by armoured cars and drones, pushed north": a participle naming
    the means a force brings is no support given by them (but "militias backed by Kigali" is)."""
    if tok.lemma_.lower() not in ("back", "support", "cover", "assist", "accompany", "aid",
                                  "escort"):
        return False
    if tok.tag_ != "VBN" or tok.dep_ not in ("acl", "advcl", "relcl", "conj"):
        return False
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    agents += [c for a in list(agents) for c in a.children if c.dep_ == "conj"]
    return bool(agents) and all(
        a.lemma_.lower() in _EQUIPMENT or a.lemma_.lower() in unlisted.THINGS
        or any(c.lower_ in ("armoured", "armored", "military") for c in a.children)
        for a in agents)


_COURTESY_OBJECTS = {"you", "god", "goodness", "heaven", "heavens", "everyone", "everybody", "all"}


def courtesy_formula(tok: Any) -> bool:
    """ "thank you", "thank God": politeness or relief, not praise of a party."""
    return tok.lemma_.lower() == "thank" and any(
        c.dep_ in ("dobj", "obj") and c.lower_ in _COURTESY_OBJECTS for c in tok.children)


def ordinary_sense(analysis: Analysis, event: Event) -> bool:
    """ "the striker shot wide", "shares were hammered", "a heatwave struck Spain": a war-like
    word used in sport, business, culture or the weather, with no state, armed or political
    party in the sentence, states no event (see events/domain.py)."""
    if event.trigger_token is None or analysis.doc is None:
        return False
    return domain.ordinary_domain(analysis.doc[event.trigger_token], event.type,
                                  analysis) is not None


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
    # but not when each is dated apart: "took Goma in late January and entered Bukavu on
    # 16 February" tells two acts
    if coordinated and both_verbs and _own_dates(ta) and _own_dates(tb) and (
            _own_dates(ta) != _own_dates(tb)):
        return True
    # "four sailors were killed; the embassy says the Houthis abducted some of them": two
    # clauses with subjects of their own telling different acts; but "killed 23 people when
    # they blew themselves up" tells one act in its circumstance clause
    if (both_verbs and ta.lemma_ != tb.lemma_ and a.cameo[:3] != b.cameo[:3]
            and _own_subject(ta) and _own_subject(tb)
            and not _circumstance_of(ta, tb) and not _circumstance_of(tb, ta)):
        return True
    # "its posts came under fire and its troops responded": a blow given back, in a clause
    # with a subject of its own, is another act than the blow it answers (same code or not)
    va, vb = _verb_up(ta), _verb_up(tb)
    if (va is not None and vb is not None and va.i != vb.i
            and {va.lemma_.lower(), vb.lemma_.lower()} & _ANSWERING
            and _own_subject(va) and _own_subject(vb)):
        return True
    # "the militia, which has raided the valley for years, ambushed a patrol on Friday": a
    # relative clause with a time of its own tells the participant's history, another act
    return both_verbs and ta.lemma_ != tb.lemma_ and (
        _own_time_relative(ta, tb) or _own_time_relative(tb, ta))


# Verbs of giving a blow back.
_ANSWERING = {"respond", "retaliate", "reply", "answer", "riposte", "avenge"}


def _verb_up(tok: Any) -> Any | None:
    """The nearest verb at or above a word ("came under fire" for "fire")."""
    node = tok
    for _ in range(4):
        if node.pos_ == "VERB":
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _own_dates(verb: Any) -> str:
    """The date words hung on a verb itself (not on its conjuncts), as written."""
    return " ".join(t.lower_ for c in verb.children
                    if c.dep_ in ("prep", "npadvmod", "tmod") and c.dep_ != "conj"
                    for t in c.subtree if t.ent_type_ == "DATE")


_PERFECT_AUX = {"have", "has", "had", "'ve", "'d"}
_SPAN_PREPS = {"since", "for", "throughout"}


def _own_time_relative(rel: Any, main: Any) -> bool:
    """Whether `rel` is a relative clause on one of `main`'s participants with a time of its
    own: perfect aspect ("who have fought"), a "since"/"for" span or a date of its own."""
    if rel.dep_ != "relcl" or not _circumstance_of(main, rel):
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ in _PERFECT_AUX for c in rel.children)
    span = any(c.dep_ in ("prep", "mark") and c.lower_ in _SPAN_PREPS for c in rel.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        for c in rel.children)
    dated = any(c.ent_type_ == "DATE" and c.dep_ in ("npadvmod", "tmod", "pobj")
                for c in rel.subtree if c.i < rel.i + 12)
    main_perfect = any(c.dep_ == "aux" and c.lower_ in _PERFECT_AUX for c in main.children)
    return (perfect and not main_perfect) or span or dated


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
    if tok.pos_ != "VERB" and phase_lemma(tok) is not None:
        return tok.head  # "a sweep began that morning": the clause of its phase verb
    return tok


def _in_side_clause(event: Event, other: Event, analysis: Analysis) -> bool:
    """Whether `event` is told in a relative or adverbial clause hanging under `other`'s."""
    if event.trigger_token is None or other.trigger_token is None:
        return False
    doc = analysis.doc
    return _circumstance_of(_clause_verb(doc[other.trigger_token]),
                            _clause_verb(doc[event.trigger_token]))


def _relative_other_act(a: Event, b: Event, analysis: Analysis) -> bool:
    """ "Militiamen, who were looting the market, shot a trader": a relative clause on a
    participant telling an act of another CAMEO root is an event of its own."""
    if a.trigger_token is None or b.trigger_token is None or not a.cameo or not b.cameo:
        return False
    if a.cameo[:3] == b.cameo[:3]:
        return False
    doc = analysis.doc
    ta, tb = _clause_verb(doc[a.trigger_token]), _clause_verb(doc[b.trigger_token])
    # "Turkey, which helped broker a truce, has offered ...": the act a relative clause's verb
    # takes as its complement is that clause's
    while ta.dep_ == "xcomp" and ta.head.pos_ == "VERB":
        ta = ta.head
    while tb.dep_ == "xcomp" and tb.head.pos_ == "VERB":
        tb = tb.head
    return (ta.dep_ == "relcl" and _circumstance_of(tb, ta)) or (
        tb.dep_ == "relcl" and _circumstance_of(ta, tb))


_TOLL_FRAME = {"leave"}  # "leaving four soldiers dead and seven wounded"
_TOLL_EDGES = {"advcl", "conj", "xcomp", "oprd", "acomp"}


def _own_toll(toll: Event, act: Event, analysis: Analysis) -> bool:
    """ "ambushed a patrol, leaving four soldiers dead and seven wounded", "attacked a post,
    killing one guard and wounding another": a casualty participle hung on an attack's verb
    (with no agent and no subject but its victims) tells that attack's toll, not an attack of
    its own."""
    from warpath.casualties import _field

    if toll.type != act.type or toll.trigger_token is None or act.trigger_token is None:
        return False
    doc = analysis.doc
    tok, target = doc[toll.trigger_token], doc[act.trigger_token]
    if _field(tok) not in ("killed", "wounded") or _field(target) is not None:
        return False
    if tok.tag_ not in ("VBG", "VBN") or any(c.dep_ == "agent" for c in tok.children):
        return False
    if any(c.dep_ == "nsubj" and not (c.pos_ == "NUM" or c.like_num) for c in tok.children):
        return False  # "... and soldiers killed three of them": another act
    chain = [*tok.children, *([tok.head] if tok.dep_ == "conj" else [])]
    if any(c.pos_ == "VERB" and (c.dep_ == "conj" or c is tok.head) and _field(c) is None
           and c.lemma_.lower() not in _TOLL_FRAME for c in chain):
        return False  # "killing three and dragging two away": more acts than a toll
    node, steps = tok, 0
    while node.dep_ in _TOLL_EDGES and node.head.i != node.i and steps < 3:
        node, steps = node.head, steps + 1
        if node.i == target.i:
            return True
        if _field(node) is None and node.lemma_.lower() not in _TOLL_FRAME:
            return False
    return False


def _count_party(party: Party | None) -> bool:
    """A party that is only a number: the victims of "seven wounded" taken for its subject."""
    from warpath.casualties import parse_number

    return party is not None and party.actor_id is None and bool(party.text) and (
        parse_number(party.text or "") is not None)


def _one_toll(a: Event, b: Event, analysis: Analysis) -> bool:
    """ "put the toll at nine killed and 30 wounded": a killed and a wounded participle joined
    by "and", with no party but their victims, are one toll (one event), not two attacks."""
    from warpath.casualties import _field

    if a.type != b.type or a.trigger_token is None or b.trigger_token is None:
        return False
    doc = analysis.doc
    ta, tb = sorted((doc[a.trigger_token], doc[b.trigger_token]), key=lambda t: t.i)
    fields = {_field(ta), _field(tb)}
    if fields != {"killed", "wounded"} or tb.i - ta.i > 8 or not any(
            t.lower_ == "and" for t in doc[ta.i:tb.i]):
        return False
    if any(c.dep_ in ("agent", "dobj", "obj") for t in (ta, tb) for c in t.children):
        return False
    return all(e.source is None or _count_party(e.source) for e in (a, b))


def add_merged(events: list[Event], new: Event, analysis: Analysis) -> None:
    """Keep one event where the sentence states the same thing twice; the main clause's when
    the other is told in a relative or adverbial clause hanging under it."""
    for i, old in enumerate(events):
        if _one_toll(old, new, analysis):
            old.source = old.source or new.source  # (as any merge does)
            return
        if _own_toll(new, old, analysis) or _own_toll(old, new, analysis):
            act, toll = (old, new) if _own_toll(new, old, analysis) else (new, old)
            # the victims are the attack's target when it has none (never its source)
            act.target = act.target or toll.target
            events[i] = act
            return
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
            and not _relative_other_act(old, new, analysis)
        ):
            if old.source is None or (not old.source.country and new.source and new.source.country):
                old.source = new.source
            if old.target is None or (not old.target.country and new.target and new.target.country):
                old.target = new.target
            if _in_side_clause(old, new, analysis):
                # a side clause telling the main clause's act again ("the gunmen, who opened
                # fire on the bus, shot two passengers"): the news is the main clause's; it
                # keeps the parties the side clause gave
                if new.source is None or (not new.source.country and old.source):
                    new.source = old.source
                if new.target is None or (not new.target.country and old.target
                                          and old.target.country):
                    new.target = old.target
                events[i] = new
            return
    events.append(new)
