"""Acts that answer by undoing or pursuing another side's act: a vow to track down the
doers, a retaking, a penalty on those blamed, troops sent to the place of an attack, a
release of the people held, a clearing of what was blocked."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from warpath.document import Analysis, Event
from warpath.provenance.responses.earlier import (
    act_of_toll,
    first_telling,
    is_mention,
    joined_head,
    match_earlier,
)
from warpath.provenance.responses.links import (
    add_link,
    country_of,
    same_doer,
    stated_act_before,
    trigger_lemma,
    unnamed_doers,
)
from warpath.provenance.responses.sequence import incident_start
from warpath.provenance.responses.syntax import Token, pronoun_referent
from warpath.provenance.responses.timeline import (
    habitual,
    latest_act,
    long_before,
    sharing_negation,
    time_order,
)
from warpath.provenance.responses.words import (
    BLAME_VERBS,
    COMMIT_VERBS,
    DEFEND_VERBS,
    DEFINITE,
    DEPLOY_NOUNS,
    DEPLOY_VERBS,
    DOER_NOUNS,
    FAR_LOOKBACK,
    GUARD_LOOKBACK,
    GUARD_NEAR,
    HELP_NOUNS,
    HOLD_VERBS,
    LATER,
    LOOKBACK,
    MATERIAL,
    NOUN_TYPES,
    REACH_VERBS,
    RELEASE_FAR,
    RELEASE_NOUNS,
    RELEASE_REACH,
    RELEASE_VERBS,
    RETAKE_VERBS,
    SAME_ACTS,
    SEND_VERBS,
    SEQUENCE_LOOKBACK,
    TAKE_VERBS,
    UNDO_VERBS,
)


def link_pursuits(analysis: Analysis) -> None:
    """"vowed to track down those responsible", "would pursue the attackers": a vow, a plan
    or a request aimed at the doers of an act answers the latest act told before (in a live
    blog newest first, the latest of the older entries), one whose verb their name comes
    from first ("the attackers": an attack)."""
    doc = analysis.doc
    order = time_order(analysis)
    denied = sharing_negation(analysis)
    for a in analysis.events:
        if a.responds_to or a.trigger_token is None or a.status == "negated":
            continue
        verb: Token | None = doc[a.trigger_token]
        assert verb is not None
        if verb.dep_ == "aux" and verb.head.pos_ == "VERB":
            verb = verb.head  # "would pursue": the modal stands for its verb
        deps: tuple[str, ...] = ("xcomp", "dobj", "prt", "prep", "pobj", "ccomp", "amod")
        acted = a.type in MATERIAL | {"MOBILIZE"} and a.status in ("asserted", "reported")
        if acted:
            # "exchanged fire with the attackers" fights them, it does not vow to; but police
            # that drove out "to track down the gunmen" go after them: a purpose clause whose
            # verb is one of pursuit ("to reinforce the attackers" helps them instead)
            verb = _purpose(verb)
            deps = ("prep", "pobj", "dobj", "prt", "amod")
            if verb is None or verb.lemma_.lower() not in PURSUIT_VERBS:
                continue
        doers = [t for t in verb.subtree if _names_doers(t) and t.sent == verb.sent
                 and all(x.i == verb.i or x.dep_ in deps
                         for x in [t, *t.ancestors] if verb.is_ancestor(x))]
        if not doers:
            continue
        aim = next((x for x in doers[0].ancestors if x.pos_ == "VERB"), None)
        if aim is None or aim.lemma_.lower() not in PURSUIT_VERBS | PUNISH_VERBS:
            continue  # "sent fighters to reinforce the attackers": help, not pursuit
        stem = DOER_NOUNS.get(doers[0].lemma_.lower())
        b = latest_act(analysis, a, order, {stem} if stem else set(), denied)
        if b is not None and not _same_side(a, b):
            add_link(a, b, named=True)


def _same_side(a: Event, b: Event) -> bool:
    """Whether the pursuer of `a` is the doer of `b`: the same actor when both are resolved,
    else a word of the doer's name shared ("the militants … the militants sent"). One
    country is not enough: troops go after rebels of their own country."""
    x, y = a.source, b.source
    if x is None or y is None:
        return False
    if x.actor_id is not None and y.actor_id is not None:
        return x.actor_id == y.actor_id
    words = {w.strip(".,'’s").lower() for w in (x.text or "").split()} - {"the", "a", "its",
                                                                         "their", ""}
    return bool(words & {w.strip(".,'’s").lower() for w in (y.text or "").split()})


# Verbs of going after people: a purpose clause with one of them aims an act at the doers.
PURSUIT_VERBS = frozenset({"hunt", "pursue", "track", "chase", "search", "catch", "arrest",
                           "find", "capture", "apprehend", "trace", "flush", "corner", "seek",
                           "intercept", "detain", "locate", "comb"})
# Verbs of dealing out a penalty or force to the doers: a vow with one aims at them.
PUNISH_VERBS = frozenset({"punish", "prosecute", "bring", "hold", "avenge", "kill", "crush",
                          "eliminate", "neutralise", "neutralize", "defeat", "try", "deal",
                          "go", "retaliate", "strike", "target", "expose", "identify", "jail",
                          "sentence", "charge", "pay", "smoke", "root", "wipe"})


def _purpose(verb: Token) -> Token | None:
    """The verb of a purpose clause ("drove out to search for the gunmen": search; "sent two
    boats to track down …", read as said of the boats: track)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return next((c for h in heads for c in h.children
                 if c.dep_ in (("advcl", "xcomp") if h is verb else ("acl", "relcl"))
                 and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)), None)


def link_doers_hit(analysis: Analysis) -> None:
    """"gunships killed a score of the raiders as they fled", "police shot two of the
    attackers": force used on people named as the doers of an act answers the latest
    act told before (in the order of time), one whose verb their name comes from first."""
    doc = analysis.doc
    order = time_order(analysis)
    denied = sharing_negation(analysis)
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.type not in MATERIAL
                or a.status not in ("asserted", "reported")):
            continue
        verb = doc[a.trigger_token]
        hit = [o for o in _acted_on(verb) if o.pos_ == "NOUN" and (
            o.lemma_.lower() in DOER_NOUNS and o.lemma_.lower() not in NOT_ALWAYS_DOERS
            or _held_responsible(o))]
        if not hit:
            b = _group_act(analysis, a, order, denied)
            if b is None:
                continue
            # the incident's first telling ("stormed a base …" before "claimed its fighters
            # had killed dozens")
            b = act_of_toll(analysis, first_telling(analysis, incident_start(analysis, b),
                                                    {a.id}))
            for x in (a, _joined_head_act(analysis, a)):
                if x is not None and not x.responds_to:
                    add_link(x, b, named=True)
            continue
        stem = DOER_NOUNS.get(hit[0].lemma_.lower())
        stems = {stem, *SAME_ACTS.get(stem, ())} if stem else set()  # "assailants": an ambush
        b = latest_act(analysis, a, order, stems, denied)
        if b is not None and _state_kin(a, b):
            # (the army's own strike told between: not the act of "the attackers")
            b = latest_act(analysis, a, order, stems, denied | _state_kin_acts(analysis, a))
        if b is not None and not (same_doer(a, b, country_of(a, "source"))
                                  and not _country_guessed(b) and not _no_actor(b)):
            # "killed 14 villagers and wounded nine": the killing, which stands for the whole;
            # "the attackers fired from the hills": the incident's first telling
            add_link(a, joined_head(analysis, act_of_toll(analysis, first_telling(
                analysis, incident_start(analysis, b), {a.id}))), named=True)


def _no_actor(b: Event) -> bool:
    """Whether the doers of `b` are named by no actor and their country is only guessed
    ("the attackers fired from the hills"): no side of their own to be the pursuer's."""
    return b.source is not None and b.source.actor_id is None and b.source.inferred is not None


def _state_kin(a: Event, b: Event) -> bool:
    """Whether `b` is done by a state's organ of the country of `a`'s doers."""
    return b.source is not None and b.source.sector in STATE_SECTORS and \
        b.source.country is not None and b.source.country == country_of(a, "source")


def _state_kin_acts(analysis: Analysis, a: Event) -> set[str]:
    return {b.id for b in analysis.events if _state_kin(a, b)}


def _held_responsible(noun: Token) -> bool:
    """"engaged the militants responsible", "hunted down the men responsible for it": people
    named as the doers of an act by "responsible" after them."""
    return any(c.dep_ == "amod" and c.lower_ == "responsible" and c.i > noun.i
               for c in noun.children)


def _country_guessed(b: Event) -> bool:
    """Whether the doers of `b` are named by no actor and their country is only the place
    they struck ("Bandits killed nine farmers in Zamfara"): soldiers of that country who
    chase them are another side."""
    return b.source is not None and b.source.actor_id is None and \
        b.source.inferred == "place"


# Sectors of a state's organs, and of armed groups that are no state's.
STATE_SECTORS = frozenset({"MIL", "COP", "GOV"})
GROUP_SECTORS = frozenset({"REB"})


def _state_side(analysis: Analysis, e: Event) -> bool:
    """Whether `e` is done by a state or one of its organs (army, police, government)."""
    p = e.source
    if p is None or p.actor_id is None:
        return False
    if p.sector in STATE_SECTORS:
        return True
    return any(x.id == p.actor_id and x.kind == "state" for x in analysis.actors)


def _group_act(analysis: Analysis, a: Event, order: dict[int, float],
               denied: set[str]) -> Event | None:
    """"Militiamen stormed two villages … Soldiers killed seven militiamen the next day": force
    a state's side turns on an armed group answers that group's latest act told before (the
    latest by date, at its first telling): the act of the very actor hit, else of an armed
    group of the same country when the one hit is named only by its kind ("militiamen")."""
    t = a.target
    if t is None or t.actor_id is None or t.sector not in GROUP_SECTORS \
            or not _state_side(analysis, a):
        return None
    here = order.get(a.sentence, a.sentence)
    best: tuple[tuple[dt.date, float], Event] | None = None
    for b in analysis.events:
        s = b.source
        there = order.get(b.sentence, b.sentence)
        if (s is None or b.id == a.id or b.type not in MATERIAL or there > here
                or here - there > LOOKBACK or b.id in denied
                or (b.sentence == a.sentence and b.trigger.start >= a.trigger.start)
                or b.embedding == "nested" or b.status not in ("asserted", "reported")
                or is_mention(analysis, b) or long_before(b, a) or habitual(analysis, b)
                or (b.date is not None and a.date is not None and b.date.start > a.date.end)):
            continue
        if not (s.actor_id == t.actor_id or s.sector in GROUP_SECTORS
                and t.actor_id.startswith("generic-") and t.country is not None
                and s.country == t.country):
            continue  # another group's act, or a group of another country
        if same_doer(a, b, country_of(a, "source")) and s.actor_id != t.actor_id:
            continue
        key = (b.date.end if b.date is not None else dt.date.min, -there)
        if best is None or key > best[0]:
            best = (key, b)
    return best[1] if best is not None else None


def _joined_head_act(analysis: Analysis, a: Event) -> Event | None:
    """The act of the same doer whose verb `a`'s verb is joined to ("pushed into the forest
    and killed seven militiamen": the push), one operation with it."""
    tok = analysis.doc[a.trigger_token] if a.trigger_token is not None else None
    if tok is None or tok.dep_ != "conj":
        return None
    who = a.source.actor_id if a.source else None
    return next((e for e in analysis.events if e.trigger_token == tok.head.i
                 and e.type in MATERIAL | {"MOBILIZE"} and e.status == a.status
                 and e.source is not None and e.source.actor_id == who), None)


# Doer nouns that also name people or craft not yet seen to act ("a gunman", "a bomber").
NOT_ALWAYS_DOERS = frozenset({"gunman", "bomber"})


# Verbs of force met on both sides, whose other side is told after "with": "clashed with the
# raiders", "fought with the attackers" (not "exchanged fire with the attackers": guards who
# fire back during the raid are told as part of it).
MEET_VERBS = frozenset({"clash", "fight", "battle", "skirmish"})
# Verbs of motion that "after" turns into a pursuit: "went after the raiders".
CHASE_VERBS = frozenset({"go", "come", "chase", "run", "set", "head", "ride", "drive"})


def _acted_on(verb: Token) -> list[Token]:
    """What an act of force is done to: its object, the object of "on"/"against", and the
    noun of a partitive ("dozens of assailants", "two of the attackers")."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    out += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
            for o in p.children if o.dep_ == "pobj"]
    if verb.lemma_.lower() in MEET_VERBS:  # "clashed with the retreating raiders"
        out += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj"]
    if verb.lemma_.lower() in CHASE_VERBS:  # "went after the raiders", "set off after them"
        out += [o for p in verb.children if p.dep_ in ("prep", "prt") and p.lower_ == "after"
                for o in p.children if o.dep_ == "pobj"]
    for o in list(out):
        out += [x for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for x in p.children if x.dep_ == "pobj"]
    return out


def link_defences(analysis: Analysis) -> None:
    """"The militia vowed to defend Tawila": a vow or a plan to defend a place answers the
    latest act of force told before at that place (a bare toll leads to its act)."""
    doc = analysis.doc
    for a in analysis.events:
        if a.responds_to or a.trigger_token is None or a.status == "negated" or (
                a.type in MATERIAL and a.status in ("asserted", "reported")):
            continue
        verb = doc[a.trigger_token]
        if verb.lemma_.lower() not in COMMIT_VERBS:
            continue
        places = {t.text for x in verb.children if x.dep_ == "xcomp"
                  and x.lemma_.lower() in DEFEND_VERBS for o in x.children if o.dep_ == "dobj"
                  for t in o.subtree if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")}
        if not places:
            continue
        best: Event | None = None
        for b in analysis.events:
            if not stated_act_before(a, b, LOOKBACK):
                continue
            where = {b.location.name} if b.location and b.location.name else set()
            told = analysis.sentences[b.sentence].text if 0 <= b.sentence < len(
                analysis.sentences) else ""
            if places & where or any(p in told for p in places):
                best = b
        if best is not None:
            add_link(a, act_of_toll(analysis, first_telling(analysis, best, {a.id})))


def _names_doers(tok: Token) -> bool:
    """"the attackers", "the perpetrators", "those responsible"."""
    lemma = tok.lemma_.lower()
    if lemma in DOER_NOUNS and tok.pos_ == "NOUN":
        return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)
    return lemma == "responsible" and (tok.head.lower_ in ("those", "whoever")
                                       or any(c.lower_ == "those" for c in tok.children))


def link_retakings(analysis: Analysis) -> None:
    """"security forces had retaken the district administration building": taking back what
    was taken answers the latest hostile act of another side told before (in a live blog
    newest first, the latest of the older entries)."""
    doc = analysis.doc
    order = time_order(analysis)
    denied = sharing_negation(analysis)
    for a in analysis.events:
        if (a.responds_to or a.status not in ("asserted", "reported")
                or trigger_lemma(doc, a) not in RETAKE_VERBS):
            continue
        b = latest_act(analysis, a, order, TAKE_VERBS, denied, other_side=True,
                        reach=LOOKBACK + FAR_LOOKBACK)
        if b is not None:
            add_link(a, b, named=True)


def link_punishments(analysis: Analysis) -> None:
    """"froze the assets of three officials whom it blamed for the detention": a penalty on
    those its object holds to account for an act answers that act."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.type not in ("SANCTION", "COERCE")
                or a.status not in ("asserted", "reported")):
            continue
        verb = doc[a.trigger_token]
        # (a parser may hang "it considers responsible for …" on the verb itself)
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "ccomp")):
            for t in obj.subtree:
                if t.dep_ not in ("relcl", "ccomp") or not (
                        t.lemma_.lower() in BLAME_VERBS and t.dep_ == "relcl"
                        or _held_to_account(t)):
                    continue
                # "whom it blamed for …", "it holds responsible for …" (on the adjective)
                heads = [t, *(c for c in t.children if c.lower_ in ACCOUNTABLE)]
                acts = [o for h in heads for p in h.children
                        if p.dep_ == "prep" and p.lower_ == "for"
                        for o in p.children if o.dep_ == "pobj"
                        and NOUN_TYPES.get(o.lemma_.lower()) is not None
                        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in o.children)]
                for noun in acts[:1]:
                    for b in match_earlier(analysis, a, noun, {a.id}, same_side=True):
                        add_link(a, b)
            if a.responds_to:
                break


ACCOUNTABLE = frozenset({"responsible", "accountable", "culpable", "liable"})


def _held_to_account(verb: Token) -> bool:
    """"holds responsible", "deems accountable": a verb whose complement lays the blame."""
    return verb.lemma_.lower() in ("hold", "deem", "consider", "find") and any(
        c.lower_ in ACCOUNTABLE for c in verb.children)


def link_reinforcements(analysis: Analysis) -> None:
    """"had sent an additional company of troops … to Macomia to help clear the town":
    troops sent to a place answer the first hostile act told there before (in the order of
    time: in a live blog newest first, the older entries), the incident that drew them."""
    doc = analysis.doc
    order = time_order(analysis)
    denied = sharing_negation(analysis)
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.type not in ("MOBILIZE", "AID")
                or a.status in ("negated", "hypothetical")):
            continue
        places = _sent_to(doc[a.trigger_token])
        if not places:
            continue
        here = order.get(a.sentence, a.sentence)
        best: tuple[float, Event] | None = None
        for b in analysis.events:
            there = order.get(b.sentence, b.sentence)
            if (b.id == a.id or there > here or b.type not in MATERIAL or b.id in denied
                    or (b.sentence == a.sentence and b.trigger.start >= a.trigger.start)
                    or b.embedding == "nested" or long_before(b, a)
                    or b.status not in ("asserted", "reported") or is_mention(analysis, b)):
                continue
            where = (b.location.name or "").lower().split() if b.location else []
            sent = analysis.sentences[b.sentence].text.lower() \
                if 0 <= b.sentence < len(analysis.sentences) else ""
            if not any(p in where or re.search(rf"\b{re.escape(p)}\b", sent) for p in places):
                continue
            if best is None or there < best[0]:
                best = (there, b)
        if best is not None:
            add_link(a, incident_start(analysis, best[1]), named=True)


def _sent_to(tok: Token) -> set[str]:
    """The names of the place forces are sent to or arrive at: "sent troops to Kwamouth",
    "sent reinforcements to Kwamouth" (the noun, object of the verb of sending, with the
    place on either), "Rwandan troops arrived in Namoto" (a verb of arriving)."""
    heads = [tok]
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in SEND_VERBS:
        heads = [tok.head, tok]
    elif tok.lemma_.lower() == "reach" and tok.pos_ == "VERB":
        # "a patrol reached Tidermene the following morning": the place is the object
        return {t.lower_ for o in tok.children if o.dep_ == "dobj" for t in o.subtree
                if t.pos_ == "PROPN" and t.lower_ not in CALENDAR}
    elif tok.lemma_.lower() not in SEND_VERBS | REACH_VERBS or tok.pos_ != "VERB":
        return set()
    preps = ("to", "into", "in", "at") if heads[0].lemma_.lower() in REACH_VERBS else ("to",)
    return {t.lower_ for h in heads for c in h.children
            if c.dep_ in ("prep", "dative") and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj" for t in o.subtree
            if (t.pos_ == "PROPN" or t.i == o.i and t.text[:1].isupper())
            and t.lower_ not in CALENDAR}  # a rare name may be read as a verb


# Names of days and months: "arrived in June" names no place.
CALENDAR = frozenset(n.lower() for n in (*calendar.day_name, *calendar.month_name) if n)


def link_guards(analysis: Analysis) -> None:
    """"Some 200 Kenyan soldiers have been stationed along the river since Monday", "the
    district asked for helicopter support": forces sent or help asked by a side after an act
    of force against it (or on its soil) answer the latest such act told before (three
    sentences back at most, unless the act's place is named again), in the order of time,
    unless that act is dated well before or after or the sentence gives another reason."""
    doc = analysis.doc
    order = time_order(analysis)
    denied = sharing_negation(analysis)
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.type not in ("MOBILIZE", "REQUEST")
                or a.status not in ("asserted", "reported") or a.source is None
                or a.source.country is None or a.embedding == "background"):
            continue  # a build-up told as background is no answer
        tok = doc[a.trigger_token]
        if a.type == "MOBILIZE" and not (
                tok.lemma_.lower() in DEPLOY_VERBS and tok.pos_ == "VERB"
                or tok.lemma_.lower() in DEPLOY_NOUNS
                or tok.dep_ == "dobj" and tok.head.lemma_.lower() in DEPLOY_VERBS):
            continue
        if a.type == "REQUEST" and not any(t.lemma_.lower() in HELP_NOUNS and t.pos_ == "NOUN"
                                           for t in tok.subtree):
            continue
        if _other_purpose(analysis, a):
            continue  # "for a joint exercise", "under a plan to train police": no answer
        src = a.source.country
        told = analysis.sentences[a.sentence].text.lower() \
            if 0 <= a.sentence < len(analysis.sentences) else ""
        here = order.get(a.sentence, a.sentence)
        best: tuple[float, Event] | None = None
        for b in analysis.events:
            there = order.get(b.sentence, b.sentence)
            place = (b.location.name or "").lower() if b.location else ""
            reach = GUARD_LOOKBACK if place and re.search(
                rf"\b{re.escape(place)}\b", told) else GUARD_NEAR
            if (b.id == a.id or b.type not in MATERIAL or there > here
                    or here - there > reach or b.id in denied
                    or (b.sentence == a.sentence and b.trigger.start >= a.trigger.start)
                    or b.embedding == "nested" or b.status not in ("asserted", "reported")
                    or is_mention(analysis, b) or long_before(b, a)
                    or (b.date is not None and a.date is not None
                        and b.date.start > a.date.start)):
                continue  # forces in place since before the act did not answer it
            on_soil = b.location is not None and b.location.country == src
            hit = country_of(b, "target") == src
            doer = None if unnamed_doers(b) else country_of(b, "source")
            if not (on_soil or hit) or doer is not None and same_doer(a, b, src) \
                    or doer == src or doer is None and not (hit and b.type == "ASSAULT"):
                continue  # an act by another country than the one on guard, or an attack
                # by doers nobody names on its own forces or people ("gunmen raided two posts")
            key = 1000.0 * on_soil + there + 0.001 * b.trigger.start  # its own ground first
            if best is None or key > best[0]:
                best = (key, b)
        if best is not None:
            add_link(a, first_telling(analysis, best[1], {a.id}), named=True)


# What a deployment is said to be for when it is no answer: "for a joint exercise", "as
# part of a plan", "long planned", "routine".
OTHER_PURPOSE = re.compile(
    r"\b(?:as\s+(?:a\s+)?part\s+of|under\s+(?:a|an|the)\s+(?:\w+\s+){0,3}(?:plan|programme"
    r"|program|agreement|accord|deal|rotation)"
    r"|(?:for|in)\s+(?:a|an|the|their|its|annual|joint|\w+)?\s*(?:\w+\s+){0,2}"
    r"(?:exercises?|drills?|manoeuvres?|maneuvers?|training|parade|ceremony|rotation|elections?)"
    r"|(?:long-?|pre-?|already\s+|previously\s+)planned|planned\s+(?:last|months|weeks|since)"
    r"|scheduled|routine)\b", re.IGNORECASE)


def _other_purpose(analysis: Analysis, a: Event) -> bool:
    """Whether the sentence of a deployment states another reason for it than an act just
    told: "sent 300 soldiers to the border for a joint exercise planned last year"."""
    if not 0 <= a.sentence < len(analysis.sentences):
        return False
    return bool(OTHER_PURPOSE.search(analysis.sentences[a.sentence].text))


def link_releases(analysis: Analysis) -> None:
    """"An officer had been detained … The officer was freed four days later": freeing
    people answers the latest capture of people named by the same noun; else, told just
    after an accord ("signed a peace accord … freed 14 hostages the following day"), the
    accord."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.status not in ("asserted", "reported")
                or not _releases(doc[a.trigger_token])):
            continue
        who = _freed(doc[a.trigger_token])
        best: Event | None = None
        captures: list[tuple[Event, str]] = []
        for b in analysis.events:
            if (b.id == a.id or b.trigger.start >= a.trigger.start or b.trigger_token is None
                    or b.type != "COERCE" or b.sentence < a.sentence - LOOKBACK
                    or b.status not in ("asserted", "reported")):
                continue
            held = _held(doc[b.trigger_token])
            if who and held and who == held:
                best = b
            if held and trigger_lemma(doc, b) in HOLD_VERBS:
                captures.append((b, held))
        if best is None and who in BACK_PRONOUNS and captures:
            # "they were let go": the people of the latest capture; a capture of "both of
            # them" tells again the one before it that names the people
            best, held = captures[-1]
            for b, earlier in reversed(captures[:-1]):
                if held not in BACK_PRONOUNS:
                    break
                best, held = b, earlier
        if best is None and 0 <= a.sentence < len(analysis.sentences) and \
                LATER.search(analysis.sentences[a.sentence].text):
            for b in analysis.events:
                if (b.id != a.id and b.trigger.start < a.trigger.start
                        and b.sentence >= a.sentence - SEQUENCE_LOOKBACK
                        and b.status in ("asserted", "reported")
                        and (b.type == "AGREE" or trigger_lemma(doc, b) == "sign")):
                    best = b
        if best is not None:
            add_link(a, best)
        asked = _release_demand(analysis, a)
        if asked is not None:  # "demanded the release of the herders" … "seven were freed"
            add_link(a, asked)


def _asks_release(doc: Any, e: Event) -> bool:
    """A demand or request whose content is the release of people: "demanded the immediate
    release of the herders", "asked for their return", "urged Minsk to free the crew"."""
    return _release_asked(doc, e) is not None


def _release_asked(doc: Any, e: Event) -> Token | None:
    """The word of a demand that asks for a release: the noun "release" / "return" or the
    verb "free" whose content it is."""
    if e.type not in ("REQUEST", "ACCUSE", "THREATEN") or e.trigger_token is None:
        return None
    verb = doc[e.trigger_token]
    return next((t for t in verb.subtree if t.i != verb.i and (
        t.lemma_.lower() in RELEASE_NOUNS and t.pos_ == "NOUN"
        or t.lemma_.lower() in RELEASE_VERBS and t.dep_ in ("xcomp", "ccomp"))), None)


def _people(tok: Token | None) -> str | None:
    """The noun of the people a word stands for, through a count ("five of them": "they",
    "two of the nurses": "nurse"); None for a bare count or nothing."""
    if tok is None:
        return None
    if tok.pos_ in ("NUM", "PRON", "DET", "ADJ") or tok.lower_ in ("one", "some", "all", "most"):
        # (an adjective standing for people: "the youngest of the three gendarmes")
        inner = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), None)
        if inner is not None:
            return _people(inner)
        if tok.pos_ == "PRON" and tok.lower_ in BACK_PRONOUNS:
            ref = _back_noun(tok)
            return ref.lemma_.lower() if ref is not None else "they"
        return None
    return tok.lemma_.lower()


def _back_noun(pron: Token) -> Token | None:
    """The people "they"/"them" stand for: the nearest plural noun before it, in its sentence
    or the one before ("Were the nurses let go? Two of them were freed": "nurse")."""
    doc = pron.doc
    first = doc[pron.sent.start - 1].sent.start if pron.sent.start > 0 else 0
    own = {t.i for t in pron.head.subtree} if pron.dep_ == "pobj" else set()
    for i in range(pron.i - 1, first - 1, -1):
        t = doc[i]
        if t.i in own or t.ent_type_ in ("DATE", "TIME"):
            continue
        if t.pos_ == "NOUN" and t.tag_ == "NNS":
            return t
    return None


def _demanded(word: Token) -> str | None:
    """Who a demand asks to have freed: "the release of the herders" ("herder"), "their
    return" ("they"), "to free the crew" ("crew")."""
    if word.pos_ == "NOUN":
        for c in word.children:
            if c.dep_ == "poss" and c.pos_ == "PRON":
                return "they"
            if c.dep_ == "poss" and c.pos_ == "NOUN":
                return c.lemma_.lower()  # "the gendarmes' release": the gendarmes
            if c.dep_ == "prep" and c.lower_ == "of":
                return _people(next((o for o in c.children if o.dep_ == "pobj"), None))
        return None
    return _people(next((c for c in word.children if c.dep_ == "dobj"), None))


def _same_people(x: str, y: str) -> bool:
    """Whether two nouns may name the same people held: the same noun, a pronoun pointing
    back, or a word for anyone held ("the hostages", "the men")."""
    return x == y or bool({x, y} & (BACK_PRONOUNS | {"they"} | CAPTIVE_NOUNS))


def _named_alike(x: str | None, y: str | None) -> bool:
    """Whether two nouns, neither a pronoun, name the same people: strong enough to join a
    release to a demand told far back."""
    return x is not None and y is not None and not {x, y} & (BACK_PRONOUNS | {"they"}) \
        and _same_people(x, y)


# Nouns for anyone held, whatever their trade: "demanded the release of the hostages",
# "the men were freed".
CAPTIVE_NOUNS = frozenset({"hostage", "captive", "detainee", "prisoner", "abductee", "man",
                           "woman", "people", "person", "civilian"})


def _asked_of(demand: Event, doer: Event) -> bool:
    """Whether a demand is aimed at the side that did (or undoes) an act: its target is the
    doer's actor or country."""
    t, s = demand.target, doer.source
    if t is None or s is None:
        return False
    if t.actor_id is not None and s.actor_id is not None:
        return t.actor_id == s.actor_id
    return t.country is not None and t.country == s.country


def _fits(asked: str | None, held: str | None, demand: Event, doer: Event) -> bool:
    """A demand fits a capture or a release when both name the same people (a pronoun may
    stand for any); when either names none, when the demand is aimed at the captor."""
    if asked is not None and held is not None:
        return _same_people(asked, held)
    if "they" in (asked, held):
        return True  # "demanded their return" … "let one of the four go"
    return _asked_of(demand, doer)


def _release_demand(analysis: Analysis, a: Event) -> Event | None:
    """The latest demand for the release of the people `a` frees, by another actor, told
    before the release, at most RELEASE_REACH sentences back."""
    doc = analysis.doc
    who = a.source.actor_id if a.source else None
    freed = _people(_freed_token(doc[a.trigger_token])) if a.trigger_token is not None \
        else None
    best: Event | None = None
    for b in analysis.events:
        if (b.id == a.id or b.trigger.start >= a.trigger.start
                or b.sentence < a.sentence - RELEASE_FAR
                or b.status not in ("asserted", "reported")):
            continue
        word = _release_asked(doc, b)
        if word is None:
            continue
        if who is not None and b.source is not None and b.source.actor_id == who:
            continue
        asked = _demanded(word)
        if not _fits(asked, freed, b, a):
            continue  # "the release of the journalist" is not met by freeing soldiers
        if b.sentence < a.sentence - RELEASE_REACH and not _named_alike(asked, freed):
            continue  # far back, only a demand naming the people freed
        best = b
    return best


def link_release_requests(analysis: Analysis) -> None:
    """"Gunmen seized two nurses near the clinic … The bishop asked for their release": a
    demand for the release of people answers the latest capture of those people told before
    it (by another actor than the one asking; with no people named, a capture by the side
    asked)."""
    doc = analysis.doc
    for a in analysis.events:
        if a.responds_to or a.status not in ("asserted", "reported"):
            continue
        word = _release_asked(doc, a)
        if word is None:
            continue
        asked = _demanded(word)
        who = a.source.actor_id if a.source else None
        best: Event | None = None
        for b in analysis.events:
            if (b.id == a.id or b.trigger.start >= a.trigger.start or b.trigger_token is None
                    or b.type not in MATERIAL or b.sentence < a.sentence - LOOKBACK
                    or b.status not in ("asserted", "reported")
                    or trigger_lemma(doc, b) not in HOLD_VERBS):
                continue
            if who is not None and b.source is not None and b.source.actor_id == who:
                continue
            if not _fits(asked, _people(_held_token(doc[b.trigger_token])), a, b):
                continue  # "the release of the journalist" after students were kidnapped
            best = b
        if best is not None:
            add_link(a, best)


BACK_PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her", "both", "all"})


def _releases(verb: Token) -> bool:
    """"freed", "released", "were let go"."""
    lemma = verb.lemma_.lower()
    return lemma in RELEASE_VERBS or lemma == "let" and any(
        c.lemma_.lower() == "go" and c.dep_ in ("xcomp", "ccomp", "prt", "advcl", "dobj")
        for c in verb.children)


def _freed_token(verb: Token) -> Token | None:
    """Who is freed: "freed 14 hostages", "the officer was freed"."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _freed(verb: Token) -> str | None:
    """The noun of who is freed: "freed 14 hostages", "the officer was freed", "freed the
    youngest of the gendarmes"."""
    tok = _freed_token(verb)
    if tok is not None and tok.pos_ == "ADJ":
        return _people(tok)
    return tok.lemma_.lower() if tok is not None else None


def _held_token(verb: Token) -> Token | None:
    """Who is captured: "detained an officer", "the officer detained at the crossing"."""
    tok = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if tok is None and verb.dep_ == "acl":
        return verb.head
    return tok


def _held(verb: Token) -> str | None:
    """The noun of who is captured: "detained an officer", "an officer had been detained"."""
    tok = _held_token(verb)
    return tok.lemma_.lower() if tok is not None else None


def link_undoings(analysis: Analysis) -> None:
    """"Protesters had blocked the road for weeks when troops moved in and cleared it": an
    act that undoes what another side did to a thing ("it" standing for what it blocked,
    held or shut) answers that act."""
    doc = analysis.doc
    by_tok = {e.trigger_token: e for e in analysis.events if e.trigger_token is not None}
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.type not in MATERIAL | {"MOBILIZE"}
                or a.status not in ("asserted", "reported")):
            continue
        verb = doc[a.trigger_token]
        verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.i not in by_tok)]
        for v in verbs:
            if v.lemma_.lower() not in UNDO_VERBS:
                continue
            pron = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "PRON"
                         and c.lower_ in ("it", "them")), None)
            referent = pronoun_referent(v, pron) if pron is not None else None
            if referent is None:
                continue
            for b in analysis.events:
                if (b.id == a.id or b.trigger.start >= a.trigger.start or b.trigger_token is None
                        or b.type not in MATERIAL | {"PROTEST"}
                        or b.status not in ("asserted", "reported")
                        or same_doer(a, b, country_of(a, "source"))):
                    continue
                held = {t.i for c in doc[b.trigger_token].children
                        if c.dep_ in ("dobj", "prep") and c.lower_ not in ("for", "since")
                        for t in c.subtree}  # "the road through the zone", not "for weeks"
                if referent.i in held:
                    add_link(a, b)
                    break
            if a.responds_to:
                break
