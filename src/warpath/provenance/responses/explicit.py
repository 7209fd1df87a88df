"""Answers told by a response word: "in retaliation for X", "responded to X by doing Y",
"fired back", "returned fire", "summoned the envoy to protest X", "X provoked a reaction",
"the strikes came after …", a reply announcing the next sentence, an answer supposed under a
condition."""

from __future__ import annotations

from warpath.document import Analysis, Event
from warpath.provenance.responses.earlier import antecedent, match_earlier
from warpath.provenance.responses.links import add_link, country_of, same_doer, unnamed_doers
from warpath.provenance.responses.syntax import (
    Token,
    after_phrase,
    direct_object,
    events_in,
    has_particle,
    object_of,
)
from warpath.provenance.responses.words import (
    ARRIVE_VERBS,
    ASK_VERBS,
    BACK_VERBS,
    CAUSE_VERBS,
    COMMIT_VERBS,
    FOLLOW_VERBS,
    GENERIC_OBJECTS,
    MATERIAL,
    NOUN_TYPES,
    OBJECT_PREPS,
    PURPOSE_VERBS,
    REPORTING,
    RESPONSE_ADJECTIVES,
    RESPONSE_NOUNS,
    RESPONSE_VERBS,
    VIEW_VERBS,
)


def link_cues(analysis: Analysis, by_token: dict[int, list[Event]]) -> None:
    """Link the answers that a response word tells: "in retaliation for", "responded to",
    "fired back", "returned fire", "summoned the envoy to protest", "X provoked a
    reaction", "the strikes came after …"."""
    doc = analysis.doc
    preps = OBJECT_PREPS - {"against"}
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma in RESPONSE_NOUNS | RESPONSE_ADJECTIVES and tok.dep_ in ("compound", "amod") \
                and tok.pos_ in ("NOUN", "ADJ"):
            # "in a revenge attack", "launched retaliatory strikes", "reprisal raids": the
            # act noun it qualifies is the answer (or the act it hangs from)
            act = tok.head
            if act.pos_ == "NOUN" and NOUN_TYPES.get(act.lemma_.lower()) in MATERIAL | {None} \
                    and act.lemma_.lower() in NOUN_TYPES:
                _link_qualified(analysis, by_token, act,
                                object_of(act, preps) or object_of(tok, preps))
        elif tok.pos_ == "NOUN" and lemma in RESPONSE_NOUNS:
            _link(analysis, by_token, tok, object_of(tok, preps) or after_phrase(tok))
        elif tok.pos_ == "VERB" and _returns_fire(tok):
            # "returned fire after the patrol was shot at"
            _link(analysis, by_token, tok, object_of(tok, preps) or after_phrase(tok))
        elif tok.pos_ == "VERB" and lemma in RESPONSE_VERBS:
            if lemma in ("hit", "counter") and not has_particle(tok, "back"):
                continue
            if lemma == "answer" and not any(c.dep_ in ("dobj", "prep") for c in tok.children) \
                    and not _announces(tok):
                continue
            obj = (direct_object(tok) if lemma in ("avenge", "revenge", "answer")
                   else object_of(tok, preps))
            _link(analysis, by_token, tok, obj or after_phrase(tok))
        elif tok.pos_ == "VERB" and lemma in BACK_VERBS and has_particle(tok, "back"):
            _link(analysis, by_token, tok, object_of(tok, preps) or after_phrase(tok))
        elif tok.pos_ == "VERB" and lemma in PURPOSE_VERBS and is_purpose(tok):
            if lemma == "break" and not has_particle(tok, "up"):
                continue
            if _asked_content(tok):
                continue  # "urged both armies to halt the shelling": what is asked, no purpose
            _link(analysis, by_token, tok, direct_object(tok), purpose=True)
        elif tok.pos_ == "VERB" and lemma in CAUSE_VERBS:
            link_cause(analysis, by_token, tok)
        elif tok.pos_ == "VERB" and lemma == "come" and after_phrase(tok) is not None:
            link_came_after(analysis, by_token, tok)
        elif tok.pos_ == "VERB" and lemma in FOLLOW_VERBS and _names_act(by_token, tok):
            link_came_after(analysis, by_token, tok, direct_object(tok))


def link_after_which(analysis: Analysis, by_token: dict[int, list[Event]]) -> None:
    """"Three jets flew into our airspace and stayed twelve minutes, after which Estonia
    requested consultations", "…, whereupon the coast guard fired warning shots": the act of
    the clause that "after which" opens answers the act of the clause it hangs from, when
    another side does it."""
    doc = analysis.doc
    for tok in doc:
        if tok.lower_ == "which" and tok.dep_ == "pobj" and tok.head.lower_ in (
                "after", "following"):
            verb = tok.head.head
        elif tok.lower_ == "whereupon" and tok.dep_ == "advmod":
            verb = tok.head
        else:
            continue
        if verb.pos_ != "VERB" or verb.dep_ not in ("relcl", "advcl", "conj"):
            continue
        host = verb.head
        while host.pos_ not in ("VERB", "AUX") and host.head.i != host.i:
            host = host.head
        hosts = [host] + ([host.head] if host.dep_ == "conj" else [])
        answers = [e for e in by_token.get(verb.i, []) if e.status in ("asserted", "reported")]
        told = [e for h in hosts for e in by_token.get(h.i, [])
                if e.status in ("asserted", "reported")]
        for a in answers:
            src = country_of(a, "source")
            for b in told[-1:]:
                one_side = same_doer(a, b, src) or src is not None and \
                    country_of(b, "source") == src and not unnamed_doers(b)
                if not one_side:  # ("gunmen" are of no side their place gives them)
                    add_link(a, b)


def _link_qualified(analysis: Analysis, by_token: dict[int, list[Event]], act: Token,
                    obj: Token | None) -> None:
    """"gunmen ambushed a bus in (what police call) a revenge attack", "launched retaliatory
    strikes": the act noun's own event answers, else the act of force it hangs from (not a
    verb of saying on the way); what it answers is named by its object or found before."""
    answering = [e for e in by_token.get(act.i, []) if e.type in MATERIAL]
    node = act
    while not answering and node.head.i != node.i:
        node = node.head
        answering = [e for e in by_token.get(node.i, []) if e.type in MATERIAL]
    answering = [e for e in answering if e.status != "negated"]
    ids = {e.id for e in answering}
    for a in answering:
        inside = [e for e in events_in(by_token, obj) if e.id not in ids] if obj else []
        for b in inside[:1] or match_earlier(analysis, a, obj, ids):
            add_link(a, b, named=bool(inside))


def _names_act(by_token: dict[int, list[Event]], verb: Token) -> bool:
    """Whether the object of "followed" is an act ("followed the abduction of two soldiers"),
    not the people followed ("troops followed the rebels into the hills")."""
    obj = direct_object(verb)
    if obj is None:
        return False
    lemma = obj.lemma_.lower()
    return bool(by_token.get(obj.i)) or lemma in NOUN_TYPES or lemma in GENERIC_OBJECTS


# Verbs that make another side do something: "pressed Kigali to stop its shelling".
MAKE_VERBS = frozenset({"compel", "force", "pressure", "pressurise", "pressurize", "persuade",
                        "convince", "push", "get", "oblige", "encourage", "invite"})


def _asked_content(tok: Token) -> bool:
    """Whether an infinitive is what a request asks of another side, not the purpose of an
    act: "urged both armies to halt the shelling", "asked the envoy to press the rebels to
    stop the raids" (up a chain of such verbs); not "called in the envoy to protest"."""
    node = tok
    while node.head.i != node.i:
        up = node.head
        lemma = up.lemma_.lower()
        if lemma in ASK_VERBS and not has_particle(up, "in") or lemma in MAKE_VERBS:
            return True
        if up.dep_ not in ("xcomp", "ccomp", "conj"):
            return False
        node = up
    return False


def _returns_fire(tok: Token) -> bool:
    """"returned fire": the answer of a unit that was fired on."""
    return tok.lemma_.lower() == "return" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in tok.children)


def is_purpose(tok: Token) -> bool:
    """An infinitive of purpose hanging from another act: "summoned X to protest Y"."""
    return (tok.dep_ in ("advcl", "xcomp") and tok.head.i != tok.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def _answering(by_token: dict[int, list[Event]], cue: Token,
               obj: Token | None, purpose: bool = False,
               analysis: Analysis | None = None) -> list[Event]:
    """The events the cue says are answers."""
    if purpose:  # "summoned the envoy to protest": the summons answers, not the protest
        return list(by_token.get(cue.head.i, []))
    # "responded … by approving a protest": the acts of the by-phrase answer
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "with"):
            inner = events_in(by_token, c)
            if inner:
                return inner
    own = by_token.get(cue.i, [])
    if own:
        return list(own)
    promised = _promised_by(cue)
    if promised is not None and by_token.get(promised.i):
        return list(by_token[promised.i])  # "Moscow has promised a mirror response"
    for anc in _anchors(cue):
        hits = by_token.get(anc.i, [])
        if hits:
            return list(hits)
        # a light verb: "imposed sanctions in response", "launched strikes in retaliation"
        for c in anc.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr") and by_token.get(c.i):
                return list(by_token[c.i])
    if analysis is not None:
        # "the seizure was seen as retaliation": a noun naming an act told before
        for anc in _anchors(cue)[:1]:
            earlier = antecedent(analysis, anc)
            if earlier is not None:
                return [earlier]
    # "a response that included strikes": events under the cue outside its object
    skip = {e.id for e in events_in(by_token, obj)} if obj is not None else set()
    inner = [e for e in events_in(by_token, cue, skip)]
    if not inner and analysis is not None:
        return _next_sentence_acts(analysis, by_token, cue)
    return inner[:1]


def _promised_by(cue: Token) -> Token | None:
    """The verb of commitment whose object a response noun is: "promised a response",
    "warned of retaliation"."""
    if cue.pos_ != "NOUN":
        return None
    head = cue.head
    if cue.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif cue.dep_ != "dobj":
        return None
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                     for m in c.children) for c in head.children):
        return None  # "threatened a harsh response if attacks continued": not yet an answer
    return head if head.lemma_.lower() in COMMIT_VERBS else None


def _next_sentence_acts(analysis: Analysis, by_token: dict[int, list[Event]],
                        cue: Token) -> list[Event]:
    """"Russia's reply came quickly. On Tuesday night its drones struck …": a response noun
    that is the subject of a light verb in a sentence with no act of its own announces the
    act of the next sentence (in the same paragraph)."""
    if not _announces(cue):
        return []
    sent = cue.sent
    if any(by_token.get(t.i) for t in sent):
        return []
    doc = cue.doc
    if sent.end >= len(doc) or "\n\n" in doc.text[sent.end_char - 1:doc[sent.end].idx + 1]:
        return []
    nxt = doc[sent.end].sent
    found: list[tuple[int, Event]] = []
    for t in nxt:
        for e in by_token.get(t.i, []):
            if e.status == "negated" or t.lemma_.lower() in REPORTING:
                continue
            found.append((len(list(t.ancestors)), e))
    if not found:
        return []
    top = min(d for d, _ in found)
    return [e for d, e in found if d == top]


def _announces(cue: Token) -> bool:
    """A cue that tells an answer without its act: "Russia's reply came quickly", "Islamabad
    answered two days later" (a sentence's own verb with no object)."""
    if cue.pos_ == "NOUN":
        return cue.dep_ == "nsubj" and cue.head.lemma_.lower() in ARRIVE_VERBS
    return cue.pos_ == "VERB" and cue.dep_ == "ROOT" and not any(
        c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "advcl", "neg") for c in cue.children)


def _viewed(node: Token) -> Token:
    """What a verb of judging judges: "the seizure was seen as retaliation", "arrested an
    engineer, a step seen as retaliation" (the step is the arrest)."""
    if node.lemma_.lower() not in VIEW_VERBS:
        return node
    subj = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        return subj
    if node.dep_ == "acl":
        noun = node.head
        if noun.dep_ in ("appos", "pobj") and noun.lemma_.lower() in GENERIC_OBJECTS:
            return noun.head  # climbs on to the act's verb in _anchors
        return noun
    return node


def _anchors(cue: Token) -> list[Token]:
    """Tokens an answering act can hang from: the predicate an adverbial "in retaliation"
    or a purpose clause "to avenge" modifies, up to the first verb, no further."""
    if cue.pos_ == "NOUN":
        if cue.dep_ != "pobj" or cue.head.lower_ not in ("in", "as"):
            return []
        start = _viewed(cue.head.head)
    elif cue.dep_ in ("advcl", "xcomp", "conj", "relcl", "acl"):
        start = cue.head
    else:
        return []
    out = [start]
    node = start
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
        out.append(node)
    return out


def _link(analysis: Analysis, by_token: dict[int, list[Event]], cue: Token,
          obj: Token | None, purpose: bool = False) -> None:
    answering = [e for e in _answering(by_token, cue, obj, purpose, analysis)
                 if e.status != "negated" and not (purpose and e.responds_to)]
    # (a purpose told of an act already placed, as crowd control after a march, adds nothing)
    if not answering:  # "decided against retaliation" answers nothing
        return
    ids = {e.id for e in answering}
    answered: list[Event] = []
    if obj is not None:
        inside = [e for e in events_in(by_token, obj) if e.id not in ids]
        if inside:
            answered = inside[:1]
    if not answered and all(e.status == "hypothetical" for e in answering):
        answered = _condition(by_token, cue, ids)
    if not answered and obj is not None and _a_kind_of_act(obj):
        return  # "revenge for 'fake encounters'", "in reprisal for raids": no one act
    for a in answering:
        if answered:
            for b in answered:
                add_link(a, b, named=True)
        else:
            for b in match_earlier(analysis, a, obj, ids):
                add_link(a, b)


_QUOTES = {'"', "“", "”", "'", "‘", "’"}


def _a_kind_of_act(obj: Token) -> bool:
    """A bare plural with nothing to tie it to one occasion ("raids", "abuses"), or a noun in
    quotation marks (the answerer's own words for what it says it answers)."""
    doc = obj.doc
    left, right = obj.left_edge.i, obj.right_edge.i
    if left > 0 and doc[left - 1].text in _QUOTES or doc[left].text in _QUOTES:
        return True
    return obj.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod", "prep", "relcl", "acl", "amod", "compound")
        for c in obj.children) and right == obj.i


def _condition(by_token: dict[int, list[Event]], cue: Token, skip: set[str]) -> list[Event]:
    """"If Israel were to launch an incursion, the group would answer with strikes": a
    supposed answer answers the act its condition supposes."""
    node = cue
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    for clause in [node, *node.ancestors]:
        for c in clause.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if"
                                         for m in c.subtree):
                inner = [e for e in events_in(by_token, c) if e.id not in skip]
                if inner:
                    return inner[:1]
    return []


def link_came_after(analysis: Analysis, by_token: dict[int, list[Event]],
                     verb: Token, after: Token | None = None) -> None:
    """"The strikes came after rebels shelled the town", "the operation followed the abduction
    of two soldiers": an act of one side that the text places after an act of the other
    answers it (a subject naming an act told before stands for that act)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    after = after if after is not None else after_phrase(verb)
    if subj is None or after is None:
        return
    answers = [e for e in events_in(by_token, subj) if e.status != "negated"]
    if not answers and subj.pos_ == "NOUN":
        told = antecedent(analysis, subj)  # "the operation" launched in the sentence before
        answers = [told] if told is not None else []
    if not answers:
        return
    causes = [e for e in events_in(by_token, after) if e.id not in {x.id for x in answers}]
    if not causes:
        causes = match_earlier(analysis, answers[0], after, {e.id for e in answers})
    a, b = answers[0], causes[0] if causes else None
    if b is None or b.type not in MATERIAL | {"ACCUSE", "THREATEN"}:
        return
    src = country_of(a, "source")
    if src and src == country_of(b, "source") and country_of(b, "target") != src:
        return  # one side's acts in sequence: a chronology, not an answer
    if b.id != a.id and b.id not in a.responds_to and a.id not in b.responds_to:
        a.responds_to.append(b.id)


def link_cause(analysis: Analysis, by_token: dict[int, list[Event]], verb: Token) -> None:
    """"X provoked Y's response": Y answers X."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subj is None or obj is None:
        return
    if obj.lemma_.lower() not in RESPONSE_NOUNS and obj.lemma_.lower() not in NOUN_TYPES:
        return
    causes = events_in(by_token, subj)
    answers = events_in(by_token, obj)
    if not answers:
        return
    if not causes:  # "the attacks would provoke a reaction": "the attacks" named earlier
        causes = match_earlier(analysis, answers[0], subj, {e.id for e in answers},
                                same_side=True)
    for a in answers[:1]:
        for b in causes[:1]:
            if b.id != a.id and b.id not in a.responds_to:
                a.responds_to.append(b.id)
