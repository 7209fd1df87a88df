"""Denials and refusals: a denial of an act told before ("denied that its men had fired
first", "denied any role"), an act said not to have happened, a refusal of an offer or a
request, a denial of a charge against the denier's side."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from warpath.document import Analysis, Event
from warpath.provenance.responses.earlier import antecedent, first_telling, match_earlier
from warpath.provenance.responses.links import (
    add_link,
    country_of,
    same_doer,
    trigger_lemma,
    type_family,
    unanswered_said,
    word_stems,
)
from warpath.provenance.responses.syntax import Token, events_in, has_particle, objects_of
from warpath.provenance.responses.timeline import time_order
from warpath.provenance.responses.words import (
    ACCEPT_VERBS,
    ANSWER_LOOKBACK,
    ASIDE_VERBS,
    ASKED_LOOKBACK,
    CASUALTY_VERBS,
    CLAIM_LOOKBACK,
    CLAIM_NOUNS,
    CLAIM_TYPES,
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
    SAME_ACTS,
    THREAT_NOUNS,
    TOLL_NOUNS,
)


def stated_denials(analysis: Analysis) -> Iterator[tuple[Event, Any]]:
    """Denials told as said (asserted or reported) by a verb of denying, with that verb
    ("brushed the charge aside" only with its particle)."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.type == "REJECT" and a.trigger_token is not None
                and a.status in ("asserted", "reported")
                and doc[a.trigger_token].lemma_.lower() in DENY_VERBS):
            verb = doc[a.trigger_token]
            words = ASIDE_VERBS.get(verb.lemma_.lower())
            if words is not None and not any(has_particle(verb, w) for w in words):
                continue
            yield a, verb


def link_denials(analysis: Analysis, by_token: dict[int, list[Event]]) -> None:
    """"An official denied that the militia had fired first": a denial of an act told before
    answers the account of that act."""
    doc = analysis.doc
    for a, verb in unanswered_said(analysis, "REJECT"):
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
    """"The militia said its men had not shelled any school", "denied that any villagers
    were hurt": an act said not to have happened answers the earlier account of
    that act, when both share the deed (the same verb, or a word of what was hit or where)."""
    doc = analysis.doc
    for a in analysis.events:
        if a.responds_to or a.status != "negated" or a.type not in MATERIAL | {"MOBILIZE"} or \
                a.trigger_token is None:
            continue
        verb = doc[a.trigger_token]
        said = _said_by(verb)
        if _zero_toll(verb) and (said is None or said.lemma_.lower() not in DENY_VERBS):
            continue  # "no one was killed, police said": the outcome of the act, not an answer
        charge = _charge_against(analysis, a)
        if said is None and a.embedding != "nested":
            # "The navy has not used its heaviest guns": the writer's own account, an answer
            # only to a charge against the doers just told, about the same thing ("No patrol
            # has crossed the river", after "the charge that Tirana had sent gunmen over the
            # river")
            if charge is not None and _shares_words(analysis, a, charge):
                add_link(a, charge)
            continue
        if said is None and charge is not None and not _shares_words(analysis, a, charge):
            charge = None  # no one's denial, and about something else
        b = _retold(analysis, a, verb) or charge
        if b is not None:
            add_link(a, b)


ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "prep", "attr", "agent", "acl",
                           "ccomp", "pobj", "advmod"})


def _shares_words(analysis: Analysis, a: Event, b: Event) -> bool:
    """Whether the clauses of two acts share a noun ("the line", "the border")."""
    doc = analysis.doc

    def nouns(e: Event) -> set[str]:
        """The nouns of the act's own arguments, and of the clause a charge noun holds."""
        if e.trigger_token is None:
            return set()
        verb = doc[e.trigger_token]
        args = [c for c in verb.children if c.dep_ in ARGUMENT_DEPS]
        return {t.lemma_.lower() for c in args for t in c.subtree
                if t.pos_ in ("NOUN", "PROPN") and not t.is_stop}

    return bool(nouns(a) & nouns(b))


def _charge_against(analysis: Analysis, a: Event) -> Event | None:
    """The latest charge or summons aimed at the doers of `a` (their actor, else their
    country), by another side, told just before it."""
    who = a.source.actor_id if a.source else None
    country = country_of(a, "source")
    if who is None and country is None:
        return None
    best: Event | None = None
    for b in analysis.events:
        if (b.id == a.id or b.trigger.start >= a.trigger.start or b.type != "ACCUSE"
                or b.sentence < a.sentence - ANSWER_LOOKBACK or b.target is None
                or b.status in ("negated", "hypothetical", "planned")
                or same_doer(a, b, country)):
            continue
        if b.target.actor_id is not None and b.target.actor_id == who or \
                country is not None and b.target.country == country:
            best = b
    return best


SAY_VERBS = REPORTING | DENY_VERBS | {"insist", "assert", "confirm", "maintain", "stress"}


def _said_by(verb: Token) -> Token | None:
    """The verb of saying or denying whose content holds `verb` ("Kigali said … and that no
    soldier was deployed", "denied that gas was used"); None for a clause of the writer's own
    or one that only hangs from another act ("ordered a strike", "went on to fire")."""
    node = verb
    while node.dep_ in ("conj", "dobj", "nsubjpass", "pobj", "prep") and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in SAY_VERBS:
        return node.head
    if node.dep_ == "xcomp" and node.head.lemma_.lower() in DENY_VERBS:
        return node.head  # "denied attacking civilians"
    # "we found no evidence that any vessel was hit": a finding of nothing denies the act
    if node.dep_ == "acl" and node.head.lemma_.lower() in EVIDENCE_NOUNS and \
            node.head.head.lemma_.lower() in FIND_VERBS:
        return node.head.head
    return None


EVIDENCE_NOUNS = frozenset({"evidence", "sign", "trace", "record", "indication", "proof"})
FIND_VERBS = frozenset({"find", "see", "have", "show", "produce", "offer", "provide"})


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
        same = trig == lemma or (harm and lemma in HARM_VERBS and trig in HARM_VERBS) \
            or lemma in SAME_ACTS.get(trig or "", ()) or trig in SAME_ACTS.get(lemma, ())
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


OBJECT_VERBS = frozenset({"object"})  # "objected to the plan", "no member objected"


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
        if lemma in ACCEPT_VERBS | REFUSE_VERBS | DENY_VERBS and a.type in ("AGREE", "REJECT"):
            asked = _asked_noun(analysis, a, verb)
            if asked is not None:  # "a plea the warden turned down": the request it names
                add_link(a, asked, named=True)
                continue
        granted = lemma in ACCEPT_VERBS and not negated and a.type == "AGREE"
        if not (lemma in ACCEPT_VERBS and negated
                or lemma in REFUSE_VERBS and not negated and a.type == "REJECT"
                or lemma in OBJECT_VERBS  # "no member objected": an answer all the same
                or granted):  # "The governor agreed": the request told before is granted
            continue
        if lemma in ASIDE_VERBS and not any(has_particle(verb, w) for w in ASIDE_VERBS[lemma]):
            continue  # "turned down", "brushed aside", "shrugged off"
        if any(c.dep_ == "ccomp" or c.dep_ == "xcomp" and not _done_to_asked(c)
               or c.dep_ == "prep" and c.lower_ in ("on", "with", "to", "about", "over", "in")
               and not _dated(c) for c in verb.children):
            continue  # "refused to take part", "do not agree on the date": not a refusal
        if granted and (objects_of(verb) or verb.dep_ == "relcl"
                        or any(c.dep_ == "xcomp" for c in verb.children)):
            continue  # "agreed a budget", "agreed to hold talks": its own act, not a yes
        objs = objects_of(verb)
        threat = bool(objs) and all(o.lemma_.lower() in THREAT_NOUNS for o in objs)
        if objs and not threat and not all(o.lemma_.lower() in OFFER_NOUNS or (
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
            if threat:
                if b.type != "THREATEN":
                    continue  # "brushed the warning aside": the threat, not a request
            elif trigger_lemma(doc, b) not in OFFER_LEMMAS and b.type != "REQUEST":
                continue
            if same_doer(a, b, src) and not _request_named(
                    objs, b, doc, a.source.text if a.source else None):
                continue  # (one state's organs: "the governor appealed …", "the presidency
                # turned the appeal down" refuses the appeal all the same)
            if granted and not _addressed(a, b):
                continue  # a bare yes answers only a request made of the one who agrees
            if best is None or b.trigger.start > best.trigger.start:
                best = b
        if best is not None:
            add_link(a, best)
            # "offered to mediate", "asked whether the Council might send a mission": the
            # offer and what it offers are answered together
            for c in doc[best.trigger_token].children:
                for e in analysis.events:
                    if c.dep_ in ("xcomp", "ccomp") and e.trigger_token == c.i \
                            and e.id != a.id:
                        add_link(a, e, named=True)


def _request_named(objs: list[Token], b: Event, doc: Any, a_source: str | None) -> bool:
    """Whether a refusal's object names the request `b` by its own word, with "the" or "that"
    ("turned the appeal down" after "appealed to …", "rejected the demand" after "demanded"),
    and `b` is told by another speaker (another subject)."""
    lemma = trigger_lemma(doc, b) or ""
    asker = (b.source.text or "").lower() if b.source is not None else ""
    if asker in ("", "he", "she", "it", "they", "we"):
        return False
    if a_source is not None and a_source.lower() == asker:
        return False  # the one who asked does not refuse its own appeal
    for o in objs:
        if o.lemma_.lower() in OFFER_NOUNS and o.lemma_.lower()[:5] == lemma[:5] and any(
                c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in o.children):
            return True
    return False


BACK_PERSONS = frozenset({"he", "she", "they"})
STOP_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "of", "both", "two"})


def _addressed(a: Event, b: Event) -> bool:
    """Whether the one agreeing in `a` is the one the request `b` was made of, told in the
    same sentence or the one before: the same actor, the same country, a word of the name
    shared ("asked the warden …" … "The prison warden agreed"), or "he"/"she"/"they"."""
    if b.sentence < a.sentence - 1 or a.source is None or b.target is None:
        return False
    x, y = a.source, b.target
    if x.actor_id is not None and y.actor_id is not None:
        return x.actor_id == y.actor_id
    if x.country is not None and x.country == y.country:
        return True
    words = {w for w in (x.text or "").lower().split() if w not in STOP_WORDS}
    if words & BACK_PERSONS:
        return True
    return bool(words & {w for w in (y.text or "").lower().split() if w not in STOP_WORDS})


# What a refusal may take back to the request: the letter, the note, the plan.
ASKED_THINGS = OFFER_NOUNS | frozenset({"letter", "note", "message", "petition", "plea",
                                        "envoy", "envoys", "delegation", "application"})
BACK_PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those"})


def _dated(prep: Token) -> bool:
    """"approved on Thursday", "agreed within the hour": a time, not what is agreed on."""
    return any(o.ent_type_ in ("DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


# Verbs that grant or block what was asked: acting on a request, a letter, a banner.
ACT_ON_ASKED = frozenset({"receive", "read", "consider", "open", "remove", "take", "release",
                          "accept", "answer", "grant", "forward", "sign", "approve", "hear",
                          "examine", "review", "lift", "withdraw", "free"})


def _done_to_asked(xcomp: Token) -> bool:
    """"would not even open the petition", "has declined to lift it", "refused to review the
    request": the refused act grants or blocks what was asked or a thing pointed back to, so
    the refusal answers the request ("refused to take part in talks" does not). A pronoun
    counts only on a verb of acting on a request ("refused to discuss it" with the press is
    about the matter, not an answer to the demand)."""
    lemma = xcomp.lemma_.lower()
    for o in xcomp.children:
        if o.dep_ not in ("dobj", "nsubjpass"):
            continue
        if o.pos_ == "PRON" and o.lower_ in BACK_PRONOUNS:
            if lemma in ACT_ON_ASKED:
                return True
            continue
        if o.lemma_.lower() in ASKED_THINGS and any(
                c.dep_ == "poss" or c.lower_ in ("the", "this", "that", "such")
                for c in o.children):
            return True
    return False


def _asked_noun(analysis: Analysis, a: Event, verb: Token) -> Event | None:
    """The request or offer a refusal qualifies in a relative clause: "…, a plea the warden
    turned down at once", "an offer which Kyiv turned down"."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.lemma_.lower() not in OFFER_NOUNS:
        return None
    return next((b for b in analysis.events if b.trigger_token == verb.head.i
                 and b.id != a.id and b.status in ("asserted", "reported")
                 and (b.type == "REQUEST" or trigger_lemma(analysis.doc, b) in OFFER_LEMMAS
                      or verb.head.lemma_.lower() in OFFER_NOUNS)), None)


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
    for a, _verb in stated_denials(analysis):
        if a.responds_to:
            continue
        src = country_of(a, "source")
        who = a.source.actor_id if a.source else None
        if src is None and who is None:
            continue
        best: Event | None = None
        for b in analysis.events:
            if (b.id == a.id or b.trigger.start >= a.trigger.start or b.type != "ACCUSE"
                    or b.sentence < a.sentence - CHARGE_REACH
                    or b.status in ("negated", "hypothetical", "planned")
                    or same_doer(a, b, src)):
                continue
            tgt = b.target
            if tgt is None or not (tgt.country is not None and tgt.country == src
                                   or tgt.actor_id is not None and tgt.actor_id == who):
                continue
            if b.sentence < a.sentence - ANSWER_LOOKBACK and not _aimed_at(a, b):
                continue  # further back, only a charge against the denier itself
            if _set_apart(analysis, b.sentence, a.sentence):
                continue  # "Separately, Moscow denied …": another matter than the charge
            if best is None or b.trigger.start > best.trigger.start:
                best = b
        if best is not None:
            add_link(a, _outer_charge(analysis, best))


def _outer_charge(analysis: Analysis, b: Event) -> Event:
    """The charge a charge is told inside: "summoned the envoy over what its ministry called a
    violation", "lodged a protest …, accusing Kabul of …" is one complaint, the summons or the
    protest; a word told inside it is no charge of its own."""
    doc = analysis.doc
    if doc is None or b.trigger_token is None:
        return b
    tok = doc[b.trigger_token]
    for c in analysis.events:
        if (c.id == b.id or c.type not in ("ACCUSE", "PROTEST") or c.trigger_token is None
                or c.sentence != b.sentence or c.status != b.status
                or country_of(c, "source") not in (None, country_of(b, "source"))):
            continue
        head = doc[c.trigger_token]
        if head.pos_ == "NOUN" and head.dep_ == "dobj":
            head = head.head  # "lodged a protest", "handed a note"
        if head.i != tok.i and head.is_ancestor(tok) and not _joined_under(head, tok):
            return c
    return b


def _joined_under(head: Token, tok: Token) -> bool:
    """Whether `tok` is a charge of its own conjoined to `head` ("summoned the envoy and
    accused Caracas of …": a charge told side by side, not inside the summons; "and handed
    him a note of protest" is the summons's own note)."""
    if tok.lemma_.lower() not in ("accuse", "blame", "charge"):
        return False
    node = tok
    while node.head.i != head.i and node.head.i != node.i:
        node = node.head
    return node.dep_ == "conj"


CHARGE_REACH = 5  # sentences: a denial may answer, some lines on, the charge against its doer


def _aimed_at(a: Event, b: Event) -> bool:
    """Whether the charge `b` is aimed at the very doer of the denial `a`: its actor, an organ
    of the same kind of the same country ("blame the federal army" … "the military denied"),
    or a denial thrown back at the accuser's country ("rejected … accusations from Bishkek")."""
    x, t = a.source, b.target
    if x is None or t is None:
        return False
    if x.actor_id is not None and x.actor_id == t.actor_id:
        return True
    if x.sector is not None and x.sector == t.sector and x.country is not None \
            and x.country == t.country:
        return True
    back, accuser = country_of(a, "target"), country_of(b, "source")
    return back is not None and back == accuser and back != x.country \
        and t.country is not None and t.country == x.country


# A sentence opening that starts another matter: "Separately, …", "In an unrelated move, …".
SET_APART = re.compile(r"^\W*(?:separately|elsewhere|in\s+other\s+news|in\s+(?:a|an)\s+"
                       r"(?:separate|unrelated)\s+\w+)\b", re.IGNORECASE)


def _set_apart(analysis: Analysis, first: int, last: int) -> bool:
    """Whether a sentence after `first`, up to `last`, opens on words that start another
    matter."""
    return any(SET_APART.match(analysis.sentences[k].text)
               for k in range(first + 1, last + 1) if 0 <= k < len(analysis.sentences))


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


def link_rejected_claims(analysis: Analysis) -> None:
    """"The rebels dismissed the army's version", "a spokesman rejected the Kenyan charge",
    "denied that story": a denial whose object sums up what a side said answers
    the latest act in words of that side (the side its object names, else the side it is
    aimed at), told before in the order of time, even paragraphs back; and the act that
    statement tells ("said … units had shelled a post": the shelling too)."""
    doc = analysis.doc
    order = time_order(analysis)
    for a, verb in stated_denials(analysis):
        obj = _claim_object(verb)
        if obj is None:
            continue  # "rejected any claim" names no statement told before
        who, country = _named_side(analysis, doc[verb.i + 1:obj.i])
        owner = _owner_words(doc[verb.i + 1:obj.i])
        b = None
        if who is None and country is None:
            # "rejected the allegation": the latest charge against the denier's side
            b = _latest_charge_against(analysis, a, order)
            if b is None and obj.lemma_.lower() not in OFFER_NOUNS:
                # "the charge" with no side known: the charge told just before
                b = _charge_just_before(analysis, a, order)
        if b is None and who is None and country is None and a.target is not None:
            who, country = a.target.actor_id, a.target.country
        if b is None and who is None and country is None:
            continue
        if b is None:
            b = _latest_claim(analysis, a, order, who, country, owner)
        if b is None and obj.lemma_.lower() in ACCOUNT_NOUNS and not any(
                c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for c in obj.children):
            # "The ministry said its forces had struck a depot. Kyiv rejected that account":
            # the saying is no event, the act it tells in the side's words is answered
            b = _reported_act_of(analysis, a, order, who, country)
            if b is not None:
                add_link(a, b, named=True)
            continue
        if b is None:
            continue
        b = _outer_charge(analysis, b)
        add_link(a, b, named=True)
        for c in _told_in(analysis, b):
            add_link(a, c, named=True)


# Claim nouns that sum up a side's telling of what happened (not a charge against another).
ACCOUNT_NOUNS = frozenset({"account", "version", "story", "narrative", "claim", "report"})


def _reported_act_of(analysis: Analysis, a: Event, order: dict[int, float], who: str | None,
                     country: str | None) -> Event | None:
    """The latest act of force told in the words of the side (`who`, else its `country`) as
    its own doing (status reported, that side the doer), ANSWER_LOOKBACK sentences before `a`
    at most in the order of time: the account a denial of "that account" throws back."""
    here = order.get(a.sentence, a.sentence)
    best: tuple[float, Event] | None = None
    for b in analysis.events:
        there = order.get(b.sentence, b.sentence)
        if (b.id == a.id or b.type not in MATERIAL or b.status != "reported" or b.source is None
                or there > here or here - there > ANSWER_LOOKBACK
                or (b.sentence == a.sentence and b.trigger.start >= a.trigger.start)):
            continue
        if not (who is not None and b.source.actor_id == who
                or country is not None and b.source.country == country):
            continue
        if same_doer(b, a, country_of(a, "source")):
            continue  # its own side's account
        key = there + 0.001 * b.trigger.start
        if best is None or key > best[0]:
            best = (key, b)
    return best[1] if best is not None else None


CLAIM_OWNERS = frozenset({"the", "this", "that", "these", "those", "his", "her", "its",
                          "their", "such"})


def _claim_object(verb: Token) -> Token | None:
    """The noun of what was said that a denial takes as its object, told as one told before:
    "the army's version", "the Kenyan charge", "that story" (read from the words after the
    verb, which a parser may take for a clause: "denied that story the next morning")."""
    doc = verb.doc
    seen_owner = False
    for t in doc[verb.i + 1:min(len(doc), verb.i + 7)]:
        word = t.lower_
        if word in CLAIM_NOUNS or word.rstrip("s") in CLAIM_NOUNS:
            return t if seen_owner else None
        if word in CLAIM_OWNERS or t.dep_ == "poss" or t.tag_ == "POS":
            seen_owner = True
        elif t.dep_ == "prt" and t.head.i == verb.i:
            continue  # "brushed off the charge"
        elif t.pos_ not in ("ADJ", "PROPN", "NOUN", "PART", "ADV"):
            return None
    return None


def _named_side(analysis: Analysis, words: Any) -> tuple[str | None, str | None]:
    """The side the words before a claim noun name as its author: "the army's version", "the
    Kenyan charge"."""
    for c in words:
        if c.pos_ in ("PROPN", "NOUN", "ADJ"):
            actor = analysis.actor_at(c.idx, c.idx + len(c.text))
            if actor is not None:
                return actor.id, actor.country
    return None, None


def _owner_words(words: Any) -> set[str]:
    """The proper names of the side a claim noun is owned by ("the Guild's charge")."""
    return {t.lower_ for t in words if t.pos_ == "PROPN"}


def _latest_charge_against(analysis: Analysis, a: Event,
                           order: dict[int, float]) -> Event | None:
    """The latest charge, before `a` in the order of time, aimed at the side of the denier by
    another side (by the side the denial is aimed at, when it has one): what "rejected the
    allegation" throws back."""
    mine = a.source.actor_id if a.source else None
    country = country_of(a, "source")
    if mine is None and country is None:
        return None
    here = order.get(a.sentence, a.sentence)
    aim = a.target if a.target is not None and (a.target.actor_id or a.target.country) else None
    best: tuple[float, Event] | None = None
    for b in analysis.events:
        there = order.get(b.sentence, b.sentence)
        if (b.id == a.id or b.type != "ACCUSE" or b.target is None
                or there > here or here - there > CLAIM_LOOKBACK
                or (b.sentence == a.sentence and b.trigger.start >= a.trigger.start)
                or b.status not in ("asserted", "reported") or same_doer(a, b, country)):
            continue
        if not (mine is not None and b.target.actor_id == mine
                or country is not None and b.target.country == country):
            continue
        known = b.source is not None and (b.source.actor_id or b.source.country) is not None
        if aim is not None and known and b.source is not None and not (
                b.source.actor_id is not None and b.source.actor_id == aim.actor_id
                or b.source.country is not None and b.source.country == aim.country):
            continue  # the denial is aimed at one accuser: another side's charge is not it
        key = there + 0.001 * b.trigger.start
        if best is None or key > best[0]:
            best = (key, b)
    return best[1] if best is not None else None


def _charge_just_before(analysis: Analysis, a: Event, order: dict[int, float]) -> Event | None:
    """The latest charge told at most ANSWER_LOOKBACK sentences before `a` (in the order of
    time) by another side than the denier: "accused the rebels of a massacre. A rebel
    spokesman brushed off the charge"."""
    here = order.get(a.sentence, a.sentence)
    country = country_of(a, "source")
    best: tuple[float, Event] | None = None
    for b in analysis.events:
        there = order.get(b.sentence, b.sentence)
        if (b.id == a.id or b.type != "ACCUSE" or there > here or here - there > ANSWER_LOOKBACK
                or (b.sentence == a.sentence and b.trigger.start >= a.trigger.start)
                or b.status not in ("asserted", "reported") or same_doer(a, b, country)):
            continue
        key = there + 0.001 * b.trigger.start
        if best is None or key > best[0]:
            best = (key, b)
    return best[1] if best is not None else None


def _latest_claim(analysis: Analysis, a: Event, order: dict[int, float], who: str | None,
                  country: str | None, owner: set[str] | None = None) -> Event | None:
    """The latest act in words of the side (`who`, else its `country`) before `a` in the
    order of time, at most CLAIM_LOOKBACK sentences back."""
    here = order.get(a.sentence, a.sentence)
    mine = a.source.actor_id if a.source else None
    best: tuple[float, Event] | None = None
    for b in analysis.events:
        there = order.get(b.sentence, b.sentence)
        if (b.id == a.id or b.type not in CLAIM_TYPES or b.source is None
                or there > here or here - there > CLAIM_LOOKBACK
                or (b.sentence == a.sentence and b.trigger.start >= a.trigger.start)
                or b.status in ("negated", "hypothetical", "planned")):
            continue
        if mine is not None and b.source.actor_id == mine:
            continue  # the denier's own words
        if b.source.actor_id is not None and who is not None:
            named = set(word_stems(b.source.text or ""))
            if b.source.actor_id != who and not (owner and owner <= named) \
                    and not _organ_of(analysis, who, b):
                continue  # "the Guild's charge": the National Guild of Road Hauliers
        elif country is None or b.source.country != country:
            continue
        key = there + 0.001 * b.trigger.start
        if best is None or key > best[0]:
            best = (key, b)
    return best[1] if best is not None else None


def _organ_of(analysis: Analysis, who: str, b: Event) -> bool:
    """Whether the doer of `b` is an organ of government of the state `who` names ("Islamabad's
    charge" told by "Pakistan's Foreign Office")."""
    state = next((x for x in analysis.actors if x.id == who), None)
    return state is not None and state.kind == "state" and b.source is not None \
        and b.source.country is not None and b.source.country == state.country \
        and b.source.sector == "GOV"


def _told_in(analysis: Analysis, b: Event) -> list[Event]:
    """The acts of force a statement tells in its content: "said … units had shelled an
    Ethiopian position" tells the shelling."""
    doc = analysis.doc
    if b.trigger_token is None:
        return []
    verb = doc[b.trigger_token]
    inside = {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
    return [e for e in analysis.events if e.trigger_token in inside and e.type in MATERIAL
            and e.status in ("asserted", "reported") and e.id != b.id][:1]


FALSE_WORDS = frozenset({"false", "untrue", "lie", "baseless", "fabrication", "fabricated",
                         "groundless", "nonsense", "propaganda", "unfounded", "invention",
                         "fiction", "wrong", "incorrect", "fake"})


def _judged_turns(analysis: Analysis, sentence: int) -> set[int]:
    """The sentences a judgement like "That is a lie" may judge: the one just before, and
    the one before that when a question stands between ("… burned the school. Is that
    true? That is a lie.")."""
    out = {sentence - 1}
    if sentence >= 2 and analysis.sentences[sentence - 1].text.rstrip().endswith("?"):
        out.add(sentence - 2)
    return out


# Words that name what a speaker talks about: "asked about the budget", "said of the figures".
TOPIC_PREPS = frozenset({"about", "of", "on", "regarding", "concerning", "over"})
TALK_VERBS = frozenset({"ask", "say", "speak", "talk", "comment", "question", "tell",
                        "answer", "reply", "respond", "add"})


def _other_topic(analysis: Analysis, tok: Token, b: Event) -> bool:
    """Whether the judgement's sentence names what it is about ("asked about the budget",
    "he said of the growth figures") by nouns that the sentence of `b` does not hold: then it
    judges another matter."""
    doc = analysis.doc
    topics = [o for t in tok.sent if t.lemma_.lower() in TALK_VERBS
              for p in t.children if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS
              for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
    if not topics:
        return False
    told = analysis.sentences[b.sentence]
    words = {t.lemma_.lower() for t in doc if told.start <= t.idx < told.end}
    return not any(o.lemma_.lower() in words or NOUN_TYPES.get(o.lemma_.lower()) in MATERIAL
                   or o.lemma_.lower() in CLAIM_NOUNS for o in topics)


def link_predicate_denials(analysis: Analysis) -> None:
    """"That is a lie.", "These claims are false.": a denial told as a judgement of what was
    just said answers the latest claim told before it (the statement and the act it tells,
    or an act told as reported), a question in between notwithstanding."""
    for a, tok in unanswered_said(analysis, "REJECT"):
        if a.trigger.text.lower().strip() not in FALSE_WORDS and \
                tok.lemma_.lower() not in FALSE_WORDS:
            continue
        pred = tok if tok.lemma_.lower() == "be" or any(
            c.dep_ == "nsubj" for c in tok.children) else tok.head
        subj = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not (subj.lower_ in ("that", "this", "it", "these", "those") or (
                subj.lemma_.lower() in CLAIM_NOUNS and any(
                    c.dep_ == "det" and c.lower_ in DEFINITE for c in subj.children))):
            continue
        turns = _judged_turns(analysis, a.sentence)
        src = country_of(a, "source")
        best: Event | None = None
        for b in analysis.events:
            if (b.id == a.id or b.trigger.start >= a.trigger.start or b.sentence not in turns
                    or b.status in ("negated", "hypothetical", "planned")):
                continue
            if _other_topic(analysis, tok, b):
                continue  # "Asked about rents, …: That is a lie" judges no act told
            if not (b.type in CLAIM_TYPES or b.type in MATERIAL and b.status == "reported"):
                continue
            if src is not None and same_doer(a, b, src):
                continue
            best = b
        if best is None:
            continue
        claim = next((c for c in analysis.events if c.type in CLAIM_TYPES
                      and best in _told_in(analysis, c)), None)
        for b in ([claim] if claim is not None else []) + [best] + _told_in(analysis, best):
            add_link(a, b)


def link_denied_contents(analysis: Analysis) -> None:
    """A denial and what it denies answer one thing: "Kigali denied shelling the market"
    (the shelling denied, said not to have happened, answers the shelling told before: the
    denial does too); "the police denied that …" answering the bombing a charge tells ("X
    accused the army of bombing civilians"): the denial answers the charge as well."""
    doc = analysis.doc
    by_id = {e.id: e for e in analysis.events}
    by_tok: dict[int, list[Event]] = {}
    for e in analysis.events:
        if e.trigger_token is not None:
            by_tok.setdefault(e.trigger_token, []).append(e)
    for a, verb in stated_denials(analysis):
        if not a.responds_to:
            inside = [t.i for c in verb.children if c.dep_ in ("xcomp", "ccomp", "dobj")
                      for t in c.subtree]
            for i in inside:
                for c in by_tok.get(i, []):
                    if c.id == a.id or c.type not in MATERIAL:
                        continue
                    for bid in list(c.responds_to):
                        b = by_id.get(bid)
                        if b is not None and b.trigger.start < a.trigger.start:
                            add_link(a, b)
        for bid in list(a.responds_to):
            b = by_id.get(bid)
            if b is None or b.trigger_token is None or b.type not in MATERIAL:
                continue
            charge = _charging(analysis, by_tok, doc[b.trigger_token])
            if charge is not None and charge.id != a.id and not same_doer(
                    a, charge, country_of(a, "source")):
                add_link(a, charge)


def _charging(analysis: Analysis, by_tok: dict[int, list[Event]], tok: Token) -> Event | None:
    """The charge whose content tells the act at `tok` ("accused the army of bombing
    civilians": the accusing, for the bombing)."""
    node = tok
    while node.head.i != node.i and node.dep_ in ("pcomp", "pobj", "prep", "xcomp", "ccomp",
                                                   "advcl", "conj", "dobj"):
        node = node.head
        charge = next((e for e in by_tok.get(node.i, []) if e.type == "ACCUSE"
                       and e.status in ("asserted", "reported")
                       and node.lemma_.lower() not in REPORTING), None)
        if charge is not None:
            return charge
    return None


def answer_charges(analysis: Analysis) -> None:
    """"New Delhi pinned the killings on Pakistan. Islamabad disowned any role", "the minister
    blamed the attack on the rebels … a rebel spokesman said his fighters had laid no
    ambush": a denial linked to the act it denies answers the charge that laid that act on
    the denier's side, told between the act and the denial, in its stead."""
    doc = analysis.doc
    by_id = {e.id: e for e in analysis.events}
    for a, verb in list(stated_denials(analysis)):
        if not a.responds_to and _denies_a_charge(verb):
            protest = _protest_of_own_act(analysis, a, by_id)
            if protest is not None:  # "We protested …" … "The army denied aiming at …"
                add_link(a, protest)
    for a in analysis.events:
        if not a.responds_to or not (a.type == "REJECT" or a.status == "negated"):
            continue
        for k, bid in enumerate(a.responds_to):
            b = by_id.get(bid)
            if b is None or b.type not in MATERIAL:
                continue
            charge = _charge_laying(analysis, a, b, doc)
            if charge is not None and charge.id not in a.responds_to:
                a.responds_to[k] = charge.id


# Verbs that lay an act on a side: what a denial of that act answers.
CHARGE_VERBS = frozenset({"accuse", "blame", "pin", "hold", "attribute", "charge", "allege",
                          "implicate"})


def _charge_laying(analysis: Analysis, a: Event, b: Event, doc: Any) -> Event | None:
    """The latest charge (ACCUSE) told after `b` and before the denial `a`, at most
    CLAIM_LOOKBACK sentences back, by another side than the denier, that names `b` in its own
    clause ("pinned the attack on …") or is aimed at the denier's side."""
    src = country_of(a, "source")
    best: Event | None = None
    for c in analysis.events:
        if (c.type != "ACCUSE" or c.id == a.id or c.trigger.start >= a.trigger.start
                or c.sentence < a.sentence - CLAIM_LOOKBACK
                or c.status not in ("asserted", "reported") or c.trigger_token is None):
            continue
        inside = b.trigger_token is not None and \
            b.trigger_token in {t.i for t in doc[c.trigger_token].subtree}
        if not inside and c.trigger.start < b.trigger.start:
            continue
        if a.source is not None and c.source is not None and (
                a.source.actor_id is not None and a.source.actor_id == c.source.actor_id):
            continue  # its own side's charge
        if doc[c.trigger_token].lemma_.lower() not in CHARGE_VERBS:
            continue  # "condemned these arrests" judges the act; a denial answers who did it
        aimed = c.target is not None and (
            c.target.actor_id is not None and a.source is not None
            and c.target.actor_id == a.source.actor_id
            or src is not None and c.target.country == src
            and (country_of(c, "source") not in (None, src) or country_of(c, "source") is None
                 and c.target.actor_id is None))
        # (an accuser of no known country, "He accused youths from Kenya of the raid", is
        # another side than Kenyan police; not when the accused is an actor of its own)
        if inside or aimed:
            best = c
    return best


# What a denial of a protest may name: "dismissed the complaint", "rejected the charges".
PROTESTED_NOUNS = frozenset({"charge", "allegation", "accusation", "claim", "complaint",
                             "protest", "note", "statement", "report", "account", "version"})


def _denies_a_charge(verb: Token) -> bool:
    """A denial of what is said against its side: "denied aiming at UN staff", "dismissed the
    complaint" (not "rejected any meeting", which refuses a thing of its own)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if not objs:
        return verb.lemma_.lower() in ("deny", "refute", "disown", "dispute")
    return all(o.lemma_.lower() in PROTESTED_NOUNS or o.pos_ == "PRON" for o in objs)


def _protest_of_own_act(analysis: Analysis, a: Event, by_id: dict[str, Event]) -> Event | None:
    """The latest protest, charge or demand told just before the denial `a` (ANSWER_LOOKBACK
    sentences) by another side, that answers an act of the denier's side: what a bare denial
    by that side answers."""
    src = country_of(a, "source")
    if src is None and (a.source is None or a.source.actor_id is None):
        return None
    best: Event | None = None
    for c in analysis.events:
        if (c.type not in CLAIM_TYPES or c.id == a.id or c.trigger.start >= a.trigger.start
                or c.sentence < a.sentence - ANSWER_LOOKBACK
                or c.status not in ("asserted", "reported") or same_doer(a, c, src)):
            continue
        acts = [by_id[x] for x in c.responds_to if x in by_id]
        # (the army's tank, "its troops": one side, two actors); the latest protest or
        # charge, before a request told with it
        if any(b.type in MATERIAL and (same_doer(a, b, src) or country_of(b, "source") == src)
               for b in acts) and (best is None or best.type == "REQUEST"
                                   or c.type != "REQUEST"):
            best = c
    return best
