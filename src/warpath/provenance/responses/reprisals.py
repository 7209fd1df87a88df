"""Counter-operations of a state's forces: "Insurgents ambushed an army patrol on Monday,
killing four soldiers. Before dawn on Tuesday, army artillery pounded rebel bases in the
forest": force a state's army or police turns on armed men (insurgents, militants, "the
attackers", their positions or hideouts) answers the latest attack told just before in which
armed men of no state hit that state's side or struck on its soil."""

from __future__ import annotations

import re

from warpath.document import Analysis, Event
from warpath.provenance.responses.closures import TIED, told_as_before
from warpath.provenance.responses.earlier import act_of_toll, first_telling, is_mention
from warpath.provenance.responses.links import (
    add_link,
    country_of,
    dated_after,
    stale,
    unnamed_doers,
    word_stems,
)
from warpath.provenance.responses.sequence import incident_start
from warpath.provenance.responses.syntax import Token
from warpath.provenance.responses.timeline import habitual, sharing_negation, time_order
from warpath.provenance.responses.undoing import (
    GROUP_SECTORS,
    STATE_SECTORS,
    _acted_on,
    _other_purpose,
)
from warpath.provenance.responses.words import DOER_NOUNS, LATER

# Names of armed men of no state, and of the places they hold ("rebel bases", "hideouts").
ARMED_MEN = frozenset({"insurgent", "militant", "rebel", "gunman", "gunmen", "fighter",
                       "attacker", "assailant", "bandit", "jihadist", "terrorist", "separatist",
                       "raider", "guerrilla", "guerrillas", "militiaman", "militiamen",
                       "extremist", "maoist", "kidnapper"})
HOLDINGS = frozenset({"position", "base", "hideout", "camp", "stronghold", "den", "lair",
                      "enclave", "redoubt"})
REPRISAL_LOOKBACK = 6  # sentences, in the order of time: the army's answer follows closely
NEAR = 2  # sentences back with nothing tying the answer to the attack


def link_counter_operations(analysis: Analysis) -> None:
    """Force by a state's army or police aimed at armed men or their holdings answers the
    latest attack told before it (two sentences back, six when a word of time, the doers'
    name or the attack's place ties it; in the order of time) by armed
    men of no state (unnamed gunmen, a rebel group) that hit the same state's side or struck
    on its soil; the attack taken at its first telling. Not an attack dated after it or long
    before it, nor one by another state, nor when the sentence gives the operation another
    purpose ("as part of an offensive", "a planned exercise")."""
    doc = analysis.doc
    if doc is None:
        return
    order = time_order(analysis)
    denied = sharing_negation(analysis)
    for a in analysis.events:
        if (a.responds_to or a.type != "ASSAULT" or a.trigger_token is None
                or a.status not in ("asserted", "reported") or a.embedding == "nested"
                or not _state_force(a) or not _aimed_at_armed_men(a, doc[a.trigger_token])
                or _other_purpose(analysis, a)):
            continue
        side = country_of(a, "source")
        here = order.get(a.sentence, a.sentence)
        told = analysis.sentences[a.sentence].text if 0 <= a.sentence < len(
            analysis.sentences) else ""
        if told_as_before(doc[a.trigger_token], told):
            continue  # "last month the army had pounded rebel bases": no answer to what follows
        # tied to what was told: a word of time ("hours after the ambush", "the next day"),
        # the doers named as such ("the attackers"); else only the act just told
        tied = bool(TIED.search(told) or LATER.search(told)) or _names_doers(doc[a.trigger_token])
        best: tuple[float, Event] | None = None
        for b in analysis.events:
            there = order.get(b.sentence, b.sentence)
            place = (b.location.name or "") if b.location else ""
            reach = REPRISAL_LOOKBACK if tied or place and re.search(
                rf"\b{re.escape(place)}\b", told) else NEAR
            if (b.id == a.id or b.type != "ASSAULT" or there > here
                    or here - there > reach or b.id in denied
                    or (b.sentence == a.sentence and b.trigger.start >= a.trigger.start)
                    or b.embedding == "nested" or b.status not in ("asserted", "reported")
                    or is_mention(analysis, b) or a.id in b.responds_to
                    or stale(b, a) or dated_after(b, a) or not _armed_men_act(b)
                    or habitual(analysis, b)):
                continue  # (a habit, "have raided villages regularly since 2019", is no act)
            hit = country_of(b, "target") == side
            on_soil = b.location is not None and b.location.country == side
            if not (hit or on_soil):
                continue
            key = there + 0.001 * b.trigger.start
            if best is None or key > best[0]:
                best = (key, b)
        if best is not None:
            b = act_of_toll(analysis, first_telling(analysis, incident_start(analysis, best[1]),
                                                    {a.id}))
            add_link(a, b)


def _names_doers(verb: Token) -> bool:
    """"killed two of the attackers", "chased the assailants": the doers of an act named."""
    return any(o.lemma_.lower() in DOER_NOUNS for o in _acted_on(verb))


def _state_force(a: Event) -> bool:
    """Whether `a` is done by a state's armed force or police (sector MIL or COP, or a
    government), with a known country."""
    p = a.source
    return p is not None and p.country is not None and p.sector in STATE_SECTORS \
        and not unnamed_doers(a)


def _aimed_at_armed_men(a: Event, verb: Token) -> bool:
    """"pounded rebel bases", "shot dead four insurgents", "killed two of the attackers",
    "fired on positions held by the militants", "chased them": what the act is done to
    names armed men of no state or their holdings (or its target is such a group)."""
    t = a.target
    if t is not None and t.sector in GROUP_SECTORS:
        return True
    words = set(word_stems(t.text or "")) if t is not None else set()
    for o in _acted_on(verb):
        words |= {w.lemma_.lower() for w in o.subtree}
    return bool(words & ARMED_MEN or words & HOLDINGS)


def _armed_men_act(b: Event) -> bool:
    """Whether `b` is done by armed men of no state: unnamed gunmen, a rebel or militant
    group, or doers named by such a word ("Maoist insurgents", "armed men")."""
    if b.source is None:
        return False
    if unnamed_doers(b) or b.source.sector in GROUP_SECTORS:
        return True
    if b.source.sector in STATE_SECTORS:
        return False
    return bool(set(word_stems(b.source.text or "")) & ARMED_MEN)
