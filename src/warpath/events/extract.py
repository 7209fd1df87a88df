"""Event extraction from the dependency parse, typed with PLOVER.

For each sentence we find predicate tokens (verbs and event nouns in the lexicon), then their
arguments:

- verbs: source = subject (or the `by` agent of a passive, the antecedent of a relative
  pronoun, the subject inherited through `xcomp`/`conj`/participle clauses); target = direct
  object, passive subject, or the object of on/against/at/with/to;
- nouns: source = possessor ("Iran's shoot-down"), a country or actor modifier ("U.S.
  airstrike", "Israeli strikes"), a `by` phrase, or the subject of a light verb ("launched an
  attack"); target = the `of`/on/against/at object.

Coordinated sources give one event per actor ("Pompeo and Bolton urged ..." -> two events);
for reciprocal predicates (agree, meet, clash, ...) each conjunct becomes the other's target.
Events that say the same thing twice in one sentence (same type, compatible parties, same
status) are merged, so a sentence yields few events. Event nouns that are only mentioned
("condemned the genocide", "the 1994 genocide") are not new events unless they carry an actor
or a hedge; a light verb's noun ("launched an attack") is the event, not the verb.

As event coders do, three kinds of statement are events of their own, added beside the event
they are about: a stated intention ("Canada will send aid" -> AGREE; "they would blockade
Paris" -> THREATEN; "will not meet" -> REJECT; "may halt mediation if ..." -> THREATEN), a
demand in reported speech ("Germany said Russia must withdraw" -> REQUEST), and a party's claim
that another used force ("Israel said a rocket was fired at it from Gaza" -> ACCUSE) when the
speaker is the victim's side, a government, or the verb alleges; not a unit, a source or the
press reporting a fight.

An agentless passive measure someone announced or ordered ("the president announced that all
links with Haiti would be suspended") is that announcer's.

Background is left out: agentless passives describing a participant ("the mayor, jailed a year
ago"), event nouns dated by a year ("the 1994 genocide"). A source with no country of its own
takes one from the text: a possessive's antecedent ("its air defences"), a title or "of"
phrase ("Nigerian minister X", "King Hassan of Morocco"), the place where a non-state group
acts (gazetteer-backed: "a bombing near Samarra"), or, for a named person or a group named by
a people, the one country the sentence names besides the target's.

This module keeps the registered stage and the per-sentence flow that builds events from
candidates; the steps live beside it: predicates and senses (triggers), arguments (source and
target tokens), parties and countries (tokens to parties), statements (intent, demands,
accusations) and filters (background and merging).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from warpath.document import COOPERATION_TYPES, Analysis, Event, Party
from warpath.events import counterparts, echoes, nesting, proacts, serial, speech_acts
from warpath.events import lexicon as lx
from warpath.events.arguments import (
    noun_sources,
    noun_target,
    target_candidates,
    temporal,
    verb_sources,
    verb_target,
)
from warpath.events.countries import clause_place_country, place_country, sentence_countries
from warpath.events.filters import (
    add_merged,
    anonymity_formula,
    background_passive,
    courtesy_formula,
    dated_by_year,
    forecast,
    instrument_backing,
    ordinary_sense,
)
from warpath.events.grammar import OBJ
from warpath.events.hedges import recurrence_head
from warpath.events.parties import (
    _of_stateless_body,
    a_person,
    actor_like,
    home_body,
    hosted_country,
    is_from_dictionary,
    named_group,
    owned,
    party_of,
    place_target_country,
    the_two,
)
from warpath.events.predicates import Candidate, candidates, evidence_span
from warpath.events.senses import event_noun, noun_sense_of
from warpath.events.statements import (
    accusation_for,
    demand_events,
    denial_events,
    intent_event,
    judgement_events,
    own_denial_for,
    promise_polarity,
    refusal_for,
)
from warpath.events.status import status_of
from warpath.pipeline import Config, Stage, stages

# Predicates whose coordinated subjects act on each other ("Armenia and Azerbaijan agreed").
_RECIPROCAL = {"AGREE", "CONSULT", "COOPERATE"} | {"clash", "fight", "battle", "exchange", "swap",
                                                   "face", "skirmish", "scuffle", "standoff",
                                                   "sign", "ratify", "ceasefire", "truce",
                                                   "armistice", "fighting", "war"}


@stages.register("events")
def make(config: Config) -> Stage:
    lexicon = lx.load()

    def run(analysis: Analysis) -> None:
        if analysis.doc is None:
            return
        analysis.events = list(extract(analysis, lexicon))
        counterparts.fill(analysis)

    return run


def extract(analysis: Analysis, lexicon: lx.Lexicon) -> Iterator[Event]:
    n = 0

    def sector(tok: Any) -> str | None:
        return party_of(analysis, tok).sector

    prior: list[Event] = []  # the events of the two sentences before
    for sent_index, sent in enumerate(analysis.doc.sents):
        events: list[Event] = []
        series_of: dict[int, Event] = {}  # "a second shipment": the act it continues
        stands_for: dict[int, tuple[Event, str]] = {}  # "would do the same": the act named
        for cand in _with_echoes(_with_stand_ins(analysis, _with_series(
                _with_undergone(candidates(sent, lexicon, sector), sent, lexicon), sent, prior,
                events, series_of), sent, prior, events, stands_for), sent, prior, events,
                stands_for, lexicon):
            for event in _events_for(analysis, cand, sent, sent_index):
                if cand.token.i in series_of:
                    serial.inherit(event, series_of[cand.token.i])
                if cand.token.i in stands_for:
                    ante, kind = stands_for[cand.token.i]
                    if proacts.restated(event, ante, kind, cand.token):
                        continue  # "it did so after talks failed": the act told again
                    if not proacts.doer_fits(analysis, event, cand.token, ante):
                        continue  # "the runner will repeat the exercise": no party's act
                    proacts.inherit(event, ante, kind)
                event = promise_polarity(analysis, cand, event)  # "vowed to work with": an intent
                add_merged(events, event, analysis)
                intent = intent_event(analysis, cand, event)
                if intent is not None:
                    add_merged(events, intent, analysis)
        for event in demand_events(analysis, sent, sent_index):
            add_merged(events, event, analysis)
        for event in denial_events(analysis, sent, sent_index):
            add_merged(events, event, analysis)
        for event in judgement_events(analysis, sent, sent_index):
            # "agreed that the incursion was unacceptable": a shared judgement, no agreement
            events = [e for e in events
                      if not (e.type == "AGREE" and e.trigger_token == event.trigger_token)]
            add_merged(events, event, analysis)
        for event in speech_acts.events(analysis, sent, sent_index):
            add_merged(events, event, analysis)
        for event in list(events):
            for statement in (accusation_for(analysis, event, sent),
                              refusal_for(analysis, event),
                              own_denial_for(analysis, event, sent)):
                if statement is not None:
                    add_merged(events, statement, analysis)
        events = [e for e in events if not ordinary_sense(analysis, e)]
        events.sort(key=lambda e: (e.trigger.start, e.type))
        for event in events:
            n += 1
            event.id = f"e{n}"
        nesting.mark(analysis.doc, events)
        prior = [e for e in prior if e.sentence >= sent_index - 1] + events
        yield from events


def _with_series(cands: Iterator[Candidate], sent: Any, prior: list[Event],
                 here: list[Event], series_of: dict[int, Event]) -> Iterator[Candidate]:
    """The sentence's candidates, then the nouns that name one more act of a series told
    before ("a second shipment is due next week", "further measures will follow"), typed by
    that act (see events.serial), when not told as done; a generic sense of such a noun
    ("those restrictions", a restriction of any kind) takes the series' type too."""
    seen: set[int] = set()
    for cand in cands:
        seen.add(cand.token.i)
        tok = cand.token
        if cand.sense.pos == "noun" and cand.sense.weak and serial.series_noun(tok) and (
                not serial.own_sense_first(tok)):
            ante = serial.antecedent(tok, prior, here)
            if ante is not None and ante.type != cand.sense.type:
                series_of[tok.i] = ante
                cand = replace(cand, sense=serial.sense_from(tok, ante))
        yield cand
    for tok in sent:
        if tok.i in seen or not serial.series_noun(tok) or (
                tok.head.i in seen and tok.dep_ in ("dobj", "obj", "nsubjpass")
                and not serial.called_off(tok)):
            continue  # "halted further deliveries": the verb's own object (but "a second
            # round was cancelled" is the round's, called off)
        ante = serial.antecedent(tok, prior, here)
        if ante is None or status_of(tok)[0] in ("asserted", "reported"):
            continue  # told as done, it is the act before named again, or another series
        series_of[tok.i] = ante
        yield Candidate(token=tok, sense=serial.sense_from(tok, ante),
                        trigger=(tok.idx, tok.idx + len(tok.text)), clause=tok,
                        source_tokens=noun_sources(tok),
                        target_token=noun_target(tok) or serial.aimed_at(tok), anchored=False)


def _with_stand_ins(analysis: Analysis, cands: Iterator[Candidate], sent: Any,
                    prior: list[Event], here: list[Event],
                    stands_for: dict[int, tuple[Event, str]]) -> Iterator[Candidate]:
    """The sentence's candidates, then the words that stand in for an act told before ("would
    do the same", "has not followed suit", "will respond in kind", "such a move"), typed by
    that act (see events.proacts); a stand-in noun the lexicon gives a sense of its own ("the
    exercise" repeated) takes the act's type too."""
    seen: set[int] = set()
    for cand in cands:
        seen.add(cand.token.i)
        tok = cand.token
        if cand.sense.pos == "noun" and proacts.stand_in_noun(tok) and (
                status_of(tok)[0] not in ("asserted", "reported")):
            ante = proacts.antecedent(tok, prior, here, "copy", None)
            if ante is not None and ante.type != cand.sense.type:
                stands_for[tok.i] = (ante, "copy")
                cand = replace(cand, sense=proacts.sense_from(tok, ante))
        elif cand.sense.pos == "verb" and (kind := proacts.stand_in_verb(tok)) is not None:
            # "retaliated in kind" after an expulsion: an expulsion
            subj = verb_sources(tok)
            country = party_of(analysis, subj[0]).country if subj else None
            ante = proacts.antecedent(tok, prior, here, kind, country)
            if ante is not None and ante.type != cand.sense.type:
                stands_for[tok.i] = (ante, kind)
                cand = replace(cand, sense=proacts.sense_from(tok, ante))
        yield cand
    for tok in sent:
        if tok.i in seen:
            continue
        kind = proacts.stand_in_verb(tok)
        if kind is not None:
            subj = verb_sources(tok)
            country = party_of(analysis, subj[0]).country if subj else None
            ante = proacts.antecedent(tok, prior, here, kind, country)
            if ante is None:
                continue
            stands_for[tok.i] = (ante, kind)
            yield Candidate(token=tok, sense=proacts.sense_from(tok, ante),
                            trigger=(tok.idx, tok.idx + len(tok.text)), clause=tok,
                            source_tokens=subj, target_token=_stand_in_target(tok),
                            anchored=False)
        elif proacts.stand_in_noun(tok) and status_of(tok)[0] not in ("asserted", "reported"):
            ante = proacts.antecedent(tok, prior, here, "copy", None)
            if ante is None:
                continue
            stands_for[tok.i] = (ante, "copy")
            sources = noun_sources(tok) or (  # "Rome would issue a similar statement"
                verb_sources(tok.head) if tok.dep_ in ("dobj", "obj") else [])
            yield Candidate(token=tok, sense=proacts.sense_from(tok, ante),
                            trigger=(tok.idx, tok.idx + len(tok.text)), clause=tok,
                            source_tokens=sources, target_token=noun_target(tok),
                            anchored=False)


def _with_echoes(cands: Iterator[Candidate], sent: Any, prior: list[Event], here: list[Event],
                 stands_for: dict[int, tuple[Event, str]],
                 lexicon: lx.Lexicon) -> Iterator[Candidate]:
    """The sentence's candidates, then the verbs that take the act just told further or do it
    again with no type of their own ("could extend the measures to their agents", "will Beirut
    also ask Qatar?"), typed by that act (see events.echoes) and filled in as a copy."""
    seen: set[int] = set()
    for cand in cands:
        seen.add(cand.token.i)
        yield cand
    for tok in sent:
        if tok.i in seen or tok.pos_ not in ("VERB", "AUX"):
            continue
        ante = echoes.measure_echo(tok, prior, here)
        if ante is None and status_of(tok)[0] not in ("asserted", "reported"):
            # "will Beirut also ask Qatar?" (told as done, "also released a statement" is
            # the verb's own, and a new thing)
            ante = echoes.tied_echo(tok, prior, here, lexicon)
        if ante is None:
            continue
        stands_for[tok.i] = (ante, "copy")
        sense = proacts.sense_from(tok, ante)
        yield Candidate(token=tok, sense=sense, trigger=(tok.idx, tok.idx + len(tok.text)),
                        clause=tok, source_tokens=verb_sources(tok),
                        target_token=verb_target(tok, sense), anchored=False)


def _stand_in_target(verb: Any) -> Any | None:
    """ "do the same to the Philippine envoy", "reciprocate against any US vessel": the
    party the stand-in names as hit."""
    return next((g for c in verb.children if c.dep_ == "prep"
                 and c.lower_ in ("to", "against", "on", "with")
                 for g in c.children if g.dep_ == "pobj"), None)


# Verbs whose subject a force's act befalls, with the act under them or as their object:
# "the convoy came under fire", "the base was under attack", "the post suffered a raid".
_UNDERGO_UNDER = {"come", "be", "remain", "stay", "fall", "go"}
_UNDERGO_OBJECT = {"suffer", "endure", "sustain", "withstand", "repel", "repulse", "survive",
                   "face"}
# Bare nouns of shooting that name no event alone but do under "came under": "small-arms fire"
_FIRE_NOUNS = {"fire", "gunfire", "crossfire"}
# What only words and votes hit: "the minister came under fire over the budget", "the plan
# is under attack from critics"
_FIGURATIVE_TARGETS = {"minister", "president", "premier", "chancellor", "leader", "government",
                       "administration", "cabinet", "party", "policy", "plan", "bill", "law",
                       "proposal", "decision", "budget", "reform", "company", "firm", "board",
                       "chief", "ceo", "executive", "coach", "manager", "club", "team",
                       "regulator", "agency", "official", "spokesman", "spokeswoman", "mayor",
                       "governor", "lawmaker", "senator", "candidate", "campaign", "strategy",
                       "programme", "program", "scheme", "rule", "ruling", "court", "judge",
                       "bank", "newspaper", "broadcaster", "network", "platform", "app", "he",
                       "she", "they", "we", "i", "you"}
_SPANS = {"hour", "day", "night", "week", "month", "minute", "most", "much", "part", "year",
          "while", "time", "second"}  # "under attack for most of the night"
_CRITICS = {"critic", "lawmaker", "legislator", "opposition", "media", "press", "commentator",
            "fan", "supporter", "investor", "shareholder", "campaigner", "activist", "rival",
            "colleague", "mp", "senator", "union", "economist", "analyst", "expert", "voter",
            "editorial", "columnist", "pundit", "group", "party", "member", "right", "left",
            "conservative", "liberal", "watchdog", "regulator", "parent", "resident"}


def _blow_noun(tok: Any) -> bool:
    """An event noun of armed force: "attack", "shelling", "raid" (not "imprisonment")."""
    found = noun_sense_of(tok, lx.load())
    return found is not None and found[0].type == "ASSAULT"


def _undergoer(tok: Any) -> Any | None:
    """ "the convoy came under fire", "the base was under attack", "the post suffered a raid":
    the subject a noun of force befalls through its verb (None when the noun is not so used,
    or is used of words: "came under fire from critics", "under attack over the budget")."""
    verb = None
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.dep_ == "prep":
        if tok.head.head.pos_ in ("VERB", "AUX") and (
                tok.head.head.lemma_.lower() in _UNDERGO_UNDER):
            verb = tok.head.head
    elif tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in _UNDERGO_OBJECT and (
            tok.lemma_.lower() in _FIRE_NOUNS or _blow_noun(tok)):
        verb = tok.head  # (not "could face life imprisonment": a sentence is no blow)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("xcomp", "conj", "advcl"):
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    words = [c for n in (verb, tok) for c in n.children if c.dep_ == "prep"]
    if any(c.lower_ == "over" or c.lower_ == "for" and not any(
            g.lemma_.lower() in _SPANS or g.like_num for g in c.children)
           for c in words) or any(
            g.dep_ == "pobj" and g.lemma_.lower() in _CRITICS
            for c in words if c.lower_ == "from" for g in c.children):
        return None  # "came under fire over its handling of the strike"
    armed = any(c.dep_ in ("compound", "amod") and c.i < tok.i for c in tok.children)
    if not armed and (subj.lemma_.lower() in _FIGURATIVE_TARGETS or subj.ent_type_ == "PERSON"):
        return None  # "the coach came under fire", "Smith is under attack"
    return subj


def _with_undergone(cands: Iterator[Candidate], sent: Any,
                    lexicon: lx.Lexicon) -> Iterator[Candidate]:
    """The sentence's candidates, with a noun of force that befalls its verb's subject ("the
    convoy came under fire", "the camp suffered heavy shelling") anchored there, the subject
    its target; a bare "fire" so used names a shooting."""
    seen: set[int] = set()
    for cand in cands:
        seen.add(cand.token.i)
        tok = cand.token
        if cand.sense.pos == "noun" and cand.sense.type in _HARM_TYPES and not cand.anchored:
            subj = _undergoer(tok)
            if subj is not None:
                cand = replace(cand, anchored=True, sense=replace(cand.sense, weak=False),
                               target_token=cand.target_token or subj)
        yield cand
    base = next(iter(lexicon.nouns.get("attack") or ()), None)
    for tok in sent:
        if tok.i in seen or tok.lemma_.lower() not in _FIRE_NOUNS or base is None:
            continue
        subj = _undergoer(tok)
        if subj is None:
            continue
        start = min([c.i for c in tok.children if c.dep_ in ("compound", "amod")
                     and c.i < tok.i] + [tok.i])
        yield Candidate(token=tok, sense=replace(base, lemma=tok.lemma_.lower(), cameo="190"),
                        trigger=(tok.doc[start].idx, tok.idx + len(tok.text)), clause=tok,
                        source_tokens=noun_sources(tok), target_token=subj, anchored=True)


_HARM_TYPES = {"ASSAULT", "COERCE"}
_PROTESTERS = {"protester", "protestor", "demonstrator", "rioter", "mob", "crowd"}
# A weapon is no actor: only its owner, when named on it ("Iranian missiles"), gives a country.
_WEAPON_NOUNS = {"missile", "rocket", "shell", "bomb", "projectile", "mortar", "munition",
                 "round", "bullet", "grenade", "torpedo", "warhead", "drone", "salvo", "barrage"}
# Fired from afar: where they land says nothing of who fired them (a car bomb is local).
_REMOTE_WEAPONS = {"missile", "rocket", "shell", "projectile", "munition", "torpedo", "warhead",
                   "drone", "salvo", "barrage", "mortar"}


def _noun_lemma(tok: Any) -> str:
    """The noun's lemma; a plural the tagger took for a name at the start of a sentence
    ("Rockets launched from the hills ...") in the singular."""
    if tok.tag_ == "NNPS" and tok.lower_.endswith("s"):
        return str(tok.lower_[:-1])
    return str(tok.lemma_.lower())


def _events_for(analysis: Analysis, cand: Candidate, sent: Any, sent_index: int) -> list[Event]:
    sense = cand.sense
    warner = _warner(cand)
    if sense.type == "THREATEN" and cand.token.lemma_.lower() in _MET_AS and (
            cand.token.dep_ == "ccomp" and cand.token.head.lemma_.lower() in _THREAT_SPEECH):
        return []  # "warned that its members would be treated as targets": the warning says it
    source_tokens = list(cand.source_tokens) or _denier(cand.token) or _announcer(cand) or warner
    if sense.type == "SANCTION":
        source_tokens = [_supplier(t) for t in source_tokens]
    sources = [(t, party_of(analysis, t)) for t in source_tokens]
    for t, party in sources:
        if party.actor_id is None and event_noun(t):
            party.text = None  # "a roadside bombing killed ...": no actor named, only a place
    sources = [pair for t, party in sources for pair in the_two(analysis, t, party)]
    target = None
    tried = []
    for tok in target_candidates(cand):
        party = party_of(analysis, tok)
        hosted = hosted_country(analysis, tok) if sense.type in _HARM_TYPES else None
        if hosted is not None:  # "bases that house U.S. troops": the troops are hit
            party.country = hosted
        if _noun_lemma(tok) in _WEAPON_NOUNS and not party.country:
            continue  # "fired missiles": a weapon is no target; only its named owner is
        if actor_like(tok, party):
            target = (tok, party)
            break
        tried.append((tok, party))
    named_target = target is not None  # a place or people hit alone make no weak event
    if target is None and sense.type in _HARM_TYPES:
        # "fired missiles at two bases hosting U.S. troops", "shelled a village in X": the
        # state whose ground or people are hit
        for tok, party in tried:
            country = place_target_country(analysis, tok, cand.token)
            if country is None and tok.pos_ == "NOUN" and not event_noun(tok) and (
                    _noun_lemma(tok) not in _WEAPON_NOUNS and not temporal(tok)):
                # "shot dead a teenager in Hebron": people hit where it happened
                country = clause_place_country(analysis, cand.token)
            if country is not None:
                party.country = country
                target = (tok, party)
                break
    if target is not None and sense.type in ("RETREAT", "MOBILIZE") and _forces(target[0]) and any(
        target[1].country and target[1].country == p.country for _, p in sources
    ):
        # "Russia withdrew its troops": the troops are the mover's own; but "the rebels
        # released the prime minister" has a target of its own
        target = None
    sources = [s for s in sources if actor_like(*s)] or sources[:1]
    has_actor = any(actor_like(*s) for s in sources) or named_target
    if background_passive(cand.token) or anonymity_formula(cand.token) or courtesy_formula(
            cand.token) or forecast(cand.token, source_tokens, sense.type) or (
            instrument_backing(cand.token)):
        return []
    if cand.sense.pos == "noun" and not cand.anchored and dated_by_year(cand.token) and (
            recurrence_head(cand.token) is None):  # but "a repeat of the 2002 battles"
        return []  # "the 1994 genocide", "the 2003 invasion": a past event named, not news
    status, cue = status_of(cand.token)
    if sense.weak and not has_actor and status in ("asserted", "reported") and not (
            _phase_placed(cand)):
        return []  # a bare "war" or "talks" is only worth keeping when it is hedged
    if not has_actor and not cand.anchored:
        if sense.pos == "verb" and not sources and cand.target_token is None and not (
                status in ("negated", "hypothetical") and sense.objects) and not (
                _forces_placed(cand.token, sense)) and not _agentless_measure(cand.token, sense):
            # but "no shots had been fired", "if tear gas is used again": what is denied or
            # supposed is named by the object that gave the sense, with no one needed to do it
            return []
        if sense.pos == "noun" and status in ("asserted", "reported"):
            return []  # "the 1994 genocide", "the unrest": a background mention
    # One event per actor named as source; reciprocal predicates pair the conjuncts.
    distinct: list[tuple[Any, Party]] = []
    for tok, party in sources:
        key = party.actor_id or party.text
        if all((p.actor_id or p.text) != key for _, p in distinct):
            distinct.append((tok, party))
    reciprocal = sense.type in _RECIPROCAL or sense.lemma in _RECIPROCAL
    pairs: list[tuple[Party | None, Party | None]] = []
    if not distinct:
        pairs.append((None, target[1] if target else None))
    for _, party in distinct:
        tgt = target[1] if target else None
        if reciprocal and len(distinct) > 1 and (
                tgt is None or target is not None and _a_document(target[0])):
            # "Ethiopia and Eritrea sign the Algiers Agreement": each signs with the other
            tgt = next(p for _, p in distinct if p is not party)
        pairs.append((party, tgt))
    evidence = evidence_span(analysis, cand.clause, sent)
    # A group with no country of its own acting in a country ("protesters blocked roads in
    # Algiers") is taken to be from there, as event coders do; but talks, visits and deals
    # happen abroad ("their ministers will meet in Almaty"), so not for cooperation.
    where = None
    tok_of = {id(party): tok for tok, party in distinct}
    local = sense.type not in COOPERATION_TYPES
    for source, _ in pairs:
        weapon = id(source) in tok_of and _noun_lemma(tok_of[id(source)]) in _REMOTE_WEAPONS
        # "her country's forces": an owner the text names, though unresolved, not the place
        weapon = weapon or id(source) in tok_of and owned(tok_of[id(source)])
        # ("the International Criminal Court prosecutor": the people of a body of no state
        # are no one's of the place they act on)
        stateless = id(source) in tok_of and _body_of_no_state(analysis, tok_of[id(source)])
        if (local and source is not None and source.country is None and not weapon
                and not is_from_dictionary(analysis, source) and not stateless):
            where = where or place_country(analysis, cand.token) or next(
                (place_country(analysis, c) for c in cand.token.children
                 if c.dep_ in OBJ and place_country(analysis, c)), None
            ) or clause_place_country(analysis, cand.token)
            source.country = where
            if where is not None:
                source.inferred = "place"
        if source is not None and source.country is None and (
            a_person(analysis, source)
            or not is_from_dictionary(analysis, source) and named_group(tok_of.get(id(source)))
        ):
            # "Vice-President Moody Awori declined ... under pressure from the Kenya
            # Anti-Corruption Commission": a titled person takes the one country the sentence
            # names besides the target's
            named = sentence_countries(analysis, sent)
            others = named - {t.country for _, t in pairs if t}
            if len(others) == 1:
                source.country = next(iter(others))
            elif len(named) == 1 and not a_person(analysis, source) and not any(
                    t is not None and t.country in named for _, t in pairs):
                # a people's group acting at home; not when that country is the one hit
                # ("attacks by militia groups against bases hosting U.S. forces")
                source.country = next(iter(named))
            elif len(named) == 1 and any(t is not None and home_body(analysis, t)
                                         for s_, t in pairs if s_ is source):
                # "Judge X opened investigations against Chilean officials": a person acting
                # on a body of the one country named is taken to act at home
                source.country = next(iter(named))
    _target_home(analysis, cand, sent, pairs)
    etype, mode, cameo, intensity = sense.type, sense.mode, sense.cameo, sense.intensity
    if (etype == "COERCE" or cameo == "1712") and any(
            t.lemma_.lower() in _PROTESTERS for t, _ in distinct):
        # "protesters torched the building": CAMEO codes force used by a protest as a
        # violent protest (145, riot), not as an assault by an armed actor
        etype, mode, cameo, intensity = "PROTEST", "riot", "145", lx.goldstein("145")
    out = []
    for source, tgt in pairs:
        out.append(
            Event(
                id="",
                type=etype,
                evidence=evidence,
                trigger=analysis.span(*cand.trigger),
                sentence=sent_index,
                status=status,
                status_cue=cue,
                mode=mode,
                cameo=cameo,
                intensity=intensity,
                source=source,
                target=tgt,
                trigger_token=cand.token.i,
            )
        )
    return out


def _phase_placed(cand: Candidate) -> bool:
    """ "a sweep began that morning through the hills east of Jableh": an operation noun whose
    sense needs a governing verb, told to begin or resume at a named place, is the operation
    itself though no one is named running it."""
    tok = cand.token
    if cand.sense.pos != "noun" or not cand.sense.governors or lx.phase_lemma(tok) is None:
        return False
    own = {t.i for t in tok.subtree}
    return any((t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN")
               and t.ent_type_ not in ("DATE", "TIME") and t.i not in own
               for t in tok.head.subtree)


_FORCE_NOUNS = {"troop", "force", "soldier", "army", "unit", "personnel", "battalion", "brigade",
                "company", "platoon", "squadron", "police", "gendarme", "policeman",
                "division", "contingent", "navy", "ship", "warship", "vessel", "aircraft", "jet",
                "warplane", "fighter", "missile", "weapon", "artillery", "tank", "equipment",
                "mission", "peacekeeper", "observer", "military", "presence", "asset"}


def _forces(tok: Any) -> bool:
    return tok.lemma_.lower() in _FORCE_NOUNS


def _forces_placed(tok: Any, sense: Any) -> bool:
    """ "troops had been massed near the pass", "fresh units were brought in": forces moved
    with no mover named are a deployment all the same (the one who moved them is left open)."""
    if sense.type == "AID" and any(c.dep_ == "auxpass" for c in tok.children):
        # "food aid was handed out in the camp": relief given with no giver named
        return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in lx.RELIEF_GOODS
                   for c in tok.children)
    return sense.type == "MOBILIZE" and any(c.dep_ == "auxpass" for c in tok.children) and any(
        c.dep_ == "nsubjpass" and (c.lemma_.lower() in lx.FORCES | _FORCE_NOUNS
                                   or any(g.dep_ == "prep" and g.lower_ == "of" and any(
                                       x.lemma_.lower() in lx.FORCES for x in g.children)
                                       for g in c.children))
        for c in tok.children)


def _agentless_measure(tok: Any, sense: Any) -> bool:
    """ "the convoy was stopped at a checkpoint", "traffic at the crossing will remain
    suspended": a measure the sense says only a state or an armed party takes, told in the
    passive with no doer named, is an event all the same (its doer is left open)."""
    return sense.agentless and any(c.dep_ == "auxpass" for c in tok.children) and not any(
        c.dep_ == "agent" for c in tok.children) or _measure_on_object(tok, sense)


# Coercion only a state or an armed party works on a thing: a post or road shut (172), people or
# craft sent back (174), a route blocked (191), a vessel or cargo seized (192).
_THING_MEASURES = ("172", "174", "191", "192")
# What shuts a road or sends a lorry back with no one's force: works, weather, mishaps, feasts.
_CIVIL_CAUSES = {"repair", "maintenance", "roadwork", "resurfacing", "renovation", "construction",
                 "upgrade", "accident", "crash", "collision", "pileup", "derailment",
                 "spill", "leak", "landslide", "flood", "flooding", "snow", "snowfall", "storm",
                 "fog", "ice", "heatwave", "weather", "cyclone", "hurricane", "typhoon",
                 "marathon", "race", "parade", "festival", "procession", "concert", "match",
                 "funeral", "holiday", "ceremony", "covid", "pandemic", "outbreak", "quarantine",
                 "overweight", "paperwork", "licence", "license", "permit", "visa",
                 # loads and vehicles unfit for the road, nature's own closures, sport
                 "heavy", "weight", "emission", "roadworthy", "volcano", "eruption", "ash",
                 "earthquake", "wildfire", "avalanche", "tour", "cycling", "tournament"}


def _measure_on_object(tok: Any, sense: Any) -> bool:
    """ "the two crossings were closed to all traffic", "41 lorries were turned back at the
    post", "the trawler's catch was confiscated": a measure of force told in a finite passive
    of the very thing the sense names as its object, with no doer named, is an act all the
    same (the doer is left open); not a participle describing a noun, nor when works, weather
    or a mishap is in view."""
    if sense.type != "COERCE" or not sense.objects or not (sense.cameo or "").startswith(
            _THING_MEASURES) or tok.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    children = list(tok.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubjpass"]
    if not any(c.lemma_.lower() in sense.objects or lx.craft_kind(c) in sense.objects
               for c in subjects):
        return False
    return not _CIVIL_CAUSES & lx.context_lemmas(tok)


# Verbs of saying and warning whose clause can hold a threat: "warned that any ship ... will".
_WARNING_SPEECH = {"say", "warn", "state", "declare", "announce", "tell", "add", "insist",
                   "caution", "stress", "reiterate", "repeat", "write", "post"}
# Verbs of saying that are threats of their own (lexicon): the clause adds no second threat.
_THREAT_SPEECH = {"warn", "threaten", "caution"}
# Verbs of meeting someone as an enemy: "will be treated as hostile" (lexicon: treat).
_MET_AS = {"treat", "consider", "regard", "deem"}


def _warner(cand: Candidate) -> list[Any]:
    """ "Iran said any warship entering its waters would be treated as hostile": a threat made by
    saying how others will be met is the speaker's."""
    tok = cand.token
    if cand.sense.type != "THREATEN" or tok.lemma_.lower() not in _MET_AS:
        return []
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _WARNING_SPEECH:
        return []
    return [c for c in tok.head.children if c.dep_ == "nsubj"][:1]


# What a state sends another that it can stop: "gas deliveries from Russia".
_SUPPLIES = {"delivery", "supply", "flow", "export", "shipment", "pumping", "transit", "import"}


def _supplier(tok: Any) -> Any:
    """ "gas deliveries from Russia stopped": the state a supply comes from stops it (the
    supply itself is no party)."""
    if tok.lemma_.lower() not in _SUPPLIES:
        return tok
    return next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
                 for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "NORP", "ORG")),
                tok)


_DENY = {"deny", "dismiss", "reject", "refute"}


def _denier(tok: Any) -> list[Any]:
    """ "Police denied that tear gas was used": an agentless passive denied is denied by the
    party it would implicate, so the denier is its actor."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _DENY:
        return []
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    return [c for c in tok.head.children if c.dep_ in ("nsubj",)][:1]


_ANNOUNCE = {"announce", "declare", "decide", "order", "decree", "rule"}
# Measures a government takes by saying so: "announced that all links would be suspended".
_MEASURE_TYPES = {"SANCTION", "CONCEDE", "RETREAT", "AID"}


def _announcer(cand: Candidate) -> list[Any]:
    """ "The president announced that all links with Haiti would be suspended": an agentless
    passive measure announced or ordered by someone is that speaker's own measure (not a
    fight the speaker tells of: "announced that the town had been shelled")."""
    tok = cand.token
    sense = cand.sense
    if sense.pos != "verb" or not (sense.type in _MEASURE_TYPES or sense.type == "COERCE"
                                   and (sense.cameo or "").startswith("172")):
        return []
    agreed = _agreed_measure(tok, sense)
    if agreed:
        return agreed
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _ANNOUNCE:
        return []
    if not any(c.dep_ == "auxpass" for c in tok.children) or any(
            c.dep_ == "agent" for c in tok.children):
        return []
    return [c for c in tok.head.children if c.dep_ == "nsubj"][:1]


# Verbs by which parties settle together what will be done: "agreed that the crossing
# would reopen".
_SETTLE_VERBS = {"agree", "concur", "settle", "arrange"}


def _agreed_measure(tok: Any, sense: Any) -> list[Any]:
    """ "The two sides agreed that the prisoners would be handed over", "agreed in principle
    that the airport would reopen": a measure settled with no doer named, told as passive or
    with the thing it acts on as subject, is the settling parties' own (each of them)."""
    clause = tok
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "agreed that X would host a fair and that Y would ..."
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SETTLE_VERBS:
        return []
    if any(c.dep_ == "agent" for c in tok.children):
        return []
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    undergoer = subj is not None and subj.lemma_.lower() in sense.objects
    if not passive and not undergoer:
        return []
    settlers = [c for c in clause.head.children if c.dep_ == "nsubj"][:1]
    return settlers + [c for s in settlers for c in s.conjuncts]


def _target_home(analysis: Analysis, cand: Candidate, sent: Any,
                 pairs: list[tuple[Party | None, Party | None]]) -> None:
    """A target named without a country: people hit where the clause says it happened
    ("killed 23 people in Tel Aviv"), a titled person of the one other country named."""
    named: set[str] | None = None
    for source, tgt in pairs:
        if tgt is None or tgt.country or is_from_dictionary(analysis, tgt):
            continue
        if cand.sense.type in _HARM_TYPES:
            tgt.country = clause_place_country(analysis, cand.token)
        if tgt.country is None and a_person(analysis, tgt):
            named = sentence_countries(analysis, sent) if named is None else named
            others = named - {source.country} if source is not None else named
            if len(others) == 1:
                tgt.country = next(iter(others))


def _body_of_no_state(analysis: Analysis, tok: Any) -> bool:
    """ "The International Criminal Court prosecutor", "judges at the ICJ": people of a
    listed body of no state (named on the noun, or after "at" or "with")."""
    if _of_stateless_body(analysis, tok):
        return True
    return any(_of_stateless_body(analysis, g) or any(
        a.from_dictionary and not a.country and a.kind in ("organization", "group")
        and any(m.start <= g.idx < m.end for m in a.mentions) for a in analysis.actors)
        for p in tok.children if p.dep_ == "prep" and p.lower_ in ("at", "with")
        for g in p.children if g.dep_ == "pobj")


# Nouns for a text two sides sign or adopt: the thing agreed, no party to it.
_DOCUMENTS = {"agreement", "accord", "treaty", "deal", "declaration", "protocol", "pact",
              "memorandum", "communique", "charter", "convention", "document", "text",
              "roadmap", "framework", "truce", "ceasefire", "armistice"}


def _a_document(tok: Any) -> bool:
    """Whether an object is a document signed or agreed ("the Algiers Agreement", "a
    declaration of peace"), not a party."""
    if tok is None:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head.head
    return bool(tok.lemma_.lower() in _DOCUMENTS)
