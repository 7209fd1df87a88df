"""Denials and refusals: a denial of an act told before ("denied that its men had fired
first", "denied any role"), an act said not to have happened, a refusal of an offer or a
request, a denial of a charge against the denier's side."""

from __future__ import annotations

from warpath.document import Analysis, Event
from warpath.provenance.responses.earlier import antecedent, first_telling, match_earlier
from warpath.provenance.responses.links import (
    add_link,
    country_of,
    same_doer,
    trigger_lemma,
    type_family,
    word_stems,
)
from warpath.provenance.responses.syntax import Token, events_in, has_particle, objects_of
from warpath.provenance.responses.words import (
    ACCEPT_VERBS,
    ANSWER_LOOKBACK,
    ASKED_LOOKBACK,
    CASUALTY_VERBS,
    DEFINITE,
    DENY_VERBS,
    HARM_VERBS,
    LOOKBACK,
    MATERIAL,
    NOUN_TYPES,
    OFFER_LEMMAS,
    OFFER_NOUNS,
    REFUSAL_LOOKBACK,
    REFUSE_VERBS,
    REPORTING,
    ROLE_NOUNS,
    TOLL_NOUNS,
)


def link_denials(analysis: Analysis, by_token: dict[int, list[Event]]) -> None:
    """"An official denied that the militia had fired first": a denial of an act told before
    answers the account of that act."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.type != "REJECT" or a.trigger_token is None
                or a.status in ("negated", "hypothetical", "planned")):
            continue
        verb = doc[a.trigger_token]
        if verb.lemma_.lower() not in DENY_VERBS:
            continue
        # the content follows the verb: in "X said …; the army dismissed that toll" the clause
        # before it is what is denied, not what the denial says
        content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if content is None:
            if any(c.dep_ == "dobj" and c.lemma_.lower() in ROLE_NOUNS for c in verb.children):
                b = _last_named_act(analysis, by_token, verb)  # "denied any role"
                if b is not None and not same_doer(a, b, country_of(a, "source")):
                    add_link(a, b)
            elif any(c.dep_ == "dobj" and c.lemma_.lower() in TOLL_NOUNS and any(
                    d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children)
                    for c in verb.children):
                b = _last_toll(analysis, a)  # "dismissed that toll as propaganda"
                if b is not None:
                    add_link(a, b)
            continue
        inner = [e for e in events_in(by_token, content) if e.type in MATERIAL]
        if not inner:
            # "It denied that tear gas was used": no act of its own in the content, whose
            # words tell again an act told before
            b = _retold(analysis, a, content, harm=True) \
                if not events_in(by_token, content) else None
            if b is not None:
                add_link(a, b)
            continue
        skip = {a.id} | {e.id for e in events_in(by_token, content)}
        head = doc[inner[0].trigger_token] if inner[0].trigger_token is not None else content
        for b in match_earlier(analysis, a, head, skip, same_side=True):
            if b.type in MATERIAL:
                add_link(a, b)


def link_negations(analysis: Analysis) -> None:
    """"In a statement it said its fighters had not fired on any market", "denied that any
    civilians were killed": an act said not to have happened answers the earlier account of
    that act, when both share the deed (the same verb, or a word of what was hit or where)."""
    doc = analysis.doc
    for a in analysis.events:
        if a.responds_to or a.status != "negated" or a.type not in MATERIAL | {"MOBILIZE"} or \
                a.trigger_token is None:
            continue
        verb = doc[a.trigger_token]
        said = _said_by(verb)
        if said is None and a.embedding != "nested":
            continue  # "Hezbollah has not fired its best missiles": the writer's own account
        if _zero_toll(verb) and (said is None or said.lemma_.lower() not in DENY_VERBS):
            continue  # "no one was killed, police said": the outcome of the act, not an answer
        b = _retold(analysis, a, verb)
        if b is not None:
            add_link(a, b)


SAY_VERBS = REPORTING | DENY_VERBS | {"insist", "assert", "confirm", "maintain", "stress"}


def _said_by(verb: Token) -> Token | None:
    """The verb of saying or denying whose content holds `verb` ("Kigali said … and that no
    soldier was deployed", "denied that gas was used"); None for a clause of the writer's own
    or one that only hangs from another act ("ordered a strike", "went on to fire")."""
    node = verb
    while node.dep_ in ("conj", "dobj", "nsubjpass", "pobj", "prep") and node.head is not node:
        node = node.head
    if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in SAY_VERBS:
        return node.head
    return None


def _zero_toll(verb: Token) -> bool:
    """"No one was killed", "nobody was hurt", "no soldiers were wounded": a harm told as having
    no victims."""
    if verb.lemma_.lower() not in CASUALTY_VERBS:
        return False
    for c in verb.children:
        if c.dep_ not in ("nsubjpass", "nsubj"):
            continue
        if c.lower_ in ("nobody", "none", "noone") or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children) or \
                c.lower_ == "one" and any(d.lower_ == "no" for d in c.children):
            return True
    return False


def _retold(analysis: Analysis, a: Event, clause: Token, harm: bool = False) -> Event | None:
    """The earlier act, told in another sentence, that `clause` tells again: the same verb,
    or a word of what was hit or where; with `harm`, any verb of harm for another ("denied
    that any civilians were harmed" after "bombs … killed women")."""
    doc = analysis.doc
    lemma = clause.lemma_.lower()
    words = {t.lemma_.lower() for t in clause.subtree if (t.pos_ in ("NOUN", "PROPN")
             or t.ent_type_ in ("NORP", "GPE")) and not t.is_stop and t.i != clause.i}
    want = a.type if a.type in MATERIAL | {"MOBILIZE"} else None
    best: tuple[float, Event] | None = None
    for b in analysis.events:
        if (b.id == a.id or b.trigger.start >= a.trigger.start
                or (b.type not in MATERIAL if want is None
                    else type_family(b.type) != type_family(want))
                or b.status not in ("asserted", "reported") or b.sentence == a.sentence
                or b.sentence < a.sentence - LOOKBACK or a.id in b.responds_to):
            continue
        ev = {w.lower() for w in word_stems(b.evidence.text)}
        shared = len({w.rstrip("s") for w in words} & ev)
        trig = trigger_lemma(doc, b)
        same = trig == lemma or (harm and lemma in HARM_VERBS and trig in HARM_VERBS)
        if not shared and not same:
            continue
        score = shared + 1.5 * same - 0.1 * (a.sentence - b.sentence)
        if best is None or score > best[0]:
            best = (score, b)
    return _main_act(analysis, best[1]) if best is not None else None


def _main_act(analysis: Analysis, e: Event) -> Event:
    """The main act of the sentence that tells `e` inside a clause ("bombed a village,
    killing 19": the bombing), when it is of the same kind; else `e`."""
    if e.embedding == "main":
        return e
    for b in analysis.events:
        if b.sentence == e.sentence and b.embedding == "main" and \
                b.trigger.start < e.trigger.start and \
                type_family(b.type) == type_family(e.type) and \
                b.status in ("asserted", "reported"):
            return b
    return e


def link_refusals(analysis: Analysis) -> None:
    """"Chinese diplomats have offered to mediate, but neither capital has accepted",
    "Ukraine asked for a ceasefire, which Moscow did not accept", "Gibraltar refused": a
    refusal with no object, or one naming an offer or a request, answers the latest offer or
    request of another side told just before it."""
    doc = analysis.doc
    for a in analysis.events:
        if a.responds_to or a.trigger_token is None or a.status in ("hypothetical", "planned"):
            continue
        verb = doc[a.trigger_token]
        if verb.dep_ in ("aux", "neg") and verb.head.pos_ == "VERB":
            verb = verb.head  # "does not accept": the modal or "not" stands for its verb
        lemma = verb.lemma_.lower()
        negated = a.status == "negated" or any(c.dep_ == "neg" for c in verb.children)
        if negated and a.type == "REJECT":
            asked = _asked_to(analysis, a, lemma)
            if asked is not None:  # "urged both sides to reopen …" … "would not reopen"
                add_link(a, asked)
                continue
        if not (lemma in ACCEPT_VERBS and negated
                or lemma in REFUSE_VERBS and not negated and a.type == "REJECT"):
            continue
        if lemma == "turn" and not has_particle(verb, "down"):
            continue
        if any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in (
                "on", "with", "to", "about", "over", "in") for c in verb.children):
            continue  # "refused to take part", "do not agree on the date": not a refusal
        objs = objects_of(verb)
        if objs and not all(o.lemma_.lower() in OFFER_NOUNS or (
                o.pos_ in ("PRON", "DET") and o.lower_ in ("it", "this", "that", "which"))
                for o in objs):
            continue  # "rejected any meeting with the Polisario" names its own thing
        if not objs and verb.dep_ == "relcl" and verb.head.lemma_.lower() not in OFFER_NOUNS:
            continue
        src = country_of(a, "source")
        best: Event | None = None
        for b in analysis.events:
            if (b.id == a.id or b.trigger.start >= a.trigger.start or b.trigger_token is None
                    or b.sentence < a.sentence - REFUSAL_LOOKBACK
                    or b.status in ("negated", "hypothetical")):
                continue
            if trigger_lemma(doc, b) not in OFFER_LEMMAS and b.type != "REQUEST":
                continue
            if same_doer(a, b, src):
                continue
            if best is None or b.trigger.start > best.trigger.start:
                best = b
        if best is not None:
            add_link(a, best)
            # "offered to mediate": the offer and what it offers are refused together
            for c in doc[best.trigger_token].children:
                for e in analysis.events:
                    if c.dep_ == "xcomp" and e.trigger_token == c.i and e.id != a.id:
                        add_link(a, e, named=True)


def _asked_to(analysis: Analysis, a: Event, lemma: str) -> Event | None:
    """The latest request of another side, told shortly before, to do what `a` refuses to
    do ("urged both sides to reopen the crossing" for "would not reopen")."""
    doc = analysis.doc
    best: Event | None = None
    for b in analysis.events:
        if (b.id == a.id or b.trigger.start >= a.trigger.start or b.trigger_token is None
                or b.type != "REQUEST" or b.sentence < a.sentence - ASKED_LOOKBACK
                or b.status in ("negated", "hypothetical")
                or same_doer(a, b, country_of(a, "source"))):
            continue
        if any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == lemma
               for c in doc[b.trigger_token].children):
            best = b
    return best


def link_denied_charges(analysis: Analysis) -> None:
    """"Iran has accused Pakistan of sheltering the men … Pakistan denies giving refuge to
    any armed group": a denial by a side answers the latest charge against that side told
    just before it."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.type != "REJECT" or a.trigger_token is None
                or a.status not in ("asserted", "reported")
                or doc[a.trigger_token].lemma_.lower() not in DENY_VERBS):
            continue
        src = country_of(a, "source")
        who = a.source.actor_id if a.source else None
        if src is None and who is None:
            continue
        best: Event | None = None
        for b in analysis.events:
            if (b.id == a.id or b.trigger.start >= a.trigger.start or b.type != "ACCUSE"
                    or b.sentence < a.sentence - ANSWER_LOOKBACK
                    or b.status in ("negated", "hypothetical", "planned")
                    or same_doer(a, b, src)):
                continue
            tgt = b.target
            if tgt is None or not (tgt.country is not None and tgt.country == src
                                   or tgt.actor_id is not None and tgt.actor_id == who):
                continue
            if best is None or b.trigger.start > best.trigger.start:
                best = b
        if best is not None:
            add_link(a, best)


def _last_toll(analysis: Analysis, a: Event) -> Event | None:
    """The latest toll told just before `a`, in its sentence or the one before: an act of
    harm with a count of dead or hurt ("said the raids had killed 19 civilians")."""
    doc = analysis.doc
    best: Event | None = None
    for b in analysis.events:
        if (b.id == a.id or b.trigger.start >= a.trigger.start or b.sentence < a.sentence - 1
                or b.status == "hypothetical" or b.type not in MATERIAL):
            continue
        if b.killed or b.wounded or trigger_lemma(doc, b) in CASUALTY_VERBS:
            best = b
    return best


def _last_named_act(analysis: Analysis, by_token: dict[int, list[Event]],
                    verb: Token) -> Event | None:
    """The act named last before `verb`, in its sentence or the one before: "claimed the
    launch on Telegram, while Kataib Hezbollah … denied any role" (the launch told before)."""
    doc = verb.doc
    first = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else 0
    for i in range(verb.i - 1, first - 1, -1):
        t = doc[i]
        acts = [e for e in by_token.get(i, []) if e.type in MATERIAL
                and e.status in ("asserted", "reported")]
        if acts:
            return first_telling(analysis, acts[0], set())
        if t.pos_ == "NOUN" and NOUN_TYPES.get(t.lemma_.lower()) in MATERIAL:
            return antecedent(analysis, t)
    return None
