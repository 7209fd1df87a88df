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

Background is left out: agentless passives describing a participant ("the mayor, jailed a year
ago"), event nouns dated by a year ("the 1994 genocide"). A source with no country of its own
takes one from the text: a possessive's antecedent ("its air defences"), a title or "of"
phrase ("Nigerian minister X", "King Hassan of Morocco"), the place where a non-state group
acts (gazetteer-backed: "a bombing near Samarra"), or, for a named person or a group named by
a people, the one country the sentence names besides the target's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from warpath.document import COOPERATION_TYPES, Actor, Analysis, Event, Party, Span
from warpath.events import lexicon as lx
from warpath.events.status import status_of
from warpath.pipeline import Config, Stage, stages

ResolvePhrase = Callable[[Analysis, Any], "Actor | None"]
_resolve_phrase: ResolvePhrase | None
try:  # the actors stage offers phrase-level resolution (titles, pronouns, short forms)
    from warpath.actors.resolve import resolve_phrase as _resolve_phrase
except (ImportError, AttributeError):  # pragma: no cover - depends on the actors module
    _resolve_phrase = None

_gazetteer: Callable[[], Any] | None
try:  # the places module's gazetteer names the country of a town the actors do not know
    from warpath.places.gazetteer import gazetteer as _gazetteer
except ImportError:  # pragma: no cover - depends on the places module
    _gazetteer = None

_SUBJ = {"nsubj", "csubj", "expl"}
_PASSIVE_SUBJ = {"nsubjpass", "csubjpass"}
_OBJ = {"dobj", "obj", "dative", "iobj"}
_TARGET_PREPS = {"on", "against", "at", "upon", "with", "to", "toward", "towards", "into", "of"}
_NOUN_TARGET_PREPS = {"of", "on", "against", "at", "upon", "with", "to", "toward", "towards",
                      "targeting", "between", "for"}
_NOUN_SOURCE_PREPS = {"by", "from"}
_RELATIVE = {"that", "which", "who", "whom", "whose"}
# Predicates whose coordinated subjects act on each other ("Armenia and Azerbaijan agreed").
_RECIPROCAL = {"AGREE", "CONSULT", "COOPERATE"} | {"clash", "fight", "battle", "exchange", "swap",
                                                   "sign", "ratify", "ceasefire", "truce",
                                                   "armistice", "fighting", "war"}
_SHELL_NOUNS = {"effort", "mission", "process", "campaign", "operation", "initiative", "bid",
                "attempt", "drive", "plan", "programme", "program", "deal", "agreement"}
# Noun events with no actor of their own borrow the subject of the verb they complement
# ("negotiators returned for talks", "students took part in protests").
_BORROWING_TYPES = {"CONSULT", "PROTEST", "COOPERATE", "AGREE", "SUPPORT", "AID", "MOBILIZE"}
_AGENT_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
_PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}
# Nouns that stand for actors even when the actor dictionary has no entry for them.
_AGENT_NOUNS = {
    "police", "policeman", "officer", "troop", "soldier", "force", "army", "military",
    "militant", "militia", "rebel", "insurgent", "fighter", "gunman", "protester",
    "demonstrator", "activist", "government", "official", "minister", "president",
    "leader", "regime", "authority", "administration", "navy", "coalition", "jet",
    "warplane", "drone", "aircraft", "missile", "rocket", "side", "party", "lawmaker",
    "legislature", "parliament", "commander", "general", "diplomat", "ambassador",
    "envoy", "spokesman", "spokeswoman", "country", "nation", "state", "group", "attacker",
    "assailant", "bomber", "sniper", "guard", "unit", "battalion", "brigade", "ministry",
    "council", "court", "prosecutor", "agency", "people", "civilian", "resident",
    "student", "worker", "crowd", "mob", "opposition", "camp", "base", "embassy",
}


@dataclass
class _Candidate:
    token: Any  # the predicate token
    sense: lx.Sense
    trigger: tuple[int, int]  # character offsets
    clause: Any  # the token whose subtree is the evidence
    source_tokens: list[Any]
    target_token: Any | None
    anchored: bool  # governed by a light or occurrence verb: an event even with no actor


@stages.register("events")
def make(config: Config) -> Stage:
    lexicon = lx.load()

    def run(analysis: Analysis) -> None:
        if analysis.doc is None:
            return
        analysis.events = list(extract(analysis, lexicon))

    return run


def extract(analysis: Analysis, lexicon: lx.Lexicon) -> Iterator[Event]:
    n = 0
    for sent_index, sent in enumerate(analysis.doc.sents):
        events: list[Event] = []
        for cand in _candidates(sent, lexicon):
            for event in _events_for(analysis, cand, sent, sent_index):
                _add_merged(events, event, analysis)
                intent = _intent_event(analysis, cand, event)
                if intent is not None:
                    _add_merged(events, intent, analysis)
        for event in _demands(analysis, sent, sent_index):
            _add_merged(events, event, analysis)
        for event in list(events):
            accusation = _accusation(analysis, event, sent)
            if accusation is not None:
                _add_merged(events, accusation, analysis)
        events.sort(key=lambda e: (e.trigger.start, e.type))
        for event in events:
            n += 1
            event.id = f"e{n}"
            yield event


# --- finding predicates ----------------------------------------------------------------------


def _candidates(sent: Any, lexicon: lx.Lexicon) -> Iterator[_Candidate]:
    verb_events: dict[int, lx.Sense] = {}
    for tok in sent:
        if _is_verb(tok):
            sense = lexicon.verb_sense(tok)
            if sense is None:
                continue
            # "launched an attack": the noun names the event; but "called off a strike" is
            # an event of its own (CONCEDE), not the strike.
            obj = _event_object(tok, lexicon) if lexicon.is_light(tok) else None
            specific = bool(sense.objects or sense.particle)
            if obj is None or (specific and obj.type != sense.type):
                verb_events[tok.i] = sense
    for tok in sent:
        if tok.i in verb_events:
            sense = verb_events[tok.i]
            yield _Candidate(
                token=tok,
                sense=sense,
                trigger=_verb_trigger(tok, sense),
                clause=tok,
                source_tokens=_verb_sources(tok),
                target_token=_verb_target(tok, sense),
                anchored=False,
            )
        elif (tok.pos_ in ("NOUN", "PROPN") or _gerund_noun(tok)) and tok.dep_ != "compound":
            if tok.is_title and not tok.is_sent_start and tok.pos_ == "PROPN" or (
                tok.is_title and tok.i > sent.start and tok.nbor(-1).is_title
            ):
                continue  # part of a name: "the Iraq War", "Operation Desert Storm"
            found = _noun_sense(tok, lexicon)
            if not found:
                continue
            sense, first = found
            governor = _governing_verb(tok)
            if governor is not None and governor.i in verb_events and not _circumstance(tok):
                continue  # "agreed to the cease-fire": the verb already says it
            if (_mentioned_under(tok, verb_events) and not _noun_sources(tok)
                    and status_of(tok)[0] in ("asserted", "reported")):
                continue  # "accused of a role in the genocide": a known event, mentioned
            light = governor is not None and lexicon.is_light(governor) and _is_object(tok)
            occurs = (
                governor is not None
                and tok.dep_ in ("nsubj", "nsubjpass")
                and lexicon.is_occurrence(governor)
            )
            sources = _noun_sources(tok)
            borrow = light or tok.dep_ == "pobj" and (
                tok.head.lower_ == "with"  # "responded with missile strikes"
                or sense.type in _BORROWING_TYPES
                and tok.head.lower_ in ("in", "for", "at", "into", "on", "during")
            )
            if not sources and borrow and governor is not None:
                sources = _verb_sources(governor)
            elif light and governor is not None and _between_only(tok):
                # "launched a mediation effort between A and B": A and B are mediated; the
                # one who launched it mediates
                sources = _verb_sources(governor) or sources
            yield _Candidate(
                token=tok,
                sense=sense,
                trigger=(first.idx, tok.idx + len(tok.text)),
                clause=governor if (light or occurs) and governor is not None else tok,
                source_tokens=sources,
                target_token=_noun_target(tok) or (
                    _light_target(governor, tok)
                    if light and governor is not None and tok.dep_ == "dobj" else None),
                anchored=light or occurs,
            )


def _circumstance(tok: Any) -> bool:
    """ "threw stones during demonstrations": a noun under a preposition of time or cause is
    an event beside the verb's, not the verb's own content."""
    return tok.dep_ == "pobj" and tok.head.lower_ in (
        "during", "amid", "after", "before", "despite", "following", "since", "throughout")


# Predicates that talk about an event rather than report a new one.
_TALK_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "REQUEST", "CONSULT", "THREATEN"}


def _mentioned_under(tok: Any, verb_events: dict[int, lx.Sense]) -> bool:
    node = tok
    for _ in range(6):
        if node.dep_ not in ("pobj", "prep", "dobj", "pcomp", "xcomp", "conj", "attr"):
            return False
        node = node.head
        sense = verb_events.get(node.i)
        if sense is not None:
            return sense.type in _TALK_TYPES
    return False


def _is_verb(tok: Any) -> bool:
    return tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound") and not _gerund_noun(tok)


def _gerund_noun(tok: Any) -> bool:
    """ "could see wider fighting": an -ing form used as a noun (an object or subject with an
    adjective or determiner, and no subject or object of its own)."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr")
        and any(c.dep_ in ("amod", "det", "poss") for c in tok.children)
        and not any(c.dep_ in _SUBJ | _OBJ for c in tok.children)
    )


def _noun_key_tokens(tok: Any) -> tuple[str, Any]:
    """The noun's word with hyphenated or compound parts joined: "cease-fire", "air strike"."""
    first = tok
    i = tok.i
    doc = tok.doc
    # "shoot-down": the parts are glued by a hyphen with no spaces around it
    while i >= 2 and doc[i - 1].text == "-" and not (doc[i - 2].whitespace_
                                                     or doc[i - 1].whitespace_):
        i -= 2
        first = doc[i]
    return "".join(t.text for t in doc[first.i : tok.i + 1]), first


def _noun_sense(tok: Any, lexicon: lx.Lexicon) -> tuple[lx.Sense, Any] | None:
    word, first = _noun_key_tokens(tok)
    keys = [lx.normalise(word)]
    left = tok.doc[first.i - 1] if first.i > 0 else None
    if left is not None and left.dep_ in ("compound", "amod") and left.head == tok:
        keys.insert(0, lx.normalise(left.text + word))
        keys.insert(0, lx.normalise(left.lemma_ + tok.lemma_))
    keys.append(lx.normalise(tok.lemma_))
    for i, key in enumerate(keys):
        sense = lexicon.noun_sense(key, tok)
        if sense:
            start = left if i < 2 and len(keys) > 2 and left is not None else first
            return sense, start
    if tok.lemma_.lower() in _SHELL_NOUNS:  # "a mediation effort", "a bombing campaign"
        for c in tok.children:
            if c.dep_ == "compound" and c.i < tok.i:
                sense = lexicon.noun_sense(lx.normalise(c.lemma_), c)
                if sense:
                    return sense, c
    return None


def _event_object(tok: Any, lexicon: lx.Lexicon) -> lx.Sense | None:
    """The sense of a light verb's object when it is itself an event noun ("launched an
    attack")."""
    for c in tok.children:
        if c.dep_ in _OBJ or c.dep_ == "nsubjpass":
            found = _noun_sense(c, lexicon)
            if found:
                return found[0]
            for p in c.children:  # "ordered a series of strikes", "launched a wave of attacks"
                if p.dep_ == "prep" and p.lower_ == "of":
                    for g in p.children:
                        found = _noun_sense(g, lexicon) if g.dep_ == "pobj" else None
                        if found:
                            return found[0]
        if c.dep_ == "prep" and c.lower_ in ("in", "into", "on", "for"):  # "engaged in talks"
            for g in c.children:
                found = _noun_sense(g, lexicon) if g.dep_ == "pobj" else None
                if found:
                    return found[0]
    return None


def _governing_verb(tok: Any) -> Any | None:
    """The verb a noun is an argument of, through one preposition: "agreed [to] the truce"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        if head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.dep_ in _OBJ:
            return _governing_verb(head.head)  # "gave $5 million of aid", "a series of strikes"
        head = head.head
    elif tok.dep_ == "conj":
        return _governing_verb(head)
    if head == tok or head.pos_ not in ("VERB", "AUX"):
        return None
    return head


def _is_object(tok: Any) -> bool:
    return tok.dep_ in _OBJ or tok.dep_ in ("nsubjpass", "pobj", "attr") or (
        tok.dep_ == "conj" and _is_object(tok.head)
    )


def _verb_trigger(tok: Any, sense: lx.Sense) -> tuple[int, int]:
    end = tok.idx + len(tok.text)
    if sense.particle:
        for c in tok.children:
            if c.lower_ == sense.particle.split()[0] and c.i == tok.i + 1:
                end = c.idx + len(c.text)
    return tok.idx, end


# --- arguments -------------------------------------------------------------------------------


# Passive forms that are really states of their subject: "Israel is opposed to ...",
# "Serb forces were engaged in ...".
_STATIVE_PASSIVES = {"oppose", "commit", "determine", "prepare", "resolve", "involve", "engage",
                     "poise", "set"}


def _participle(tok: Any) -> bool:
    """ "soldiers killed in Ukraine", "a ship seized last week": a past participle hung on a
    noun is a passive whose patient is that noun."""
    return tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN" and tok.head.pos_ in (
        "NOUN", "PROPN") and not any(
        c.dep_ in _SUBJ | _PASSIVE_SUBJ | _OBJ  # an object: an active verb
        or c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP")  # "donated and delivered"
        for c in tok.children)


def _dated_by_year(tok: Any) -> bool:
    return any(c.dep_ in ("nummod", "compound", "amod", "npadvmod") and c.ent_type_ == "DATE"
               and c.like_num and len(c.text) == 4 for c in tok.children)


def _background_passive(tok: Any) -> bool:
    """ "the mayor, jailed a year ago", "civilians who had been imprisoned": an agentless
    passive describing a participant is its history, not news; but "there were ten soldiers
    killed" states the event."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("acl", "relcl"):
        return False
    passive = _participle(tok) or any(c.dep_ == "auxpass" for c in tok.children)
    if not passive or any(c.dep_ == "agent" for c in tok.children):
        return False
    if any(c.dep_ in _PASSIVE_SUBJ and c.lower_ not in _RELATIVE for c in tok.children):
        return False  # a clause with a subject of its own, whatever the parser hung it on
    head = tok.head
    existential = head.dep_ == "attr" and any(c.dep_ == "expl" for c in head.head.children)
    return not existential


def _verb_sources(tok: Any) -> list[Any]:
    passive = any(c.dep_ in _PASSIVE_SUBJ or c.dep_ == "auxpass" for c in tok.children) or (
        _participle(tok))
    if passive and tok.lemma_.lower() in _STATIVE_PASSIVES:
        subj = [c for c in tok.children if c.dep_ in _PASSIVE_SUBJ]
        if subj and not any(c.dep_ == "agent" for c in tok.children):
            return _with_conjuncts(subj[0])
    for c in tok.children:
        if c.dep_ == "agent":
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            if pobj:
                return _with_conjuncts(pobj[0])
    if not passive:
        # nearest subject first: a dateline ("LUANDA, July 9 -") can parse as a second one
        for c in sorted(tok.children, key=lambda c: abs(c.i - tok.i)):
            if c.dep_ in _SUBJ:
                if c.lower_ in _RELATIVE and tok.dep_ == "relcl":
                    return [tok.head]
                if _event_noun(c):
                    # "Fighting between A and B killed ...": an event is no actor; its own
                    # parties are, else whoever is named on it ("US drone strikes")
                    return _noun_sources(c) or [c]
                return _with_conjuncts(c)
    # No subject of its own: borrow it from the clause this verb hangs on.
    if tok.dep_ == "relcl" and not passive:
        return [tok.head]
    if tok.dep_ == "acl" and (tok.tag_ == "VBG" or tok.tag_ == "VBN" and not passive):
        gov = _governing_verb(tok.head)
        if (gov is not None and tok.head.dep_ in _OBJ and tok.head.pos_ == "NOUN"
                and tok.head.lemma_.lower() not in _AGENT_NOUNS and not tok.head.ent_type_):
            return _verb_sources(gov)  # "issued a declaration demanding ...": the issuer
        return [tok.head]
    if tok.dep_ == "advcl" and not passive and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children
    ) and tok.head.pos_ in ("VERB", "AUX"):
        return _verb_sources(tok.head)  # "opened fire to disperse ...": the same actor
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and not passive and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children
    ):
        # "plans to attack", "his decision to strike": the planner is the actor
        owner = _noun_sources(tok.head)
        if owner:
            return owner
        gov = _governing_verb(tok.head)
        if gov is not None and tok.head.dep_ in _OBJ:
            return _verb_sources(gov)
    if tok.dep_ == "pcomp" and tok.head.head.pos_ == "ADJ" and tok.head.head.dep_ == "acomp":
        return _verb_sources(tok.head.head.head)  # "X and Y are guilty of violating ..."
    if tok.dep_ == "pcomp" and tok.head.head.pos_ == "VERB":
        gov = tok.head.head  # "accused Iran of firing", "condemned it for attacking"
        objs = [c for c in gov.children if c.dep_ in _OBJ]
        if objs and tok.head.lower_ in ("of", "for", "from"):
            return [objs[0]]
        return _verb_sources(gov)  # "attacked the base without killing anyone"
    if tok.dep_ in ("xcomp", "conj", "advcl", "ccomp") and tok.head != tok:
        head = tok.head
        if tok.dep_ == "xcomp":
            objs = [c for c in head.children if c.dep_ in _OBJ or c.dep_ in _PASSIVE_SUBJ]
            if objs:  # object control or raising: "urged Iran to stop", "were set to meet"
                return [objs[0]]
        if tok.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            return _verb_sources(head.head)  # "Norway is willing to send"
        if tok.dep_ == "conj":
            patient = [c for c in head.children if c.dep_ in _PASSIVE_SUBJ]
            if patient and any(c.dep_ == "auxpass" for c in head.children):
                # "the minister was indicted ... and will resign": the subject, not the agent
                return _with_conjuncts(patient[0])
        if tok.dep_ in ("xcomp", "conj") or tok.tag_ == "VBG":
            if head.pos_ in ("NOUN", "PROPN"):
                return [head]
            return _verb_sources(head) if head.pos_ in ("VERB", "AUX") else []
    return []


def _verb_target(tok: Any, sense: lx.Sense) -> Any | None:
    passive = any(c.dep_ == "auxpass" for c in tok.children) or _participle(tok)
    for c in tok.children:
        if passive and c.dep_ in _PASSIVE_SUBJ:
            if c.lower_ in _RELATIVE and tok.dep_ == "relcl":
                return tok.head
            if c.lemma_.lower() in sense.objects:
                break  # "a rocket was fired at Israel": the weapon, not the target
            return c
    objs = [c for c in tok.children if c.dep_ in _OBJ]
    for c in objs:
        if c.dep_ in ("dative", "iobj"):
            return c
    for c in objs:
        if not (sense.objects and c.lemma_.lower() in sense.objects):
            return c
    for c in objs:  # "lifted sanctions on Belarus": the target hangs on the object
        for p in c.children:
            if p.dep_ == "prep" and p.lower_ in ("on", "against", "to", "at", "toward"):
                for g in p.children:
                    if g.dep_ == "pobj":
                        return g
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS:
            for g in c.children:
                if g.dep_ == "pobj" and not _temporal(g):
                    return g
    if passive and tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    for c in objs:
        return c
    for c in tok.children:  # "fired missiles early Wednesday targeting two air bases"
        if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in _AIM_VERBS and (
                c.tag_ == "VBG"):
            aim = next((g for g in c.children if g.dep_ in ("dobj", "obj")), None)
            if aim is not None:
                return aim
    # "agreed to send aid to Romania", "offered to hand over the suspects to Britain"
    for c in tok.children:
        if c.dep_ == "xcomp":
            for p in c.children:
                if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for", "with", "on"):
                    for g in p.children:
                        if g.dep_ == "pobj":
                            return g
    if not passive:  # "rammed and boarded two boats": the object both verbs share
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ == "VERB":
                shared = next((g for g in c.children if g.dep_ in ("dobj", "obj")), None)
                if shared is not None:
                    return shared
    return None


def _event_noun(tok: Any) -> bool:
    return (tok.pos_ in ("NOUN", "VERB") and not tok.ent_type_
            and tok.lemma_.lower() not in _AGENT_NOUNS and _noun_sense(tok, lx.load()) is not None)


def _temporal(tok: Any) -> bool:
    """ "on Monday", "at dawn": a time, never a party."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in _TIME_NOUNS


_TIME_NOUNS = {"day", "night", "morning", "evening", "afternoon", "dawn", "dusk", "week",
               "weekend", "month", "year", "time", "occasion", "moment", "hour"}


def _light_target(verb: Any, noun: Any) -> Any | None:
    """ "issued a warning to the army", "made an appeal to Iran": the light verb carries
    the noun's recipient."""
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "against", "on", "at"):
            for g in c.children:
                if g.dep_ == "pobj" and g is not noun and not _temporal(g):
                    return g
    return None


_AIM_VERBS = {"target", "hit", "strike", "aim"}


def _noun_sources(tok: Any) -> list[Any]:
    for c in tok.children:
        if c.dep_ == "poss":
            return _with_conjuncts(c)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _NOUN_SOURCE_PREPS:
            for g in c.children:
                if g.dep_ == "pobj":
                    return _with_conjuncts(g)
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
    agentive = [c for c in mods if c.ent_type_ in _AGENT_ENTS or c.pos_ == "PROPN"]
    if agentive:
        return _with_conjuncts(agentive[-1])
    for c in tok.children:  # "clashes between Armenian and Azerbaijani forces"
        if c.dep_ == "prep" and c.lower_ == "between":
            for g in c.children:
                if g.dep_ == "pobj":
                    return _with_conjuncts(g)
    return []


_ON_PREPS = ("against", "on", "to", "for", "with", "toward", "towards", "upon", "in", "into")
# Statement verbs whose "that" clause names the one addressed: "demanded that the US cancel".
_ADDRESS_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT"}


def _target_candidates(cand: _Candidate) -> Iterator[Any]:
    """The target token, then fallbacks when it is no actor: the party an object is aimed at
    ("threatened further action against Russia", "aid for Romania"), the subject of a demand's
    clause ("demanded that the US cancel ..."), the target of a governed verb ("refused to meet
    Jordan's king", "threatened to cut off electricity to Nakhichevan")."""
    first = cand.target_token
    if first is not None:
        yield first
    tok = cand.token
    if cand.sense.pos != "verb":
        return
    # not through an event noun: "condemned the attacks on Saudi territory" accuses the
    # attacker, not the Saudis
    if first is not None and not _noun_sense(first, lx.load()):
        for c in first.children:
            if c.dep_ == "prep" and c.lower_ in _ON_PREPS:
                yield from (g for g in c.children if g.dep_ == "pobj")
    elif first is not None and first.dep_ == "pobj" and first.head.lower_ == "with":
        # "retaliated with cyberattacks on X": the means is an event aimed at the target
        inner = _noun_target(first)
        if inner is not None:
            yield inner
    if cand.sense.type in _ADDRESS_TYPES:
        for c in tok.children:
            if c.dep_ == "ccomp":
                yield from (g for g in c.children if g.dep_ in _SUBJ | _PASSIVE_SUBJ
                            and g.lower_ not in _PRONOUNS)
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            inner = _verb_target(c, _NEUTRAL)
            if inner is not None and inner != first:
                yield inner
                for p in inner.children:
                    if p.dep_ == "prep" and p.lower_ in _ON_PREPS:
                        yield from (g for g in p.children if g.dep_ == "pobj")


_NEUTRAL = lx.Sense(lemma="", pos="verb", type="AGREE")


def _between_only(tok: Any) -> bool:
    """Whether a noun's only source phrase is "between A and B"."""
    deps = {(c.dep_, c.lower_) for c in tok.children}
    return ("prep", "between") in deps and not any(
        d == "poss" or (d == "prep" and w in _NOUN_SOURCE_PREPS) for d, w in deps)


def _noun_target(tok: Any) -> Any | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _NOUN_TARGET_PREPS and c.lower_ != "between":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
        if c.dep_ == "acl" and c.lemma_ == "target":
            for g in c.children:
                if g.dep_ in _OBJ:
                    return g
    return None


def _with_conjuncts(tok: Any) -> list[Any]:
    """The token and the tokens coordinated with it ("Pompeo and Bolton"); "the presidents
    of Congo and Rwanda" stand for their countries, one each."""
    if tok.tag_ == "NNS" and tok.lemma_.lower() in _AGENT_NOUNS and not any(
        c.dep_ == "conj" for c in tok.children
    ):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                owners = [g for g in c.children if g.dep_ == "pobj"]
                if owners and any(g.dep_ == "conj" for g in owners[0].children):
                    return _with_conjuncts(owners[0])
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON", "ADJ"):
            out.extend(_with_conjuncts(c))
    if len(out) == 1 and tok.pos_ == "NOUN":
        # "Armenian and Azerbaijani forces": two sides named by their adjectives
        for c in tok.children:
            if c.dep_ == "amod" and c.ent_type_ == "NORP":
                sides = [c] + [g for g in c.children if g.dep_ == "conj" and g.ent_type_ == "NORP"]
                if len(sides) > 1:
                    return sides
    return out


# --- parties ---------------------------------------------------------------------------------


def _phrase_tokens(tok: Any) -> list[Any]:
    """The noun phrase of an argument without its clauses, conjuncts and trailing phrases."""
    keep = [tok]
    stack = [c for c in tok.children if c.dep_ not in _PHRASE_CUT]
    while stack:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _PHRASE_CUT)
    return sorted(keep, key=lambda t: t.i)


_PHRASE_CUT = {"relcl", "acl", "conj", "cc", "punct", "appos", "advcl", "prep", "det", "case"}


def _actor_for(analysis: Analysis, tok: Any) -> Actor | None:
    if _resolve_phrase is not None:
        try:
            actor = _resolve_phrase(analysis, tok)
        except Exception:  # noqa: BLE001 - a resolver bug must not lose the event
            actor = None
        if actor is not None and actor.id.startswith("generic"):
            owner = _of_owner(analysis, tok)  # "the president of Angola": the text says whose
            if owner is not None and owner.country:
                return owner
        if actor is not None:
            return actor
    actor = analysis.actor_at(tok.idx, tok.idx + len(tok.text))
    if actor is not None:
        return actor
    # Modifiers nearest the head first: "the U.S. drone", "Iran's top general".
    words = _phrase_tokens(tok) + [c for c in tok.children if c.dep_ == "appos"]
    for t in sorted(words, key=lambda t: abs(t.i - tok.i)):
        actor = analysis.actor_at(t.idx, t.idx + len(t.text))
        if actor is not None:
            return actor
    # "the commander of Iran's Quds Force", "opposition groups in Zimbabwe": owner or home.
    preps = ("of", "from", "in") if tok.lemma_.lower() in _AGENT_NOUNS else ("of",)
    for prep in preps:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == prep:
                for g in c.children:
                    if g.dep_ == "pobj":
                        actor = _actor_for(analysis, g)
                        if actor is not None:
                            return actor
    if tok.lower_ in _PRONOUNS | _POSSESSIVES:
        return _matrix_subject_actor(analysis, tok)
    return _owner_actor(analysis, tok)


def _of_owner(analysis: Analysis, tok: Any) -> Actor | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    actor = analysis.actor_at(g.idx, g.idx + len(g.text))
                    if actor is not None:
                        return actor
    return None


def _owner_actor(analysis: Analysis, tok: Any) -> Actor | None:
    """ "its air defences", "their forces": the owner is the possessive pronoun's antecedent."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
    if poss is not None and tok.lemma_.lower() in _AGENT_NOUNS | _FORCE_NOUNS:
        return _matrix_subject_actor(analysis, poss)
    return None


_POSSESSIVES = {"its", "their", "his", "her", "our"}
# Armed units a party owns: "its air defences" act for the owner.
_FORCE_NOUNS = {"defence", "defense", "troop", "force", "jet", "warship", "ship", "vessel",
                "soldier", "police", "army", "navy", "unit", "artillery", "drone", "plane"}


def _matrix_subject_actor(analysis: Analysis, pron: Any) -> Actor | None:
    """ "Hungary said it will ...", "Israel mounted its invasion": the nearest clause subject
    above a pronoun that is not itself a pronoun is taken as its antecedent."""
    node = pron.head
    first: Actor | None = None  # "their forces" may stand for "the Bosnian Serbs" above
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            subj = next((c for c in node.children if c.dep_ in _SUBJ), None)
            if subj is not None and subj.lower_ not in _PRONOUNS and subj != pron and not (
                subj.left_edge.i <= pron.i <= subj.right_edge.i  # "its forces" is no antecedent
            ):
                actor = _actor_for(analysis, subj)
                if actor is not None and actor.country:
                    return actor
                first = first or actor
        if node.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "acomp", "nsubj", "dobj",
                             "pobj", "prep", "poss", "aux", "acl", "pcomp"):
            break
        node = node.head
    return first


_LOCATIVE = ("in", "throughout", "across", "inside", "at")


def _place_country(analysis: Analysis, tok: Any) -> str | None:
    """The country of an "in X" phrase on a token ("demonstrators in Baghdad", "tens of
    thousands of students throughout Indonesia")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _LOCATIVE:
            for g in c.children:
                if g.dep_ == "pobj":
                    actor = analysis.actor_at(g.idx, g.idx + len(g.text))
                    if actor is not None and actor.country:
                        return actor.country
        elif c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and (found := _place_country(analysis, g)):
                    return found
    return None


_HARM_TYPES = {"ASSAULT", "COERCE"}
# A weapon is no actor: only its owner, when named on it ("Iranian missiles"), gives a country.
_WEAPON_NOUNS = {"missile", "rocket", "shell", "bomb", "projectile", "mortar", "munition",
                 "round", "bullet", "grenade", "torpedo", "warhead", "drone", "salvo", "barrage"}
# Fired from afar: where they land says nothing of who fired them (a car bomb is local).
_REMOTE_WEAPONS = {"missile", "rocket", "shell", "projectile", "munition", "torpedo", "warhead",
                   "drone", "salvo", "barrage", "mortar"}
# Ground and things a strike hits; their country is where they are, or whose people they hold.
_PLACE_NOUNS = {"base", "basis", "camp", "depot", "village", "town", "city", "position",
                "facility", "embassy", "consulate", "airport", "airbase", "port", "headquarters",
                "compound", "installation", "outpost", "site", "area", "district", "region",
                "neighbourhood", "neighborhood", "territory", "convoy", "vessel", "tanker", "ship",
                "infrastructure", "plant", "refinery", "school", "hospital", "home", "house",
                "building", "checkpoint", "post", "airfield", "capital", "province", "target",
                "interest", "asset", "station", "barracks", "warehouse", "road", "bridge"}
_HOST_VERBS = {"host", "house", "hold", "station", "use", "shelter"}


def _hosted_country(analysis: Analysis, tok: Any) -> str | None:
    """Whose people a place holds: "bases hosting American troops"."""
    if tok.lemma_.lower() not in _PLACE_NOUNS and tok.lower_ not in _PLACE_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _HOST_VERBS:
            for g in c.children:
                if g.dep_ in _OBJ:
                    party = _party(analysis, g)
                    if party.country:
                        return party.country
    return None


def _place_target_country(analysis: Analysis, tok: Any, event: Any) -> str | None:
    if tok.pos_ == "PROPN":
        return _gazetteer_country(tok)
    if tok.lemma_.lower() not in _PLACE_NOUNS and tok.lower_ not in _PLACE_NOUNS:
        return None
    found = (_hosted_country(analysis, tok) or _modifier_country(analysis, tok)
             or _place_country(analysis, tok))
    if found:
        return found
    for c in tok.children:  # "a depot in Belgorod", "the town of Samarra"
        if c.dep_ == "prep" and c.lower_ in _NEAR + ("of",):
            for g in c.children:
                if g.dep_ == "pobj":
                    found = next((f for w in _place_words(g)
                                  for f in [_gazetteer_country(w)] if f), None)
                    if found:
                        return found
    return _clause_place_country(analysis, event)  # "hit a depot in Belgorod"


def _party(analysis: Analysis, tok: Any, depth: int = 0) -> Party:
    actor = _actor_for(analysis, tok)
    words = _phrase_tokens(tok)
    if tok.dep_ == "amod" or tok.dep_ == "conj" and tok.head.dep_ == "amod":
        # one side of "Hungarian and Romanian officials": "Hungarian officials"
        head = tok.head if tok.dep_ == "amod" else tok.head.head
        words = sorted([w for w in _phrase_tokens(head)
                        if not (w.dep_ == "amod" and w.ent_type_ == "NORP")] + [tok],
                       key=lambda w: w.i)
    text = " ".join(w.text for w in words) if tok.dep_ in ("amod", "conj") and (
        words[-1].i - words[0].i + 1 != len(words)) else (
        analysis.text[words[0].idx : words[-1].idx + len(words[-1].text)])
    if actor is None:
        return Party(actor_id=None, text=text, country=_place_country(analysis, tok))
    country = actor.country
    if country is None and not actor.from_dictionary:
        owner = _owner_actor(analysis, tok)
        country = owner.country if owner is not None else None
    if country is None and not actor.from_dictionary:
        country = _modifier_country(analysis, tok)  # "Nigerian junior minister Dubem Oniya"
    if country is None and not actor.from_dictionary:
        country = _place_country(analysis, tok)  # "rebels in the Ivory Coast"
    if country is None and tok.lower_ in _PRONOUNS and depth < 2:
        ante = _antecedent(tok)  # "King Hassan of Morocco ... said he would"
        if ante is not None:
            country = _party(analysis, ante, depth + 1).country
    return Party(actor_id=actor.id, text=text, country=country, sector=actor.sector)


_PAIR_NOUNS = {"country", "nation", "state", "leader", "government", "side", "neighbour",
               "neighbor", "president", "minister", "capital", "rival", "army", "foe"}


def _the_two(analysis: Analysis, tok: Any, party: Party) -> list[tuple[Any, Party]]:
    """ "The two countries agreed", "both leaders met": the two states last named before
    stand for them, one party each."""
    if party.country or tok.lemma_.lower() not in _PAIR_NOUNS or tok.tag_ != "NNS" or not any(
        c.lower_ in ("two", "both") for c in tok.children if c.dep_ in ("nummod", "det", "predet")
    ):
        return [(tok, party)]
    seen: list[tuple[int, Actor]] = []
    for actor in analysis.actors:
        if actor.kind != "state" or not actor.country:
            continue
        before = [m.start for m in actor.mentions if m.start < tok.idx]
        if before:
            seen.append((max(before), actor))
    seen.sort(key=lambda p: -p[0])
    states: list[Actor] = []
    for _, actor in seen:
        if all(a.country != actor.country for a in states):
            states.append(actor)
    if len(states) < 2:
        return [(tok, party)]
    return [(tok, Party(actor_id=a.id, text=party.text, country=a.country, sector=party.sector))
            for a in states[:2]]


def _antecedent(pron: Any) -> Any | None:
    """The nearest clause subject above a subject pronoun that is not itself a pronoun."""
    node = pron.head
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            subj = next((c for c in node.children if c.dep_ in _SUBJ | _PASSIVE_SUBJ), None)
            if subj is not None and subj.lower_ not in _PRONOUNS and subj != pron:
                return subj
        if node.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "pcomp", "prep", "pobj", "dobj",
                             "poss"):
            return None
        node = node.head
    return None


def _modifier_country(analysis: Analysis, tok: Any) -> str | None:
    """The country named inside a person's or group's phrase, nearest the head first: a title
    ("French National Assembly president Laurent Fabius") gives the person's country."""
    words = _phrase_tokens(tok)
    for c in tok.children:  # "King Hassan of Morocco", "the Mayor of Kyiv"
        if c.dep_ == "prep" and c.lower_ == "of" and tok.ent_type_ == "PERSON":
            words += [g for g in c.children if g.dep_ == "pobj"]
    for t in sorted(words, key=lambda t: abs(t.i - tok.i)):
        if t.i == tok.i:
            continue
        actor = analysis.actor_at(t.idx, t.idx + len(t.text))
        if actor is not None and actor.country:
            return actor.country
    return None


_NEAR = _LOCATIVE + ("near", "outside", "around", "along", "off", "within")
# Clauses of another statement: a place named there is not where this event happened.
_OTHER_CLAUSE = {"ccomp", "relcl", "parataxis", "advcl"}


def _clause_place_country(analysis: Analysis, tok: Any) -> str | None:
    """The country of the first place named in the event's own clause ("a roadside bombing
    near the town of Samarra killed ...", "blocked roads in the capital city of Algiers")."""
    root = tok
    if root.dep_ in ("nsubj", "nsubjpass", "dobj") and root.head.pos_ in ("VERB", "AUX"):
        root = root.head  # a noun event: the clause of its verb
    stack = [c for c in root.children if c.dep_ not in _OTHER_CLAUSE
             and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]  # another clause
    seen = 0
    while stack and seen < 60:
        t = stack.pop(0)
        seen += 1
        if t.dep_ == "pobj" and (t.head.lower_ in _NEAR or t.head.lower_ == "of" and (
            t.head.head.lower_ in _NEAR and t.head.head.dep_ == "prep"  # "outside of Basra"
        )):
            for w in _place_words(t):
                if w.ent_type_ not in ("GPE", "LOC", "FAC", "NORP") and w.pos_ != "PROPN":
                    continue
                actor = analysis.actor_at(w.idx, w.idx + len(w.text))
                if actor is not None and actor.country:
                    return actor.country  # "the Iraqi city of Basra", "near Kabul"
                found = _gazetteer_country(w)
                if found:
                    return found
        stack.extend(c for c in t.children if c.dep_ not in _OTHER_CLAUSE)
    return None


def _gazetteer_country(tok: Any) -> str | None:
    """The country of a named place the actor dictionary does not know ("Samarra")."""
    if _gazetteer is None or tok.pos_ != "PROPN":
        return None  # "Iraqi" is for the actor dictionary; "Samarra" (even tagged NORP) is not
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    try:
        place = _gazetteer().lookup(ent.text if ent is not None else tok.text)
    except Exception:  # noqa: BLE001 - a gazetteer problem must not lose the event
        return None
    return place.country if place is not None else None


def _place_words(tok: Any) -> list[Any]:
    """A place phrase with its "of" chain ("the town of Samarra"), nearest words first."""
    out = []
    for w in _phrase_tokens(tok):
        out.append(w)
        for c in w.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                out.extend(g2 for g in c.children if g.dep_ == "pobj" for g2 in _place_words(g))
    return sorted(out, key=lambda w: abs(w.i - tok.i))


def _named_group(tok: Any) -> bool:
    """ "Ibo traditional elders", "ethnic Albanian guerrillas": a group named by a people or
    place, not "the two countries" (whose reference lies outside the sentence)."""
    if tok is not None and tok.lower_ in _PRONOUNS | _POSSESSIVES:
        tok = _antecedent(tok)  # "Islamic fundamentalists continued their hunger strike"
    if tok is None or tok.lemma_.lower() in ("country", "side", "nation", "state", "party"):
        return False
    agentive = tok.lemma_.lower() in _AGENT_NOUNS | {"elder", "member", "supporter"}
    return agentive and any(t.pos_ == "PROPN" or t.ent_type_ == "NORP"
                            for t in _phrase_tokens(tok) if t.i != tok.i)


def _home_body(analysis: Analysis, party: Party) -> bool:
    """A country's officials or bodies (not the state itself) as a party."""
    actor = analysis.actor(party.actor_id) if party.actor_id else None
    return actor is not None and actor.kind != "state" and actor.sector in _DOMESTIC_SECTORS


_DOMESTIC_SECTORS = {"GOV", "OPP", "JUD", "COP", "CVL", "LEG", "BUS", "EDU", "MED"}


def _a_person(analysis: Analysis, party: Party) -> bool:
    actor = analysis.actor(party.actor_id) if party.actor_id else None
    return actor is not None and actor.kind == "person" and not actor.id.startswith("generic")


def _sentence_countries(analysis: Analysis, sent: Any) -> set[str]:
    start, end = sent.start_char, sent.end_char
    return {a.country for a in analysis.actors if a.country
            and any(start <= m.start < end for m in a.mentions)}


def _from_dictionary(analysis: Analysis, party: Party) -> bool:
    actor = analysis.actor(party.actor_id)
    return bool(actor and actor.from_dictionary)


def _actor_like(tok: Any, party: Party) -> bool:
    if party.actor_id or party.country:
        return True
    words = _phrase_tokens(tok)
    if any(t.ent_type_ in _AGENT_ENTS for t in words):
        return True
    return tok.lower_ in _PRONOUNS or tok.lemma_.lower() in _AGENT_NOUNS


# --- events ----------------------------------------------------------------------------------


def _events_for(analysis: Analysis, cand: _Candidate, sent: Any, sent_index: int) -> list[Event]:
    sense = cand.sense
    sources = [(t, _party(analysis, t)) for t in cand.source_tokens]
    for t, party in sources:
        if party.actor_id is None and _event_noun(t):
            party.text = None  # "a roadside bombing killed ...": no actor named, only a place
    sources = [pair for t, party in sources for pair in _the_two(analysis, t, party)]
    target = None
    tried = []
    for tok in _target_candidates(cand):
        party = _party(analysis, tok)
        hosted = _hosted_country(analysis, tok) if sense.type in _HARM_TYPES else None
        if hosted is not None:  # "bases that house U.S. troops": the troops are hit
            party.country = hosted
        if tok.lemma_.lower() in _WEAPON_NOUNS and not party.country:
            continue  # "fired missiles": a weapon is no target; only its named owner is
        if _actor_like(tok, party):
            target = (tok, party)
            break
        tried.append((tok, party))
    named_target = target is not None  # a place or people hit alone make no weak event
    if target is None and sense.type in _HARM_TYPES:
        # "fired missiles at two bases hosting U.S. troops", "shelled a village in X": the
        # state whose ground or people are hit
        for tok, party in tried:
            country = _place_target_country(analysis, tok, cand.token)
            if country is None and tok.pos_ == "NOUN" and not _event_noun(tok) and (
                    tok.lemma_.lower() not in _WEAPON_NOUNS and not _temporal(tok)):
                # "shot dead a teenager in Hebron": people hit where it happened
                country = _clause_place_country(analysis, cand.token)
            if country is not None:
                party.country = country
                target = (tok, party)
                break
    if target is not None and sense.type in ("RETREAT", "MOBILIZE") and any(
        target[1].country and target[1].country == p.country for _, p in sources
    ):
        target = None  # "Russia withdrew its troops": the troops are the mover's own
    sources = [s for s in sources if _actor_like(*s)] or sources[:1]
    has_actor = any(_actor_like(*s) for s in sources) or named_target
    if _background_passive(cand.token):
        return []
    if cand.sense.pos == "noun" and not cand.anchored and _dated_by_year(cand.token):
        return []  # "the 1994 genocide", "the 2003 invasion": a past event named, not news
    status, cue = status_of(cand.token)
    if sense.weak and not has_actor and status in ("asserted", "reported"):
        return []  # a bare "war" or "talks" is only worth keeping when it is hedged
    if not has_actor and not cand.anchored:
        if sense.pos == "verb" and not sources and cand.target_token is None:
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
        if tgt is None and reciprocal and len(distinct) > 1:
            tgt = next(p for _, p in distinct if p is not party)
        pairs.append((party, tgt))
    evidence = _evidence(analysis, cand.clause, sent)
    # A group with no country of its own acting in a country ("protesters blocked roads in
    # Algiers") is taken to be from there, as event coders do; but talks, visits and deals
    # happen abroad ("their ministers will meet in Almaty"), so not for cooperation.
    where = None
    tok_of = {id(party): tok for tok, party in distinct}
    local = sense.type not in COOPERATION_TYPES
    for source, _ in pairs:
        weapon = id(source) in tok_of and tok_of[id(source)].lemma_.lower() in _REMOTE_WEAPONS
        if (local and source is not None and source.country is None and not weapon
                and not _from_dictionary(analysis, source)):
            where = where or _place_country(analysis, cand.token) or next(
                (_place_country(analysis, c) for c in cand.token.children
                 if c.dep_ in _OBJ and _place_country(analysis, c)), None
            ) or _clause_place_country(analysis, cand.token)
            source.country = where
        if source is not None and source.country is None and (
            _a_person(analysis, source)
            or not _from_dictionary(analysis, source) and _named_group(tok_of.get(id(source)))
        ):
            # "Vice-President Moody Awori declined ... under pressure from the Kenya
            # Anti-Corruption Commission": a titled person takes the one country the sentence
            # names besides the target's
            named = _sentence_countries(analysis, sent)
            others = named - {t.country for _, t in pairs if t}
            if len(others) == 1:
                source.country = next(iter(others))
            elif len(named) == 1 and not _a_person(analysis, source):
                source.country = next(iter(named))  # a people's group acting at home
            elif len(named) == 1 and any(t is not None and _home_body(analysis, t)
                                         for s_, t in pairs if s_ is source):
                # "Judge X opened investigations against Chilean officials": a person acting
                # on a body of the one country named is taken to act at home
                source.country = next(iter(named))
    _target_home(analysis, cand, sent, pairs)
    out = []
    for source, tgt in pairs:
        out.append(
            Event(
                id="",
                type=sense.type,
                evidence=evidence,
                trigger=analysis.span(*cand.trigger),
                sentence=sent_index,
                status=status,
                status_cue=cue,
                mode=sense.mode,
                cameo=sense.cameo,
                intensity=sense.intensity,
                source=source,
                target=tgt,
                trigger_token=cand.token.i,
            )
        )
    return out


def _target_home(analysis: Analysis, cand: _Candidate, sent: Any,
                 pairs: list[tuple[Party | None, Party | None]]) -> None:
    """A target named without a country: people hit where the clause says it happened
    ("killed 23 people in Tel Aviv"), a titled person of the one other country named."""
    named: set[str] | None = None
    for source, tgt in pairs:
        if tgt is None or tgt.country or _from_dictionary(analysis, tgt):
            continue
        if cand.sense.type in _HARM_TYPES:
            tgt.country = _clause_place_country(analysis, cand.token)
        if tgt.country is None and _a_person(analysis, tgt):
            named = _sentence_countries(analysis, sent) if named is None else named
            others = named - {source.country} if source is not None else named
            if len(others) == 1:
                tgt.country = next(iter(others))


# --- statements of intent and demands -------------------------------------------------------
#
# Event coding (CAMEO, PLOVER) records a stated intention as an event of its own: "Norway will
# send aid" is an AGREE (intent to cooperate), "the farmers said they would blockade Paris" a
# THREATEN, "the U.S. will not meet the demands" a REJECT, and "Britain said Libya must hand over
# the suspects" a REQUEST. The planned or hypothetical event itself is kept with its status; the
# statement of intent is added with the intent word ("will", "ready") as its trigger.

_FUTURE = {"will", "would", "shall", "'ll", "wo", "'d"}
_INTENT_HEADS = {"willing", "ready", "prepared", "plan", "intend", "determined", "committed",
                 "decide", "resolve", "poised", "want", "wish", "seek", "hope", "aim",
                 "offer", "promise", "pledge", "agree", "vow"}
_DEMAND_MODALS = {"must", "should"}
_DEMAND_VERBS = {"say", "declare", "insist", "reiterate", "conclude", "tell", "state", "add",
                 "stress", "demand", "announce", "warn", "urge", "write", "maintain"}
_INTENT_CAMEO = {"ASSAULT": "138", "COERCE": "137", "SANCTION": "1312", "PROTEST": "133",
                 "MOBILIZE": "138"}


def _intent_word(tok: Any) -> tuple[Any, bool] | None:
    """The word by which the predicate's actor states an intention, and whether it is negated."""
    node = tok
    for _ in range(3):
        neg = any(c.dep_ == "neg" for c in node.children)
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in node.children):
            return None  # "would have killed": a counterfactual, not an intention
        for c in node.children:
            if c.dep_ == "aux" and c.lower_ in _FUTURE:
                return c, neg
        conditional = any(c.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
            for c in node.children)
        for c in node.children:  # "may halt mediation if ...": a conditional move is a threat
            if conditional and c.dep_ == "aux" and c.lower_ in ("may", "might", "could"):
                return c, neg
        head = node.head
        if node.dep_ == "xcomp" and head.lemma_.lower() in _INTENT_HEADS:
            return head, neg or any(c.dep_ == "neg" for c in head.children)
        if node.dep_ != "xcomp" or head == node:
            return None
        node = head
    return None


def _intent_event(analysis: Analysis, cand: _Candidate, event: Event) -> Event | None:
    if cand.sense.pos != "verb" and not cand.anchored or event.type == "THREATEN":
        return None
    if event.source is None or not (event.source.actor_id or event.source.country):
        return None  # "the truce will allow ...": no actor states an intention
    # "would not give permission": a light verb's noun states its intent through the verb
    found = _intent_word(cand.clause if cand.sense.pos == "noun" else cand.token)
    if found is None:
        return None
    word, negated = found
    if event.type == "AGREE" and not negated:
        return None  # "will agree": the agreement is its own intent
    if word.pos_ == "VERB" and lx.load().verb_sense(word) is not None:
        return None  # "pledged to expel": the governing verb is already the statement
    cooperative = event.type in COOPERATION_TYPES
    if negated:
        if not cooperative:
            return None
        etype, cameo = "REJECT", "120"
    elif cooperative:
        etype, cameo = "AGREE", "030"
    elif event.type in _INTENT_CAMEO:
        etype, cameo = "THREATEN", _INTENT_CAMEO[event.type]
    else:
        return None
    row = lx.cameo_table().get(cameo)
    return Event(
        id="",
        type=etype,
        evidence=event.evidence,
        trigger=analysis.span(word.idx, word.idx + len(word.text)),
        sentence=event.sentence,
        mode=row.mode if row and row.plover == etype else None,
        cameo=cameo,
        intensity=lx.goldstein(cameo),
        source=event.source,
        target=event.target,
        trigger_token=word.i,
    )


_ALLEGED_TYPES = {"ASSAULT", "COERCE"}


def _accusation(analysis: Analysis, event: Event, sent: Any) -> Event | None:
    """ "Israel said a rocket was fired at it from Gaza": a speaker's claim that another party
    used force is an accusation (CAMEO 112) by the speaker, besides the reported event, when
    the speaker is the victim's side, a state speaking as such ("The US said Iraq attacked"),
    or the verb itself alleges ("claimed"). A unit or source telling of a fight ("Thai police
    said Burmese troops captured a rebel camp") reports it and accuses nobody."""
    if event.type not in _ALLEGED_TYPES or event.status != "reported":
        return None
    if event.trigger_token is None:
        return None
    node = analysis.doc[event.trigger_token]
    while node.dep_ not in ("ccomp", "parataxis") and node.head != node:
        node = node.head
    verb = node.head if node.dep_ == "ccomp" else node
    if verb.lemma_.lower() not in _DEMAND_VERBS | {"claim", "allege", "report"}:
        return None
    speaker = next((c for c in verb.children if c.dep_ in _SUBJ), None)
    if speaker is None or not _named(speaker):
        return None  # "officials said": too vague to be an accuser
    source = _party(analysis, speaker)
    if not source.country and not source.actor_id or source.sector == "MED" or (
        speaker.lemma_.lower() in _PRESS_NOUNS
    ):
        return None  # nobody, or the press: a news report accuses no one
    if event.source is not None and not (event.source.country or event.source.actor_id):
        return None  # "its air defences", unresolved: nobody the speaker accuses
    if event.source is not None and _key(event.source) == _key(source) or (
        event.source is not None and source.country and event.source.country == source.country
    ):
        return None  # a party speaking of its own action is not accusing anyone
    victim = event.target.country if event.target is not None else None
    victim = victim or _place_country(analysis, analysis.doc[event.trigger_token])
    state_voice = (speaker.ent_type_ == "GPE" or source.sector == "GOV"
                   or verb.lemma_.lower() in ("claim", "allege"))
    if not source.country or not (state_voice or victim == source.country):
        return None
    return Event(
        id="",
        type="ACCUSE",
        evidence=_evidence(analysis, verb, sent),
        trigger=analysis.span(verb.idx, verb.idx + len(verb.text)),
        sentence=event.sentence,
        mode="allege",
        cameo="112",
        intensity=lx.goldstein("112"),
        source=source,
        target=event.source,
        trigger_token=verb.i,
    )


_PRESS_NOUNS = {"media", "medium", "agency", "newspaper", "paper", "television", "tv", "radio",
                "daily", "broadcaster", "outlet", "press", "channel", "news", "website",
                "station"}


def _named(tok: Any) -> bool:
    """A proper name, or a phrase with one ("Israel", "the Syrian army", "Kyiv's mayor")."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in _AGENT_ENTS for t in _phrase_tokens(tok))


def _demands(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """ "X said Y must do Z": a demand by X on Y."""
    for tok in sent:
        modal = next((c for c in tok.children
                      if c.dep_ == "aux" and c.lower_ in _DEMAND_MODALS), None)
        if modal is None or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _DEMAND_VERBS:
            continue
        speaker = next((c for c in tok.head.children if c.dep_ in _SUBJ), None)
        subject = next((c for c in tok.children if c.dep_ in _SUBJ | _PASSIVE_SUBJ), None)
        if speaker is None:
            continue
        source = _party(analysis, speaker)
        if not _actor_like(speaker, source):
            continue
        target = _party(analysis, subject) if subject is not None else None
        if subject is not None and target is not None and not _actor_like(subject, target):
            target = None
        yield Event(
            id="",
            type="REQUEST",
            evidence=_evidence(analysis, tok.head, sent),
            trigger=analysis.span(modal.idx, modal.idx + len(modal.text)),
            sentence=sent_index,
            mode=None,
            cameo="100",
            intensity=lx.goldstein("100"),
            source=source,
            target=target,
            trigger_token=modal.i,
        )


def _evidence(analysis: Analysis, clause: Any, sent: Any) -> Span:
    toks = [t for t in clause.subtree if sent.start <= t.i < sent.end]
    while len(toks) > 1 and toks[-1].is_punct:
        toks.pop()
    while len(toks) > 1 and toks[0].is_punct:
        toks.pop(0)
    return analysis.span(toks[0].idx, toks[-1].idx + len(toks[-1].text))


def _key(party: Party | None) -> str | None:
    if party is None:
        return None
    return party.actor_id or party.country or (party.text or "").lower() or None


def _compatible(a: Party | None, b: Party | None) -> bool:
    ka, kb = _key(a), _key(b)
    return ka is None or kb is None or ka == kb


_CONDITIONS = {"if", "unless", "whether", "lest"}


def _add_merged(events: list[Event], new: Event, analysis: Analysis) -> None:
    """Keep one event where the sentence states the same thing twice."""
    for old in events:
        if (
            old.type == new.type
            and old.status == new.status
            # "escalation could follow if either side strikes": a condition and its
            # consequence are two events
            and (old.status_cue in _CONDITIONS) == (new.status_cue in _CONDITIONS)
            # "no American was killed, so he decided against retaliation": two denials
            and (old.status != "negated" or old.status_cue == new.status_cue)
            and _compatible(old.source, new.source)
            and _compatible(old.target, new.target)
            and not (old.source and new.source and old.source is not new.source
                     and _key(old.source) != _key(new.source))
        ):
            if old.source is None or (not old.source.country and new.source and new.source.country):
                old.source = new.source
            if old.target is None or (not old.target.country and new.target and new.target.country):
                old.target = new.target
            return
    events.append(new)
