"""Answers placed by the telling rather than named: an act "the next day" or "hours later"
against the side that was hit, a summons after the other side's latest act, force used on
the doers of an act just told ("shot them down")."""

from __future__ import annotations

import re

from warpath.document import COOPERATION_TYPES, Analysis, Event
from warpath.provenance.responses.earlier import match_earlier
from warpath.provenance.responses.links import (
    add_link,
    country_of,
    dated_after,
    same_doer,
    stale,
    word_stems,
)
from warpath.provenance.responses.syntax import Token, pronoun_referent
from warpath.provenance.responses.timeline import time_order
from warpath.provenance.responses.words import (
    CROWD_GEAR,
    CROWD_LOOKBACK,
    CROWD_NOUNS,
    DEFINITE,
    DISPERSE_VERBS,
    ENVOY_NOUNS,
    GENERIC_OBJECTS,
    INQUIRY_NOUNS,
    JUDGE_VERBS,
    LATER,
    LOOKBACK,
    MATERIAL,
    NOTE_MARKS,
    NOTE_NOUNS,
    NOUN_TYPES,
    PROTEST_LOOKBACK,
    PROTEST_VERBS,
    REACT_VERBS,
    REACTIVE_LOOKBACK,
    REACTIVE_TRIGGERS,
    RECALL_VERBS,
    SEQUENCE,
    SEQUENCE_LOOKBACK,
)


def link_reactive(analysis: Analysis, by_token: dict[int, list[Event]]) -> None:
    """Acts that answer by nature (a summoned envoy) and name no cue: the latest earlier
    material act between the two sides."""
    doc = analysis.doc
    order = time_order(analysis)
    for a in analysis.events:
        if a.responds_to or a.status in ("negated", "hypothetical") or a.trigger_token is None:
            continue
        if not _reactive(doc[a.trigger_token]):
            continue
        cause = _named_cause(doc[a.trigger_token])
        if cause is not None:  # "summoned the envoy to convey a protest over the intercept"
            own = country_of(a, "source")  # (never an act of the summoner's own side)
            found = [b for b in match_earlier(analysis, a, cause, {a.id})
                     if own is None or country_of(b, "source") != own]
            for b in found:
                add_link(a, incident_start(analysis, b))  # "over the deaths": the first telling
            if found:
                continue
        strict = doc[a.trigger_token].lemma_.lower() not in REACTIVE_TRIGGERS
        src, tgt = country_of(a, "source"), country_of(a, "target")
        if src == tgt:  # a summons of one's own side is a misread actor: trust the target
            src = None
        if tgt is None and src is None:
            continue
        best: tuple[float, Event] | None = None
        here = order.get(a.sentence, a.sentence)
        for b in analysis.events:
            there = order.get(b.sentence, b.sentence)
            # "after" in the order of time: a live blog told newest first is read upwards
            after = there > here or there == here and b.trigger.start >= a.trigger.start
            if (there < here - REACTIVE_LOOKBACK or b.id == a.id
                    or after and not _dated_before(b, a)
                    or there > here + REACTIVE_LOOKBACK
                    or b.type not in MATERIAL
                    or b.status in ("negated", "hypothetical") or a.id in b.responds_to
                    or stale(b, a) or dated_after(b, a)):
                continue  # (an act of a past episode draws no summons now)
            b_src, b_tgt = country_of(b, "source"), country_of(b, "target")
            if b_src is not None and b_src == src:
                continue  # the summoner's own act
            # an act against the summoner weighs more than any act of the summoned side
            hit = src is not None and b_tgt == src
            on_soil = src is not None and b.location is not None and b.location.country == src
            if strict and not (hit or on_soil):
                continue  # a note or a recall protests what was done to its own side
            sides = (tgt is not None and b_src == tgt) + 1.5 * hit
            if not sides and not strict and b_src is None and b_tgt is None and not after \
                    and 0 <= here - there <= SEQUENCE_LOOKBACK:
                sides = 0.5  # "troops exchanged fire …. Two days later X summoned …": no side
            if not sides:
                continue
            score = sides + 0.5 * (b_src is not None and b_tgt is not None)
            # an act on the protester's own soil ("shells landed on Colombian soil")
            score += 0.5 * (src is not None and b.location is not None
                            and b.location.country == src)
            score += 0.2 * (b.embedding == "main")  # not a clause about another act
            score -= 0.05 * abs(here - there)
            if after:
                score -= 1.0  # told after the summons: only when nothing told before fits
            if best is None or score > best[0]:
                best = (score, b)
        if best is not None:
            a.responds_to.append(incident_start(analysis, best[1]).id)


# Prepositions that bring in what a démarche is about: "a protest over the intercept".
ABOUT = frozenset({"over", "about", "against", "regarding", "concerning"})


def _named_cause(verb: Token) -> Token | None:
    """The act a summons names as its cause, in its own clause: "summoned the ambassador to
    convey a protest over the intercept", "summoned the envoy over the arrests", "summoned
    the chargé and called the accusation unacceptable" (a definite act noun brought in by
    "over"/"about", or the object of a verb of judging or condemning joined to it)."""
    clause = [verb, *[c for c in verb.children if c.dep_ in ("conj", "xcomp", "advcl")]]
    for head in clause:
        for t in head.subtree:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in NOUN_TYPES and \
                    t.lemma_.lower() not in GENERIC_OBJECTS:
                continue
            if not any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss"
                       for c in t.children):
                continue  # "the intercept", "Libya's accusation", not "any incursion"
            about = t.dep_ == "pobj" and t.head.lower_ in ABOUT
            judged = t.dep_ == "dobj" and t.head.lemma_.lower() in REACT_VERBS | JUDGE_VERBS \
                and t.head.i != verb.i
            if about or judged:
                return t
    return None


def _dated_before(b: Event, a: Event) -> bool:
    """Whether `b`, told after `a`, is dated to a day before it: "summoned the ambassador on
    Sunday" in a lead, "on Saturday a column crossed …" told further down."""
    return (b.date is not None and a.date is not None and b.date.granularity == "day"
            and a.date.granularity == "day" and b.date.end < a.date.start)


def _reactive(tok: Token) -> bool:
    """An act that answers by nature: a summons, an envoy recalled ("recalled their
    ambassadors"), a protest note ("handed a protest note", "a note of protest")."""
    lemma = tok.lemma_.lower()
    if lemma in REACTIVE_TRIGGERS:
        return True
    if lemma in RECALL_VERBS:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ENVOY_NOUNS for c in tok.children)
    if lemma in NOTE_NOUNS and tok.pos_ == "NOUN":
        marks = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound")}
        marks |= {o.lemma_.lower() for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"}
        return bool(marks & NOTE_MARKS)
    return False


def link_sequence(analysis: Analysis) -> None:
    """"Israel killed a Hezbollah commander. The next day Hezbollah fired 200 rockets at
    Israel": a hostile act that the text places just after an act against its doer, by a
    sentence opening on "the next day", "hours later" (or saying so later in the clause),
    answers that act."""
    for a in analysis.events:
        if (a.responds_to or a.type in COOPERATION_TYPES or a.embedding != "main"
                or a.status not in ("asserted", "reported")):
            continue
        if not 0 <= a.sentence < len(analysis.sentences):
            continue
        sent_text = analysis.sentences[a.sentence].text.strip()
        therefore = _consequence(analysis, a)
        if not (SEQUENCE.match(sent_text) or LATER.search(sent_text) or therefore):
            continue
        src = country_of(a, "source")
        best: Event | None = None
        for b in analysis.events:
            if (b.id == a.id or b.sentence >= a.sentence
                    or b.sentence < a.sentence - SEQUENCE_LOOKBACK
                    or b.status not in ("asserted", "reported")
                    or b.type not in MATERIAL | {"MOBILIZE"} or dated_after(b, a)):
                continue  # (an act dated after it cannot be what "the next day" follows)
            if src is None and not _against_doer(a, b):
                continue  # doers of no known side: only an act on the doers named before
            if _against_doer(a, b):
                pass  # "jets struck the retreating fighters": the doers of `b` hit back at
            elif country_of(b, "source") in (None, src):
                continue
            else:
                place = b.location.country if b.location else None
                # an act against the doer, or troops moved onto its ground (or, for an act
                # told as its consequence, moved against it)
                if not (country_of(b, "target") == src and (b.type in MATERIAL or therefore)
                        or b.type == "MOBILIZE" and place == src):
                    continue
            if best is None or b.trigger.start > best.trigger.start:
                best = b
        nearer = _unclaimed(analysis, a) if a.type in MEASURES and src is not None else None
        if nearer is not None and (best is None or nearer.trigger.start > best.trigger.start):
            best = nearer  # "within hours" points to the act told just before
        if best is None and src is not None:
            best = _struck_back(analysis, a, src)
        if best is not None:
            add_link(a, incident_start(analysis, best))


# Adverbs that tell an act as the consequence of what was just told: "has therefore sent",
# "in turn expelled", "as a result closed".
CONSEQUENCE = re.compile(r"\b(?:therefore|consequently|in\s+turn|as\s+a\s+result|accordingly"
                         r"|in\s+return)\b", re.IGNORECASE)


def _consequence(analysis: Analysis, a: Event) -> bool:
    """Whether the clause of `a` tells it as a consequence: one of those adverbs on its verb
    (or its auxiliary's verb), or opening its sentence."""
    doc = analysis.doc
    if doc is None or a.trigger_token is None:
        return False
    verb = doc[a.trigger_token]
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "sent reinforcements", "expelled two diplomats"
    words = " ".join(t.lower_ for c in verb.children if c.dep_ in ("advmod", "prep", "npadvmod")
                     for t in c.subtree)
    return bool(CONSEQUENCE.search(words))


# Measures a state takes after an act nobody is named for ("within hours police raided …
# and detained 23 people" after "a car bomb exploded").
MEASURES = frozenset({"COERCE", "MOBILIZE", "SANCTION"})


def _unclaimed(analysis: Analysis, a: Event) -> Event | None:
    """The latest hostile act with no known doer told just before `a` (a bomb that went off,
    a post shelled by nobody named): what a measure placed "within hours" of it answers."""
    best: Event | None = None
    for b in analysis.events:
        if (b.id == a.id or b.trigger.start >= a.trigger.start
                or b.sentence < a.sentence - SEQUENCE_LOOKBACK or b.type not in MATERIAL
                or b.embedding != "main" or b.status not in ("asserted", "reported")
                or country_of(b, "source") is not None
                or (b.source is not None and b.source.actor_id is not None)):
            continue
        best = b
    return best


def _struck_back(analysis: Analysis, a: Event, src: str) -> Event | None:
    """What a hostile act placed "hours later" answers when no act against its doer was told
    just before: the latest act of the side it hits (or of any side, on its doer's soil or
    people) told further back, taken at the first telling of that incident ("stormed a base
    …, killing 11" … "claimed its fighters had killed dozens": the storming)."""
    if a.type not in MATERIAL:
        return None  # a counter-attack; a threat "a day later" may answer words or plans
    tgt = country_of(a, "target")
    best: Event | None = None
    for b in analysis.events:
        if (b.id == a.id or b.sentence >= a.sentence or b.sentence < a.sentence - LOOKBACK
                or b.status not in ("asserted", "reported") or b.type not in MATERIAL
                or dated_after(b, a)):
            continue
        b_src = country_of(b, "source")
        if not _against_doer(a, b):
            if b_src is None or b_src == src:
                continue
            place = b.location.country if b.location else None
            if not (country_of(b, "target") == src or b_src == tgt or place == src):
                continue
        if best is None or b.trigger.start > best.trigger.start:
            best = b
    return incident_start(analysis, best) if best is not None else None


def _against_doer(a: Event, b: Event) -> bool:
    """Whether `a` is aimed at the very actor that did `b`, another actor than its own doer
    (two armed groups of one country are told apart by their actors)."""
    who = b.source.actor_id if b.source else None
    if who is not None and a.target is not None and a.target.actor_id is not None:
        return a.target.actor_id == who and (a.source is None or a.source.actor_id != who)
    return _doer_named(a, b)


# Words of a party's name that tell no side apart ("armed men", "a local group").
PARTY_FILLERS = frozenset({"armed", "group", "groups", "man", "men", "people", "force", "forces",
                           "troop", "troops", "unit", "units", "side", "unknown", "suspected",
                           "local", "some", "other", "several", "member", "members", "fighter",
                           "fighters", "their", "its", "his", "her", "the", "a", "an"})


def _doer_named(a: Event, b: Event) -> bool:
    """Whether `a` is aimed at the doers of `b` by a word of their name, where no actor tells
    the sides apart (two communities of one country): "armed herders overran …" … "a
    vigilante group ambushed a herders' camp". The doer of `a` must not bear that word."""
    if a.target is None or b.source is None or not b.source.text:
        return False
    doers = {w for w in word_stems(b.source.text) if len(w) > 3 and w not in PARTY_FILLERS}
    aimed = set(word_stems(a.target.text or ""))
    own = set(word_stems(a.source.text or "")) if a.source is not None else set()
    return bool(doers & aimed) and not doers & own


def incident_start(analysis: Analysis, b: Event) -> Event:
    """The first telling of the incident `b` belongs to: the earliest main act of the same
    kind by the same side on the same day told before it (within the look-back)."""
    day = b.date
    src = country_of(b, "source")
    if day is None or day.granularity != "day":
        return b
    if src is None:
        return _told_again(analysis, b)
    for x in analysis.events:
        if x.trigger.start >= b.trigger.start:
            break
        if (x.sentence < b.sentence - LOOKBACK or x.type not in MATERIAL
                or x.embedding != "main" or x.status not in ("asserted", "reported")
                or country_of(x, "source") != src or x.date is None
                or (x.date.start, x.date.end) != (day.start, day.end)):
            continue
        return x
    return b


# Determiners of a subject that names again what was told before: "The shells struck a house".
AGAIN = frozenset({"the", "these", "those", "both"})


def _told_again(analysis: Analysis, b: Event) -> Event:
    """An act of no known side whose subject names its doers again ("Two mortar rounds landed
    in a village …. The shells struck a house"): the first act of its kind told on that day
    in the sentence before or the one before that (told as fact or in a source's words, "…
    landed in a village, officials said"); else `b`."""
    doc = analysis.doc
    if doc is None or b.trigger_token is None or b.date is None:
        return b
    subj = next((c for c in doc[b.trigger_token].children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in AGAIN for c in subj.children):
        return b
    for x in analysis.events:
        if x.sentence >= b.sentence:
            break
        if (x.sentence >= b.sentence - 2 and x.type == b.type
                and x.status in ("asserted", "reported") and x.date is not None
                and (x.date.start, x.date.end) == (b.date.start, b.date.end)):
            return x
    return b


def link_counter_acts(analysis: Analysis) -> None:
    """"Drones crossed into Polish airspace. Polish jets shot down several of them": force
    used on the doers of an act just told ("them", "it" standing for its subject), by its
    target or by someone else than the doers, answers that act."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.type not in MATERIAL or a.trigger_token is None
                or a.status not in ("asserted", "reported")):
            continue
        verb = doc[a.trigger_token]
        pron = _object_pronoun(verb)
        if pron is None:
            continue
        referent = pronoun_referent(verb, pron)
        if referent is None:
            continue
        for b in analysis.events:
            if (b.id == a.id or b.trigger.start >= a.trigger.start or b.trigger_token is None
                    or b.type not in MATERIAL or b.status not in ("asserted", "reported")):
                continue
            subj = next((c for c in doc[b.trigger_token].children if c.dep_ == "nsubj"), None)
            if subj is None or referent.i not in {t.i for t in subj.subtree}:
                continue
            a_src, b_src = country_of(a, "source"), country_of(b, "source")
            if a_src is None or a_src != b_src:
                add_link(a, b)
            break


def _object_pronoun(verb: Token) -> Token | None:
    """The pronoun a verb acts on: "shot them down", "shot down several of them"."""
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if c.pos_ == "PRON" and c.lower_ in ("them", "it"):
            return c
        of = next((x for x in c.children if x.dep_ == "prep" and x.lower_ == "of"), None)
        obj = next((x for x in of.children if x.dep_ == "pobj"), None) if of else None
        if obj is not None and obj.lower_ == "them":
            return obj
    return None


# Conditions whose act would draw the supposed act: "if X", "should X …", "were X to …".
CONDITION_MARKS = frozenset({"if", "once", "whenever"})
INVERTED = frozenset({"should", "were", "had"})


def link_conditions(analysis: Analysis, by_token: dict[int, list[Event]]) -> None:
    """"Should the junta test another rocket, Seoul would weigh new curbs", "if the rebels
    march on Goma, the army would bomb their bases": an act
    supposed under a condition answers the act of another side the condition supposes."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.status != "hypothetical"
                or a.type in COOPERATION_TYPES):
            continue
        node = doc[a.trigger_token]
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        for clause in [node, *node.ancestors]:
            cond = next((c for c in clause.children if c.dep_ == "advcl" and _condition(c)
                         and not c.is_ancestor(doc[a.trigger_token])), None)
            if cond is None:
                continue
            inner = [b for t in cond.subtree for b in by_token.get(t.i, [])
                     if b.id != a.id and b.type not in COOPERATION_TYPES
                     and b.status != "negated" and b.source is not None
                     and (b.source.actor_id or b.source.country)  # a side's act, supposed
                     and not same_doer(a, b, country_of(a, "source"))]
            if inner:
                add_link(a, inner[0], named=True)
            break


def _condition(clause: Token) -> bool:
    """"if X attacks", "should X proceed" (the auxiliary before its subject), "were X to"."""
    if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children):
        return True
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if clause.lower_ in INVERTED and clause.i < subj.i:
        return True  # "Were the rebels to march …": the auxiliary heads the clause
    return any(c.dep_ == "aux" and c.lower_ in INVERTED and c.i < subj.i
               for c in clause.children)


# Verbs of bringing down what the other side flies at one ("shot down a drone").
INTERCEPT_VERBS = frozenset({"intercept", "down"})


def link_interceptions(analysis: Analysis) -> None:
    """"Azerbaijani drones hit a truck near Jermuk … Yerevan said it shot down a drone over
    Sotk": bringing down the other side's craft answers that side's latest act of force
    told before (one against the side that downs it first), unless dated after the downing."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.type not in MATERIAL
                or a.status not in ("asserted", "reported") or a.target is None):
            continue
        verb = doc[a.trigger_token]
        lemma = verb.lemma_.lower()
        if not (lemma in INTERCEPT_VERBS or lemma == "shoot" and any(
                c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)):
            continue
        src = country_of(a, "source")
        best: tuple[float, Event] | None = None
        for b in analysis.events:
            if (b.id == a.id or b.trigger.start >= a.trigger.start or b.type not in MATERIAL
                    or b.sentence < a.sentence - LOOKBACK or b.source is None
                    or b.status not in ("asserted", "reported") or b.embedding == "nested"
                    or (b.date is not None and a.date is not None
                        and b.date.start > a.date.end)):
                continue
            if a.target.actor_id is not None and b.source.actor_id is not None:
                if a.target.actor_id != b.source.actor_id:
                    continue
            elif a.target.country is None or b.source.country != a.target.country:
                continue
            if same_doer(a, b, src):
                continue
            score = 1.0 * (src is not None and country_of(b, "target") == src) \
                + 0.001 * b.trigger.start
            if best is None or score > best[0]:
                best = (score, b)
        if best is not None:
            add_link(a, incident_start(analysis, best[1]))


def link_crowd_control(analysis: Analysis) -> None:
    """"Several hundred women marched to the office. Police fired tear gas to break up the
    crowd": force told with the gear of crowd control (tear gas, water cannon, rubber
    bullets, batons) or as dispersing a crowd answers the latest protest told just before
    it (the same sentence or at most CROWD_LOOKBACK sentences back, in the order of time),
    by another side than the protesters."""
    order = time_order(analysis)
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.type not in ("COERCE", "ASSAULT")
                or a.status not in ("asserted", "reported")):
            continue
        if not _crowd_control(analysis, a):
            continue
        here = order.get(a.sentence, a.sentence)
        best: tuple[float, Event] | None = None
        for b in analysis.events:
            there = order.get(b.sentence, b.sentence)
            if (b.id == a.id or b.type != "PROTEST" or there > here
                    or here - there > CROWD_LOOKBACK
                    or (b.sentence == a.sentence and b.trigger.start >= a.trigger.start)
                    or b.status not in ("asserted", "reported")):
                continue
            if a.source is not None and a.source.actor_id is not None and \
                    b.source is not None and b.source.actor_id == a.source.actor_id:
                continue  # the protesters' own act (police and marchers share a country)
            if a.target is not None and a.target.actor_id is not None and (
                    b.source is None or b.source.actor_id != a.target.actor_id) and (
                    (a.target.text or "").lower() not in CROWD_NOUNS):
                continue  # "tear gas on smugglers": force on others than the marchers
            if _elsewhere(a, b):
                continue  # "marched in Harare. In Bulawayo, police fired tear gas": two crowds
            key = there + 0.001 * b.trigger.start
            if best is None or key > best[0]:
                best = (key, b)
        if best is not None:
            add_link(a, best[1], named=best[1].trigger.start > a.trigger.start)


def _elsewhere(a: Event, b: Event) -> bool:
    """Whether two acts are placed in different places (by country, or by town name)."""
    la, lb = a.location, b.location
    if la is None or lb is None:
        return False
    if la.country and lb.country and la.country != lb.country:
        return True
    na, nb = (la.name or "").lower(), (lb.name or "").lower()
    return bool(na and nb and na != nb and na not in nb and nb not in na)


def _crowd_control(analysis: Analysis, a: Event) -> bool:
    """Whether the act is told as crowd control: its clause names the gear ("fired tear
    gas", "used water cannon") or disperses a crowd ("broke up the rally")."""
    doc = analysis.doc
    verb = doc[a.trigger_token or 0]
    clause = verb if verb.dep_ not in ("xcomp", "advcl", "conj") else verb.head
    words = {t.lower_ for t in clause.subtree} | {t.lemma_.lower() for t in clause.subtree}
    text = " ".join(t.lower_ for t in clause.subtree)
    aims = [x for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against")
            for x in c.children if x.dep_ == "pobj"]
    if any(x.pos_ == "NOUN" and x.lower_ not in CROWD_NOUNS and x.lemma_.lower() not in
           CROWD_NOUNS and x.ent_type_ not in ("GPE", "LOC", "FAC") for x in aims):
        return False  # "fired tear gas at smugglers": aimed at others than a crowd
    if any(g in text for g in CROWD_GEAR):
        return True
    return verb.lemma_.lower() in DISPERSE_VERBS and bool(words & CROWD_NOUNS) or (
        verb.lemma_.lower() == "break" and any(c.lower_ == "up" for c in verb.children)
        and bool(words & CROWD_NOUNS))


def link_protests(analysis: Analysis) -> None:
    """"A tank fired two rounds at our tower … We protested within the hour, and the Head of
    Mission wrote … asking for a full investigation": a protest lodged with no object, or a
    request for an inquiry, by a side (not a crowd) answers the latest act of force by
    another side told just before it (the first telling of that incident)."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.status not in ("asserted", "reported")
                or a.type not in ("PROTEST", "ACCUSE", "REQUEST")):
            continue
        verb = doc[a.trigger_token]
        if not _lodged(verb, a):
            continue
        if any(e.responds_to and e.sentence == a.sentence and e.source is not None
               and a.source is not None and e.source.text == a.source.text
               for e in analysis.events):
            continue  # "sent a protest note … and asked for an explanation": one démarche
        src = country_of(a, "source")
        best: tuple[bool, int, Event] | None = None
        for b in analysis.events:
            if (b.id == a.id or b.trigger.start >= a.trigger.start or b.type not in MATERIAL
                    or b.sentence < a.sentence - PROTEST_LOOKBACK or b.embedding == "nested"
                    or b.status not in ("asserted", "reported") or stale(b, a)
                    or dated_after(b, a) or country_of(b, "source") in (None, src)
                    or same_doer(a, b, src)):
                continue  # (two sides of one country are not told apart by it)
            # an act against the protester's side or on its soil first, then the latest
            hit = src is not None and (country_of(b, "target") == src or (
                b.location is not None and b.location.country == src))
            if best is None or (hit, b.trigger.start) > best[:2]:
                best = (hit, b.trigger.start, b)
        if best is not None and (src is None or best[0]):
            add_link(a, incident_start(analysis, best[2]))


def _asked_for(noun: Token, verb: Token) -> bool:
    """Whether the inquiry is what is asked: "asking for an investigation", "called on the UN
    to open an inquiry" (not "to publish the results of its investigations")."""
    head = noun.head
    if head.dep_ == "prep" and head.head.i == verb.i:
        return True
    return noun.dep_ == "dobj" and (head.i == verb.i or head.dep_ == "xcomp"
                                    and head.head.i == verb.i)


# Words of a protest by people in the street rather than a side: "hundreds protested".
PEOPLE_WORDS = frozenset({"hundreds", "thousands", "dozens", "residents", "villagers", "people",
                          "workers", "farmers", "families", "relatives", "mourners", "youths",
                          "women", "men", "locals", "fans", "traders", "drivers"})


def _lodged(verb: Token, a: Event) -> bool:
    """A protest of a side with nothing named ("we protested", "lodged a complaint" is left
    to the note rules), or a request whose object is an inquiry ("asking for a full
    investigation"); never a crowd's march ("hundreds protested")."""
    if a.source is None or not a.source.text or \
            set(a.source.text.lower().split()) & (CROWD_NOUNS | PEOPLE_WORDS):
        return False
    if a.type == "REQUEST":
        return any(t.lemma_.lower() in INQUIRY_NOUNS and t.pos_ == "NOUN" and _asked_for(t, verb)
                   and not any(c.dep_ == "prep" and c.lower_ in ("into", "of", "over")
                               for c in t.children)
                   for t in verb.subtree)
    if verb.lemma_.lower() not in PROTEST_VERBS or verb.pos_ != "VERB":
        return False
    return not any(c.i > verb.i and (c.dep_ in ("dobj", "ccomp") or c.dep_ == "prep" and c.lower_
                   in ("against", "over", "about", "at")) for c in verb.children)
    # (an object after the verb: "A:" of an interview may be read as one before it)


# Measures a state answers in kind: expelling or recalling envoys, sanctions, bans.
# (a curb answers a curb of the same word: "barred …" after "barred …", "a ban" after "a ban")
MIRRORED = frozenset({"SANCTION", "COERCE"})
MIRROR_LOOKBACK = 6  # sentences: a tit-for-tat measure follows the other's within a few lines


def link_mirrors(analysis: Analysis) -> None:
    """"Somalia expelled Ethiopia's ambassador. … On Saturday Addis Ababa declared Somalia's
    envoy persona non grata": a measure one state takes against another answers the same
    kind of measure that other state took against it just before (tit for tat), unless it
    is dated to another episode."""
    for a in analysis.events:
        if (a.responds_to or a.type not in MIRRORED or a.status not in ("asserted", "reported")
                or a.embedding != "main"):
            continue
        src, tgt = country_of(a, "source"), country_of(a, "target")
        if src is None or tgt is None or src == tgt:
            continue
        best: Event | None = None
        for b in analysis.events:
            if (b.id == a.id or b.type != a.type or b.trigger.start >= a.trigger.start
                    or b.sentence < a.sentence - MIRROR_LOOKBACK
                    or b.status not in ("asserted", "reported") or a.id in b.responds_to
                    or stale(b, a) or dated_after(b, a)):
                continue
            if a.type != "SANCTION" and (_curb_word(analysis, a) not in CURBS
                                         or _curb_word(analysis, a) != _curb_word(analysis, b)):
                continue  # (a seizure after a seizure is not told as a curb in kind)
            if country_of(b, "source") == tgt and country_of(b, "target") == src:
                best = b  # the latest measure of the other side against this one
        if best is not None:
            add_link(a, best)


CURBS = frozenset({"ban", "close", "closure", "suspend", "suspension", "restrict", "restriction",
                   "freeze", "expel", "expulsion", "halt", "shut"})


def _curb_word(analysis: Analysis, e: Event) -> str | None:
    """The word of a curb, its noun's verb ("ban" for "banned", "a travel ban")."""
    doc = analysis.doc
    if doc is None or e.trigger_token is None:
        return None
    lemma = doc[e.trigger_token].lemma_.lower()
    return {"bar": "ban", "barred": "ban"}.get(lemma, lemma)
