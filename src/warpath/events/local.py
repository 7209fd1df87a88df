"""Groups with no country of their own, acting at the place the event happened.

"Gunmen ambushed a convoy near Djibo", "protesters blocked the road to the crossing": event
coders take an armed group or a crowd named by no nation to be from where it acts. The events
stage does this when the clause names the place; this stage runs after places, which also
carry a scene from earlier in the paragraph, and fills the source country of the remaining
local events from their place, marking it `inferred: "place"`. Cooperation (talks, visits,
deals) happens abroad, and a missile or drone says nothing of where it came from, so neither
is filled.
"""

from __future__ import annotations

from warpath.document import COOPERATION_TYPES, Analysis
from warpath.events.grammar import AGENT_NOUNS
from warpath.pipeline import Config, Stage, stages

# Agents that come from afar: where they strike says nothing of whose they are.
_REMOTE = {"missile", "rocket", "drone", "aircraft", "jet", "warplane"}
# Agents that are a state's own organs: their country comes from the state, never the place.
_STATE_ORGANS = {"embassy", "ambassador", "envoy", "diplomat", "coalition"}


@stages.register("local")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        fill(analysis)

    return run


def fill(analysis: Analysis) -> None:
    for event in analysis.events:
        source, place = event.source, event.location
        if event.type in COOPERATION_TYPES or source is None or source.country:
            continue
        if place is None or not place.country or not source.text:
            continue
        actor = analysis.actor(source.actor_id)
        if actor is not None and not actor.id.startswith("generic") and (
                actor.kind in ("person", "state") or actor.from_dictionary):
            continue  # a named person or listed body has its country, or none, on its own
        head = _singular(source.text.lower().split()[-1])
        if head in _REMOTE or head in _STATE_ORGANS:
            continue
        if head in AGENT_NOUNS or head + "s" in AGENT_NOUNS or head.endswith("men"):
            source.country = place.country
            source.inferred = "place"


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
