"""Events that statements add beside the event they are about.

Event coding (CAMEO, PLOVER) records a stated intention as an event of its own ("Canada will
send aid" -> AGREE, "would blockade Paris" -> THREATEN, "will not meet" -> REJECT), a demand in
reported speech ("Germany said Russia must withdraw" -> REQUEST), and a party's claim that
another used force ("Israel said a rocket was fired at it" -> ACCUSE). The planned or
hypothetical event itself is kept with its status; the statement is added with its own word
("will", "ready", "must", "said") as its trigger, and the status of that word's frame.

A conditional move ("might close the crossing if ...") is a threat only in its actor's words, not
in an unattached source's guess; a speaker states the intentions of its own forces ("the
President said the army would pursue them"); "no longer bound by the truce" renounces it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from warpath.document import COOPERATION_TYPES, Analysis, Event, Party
from warpath.events import lexicon as lx
from warpath.events.countries import place_country
from warpath.events.filters import party_key
from warpath.events.grammar import PASSIVE_SUBJ, SUBJ
from warpath.events.parties import actor_like, is_named, party_of
from warpath.events.predicates import Candidate, evidence_span
from warpath.events.status import status_of

_FUTURE = {"will", "would", "shall", "'ll", "wo", "'d"}
_INTENT_HEADS = {"willing", "ready", "prepared", "plan", "intend", "determined", "committed",
                 "decide", "resolve", "poised", "want", "wish", "seek", "hope", "aim",
                 "offer", "promise", "pledge", "agree", "vow"}
# verbs of holding back whose negation is a readiness: "will not hesitate to strike"
_UNHESITATING = {"hesitate", "shy", "flinch", "refrain"}
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
        # A future or a conditional move is an intention only in someone's words ("Canada
        # said it will send aid"); in the writer's ("the envoys will meet on Monday") it is a
        # schedule, and the event itself, planned, is all there is.
        for c in node.children:
            if c.dep_ == "aux" and c.lower_ in _FUTURE and _voiced(node):
                return c, neg
        conditional = any(c.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
            for c in node.children)
        for c in node.children:  # "may halt mediation if ...": a conditional move is a threat
            if conditional and c.dep_ == "aux" and c.lower_ in ("may", "might", "could") and (
                    _voiced(node)):
                return c, neg
        head = node.head
        if node.dep_ == "xcomp" and head.lemma_.lower() in _UNHESITATING and any(
                c.dep_ == "neg" or c.lower_ == "never" for c in head.children):
            # "would not hesitate to use force": a readiness, not a refusal (told by its modal,
            # whose "not" belongs to the hesitation)
            modal = next((c for c in head.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
            return (modal if modal is not None else head), False
        if node.dep_ == "xcomp" and head.lemma_.lower() in _INTENT_HEADS:
            return head, neg or any(c.dep_ == "neg" for c in head.children)
        if node.dep_ in ("relcl", "acl") and head.lemma_.lower() in _INTENT_HEADS and (
                node.tag_ == "VB" and any(c.lower_ == "to" for c in node.children)):
            return head, neg  # "the Houthis vow to retaliate", parsed with "vow" a noun
        if node.dep_ != "xcomp" or head == node:
            return None
        node = head
    return None


_SPEECH = _DEMAND_VERBS | {"vow", "promise", "pledge", "threaten", "confirm", "signal", "claim",
                           "reply", "respond", "tweet", "post", "indicate", "announce", "report",
                           "warn", "assure", "predict", "suggest", "hint", "vowed", "tell"}


def _voiced(tok: Any) -> bool:
    """Whether the clause is someone's reported words: the complement of a speech verb, or a
    clause with a speech tag of its own (", the minister said"), or words in the first person
    ("we will respond": a transcript, an interview, a quotation)."""
    if any(c.dep_ in SUBJ and c.lower_ in ("we", "i") for c in tok.children):
        return True
    node = tok
    for _ in range(6):
        if any(c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in _SPEECH
               and c.i > node.i for c in node.children):
            return True
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in _SPEECH:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _statement(analysis: Analysis, etype: str, cameo: str, word: Any, evidence: Any,
               sentence: int, source: Any, target: Any, mode: str | None = None,
               token: Any = None) -> Event:
    """A statement event with `word` as its trigger (anchored on `token` if given), with the
    status of its own words ("would not withdraw, he added": relayed; "was not bound": said)."""
    anchor = token if token is not None else word
    status, cue = status_of(anchor)
    return Event(
        id="",
        type=etype,
        evidence=evidence,
        trigger=analysis.span(word.idx, word.idx + len(word.text)),
        sentence=sentence,
        mode=mode,
        cameo=cameo,
        intensity=lx.goldstein(cameo),
        source=source,
        target=target,
        trigger_token=anchor.i,
        status=status,
        status_cue=cue,
    )


def _speaker(tok: Any) -> Any | None:
    """The subject of the speech verb whose complement holds `tok` (or whose tag it has)."""
    node = tok
    for _ in range(6):
        tag = next((c for c in node.children if c.dep_ in ("parataxis", "ccomp")
                    and c.lemma_.lower() in _SPEECH and c.i > node.i), None)
        verb = tag if tag is not None else (
            node.head if node.dep_ in ("ccomp", "parataxis")
            and node.head.lemma_.lower() in _SPEECH else None)
        if verb is not None:
            return next((c for c in verb.children if c.dep_ in SUBJ), None)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _own_voice(analysis: Analysis, tok: Any, event: Event, strict: bool = False) -> bool:
    """Whether the intention is stated by its own actor or someone speaking for it, not by a
    speaker of another country or attached to another body ("a Pentagon official said Iran
    would retaliate", "an official at a European mission said an Italian frigate would
    ..."). A meeting or visit may also be announced by its host: the arrangement is mutual.
    `strict`: only a speaker known to be the actor's own will do ("a regional diplomat told us
    Tanzania might close the crossing if ..." is a forecast, not Tanzania's threat)."""
    speaker = _speaker(tok)
    if speaker is None or event.source is None:
        return True
    party = party_of(analysis, speaker)
    if party_key(party) == party_key(event.source):
        return True
    sides = {event.source.country}
    if event.type in COOPERATION_TYPES and event.target is not None:
        sides.add(event.target.country)
    sides.discard(None)
    countries = {party.country} | {
        a.country for t in speaker.subtree
        if (a := analysis.actor_at(t.idx, t.idx + len(t.text))) is not None}
    countries.discard(None)
    if countries:
        return bool(countries & sides)
    if strict and _unattached_source(speaker):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("at", "of", "from", "with", "for")
                   for c in speaker.children)


def _unless(tok: Any) -> bool:
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "unless"
                                         for g in c.children) for c in tok.children)


# Verbs of promising whose own sense is a threat or an agreement by default: what is promised
# decides ("vowed to work with its neighbour" is an intent to cooperate, "pledged to march on the
# capital if ..." a threat).
_PROMISING = {"vow", "swear", "pledge", "promise"}
# Verbs whose complement is a cooperation even where the lexicon has no sense of their own
# ("vowed to work with its neighbours", "pledged to help the flood-hit provinces").
_FRIENDLY_ACTS = {"work", "help", "assist", "respect", "honour", "honor", "uphold", "abide",
                  "partner", "engage", "coordinate", "cooperate", "collaborate"}
# (a vow to defend or guard is a warning to whoever would attack: it stays a threat)
_GUARDING = {"defend", "protect", "guard", "avenge"}


# Verbs of breaking a rule, and the acts that can be their subject: "such moves infringe the
# rights of X", "the incursion breached the truce" judge an act (ACCUSE, CAMEO 111); only
# a party breaching a line or a truce acts by force ("troops violated the ceasefire").
_BREAKING = {"violate", "breach", "infringe", "contravene", "flout"}
_ACT_NOUNS = {"act", "action", "move", "activity", "conduct", "behaviour", "behavior", "step",
              "measure", "practice", "deployment", "presence", "construction", "flight",
              "overflight", "incursion", "intrusion", "operation", "drill", "exercise", "decision",
              "policy", "law", "order", "plan", "survey", "patrol", "work"}


def promise_polarity(analysis: Analysis, cand: Candidate, event: Event) -> Event:
    """The promise verb's event retyped by the act promised: a vow to cooperate, help or keep
    a pact is an intent to cooperate (AGREE, CAMEO 030), a pledge or promise to use force,
    coerce, sanction or protest a threat (THREATEN). A vow with nothing, or anything else,
    promised keeps its sense ("vowed revenge"). A verb of breaking a rule whose subject is an
    act, not a party, judges that act (ACCUSE)."""
    tok = cand.token
    act = next((c for c in tok.children if c.dep_ in SUBJ), None)
    if cand.sense.pos == "verb" and tok.lemma_.lower() in _BREAKING and act is not None and (
            act.lemma_.lower() in _ACT_NOUNS or _harm_noun(act)):
        # the one whose rights are broken complains of it; the act's doer is accused
        doer = party_of(analysis, act)
        wronged = event.target
        event.target = doer if doer.country or doer.actor_id else None
        if event.source is None or not (event.source.country or event.source.actor_id):
            event.source = wronged
        return _retype(event, "ACCUSE", "111")
    if cand.sense.pos != "verb" or tok.lemma_.lower() not in _PROMISING:
        return event
    act = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    if act is None or any(c.dep_ == "neg" for c in act.children):
        return event
    sense = lx.load().verb_sense(act)
    if event.type == "THREATEN" and act.lemma_.lower() not in _GUARDING and (
            sense is not None and sense.type in COOPERATION_TYPES
            or sense is None and act.lemma_.lower() in _FRIENDLY_ACTS):
        etype, cameo = "AGREE", "030"
    elif event.type == "AGREE" and sense is not None and sense.type in _INTENT_CAMEO:
        etype, cameo = "THREATEN", _INTENT_CAMEO[sense.type]
    else:
        return event
    return _retype(event, etype, cameo)


def _retype(event: Event, etype: str, cameo: str) -> Event:
    event.type, event.cameo, event.intensity = etype, cameo, lx.goldstein(cameo)
    row = lx.cameo_table().get(cameo)
    event.mode = row.mode if row and row.plover == etype else None
    return event


def intent_event(analysis: Analysis, cand: Candidate, event: Event) -> Event | None:
    if cand.sense.pos != "verb" and not cand.anchored or event.type == "THREATEN":
        return None
    source = event.source
    if source is None or not source.country:
        # "the President said the army would pursue the attackers": a speaker of a country
        # states what its own forces will do
        source = _speaking_for(analysis, cand.token, source) or source
    if source is None or not (source.actor_id or source.country):
        return None  # "the truce will allow ...": no actor states an intention
    # "would not give permission": a light verb's noun states its intent through the verb
    found = _intent_word(cand.clause if cand.sense.pos == "noun" else cand.token)
    if found is None:
        return None
    word, negated = found
    # "may halt mediation if ...": a conditional move is a threat only in its actor's words
    conditional = word.lower_ in ("may", "might", "could")
    if source is event.source and not _own_voice(analysis, cand.token, event,
                                                  strict=conditional):
        return None  # "a Pentagon official said Iran would retaliate": a forecast, not a threat
    if event.type == "AGREE" and not negated:
        return None  # "will agree": the agreement is its own intent
    if word.pos_ == "VERB" and lx.load().verb_sense(word) is not None:
        return None  # "pledged to expel": the governing verb is already the statement
    cooperative = event.type in COOPERATION_TYPES
    if cooperative and not negated and _unless(cand.token):
        # "will withdraw its force unless the government holds elections": a move held over
        # the other side is a threat, however friendly the move (CAMEO 13)
        etype, cameo = "THREATEN", "130"
    elif negated:
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
    return _statement(analysis, etype, cameo, word, event.evidence, event.sentence,
                      source, event.target,
                      mode=row.mode if row and row.plover == etype else None)


def _unattached_source(speaker: Any) -> bool:
    """ "a regional diplomat", "analysts", "one observer": an unnamed source tied to nobody,
    who can only guess at what a party might do."""
    if speaker.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ in ("of", "for", "from")
           for c in speaker.children):
        return False
    det = next((c.lower_ for c in speaker.children if c.dep_ in ("det", "nummod")), None)
    return det in ("a", "an", "one", "some", "another") or det is None and speaker.tag_ == "NNS"


_OWN_FORCES = {"army", "military", "force", "troop", "soldier", "police", "navy"}


def _speaking_for(analysis: Analysis, tok: Any, source: Any) -> Any | None:
    """The speaker's party, when the actor is that speaker's own forces named without a
    country ("the army", "security forces")."""
    if source is None or source.text is None or source.sector in ("IGO", "NGO"):
        return None
    words = {w.lower().rstrip("s") for w in source.text.split()}
    if not (words & _OWN_FORCES or source.sector in ("MIL", "COP")):
        return None
    speaker = _speaker(tok)
    if speaker is None:
        return None
    party = party_of(analysis, speaker)
    return party if party.country else None


def refusal_for(analysis: Analysis, event: Event) -> Event | None:
    """ "failed to reach agreement", "did not accept the proposal": a party that does not come
    to terms rejects them (CAMEO 12); the agreement itself stays, negated."""
    if event.type != "AGREE" or event.status != "negated" or event.trigger_token is None:
        return None
    tok = analysis.doc[event.trigger_token]
    source, target = event.source, event.target
    if tok.lemma_.lower() == "bind":
        # "it no longer considered itself bound", "they are no longer bound": the one who
        # holds itself bound renounces; the agreement is no party
        holder = next((c for c in tok.children if c.dep_ in PASSIVE_SUBJ), None) or next(
            (c for c in tok.head.children if c.dep_ in SUBJ), None)
        if holder is not None:
            source, target = party_of(analysis, holder), None
    if source is None or not (source.actor_id or source.country or source.text):
        return None
    cue = None
    bound = tok.lemma_.lower() == "bind"
    for node in [tok, *list(tok.ancestors)[:3]]:
        if node.lemma_.lower() == "fail":
            cue = node
            break
        neg = next((c for c in node.children if c.dep_ == "neg"), None)
        if neg is not None and any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children):
            return None  # "will not accept": the stated intention says it (intent_event)
        if neg is not None and node.lemma_.lower() in ("accept", "agree", "approve", "recognise",
                                                       "recognize"):
            if node.lemma_.lower() in ("recognise", "recognize") and not (
                    source.country or source.actor_id):
                return None  # "the club does not recognise the result": no party's refusal
            cue = neg
            break
        if bound and (node is tok or node.lemma_.lower() in _HOLD_VERBS):
            # "no longer considers itself bound by the ceasefire": renounces it
            longer = next((c for c in node.children if c.dep_ == "advmod"
                           and c.lower_ == "longer"), None)
            if neg is None and longer is not None:  # "no longer": the "no" is the cue
                neg = next((c for c in longer.children if c.dep_ == "neg"), longer)
            cue = neg
            if cue is not None:
                break
    if cue is None:
        return None
    return _statement(analysis, "REJECT", "120", cue, event.evidence, event.sentence,
                      source, target)


# Verbs by which a party holds itself to something: "considers itself bound by".
_HOLD_VERBS = {"consider", "regard", "feel", "deem", "hold", "see", "be"}

_ALLEGED_TYPES = {"ASSAULT", "COERCE"}


def accusation_for(analysis: Analysis, event: Event, sent: Any) -> Event | None:
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
    while node.dep_ not in ("ccomp", "parataxis") and node.head.i != node.i:
        node = node.head
    if node.dep_ not in ("ccomp", "parataxis"):
        return None  # "announced asset freezes": the speaker's own act, not a claim
    verb = node.head if node.dep_ == "ccomp" else node
    if verb.lemma_.lower() not in _DEMAND_VERBS | {"claim", "allege", "report"}:
        return None
    speaker = next((c for c in verb.children if c.dep_ in SUBJ), None)
    if speaker is None or not is_named(speaker):
        return None  # "officials said": too vague to be an accuser
    source = party_of(analysis, speaker)
    if not source.country and not source.actor_id or source.sector == "MED" or (
        speaker.lemma_.lower() in _PRESS_NOUNS
    ):
        return None  # nobody, or the press: a news report accuses no one
    if event.source is not None and not (event.source.country or event.source.actor_id):
        return None  # "its air defences", unresolved: nobody the speaker accuses
    if event.source is not None and party_key(event.source) == party_key(source) or (
        event.source is not None and source.country and event.source.country == source.country
    ):
        return None  # a party speaking of its own action is not accusing anyone
    victim = event.target.country if event.target is not None else None
    victim = victim or place_country(analysis, analysis.doc[event.trigger_token])
    state_voice = (speaker.ent_type_ == "GPE" or source.sector == "GOV"
                   or verb.lemma_.lower() in ("claim", "allege"))
    if not source.country or not (state_voice or victim == source.country):
        return None
    return _statement(analysis, "ACCUSE", "112", verb, evidence_span(analysis, verb, sent),
                      event.sentence, source, event.source, mode="allege")


_DENIED_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}
_DENY_LEMMAS = {"deny", "reject", "dismiss", "refute", "rebut", "dispute", "contradict"}


def own_denial_for(analysis: Analysis, event: Event, sent: Any) -> Event | None:
    """ "Hanoi said its coastguard had never rammed the trawler": a party saying that
    it (or its own forces) did not use force denies it (REJECT), beside the negated act."""
    if event.type not in _DENIED_TYPES or event.status != "negated" or (
            event.trigger_token is None):
        return None
    # "a rebel spokesman said his fighters had laid no ambush": the doer unnamed but the
    # speaker's own by a possessive that points back at the speaker
    own = _own_people(analysis.doc[event.trigger_token])
    if not own and (event.source is None or not (event.source.country
                                                  or event.source.actor_id)):
        return _first_person_denial(analysis, event, sent)  # "we did not fire first"
    node = analysis.doc[event.trigger_token]
    while node.dep_ not in ("ccomp", "parataxis") and node.head.i != node.i:
        node = node.head
    if node.dep_ not in ("ccomp", "parataxis"):
        return _first_person_denial(analysis, event, sent)
    verb = node.head if node.dep_ == "ccomp" else node
    if verb.lemma_.lower() in _DENY_LEMMAS:
        return None  # "denied that its troops fired": the denial is the verb's own event
    if verb.lemma_.lower() not in _DEMAND_VERBS | {"claim", "assert"}:
        return _first_person_denial(analysis, event, sent)  # 'Minister: "Our jets did not ..."'
    # (the nearest subject: "Q: Officials in Asmara said ..." parses the label as one too)
    speaker = max((c for c in verb.children if c.dep_ in SUBJ), key=lambda c: c.i, default=None)
    if speaker is None:
        return _first_person_denial(analysis, event, sent)  # 'Claim: "Our patrol never ..."'
    source = party_of(analysis, speaker)
    same = own or event.source is not None and (
        party_key(source) == party_key(event.source)
        or source.country is not None and source.country == event.source.country)
    if not same or not actor_like(speaker, source):
        return None
    return _statement(analysis, "REJECT", "120", verb, evidence_span(analysis, verb, sent),
                      event.sentence, source, None)


def _first_person_denial(analysis: Analysis, event: Event, sent: Any) -> Event | None:
    """ "Our patrol never entered their waters", "we did not fire first", told in the first
    person (a quotation, an answer after a speaker's label) where a charge has just been told
    of: the speaker's side denies the act (REJECT), in the voice of the text's speaker. With
    no charge in sight it is an account of what one's own side did not do, no denial."""
    trigger = analysis.doc[event.trigger_token]
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj"):
        trigger = trigger.head
    subject = next((c for c in trigger.children if c.dep_ in SUBJ), None)
    if subject is None or not (subject.lower_ == "we" or any(
            c.dep_ == "poss" and c.lower_ == "our" for c in subject.children)):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in trigger.children):
        return None  # "we will not cross": an intention, not a denial
    if event.source is None:
        return None  # (an unresolved "we" or "our forces" takes its state later, as the act)
    if not _claim_before(sent, trigger):
        return None
    # anchored where no negation is above: a noun subject (what is said of it is no denial
    # of it), else the label or quotation mark that opens the words
    anchor = subject if subject.pos_ == "NOUN" else next(
        (t for t in sent if t.i < subject.i and t.is_punct and t.text in (':', '"', '“')), None)
    if anchor is None:
        return None
    return _statement(analysis, "REJECT", "120", trigger, evidence_span(analysis, trigger, sent),
                      event.sentence, event.source, None, token=anchor)


def _own_people(trigger: Any) -> bool:
    """ "police said their officers did not shoot anyone": the act's doer is the speaker's
    own by a possessive that points back at the speaker."""
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj"):
        trigger = trigger.head  # "his fighters had laid no ambush": the doer of the light verb
    subject = next((c for c in trigger.children if c.dep_ in SUBJ), None)
    if any(c.dep_ == "prep" and c.lower_ == "from" and any(  # "no armed group had crossed
            g.dep_ == "pobj" and any(p.dep_ == "poss" and p.lower_ in ("its", "their", "our")
                                     for p in g.children)  # from their side"
            for g in c.children) for c in trigger.children):
        return True
    return subject is not None and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her")
        for c in subject.children)


_PRESS_NOUNS = {"media", "medium", "agency", "newspaper", "paper", "television", "tv", "radio",
                "daily", "broadcaster", "outlet", "press", "channel", "news", "website",
                "station"}


# Names that brand a party as wrongdoers ("branded the commandos terrorists"): they count only
# for a party of another state or an armed one; an opposition calling a minister a traitor is
# politics at home.
_BRANDS = {"terrorist", "aggressor", "occupier", "invader", "murderer", "butcher", "warmonger",
           "mercenary", "pirate", "thug", "provocateur", "traitor"}
# Words that judge an act as wrong: said of another's act they are a disapproval (CAMEO 11).
_DISAPPROVAL = {"unacceptable", "illegal", "unlawful", "provocative", "reckless",
                "irresponsible", "violation", "provocation", "breach", "aggression", "crime",
                "outrageous", "unjustified", "unprovoked", "criminal", "barbaric", "cowardly",
                "deplorable", "inexcusable", "terrorism", "atrocity", "illegitimate",
                "destabilizing", "destabilising", "escalatory", "heinous"} | _BRANDS
# Names of crimes that an act of force is called: they judge it only when what is so named
# is such an act ("said the strikes were executions", "branded the raid murder"), not a
# death or a case ("police said the death was murder").
_CRIMES = {"murder", "execution", "massacre", "genocide", "slaughter", "piracy", "cleansing",
           "assassination", "extermination", "butchery", "carnage", "bloodbath", "homicide",
           "killing", "punishment", "banditry", "terror"}
_JUDGED_ACTS = {"strike", "airstrike", "raid", "attack", "bombing", "shelling", "operation",
                "act", "action", "blockade", "siege", "killing", "campaign", "offensive",
                "incursion", "shooting", "sinking", "detention", "seizure", "this", "these",
                "it", "that", "those"}
_JUDGE_VERBS = _DEMAND_VERBS | {"agree", "consider", "deem", "find", "believe", "conclude",
                                "call", "describe", "brand", "label", "term", "denounce",
                                "condemn", "characterize", "characterise", "view", "regard"}


# What a party says or asks in words: judged unacceptable, it is turned down, not accused.
_UTTERANCES = {"note", "letter", "remark", "comment", "proposal", "demand", "ultimatum",
               "condition", "request", "offer", "demarche", "démarche", "message", "memorandum",
               "protest", "complaint", "resolution", "statement", "claim", "allegation",
               "accusation", "charge", "suggestion", "plan", "proposition", "term", "precondition",
               "communique", "communiqué", "declaration", "appeal", "call", "initiative",
               "summons", "summon"}  # ("summon": the tagger's lemma of the noun "summons")


def judgement_events(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """ "Allies agreed that the incursion was unacceptable", "Warsaw called the flights a
    provocation", "the ministry said the strikes were a violation of international law": a
    party judging an act wrong disapproves of it (ACCUSE), whoever it names. Judged of
    another's words ("called the note unacceptable", "termed the demands an unacceptable
    attempt to interfere"), the judgement turns them down (REJECT, CAMEO 12)."""
    for word in sent:
        crime = word.lemma_.lower() in _CRIMES and word.pos_ == "NOUN"
        if word.lemma_.lower() not in _DISAPPROVAL and word.lower_ not in _DISAPPROVAL and (
                not crime):
            continue
        named = word
        if word.dep_ == "amod" and word.head.dep_ in ("oprd", "attr", "xcomp", "appos"):
            named = word.head  # "called the note an unacceptable attempt to interfere"
        verb, judged = _judging_verb(named)
        if verb is None or verb.lemma_.lower() not in _JUDGE_VERBS:
            continue
        if crime and not (judged is not None and (
                _harm_noun(judged) or judged.lemma_.lower() in _JUDGED_ACTS)):
            continue  # "police said the death was murder": a case, not an act judged
        speaker = _judge_of(verb)
        if speaker is None:
            continue
        if speaker.head.i != verb.i and speaker.head.lemma_.lower() in _SAYING:
            verb = speaker.head  # the judging is the speaker's own act, told as its saying is
        source = party_of(analysis, speaker)
        if not actor_like(speaker, source):
            continue
        target = party_of(analysis, judged) if judged is not None else None
        if target is not None and not (target.country or target.actor_id):
            target = None  # "the incursion": an act, not an actor
        if word.lemma_.lower() in _BRANDS and not (
                target is not None and (target.sector in ("MIL", "REB", "CRM")
                                        or target.country and target.country != source.country)):
            continue
        if judged is not None and judged.lemma_.lower() in _UTTERANCES:
            if not (source.country or source.sector in _PUBLIC_SECTORS):
                continue  # a club on a rival's demand, residents on the council's plan
            maker = next((c for c in judged.children if c.dep_ == "poss"), None)
            said = party_of(analysis, maker) if maker is not None else None
            yield _statement(analysis, "REJECT", "120", word,
                             evidence_span(analysis, verb, sent), sent_index, source,
                             said if said is not None and actor_like(maker, said) else target,
                             token=verb)
            continue
        yield _statement(analysis, "ACCUSE", "111", word, evidence_span(analysis, verb, sent),
                         sent_index, source, target, token=verb)
    yield from tie_accusations(analysis, sent, sent_index)
    yield from blame_events(analysis, sent, sent_index)
    yield from admission_events(analysis, sent, sent_index)
    yield from reserved_right_threats(analysis, sent, sent_index)
    yield from reprisal_threats(analysis, sent, sent_index)
    yield from warning_threats(analysis, sent, sent_index)
    yield from joint_events(analysis, sent, sent_index)
    yield from unanswered_offers(analysis, sent, sent_index)


# Ties by which an official lays an attack at another state's door: the raiders "took orders
# from a controller in Y", "were equipped by officers in Y", "kept up communication with a
# network in Y". Ties to kin or friends are private and accuse no state.
_TIE_NOUNS = {"contact", "link", "tie", "connection", "touch", "communication", "handler"}
_TIE_VERBS = {"train", "arm", "fund", "finance", "direct", "sponsor", "back", "send",
              "dispatch", "harbour", "harbor", "shelter", "equip"}
_ATTACKER_NOUNS = {"gunman", "attacker", "assailant", "bomber", "militant", "perpetrator",
                   "infiltrator", "terrorist", "insurgent", "raider", "fighter", "cell"}
_TIE_SPEECH = _DEMAND_VERBS | {"claim", "allege", "accuse", "believe", "suspect"}
_PRIVATE_TIES = {"relative", "family", "friend", "wife", "husband", "brother", "sister",
                 "parent", "mother", "father", "cousin", "son", "daughter", "kin", "classmate"}


def tie_accusations(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """A state's voice saying that attackers were tied to another state or to people in it
    ("Chad's army said the raiders had links to a commander in Libya") accuses that state
    (ACCUSE), whatever the attack was. A speaker with no country of its own accuses no one:
    nothing says the state named is another one."""
    for clause in sent:
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _TIE_SPEECH:
            continue
        subj = next((c for c in clause.children if c.dep_ in SUBJ | PASSIVE_SUBJ), None)
        if subj is None or subj.lemma_.lower() not in _ATTACKER_NOUNS:
            continue
        tie = next((t for t in clause.subtree if t.i != subj.i and (
            t.lemma_.lower() in _TIE_NOUNS and t.pos_ == "NOUN"
            or t.lemma_.lower() in _TIE_VERBS and t.i == clause.i and any(
                c.dep_ == "auxpass" for c in clause.children))), None)
        if tie is None or any(c.dep_ == "neg" for c in clause.children) or any(
                c.dep_ == "det" and c.lower_ == "no" for c in tie.children):
            continue  # "kept no contact with anyone abroad": the tie is denied
        if any(t.lemma_.lower() in _PRIVATE_TIES for t in tie.subtree):
            continue  # "phoned his cousins in Z": a family matter, not a state's hand
        verb = clause.head
        speaker = next((c for c in verb.children if c.dep_ in SUBJ), None)
        if speaker is None and verb.dep_ == "conj":
            # "condemned Y and said the raiders were equipped by ...": the second verb of a
            # coordination shares the first one's speaker
            speaker = next((c for c in verb.head.children if c.dep_ in SUBJ), None)
        if speaker is None:
            continue
        source = party_of(analysis, speaker)
        if not actor_like(speaker, source) or not source.country:
            continue
        target = None
        for t in tie.subtree:
            if t.i == tie.i or t.pos_ != "PROPN" or t.i <= tie.i:
                continue
            party = party_of(analysis, t)
            if party.country and party.country != source.country:
                target = party
                break
        if target is None:
            continue
        yield _statement(analysis, "ACCUSE", "112", tie,
                         evidence_span(analysis, clause.head, sent), sent_index, source, target,
                         token=clause.head)


def _judge_of(verb: Any) -> Any | None:
    """The subject of a judging verb, or of the saying it is joined to: in "the spokeswoman
    says the trader died and calls the note an attempt to meddle", "calls" is hung on "died"
    but shares the tense of "says", whose subject judges."""
    # (in a transcript "Q: the minister said ..." and "Captain, the minister said ..." the
    # label or the person addressed is parsed as a subject too: the nearest one speaks, and
    # a name set beside the one addressed is the speaker)
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    own = max(subjects, key=lambda c: c.i) if subjects else None
    if own is not None:
        beside = next((c for c in own.children if c.dep_ == "appos" and c.pos_ in (
            "NOUN", "PROPN")), None)
        if beside is not None and own.i == own.sent.start and any(
                t.ent_type_ in ("GPE", "NORP") for t in beside.subtree):
            return beside
    if own is not None or verb.dep_ != "conj":
        return own
    head = verb.head
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in _SAYING and (
            verb.tag_ == head.head.tag_ != head.tag_):
        return next((c for c in head.head.children if c.dep_ in SUBJ), None)
    return next((c for c in head.children if c.dep_ in SUBJ), None)


# Verbs that equate an act with what it is judged to be: "the raid amounted to a war crime",
# "the blockade constitutes collective punishment", "is tantamount to aggression".
_EQUATING = {"amount", "constitute", "represent", "equate", "equal", "tantamount"}


def _equated(word: Any) -> tuple[Any | None, Any | None]:
    """The saying verb over an equating verb whose object or "to" phrase is `word`, and the
    act equated ("said the raid amounted to a war crime"), or (None, None)."""
    up = word.head
    if word.dep_ == "pobj" and up.lower_ == "to":
        up = up.head
    elif word.dep_ not in ("dobj", "obj"):
        return None, None
    if up.lemma_.lower() not in _EQUATING:
        return None, None
    clause = up.head if up.dep_ == "acomp" and up.head.lemma_ == "be" else up
    act = next((c for c in clause.children if c.dep_ in SUBJ), None)
    if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB":
        return clause.head, act
    tag = next((c for c in clause.children if c.dep_ == "parataxis"
                and c.lemma_.lower() in _SAYING), None)
    return (tag, act) if tag is not None else (None, None)


def _judging_verb(word: Any) -> tuple[Any | None, Any | None]:
    """The verb whose subject passes the judgement, and the thing judged."""
    said, act = _equated(word)
    if said is not None:
        return said, act
    head = word.head
    if word.dep_ in ("acomp", "attr") and head.lemma_ == "be" and head.dep_ == "ccomp":
        return head.head, next((c for c in head.children if c.dep_ in SUBJ), None)
    if word.dep_ in ("oprd", "attr", "xcomp", "ccomp") and head.pos_ == "VERB":
        # "called the incursion a provocation"
        return head, next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
    if word.dep_ in ("dobj", "obj", "appos", "oprd") and head.dep_ in ("dobj", "obj", "oprd") and (
            head.head.lemma_.lower() in _NAMING_VERBS | {"brand", "label", "term", "dub"}):
        # "branded the commandos terrorists", parsed with the name hung on the object
        verb = head.head
        return verb, next((c for c in verb.children if c.dep_ in ("dobj", "obj")), head)
    named = next((c for c in word.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    if word.dep_ in ("dobj", "obj") and named is not None and (
            head.lemma_.lower() in _NAMING_VERBS | {"brand", "label", "term", "dub"}):
        return head, named  # "called the US sailors pirates", parsed as one noun phrase
    before = word.i - 1
    while before > 0 and word.doc[before].dep_ in ("det", "amod") and (
            word.doc[before].head.i == word.i):
        before -= 1  # "'a massacre'", "'cold-blooded murder'"
    if before >= 0 and word.doc[before].tag_ in ("``", "''") and word.dep_ != "dobj":
        # "labelled the raids on the villages by the lake 'murder'": a quoted name the parser
        # hung inside the object of the naming verb
        for up in word.ancestors:
            if up.dep_ in ("dobj", "obj") and up.head.lemma_.lower() in _NAMING_VERBS | {
                    "dub"}:
                return up.head, up
    if word.dep_ in ("pobj", "amod", "acomp") and head.lower_ == "as":
        # "described the flights as reckless": "as" hangs on the verb or on its object
        up = head.head
        if up.pos_ == "VERB":
            return up, next((c for c in up.children if c.dep_ in ("dobj", "obj")), None)
        if up.dep_ in ("dobj", "obj"):
            return up.head, up
    return None, None


# Verbs of insisting whose "that" clause in the bare form is a demand: "insisted that the
# vessels leave", "stipulated that the troops withdraw first".
_MANDATIVE = {"insist", "stipulate", "require", "recommend"}


def _mandative(tok: Any) -> Any | None:
    """The verb of insisting over a clause in the subjunctive ("insisted that they leave"), or
    None. A present form after a past verb of insisting is no report of fact, which would be
    put back in the past ("insisted that they left")."""
    head = tok.head
    if tok.dep_ != "ccomp" or head.lemma_.lower() not in _MANDATIVE or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
        return None
    if any(c.dep_ == "auxpass" and c.lower_ == "be" for c in tok.children):
        return head  # "stipulated that the rig be moved"
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return None  # "insisted that they would leave", "had left": a claim
    if tok.tag_ == "VB" or tok.tag_ == "VBP" and (
            head.tag_ in ("VBD", "VBN") or tok.lemma_ not in ("be", "have")):
        return head  # "insists that the troops withdraw" (but "that they are there")
    return None


def demand_events(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """ "X said Y must do Z", "X insisted that Y leave": a demand by X on Y."""
    for tok in sent:
        insisting = _mandative(tok)
        if insisting is not None:
            speaker = next((c for c in insisting.children if c.dep_ in SUBJ), None)
            subject = next((c for c in tok.children if c.dep_ in SUBJ), None)
            source = party_of(analysis, speaker) if speaker is not None else None
            if speaker is None or source is None or not actor_like(speaker, source):
                continue
            if not (source.country or source.sector in _PUBLIC_SECTORS):
                continue  # a firm insisting that its contractor finish: no party's demand
            target = party_of(analysis, subject) if subject is not None else None
            if subject is not None and target is not None and not actor_like(subject, target):
                target = None
            yield _statement(analysis, "REQUEST", "100", insisting,
                             evidence_span(analysis, insisting, sent), sent_index, source,
                             target)
            continue
        modal = next((c for c in tok.children
                      if c.dep_ == "aux" and c.lower_ in _DEMAND_MODALS), None)
        if modal is None or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _DEMAND_VERBS:
            continue
        speaker = next((c for c in tok.head.children if c.dep_ in SUBJ), None)
        subject = next((c for c in tok.children if c.dep_ in SUBJ | PASSIVE_SUBJ), None)
        if speaker is None or subject is not None and modal.i < subject.i:
            continue  # "should the rebels move on the town": a condition, not a demand
        source = party_of(analysis, speaker)
        if not actor_like(speaker, source):
            continue
        target = party_of(analysis, subject) if subject is not None else None
        if subject is not None and target is not None and not actor_like(subject, target):
            target = None
        yield _statement(analysis, "REQUEST", "100", modal,
                         evidence_span(analysis, tok.head, sent), sent_index, source, target)


# Words that call a claim untrue: "It is pure invention.", "Those reports are untrue."
_FALSITY = {"lie", "falsehood", "fabrication", "fiction", "fantasy", "nonsense", "propaganda",
            "slander", "smear", "fake", "hoax", "disinformation", "misinformation", "false",
            "untrue", "baseless", "groundless", "unfounded", "fabricated", "fictitious", "bogus",
            "absurd", "ridiculous", "lies", "libel", "falsification", "invention", "wrong",
            "incorrect", "inaccurate", "erroneous"} | {
    # words that call a charge a show put on, not a claim meant: "called the summons
    # 'theatre'", "said the accusations were a circus"
    "theatre", "theater", "circus", "charade", "stunt", "hysteria", "pantomime", "farce",
    "sham", "masquerade", "playacting", "posturing", "smokescreen"}
# Words that call a claim true, negated to call it untrue: "It is not correct."
_TRUTH = {"true", "correct", "accurate"}
# What a denial can be about: a claim, or a pronoun pointing back at one.
_CLAIM_NOUNS = {"claim", "allegation", "accusation", "report", "statement", "assertion",
                "charge", "account", "story", "rumour", "rumor", "suggestion", "version",
                "narrative", "information", "reports", "news"}
_POINTERS = {"that", "this", "these", "those", "it", "all", "everything"}
# Words that make a claim a pointer can look back to: "Tbilisi accused the guards of firing.
# 'That is a fabrication,' the ministry said."
_CLAIMING = _CLAIM_NOUNS | {"accuse", "claim", "allege", "blame", "assert", "insist", "suggest",
                            "report", "charge", "contend", "maintain", "testify"}
_SAYING = {"say", "tell", "state", "write", "post", "announce", "declare", "tweet"}
# Verbs that call their object untrue: "the ministry called the report baseless".
_NAMING_VERBS = {"call", "brand", "label", "term", "describe", "declare", "pronounce"}


def _claim_before(sent: Any, copula: Any) -> bool:
    """Whether a claim is told of earlier in the sentence or in the two sentences before."""
    doc = sent.doc
    start = doc[sent.start].sent.start
    prior = [s for s in doc.sents if s.end <= start][-2:]
    words = [t for s in prior for t in s] + [t for t in sent if t.i < copula.i]
    return any(t.lemma_.lower() in _CLAIMING or t.lemma_.lower() == "true"  # "Is that true?"
               or t.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in t.children)  # "X said Y"
               and t.lemma_.lower() in _SAYING for t in words)


def denial_events(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """ "It is pure invention.", "Those reports are untrue.", "the ministry said the
    allegations were baseless", "the ministry called the report baseless": calling a claim
    untrue rejects it (CAMEO 12). The one who rejects is the speaker of the clause if one is
    named (else the text's own voice: a statement's author, an interviewee's answer); the one
    rejected is the claim's maker when named on it. A pronoun ("That is absurd") is a denial
    only where a claim has just been told of."""
    for word in sent:
        # "That is not true", "It is not correct": a claim's truth denied
        denied = word.lower_ in _TRUTH and word.dep_ == "acomp" and any(
            c.dep_ == "neg" for c in word.head.children)
        if word.lower_ not in _FALSITY and word.lemma_.lower() not in _FALSITY and not denied:
            continue
        if word.dep_ == "amod" and word.head.dep_ in ("attr", "oprd"):
            word = word.head  # "the story is fake news"
        copula = word.head
        naming = False
        if word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children):
            if any(c.dep_ == "agent" for c in word.children):
                continue  # "was fabricated by the agency": who made it up, an accusation
            copula = word  # "the claims were fabricated", read as a passive
        elif word.dep_ in ("oprd", "xcomp", "ccomp") and copula.lemma_.lower() in _NAMING_VERBS:
            naming = True  # "called the report baseless": the object is what is called untrue
        elif word.dep_ in ("dobj", "obj", "appos") and copula.dep_ in ("dobj", "obj", "oprd") and (
                copula.head.lemma_.lower() in _NAMING_VERBS):
            # "called the report a fabrication", parsed with the name hung on the object
            naming, copula = True, copula.head
        elif word.dep_ in ("dobj", "obj") and copula.lemma_.lower() in _NAMING_VERBS and any(
                c.dep_ == "compound" and c.pos_ == "NOUN" for c in word.children):
            naming = True  # "called the summons 'theatre'", parsed as one noun phrase
        elif word.dep_ not in ("attr", "acomp") or copula.lemma_ != "be":
            continue
        if any(c.dep_ in ("xcomp", "ccomp", "csubj") for c in {*word.children, *copula.children}
               if c is not word):
            continue  # "it is false to say that ...": a judgement on a proposition
        if any(c.dep_ == "neg" for c in copula.children) and not denied:
            continue  # "this is not propaganda": no claim rejected
        subject = next((c for c in copula.children if c.dep_ in (
            ("dobj", "obj") if naming else ("nsubj", "nsubjpass"))), None)
        if naming and word.head.i != copula.i and word.head.lemma_.lower() in _CLAIM_NOUNS:
            subject = word.head  # "called the UN report a fabrication": "report" misread
        if naming and subject is not None and subject.i == word.i:
            subject = next(c for c in word.children if c.dep_ == "compound" and c.pos_ == "NOUN")
        if subject is None or not (subject.lower_ in _POINTERS
                                   or subject.lemma_.lower() in _CLAIM_NOUNS
                                   or naming and subject.lemma_.lower() in _UTTERANCES):
            continue
        if subject.lower_ in _POINTERS and not _claim_before(sent, copula):
            continue  # "it was a hoax, police said after the bomb scare": no claim in sight
        if naming:
            speaker = next((c for c in copula.children if c.dep_ in ("nsubj",)), None)
        else:
            speaker = _speaker(copula)
        source = party_of(analysis, speaker) if speaker is not None else None
        if source is not None and not actor_like(speaker, source):
            source = None
        maker = next((g for c in subject.children
                      if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from")
                      for g in ([c] if c.dep_ == "poss" else c.children)
                      if g.dep_ in ("poss", "pobj")), None)
        target = party_of(analysis, maker) if maker is not None else None
        if target is not None and maker is not None and not actor_like(maker, target):
            target = None
        clause = copula
        while clause.dep_ in ("ccomp", "parataxis") and clause.head.i != clause.i:
            clause = clause.head
        # "a spokesman told me that was pure fiction": told up front, the saying is the
        # rejection itself and has the saying's status; a closing tag (", the spokesman said")
        # still relays it
        anchor = copula
        if (copula.head.i == clause.i < copula.i and clause.lemma_.lower() in _SAYING
                and status_of(copula) == ("reported", clause.text)):
            anchor = clause
        if denied:
            # the "not" of "It is not correct" is the rejection's own word, not a denial of
            # it: the event is anchored on it, where no negation is above
            anchor = next(c for c in copula.children if c.dep_ == "neg")
        yield _statement(analysis, "REJECT", "120", word, evidence_span(analysis, clause, sent),
                         sent_index, source, target, token=anchor)
    yield from no_basis_denials(analysis, sent, sent_index)
    yield from involvement_denials(analysis, sent, sent_index)


# "There is no truth in the reports", "the claims have no basis": a claim said to lack ground.
_GROUND = {"truth", "basis", "foundation", "substance", "merit", "grain", "credibility",
           "veracity"}


# What one party lays on another; and the speakers whose rebuttal of mere reports counts.
_CHARGES = {"allegation", "accusation", "charge"}
_PUBLIC_SECTORS = {"GOV", "MIL", "REB", "COP", "SPY", "IGO", "LEG", "OPP", "PTY"}


def no_basis_denials(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """A claim said to have no truth, basis or foundation is rejected (CAMEO 12): "there is not
    a grain of truth in the allegations", "the accusations have no basis in fact", "these
    reports are without foundation". The rejecter is the clause's speaker if named."""
    for word in sent:
        if word.lemma_.lower() not in _GROUND or word.pos_ != "NOUN":
            continue
        verb = word.head
        while verb.dep_ in ("pobj", "prep") and verb.head.i != verb.i:
            verb = verb.head  # "not a grain of truth": up to the noun's verb
        if verb.pos_ not in ("VERB", "AUX") and verb.lower_ != "without":
            continue
        negated = any(c.dep_ == "det" and c.lower_ == "no" for c in word.children) or any(
            c.dep_ == "neg" for c in verb.children) or verb.lower_ == "without" or any(
            c.lower_ == "without" for c in word.ancestors if c.i < word.i)
        if not negated:
            continue
        claims = [g for c in word.children
                  if c.dep_ == "prep" and c.lower_ in ("in", "to", "for", "behind")
                  for g in c.children if g.dep_ == "pobj"]
        claims += [c for c in verb.children if c.dep_ in SUBJ]
        claim = next((c for c in claims if c.lemma_.lower() in _CLAIM_NOUNS
                      or c.lower_ in _POINTERS and _claim_before(sent, verb)), None)
        if claim is None:
            continue
        speaker = _speaker(verb)
        source = party_of(analysis, speaker) if speaker is not None else None
        if speaker is not None and source is not None and not actor_like(speaker, source):
            source = None
        if claim.lemma_.lower() not in _CHARGES and (source is None or source.sector not in
                                                     _PUBLIC_SECTORS):
            continue  # a rumour about a star or a bank is no dispute between parties
        maker = next((c for c in claim.children if c.dep_ == "poss"), None)
        target = party_of(analysis, maker) if maker is not None else None
        if maker is not None and target is not None and not actor_like(maker, target):
            target = None
        anchor = speaker.head if speaker is not None else sent.root  # "no basis": no negation
        yield _statement(analysis, "REJECT", "120", word, evidence_span(analysis, verb, sent),
                         sent_index, source, target, token=anchor)


_ROLE_NOUNS = {"role", "part", "hand", "involvement", "link", "connection", "responsibility"}


def involvement_denials(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """A party saying that it or its own people had no part in an act denies it (REJECT):
    "Kigali said it had nothing to do with the raid", "the militia insisted its men played no
    role in the killings", "we were not involved in the attack". Only an act of force or a
    pronoun for one is denied ("had nothing to do with the budget" is no denial)."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        thing = None
        if lemma in ("have", "play", "bear") and verb.pos_ in ("VERB", "AUX"):
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
            if obj is None:
                continue
            if obj.lower_ == "nothing" and lemma == "have":
                do = next((c for c in obj.children if c.lemma_ == "do"), None)
                thing = _pobj(do, do, ("with",)) if do is not None else None
            elif obj.lemma_.lower() in _ROLE_NOUNS and (
                    any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
                    or any(c.dep_ == "neg" for c in verb.children)):
                thing = _pobj(verb, obj, ("in", "with", "for", "to"))
        elif lemma == "involve" and verb.tag_ == "VBN" and any(
                c.dep_ == "neg" for c in [*verb.children, *verb.head.children]):
            thing = _pobj(verb, verb, ("in",))
        if thing is None or not (thing.lower_ in ("it", "this", "that", "them", "these")
                                 and _claim_before(sent, verb)
                                 or thing.lemma_.lower() in _BLAMED_ACTS - _POINTERS
                                 or _harm_noun(thing)):
            continue
        subject = next((c for c in [*verb.children, *verb.head.children]
                        if c.dep_ in SUBJ | PASSIVE_SUBJ), None)
        if subject is None:
            continue
        speaker = _speaker(verb)
        first = subject.lower_ in ("we", "i")
        if speaker is None and not first:
            continue  # the writer's own account of who did what: no one's denial
        source = party_of(analysis, speaker if speaker is not None else subject)
        doer = party_of(analysis, subject)
        own = first or subject.lower_ in ("it", "they", "he", "she") or _own_people(verb) or (
            party_key(doer) == party_key(source)
            or doer.country is not None and doer.country == source.country)
        if not own or not actor_like(speaker if speaker is not None else subject, source):
            continue
        # the denial is the saying: its status is the saying's ("had nothing" is no negation)
        anchor = speaker.head if speaker is not None else sent.root
        yield _statement(analysis, "REJECT", "120", verb, evidence_span(analysis, verb, sent),
                         sent_index, source, None, token=anchor)


# Ways of laying an act at someone's door (CAMEO 112), each a verb with the word that makes it
# blame and the link that names the one blamed:
# "held X responsible / accountable", "found X to blame", "pointed the finger at X",
# "laid / put / pinned the blame on X", "attributed / ascribed the attack to X".
_HOLDING = {"hold", "consider", "deem", "find", "declare", "regard", "see"}
_LIABLE = {"responsible", "accountable", "culpable", "liable", "guilty"}
_LAYING = {"lay", "put", "place", "pin", "shift", "cast", "heap", "point", "level", "direct"}
_BLAME_NOUNS = {"blame", "responsibility", "finger", "guilt", "culpability"}
_ASCRIBING = {"attribute", "ascribe", "trace", "link", "tie", "impute"}
# what can be laid at a door: an act of force, a harm, an incident, or a pronoun for one
_BLAMED_ACTS = {"attack", "strike", "airstrike", "bombing", "blast", "explosion", "shelling",
                "raid", "killing", "assassination", "murder", "massacre", "abduction",
                "kidnapping", "incident", "shooting", "hack", "hacking", "cyberattack", "sabotage",
                "ambush", "incursion", "violence", "unrest", "fire", "firing", "crash", "death",
                "downing", "it", "this", "that", "them", "these", "those", "act", "assault",
                "plot", "operation", "leak", "breach", "intrusion", "drone", "rocket", "missile"}
# words for the one the blame is laid on that name nobody: "blamed on the weather"
_NO_CULPRIT = {"weather", "fault", "error", "failure", "malfunction", "storm", "accident",
               "rain", "fog", "ice", "negligence", "mistake", "design", "age", "wear"}


def blame_events(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """A party laying an act at another's door accuses it (ACCUSE, CAMEO 112): "held Kabul
    responsible for the raid", "pointed the finger at Minsk", "put the blame squarely on the
    militia", "traced the hacking to a unit of the Chinese army", "the bombing was attributed to
    ISIS". The accuser is the subject (absent in a passive: then no one is named as accuser
    but the act is still laid at a door); the accused must be a party, not the weather."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue
        accused = None
        if lemma in _HOLDING:
            # "held X responsible", "found X guilty" (a court's verdict is no accusation)
            word = next((c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")
                         and c.lemma_.lower() in _LIABLE), None)
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
            if word is None and obj is not None:
                # "held the Pakistani army responsible for ...", parsed with the word hung on
                # the object
                word = next((c for c in obj.children if c.dep_ == "amod"
                             and c.lemma_.lower() in _LIABLE and c.i > obj.i), None)
            if word is None:
                continue
            accused = obj
            if accused is None:
                accused = next((c for c in word.children if c.dep_ in SUBJ), None)
        elif lemma in _LAYING:
            noun = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")
                         and c.lemma_.lower() in _BLAME_NOUNS), None)
            act = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")),
                       None) if lemma == "pin" and noun is None else None
            if act is not None and (act.lemma_.lower() in _BLAMED_ACTS or _harm_noun(act)):
                # the act itself pinned on a party: "pinned the bombing on the cartel"
                noun = act
            elif noun is None or (noun.lemma_.lower() == "finger") != (lemma == "point"):
                continue  # "pointed the finger", "laid the blame": not "pointed the blame"
            accused = _pobj(verb, noun, ("on", "at", "upon", "onto"))
        elif lemma in _ASCRIBING:
            act = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
            if act is None or act.lemma_.lower() not in _BLAMED_ACTS and not _harm_noun(act):
                continue
            accused = _pobj(verb, act, ("to",))
        elif lemma == "be" and verb.dep_ in ("ccomp", "parataxis"):
            # "Kyiv said Russian saboteurs were responsible for the blast": in a party's words
            word = next((c for c in verb.children if c.dep_ in ("acomp", "attr")
                         and c.lemma_.lower() in _LIABLE), None)
            act = _pobj(word, word, ("for",)) if word is not None else None
            if act is None or act.lemma_.lower() not in _BLAMED_ACTS and not _harm_noun(act):
                continue
            accused = next((c for c in verb.children if c.dep_ in SUBJ), None)
            speaker = _speaker(verb)
            if accused is None or speaker is None or accused.lower_ in (
                    "we", "i", "it", "they", "he", "she", "who"):
                continue  # "the group said it was responsible": a claim, not a charge
            verb = speaker.head
        else:
            continue
        if accused is None or accused.lemma_.lower() in _NO_CULPRIT:
            continue
        target = party_of(analysis, accused)
        if not actor_like(accused, target) or accused.lower_ in ("it", "itself", "them"):
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJ), None)
        if subject is None and verb.dep_ == "conj":  # "brushed off the charge and pointed ..."
            subject = next((c for c in verb.head.children if c.dep_ in SUBJ), None)
        source = party_of(analysis, subject) if subject is not None else None
        if subject is not None and source is not None and not actor_like(subject, source):
            continue  # "the farmers blamed ...": no party of the conflict
        if lemma == "be" and (source is None or not (source.country or source.actor_id)):
            continue  # "analysts said the militia was responsible": no party accuses
        if source is not None and party_key(source) == party_key(target):
            continue
        yield _statement(analysis, "ACCUSE", "112", verb, evidence_span(analysis, verb, sent),
                         sent_index, source, target)


def _harm_noun(tok: Any) -> bool:
    """A noun the lexicon reads as a hostile act ("the shelling", "the sinking")."""
    if tok.pos_ != "NOUN":
        return False
    sense = lx.load().noun_sense(lx.normalise(tok.lemma_), tok)
    return sense is not None and sense.type in _ALLEGED_TYPES


def _pobj(verb: Any, noun: Any, preps: tuple[str, ...]) -> Any | None:
    """The object of a preposition hung on the verb or on its noun ("laid the blame on X"), or on
    an adverb of the verb ("pointed the finger back at X", "put the blame squarely on X")."""
    hosts = [verb, noun, *(c for c in verb.children if c.dep_ == "advmod")]
    for host in hosts:
        for c in host.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in preps:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return None


# What a party reserves the right to do when it warns: answer, strike back, defend itself.
_ANSWERS = {"respond", "retaliate", "react", "act", "defend", "take", "use", "strike", "answer",
            "reply", "hit", "protect", "avenge", "counter"}


def reserved_right_threats(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """A party "reserving the right" to answer, to strike back or to take measures warns the
    other side (THREATEN, CAMEO 130): "Seoul reserves the right to respond", "Athens said it
    kept the right to defend its waters by all means". A party named as such must reserve it
    ("the publisher reserves the right to edit letters" is no threat)."""
    for verb in sent:
        if verb.lemma_.lower() not in ("reserve", "retain", "keep") or any(
                c.dep_ == "neg" for c in verb.children):
            continue
        right = next((c for c in verb.children if c.dep_ in ("dobj", "obj")
                      and c.lemma_.lower() == "right"), None)
        if right is None:
            continue
        act = next((c for c in right.children if c.dep_ in ("acl", "relcl", "xcomp")), None)
        if act is None or act.lemma_.lower() not in _ANSWERS and (
                lx.load().verb_sense(act) is None
                or lx.load().verb_sense(act).type not in _INTENT_CAMEO):  # type: ignore[union-attr]
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJ), None)
        if subject is None:
            continue
        source = party_of(analysis, subject)
        if subject.lower_ in ("it", "we", "they") and not (source.country or source.actor_id):
            speaker = _speaker(verb)
            source = party_of(analysis, speaker) if speaker is not None else source
        if not (source.country or source.actor_id):
            continue
        yield _statement(analysis, "THREATEN", "130", verb, evidence_span(analysis, verb, sent),
                         sent_index, source, None)


# Ways of staying out of a quarrel that a party says it will not keep to: "would not stand
# idly by", "will not sit on its hands", "will not remain silent/indifferent/passive".
_STAYING = {"sit", "stand", "stay", "remain", "watch", "look"}
_IDLE = {"idly", "idle", "by", "silent", "indifferent", "passive", "neutral", "quiet",
         "hand", "on", "aside"}
# Hedged words in which a party lets force or a measure be foreseen: "hinted that arms might
# be used", "signalled that it could close the pipeline".
_HINTING = {"hint", "signal", "intimate", "insinuate"}
_FORCE_WORDS = {"force", "option", "action", "measure", "step", "means", "troop", "army",
                "military", "weapon"}


def _modal(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)


def _speaker_party(analysis: Analysis, verb: Any, subject: Any) -> Any | None:
    """The party of a subject, or of the speaker when the subject is a pronoun."""
    source = party_of(analysis, subject)
    if subject.pos_ == "PRON" and not (source.country or source.actor_id):
        speaker = _speaker(verb)
        source = party_of(analysis, speaker) if speaker is not None else source
    return source if source.country or source.actor_id else None


def warning_threats(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """A party saying it will not stand idly by ("would not stand idly by if its neighbour
    kept arming the rebels"), or hinting that force or a measure may come ("hinted that the
    army might be used"), warns (THREATEN, CAMEO 130). The one whose move is the condition is
    the target."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma in _STAYING and any(c.dep_ == "neg" or c.lower_ == "never"
                                     for c in verb.children) and _modal(verb) is not None and (
                any(c.lower_ in _IDLE for c in verb.children if c.dep_ != "neg")):
            subject = next((c for c in verb.children if c.dep_ in SUBJ), None)
            if subject is None:
                continue
            source = _speaker_party(analysis, verb, subject)
            if source is None:
                continue
            cond = next((c for c in verb.children if c.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in ("if", "should", "unless", "while")
                for g in c.children)), None)
            other = next((c for c in cond.children if c.dep_ in SUBJ), None) if cond else None
            target = party_of(analysis, other) if other is not None else None
            if target is not None and not (target.country or target.actor_id):
                target = None
            # the warning is told as its saying is ("said it would not ..."), not negated
            speaker = _speaker(verb)
            yield _statement(analysis, "THREATEN", "130", verb,
                             evidence_span(analysis, verb, sent), sent_index, source, target,
                             token=speaker.head if speaker is not None else subject)
        elif lemma in _HINTING and verb.pos_ == "VERB":
            said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            modal = _modal(said) if said is not None else None
            if said is None or modal is None or modal.lower_ not in (
                    "may", "might", "could", "would", "will"):
                continue
            means = next((c for c in said.children if c.dep_ in ("nsubjpass", "dobj", "obj")),
                         None)
            sense = lx.load().verb_sense(said)
            hostile = sense is not None and sense.type in _INTENT_CAMEO
            if not (hostile or means is not None and means.lemma_.lower() in _FORCE_WORDS
                    and said.lemma_.lower() in ("use", "take", "employ", "consider")):
                continue
            subject = next((c for c in verb.children if c.dep_ in SUBJ), None)
            source = _speaker_party(analysis, verb, subject) if subject is not None else None
            if source is None:
                continue
            doer = next((c for c in said.children if c.dep_ in SUBJ), None)
            if doer is not None and doer.dep_ != "nsubjpass":
                party = party_of(analysis, doer)
                if doer.pos_ != "PRON" and party_key(party) != party_key(source) and (
                        party.country != source.country):
                    continue  # "hinted that Iran could strike": a forecast of another's move
            yield _statement(analysis, "THREATEN", "130", verb,
                             evidence_span(analysis, verb, sent), sent_index, source, None)


# What two parties can do together: "joint operations", "jointly marked out the border".
# (joint exercises and drills stay a show of force, MOBILIZE, as the gold files code them)
_JOINT_ACTS = {"operation", "offensive", "mission",
               "raid", "strike", "airstrike", "campaign", "force", "taskforce", "investigation",
               "inquiry", "probe", "survey", "demarcation", "search", "rescue", "crackdown",
               "assault", "sweep", "monitoring", "surveillance", "training", "deployment",
               "evacuation", "production", "development", "research", "project", "inspection",
               "mapping", "clearance", "demining"}
_MILITARY_ACTS = {"operation", "offensive", "raid", "strike", "airstrike", "force", "taskforce",
                  "assault", "sweep", "deployment", "demining", "clearance", "mission"}


_PRIVATE_PAIRS = {"company", "firm", "bank", "university", "school", "team", "club", "researcher",
                  "scientist", "couple", "family", "startup", "carmaker", "airline", "maker",
                  "manufacturer", "brewer", "studio", "band", "artist", "author", "investor",
                  "hospital", "museum", "orchestra", "player", "athlete", "chef"}


def _sides(analysis: Analysis, subject: Any) -> list[Any]:
    """The states a subject names: its own and its conjuncts' ("Kenya and Uganda"), or the
    peoples' adjectives on it ("Tajik and Kyrgyz surveyors"), one party each."""
    tokens = [subject, *subject.conjuncts]
    tokens += [m for m in subject.children if m.dep_ in ("amod", "compound", "nmod")]
    tokens += [c for m in list(tokens[1:]) for c in m.conjuncts if c not in tokens]
    from warpath.places.gazetteer import gazetteer  # loaded on first use

    out: list[Any] = []
    for t in tokens:
        # a people's adjective names its own state, whatever the phrase's party
        code = gazetteer().demonym(t.text) if t.dep_ != "nsubj" or t.pos_ == "ADJ" else None
        party = Party(actor_id=None, text=t.text, country=code) if code else party_of(
            analysis, t)
        if party.country and all(p.country != party.country for p in out):
            out.append(party)
    return out


def joint_events(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """Two states' parties doing a thing together cooperate (COOPERATE, CAMEO 060/062), whatever
    the thing: "Ugandan and Congolese troops conducted joint operations against the ADF",
    "Tajik and Kyrgyz surveyors jointly marked out the border". Private bodies and a single
    state's agencies acting together are left out (one country)."""
    for word in sent:
        if word.lower_ == "jointly" and word.head.pos_ == "VERB":
            verb, act = word.head, word.head
        elif word.lower_ == "joint" and word.dep_ in ("amod", "compound") and (
                word.head.lemma_.lower() in _JOINT_ACTS):
            act = word.head
            verb = act.head if act.dep_ in ("dobj", "obj") else None
            sense = lx.load().noun_sense(lx.normalise(act.lemma_), act)
            if sense is not None and sense.type == "COOPERATE" and (
                    verb is None or lx.load().verb_sense(verb) is None):
                continue  # "held joint patrols": the noun says it (not when the verb's own
                # sense takes the clause: "launched a joint inquiry into the attack")
        else:
            continue
        if verb is None:
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJ), None)
        if subject is None or subject.lemma_.lower() in _PRIVATE_PAIRS:
            continue  # "French and German carmakers jointly built it": trade, no states
        sides = _sides(analysis, subject)
        if len(sides) < 2:
            continue
        cameo = "062" if act.lemma_.lower() in _MILITARY_ACTS or any(
            p.sector in ("MIL", "COP") for p in sides) else "060"
        for one, other in ((sides[0], sides[1]), (sides[1], sides[0])):
            yield _statement(analysis, "COOPERATE", cameo, word,
                             evidence_span(analysis, verb, sent), sent_index, one, other,
                             token=verb)


# Outcomes a party promises another's move will meet: "will be met with a crushing response",
# "would face consequences", and an answer promised to an attack ("would respond forcefully").
_REPRISALS = {"response", "retaliation", "reprisal", "consequence", "punishment", "retribution",
              "answer", "force", "reaction", "revenge", "price"}
_FORCEFUL = {"forcefully", "decisively", "firmly", "harshly", "militarily", "strongly",
             "swiftly", "severely", "resolutely", "proportionately", "immediately", "forcibly",
             "mercilessly", "robustly", "appropriately", "accordingly", "quickly"}


def reprisal_threats(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """A party saying what answer another's move will meet threatens it (THREATEN, CAMEO 130):
    "any incursion will be met with force, the colonel said", "Minsk said Vilnius would face
    consequences", "Manila said it would respond firmly to any new ramming". The statement is
    a future in a party's own words (first person, or the complement of its speech verb)."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        if not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children) or any(
                c.dep_ == "neg" for c in verb.children) or not _voiced(verb):
            continue
        if lemma in ("meet", "face", "pay", "suffer", "incur", "invite", "provoke", "trigger"):
            held = [g for c in verb.children if c.dep_ in ("agent", "prep")
                    and c.lower_ in ("with", "by") for g in c.children if g.dep_ == "pobj"]
            held += [c for c in verb.children if c.dep_ in ("dobj", "obj")]
            if not any(h.lemma_.lower() in _REPRISALS for h in held):
                continue
            warned = next((c for c in verb.children if c.dep_ in SUBJ | PASSIVE_SUBJ), None)
        elif lemma in ("respond", "react", "answer", "reply", "retaliate"):
            answered = _pobj(verb, verb, ("to",))
            bare = answered is None and not any(
                c.dep_ in ("dobj", "obj", "prep") for c in verb.children) and _harm_near(sent)
            if not (bare or any(c.dep_ == "advmod" and c.lower_ in _FORCEFUL
                                for c in verb.children)
                    or answered is not None and (answered.lemma_.lower() in _BLAMED_ACTS
                                                 or _harm_noun(answered))):
                continue  # "would respond to the letter": no answer to an attack
            warned = None
        elif lemma == "take" and _conditional_measures(verb) and _harm_near(sent):
            warned = None  # "should any shell land again, we will take measures"
        else:
            continue
        speaker = _speaker(verb)
        if speaker is None:
            subject = next((c for c in verb.children if c.dep_ in SUBJ), None)
            if subject is None or subject.lower_ not in ("we", "i"):
                continue
            speaker = subject
        source = party_of(analysis, speaker)
        if not (source.country or source.actor_id) or not actor_like(speaker, source):
            continue
        target = party_of(analysis, warned) if warned is not None else None
        if warned is not None and target is not None and not (
                actor_like(warned, target) and (target.country or target.actor_id)):
            target = None  # "any attack will be met": the move, not its maker
        if target is not None and party_key(target) == party_key(source):
            continue
        anchor = speaker.head if speaker.head.i != verb.i else verb
        yield _statement(analysis, "THREATEN", "130", verb, evidence_span(analysis, verb, sent),
                         sent_index, source, target, token=anchor)


_MEASURES = {"measure", "step", "action", "countermeasure"}


def _conditional_measures(verb: Any) -> bool:
    """ "If the shelling goes on, we will take the necessary steps", "should the drones return,
    we will take measures under the rules of engagement": measures promised to answer another's
    move are a threat; measures with no condition ("will take steps to curb inflation") are a
    policy."""
    if not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _MEASURES
               for c in verb.children):
        return False
    return any(c.dep_ in ("advcl", "ccomp") and (
        any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
        or c.i < verb.i and c.left_edge.lower_ in ("should", "were", "had"))
        for c in verb.children) or _opened_by_should(verb)


def _opened_by_should(verb: Any) -> bool:
    """The sentence opens with an inverted "should" (after any list number) and a comma comes
    before `verb`: a condition put first, however the parser hung it."""
    sent = verb.sent
    first = next((t for t in sent if not (t.is_punct or t.like_num)), None)
    return first is not None and first.lower_ == "should" and first.i < verb.i and any(
        t.text == "," for t in verb.doc[first.i + 1 : verb.i]) and not any(
        t.text == "?" for t in sent)


def _harm_near(sent: Any) -> bool:
    """Whether an act of force is told of in the sentence or the two before it ("if a drone
    kills someone? - we would respond": the answer is to that)."""
    doc = sent.doc
    start = doc[sent.start].sent.start
    prior = [x for x in doc.sents if x.end <= start][-2:]
    words = [t for x in prior for t in x] + list(sent)
    return any(t.lemma_.lower() in _BLAMED_ACTS - _POINTERS or _harm_noun(t)
               or t.pos_ == "VERB" and (sense := lx.load().verb_sense(t)) is not None
               and sense.type in _ALLEGED_TYPES for t in words)


# Verbs by which a party owns up to what it did: "acknowledged that its soldiers had killed
# the civilians", "admitted that its air defences downed the airliner" (CONCEDE).
_ADMITTING = {"admit", "acknowledge", "concede", "confess", "accept", "recognise",
              "recognize"}
_OWN_WORDS = {"it", "they", "we", "its", "their", "our"}
_OWNED_TYPES = {"ASSAULT", "COERCE"}


def admission_events(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """A party admitting that its own people or arms used force concedes it (CAMEO 08): the
    admission is told by a verb of admitting over a clause of force whose doer is the
    admitter's own ("its troops", "they", a party of its own country). A firm admitting
    a shortfall, or a party granting that another fired, admits no act of its own."""
    lexicon = lx.load()
    for verb in sent:
        if verb.lemma_.lower() not in _ADMITTING or verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() == "concede" and lexicon.verb_sense(verb) is not None:
            continue  # "Moscow conceded that ...": the lexicon's own concession
        speaker = next((c for c in verb.children if c.dep_ in SUBJ), None)
        source = party_of(analysis, speaker) if speaker is not None else None
        if speaker is None or source is None or not actor_like(speaker, source):
            continue
        for clause in verb.children:
            if clause.dep_ != "ccomp":
                continue
            acts = [clause, *(c for c in clause.children if c.dep_ == "conj")]
            sense = next((lexicon.verb_sense(a) for a in acts
                          if (found := lexicon.verb_sense(a)) is not None
                          and found.type in _OWNED_TYPES), None)
            doer = next((c for c in clause.children if c.dep_ in SUBJ), None)
            if sense is None or doer is None or not _owned_by(analysis, doer, source):
                continue
            yield _statement(analysis, "CONCEDE", "080", verb,
                             evidence_span(analysis, verb, sent), sent_index, source, None)
            break


def _owned_by(analysis: Analysis, doer: Any, source: Any) -> bool:
    """Whether the doer of an act is the admitter's own: "it", "its soldiers", or a party
    of the admitter's country."""
    if doer.lower_ in _OWN_WORDS or any(c.dep_ == "poss" and c.lower_ in _OWN_WORDS
                                        for c in doer.children):
        return True
    party = party_of(analysis, doer)
    return bool(party is not None and source.country and party.country == source.country)


# Offers a reply would take up: "has not responded to his offer", "is expected to reply" (to
# the talks offered just before), "received no answer to its proposal".
_REPLY_VERBS = {"respond", "reply", "answer"}
_REPLY_NOUNS = {"reply", "response", "answer"}
_OFFER_NOUNS = {"offer", "proposal", "invitation", "overture", "suggestion", "initiative"}
_OFFER_VERBS = {"offer", "propose", "invite", "suggest"}
_UNSAID = {"negated", "planned", "hypothetical"}
# Sectors of the parties whose reply to an offer is an acceptance in a conflict: states'
# organs, armed men, politics (not firms, clubs or unions answering a bid).
_OFFER_PARTY_SECTORS = {"GOV", "MIL", "SPY", "LEG", "JUD", "COP", "REB", "INS", "SEP", "UAF",
                        "OPP", "PTY", "IGO", "ELI", "PRO"}


def _offer_answered(reply: Any) -> tuple[Any | None, bool]:
    """The offer a reply answers and whether the text names one: the object of "to" on the
    reply ("responded to his offer", "no answer to its proposal"), or else an offer made in
    the sentence before or earlier in this one ("offered talks ... Cuba is expected to reply").
    Returns the offer's maker (or None) and whether an offer was found."""
    hosts = [reply, reply.head] if reply.pos_ == "NOUN" else [reply]
    named_offer = False
    for host in hosts:
        named = _pobj(host, host, ("to",))
        if named is None and host is reply and reply.pos_ == "VERB":
            named = next((c for c in reply.children if c.dep_ in ("dobj", "obj")), None)
        if named is not None:
            if named.lemma_.lower() not in _OFFER_NOUNS:
                return None, False  # "would respond to any attack": no offer answered
            # its maker: "Baku's offer", "the Saudi proposal" (not "his offer": look back)
            maker = next((c for c in named.children if c.dep_ == "poss" and c.pos_ != "PRON"
                          or c.dep_ == "amod" and c.pos_ in ("ADJ", "PROPN")
                          and c.text[:1].isupper()), None)
            if maker is not None:
                return maker, True
            named_offer = True
            break
    doc = reply.doc
    sent = reply.sent
    before = list(doc[sent.start:reply.i])
    if sent.start > 0:
        before = list(doc[sent.start - 1].sent) + before
    for tok in reversed(before):
        if tok.lemma_.lower() in _OFFER_VERBS and tok.pos_ == "VERB":
            return next((c for c in tok.children if c.dep_ in SUBJ), None), True
        if tok.lemma_.lower() in _OFFER_NOUNS and tok.pos_ == "NOUN" and not named_offer:
            return next((c for c in tok.children if c.dep_ == "poss"), None), True
    return None, named_offer


def unanswered_offers(analysis: Analysis, sent: Any, sent_index: int) -> Iterator[Event]:
    """An offer not (yet) answered is an acceptance that has not come (AGREE with the reply's
    status): "Yerevan has not responded to his offer" (negated), "Cuba is expected to reply by
    the end of the month" (planned), "Asmara has received no answer to its proposal"
    (negated, the one asked the doer). A reply given says nothing of its content ("replied on
    Wednesday") and a reply to an attack is a threat or a reprisal, not an acceptance."""
    for word in sent:
        lemma = word.lemma_.lower()
        if word.pos_ == "VERB" and lemma in _REPLY_VERBS:
            doer = next((c for c in word.children if c.dep_ in SUBJ), None)
            holder = word
            while doer is None and holder.dep_ in ("xcomp", "ccomp") and holder.head.i != holder.i:
                holder = holder.head  # "Cuba is expected to reply": the subject above
                doer = next((c for c in holder.children if c.dep_ in SUBJ | PASSIVE_SUBJ),
                            None)
        elif word.pos_ == "NOUN" and lemma in _REPLY_NOUNS and any(
                c.dep_ == "det" and c.lower_ == "no" for c in word.children):
            # "has given no response", "received no answer from Addis Ababa"
            verb = word.head
            giver = _pobj(verb, word, ("from",))
            doer = giver if giver is not None else (
                next((c for c in verb.children if c.dep_ in SUBJ), None)
                if verb.lemma_.lower() not in ("receive", "get", "have") else None)
        else:
            continue
        status, _cue = status_of(word)
        if status not in _UNSAID:
            continue
        maker, offered = _offer_answered(word)
        if not offered:
            continue
        source = party_of(analysis, doer) if doer is not None else None
        if source is None or not (source.country or source.actor_id) or not actor_like(
                doer, source):
            continue
        if not source.country and source.sector not in _OFFER_PARTY_SECTORS:
            continue  # "the company has not responded to the buyout offer": no party's reply
        if maker is None and word.pos_ == "NOUN" and word.head.lemma_.lower() in (
                "receive", "get", "have"):
            # "Asmara has received no answer from Addis Ababa": the one still waiting
            maker = next((c for c in word.head.children if c.dep_ in SUBJ), None)
        target = party_of(analysis, maker) if maker is not None else None
        if target is not None and (not (target.country or target.actor_id)
                                   or party_key(target) == party_key(source)):
            target = None
        yield _statement(analysis, "AGREE", "030", word, evidence_span(analysis, word, sent),
                         sent_index, source, target)
