"""The other side of a two-state story, for hostile events whose sentence names no target.

Much conflict reporting is about two states ("Indian and Chinese patrols", "Kyiv and Moscow"),
and once both are named, sentences drop the target: "troops fired first", "the army said it
returned fire". A reader supplies the other side; so does this step, but only when the story
is plainly about two states (they hold most of the country mentions), only for hostile
events whose source is one of them acting as a state (a government, army, service; not a
rebel group or a crowd), and it marks the party `inferred: "counterpart"` so that
a user can keep or drop such targets.
"""

from __future__ import annotations

from collections import Counter

from warpath.document import Analysis, Party

HOSTILE = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION"})
# Organs of a state: their hostile acts in a two-state story face the other state. Rebels,
# parties and crowds more often act at home.
STATE_SECTORS = frozenset({"GOV", "MIL", "SPY", "LEG", "JUD", "COP"})
_NON_STATE = frozenset({"REB", "INS", "SEP", "UAF"})
SHARE = 0.75  # the two states' part of all country mentions
MIN_MENTIONS = 2  # each of the two must be named at least this often


def two_states(analysis: Analysis) -> tuple[str, str] | None:
    """The two countries the story is about, if it is about two."""
    counts: Counter[str] = Counter()
    for actor in analysis.actors:
        if actor.country:
            counts[actor.country] += len(actor.mentions) or 1
    top = counts.most_common(3)
    if len(top) < 2 or top[1][1] < MIN_MENTIONS:
        return None
    if (top[0][1] + top[1][1]) / sum(counts.values()) < SHARE:
        return None
    return top[0][0], top[1][0]


def fill(analysis: Analysis) -> None:
    pair = two_states(analysis)
    if pair is None:
        return
    states = {a.country: a for a in analysis.actors if a.kind == "state" and a.country in pair}
    # A state with armed groups of its own in the story may be fighting at home ("the army
    # captured ELN fighters"): its untargeted acts are not put on the other state.
    at_war_at_home = {a.country for a in analysis.actors
                      if a.country and (a.kind == "group" or a.sector in _NON_STATE)}
    for event in analysis.events:
        if event.type not in HOSTILE or event.source is None:
            continue
        if event.source.country not in pair or not _state_side(analysis, event.source):
            continue
        if event.source.country in at_war_at_home:
            continue
        if event.target is not None and (event.target.country or event.target.actor_id):
            continue
        other = pair[1] if event.source.country == pair[0] else pair[0]
        actor = states.get(other)
        event.target = Party(actor_id=actor.id if actor else None,
                             text=actor.name if actor else None, country=other,
                             sector=actor.sector if actor else None, inferred="counterpart")


def _state_side(analysis: Analysis, party: Party) -> bool:
    actor = analysis.actor(party.actor_id)
    if actor is not None and actor.kind == "state":
        return True
    sector = party.sector or (actor.sector if actor is not None else None)
    return sector in STATE_SECTORS
