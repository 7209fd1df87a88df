"""The other side of a two-state story, for hostile events whose sentence names no target.

Much conflict reporting is about two states ("Indian and Chinese patrols", "Kyiv and Moscow"),
and once both are named, sentences drop the target: "troops fired first", "the army said it
returned fire". A reader supplies the other side; so does this step, but only when the story
is plainly about two states (they hold most of the country mentions), only for hostile
events whose source is one of them acting as a state (a government, army, service; not a
rebel group or a crowd), and it marks the party `inferred: "counterpart"` so that
a user can keep or drop such targets.

A reaction (a condemnation, a protest, a rejection or denial, a vow to retaliate) that names
no one to face answers an act told just before: `answered` gives it the side that did that act
("Pakistan condemned the strike", the strike being Iran's; "Moscow rejected the offer", made by
Kyiv), marked `inferred: "answered"`.

Meetings and talks of unnamed people in a two-state story ("the foreign ministers are due to
meet", "local commanders held a flag meeting") are between the two states (`pair_talks`),
and "each side accused the other" faces the other side: the other state, or in a story about
one state's own war, that same state. `fill_between` gives the two states' talks, refusals
and demands with no one named the other state, and talks with no one named both states.
An attack on one of the two states with no doer named, by a weapon ("a rocket hit a clinic")
or at the line between them, is the other state's (`doers`), unless the harmed state has armed
groups of its own in the story. A joint commission or mechanism that meets stands for both
states, the text's own state first.
An act with no target told beside an act of its family takes that act's sides
(`neighbours`: the same doer faces the same side, the side done to faces its doer), and "both
sides" addressed in one state's own war are that state (`sides_addressed`), both marked
`inferred: "neighbour"`.
These run in the `local` stage, after places, once every event of the text is known.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from warpath.document import Analysis, Event, Party
from warpath.events.grammar import OBJ, POSSESSIVES, PRONOUNS, phrase_tokens
from warpath.events.parties import text_country
from warpath.events.senses import event_noun

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
    home_war = at_war_at_home(analysis)
    for event in analysis.events:
        if event.type not in HOSTILE | {"MOBILIZE"} or event.source is None:
            continue
        if event.source.country not in pair or not state_side(analysis, event.source):
            continue
        if event.source.country in home_war:
            continue
        if event.type == "MOBILIZE" and not _faces_other(analysis, event, pair):
            continue  # "troops were sent to the flooded delta": no one faced
        if event.target is not None and (event.target.country or (
                _named(analysis, event.target) if event.type == "MOBILIZE"
                else event.target.actor_id)):
            continue  # a deployment's own troops or ground ("sent troops") face no one
        other = pair[1] if event.source.country == pair[0] else pair[0]
        actor = states.get(other)
        event.target = Party(actor_id=actor.id if actor else None,
                             text=actor.name if actor else None, country=other,
                             sector=actor.sector if actor else None, inferred="counterpart")


# Words that put a deployment or a harm at the line between two states.
_BORDER_CUES = frozenset({"border", "frontier", "boundary", "line", "across", "cross-border",
                          "side", "crossing", "loc", "lac"})
# Purposes and scenes of a deployment that face no enemy.
_RELIEF = frozenset({"rescue", "relief", "flood", "earthquake", "evacuate", "evacuation",
                     "aid", "help", "disaster", "storm", "cyclone", "quake", "election",
                     "vote", "ceremony", "parade", "flood-hit", "drought"})


def _lemmas(sent: Any) -> set[str]:
    return {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}


def _faces_other(analysis: Analysis, event: Event, pair: tuple[str, str]) -> bool:
    """A deployment for no relief work sent to the border or onto the other state's ground
    ("moved two brigades to the frontier"), or sent nowhere said ("called up its reserves");
    not one sent inland ("sent troops to the flooded delta")."""
    if event.trigger_token is None or analysis.doc is None or event.source is None:
        return False
    tok = analysis.doc[event.trigger_token]
    words = _lemmas(tok.sent)
    if words & _RELIEF:
        return False
    other = pair[1] if event.source.country == pair[0] else pair[0]
    where = event.location.country if event.location is not None else None
    if words & _BORDER_CUES or where == other or tok.sent.start > 0 and bool(
            _lemmas(analysis.doc[tok.sent.start - 1].sent) & _BORDER_CUES):
        return True
    sent_to = any(c.dep_ == "prep" and c.lower_ in _TOWARDS for c in tok.subtree)
    return where is None and not sent_to


_TOWARDS = frozenset({"to", "into", "towards", "toward", "in", "across", "along"})


# Harm that no one did: accidents, mines, disasters, bodies found.
_MISHAPS = frozenset({"blast", "mine", "landmine", "accident", "crash", "earthquake", "quake",
                      "flood", "storm", "ied", "explosion", "suicide", "robbery", "heist",
                      "riot", "brawl", "unexploded", "ordnance", "collapse"})


def _mishap(sent: Any) -> bool:
    """ "wounded in a landmine blast", "found shot dead at his post": no enemy act told."""
    words = _lemmas(sent)
    return bool(words & _MISHAPS) or "found" in words and "dead" in words


# Things that strike from afar or fall: they say nothing of whose they are.
_WEAPONS = frozenset({"missile", "rocket", "drone", "shell", "bomb", "projectile", "mortar",
                      "round", "munition", "bullet", "grenade", "debris", "shrapnel", "fire",
                      "salvo", "barrage", "artillery", "shot", "explosive", "strike"})
_HARMS = frozenset({"ASSAULT"})
# Armed people of no state: harm done to them is a state's fight at home, not a neighbour's.
_ARMED_PEOPLE = frozenset({"gang", "gangster", "militant", "fighter", "rebel",
                           "insurgent", "jihadist", "bandit", "terrorist", "militia",
                           "militiamen", "guerrilla", "kidnapper", "smuggler", "trafficker"})


def _armed_named(analysis: Analysis, sent: Any) -> bool:
    """Whether a sentence names an armed group (a gang, a militia, rebels)."""
    return any((a.kind == "group" and a.sector not in _HOME_SECTORS or a.sector in _NON_STATE)
               and any(sent.start_char <= m.start < sent.end_char for m in a.mentions)
               for a in analysis.actors)


def doers(analysis: Analysis) -> None:
    """In a two-state story, an attack on one of the two with no doer named is the other
    state's when a weapon did it ("a rocket hit a granary near Sderot") or the sentence puts
    it at the line between them ("a sentry was shot from across the frontier"); not when the
    harmed state has armed groups of its own in the story, the sentence names a third state,
    the harm was a mishap (a mine, a blast, a body found), or a doerless harm lies inside
    the harmed state with nothing said of the border; marked `inferred: "counterpart"`."""
    pair = two_states(analysis)
    if pair is None or analysis.doc is None:
        return
    home_war = at_war_at_home(analysis)
    for event in analysis.events:
        tgt, src = event.target, event.source
        if event.type not in _HARMS or tgt is None or tgt.country not in pair or (
                tgt.inferred == "counterpart" or tgt.country in home_war):
            continue
        if src is not None and (src.country or _named(analysis, src) or not _a_weapon(src)):
            continue
        if any(w.rstrip("s") in _ARMED_PEOPLE for w in (tgt.text or "").lower().split()):
            continue  # "three smugglers were shot": a fight at home
        tok = analysis.doc[event.trigger_token] if event.trigger_token is not None else None
        if tok is None or sentence_states(analysis, tok.sent) - set(pair) or _armed_named(
                analysis, tok.sent) or _mishap(tok.sent):
            continue  # "a gang's members were killed": in a fight at home
        at_line = bool(_lemmas(tok.sent) & _BORDER_CUES) or tok.sent.start > 0 and bool(
            _lemmas(analysis.doc[tok.sent.start - 1].sent) & _BORDER_CUES)
        where = event.location.country if event.location is not None else None
        if not at_line and (src is None or where == tgt.country and not _far_reaching(src)):
            continue  # "two traders were shot in Quetta": nothing says from over the border
        other = pair[1] if tgt.country == pair[0] else pair[0]
        event.source = state_party(analysis, other)


# Weapons that fly far past a border: where they hit says nothing of a front line.
_FAR_REACHING = frozenset({"missile", "rocket", "drone", "projectile", "munition", "strike"})


def _far_reaching(party: Party) -> bool:
    head = ((party.text or "").lower().split() or [""])[-1]
    return head.rstrip("s") in _FAR_REACHING


def _a_weapon(party: Party) -> bool:
    """ "two drones", "a stray shell", "falling debris": a thing that hits, not a doer."""
    words = (party.text or "").lower().split()
    if not words:
        return True
    head = words[-1]
    return head in _WEAPONS or head.endswith("s") and head[:-1] in _WEAPONS


# Parties, movements and civil bodies: their reactions answer rivals at home.
_HOME_SECTORS = frozenset({"PTY", "OPP", "CVL", "LAB", "REL", "MED", "EDU", "BUS", "REF"})


def _kind_and_sector(analysis: Analysis, party: Party) -> tuple[str | None, str | None]:
    """The party's actor kind and its sector (the party's own, else its actor's)."""
    actor = analysis.actor(party.actor_id)
    if actor is None:
        return None, party.sector
    return actor.kind, party.sector or actor.sector


def _party_at_home(analysis: Analysis, party: Party) -> bool:
    """A party, a movement or a crowd (not a state, its organs or an international body)."""
    kind, sector = _kind_and_sector(analysis, party)
    return kind != "state" and sector in _HOME_SECTORS


def at_war_at_home(analysis: Analysis) -> set[str]:
    """States with armed groups of their own in the story: they may be fighting at home
    (civilians, crowds and parties are groups too, but fight no one)."""
    return {a.country for a in analysis.actors if a.country and (
        a.kind == "group" and a.sector not in _HOME_SECTORS or a.sector in _NON_STATE)}


def _diplomatic(analysis: Analysis, party: Party) -> bool:
    """A state or its government speaking: its refusals and demands face other states."""
    kind, sector = _kind_and_sector(analysis, party)
    return kind == "state" or sector == "GOV"


def _armed_at_home(analysis: Analysis) -> set[str]:
    """States with rebels or insurgents of their own named in the story."""
    return {a.country for a in analysis.actors if a.country and a.sector in _NON_STATE}


def state_side(analysis: Analysis, party: Party) -> bool:
    kind, sector = _kind_and_sector(analysis, party)
    return kind == "state" or sector in STATE_SECTORS


# Reactions: they face whoever did what they answer.
REACTIONS = frozenset({"ACCUSE", "PROTEST", "REJECT"})
# Acts a condemnation or a protest may answer.
_ANSWERABLE = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"})
# What a rejection answers: a demand, an offer, an accusation.
_PROPOSALS = frozenset({"REQUEST", "ACCUSE", "AGREE", "CONSULT", "THREATEN"})
_LOOKBACK = 3  # sentences before the reaction's own
_FAR_LOOKBACK = 12  # for a reaction that names the act it answers, when none is nearer


def answered(analysis: Analysis) -> None:
    """Give a reaction with no target of its own the side whose act it answers: for a
    rejection, the maker of the demand or claim just told; the doer of the nearest act done
    to the reacting state (an accusation it denies, a strike on it); else, when it names an
    act ("the strike", "the matter"), the doer of the nearest hostile act, in its own
    sentence or the three before. A vow to retaliate faces whoever struck the vowing side."""
    if analysis.doc is None:
        return
    for event in analysis.events:
        if event.source is None or event.trigger_token is None:
            continue
        tok = analysis.doc[event.trigger_token]
        if event.type in _HITS_BACK and event.target is None and _retaliation(tok):
            # "The Houthis vow to retaliate": against whoever struck them
            struck = _answered_side(analysis, event, False) if event.source.country else None
            if struck is not None:
                event.target = Party(actor_id=struck.actor_id, text=struck.text,
                                     country=struck.country, sector=struck.sector,
                                     inferred="answered")
            continue
        if event.type not in REACTIONS:
            continue
        aim = _aim(tok)
        if event.target is not None and not _the_act_itself(event, aim) and (
                event.target.country or _named(analysis, event.target)):
            continue
        if _party_at_home(analysis, event.source):
            continue  # a party or a crowd at home answers its rivals, not the foreign act
        if aim is not None and not (aim.lower_ in PRONOUNS | _THAT or event_noun(aim)
                                    or aim.lemma_.lower() in _AFFAIRS
                                    or event.type == "REJECT" and aim.lemma_.lower() in _SAID):
            continue  # it names what it answers, and that is no act: leave it
        other = _answered_side(analysis, event, aim is not None, _victim(analysis, aim))
        if other is None:
            continue
        if event.target is None:
            event.target = Party(actor_id=other.actor_id, text=other.text, country=other.country,
                                 sector=other.sector, inferred="answered")
        else:
            event.target.country = other.country
            event.target.inferred = "answered"


_THAT = {"that", "this", "these", "those"}
# Words that stand for what was said before: "denied the report", "rejected the offer".
_SAID = {"report", "claim", "accusation", "allegation", "charge", "account", "version",
         "statement", "offer", "proposal", "demand", "request", "call", "plan", "suggestion",
         "ultimatum", "assertion"}
# Words that stand for an act told before: "raise the matter", "condemned the incident".
_AFFAIRS = {"matter", "issue", "incident", "affair", "episode", "provocation", "aggression",
            "crime", "atrocity", "outrage", "violation", "breach"}


_HITS_BACK = frozenset({"ASSAULT", "THREATEN", "COERCE"})
_RETALIATE = frozenset({"retaliate", "avenge", "revenge"})


def _retaliation(tok: Any) -> bool:
    """ "vowed to retaliate", "will retaliate": a strike back, named by its verb."""
    return tok.lemma_.lower() in _RETALIATE or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _RETALIATE for c in tok.children)


def _the_act_itself(event: Event, aim: Any | None) -> bool:
    """ "condemned the shelling of its villages": the target taken is the act condemned,
    placed on the condemning state's own ground; the one who shelled is the target."""
    tgt, src = event.target, event.source
    return (aim is not None and tgt is not None and src is not None
            and tgt.actor_id in (None, src.actor_id)
            and event_noun(aim) and (tgt.text or "").split()[-1:] == [aim.text]
            and tgt.country is not None and tgt.country == src.country)


def _named(analysis: Analysis, party: Party) -> bool:
    actor = analysis.actor(party.actor_id)
    return actor is not None and not actor.id.startswith("generic")


def _aim(tok: Any) -> Any | None:
    """The object of a reaction verb ("condemned the strike"), if it has one; for a free
    relative naming the object in the speaker's words ("rejected what it called lies",
    "condemned what he termed aggression"), the words it is called by."""
    found = next((c for c in tok.children if c.dep_ in OBJ), None)
    if found is not None:
        return found
    for c in tok.children:
        if c.dep_ == "ccomp" and c.lemma_.lower() in _NAMING and any(
                g.dep_ in OBJ and g.lower_ == "what" for g in c.children):
            return next((g for g in c.children if g.dep_ in ("oprd", "attr", "xcomp")), None)
    return None


# Verbs a speaker names a thing by: "what it called", "what he described as".
_NAMING = frozenset({"call", "term", "describe", "label", "brand", "dub"})


def _victim(analysis: Analysis, aim: Any | None) -> str | None:
    """The country an answered act was done to, when the reaction says ("condemned the
    attacks on Saudi territory")."""
    if aim is None:
        return None
    for c in aim.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "in", "upon", "of"):
            for g in c.children:
                for t in phrase_tokens(g) if g.dep_ == "pobj" else ():
                    actor = analysis.actor_at(t.idx, t.idx + len(t.text))
                    if actor is not None and actor.country:
                        return actor.country
    return None


def _answered_side(analysis: Analysis, event: Event, says_act: bool,
                   victim: str | None = None, lookback: int = _LOOKBACK) -> Party | None:
    own = event.source.country if event.source is not None else None
    # acts the reacting side took part in ("Japanese and US aircraft held an exercise")
    shared = {e.trigger.start for e in analysis.events
              if own and e.source is not None and e.source.country == own}
    earlier = sorted(
        (e for e in analysis.events
         if e is not event and event.sentence - lookback <= e.sentence <= event.sentence
         and (e.sentence < event.sentence or e.trigger.start < event.trigger.start
              or e.nested_in == event.id)  # told before, or inside what it answers
         and e.source is not None and e.source.country and e.source.country != own
         and e.source.inferred != "previous"  # harm put on the attack just told: that one
         and e.trigger.start not in shared),
        key=lambda e: (event.sentence - e.sentence, abs(e.trigger.start - event.trigger.start)))
    if event.type == "REJECT":
        for e in earlier:  # "Ukraine asked for a truce, which Moscow did not accept"
            if e.type in _PROPOSALS and event.sentence - e.sentence <= 1 and (
                    e.target is None or e.target.country in (None, own)):
                return e.source
    if own:
        for e in earlier:  # an act done to the reacting state
            if e.target is not None and e.target.country == own and e.target.inferred is None:
                return e.source
    if not says_act and own:
        return None  # "Pakistan rejected" with nothing named: only an act done to it
    for e in earlier:  # the act it names: done to the victim it names, if it names one
        if e.type in _ANSWERABLE and e.source is not None and e.source.country != victim and (
                victim is None or e.target is not None and e.target.country == victim):
            return e.source
    pair = two_states(analysis)
    if says_act and own and lookback == _LOOKBACK and pair is not None and own in pair:
        # "The High Command condemns both incidents", told some paragraphs before: in a
        # two-state story, an act of the other state
        far = _answered_side(analysis, event, says_act, victim, _FAR_LOOKBACK)
        return far if far is not None and far.country in pair else None
    return None


# People who meet for their states: "the foreign ministers", "local commanders".
_ENVOYS = frozenset({"minister", "commander", "leader", "president", "official", "delegation",
                     "delegate", "negotiator", "envoy", "representative", "diplomat",
                     "general", "officer", "counterpart"})
_TALKS = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_OTHER = frozenset({"other", "another"})


def pair_talks(analysis: Analysis) -> None:
    """Talks of unnamed plural envoys in a two-state story are between the two states, the
    one named first first; "each side accused the other" faces the other side."""
    if analysis.doc is None:
        return
    pair = _first_named(analysis, two_states(analysis))
    for event in analysis.events:
        if pair is not None and event.source is None and event.type in _TALKS and (
                event.target is not None and _joint_body(analysis, event.target, event, pair)):
            # "the joint water committee gathers in May"
            event.source = state_party(analysis, pair[0])
            event.target = state_party(analysis, pair[1])
            continue
        if event.target is not None or event.source is None or event.trigger_token is None:
            continue
        tok = analysis.doc[event.trigger_token]
        if _each_other(tok) and event.source.country:
            own = event.source.country
            other = own if pair is None or own not in pair or own in at_war_at_home(
                analysis) else (pair[1] if own == pair[0] else pair[0])
            event.target = Party(actor_id=None, text="the other", country=other,
                                 inferred="counterpart")
            continue
        if pair is not None and event.type in _TALKS and _joint_body(
                analysis, event.source, event, pair):
            # "the border commission is due to meet": a body of the two states
            event.source.country, event.source.inferred = pair[0], "counterpart"
            event.target = state_party(analysis, pair[1])
            continue
        if pair is None or event.type not in _TALKS or not _envoys(event.source.text):
            continue
        if event.source.country in pair and _possessed(event.source.text):
            # "their foreign ministers are to meet": one of the two, meeting the other
            other = pair[1] if event.source.country == pair[0] else pair[0]
            event.target = state_party(analysis, other)
            continue
        if event.source.country and (not (event.source.actor_id or "").startswith("generic")
                                     or _says_whose(analysis, event)
                                     or _possessed(event.source.text)):
            continue  # "Indian officials", "the Pakistani ministers": their state said
        rebels = _armed_in(analysis, event)
        if rebels is not None:
            # "army and PKK envoys sat down": a state's talks with its own rebels
            event.source.country, event.source.inferred = rebels, "counterpart"
            event.target = state_party(analysis, rebels)
            continue
        event.source.country = pair[0]
        event.source.inferred = "counterpart"
        event.target = state_party(analysis, pair[1])


# Bodies two states set up between them: "the joint border commission", "the mechanism".
_JOINT_BODIES = frozenset({"commission", "committee", "mechanism", "commissions",
                           "committees", "mechanisms"})


def _joint_body(analysis: Analysis, party: Party, event: Event,
                pair: tuple[str, str]) -> bool:
    """A commission, committee or mechanism of no one state that the text says is the two
    states' own: "the bilateral water commission", a "joint" one named earlier and now "the
    commission", or one whose sentence names both states."""
    words = (party.text or "").lower().split()
    if party.country or not words or words[-1] not in _JOINT_BODIES:
        return False
    if any(w in _SHARED for w in words) or words[-1].endswith("s") and len(words) > 1:
        return True  # "the two border commissions": one of each state
    actor = analysis.actor(party.actor_id)
    if actor is not None and not actor.id.startswith("generic"):
        return False  # a named body says whose it is in its name
    head = words[-1].rstrip("s")
    if re.search(r"\b(?:joint|bilateral|mixed)\s+(?:[\w-]+\s+){0,3}?" + re.escape(head),
                 analysis.text[:event.trigger.start], re.IGNORECASE):
        return True  # "a joint boundary commission ... the commission meets"
    if analysis.doc is None or event.trigger_token is None:
        return False
    return set(pair) <= sentence_states(analysis, analysis.doc[event.trigger_token].sent)


_SHARED = frozenset({"joint", "bilateral", "mixed", "intergovernmental"})


def _armed_in(analysis: Analysis, event: Event) -> str | None:
    """The country of an armed group named inside the source's words ("the army and PKK
    commanders"), if one is."""
    text = event.source.text if event.source is not None else None
    if not text or event.trigger_token is None:
        return None
    sent = analysis.doc[event.trigger_token].sent
    at = analysis.text.find(text, sent.start_char, sent.end_char)
    if at < 0:
        return None
    for actor in analysis.actors:
        if actor.country and (actor.kind == "group" and actor.sector not in _HOME_SECTORS
                              or actor.sector in _NON_STATE) and any(
                at <= m.start < at + len(text) for m in actor.mentions):
            return actor.country
    return None


def _first_named(analysis: Analysis, pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """The two states, the text's own state first, else in the order the text first names
    them."""
    if pair is None:
        return None
    home = text_country(analysis)
    first = {c: min((m.start for a in analysis.actors if a.country == c for m in a.mentions),
                    default=len(analysis.text)) for c in pair}
    a, b = sorted(pair, key=lambda c: (c != home, first[c]))
    return a, b


def state_party(analysis: Analysis, country: str) -> Party:
    """The state `country` as an inferred counterpart."""
    actor = next((a for a in analysis.actors if a.kind == "state" and a.country == country),
                 None)
    return Party(actor_id=actor.id if actor else None, text=actor.name if actor else None,
                 country=country, sector=actor.sector if actor else None,
                 inferred="counterpart")


def _possessed(text: str | None) -> bool:
    """ "their foreign ministers": whose, the possessive's antecedent says."""
    words = (text or "").lower().split()
    return bool(words) and words[0] in POSSESSIVES


def _says_whose(analysis: Analysis, event: Event) -> bool:
    """Whether the source's own words name a people or a state ("Indian officials")."""
    text = event.source.text if event.source is not None else None
    sent = analysis.doc[event.trigger_token].sent if event.trigger_token is not None else None
    if not text or sent is None:
        return False
    at = analysis.text.find(text, sent.start_char, sent.end_char)
    span = analysis.doc.char_span(at, at + len(text)) if at >= 0 else None
    return span is not None and any(t.ent_type_ in ("NORP", "GPE") for t in span[:-1])


def _envoys(text: str | None) -> bool:
    """ "The foreign ministers", "local commanders": plural people named by no state."""
    words = (text or "").lower().split()
    if not words or not words[-1].endswith("s"):
        return False
    head = words[-1][:-1]
    return head in _ENVOYS or head.endswith("ie") and head[:-2] + "y" in _ENVOYS


def _each_other(tok: Any) -> bool:
    """ "accused the other", "blamed each other": a reciprocal object."""
    for c in tok.children:
        if c.dep_ in OBJ and (c.lower_ in _OTHER or any(
                g.lower_ in _OTHER and g.dep_ in ("amod", "det") for g in c.children)):
            return True
    return False


# Acts between the two states of a story that the other counterpart rules leave untargeted:
# talks, deals, refusals, demands (not protests: a crowd faces its own rulers).
BETWEEN = frozenset({"CONSULT", "AGREE", "COOPERATE", "CONCEDE", "REJECT", "REQUEST"})


def fill_between(analysis: Analysis) -> None:
    """In a two-state story, a state's talks, refusals or demands with no one named face the
    other state, unless the sentence names a third state (who may be the one addressed);
    talks with no one named are the two states' own."""
    pair = two_states(analysis)
    if pair is None or analysis.doc is None:
        return
    home_war = at_war_at_home(analysis)
    armed = _armed_at_home(analysis)
    first = _first_named(analysis, pair)
    for event in analysis.events:
        source = event.source
        if source is None and event.type == "CONSULT" and event.target is None and first:
            # "the next round of talks will take place in Dushanbe": the two states' talks;
            # a state at war at home talks with its own rebels
            at_home = [c for c in first if c in armed]
            sides = (at_home[0], at_home[0]) if len(at_home) == 1 else first
            event.source = state_party(analysis, sides[0])
            event.target = state_party(analysis, sides[1])
            continue
        if event.type not in BETWEEN or source is None or source.country not in pair:
            continue
        if _party_at_home(analysis, source) or source.sector in _NON_STATE or (
                source.country in armed) or (
                source.country in home_war and not _diplomatic(analysis, source)):
            continue  # a state fighting at home may be answering its own rebels
        if event.target is not None and (event.target.country or event.target.actor_id):
            continue
        sent = analysis.doc[event.trigger_token].sent if event.trigger_token is not None else None
        if sent is None or sentence_states(analysis, sent) - set(pair):
            continue
        other = pair[1] if source.country == pair[0] else pair[0]
        event.target = state_party(analysis, other)


def sentence_states(analysis: Analysis, sent: Any) -> set[str]:
    """The countries of the states and bodies named in a sentence."""
    return {a.country for a in analysis.actors if a.country and any(
        sent.start_char <= m.start < sent.end_char for m in a.mentions)}


# Families of acts a text tells side by side with the same two sides: force and measures
# ("expelled a diplomat ... did not respond with an expulsion"), and dealings ("agreed a plan
# ... never signed the document"); a withdrawal answers either.
_NEIGHBOUR_FAMILIES = (
    frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "RETREAT"}),
    frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "CONCEDE", "RETREAT"}),
)
# Acts done for or to a place that its side does not answer: forces sent to a country,
# aid, backing ("German jets deployed to Romania" is no act Romania answers against Germany).
_ONE_WAY = frozenset({"MOBILIZE", "AID", "SUPPORT"})
# Inferences a neighbour's target may pass on (not another neighbour's, nor a guess of the
# two-state story's other side).
_PASSED_ON = frozenset({None, "place", "answered"})


def neighbours(analysis: Analysis) -> None:
    """An act told with no one it is done to takes the sides of an act of its family told
    beside it, in its own sentence or the one before: the same doer faces the same side
    ("Lithuania closed its border with Belarus ... would consider a longer closure"), and the
    side that act was done to, answering, faces its doer ("India expelled a Pakistani
    diplomat. Pakistan did not respond with an expulsion of its own"); a hedged act with no
    one named at all ("The patrols never materialised") takes both sides of a like act just
    told. Marked `inferred: "neighbour"`."""
    # states and peoples the text names: a neighbour's target country must be one of them
    states = {a.country for a in analysis.actors if a.kind == "state" and a.country}
    for event in analysis.events:
        tgt, src = event.target, event.source
        own = src.country if src is not None else None
        if tgt is not None and (tgt.country or _named(analysis, tgt) or tgt.text and (
                tgt.text.lower() not in PRONOUNS)):
            continue  # it names what it is done to ("the protest leaders"): leave it
        if src is not None and not own or src is None and event.status in (
                "asserted", "reported"):
            continue  # "Clashes broke out again": who fought whom is left open when told
        family = set().union(*(f for f in _NEIGHBOUR_FAMILIES if event.type in f))
        if not family:
            continue
        near = sorted(
            (e for e in analysis.events
             if e is not event and event.sentence - 1 <= e.sentence <= event.sentence
             and e.source is not None and e.target is not None and e.source.country
             and e.target.country and e.source.country != e.target.country
             and e.target.inferred in _PASSED_ON and e.source.inferred in _PASSED_ON
             and e.type in family and e.target.country in states
             and e.nested_in != event.id and event.nested_in != e.id),  # not "welcomed
            # the release": the act an act is about shares no sides with it
            key=lambda e: (event.sentence - e.sentence, abs(e.trigger.start - event.trigger.start)))
        for e in near:
            assert e.source is not None and e.target is not None
            if own is None:
                if not _only_states(analysis, event, {e.source.country, e.target.country}):
                    break  # "Israel struck Gaza. Sudan's army said it would consider a
                    # ceasefire": a third state named beside the act, whose act it may be
                event.source = _copied(e.source)
                event.target = _copied(e.target)
                break
            if own == e.source.country:
                event.target = _copied(e.target, tgt)
                break
            if own == e.target.country and e.type not in _ONE_WAY:
                event.target = _copied(e.source, tgt)
                break


def _only_states(analysis: Analysis, event: Event, pair: set[str | None]) -> bool:
    """Whether the sentence of `event` names one of `pair`, or no state or body at all (not
    only a third one: "Sudan's army said it would consider a ceasefire")."""
    if analysis.doc is None or event.trigger_token is None:
        return True
    named = sentence_states(analysis, analysis.doc[event.trigger_token].sent)
    return not named or bool(named & pair)


def _copied(party: Party, words: Party | None = None) -> Party:
    """A neighbour's party, keeping the event's own words for it when it has some."""
    text = words.text if words is not None and words.text else party.text
    return Party(actor_id=party.actor_id, text=text, country=party.country,
                 sector=party.sector, inferred="neighbour")


_SIDES_HEADS = frozenset({"side", "sides", "parties", "factions", "belligerents"})
_SIDES_WORDS = frozenset({"both", "all", "two", "warring", "rival", "each", "either"})


def _sides_named(analysis: Analysis, event: Event, text: str) -> bool:
    """Whether the event's target is "both sides", "all parties", "the warring factions"."""
    if analysis.doc is None or event.trigger_token is None:
        return False
    words = text.lower().split()
    if not words or words[-1] not in _SIDES_HEADS:
        return False
    if len(words) > 1:
        return any(w in _SIDES_WORDS for w in words[:-1])
    sent = analysis.doc[event.trigger_token].sent
    return any(t.lower_ == words[-1] and any(c.lower_ in _SIDES_WORDS for c in t.children)
               for t in sent)


def sides_addressed(analysis: Analysis) -> None:
    """ "urged both sides to respect the ceasefire", "called on all parties to stop": the sides
    of the fighting just told; when every act of force in that sentence and the two before is
    within one state (a war at home), that state. Marked `inferred: "neighbour"`."""
    for event in analysis.events:
        tgt = event.target
        if tgt is None or tgt.country or not tgt.text or not _sides_named(
                analysis, event, tgt.text):
            continue
        fights = {c for e in analysis.events
                  if event.sentence - 2 <= e.sentence <= event.sentence and e is not event
                  and e.type in ("ASSAULT", "COERCE", "THREATEN", "MOBILIZE")
                  for c in (e.source.country if e.source else None,
                            e.target.country if e.target else None)}
        fights.discard(None)
        if len(fights) == 1:
            tgt.country = fights.pop()
            tgt.inferred = "neighbour"


# Acts whose target may be taken, wrongly, from the doer's own belongings: a recall of "its own
# ambassador", a threat "that Afghan forces would answer", a denial "that its fighters fired".
_OWN_SIDE_TYPES = frozenset({"SANCTION", "THREATEN", "REJECT", "ACCUSE", "COERCE", "MOBILIZE"})
# What a state shuts or opens on its own ground in the face of others.
_ACCESS = frozenset({"airspace", "waters", "port", "ports", "harbour", "harbor", "border",
                     "borders", "frontier", "crossing", "crossings", "embassy", "consulate",
                     "skies", "market", "markets"})
# Nouns naming another party by its relation to the owner ("its rivals").
_OTHERS = frozenset({"rival", "rivals", "enemy", "enemies", "neighbour", "neighbours",
                     "neighbor", "neighbors", "opponent", "opponents", "foe", "foes",
                     "adversary", "adversaries", "critic", "critics", "accuser", "accusers"})
# Statements whose "that" clause names the speaker's own means, not the one addressed.
_OWN_CLAUSE_TYPES = frozenset({"THREATEN", "REJECT"})


def own_targets(analysis: Analysis) -> None:
    """An act whose target is the doer itself or its own belongings faces someone else: "It does
    not recall its own ambassador" (the state the envoy sits in), "Tehran warned that Iran would
    respond firmly" (whoever it warns), "Hamas denied that its fighters fired" (whoever said
    they did), "closed its airspace" (the state shut out). In a two-state story a state's such
    act faces the other state (`inferred: "counterpart"`), a denial or a charge whoever did
    the act it answers; else the words' own target stays. An act done to one's own people or
    towns ("shelled its own city", "arrested its own officers"), or to one's rivals ("accused
    its rivals"), is left alone."""
    if analysis.doc is None:
        return
    pair = two_states(analysis)
    for event in analysis.events:
        src, tgt = event.source, event.target
        if src is not None and src.country and tgt is None:
            hit = _possessed_object(analysis, event)
            if hit is not None:  # "fired rockets at their towns", no target resolved
                tgt = Party(actor_id=None, text=hit, country=None)
                speaking = _speaker_owns(analysis, event, tgt)
                if speaking is not None:
                    event.target = Party(actor_id=speaking.id, text=hit,
                                         country=speaking.country, sector=speaking.sector,
                                         inferred="answered")
            continue
        if src is None or tgt is None or not src.country or tgt.inferred is not None:
            continue
        speaking = _speaker_owns(analysis, event) if tgt.country in (None, src.country) else None
        if speaking is not None:
            event.target = Party(actor_id=speaking.id, text=tgt.text, country=speaking.country,
                                 sector=speaking.sector, inferred="answered")
            continue
        if event.type not in _OWN_SIDE_TYPES or tgt.country != src.country:
            continue
        if not _own_target(analysis, event):
            continue
        if event.type in REACTIONS:
            # a denial or a charge answers whoever did or said what it answers, at home or
            # abroad; when no one is found, the words' own target stays
            other = _answered_side(analysis, event, True)
            if other is not None and other.country != src.country:
                event.target = Party(actor_id=other.actor_id, text=other.text,
                                     country=other.country, sector=other.sector,
                                     inferred="answered")
        elif pair is not None and src.country in pair and state_side(analysis, src):
            event.target = state_party(analysis, pair[1] if src.country == pair[0] else pair[0])


def _own_target(analysis: Analysis, event: Event) -> bool:
    src, tgt = event.source, event.target
    assert src is not None and tgt is not None
    words = (tgt.text or "").lower().split()
    # "its"/"their" stand for the doer; "our" for a speaker who may be the one done to ("they
    # did not enter our airspace"), unless the doer is that "we"
    first_person = (src.text or "").lower() in ("we", "i")
    owned = bool(words) and (words[0] in ("its", "their") or words[0] == "our" and first_person)
    if owned and words[-1] in _OTHERS:
        return False  # "its rivals", "their neighbours": another party, named by relation
    if owned and event.type in ("SANCTION", "THREATEN", "REJECT", "ACCUSE"):
        return True  # "recalled its ambassador", "denied that its soldiers fired"
    if owned and event.type in ("COERCE", "MOBILIZE") and words[-1] in _ACCESS:
        return True  # "closed its airspace", "reinforced its border"
    if event.type in _OWN_CLAUSE_TYPES and event.trigger_token is not None:
        tok = _party_token(analysis, event, tgt)
        trig = analysis.doc[event.trigger_token] if analysis.doc is not None else None
        if tok is not None and trig is not None and tok.dep_ in ("nsubj", "nsubjpass") and (
                tok.head.dep_ == "ccomp" and tok.head.head.i == trig.i) and (
                state_side(analysis, tgt) or tgt.sector in STATE_SECTORS):
            return True  # "warned that Afghan forces would answer": its own forces
    return False


def _party_token(analysis: Analysis, event: Event, party: Party) -> Any | None:
    """The head word of a party's words in the event's sentence."""
    if analysis.doc is None or event.trigger_token is None or not party.text:
        return None
    sent = analysis.doc[event.trigger_token].sent
    for m in re.finditer(rf"(?<!\w){re.escape(party.text)}(?!\w)", sent.text):
        span = analysis.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end())
        if span is not None:
            return span.root
    return None


# Prepositions of a place an act is done in.
_WHERE = frozenset({"in", "at", "inside", "near", "across", "throughout", "around", "outside",
                    "within", "from", "on", "along"})
# Envoys by whom a state is addressed: an act on them is an act on their state.
_ADDRESSED_ENVOYS = frozenset({"ambassador", "envoy", "chargé", "charge", "diplomat",
                               "embassy", "consul", "attaché", "attache"})


def foreign_organs(analysis: Analysis) -> None:
    """An organ named by no state ("the foreign ministry", "the army") whose country was only
    guessed (from the place, from the state the text names most) is not the state it acts on:
    "the foreign ministry sent a note to Managua", "the ministry summoned the Russian
    ambassador" are another state's. In a two-state story it is the other state's (`inferred:
    "counterpart"`); else the guess is left to later steps."""
    if analysis.doc is None:
        return
    pair = two_states(analysis)
    for event in analysis.events:
        src, tgt = event.source, event.target
        if src is None or tgt is None or not tgt.country or tgt.inferred is not None:
            continue
        if src.country is not None and src.country != tgt.country:
            continue
        if pair is None or tgt.country not in pair:
            continue  # (with no second state to give, a guess is left for later steps)
        if _named(analysis, src) or not state_side(analysis, src) or _says_whose(
                analysis, event):
            continue
        if not _addressed_state(analysis, tgt):
            continue
        tok = _party_token(analysis, event, tgt)
        if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in _WHERE:
            continue  # "arrested three men in Managua": where it was done, no one addressed
        if tok is not None and tok.dep_ == "pobj" and event.type in ("MOBILIZE", "RETREAT") \
                and tok.head.lower_ in ("to", "into", "toward", "towards"):
            continue  # "the army moved a battalion to Surin": where it went, no one addressed
        if tok is not None and tok.dep_ == "pobj" and event.type in ("MOBILIZE", "RETREAT") \
                and tok.head.lower_ == "of" and tok.head.i > 0 \
                and tok.doc[tok.head.i - 1].lower_ == "out":
            continue  # "pulled its last company out of Dori": where it left, no one addressed
        own = _party_token(analysis, event, src)
        if own is not None and any(c.dep_ == "prep" and c.lower_ in ("in", "of", "from")
                                   for c in own.children):
            continue  # "the authorities in Tiraspol": a place says whose they are
        event.source = Party(actor_id=src.actor_id, text=src.text,
                             country=pair[1] if tgt.country == pair[0] else pair[0],
                             sector=src.sector, inferred="counterpart")


def _addressed_state(analysis: Analysis, party: Party) -> bool:
    """A state named as such ("Managua", "Russia") or its envoys ("the Russian ambassador")."""
    actor = analysis.actor(party.actor_id)
    words = (party.text or "").lower().split()
    if not words:
        return False
    if words[-1] in _ADDRESSED_ENVOYS:
        return True
    # the state's own name, not people found on its ground ("three men" in Managua)
    return actor is not None and actor.kind == "state" and (party.text or "")[:1].isupper() \
        and words[0] not in POSSESSIVES


# Verbs of telling that put an act in the speaker's words.
_TELLING = frozenset({"say", "claim", "report", "allege", "tell", "accuse", "charge", "state",
                      "announce", "complain", "insist"})


def _possessed_object(analysis: Analysis, event: Event) -> str | None:
    """The words of a harm's object owned by "its" or "their" ("fired on their posts",
    "attacked its patrol"), if it has one."""
    if analysis.doc is None or event.trigger_token is None:
        return None
    verb = analysis.doc[event.trigger_token]
    objs = [c for c in verb.children if c.dep_ in OBJ]
    objs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in (
        "on", "at", "against", "upon") for g in c.children if g.dep_ == "pobj"]
    for o in objs:
        poss = next((c for c in o.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ in ("its", "their") and not any(
                c.lower_ == "own" for c in o.children):
            return str(analysis.doc[poss.i : o.i + 1].text)
    return None


def _speaker_owns(analysis: Analysis, event: Event, tgt: Party | None = None) -> Any | None:
    """ "The Indian army said Pakistani troops fired on its posts": a harm done to "its" or
    "their" things, told in the words of a speaker of another state, is done to the speaker's
    (one harms one's "own" things, not one's "its"). The speaker's actor, or None."""
    src, tgt = event.source, tgt or event.target
    if event.type not in ("ASSAULT", "COERCE") or analysis.doc is None or src is None or (
            tgt is None or event.trigger_token is None):
        return None
    words = (tgt.text or "").lower().split()
    if len(words) < 2 or words[0] not in ("its", "their") or words[1] == "own":
        return None
    verb = analysis.doc[event.trigger_token]
    for _ in range(3):
        if verb.dep_ not in ("ccomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.lemma_.lower() in _TELLING:
            break
    else:
        return None
    if verb.lemma_.lower() not in _TELLING:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    actor = None
    for t in sorted(phrase_tokens(subj), key=lambda t: abs(t.i - subj.i)):
        actor = analysis.actor_at(t.idx, t.idx + len(t.text))
        if actor is not None and actor.country:
            break
    if actor is None or not actor.country or actor.country == src.country:
        return None
    return actor


# Craft that carry a flag: a harm or a seizure done to one is done to its flag state.
_VESSELS = frozenset({"ship", "vessel", "tanker", "trawler", "freighter", "ferry", "dhow",
                      "yacht", "boat", "carrier", "skiff", "barge", "supertanker", "cutter",
                      "schooner"})


def vessel_flags(analysis: Analysis) -> None:
    """A ship named once with its flag ("the British-flagged tanker Marlow Spirit", "a Kenyan
    fishing dhow", "the Russian-registered trawler Kapitan Larin") carries it wherever it is
    boarded or hit: a harm or a seizure of "the Marlow Spirit" or "the trawler" with no
    country of its own words, or only the country of the waters it was in, is done to the
    flag state. Not a ship's own crew acting, and never a name two flags are given to."""
    if analysis.doc is None:
        return
    by_name: dict[str, set[str]] = {}
    by_noun: dict[str, set[str]] = {}
    for t in analysis.doc:
        if not t.text.islower() or t.pos_ in ("VERB", "AUX") or (
                t.lower_ not in _VESSELS and t.lemma_.lower() not in _VESSELS):
            continue  # (the tagger may take "trawler Kapitan Larin" for one name)
        flag = _flag_of(analysis, t)
        if flag is None:
            continue
        by_noun.setdefault(t.lower_.rstrip("s") if t.lower_ not in _VESSELS else t.lower_,
                           set()).add(flag)
        name = _vessel_name(t)
        if name:
            by_name.setdefault(name, set()).add(flag)
    if not by_noun:
        return
    for event in analysis.events:
        if event.type not in ("ASSAULT", "COERCE", "THREATEN") or event.trigger_token is None:
            continue
        tgt = event.target
        text = tgt.text if tgt is not None and tgt.text else _vessel_patient(analysis, event)
        actor = analysis.actor(tgt.actor_id) if tgt is not None else None
        if actor is not None and tgt is not None and tgt.country and (
                actor.kind == "state" or actor.id.startswith("generic")):
            continue  # named by its own words ("the Iranian tanker")
        # a ship's name, made an actor of its own, has no country but its flag
        named = actor is not None and tgt is not None and tgt.country is not None
        flag = _flag_named(text, by_name, {} if named else by_noun)
        if flag is None or event.source is not None and event.source.country == flag:
            continue
        if tgt is None:
            event.target = Party(actor_id=None, text=text, country=flag, inferred="place")
        else:
            tgt.country, tgt.inferred = flag, "place"


def _flag_of(analysis: Analysis, tok: Any) -> str | None:
    """The state a ship's own words give it: "British-flagged", "Kenyan", "of Panama"."""
    for t in sorted((w for w in tok.subtree if w.i < tok.i), key=lambda w: tok.i - w.i):
        actor = analysis.actor_at(t.idx, t.idx + len(t.text))
        if actor is not None and actor.kind == "state" and actor.country:
            return actor.country
    return None


def _vessel_name(tok: Any) -> str:
    """The name written after a ship's noun ("tanker Marlow Spirit")."""
    words = []
    for t in tok.doc[tok.i + 1 : tok.i + 5]:
        if t.pos_ != "PROPN" or not t.text[:1].isupper():
            break
        words.append(t.text)
    return " ".join(words)


def _vessel_patient(analysis: Analysis, event: Event) -> str | None:
    """The words of a harm's object, or passive subject, that is a ship ("the trawler was
    arrested", "boarded the dhow")."""
    if analysis.doc is None or event.trigger_token is None:
        return None
    verb = analysis.doc[event.trigger_token]
    for c in verb.children:
        cands = [c] if c.dep_ in OBJ | {"nsubjpass"} else [
            g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in (
            "on", "at", "against", "upon", "aboard") else []
        for g in cands:
            if g.lemma_.lower() in _VESSELS or g.pos_ == "PROPN":
                return str(analysis.doc[g.left_edge.i : g.i + 1].text)
    return None


def _flag_named(text: str | None, by_name: dict[str, set[str]],
                by_noun: dict[str, set[str]]) -> str | None:
    if not text:
        return None
    for name, flags in by_name.items():
        if len(flags) == 1 and (name in text or len(text) > 3 and text in name and (
                text[:1].isupper())):
            return next(iter(flags))
    words = text.lower().split()
    head = words[-1] if words else ""
    head = head[:-1] if head.endswith("s") and head[:-1] in _VESSELS else head
    kinds = by_noun.get(head)
    if kinds and len(kinds) == 1 and head in _VESSELS:
        return next(iter(kinds))
    return None
