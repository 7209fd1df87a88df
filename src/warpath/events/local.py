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
brought and calls made there concern that state; both marked `inferred: "place"`. Unnamed
local people (gunmen, police, villagers) and things the events stage put in the text's most
named state take the country of the place they are in; harm told with no doer right after an
attack is that attack's (`inferred: "previous"`); a withdrawal to one's own side faces the
other side; harm with no doer in a state's own war (its own sides named as doing most of the
harm told) is by one of its sides (`inferred: "place"`); a crackdown with no doer is the state's
on its own people (`inferred: "target"`); a crossing closed with no one named is closed by
the state it lies in (`inferred: "place"`); "the enemy" of a state's own statement in a
two-state story is the other state (`inferred: "counterpart"`); nothing is inferred from a
place the text calls disputed. Then the steps of `counterparts` that need the whole text's
events run: harm done to one of two states with no doer is the other's, a reaction faces the
side of the act it answers, a state's untargeted acts in its own war face that war
(`inferred: "place"`), and a two-state story's talks and refusals face the other state.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from warpath.document import COOPERATION_TYPES, Analysis, Event, Party
from warpath.events import counterparts
from warpath.events.countries import modifier_country, place_country
from warpath.events.grammar import (
    AGENT_NOUNS,
    OBJ,
    PASSIVE_SUBJ,
    POSSESSIVES,
    PRONOUNS,
    phrase_tokens,
)
from warpath.events.parties import (
    OWNED_BY_PRONOUN,
    party_of,
    speaker,
    text_country,
    unnamed_people_words,
)
from warpath.pipeline import Config, Stage, stages

_gazetteer: Callable[[], Any] | None
try:  # the places module's gazetteer says which regions are disputed
    from warpath.places.gazetteer import gazetteer as _gazetteer
except ImportError:  # pragma: no cover - depends on the places module
    _gazetteer = None

# Agents that come from afar: where they strike says nothing of whose they are.
_REMOTE = {"missile", "rocket", "drone", "aircraft", "jet", "warplane"}
# Armed people of the place who are in no one's army.
_LOCAL_ARMED = {"bandit", "kidnapper", "raider", "jihadist", "vigilante", "herder"}
# Agents that are a state's own organs: their country comes from the state, never the place.
_STATE_ORGANS = {"embassy", "ambassador", "envoy", "diplomat", "coalition"}


@stages.register("local")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        repelled_attacks(analysis)
        fill(analysis)
        casualties_of(analysis)
        local_people(analysis)
        own_side(analysis)
        counterparts.own_targets(analysis)
        counterparts.foreign_organs(analysis)
        crackdowns(analysis)
        closures(analysis)
        enemies(analysis)
        place_targets(analysis)
        counterparts.vessel_flags(analysis)
        not_its_own_foe(analysis)
        counterparts.doers(analysis)
        counterparts.answered(analysis)
        own_war(analysis)
        host_targets(analysis)
        counterparts.pair_talks(analysis)
        counterparts.fill_between(analysis)
        counterparts.neighbours(analysis)
        counterparts.sides_addressed(analysis)
        home_targets(analysis)
        one_state_story(analysis)

    return run


def fill(analysis: Analysis) -> None:
    for event in analysis.events:
        source, place = event.source, event.location
        if event.type in COOPERATION_TYPES or source is None or source.country:
            continue
        if place is None or not place.country or not source.text or _disputed(analysis, place):
            continue  # gunmen in a disputed area may come from either state
        actor = analysis.actor(source.actor_id)
        if actor is not None and not actor.id.startswith("generic") and (
                actor.kind in ("person", "state") or actor.from_dictionary):
            continue  # a named person or listed body has its country, or none, on its own
        head = _singular(source.text.lower().split()[-1])
        if head in _REMOTE or head in _STATE_ORGANS:
            continue
        if OWNED_BY_PRONOUN.search(source.text):
            continue  # "her country's forces" the text never resolves: a state's, not the place's
        if head in AGENT_NOUNS or head + "s" in AGENT_NOUNS or head.endswith("men") or (
                head in _LOCAL_ARMED):
            source.country = place.country
            source.inferred = "place"


# Unnamed people who belong where they are: a crowd, gunmen, police, guards, villagers.
_LOCAL_SECTORS = {"REB", "INS", "COP", "CVL"}


def local_people(analysis: Analysis) -> None:
    """Gunmen, police, guards or villagers named by no state take the country of the place
    the event happens in over the one the actors stage guessed for the whole text ("gunmen
    seized pupils near Kaura Namoda" in a text that names Niger more often than Nigeria);
    marked `inferred: "place"`."""
    home = text_country(analysis)
    for event in analysis.events:
        where = event.location.country if event.location is not None else None
        if not where:
            continue
        crowd = event.source
        if crowd is not None and not crowd.country and event.type == "PROTEST" and (
                _unnamed_local(analysis, crowd)):
            # "dozens of women marched to the governor's office in Menaka": a crowd no one
            # says whose protests where it stands
            crowd.country = where
            crowd.inferred = "place"
        for party in (event.source, event.target):
            if party is None or not party.country or party.country == where:
                continue
            actor = analysis.actor(party.actor_id)
            if actor is None:
                # "opened fire on a convoy": a thing the events stage put in the text's
                # country for want of a place lies where the event happened
                # ("Iranian missiles damaged equipment" in a story about the US: the
                # text's state may own the thing hit abroad, or the sentence may say whose)
                src = event.source.country if event.source is not None else None
                if party is not event.target or party.inferred is not None or (
                        party.country != home or src not in (None, where)
                        or _names_whose(analysis, event, party.text)
                        or party.country in _sentence_countries(analysis, event)):
                    continue
            elif not actor.id.startswith("generic") or (
                    actor.sector not in _LOCAL_SECTORS) or _says_whose(analysis, actor) or (
                    party.country in _sentence_countries(analysis, event)):
                continue  # "Colombia's army said it captured twelve fighters": Colombia's
            party.country = where
            party.inferred = "place"


def _unnamed_local(analysis: Analysis, party: Party) -> bool:
    """People no name or state claims: a count of people ("dozens", "hundreds of women"), or
    a generic crowd, villagers or youths."""
    actor = analysis.actor(party.actor_id)
    if actor is None:
        return True
    return actor.id.startswith("generic") and actor.sector in _LOCAL_SECTORS and not (
        _says_whose(analysis, actor))


# A state's force turned on its own people.
_CRACKDOWN = {"crackdown", "clampdown", "repression", "suppression"}


def crackdowns(analysis: Analysis) -> None:
    """ "the violent crackdown on peaceful protesters" after an election in Minsk: a
    crackdown with no doer named is the state's on its own people, so the doer is the
    country of the people it falls on; marked `inferred: "target"`."""
    if analysis.doc is None:
        return
    for event in analysis.events:
        tgt = event.target
        if event.source is not None or tgt is None or not tgt.country or (
                event.trigger_token is None or event.type not in _HARM):
            continue
        if analysis.doc[event.trigger_token].lemma_.lower() not in _CRACKDOWN:
            continue
        actor = analysis.actor(tgt.actor_id)
        if actor is not None and actor.kind == "state":
            continue  # "a crackdown on Iran": another state's measures
        event.source = Party(actor_id=None, text=None, country=tgt.country, inferred="target")


# Measures a state takes on ground it holds.
_CLOSURES = {"close", "shut", "seal", "closure"}
# Ways across a border or through a country that the state holding them closes.
_PASSAGES = {"crossing", "border", "frontier", "road", "highway", "route", "checkpoint", "gate",
             "bridge", "pass", "passage", "post", "terminal", "corridor", "boundary"}
# Words that name another hand in a closure: "since the blockade began", "under pressure".
_OTHER_HANDS = {"blockade", "siege", "pressure", "demand", "sanction", "embargo", "order",
                "request", "strike", "attack", "shelling", "bombing", "threat"}


def closures(analysis: Analysis) -> None:
    """ "The bridge at Ruzizi has stayed shut since Friday": a crossing, a road or a border
    closed with no one named is closed by the state it lies in, unless the sentence names
    another state or another hand in it (a blockade, pressure); marked `inferred: "place"`."""
    if analysis.doc is None:
        return
    for event in analysis.events:
        where = event.location.country if event.location is not None else None
        if event.source is not None or not where or event.type != "COERCE" or (
                event.trigger_token is None or _disputed(analysis, event.location)):
            continue
        tok = analysis.doc[event.trigger_token]
        if tok.lemma_.lower() not in _CLOSURES:
            continue
        closed = {_singular(w) for w in (event.target.text or "").lower().split()} if (
            event.target is not None) else set()
        closed |= {t.lemma_.lower() for t in tok.children if t.dep_ in OBJ | PASSIVE_SUBJ}
        if not closed & _PASSAGES or _sentence_countries(analysis, event) - {where} or any(
                t.lemma_.lower() in _OTHER_HANDS for t in tok.sent):
            continue
        event.source = Party(actor_id=None, text=None, country=where, inferred="place")


_ENEMY = {"enemy", "enemies", "enemy's"}


def enemies(analysis: Analysis) -> None:
    """ "Enemy aircraft fired from over the ridge", "enemy gunboats": in a two-state story told
    in the voice of one of them (its own release, or words its organs are said to have
    spoken), the enemy is the other state; not when that state has armed groups of its own
    in the story (its enemy may be them: the home country guessed for the phrase is then
    dropped), nor, when someone is said to speak, for a party whose country is already set;
    marked
    `inferred: "counterpart"`."""
    pair = counterparts.two_states(analysis)
    home = text_country(analysis)
    if pair is None or home not in pair or analysis.doc is None:
        return
    other: str | None = pair[1] if home == pair[0] else pair[0]
    if home in counterparts.at_war_at_home(analysis):
        other = None  # its enemy may be the other state or its own armed groups: unsaid
    for event in analysis.events:
        if event.trigger_token is None:
            continue
        tok = analysis.doc[event.trigger_token]
        for party in (event.source, event.target):
            if party is None or party.country not in (None, home) or not (
                    _ENEMY & set((party.text or "").lower().split())):
                continue
            actor = analysis.actor(party.actor_id)
            if actor is not None and not actor.id.startswith("generic"):
                continue  # a named body keeps its own country
            if not _home_voice(analysis, tok, home) or party.country and speaker(tok):
                # "a militia commander said enemy drones struck": whose enemy? And the
                # country given to "enemy fighters" stands unless the state speaks itself
                continue
            party.country, party.inferred = other, "counterpart" if other else None


def _home_voice(analysis: Analysis, tok: Any, home: str) -> bool:
    """Whether the words holding `tok` are the text's own (no one framing them) or those of
    an organ of the state `home` ("the navy said", "the defence ministry stated")."""
    subj = speaker(tok)
    if subj is None:
        return True
    actor = analysis.actor_at(subj.idx, subj.idx + len(subj.text))
    party = party_of(analysis, subj, 1)
    sector = party.sector or (actor.sector if actor is not None else None)
    kind = actor.kind if actor is not None else None
    return party.country == home and (kind == "state" or sector in counterparts.STATE_SECTORS)


_WE_WORDS = {"we", "our", "us"}


def _named_near(analysis: Analysis, event: Event, country: str) -> bool:
    """Whether the event's sentence or the one before names `country` (its state, a people
    or a body of it)."""
    if analysis.doc is None or event.trigger_token is None:
        return True
    sent = analysis.doc[event.trigger_token].sent
    start = sent.start_char
    if sent.start > 0:
        start = analysis.doc[sent.start - 1].sent.start_char
    return any(a.country == country and any(start <= m.start < sent.end_char
                                            for m in a.mentions) for a in analysis.actors)


def not_its_own_foe(analysis: Analysis) -> None:
    """A side given the text's own state ("the Command", inferred `home`) that would then
    act on that same state in a two-state story is most likely the other state's organ: its
    country is left unsaid."""
    pair = counterparts.two_states(analysis)
    if pair is None:
        return
    for event in analysis.events:
        src, tgt = event.source, event.target
        if src is None or tgt is None or src.country != tgt.country or src.country not in pair:
            continue
        if src.inferred == "home" and tgt.inferred in ("home", "place") and (
                src.actor_id is not None or (src.text or "").lower() in _WE_WORDS):
            continue  # two of the voice's own organs dealing with each other ("the ministry
            # asked the foreign ministry to protest"), or its "we" and people found on its
            # ground ("we detained five persons"): nothing says either is the other state's
        other = pair[1] if src.country == pair[0] else pair[0]
        for party in (src, tgt):
            if party.inferred == "home" and not (party is src and party.actor_id is None and (
                    unnamed_people_words(party.text)) and not _named_near(analysis, event, other)):
                # (local men doing harm, "gangs attacked the district", are no state's organ,
                # unless the other state is named beside the act: raiders from across a border)
                party.country, party.inferred = None, None


# A way across a border: closing one's own faces the state across it.
_CROSSINGS = {"crossing", "crossings", "border", "frontier"}


def own_side(analysis: Analysis) -> None:
    """ "The Chinese patrol withdrew to its side of the line": a withdrawal to the mover's
    own ground is made in the face of the other side; so is closing one's own side of a
    border ("Lusaka shut its side of the border post"); in a two-state story, the other
    state (marked `inferred: "counterpart"`), else no one."""
    pair = counterparts.two_states(analysis)
    for event in analysis.events:
        src, tgt = event.source, event.target
        if src is None or tgt is None or not src.country:
            continue
        words = (tgt.text or "").lower().split()
        crossing = event.type == "COERCE" and bool(words) and (
            words[-1] in _CROSSINGS or "border" in words and words[-1] in ("post", "point"))
        if tgt.country != src.country and not (crossing and tgt.country is None):
            continue
        if not crossing and (words[:1] not in (["its"], ["their"]) or not (
                event.type == "RETREAT" or event.type == "COERCE" and "side" in words)):
            continue
        if crossing and (pair is None or src.country not in pair):
            continue  # "sealed the Adre crossing": faces the state across it, if the story
            # is of two
        if pair is not None and src.country in pair:
            other = pair[1] if src.country == pair[0] else pair[0]
            event.target = counterparts.state_party(analysis, other)
        else:
            event.target = None


def _sentence_countries(analysis: Analysis, event: Event) -> set[str]:
    """The countries of the states and named bodies the event's sentence names (not of
    unnamed people, whose country may itself be a guess)."""
    if analysis.doc is None or event.trigger_token is None:
        return set()
    sent = analysis.doc[event.trigger_token].sent
    return {a.country for a in analysis.actors if a.country and not a.id.startswith("generic")
            and any(sent.start_char <= m.start < sent.end_char for m in a.mentions)}


def _names_whose(analysis: Analysis, event: Event, text: str | None) -> bool:
    """Whether a party's words name a people, a state or a place ("Iraqi towns", "the
    market in Kiwanja")."""
    doc = analysis.doc
    if doc is None or not text:
        return True
    sent = doc[event.trigger_token].sent if event.trigger_token is not None else None
    at = analysis.text.find(text, sent.start_char, sent.end_char) if sent is not None else -1
    span = doc.char_span(at, at + len(text), alignment_mode="expand") if at >= 0 else None
    return span is None or any(t.ent_type_ in ("NORP", "GPE", "LOC", "FAC")
                               or t.pos_ == "PROPN" for t in span)


def _says_whose(analysis: Analysis, actor: Any) -> bool:
    """Whether any mention of a generic actor names its people or state ("Iraqi police",
    "police in Basra", "its soldiers")."""
    doc = analysis.doc
    if doc is None:
        return True
    for m in actor.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return True
        for t in span:
            if t.ent_type_ in ("NORP", "GPE") or t.lower_ in POSSESSIVES or (
                    t.pos_ == "PROPN" and t.i != span.root.i):
                return True
        if place_country(analysis, span.root) or modifier_country(analysis, span.root):
            return True
    return False


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_HARM = {"ASSAULT", "COERCE"}
# Charges left to go off, which say nothing of who set them: "a roadside bomb killed four".
_PLANTED = {"bomb", "mine", "landmine", "ied", "device", "blast", "explosion", "charge",
            "explosive"}
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
    own_war = home is not None and _own_doers_lead(analysis, home)
    for event in analysis.events:
        where = event.location.country if event.location is not None else None
        if own_war and where == home and event.trigger_token is not None and not (
                _sentence_countries(analysis, event) - {home}):
            if event.type == "MOBILIZE" and event.source is None:
                # "reinforcements were rushed to the coast", "a sweep began in the hills":
                # a deployment at home in a state's own war, by no one named, is by one of
                # its own sides
                event.source = Party(actor_id=None, text=None, country=home, inferred="place")
            elif event.type == "COERCE" and event.target is None and (
                    event.source is None or event.source.country in (None, home)):
                # "a curfew was imposed on the town", "no arrests have been made": a state's
                # own measure at home, with no one named, falls on its own war
                event.target = Party(actor_id=None, text=None, country=home, inferred="place")
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
        tgt = event.target.country if event.target is not None else None
        doer = event.source
        if own_war and (doer is None or not doer.country and (
                not doer.text or _singular(doer.text.lower().split()[-1]) in _PLANTED)) and (
                where == home and tgt in (None, home) or where is None and tgt == home) and not (
                _sentence_countries(analysis, event) - {home}):
            # "four villagers were killed in Kalengera": harm with no doer in a state's own
            # war, where no other state is named, is done by one of its own sides
            event.source = Party(actor_id=None, text=None, country=home, inferred="place")
        if where and (event.source is None or not event.source.country) and _disputed(
                analysis, event.location):
            continue  # "a raid on a market in the disputed Abyei area": whose, unsaid
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


_FIRST = {"we", "i", "us"}
# Acts of a state's own war that face the other side of it when no one else is named.
_AT_WAR = {"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "MOBILIZE", "REJECT"}


def own_war(analysis: Analysis) -> None:
    """In a story about one state's own war (armed groups of its own in it), that state's
    hostile acts, deployments and refusals with no one named to face, at home or nowhere
    placed, and in a sentence naming no other state, face its own war ("the army announced
    a sweep of the district", "the government pinned the raid on the insurgents'
    leaders"); only for the state's own organs (not a "we" or a body the text leaves
    unplaced: an agency's "we condemn this" is no side's); marked `inferred: "place"`."""
    home = _war_at_home(analysis)
    pair = counterparts.two_states(analysis)
    if home is None or analysis.doc is None or (
            pair is not None and home in pair and not _own_doers_lead(analysis, home)):
        return  # a story of two states, one with armed groups of its own: whose war, unsaid
    for event in analysis.events:
        src = event.source
        if event.type not in _AT_WAR or src is None or src.country != home or (
                event.target is not None or event.trigger_token is None):
            continue
        if not counterparts.state_side(analysis, src) or src.inferred or (
                (src.text or "").lower() in _FIRST):
            continue  # "the organisation condemned", "'We condemn it,' the UN envoy said"
        where = event.location.country if event.location is not None else None
        if where not in (None, home) or _sentence_countries(analysis, event) - {home}:
            continue
        event.target = Party(actor_id=None, text=None, country=home, inferred="place")


def _disputed(analysis: Analysis, place: Any) -> bool:
    """A place two states claim: a disputed region of the gazetteer, or one the text calls
    disputed ("the disputed Abyei area")."""
    name = place.name or place.text if place is not None else None
    if not name:
        return False
    if _gazetteer is not None:
        try:
            found = _gazetteer().lookup(name)
        except Exception:  # noqa: BLE001 - a gazetteer problem must not lose the event
            found = None
        if found is not None and found.kind == "disputed region":
            return True
    pattern = r"\bdisputed\s+(?:[\w-]+\s+){0,2}?" + re.escape(name.split(",")[0].strip())
    return re.search(pattern, analysis.text, re.IGNORECASE) is not None


# Acts that, in a story about one state's own war, concern that state where they happen.
_AT_HOME = {"MOBILIZE", "AID", "RETREAT", "REQUEST"}


def _war_at_home(analysis: Analysis) -> str | None:
    """The state a story is about, when armed groups of its own fight in it."""
    home = text_country(analysis)
    armed = any(a.country == home and (a.kind == "group" and a.sector not in _UNARMED
                                       or a.sector in _ARMED) for a in analysis.actors)
    return home if home is not None and (armed or _fights_itself(analysis, home)) else None


# The ground or the people of an armed side.
_HELD = {"position", "base", "outpost", "garrison", "barracks", "trench", "stronghold",
         "bunker", "headquarters", "line", "unit", "troop", "force", "soldier", "fighter"}


def _fights_itself(analysis: Analysis, home: str) -> bool:
    """Whether the story tells armed sides of `home` attacking one another: at least two
    assaults, by two different named doers, each by an armed side on an armed side or the
    ground it holds, and no other state a party to anything the story tells (a guard of one
    province storming the barracks of another, and that one's militia shelling back)."""
    fighters = {"MIL"} | _ARMED
    doers: set[str] = set()
    for event in analysis.events:
        for party in (event.source, event.target):
            if party is not None and party.country and party.country != home:
                return False  # another state in the story: not a war of the state's own
        src, tgt = event.source, event.target
        if event.type != "ASSAULT" or src is None or tgt is None or src.inferred or (
                tgt.inferred) or src.country != home or tgt.country != home or not src.text:
            continue
        head = _singular((tgt.text or "").lower().split()[-1]) if tgt.text else ""
        if src.sector in fighters and (tgt.sector in fighters or head in _HELD):
            doers.add(src.actor_id or src.text.lower())
    return len(doers) >= 2


def _own_doers_lead(analysis: Analysis, home: str) -> bool:
    """Whether the harm the story tells with a known doer is mostly done by the state's own
    sides rather than by other states striking it (a war between two states fought on one
    of them, "missiles hit Ganja", has no doer to guess)."""
    own = foreign = 0
    for event in analysis.events:
        doer = event.source
        if event.type not in _HARM or doer is None or not doer.country or doer.inferred:
            continue  # doers the text names, not ones guessed for it
        src = doer.country
        tgt = event.target.country if event.target is not None else None
        if src == home and tgt in (None, home):
            own += 1
        elif src != home and tgt == home:
            foreign += 1
    return own > foreign


_ARMED = {"REB", "INS", "SEP", "UAF"}
# Groups that fight no one: civilians, refugees, crowds, parties, churches, firms.
_UNARMED = {"CVL", "REF", "PTY", "OPP", "LAB", "REL", "MED", "EDU", "BUS"}
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


def casualties_of(analysis: Analysis) -> None:
    """ "Turkish drones pounded positions north of Amedi. Two shepherds were killed": harm
    told with no doer, right after an attack at the same place, is that attack's; its doer is
    the source (marked `inferred: "previous"`)."""
    if analysis.doc is None:
        return
    for event in analysis.events:
        if event.type != "ASSAULT" or event.source is not None or event.trigger_token is None:
            continue
        tok = analysis.doc[event.trigger_token]
        if tok.pos_ != "VERB" or not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
            continue  # "two shepherds were killed", not "clashes killed" or "the toll"
        where = event.location.country if event.location is not None else None
        before = [e for e in analysis.events
                  if e.type == "ASSAULT" and e is not event and e.source is not None
                  and e.source.country and e.trigger.start < event.trigger.start
                  and event.sentence - 1 <= e.sentence <= event.sentence]
        if not before:
            continue
        last = max(before, key=lambda e: e.trigger.start)
        there = last.location.country if last.location is not None else None
        if where and there and where != there:
            continue
        hurt = {c for c in (where, event.target.country if event.target else None) if c}
        if last.source is None or last.source.inferred is not None or (
                last.source.country in hurt):
            continue  # a side's own people hurt: by the other side's fire, not its own
        event.source = Party(actor_id=last.source.actor_id, text=last.source.text,
                             country=last.source.country, sector=last.source.sector,
                             inferred="previous")


# Acts a state's forces do on another state's ground that concern that ground's state.
_ABROAD = {"ASSAULT", "COERCE", "RETREAT", "MOBILIZE"}
# A state's own forces named as what it moves ("pulled out several hundred troops"): not the
# party faced.
_OWN_FORCES = {"troop", "soldier", "force", "unit", "contingent", "personnel", "marine",
               "battalion", "brigade", "division", "regiment", "company", "platoon", "squadron",
               "detachment", "ship", "warship", "aircraft", "jet", "plane", "helicopter",
               "equipment", "base", "asset"}
_ARMED_GROUP_SECTORS = {"REB", "INS", "SEP", "UAF"}


def host_targets(analysis: Analysis) -> None:
    """A state's organ acting on another state's ground with no one faced who has a country
    of their own: the strike, the raid, the withdrawal or the build-up there concerns the
    state the ground belongs to ("US aircraft struck Islamic State hideouts in Deir ez-Zor",
    "Moscow will pull its troops out of Transnistria", "the contingent left its bases near
    Kidal"). The faced party may be missing, be the doer's own forces moved, or be an armed
    group with no country of its own fighting there (it takes the ground's country). Not for
    a place the text calls disputed, nor for a doer guessed for the event; marked
    `inferred: "place"`."""
    for event in analysis.events:
        src, tgt = event.source, event.target
        where = event.location.country if event.location is not None else None
        if event.type not in _ABROAD or event.trigger_token is None or src is None or (
                not src.country or src.inferred or not where or where == src.country):
            continue
        if not counterparts.state_side(analysis, src) or _disputed(analysis, event.location):
            continue
        if any(e.trigger_token == event.trigger_token and e.source is not None
               and e.source.country == where for e in analysis.events):
            continue  # "Turkish and Greek coast guards held joint drills off Lesbos": the
            # ground's own state shares the act
        if tgt is None:
            event.target = Party(actor_id=None, text=None, country=where, inferred="place")
            continue
        if tgt.country or tgt.inferred:
            continue
        actor = analysis.actor(tgt.actor_id)
        head = _singular((tgt.text or "").lower().split()[-1]) if tgt.text else ""
        armed = actor is not None and (actor.sector or tgt.sector) in _ARMED_GROUP_SECTORS
        if armed or head in _OWN_FORCES and event.type in ("RETREAT", "MOBILIZE"):
            tgt.country, tgt.inferred = where, "place"


# How the doer's country was found, for a doer that can stand for the story's own state.
_HOME_DOER = {None, "home", "place"}
# Force and threats: whom they face is read from their patient (`place_targets`) or, in a
# state's own war, from that war (`own_war`), never guessed from the story's state alone;
# charges and rebuttals face whoever did what they answer (`counterparts.answered`) or no one.
_FORCE = {"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "REJECT"}
_TO_THE_WRITER = {"us", "me"}


def home_targets(analysis: Analysis) -> None:
    """A story about one state (not two): an act of that state's own people or bodies placed at
    home that still faces no one, in a sentence naming no other state, concerns that state ("the
    jirga met in Kohat for a third day", "the elders failed to agree on a ceasefire", "the
    bureau demanded new cards", "the army announced an operation in the district"). Runs
    last, so every other way of finding a target goes first; marked `inferred: "place"`. An
    act placed nowhere is left ("Russia withdrew its troops last year": from where, unsaid)."""
    home = text_country(analysis)
    if home is None:  # a short text whose states are all one: "Ghana's chiefs met in Tamale"
        named = {a.country for a in analysis.actors if a.country}
        home = next(iter(named)) if len(named) == 1 else None
    if home is None or analysis.doc is None:
        return
    pair = counterparts.two_states(analysis)
    if pair is not None and home in pair:
        return  # the other state of a two-state story may be the one faced
    for event in analysis.events:
        src = event.source
        where = event.location.country if event.location is not None else None
        if event.type in _FORCE or event.target is not None or event.trigger_token is None:
            continue
        if src is None or src.country != home or src.inferred not in _HOME_DOER or (
                where != home):
            continue
        if _sentence_countries(analysis, event) - {home}:
            continue  # another state named beside: it may be the one faced
        tok = analysis.doc[event.trigger_token]
        if any(w.lower_ in _TO_THE_WRITER for c in tok.children
               for w in ([c] if c.dep_ in OBJ else c.children if c.dep_ in ("prep", "dative")
                         else [])):
            continue  # "a commander spoke to us by phone": the newsroom, not the state
        event.target = Party(actor_id=None, text=None, country=home, inferred="place")


# Verbs of holding off an attack, and the attacks held off.
_REPELLING = {"repel", "repulse", "beat", "fight", "fend", "ward", "thwart", "foil"}
_ATTACKS = {"assault", "attack", "offensive", "raid", "incursion", "onslaught", "push",
            "advance", "charge", "attempt", "wave", "infiltration"}


def repelled_attacks(analysis: Analysis) -> None:
    """ "Ukrainian troops repelled four Russian assaults", "the army beat back an Iranian drone
    attack": an attack held off, whose own words name another state's people, is that state's
    attack on those who held it off (its doer is the source, the defenders the target). An
    attack named by no state ("repulsed a jihadist attack") keeps the defenders' act."""
    if analysis.doc is None:
        return
    for event in analysis.events:
        src = event.source
        if event.type != "ASSAULT" or event.trigger_token is None or src is None or (
                not src.country):
            continue
        tok = analysis.doc[event.trigger_token]
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _REPELLING:
            continue
        for obj in (c for c in tok.children if c.dep_ in OBJ):
            if obj.lemma_.lower() not in _ATTACKS:
                continue
            owners = [m for m in obj.children if m.dep_ in ("amod", "compound", "poss")]
            owner = next((analysis.actor_at(m.idx, m.idx + len(m.text)) for m in owners
                          if analysis.actor_at(m.idx, m.idx + len(m.text)) is not None), None)
            if owner is None or not owner.country or owner.country == src.country:
                continue
            words = phrase_tokens(obj)
            text = analysis.text[words[0].idx:words[-1].idx + len(words[-1].text)]
            event.target = Party(actor_id=src.actor_id, text=src.text, country=src.country,
                                 sector=src.sector, inferred=src.inferred)
            event.source = Party(actor_id=owner.id, text=text, country=owner.country,
                                 sector=owner.sector)
            break


# Words for bodies of no state, or of all of them: a one-state story's UN mission is not its.
_NO_STATE_HEADS = {"mission", "peacekeeper", "peacekeeping", "agency", "council", "commission",
                   "union", "observer", "monitor", "charity", "ngo", "donor", "un"}


def one_state_story(analysis: Analysis) -> None:
    """A story that names one state only, and places every act in it ("raiders from the next
    county stole cattle", "elders will meet next week", "the commissioner closed the
    market"): the groups it names with no country are that state's own ("a domestic group
    without the story's country"), marked `inferred: "place"`. Bodies of no state (a UN
    mission, its peacekeepers, an NGO) and sides owned by a pronoun keep none; a side the text
    does not name is left to the steps before. Needs the text's own state (a story, not one
    sentence); runs last."""
    named = {a.country for a in analysis.actors if a.country}
    named |= {e.location.country for e in analysis.events
              if e.location is not None and e.location.country}
    home = text_country(analysis)
    if home is None or named != {home} or _crossing_story(analysis, home):
        return
    for event in analysis.events:
        for party in (event.source, event.target):
            if party is None or party.country or not party.text or (
                    not _home_party(analysis, party)):
                continue
            party.country, party.inferred = home, "place"


# A story that brings people across a border is about two sides, even when it names one state.
_CROSSING = re.compile(r"\b(cross-border|across the (border|frontier)|crossed|crossing)\b", re.I)


def _crossing_story(analysis: Analysis, home: str) -> bool:
    """The text tells of a crossing, or of people "from" the one state it names ("armed youths
    from Ethiopia"): the other side is unnamed, not absent."""
    if _CROSSING.search(analysis.text):
        return True
    return any(re.search(r"\bfrom (the )?$", analysis.text[max(0, m.start - 9):m.start])
               for a in analysis.actors if a.country == home for m in a.mentions)


def _home_party(analysis: Analysis, party: Party) -> bool:
    """A side that may be the story's state's own: no body of no state, no pronoun's."""
    actor = analysis.actor(party.actor_id)
    if actor is not None and (actor.sector in ("IGO", "NGO") or (
            actor.from_dictionary and not actor.country)):
        return False
    if any(a.sector in ("IGO", "NGO") and m.text.lower() in (party.text or "").lower()
           for a in analysis.actors for m in a.mentions):
        return False  # "NATO officers": the alliance's people, not the story state's
    text = (party.text or "").lower()
    words = re.findall(r"[a-z]+", text)
    if any(_singular(w) in _NO_STATE_HEADS for w in words):
        return False
    return not (words and (words[0] in POSSESSIVES or words == [words[0]] and (
        words[0] in PRONOUNS)))
