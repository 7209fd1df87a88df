"""Closures and curfews that answer violence: "Gunmen fired on a border post on Sunday. The
next morning the government closed the crossing", "A night curfew was imposed on the town
the same day". A state shutting a passage (a crossing, a road, a market) or ordering a
curfew on its own ground answers the latest attack told just before that hit its side or
took place on its soil, unless the attack is its own doing or the sentence gives the
measure another reason ("for repairs", "because of the floods", "over a trade dispute")."""

from __future__ import annotations

import re

from warpath.document import Analysis, Event
from warpath.provenance.responses.earlier import act_of_toll, is_mention, joined_head
from warpath.provenance.responses.links import (
    add_link,
    country_of,
    dated_after,
    same_doer,
    stale,
    trigger_lemma,
    unnamed_doers,
)
from warpath.provenance.responses.sequence import incident_start
from warpath.provenance.responses.syntax import Token
from warpath.provenance.responses.timeline import time_order
from warpath.provenance.responses.undoing import _state_side
from warpath.provenance.responses.words import (
    CASUALTY_VERBS,
    LATER,
    LOOKBACK,
    RETAKE_VERBS,
)

# Verbs that shut a passage, and the passages they shut ("closed the crossing", "sealed the
# border", "suspended the weekly market", "shut schools").
SHUT_VERBS = frozenset({"close", "shut", "seal", "suspend", "halt", "bar", "ban"})
PASSAGES = frozenset({"crossing", "crossings", "border", "borders", "frontier", "road", "roads",
                      "highway", "route", "routes", "bridge", "bridges", "market", "markets",
                      "airport", "airspace", "port", "checkpoint", "gate", "gates", "pass",
                      "school", "schools", "shop", "shops", "traffic", "movement", "flights",
                      "access", "entry", "trade", "ferry", "ferries", "passage", "station",
                      "motorbike", "motorbikes", "motorcycle", "motorcycles", "village",
                      "villages", "town", "area", "district", "post", "terminal"})
# Nouns that are such a measure by themselves ("a curfew was imposed", "a lockdown").
CURFEW_NOUNS = frozenset({"curfew", "lockdown", "closure", "shutdown"})
# Nouns of a state of war rather than an attack ("an attempt to export Sudan's war").
STATES_OF_WAR = frozenset({"war", "conflict", "fighting", "violence", "hostilities", "crisis",
                           "insurgency", "unrest"})
NEAR = 3  # sentences back for an attack the measure follows with no word of time or place
# Words of the measure's sentence that tie it in time to what was told ("the following
# morning", "afterwards", "the same day", "that night").
TIED = re.compile(r"\b(?:afterwards?|thereafter|the\s+same\s+\w+|that\s+(?:night|evening"
                  r"|morning|afternoon|day)|in\s+the\s+wake\s+of|following\s+the"
                  r"|(?:hours|minutes|days|a\s+day|the\s+day|shortly|soon|moments)\s+after"
                  r"\s+(?:the|that|this)\s+\w+)\b",
                  re.IGNORECASE)
# A reason of its own for a closure: "for repairs", "because of the floods", "over a trade
# dispute", "ahead of the elections", "to contain the outbreak".
OWN_REASON = re.compile(
    r"\b(?:because\s+of|due\s+to|owing\s+to|for|over|amid|ahead\s+of|during|to\s+(?:curb|stop"
    r"|contain|prevent|fight|slow|limit))\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:\w+\s+){0,2}"
    r"(?:maintenance|repairs?|works|roadworks|holidays?|festival|feast|elections?|vote|polls?"
    r"|flood\w*|rains?|storms?|cyclone|snow\w*|weather|epidemic|outbreak|cholera|ebola|covid\w*"
    r"|virus|disease|pandemic|dispute|tariffs?|taxe?s?|smuggling|contraband|inspections?"
    r"|census|exams?|examinations?|visit|summit|ceremony|renovation|upgrade|strike)\b"
    r"|\b(?:separately|unrelated|in\s+other\s+news)\b", re.IGNORECASE)


def link_closures(analysis: Analysis) -> None:
    """A crossing, road or market shut, or a curfew ordered, by the side an attack just hit
    (or on the ground where it struck) answers that attack: the latest attack told before
    it in the order of time, three sentences back at most unless the measure's sentence ties
    it in time ("the following morning", "the same day") or names the attack's place; the
    attack taken at its first telling. An attack by the closing side itself, one dated after
    the measure or long before it, and a measure given a reason of its own are left alone."""
    doc = analysis.doc
    if doc is None:
        return
    order = time_order(analysis)
    for a in analysis.events:
        if (a.responds_to or a.type != "COERCE" or a.trigger_token is None
                or a.status not in ("asserted", "reported", "planned")
                or a.embedding in ("nested", "background")
                or not _closure(doc[a.trigger_token])):
            continue
        if not 0 <= a.sentence < len(analysis.sentences):
            continue
        told = analysis.sentences[a.sentence].text
        if OWN_REASON.search(told) or told_as_before(doc[a.trigger_token], told):
            continue
        side = _side(a)
        if side is None or a.source is not None and a.source.text and \
                not _state_side(analysis, a):
            continue  # a closure by an armed group ("enforced a lockdown") is its own act
        tied = bool(TIED.search(told) or LATER.search(told))
        here = order.get(a.sentence, a.sentence)
        best: tuple[tuple[bool, bool, bool, float], Event] | None = None
        for b in analysis.events:
            there = order.get(b.sentence, b.sentence)
            place = (b.location.name or "") if b.location else ""
            named = bool(place) and re.search(rf"\b{re.escape(place)}\b", told) is not None
            reach = LOOKBACK if tied or named else NEAR
            if (b.id == a.id or b.type != "ASSAULT" or there > here or here - there > reach
                    or (b.sentence == a.sentence and b.trigger.start >= a.trigger.start)
                    or b.embedding == "nested" or b.status not in ("asserted", "reported")
                    or is_mention(analysis, b) or a.id in b.responds_to
                    or stale(b, a) or dated_after(b, a)):
                continue
            if trigger_lemma(doc, b) in STATES_OF_WAR | RETAKE_VERBS:
                continue  # "Sudan's war" is no attack; a town retaken is the state's own act
            on_soil = b.location is not None and b.location.country == side
            hit = country_of(b, "target") == side
            if not (on_soil or hit) or _own_doing(a, b, side):
                continue
            # the attack whose place the measure names ("within hours of the Yala blast"),
            # told by a verb rather than a noun ("Sudan's war"), the act itself rather than
            # its toll ("attacked the base" over "killed two guards"); then the latest
            key = (named, doc[b.trigger_token].pos_ == "VERB" if b.trigger_token is not None
                   else False, trigger_lemma(doc, b) not in CASUALTY_VERBS,
                   there + 0.001 * b.trigger.start)
            if best is None or key > best[0]:
                best = (key, b)
        if best is not None:
            b = act_of_toll(analysis, joined_head(analysis, best[1]))
            if trigger_lemma(doc, b) in STATES_OF_WAR | RETAKE_VERBS or b.type != "ASSAULT":
                b = best[1]  # (a verb it is joined to by a summary's semicolons, "retaken")
            add_link(a, incident_start(analysis, b))


# Words that date a measure before the act told just ahead of it, or set it apart: "last
# month", "two weeks earlier", "a year ago", "previously", "in a separate operation".
BEFORE = re.compile(
    r"\b(?:last\s+(?:week|month|year|spring|summer|autumn|fall|winter)"
    r"|(?:a|an|one|two|three|four|five|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)"
    r"\s+(?:earlier|ago|before)|earlier\s+(?:this|that)\s+(?:week|month|year)"
    r"|previously|in\s+(?:a|an)\s+(?:separate|unrelated|earlier)|separately)\b",
    re.IGNORECASE)


def told_as_before(verb: Token, told: str) -> bool:
    """An act told in the past perfect ("army artillery had pounded the camps") or dated
    before by its sentence ("last month", "in a separate operation") answers nothing told
    just ahead of it."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in (
        "had", "'d") for c in verb.children) and not _reported(verb)
    return perfect or BEFORE.search(told) is not None


def _reported(verb: Token) -> bool:
    """ "the army said its troops had chased the attackers": a past perfect in what a speaker
    said is the speaker's past, shifted back, not a time before the act told ahead."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "ccomp"


def _closure(tok: Token) -> bool:
    """"closed the crossing", "the border was sealed", "shut schools", "a curfew", "ordered
    the closure of the road"; not "closed ranks", "closed the deal"."""
    lemma = tok.lemma_.lower()
    if lemma in CURFEW_NOUNS and tok.pos_ == "NOUN":
        return True
    if lemma not in SHUT_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # "sealed off the road" (the object read under the particle), "a ban on"
    objs += [o for p in tok.children if p.dep_ == "prt" or p.dep_ == "prep" and p.lower_ == "on"
             for o in p.children if o.dep_ == "pobj"]
    objs += [c for o in objs for c in o.conjuncts]  # "all fishing and boat traffic"
    return any(o.lower_ in PASSAGES or o.lemma_.lower() in PASSAGES for o in objs)


def _side(a: Event) -> str | None:
    """The state taking the measure: its doer's country, else (a curfew imposed by nobody
    named) the country of the place it is imposed on."""
    if a.source is not None and a.source.country is not None:
        return a.source.country
    return a.location.country if a.location is not None else None


def _own_doing(a: Event, b: Event, side: str) -> bool:
    """Whether the attack is the closing side's own act: the same actor as the measure's
    doer, or the forces of the state that closes (not armed men of its own country)."""
    if unnamed_doers(b) or b.source is None:
        return False
    if a.source is not None and a.source.actor_id is not None and same_doer(a, b, side):
        return True
    return b.source.country == side and b.source.sector in ("MIL", "COP", "GOV")
