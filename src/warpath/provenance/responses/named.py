"""Answers in words that name the act they answer: "opposed the attack", "condemned the
shelling", "we reject that", "…, a charge the party rejected", "accused Yerevan of a
provocation", "called the strike a violation", "urged Ankara to halt its operations", "blame
the militia" (for the act just told)."""

from __future__ import annotations

from warpath.document import Analysis, Event
from warpath.provenance.responses.earlier import (
    act_of_toll,
    first_telling,
    joined_head,
    match_earlier,
)
from warpath.provenance.responses.explicit import is_purpose
from warpath.provenance.responses.links import (
    add_link,
    country_of,
    same_doer,
    stated_act_before,
    trigger_lemma,
    unanswered_said,
)
from warpath.provenance.responses.syntax import Token, after_phrase, objects_of
from warpath.provenance.responses.timeline import time_order
from warpath.provenance.responses.words import (
    ANSWER_LOOKBACK,
    ASK_VERBS,
    BLAME_ONLY,
    DEFINITE,
    FAR_LOOKBACK,
    GENERIC_OBJECTS,
    GRANT_LOOKBACK,
    GRANTED_BY,
    JUDGE_VERBS,
    LOOKBACK,
    MATERIAL,
    NOUN_TYPES,
    NOUN_VERBS,
    REACT_VERBS,
    REFUSED_VERBS,
    SAME_ACTS,
    SUMMARY_NOUNS,
    UNDO_ASKED,
    VERBAL_TYPES,
)


def link_named_acts(analysis: Analysis, by_token: dict[int, list[Event]]) -> None:
    """"Vietnam firmly opposed the attack", "condemned the shelling", "we reject that": an
    answer in words whose object points back to an act told before answers that act."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.type not in VERBAL_TYPES or a.trigger_token is None
                or a.status in ("negated", "hypothetical", "planned")):
            continue
        verb = doc[a.trigger_token]
        if verb.dep_ in ("aux", "neg") and verb.head.pos_ == "VERB":
            verb = verb.head  # "will not accept", "do not accept it": for its verb
        if verb.pos_ not in ("VERB", "AUX") or is_purpose(verb):
            continue  # "summoned the envoy to condemn X": the summons answers (see explicit._link)
        said = _summarised(by_token, verb)
        if said is not None and said.id != a.id:
            add_link(a, said, named=True)
            continue
        refused = verb.lemma_.lower() in REFUSED_VERBS and any(c.dep_ == "neg"
                                                               for c in verb.children)
        # "called the strike an unprovoked violation": a judgement, an answer only when
        # the judge is another side than the doers ("called its strikes a slap" is not)
        judged = verb.lemma_.lower() in JUDGE_VERBS and any(c.dep_ == "oprd"
                                                            for c in verb.children)
        charged = _charged_acts(verb) if verb.lemma_.lower() == "accuse" else []
        if charged:
            for hit in match_earlier(analysis, a, charged[0], {a.id}):
                add_link(a, hit)  # "accused Yerevan of a deliberate provocation"
            continue
        asked = _asked_acts(verb) if verb.lemma_.lower() in ASK_VERBS else []
        if verb.lemma_.lower() not in REACT_VERBS and not refused and not judged \
                and not asked:
            continue
        objs = asked or objects_of(verb)
        named_only = {o.i for o in asked}  # "urged Manila to lift its ban": the ban, no blockade
        after = after_phrase(verb) if verb.lemma_.lower() in REACT_VERBS else None
        if after is not None and after.pos_ == "NOUN":
            objs.append(after)  # "protested … after the Tifariti strike of 8 June"
        for obj in objs:
            if obj.pos_ == "PRON" or (obj.pos_ == "DET" and obj.dep_ == "dobj"):
                if obj.lower_ in ("that", "this", "it"):  # "We reject that."
                    said = _previous_claim(analysis, a) or _alleged(analysis, verb, obj)
                    if said is not None:
                        add_link(a, said)
                continue
            if obj.lemma_.lower() in GENERIC_OBJECTS and any(
                    c.lower_ in ("such", "this", "that", "these", "those") for c in obj.children
                    if c.dep_ in ("amod", "det", "predet")):
                said = _previous_claim(analysis, a)  # "will not accept any such move"
                if said is not None:
                    add_link(a, said)
                continue
            if any(c.lower_ == "both" for c in obj.children) and \
                    NOUN_TYPES.get(obj.lemma_.lower()) in MATERIAL and not judged:
                for b in _last_two(analysis, a):  # "condemns both attacks"
                    add_link(a, b)
                if a.responds_to:
                    break
            force = NOUN_TYPES.get(obj.lemma_.lower()) in MATERIAL
            if not any(c.dep_ == "det" and c.lower_ in DEFINITE
                       or c.dep_ == "poss" and (c.pos_ == "PRON" or force and c.pos_ in
                                                ("PROPN", "NOUN"))
                       for c in obj.children):
                continue  # "the shelling", "its strikes", "Tuesday's raid", "Kyiv's strikes"
                # (a side's words, "Washington's charge", are left to the denials)
            if obj.lemma_.lower() not in NOUN_TYPES:
                continue
            src = country_of(a, "source")
            if judged and _own_side_act(analysis, obj, src):
                continue  # "called the Iranian strikes a slap in the face"
            named = [e for e in by_token.get(obj.i, []) if e.id != a.id]
            found = [first_telling(analysis, named[0], {a.id})] if named else \
                match_earlier(analysis, a, obj, {a.id}, same_side=judged)
            for b in found:
                if judged and (src is None or same_doer(a, b, src)):
                    continue
                if obj.i in named_only and not named and not _same_act(
                        obj.lemma_.lower(), trigger_lemma(doc, b) or "", b):
                    continue
                add_link(a, b, named=bool(named))
            if a.responds_to:
                break


def _last_two(analysis: Analysis, a: Event) -> list[Event]:
    """The two latest acts of force by another side, told in two sentences before `a`: what
    "both attacks" names."""
    src = country_of(a, "source")
    doc = analysis.doc
    found: dict[int, Event] = {}
    for b in analysis.events:
        if not stated_act_before(a, b, FAR_LOOKBACK) or b.sentence == a.sentence \
                or b.embedding != "main" or same_doer(a, b, src):
            continue
        if b.trigger_token is not None and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in NOUN_TYPES
                and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children)
                for c in doc[b.trigger_token].children):
            continue  # "the strike described above had targeted …": an act told again
        found.setdefault(b.sentence, b)  # the first act told in its sentence
    # acts the condemner holds as fact before acts told in another side's words
    held = [found[k] for k in sorted(found) if found[k].status == "asserted"]
    told = [found[k] for k in sorted(found)]
    return held[-2:] if len(held) >= 2 else told[-2:]


def link_blames(analysis: Analysis) -> None:
    """"Nobody has claimed the strike. Residents blame the militia": laying blame on a side
    answers the act it is blamed for: the act named after "for" ("blamed Kigali for the
    shelling"), else the latest act of force told just before."""
    for a, verb in unanswered_said(analysis, "ACCUSE"):
        if verb.lemma_.lower() not in BLAME_ONLY or verb.dep_ in ("relcl", "acl") \
                or not any(c.dep_ == "dobj" for c in verb.children):
            continue
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "blame X for Y"
        named = [o for h in heads for p in h.children if p.dep_ == "prep"
                 and p.lower_ in ("for", "over") for o in p.children if o.dep_ in ("pobj", "pcomp")]
        # "blamed the attack on the militia": the object is the act
        named += [o for o in verb.children if o.dep_ == "dobj" and o.pos_ == "NOUN"
                  and NOUN_TYPES.get(o.lemma_.lower()) in MATERIAL]
        if named:
            if NOUN_TYPES.get(named[0].lemma_.lower()) in MATERIAL:
                for b in match_earlier(analysis, a, named[0], {a.id}):
                    add_link(a, b)
            continue  # "blamed Kigali for the failure of the talks": not an act of force
        best: Event | None = None
        for b in analysis.events:
            if not stated_act_before(a, b, ANSWER_LOOKBACK):
                continue
            best = b
        if best is not None:
            best = joined_head(analysis, first_telling(analysis, best, {a.id}))
            add_link(a, act_of_toll(analysis, best))



def _charged_acts(verb: Token) -> list[Token]:
    """An act named by a noun in an accusation: "accused Yerevan of a provocation" (not "of
    backing the rebels", a charge told by a verb of its own)."""
    found = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
             and (o.lemma_.lower() in NOUN_TYPES or o.lemma_.lower() in GENERIC_OBJECTS)]
    return found or _charged_definite_act(verb)


# Verbs that only carry an act noun: "carrying out the attack", "staging the ambush".
DOING_VERBS = frozenset({"carry", "stage", "mount", "launch", "conduct", "commit", "perpetrate",
                         "order", "execute", "plan", "organise", "organize", "orchestrate",
                         "mastermind", "lead"})


def _charged_definite_act(verb: Token) -> list[Token]:
    """An act told before, named again by a definite noun of force as what the accused did:
    "accused the gangs of the attack" with the "of" phrase hung on the wrong word by the
    parse, "accused the youths of carrying out the raid", "blamed X for staging Sunday's
    ambush" (a gerund whose object names the act: the gerund only carries it)."""
    for t in verb.subtree:
        if t.i <= verb.i or t.sent.start != verb.sent.start or t.pos_ != "NOUN" or \
                NOUN_TYPES.get(t.lemma_.lower()) not in MATERIAL:
            continue
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss"
                   for c in t.children):
            continue  # "of a raid on a village": a new act, told here for the first time
        head = t.head
        if t.dep_ == "dobj" and head.tag_ == "VBG" and head.dep_ == "pcomp" and \
                (head.lemma_.lower() in DOING_VERBS
                 or head.lower_.removesuffix("ing") + "e" in DOING_VERBS):  # "staging": "stag"
            head = head.head  # "of carrying out the attack" (not "of using the rocket as …")
        elif t.dep_ != "pobj":
            continue
        if head.dep_ != "prep" or head.lower_ != "of":
            continue
        if any(p.lower_ == "of" and p.dep_ == "prep" and any(
                c.dep_ == "pcomp" and c.i != t.head.i for c in p.children)
                for p in verb.doc[verb.i + 1:head.i]):
            continue  # "of beating students in the aftermath of the raid": the charge is
            # told by a verb of its own before the act noun
        holder = head.head  # the verb, or a word of the accused's phrase the parse chose
        if holder.i == verb.i or (holder.pos_ != "NOUN" or holder.lemma_.lower() not in
                                  NOUN_TYPES) and any(
                d.dep_ == "dobj" and d.left_edge.i <= holder.i <= d.right_edge.i
                for d in verb.children):
            return [t]
    return []


def _asked_acts(verb: Token) -> list[Token]:
    """Acts of the asked side that a request names in its content: "urged Ankara to keep its
    operations away from inhabited areas", "called on Kyiv to halt its strikes"."""
    out = []
    for x in verb.children:
        if x.dep_ != "xcomp":
            continue
        for o in x.children:
            if o.dep_ == "dobj" and o.lemma_.lower() in NOUN_TYPES and any(
                    c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children):
                out.append(o)
    return out


def _own_side_act(analysis: Analysis, noun: Token, country: str | None) -> bool:
    """Whether an act noun names its doer as the side `country` ("the Iranian strikes",
    "its strikes") or the judge's country is unknown."""
    if country is None:
        return True
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PRON":
            return True  # "called its strikes …": the speaker's own
        if c.dep_ in ("amod", "compound", "poss"):
            actor = analysis.actor_at(c.idx, c.idx + len(c.text))
            if actor is not None and actor.country == country:
                return True
    return False


def _alleged(analysis: Analysis, verb: Token, pron: Token) -> Event | None:
    """What "it" stands for when a claim noun comes before it in its sentence ("put that
    allegation to the authorities, who dismissed it"): the act told as a claim, the latest
    before the noun, whoever did it (the accused side denies its own act)."""
    doc = verb.doc
    ref = next((t for t in reversed(doc[verb.sent.start:pron.i])
                if t.lemma_.lower() in SUMMARY_NOUNS and t.pos_ == "NOUN"
                and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in t.children)), None)
    if ref is None:
        return None
    sent = analysis.sentence_index(ref.idx)
    best: Event | None = None
    for b in analysis.events:
        if (b.trigger.start >= ref.idx or b.sentence < sent - ANSWER_LOOKBACK
                or b.type not in MATERIAL or b.status != "reported" or b.embedding == "nested"):
            continue
        best = b
    return best


def _summarised(by_token: dict[int, list[Event]], verb: Token) -> Event | None:
    """"X accused Y of hiding the truth, a charge Z rejected": the noun the answer hangs
    from sums up the clause it is set beside; the act of that clause is answered."""
    noun = verb.head
    if (verb.dep_ != "relcl" or noun.lemma_.lower() not in SUMMARY_NOUNS
            or noun.dep_ not in ("appos", "npadvmod", "dep")):
        return None
    for node in noun.ancestors:
        for e in by_token.get(node.i, []):
            return e
    return None


def _previous_claim(analysis: Analysis, a: Event) -> Event | None:
    """What "that" points to in "We reject that": the latest act of another side told in the
    sentence before."""
    src = country_of(a, "source")
    best: Event | None = None
    for b in analysis.events:
        if (b.id == a.id or b.trigger.start >= a.trigger.start or b.sentence < a.sentence - 1
                or b.sentence == a.sentence or b.embedding != "main"
                or b.status in ("negated", "hypothetical", "planned")):
            continue
        if same_doer(a, b, src):
            continue
        if best is None or b.trigger.start > best.trigger.start:
            best = b
    return best


def link_undo_requests(analysis: Analysis) -> None:
    """"We urge the Malian army to pull back the units and close the new camps", "asking Minsk
    to lift the closure of the crossings": a request that one asked side undo what it did
    answers that side's latest act told before, when what is to be undone names that act (its
    word, a word of its sentence, a pronoun) or the asked verb undoes its verb ("reopen" a
    closure); an appeal to both sides names no doer."""
    doc = analysis.doc
    order = time_order(analysis)
    for a in analysis.events:
        if (a.responds_to or a.type != "REQUEST" or a.trigger_token is None or a.target is None
                or a.status in ("negated", "hypothetical")):
            continue
        verb = doc[a.trigger_token]
        asked = [t for t in verb.subtree if t.pos_ == "VERB" and t.i != verb.i
                 and t.lemma_.lower() in UNDO_ASKED and t.dep_ in ("xcomp", "ccomp", "conj")]
        if not asked or _many_asked(verb):
            continue
        here = order.get(a.sentence, a.sentence)
        best: tuple[float, Event] | None = None
        for b in analysis.events:
            there = order.get(b.sentence, b.sentence)
            if (b.id == a.id or b.source is None or there > here or here - there > LOOKBACK
                    or (b.sentence == a.sentence and b.trigger.start >= a.trigger.start)
                    or b.type not in MATERIAL | {"MOBILIZE", "THREATEN"}
                    or b.status in ("negated", "hypothetical", "planned")):
                continue
            if not (a.target.actor_id is not None and b.source.actor_id == a.target.actor_id
                    or a.target.country is not None and b.source.country == a.target.country):
                continue
            if same_doer(a, b, country_of(a, "source")):
                continue
            if not any(_undoes(analysis, v, b) for v in asked):
                continue  # "stop buying smuggled ore" names no act told before
            key = there + 0.001 * b.trigger.start
            if best is None or key > best[0]:
                best = (key, b)
        if best is not None:
            add_link(a, first_telling(analysis, best[1], {a.id}), named=True)


# Verbs of an act each asked verb undoes: "reopen" a closure, "withdraw" troops sent.
UNDONE_BY: dict[str, frozenset[str]] = {
    **dict.fromkeys(("reopen", "unblock"), frozenset({"close", "shut", "seal", "suspend",
                                                      "block", "cut", "halt"})),
    "lift": frozenset({"impose", "ban", "block", "blockade", "suspend", "seal", "close"}),
    **dict.fromkeys(("withdraw", "pull", "vacate", "leave"),
                    frozenset({"deploy", "send", "move", "station", "mass", "post", "occupy",
                               "enter", "cross", "seize", "take"})),
    **dict.fromkeys(("remove", "dismantle"), frozenset({"build", "erect", "install", "set",
                                                        "lay", "dig", "place", "construct",
                                                        "plant", "put"})),
    **dict.fromkeys(("release", "free", "return"),
                    frozenset({"detain", "arrest", "seize", "abduct", "kidnap", "capture",
                               "hold", "take", "jail", "imprison"})),
    **dict.fromkeys(("rescind", "revoke", "reverse"), frozenset({"impose", "ban", "order",
                                                                "decide", "expel"})),
}
# Words for a request's addressee that name more than one side: "both sides", "all parties".
MANY_SIDES = frozenset({"both", "all", "each", "every", "two"})


def _same_act(noun: str, lemma: str, b: Event) -> bool:
    """Whether an act noun may name the act `b` told by the verb `lemma`: its own verb ("the
    detention": "detained"), a word for it, or, for force, any act of force ("its operations"
    for "pounded"); a noun of a measure ("its ban") names that measure only."""
    if lemma in (NOUN_VERBS.get(noun, noun), noun) or lemma in SAME_ACTS.get(noun, ()):
        return True
    return NOUN_TYPES.get(noun) == "ASSAULT" and b.type == "ASSAULT"


def _many_asked(verb: Token) -> bool:
    """Whether a request is addressed to several sides at once ("called on both sides",
    "urged all armed groups", "urged Kigali and Kinshasa"): then it asks no one doer to undo
    what it did."""
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    heads += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "upon", "to")
              for o in p.children if o.dep_ == "pobj"]
    for h in heads:
        if any(c.dep_ == "conj" for c in h.children):
            return True
        if any(c.lower_ in MANY_SIDES for c in h.children if c.dep_ in ("det", "predet",
                                                                        "nummod", "amod")):
            return True
        if h.lemma_.lower() in ("party", "side", "belligerent") and h.tag_ == "NNS":
            return True
    return False


def _undoes(analysis: Analysis, verb: Token, b: Event) -> bool:
    """Whether an asked verb of undoing names the act `b` as what is to be undone: its object
    is a pronoun, the act's own word ("halt its strikes" after "jets struck"), or a word of
    the act's sentence ("withdraw the troops" after "troops dug trenches"); or the verb undoes
    the act's verb ("reopen the crossings" after the links were suspended)."""
    doc = analysis.doc
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [c for c in verb.children if c.dep_ == "prt" for c in c.children if c.dep_ == "dobj"]
    if not objs:
        return False
    lemma = trigger_lemma(doc, b) or ""
    if b.trigger_token is not None and doc[b.trigger_token].dep_ == "aux":
        lemma = doc[b.trigger_token].head.lemma_.lower()  # "would be suspended"
    told = analysis.sentences[b.sentence] if 0 <= b.sentence < len(analysis.sentences) else None
    words = {t.lemma_.lower() for t in doc if told is not None
             and told.start <= t.idx < told.end and t.pos_ in ("NOUN", "PROPN")}
    acts = False
    for obj in objs:
        noun = obj.lemma_.lower()
        if obj.pos_ == "PRON" and obj.lower_ in ("it", "them", "this", "that", "these"):
            return True
        if NOUN_TYPES.get(noun) is not None:
            if _same_act(noun, lemma, b):
                return True
            acts = True  # "lift its ban" is not met by a blockade: the ban is named
        elif noun in words:
            return True
    return not acts and lemma in UNDONE_BY.get(verb.lemma_.lower(), frozenset())


# Verbs whose direct object is the thing asked for ("requested them"), not the one asked
# ("asked them to leave").
THING_ASKED = frozenset({"request", "seek", "want", "need"})


def _asked_thing(pron: Token) -> bool:
    """Whether a pronoun stands for what a request asks for: "asked for them", "requested
    it"; not the side asked ("urged them to leave the talks")."""
    head = pron.head
    if pron.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lemma_.lower() in ASK_VERBS | THING_ASKED
    return pron.dep_ == "dobj" and head.lemma_.lower() in THING_ASKED and not any(
        c.dep_ in ("xcomp", "ccomp") for c in head.children)


def link_granted_requests(analysis: Analysis) -> None:
    """"Estonia asked its allies for urgent talks, and their envoys met that evening",
    "Kampala asked for troops; Nairobi sent a battalion": an act of another actor, told right
    after a request, that grants what was asked (a meeting for consultations, forces for
    troops, aid for help) answers the request."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.type not in GRANTED_BY or a.trigger_token is None
                or a.status not in ("asserted", "reported") or a.source is None):
            continue
        best: Event | None = None
        for b in analysis.events:
            if (b.id == a.id or b.type != "REQUEST" or b.trigger_token is None
                    or b.trigger.start >= a.trigger.start
                    or b.sentence < a.sentence - GRANT_LOOKBACK
                    or b.status not in ("asserted", "reported") or b.source is None):
                continue
            if a.source.actor_id is not None and b.source.actor_id == a.source.actor_id or \
                    a.source.actor_id is None and b.source.country == a.source.country:
                continue  # one side asking and doing
            if b.target is not None and (b.target.actor_id or b.target.country) and not (
                    b.target.actor_id == a.source.actor_id
                    or b.target.country == a.source.country):
                continue  # asked of someone else
            asked = [o for o in doc[b.trigger_token].subtree
                     if o.pos_ in ("NOUN", "PRON") and o.dep_ in ("dobj", "pobj")]
            if any(_asked_thing(o) if o.pos_ == "PRON" else o.lemma_.lower()
                   in GRANTED_BY[a.type] for o in asked):
                best = b
        if best is not None:
            add_link(a, best)


def link_over_acts(analysis: Analysis, by_token: dict[int, list[Event]]) -> None:
    """"Vilnius recalled its ambassador over the arrests", "handed him a protest note over
    the deaths", "lodged a protest over Monday's raid": a measure or a word whose "over" (or
    "about") phrase names an act told before, by a definite noun, answers that act."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.trigger_token is None or a.status not in ("asserted", "reported")
                or a.type == "ASSAULT"):
            continue
        verb = doc[a.trigger_token]
        for obj in _over_objects(verb):
            if obj.lemma_.lower() not in NOUN_TYPES or not any(
                    c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE or c.pos_ in
                                                   ("PRON", "PROPN", "NOUN"))
                    for c in obj.children):
                continue  # "over land", "over a dispute": no act told before
            named = [e for e in by_token.get(obj.i, []) if e.id != a.id]
            found = [first_telling(analysis, named[0], {a.id})] if named else \
                match_earlier(analysis, a, obj, {a.id})
            for b in found:
                add_link(a, _host_of_toll(analysis, by_token, b))
            if a.responds_to:
                break


def _over_objects(verb: Token) -> list[Token]:
    """The nouns of the "over" / "about" phrases on the verb, its object, or (a noun trigger)
    the verb it serves: "summoned the envoy over the raid", "a protest note over the deaths"."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj", "conj"))]
    if verb.dep_ in ("dobj", "obj", "nsubj", "nsubjpass"):
        holders.append(verb.head)
    out = [x for h in holders for c in h.children
           if c.dep_ == "prep" and c.lower_ in ("over", "about")
           for x in c.children if x.dep_ == "pobj" and x.pos_ == "NOUN"]
    return out + _linked_objects(verb)


# Compound prepositions that tie a measure to an act: "in connection with the shooting",
# "in relation to the ambush".
LINKING_NOUNS = frozenset({"connection", "relation"})


def _linked_objects(verb: Token) -> list[Token]:
    """"detained two men in Leposavic in connection with the shooting", "questioned in
    relation to the raid": the act nouns of such a phrase on the verb, or on a noun of its own
    phrases (a parser may hang it on the place), never one inside another clause."""
    out = []
    for t in verb.subtree:
        if t.lemma_.lower() not in LINKING_NOUNS or t.dep_ != "pobj" or t.head.lower_ != "in":
            continue
        node = t.head
        while node.i != verb.i and node.dep_ in ("prep", "pobj", "dobj", "npadvmod"):
            node = node.head
        if node.i != verb.i:
            continue
        out += [x for p in t.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                for x in p.children if x.dep_ == "pobj" and x.pos_ == "NOUN"]
    return out


def _host_of_toll(analysis: Analysis, by_token: dict[int, list[Event]], b: Event) -> Event:
    """"rounds landed in a village, killing a woman": the deaths are the landing's outcome, so
    the act answered is the landing."""
    doc = analysis.doc
    if b.trigger_token is None:
        return b
    tok = doc[b.trigger_token]
    if tok.lemma_.lower() in ("kill", "wound", "injure", "die") and tok.dep_ in (
            "advcl", "xcomp", "conj"):
        host = [e for e in by_token.get(tok.head.i, []) if e.type in MATERIAL]
        if host:
            return host[0]
    return b
