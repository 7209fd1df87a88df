"""The order of time for response links: a live blog whose entries run newest first is
read from the bottom; the latest hostile act before an answer in that order."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from warpath.document import Analysis, Event
from warpath.provenance.responses.earlier import is_mention
from warpath.provenance.responses.links import country_of, same_doer, trigger_lemma
from warpath.provenance.responses.words import LOOKBACK, MATERIAL, RECENT_DAYS

TIMESTAMP = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\b")


def time_order(analysis: Analysis) -> dict[int, float]:
    """Each sentence's place in the order of time. A live blog whose entries open on a
    clock time that falls down the page ("17:50 - …" above "16:20 - …") is read newest
    first: its entries count from the bottom; otherwise the order of the text."""
    text = analysis.text
    stamps: list[tuple[int, int]] = []  # (char offset of the entry, minutes)
    pos = 0
    for line in text.splitlines(keepends=True):
        m = TIMESTAMP.match(line)
        if m and int(m.group(1)) < 24:
            stamps.append((pos, int(m.group(1)) * 60 + int(m.group(2))))
        pos += len(line)
    falls = sum(1 for x, y in zip(stamps, stamps[1:], strict=False) if y[1] < x[1])
    if len(stamps) < 3 or falls < 0.8 * (len(stamps) - 1):
        return {i: float(i) for i in range(len(analysis.sentences))}
    key: dict[int, tuple[int, int]] = {}
    for i, s in enumerate(analysis.sentences):
        entry = sum(1 for off, _ in stamps if off <= s.start)
        key[i] = (len(stamps) - entry, i)  # older entries first, each in text order
    return {i: float(rank) for rank, i in enumerate(sorted(key, key=lambda k: key[k]))}


def latest_act(analysis: Analysis, a: Event, order: dict[int, float], stems: Iterable[str],
                denied: set[str], other_side: bool = False,
                reach: int = LOOKBACK) -> Event | None:
    """The latest first telling of a hostile act before `a` in the order of time (at most
    `reach` sentences back), one whose verb is one of `stems` first."""
    stems = set(stems)
    doc = analysis.doc
    src = country_of(a, "source")
    best: tuple[float, Event] | None = None
    for b in analysis.events:
        if (b.id == a.id or order.get(b.sentence, b.sentence) > order.get(a.sentence, a.sentence)
                or (b.sentence == a.sentence and b.trigger.start >= a.trigger.start)
                or b.type not in MATERIAL
                or order.get(a.sentence, a.sentence) - order.get(b.sentence, b.sentence) > reach
                or b.embedding == "nested" or b.status not in ("asserted", "reported")
                or b.id in denied or is_mention(analysis, b) or habitual(analysis, b)):
            continue
        if other_side and (b.source is None or same_doer(a, b, src) and (
                a.source is None or a.source.actor_id is None)):
            continue
        score = 1.0 + (trigger_lemma(doc, b) in stems or _named_in(analysis, b) & stems != set()) \
            - 0.1 * abs(order.get(a.sentence, a.sentence) - order.get(b.sentence, b.sentence))
        if best is None or score > best[0]:
            best = (score, b)
    return best[1] if best is not None else None


def sharing_negation(analysis: Analysis) -> set[str]:
    """"No one was killed or wounded": acts joined to a negated act share its negation."""
    doc = analysis.doc
    negated = {e.trigger_token for e in analysis.events if e.status == "negated"}
    return {e.id for e in analysis.events if e.trigger_token is not None
            and doc[e.trigger_token].dep_ == "conj" and doc[e.trigger_token].head.i in negated}


def long_before(b: Event, a: Event) -> bool:
    """Whether `b` is dated well before `a` ("began in October 2017" for troops sent today):
    a past that draws no answer now."""
    return b.date is not None and a.date is not None and \
        b.date.end < a.date.start - dt.timedelta(days=RECENT_DAYS)


# Words that make an act a habit, not one deed: "has attacked villages repeatedly".
HABIT_ADVERBS = frozenset({"repeatedly", "regularly", "frequently", "often", "routinely",
                           "constantly", "continually", "periodically", "sometimes"})
SPAN_NOUNS = frozenset({"year", "month", "decade", "week"})


def habitual(analysis: Analysis, b: Event) -> bool:
    """Whether `b` is told as a habit or a long course of acts rather than one deed: "has
    attacked villages in the district repeatedly over the past two years", "has fought for
    the region for years", "have raided farms since 2019". No single answer answers it."""
    doc = analysis.doc
    if doc is None or b.trigger_token is None:
        return False
    verb = doc[b.trigger_token]
    kids = list(verb.children)
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in kids):
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids) and \
        verb.tag_ == "VBN"
    if not perfect:
        return False
    for p in kids:
        if p.dep_ != "prep":
            continue
        objs = [o for o in p.children if o.dep_ == "pobj"]
        if p.lower_ == "since":
            return True  # "have raided farms since 2019"
        if p.lower_ in ("for", "over", "during") and any(
                o.lemma_.lower() in SPAN_NOUNS and (o.tag_ == "NNS" or any(
                    c.lower_ in ("past", "last", "recent") for c in o.children))
                for o in objs):
            return True  # "for years", "over the past two years"
    return False


def _named_in(analysis: Analysis, b: Event) -> set[str]:
    """The verbs of the act nouns an act is told "in": "killed 14 villagers in an attack on a
    market" is an attack ("attack"), "died in an ambush" an ambush."""
    from warpath.provenance.responses.words import NOUN_VERBS

    doc = analysis.doc
    if doc is None or b.trigger_token is None:
        return set()
    verb = doc[b.trigger_token]
    return {NOUN_VERBS.get(o.lemma_.lower(), o.lemma_.lower()) for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("in", "during")
            for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"}
