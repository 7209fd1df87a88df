"""Groups with no country of their own, acting at the place the event happened.

"Gunmen ambushed a convoy near Djibo", "protesters blocked the road to the crossing": event
coders take an armed group or a crowd named by no nation to be from where it acts. The events
stage does this when the clause names the place; this stage runs after places, which also
carry a scene from earlier in the paragraph, and fills the source country of the remaining
local events from their place, marking it `inferred: "place"`. Cooperation (talks, visits,
deals) happens abroad, and a missile or drone says nothing of where it came from, so neither
is filled.

It also gives a place its owner as target: an attack on ground or a thing with no country of
its own ("drones struck a compound near Panjgur", "burned houses in the village of Chai")
hits the state the place lies in, and in a story about one state's own war, troops sent, aid
brought and calls made there concern that state; both marked `inferred: "place"`. Then the
steps of `counterparts` that need the whole text's events run: a reaction faces the side of
the act it answers, and a two-state story's talks and refusals face the other state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from warpath.document import COOPERATION_TYPES, Analysis, Event, Party
from warpath.events import counterparts
from warpath.events.grammar import AGENT_NOUNS, OBJ, PASSIVE_SUBJ, PRONOUNS, phrase_tokens
from warpath.pipeline import Config, Stage, stages

_dominant_country: Callable[[Analysis], str | None] | None
try:  # the country a text is mostly about (the actors stage's count of state mentions)
    from warpath.actors.generic import dominant_country as _dominant_country
except ImportError:  # pragma: no cover - depends on the actors module
    _dominant_country = None

# Agents that come from afar: where they strike says nothing of whose they are.
_REMOTE = {"missile", "rocket", "drone", "aircraft", "jet", "warplane"}
# Agents that are a state's own organs: their country comes from the state, never the place.
_STATE_ORGANS = {"embassy", "ambassador", "envoy", "diplomat", "coalition"}


@stages.register("local")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        fill(analysis)
        place_targets(analysis)
        counterparts.answered(analysis)
        counterparts.pair_talks(analysis)
        counterparts.fill_between(analysis)

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


_HARM = {"ASSAULT", "COERCE"}
# Things that do the hitting or say when: never the ground hit.
_NO_PATIENT = _REMOTE | {"missile", "rocket", "shell", "bomb", "projectile", "mortar", "round",
                         "munition", "bullet", "grenade", "shot", "fire", "salvo", "barrage",
                         "explosive", "weapon", "time", "day", "night", "morning", "week"}
# Craft carry their flag wherever they are hit or boarded.
_CRAFT = {"boat", "ship", "vessel", "tanker", "carrier", "freighter", "trawler", "ferry",
          "aircraft", "plane", "jet", "helicopter", "drone", "convoy", "truck", "crew"}
_THEM = {"them", "him", "her", "us", "me"}
_PATIENT_PREPS = ("on", "at", "against", "upon", "into")


def place_targets(analysis: Analysis) -> None:
    """An attack whose patient (the object, passive subject or "on"/"at" phrase) is ground,
    a building or people with no country of their own hits the state where it happened; in a
    story about one state's own war, a deployment, aid, a withdrawal or an appeal there with
    no target of its own concerns that state. Craft and people named by a pronoun are left:
    they carry a country of their own the text does not give."""
    if analysis.doc is None:
        return
    home = _war_at_home(analysis)
    for event in analysis.events:
        where = event.location.country if event.location is not None else None
        if home is not None and where == home and event.type in _AT_HOME and (
                event.trigger_token is not None and event.source is not None):
            # a state's own war: troops sent, aid brought, calls made there concern it
            if event.target is None:
                event.target = Party(actor_id=None, text=None, country=home, inferred="place")
                continue
            if not event.target.country and not _named_target(analysis, event):
                event.target.country = home
                event.target.inferred = "place"
                continue
        if event.type not in _HARM or event.trigger_token is None:
            continue
        tok = analysis.doc[event.trigger_token]
        if home is not None and where == home and tok.lemma_.lower() in _CLASHES and (
                event.target is None and (event.source is None or not event.source.country)):
            # "clashes broke out near Alamata": in a state's own war, its own sides
            if event.source is None:
                event.source = Party(actor_id=None, text=None, country=home, inferred="place")
            else:
                event.source.country, event.source.inferred = home, "place"
            event.target = Party(actor_id=None, text=None, country=home, inferred="place")
            continue
        if not where or event.target is not None and (
                event.target.country or _named_target(analysis, event)
                or (event.target.text or "").lower() in PRONOUNS | _THEM):
            continue  # "they were turned back at the gate": people whose country is unsaid
        patient = _patient(tok)
        if patient is None:
            continue
        if event.target is None:
            words = phrase_tokens(patient)
            text = analysis.text[words[0].idx:words[-1].idx + len(words[-1].text)]
            event.target = Party(actor_id=None, text=text, country=where, inferred="place")
        else:
            event.target.country = where
            event.target.inferred = "place"


# Acts that, in a story about one state's own war, concern that state where they happen.
_AT_HOME = {"MOBILIZE", "AID", "RETREAT", "REQUEST"}


def _war_at_home(analysis: Analysis) -> str | None:
    """The state a story is about, when armed groups of its own fight in it."""
    if _dominant_country is None:
        return None
    try:
        home = _dominant_country(analysis)
    except Exception:  # noqa: BLE001 - a country guess must not lose the event
        return None
    armed = any(a.country == home and (a.kind == "group" or a.sector in _ARMED)
                for a in analysis.actors)
    return home if home is not None and armed else None


_ARMED = {"REB", "INS", "SEP", "UAF"}
# Fighting between sides the sentence does not name.
_CLASHES = {"clash", "fighting", "fight", "shooting", "battle", "skirmish", "gunfire",
            "firefight", "exchange"}


def _named_target(analysis: Analysis, event: Event) -> bool:
    """A target that is a named actor (not a generic word) keeps its own lack of a country."""
    actor = analysis.actor(event.target.actor_id) if event.target is not None else None
    return actor is not None and not actor.id.startswith("generic")


def _patient(tok: Any) -> Any | None:
    """What a harm predicate is done to, when it is a noun: "struck a compound", "houses were
    burned", "fired on the village"; for an event noun, its "on"/"against" object."""
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    found = [c for c in tok.children if c.dep_ in OBJ or passive and c.dep_ in PASSIVE_SUBJ]
    if any(f.lower_ in PRONOUNS | _THEM for f in found):
        return None  # "they were turned back at the gate": people, not the gate
    preps = _PATIENT_PREPS + (("in", "inside") if tok.pos_ == "NOUN" else ())
    for c in tok.children:  # "attacks inside Kenya's Garissa county": the ground attacked
        if c.dep_ == "prep" and c.lower_ in preps:
            found.extend(g for g in c.children if g.dep_ == "pobj")
    for c in tok.children:  # "hit what the army called a hideout": the hideout
        if c.dep_ == "ccomp" and any(g.dep_ in OBJ and g.lower_ == "what" for g in c.children):
            found.extend(g for t in c.subtree if t.dep_ == "prep" and t.lower_ == "as"
                         for g in t.children if g.dep_ == "pobj")
    if not found and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN":
        found.append(tok.head)  # "houses burned in the raid"
    for f in found:
        if f.pos_ in ("NOUN", "PROPN", "NUM") and f.lower_ not in PRONOUNS and (
                f.lemma_.lower() not in _NO_PATIENT | _CRAFT) and (
                f.ent_type_ not in ("DATE", "TIME")):
            return f
    return None
