"""Finding the act told before that an answer answers: the earlier event that best fits
what a cue's object names (`match_earlier`), and the first telling of an act a definite noun
names again ("the attack", "the Tifariti strike")."""

from __future__ import annotations

import re
from typing import Any

from warpath.document import Analysis, Event
from warpath.provenance.responses.links import (
    dated_after,
    doer_countries,
    stale,
    trigger_lemma,
    type_family,
    word_stems,
)
from warpath.provenance.responses.syntax import Token
from warpath.provenance.responses.words import (
    ALSO_TYPES,
    CASUALTY_VERBS,
    DEATH_NOUNS,
    DEFINITE,
    FAR_LOOKBACK,
    FORCE_ONLY,
    GENERIC_OBJECTS,
    LOOKBACK,
    MATERIAL,
    NAMED_LOOKBACK,
    NOTE_NOUNS,
    NOUN_TYPES,
    NOUN_VERBS,
    REPORTING,
    SAME_ACTS,
)


def match_earlier(analysis: Analysis, answer: Event, obj: Token | None, skip: set[str],
                   same_side: bool = False) -> list[Event]:
    """The earlier event that best fits what the answer is said to answer."""
    want_type = None
    generic = False
    words: set[str] = set()
    if obj is not None:
        want_type = NOUN_TYPES.get(obj.lemma_.lower())
        generic = obj.lemma_.lower() in GENERIC_OBJECTS
        words = {t.lemma_.lower() for t in obj.subtree
                 if t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.is_stop}
    own = {NOUN_VERBS.get(w, w) for w in words}  # "the launch": "launched"
    stems = own | {x for w in words for x in SAME_ACTS.get(w, ())}
    families = {type_family(want_type)} if want_type is not None else set()
    also = {type_family(t) for t in ALSO_TYPES.get(obj.lemma_.lower(), ())} if obj is not None \
        else set()
    families |= also
    doc = analysis.doc
    doers = doer_countries(obj) if obj is not None else set()
    weekday = _weekday_named(obj)
    best: tuple[float, Event] | None = None
    stale_best: tuple[float, Event] | None = None
    lo = answer.sentence - LOOKBACK
    for b in analysis.events:
        on_day = weekday is not None and _on_weekday(b, weekday)
        if b.id in skip or b.id == answer.id or b.sentence < lo - FAR_LOOKBACK and not on_day \
                and not (b.sentence >= lo - NAMED_LOOKBACK and _named_far(doc, b, obj, own)):
            continue  # (the lead's act, named again by its own verb's noun much further on)
        if b.trigger.start >= answer.trigger.start:
            continue
        if weekday is not None and b.date is not None and b.date.granularity == "day" \
                and not on_day:
            continue  # "Tuesday's strike": not an act of another day
        if b.sentence < lo and not on_day and not _named_far(doc, b, obj, stems):
            continue  # far back, only the act the noun names ("the assault" for "stormed")
        if b.status in ("negated", "hypothetical") or weekday is not None and \
                b.status == "planned":
            continue
        if answer.id in b.responds_to or dated_after(b, answer):
            continue
        if want_type is not None and type_family(b.type) not in families:
            continue
        moves = answer.type == b.type == "MOBILIZE"  # troops rushed to meet troops massed
        if want_type is None and not generic and b.type not in MATERIAL and not moves:
            continue  # with nothing named, a retaliation answers force, not words
        score = _side_score(answer, b, same_side)
        if doers and b.source is not None and b.source.country:
            # "condemned the American strikes": acts of that state, not of another side
            if b.source.country not in doers:
                continue
            score += 2.5
        if b.type in MATERIAL or type_family(b.type) in also:
            score += 1.0  # force, or what the noun also names ("the launch" of missiles)
        if on_day:
            score += 2.0  # "Sunday's raid": the act of that day, however far back
        if moves and obj is None:
            score += 3.0  # a build-up "in response": the other side's build-up first
        if want_type is not None and b.type == want_type:
            score += 0.5  # "the executions" fits a killing better than an arrest
        elif obj is not None and obj.lemma_.lower() in FORCE_ONLY and b.type != "ASSAULT":
            score -= 1.5  # "condemned the attack": not the curfew told after it
        if obj is not None and obj.lemma_.lower() in DEATH_NOUNS and b.killed:
            score += 1.0  # "in response to the massacre": the act told with its dead
        if words:
            ev = {w.lower() for w in word_stems(b.evidence.text)}
            if obj is not None and b.evidence.start <= obj.idx < b.evidence.end:
                ev = set()  # its evidence holds the very words that name the act
            score += 1.5 * len(words & ev) / len(words)
            # the same act named again: "the strikes", or "the detention" for "detained"
            named = b.trigger.text.lower().rstrip("s") in {w.rstrip("s") for w in words}
            lemma = trigger_lemma(doc, b)
            if named or lemma in own:
                score += 3.0  # the very word: the same act more surely than any side fits
            elif lemma in stems or any(_names_object(doc, b, w) for w in own | words):
                score += 2.0  # a word for it, or its verb's object ("returned fire")
        # recency: a nearer event wins a tie; a sentence's main act beats a clause inside it
        # ("ambushed a convoy …, killing fourteen soldiers": the ambush is answered)
        score -= 0.15 * (answer.sentence - b.sentence)
        if b.embedding == "main":
            score += 0.1
        if score < 0.5:
            continue
        # an act of a past episode, told as background, only when no act of this one fits
        if stale(b, answer):
            if stale_best is None or score >= stale_best[0]:
                stale_best = (score, b)
        elif best is None or score >= best[0]:
            best = (score, b)
    if best is None and stale_best is not None and any(
            b.trigger.start < answer.trigger.start and b.id not in skip and b.date is not None
            and b.status in ("asserted", "reported") and b.embedding == "main"
            and (not families or type_family(b.type) in families) and not stale(b, answer)
            for b in analysis.events):
        return []  # the act of this episode is told too far back to be sure: no past one
    best = best or stale_best
    if best is None:
        return []
    told = first_telling(analysis, best[1], skip | {answer.id})
    return [act_of_toll(analysis, joined_head(analysis, told))]


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_named(obj: Token | None) -> int | None:
    """The day of the week a noun's possessive names its act by: "Tuesday's strike", "the
    Sunday raid" (0 for Monday)."""
    if obj is None:
        return None
    for c in obj.children:
        if c.dep_ in ("poss", "compound", "nmod") and c.lower_ in WEEKDAYS:
            return WEEKDAYS.index(c.lower_)
    return None


def _on_weekday(b: Event, weekday: int) -> bool:
    """Whether `b` is dated to one day that falls on that day of the week."""
    return b.date is not None and b.date.granularity == "day" and \
        b.date.start == b.date.end and b.date.start.weekday() == weekday


def _side_score(answer: Event, b: Event, same_side: bool) -> float:
    a_src = answer.source.country if answer.source else None
    a_tgt = answer.target.country if answer.target else None
    b_src = b.source.country if b.source else None
    b_tgt = b.target.country if b.target else None
    score = 0.5
    if same_side:  # a cause named as the provoker's own act
        return score
    if a_src and b_tgt and a_src == b_tgt:
        score += 2.0
    if a_tgt and b_src and a_tgt == b_src:
        score += 1.0
    if a_src and b_src and a_src == b_src:
        score -= 2.0
    return score


def _named_far(doc: Any, b: Event, obj: Token | None, stems: set[str]) -> bool:
    """Whether `b`, told far back, is the act the noun `obj` names by its verb ("the assault"
    for "stormed") with no nearer word of the noun between them ("that launch" after "the
    launch of one missile on November 3" is that launch, not an older one; a bare "before the
    launch" between them names the same act again)."""
    if obj is None or b.embedding != "main" or trigger_lemma(doc, b) not in stems:
        return False
    lemma = obj.lemma_.lower()
    end = b.trigger_token if b.trigger_token is not None else obj.i
    return not any(t.lemma_.lower() == lemma and not pointing_back(t)
                   for t in doc[end + 1:obj.i])


def first_telling(analysis: Analysis, e: Event, skip: set[str]) -> Event:
    """The first telling of an act that `e` names again: "claimed the attack" after "militants
    ambushed a convoy" is the ambush. `e` itself unless its trigger is a definite noun."""
    if not is_mention(analysis, e):
        return e
    placed = _placed_original(analysis, e, skip)
    if placed is not None:
        return placed
    best: Event | None = None
    for b in analysis.events:
        if (b.id in skip or b.id == e.id or b.trigger.start >= e.trigger.start
                or b.sentence < e.sentence - LOOKBACK or type_family(b.type) != type_family(e.type)
                or b.status in ("negated", "hypothetical", "planned")
                or is_mention(analysis, b)):
            continue
        # the main act of its sentence rather than a clause inside it; then the latest
        if best is None or (b.embedding == "main") >= (best.embedding == "main"):
            best = b
    return joined_head(analysis, best) if best is not None else e


def joined_head(analysis: Analysis, e: Event) -> Event:
    """The first of acts told by joined verbs of one subject ("killed at least seven people
    and wounded 15 others": the killing), or the act a participle tells the outcome of
    ("overran a barracks, killing 20 soldiers": the overrun), which stands for the whole."""
    doc = analysis.doc
    if doc is None or e.trigger_token is None:
        return e
    if e.type not in MATERIAL:
        return _demarche_head(analysis, e)  # "summoned the envoy and accused …": two acts
    tok = doc[e.trigger_token]
    # "killed at least seven and wounded 15", "overran a barracks, killing 20 soldiers"
    while (tok.dep_ == "conj" or tok.dep_ == "advcl" and tok.tag_ == "VBG") \
            and tok.head.i != tok.i:
        tok = tok.head
        heads = [tok]
        if tok.lemma_.lower() in REPORTING:  # "overran a barracks, he said, killing 20"
            heads += [c for c in tok.children if c.dep_ == "ccomp" and c.i < e.trigger_token]
        head = next((b for b in analysis.events for h in heads if b.trigger_token == h.i
                     and type_family(b.type) == type_family(e.type)
                     and b.status not in ("negated", "hypothetical")), None)
        if head is not None:
            e = head
    return e


def _demarche_head(analysis: Analysis, e: Event) -> Event:
    """"called in the envoy and gave her a formal complaint in writing": a note handed over (the
    object of a light verb joined to a summons of the same side) is one démarche with the
    summons, told first; `e` itself otherwise."""
    tok = analysis.doc[e.trigger_token]
    if tok.lemma_.lower() not in NOTE_NOUNS | {"protest"} or tok.dep_ != "dobj" \
            or tok.head.dep_ != "conj":
        return e
    verb = tok.head.head
    who = e.source.country if e.source else None
    return next((b for b in analysis.events if b.trigger_token == verb.i and b.id != e.id
                 and type_family(b.type) == type_family(e.type)
                 and (who is None or (b.source.country if b.source else None) in (None, who))),
                e)


def _placed_original(analysis: Analysis, e: Event, skip: set[str]) -> Event | None:
    """"the Tifariti strike": a mention named by a place leads to the first act of its kind
    told at that place (its place, or its sentence naming it), however far back."""
    doc = analysis.doc
    tok = doc[e.trigger_token] if e.trigger_token is not None else None
    if tok is None:
        return None
    marks = {t.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
             for t in c.subtree if t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "NORP")}
    if not marks:
        return None
    for b in analysis.events:
        if b.trigger.start >= e.trigger.start:
            break
        if (b.id in skip or b.id == e.id or type_family(b.type) != type_family(e.type)
                or b.status not in ("asserted", "reported") or is_mention(analysis, b)):
            continue
        where = (b.location.name or "").lower() if b.location else ""
        sent = analysis.sentences[b.sentence].text.lower() \
            if 0 <= b.sentence < len(analysis.sentences) else ""
        if any(m in where.split() or re.search(rf"\b{re.escape(m)}\b", sent) for m in marks):
            return b
    return None


def is_mention(analysis: Analysis, e: Event) -> bool:
    """Whether the event's trigger is a noun pointing back: "the attack", "that barrage"."""
    doc = analysis.doc
    if doc is None or e.trigger_token is None:
        return False
    return pointing_back(doc[e.trigger_token])


def pointing_back(tok: Token) -> bool:
    """"the attack", "that barrage": a definite act noun told bare; "the assassination of
    Soleimani" describes its act in full and may be its first telling."""
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ in ("of", "against")
                                          and not _dated_only(c))
           for c in tok.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)


def _dated_only(prep: Token) -> bool:
    """"of 8 June", "of last week": a phrase that dates an act without telling it."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    return obj is not None and obj.ent_type_ in ("DATE", "TIME")


def antecedent(analysis: Analysis, noun: Token) -> Event | None:
    """The act told before that a definite noun names again ("the seizure" after "boats
    surrounded the tanker and took it to port"): the latest earlier act of the noun's type,
    one whose verb is the noun's verb first."""
    if not pointing_back(noun):
        return None
    lemma = noun.lemma_.lower()
    want = NOUN_TYPES.get(lemma)
    if want is None:
        return None
    stem = NOUN_VERBS.get(lemma, lemma)
    sent = analysis.sentence_index(noun.idx)
    best: tuple[float, Event] | None = None
    for b in analysis.events:
        if (b.trigger.start >= noun.idx or b.sentence < sent - LOOKBACK
                or b.status in ("negated", "hypothetical", "planned")
                or type_family(b.type) != type_family(want) or is_mention(analysis, b)):
            continue
        score = (b.type == want) + (trigger_lemma(analysis.doc, b) == stem) \
            + _names_object(analysis.doc, b, lemma) \
            + 0.2 * (b.embedding == "main") - 0.1 * (sent - b.sentence)
        if best is None or score >= best[0]:
            best = (score, b)
    return best[1] if best else None


def _names_object(doc: Any, b: Event, lemma: str) -> bool:
    """Whether the object of `b`'s verb is the noun again: "launched an offensive" for "the
    offensive", "launched 'Operation Apure Shield'" for "the operation"."""
    if b.trigger_token is None:
        return False
    verb = doc[b.trigger_token]
    return verb.pos_ == "VERB" and any(
        t.lemma_.lower() == lemma for c in verb.children if c.dep_ == "dobj" for t in c.subtree)


def act_of_toll(analysis: Analysis, e: Event) -> Event:
    """The act whose outcome a bare toll tells ("The drone came at dawn. Nine people were
    killed"): the act of force told just before it; else `e`."""
    doc = analysis.doc
    if e.trigger_token is None:
        return e
    verb = doc[e.trigger_token]
    if verb.lemma_.lower() not in CASUALTY_VERBS or \
            not any(c.dep_ == "nsubjpass" for c in verb.children) or \
            any(c.dep_ == "agent" for c in verb.children):
        return e
    best = e
    for b in analysis.events:
        if (b.trigger.start < e.trigger.start and b.sentence >= e.sentence - 1
                and b.type in MATERIAL and b.embedding == "main"
                and b.status in ("asserted", "reported")
                and trigger_lemma(doc, b) not in CASUALTY_VERBS):
            best = b
    return best
