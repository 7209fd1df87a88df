"""Answers placed by the telling rather than named: an act "the next day" or "hours later"
against the side that was hit, a summons after the other side's latest act, force used on
the doers of an act just told ("shot them down")."""

from __future__ import annotations

from warpath.document import COOPERATION_TYPES, Analysis, Event
from warpath.provenance.responses.links import add_link, country_of
from warpath.provenance.responses.syntax import Token, pronoun_referent
from warpath.provenance.responses.words import (
    LATER,
    LOOKBACK,
    MATERIAL,
    REACTIVE_LOOKBACK,
    REACTIVE_TRIGGERS,
    SEQUENCE,
    SEQUENCE_LOOKBACK,
)


def link_reactive(analysis: Analysis, by_token: dict[int, list[Event]]) -> None:
    """Acts that answer by nature (a summoned envoy) and name no cue: the latest earlier
    material act between the two sides."""
    doc = analysis.doc
    for a in analysis.events:
        if a.responds_to or a.status in ("negated", "hypothetical") or a.trigger_token is None:
            continue
        if doc[a.trigger_token].lemma_.lower() not in REACTIVE_TRIGGERS:
            continue
        src, tgt = country_of(a, "source"), country_of(a, "target")
        if src == tgt:  # a summons of one's own side is a misread actor: trust the target
            src = None
        if tgt is None and src is None:
            continue
        best: tuple[float, Event] | None = None
        for b in analysis.events:
            if (b.sentence < a.sentence - REACTIVE_LOOKBACK or b.id == a.id
                    or b.trigger.start >= a.trigger.start or b.type not in MATERIAL
                    or b.status in ("negated", "hypothetical") or a.id in b.responds_to):
                continue
            b_src, b_tgt = country_of(b, "source"), country_of(b, "target")
            if b_src is not None and b_src == src:
                continue  # the summoner's own act
            # an act against the summoner weighs more than any act of the summoned side
            hit = src is not None and b_tgt == src
            sides = (tgt is not None and b_src == tgt) + 1.5 * hit
            if not sides:
                continue
            score = sides + 0.5 * (b_src is not None and b_tgt is not None)
            score += 0.2 * (b.embedding == "main")  # not a clause about another act
            score -= 0.05 * (a.sentence - b.sentence)
            if best is None or score > best[0]:
                best = (score, b)
        if best is not None:
            a.responds_to.append(_incident_start(analysis, best[1]).id)


def link_sequence(analysis: Analysis) -> None:
    """"Israel killed a Hezbollah commander. The next day Hezbollah fired 200 rockets at
    Israel": a hostile act that the text places just after an act against its doer, by a
    sentence opening on "the next day", "hours later" (or saying so later in the clause),
    answers that act."""
    for a in analysis.events:
        if (a.responds_to or a.type in COOPERATION_TYPES or a.embedding != "main"
                or a.status not in ("asserted", "reported")):
            continue
        if not 0 <= a.sentence < len(analysis.sentences):
            continue
        sent_text = analysis.sentences[a.sentence].text.strip()
        if not (SEQUENCE.match(sent_text) or LATER.search(sent_text)):
            continue
        src = country_of(a, "source")
        if src is None:
            continue
        best: Event | None = None
        for b in analysis.events:
            if (b.id == a.id or b.sentence >= a.sentence
                    or b.sentence < a.sentence - SEQUENCE_LOOKBACK
                    or b.status not in ("asserted", "reported")
                    or b.type not in MATERIAL | {"MOBILIZE"}):
                continue
            if country_of(b, "source") in (None, src):
                continue
            place = b.location.country if b.location else None
            # an act against the doer, or troops moved onto its ground
            if not (country_of(b, "target") == src and b.type in MATERIAL
                    or b.type == "MOBILIZE" and place == src):
                continue
            if best is None or b.trigger.start > best.trigger.start:
                best = b
        if best is None:
            best = _struck_back(analysis, a, src)
        if best is not None:
            add_link(a, _incident_start(analysis, best))


def _struck_back(analysis: Analysis, a: Event, src: str) -> Event | None:
    """What a hostile act placed "hours later" answers when no act against its doer was told
    just before: the latest act of the side it hits (or of any side, on its doer's soil or
    people) told further back, taken at the first telling of that incident ("stormed a base
    …, killing 11" … "claimed its fighters had killed dozens": the storming)."""
    if a.type not in MATERIAL:
        return None  # a counter-attack; a threat "a day later" may answer words or plans
    tgt = country_of(a, "target")
    best: Event | None = None
    for b in analysis.events:
        if (b.id == a.id or b.sentence >= a.sentence or b.sentence < a.sentence - LOOKBACK
                or b.status not in ("asserted", "reported") or b.type not in MATERIAL):
            continue
        b_src = country_of(b, "source")
        if b_src is None or b_src == src:
            continue
        place = b.location.country if b.location else None
        if not (country_of(b, "target") == src or b_src == tgt or place == src):
            continue
        if best is None or b.trigger.start > best.trigger.start:
            best = b
    return _incident_start(analysis, best) if best is not None else None


def _incident_start(analysis: Analysis, b: Event) -> Event:
    """The first telling of the incident `b` belongs to: the earliest main act of the same
    kind by the same side on the same day told before it (within the look-back)."""
    day = b.date
    src = country_of(b, "source")
    if day is None or day.granularity != "day" or src is None:
        return b
    for x in analysis.events:
        if x.trigger.start >= b.trigger.start:
            break
        if (x.sentence < b.sentence - LOOKBACK or x.type not in MATERIAL
                or x.embedding != "main" or x.status not in ("asserted", "reported")
                or country_of(x, "source") != src or x.date is None
                or (x.date.start, x.date.end) != (day.start, day.end)):
            continue
        return x
    return b


def link_counter_acts(analysis: Analysis) -> None:
    """"Drones crossed into Polish airspace. Polish jets shot down several of them": force
    used on the doers of an act just told ("them", "it" standing for its subject), by its
    target or by someone else than the doers, answers that act."""
    doc = analysis.doc
    for a in analysis.events:
        if (a.responds_to or a.type not in MATERIAL or a.trigger_token is None
                or a.status not in ("asserted", "reported")):
            continue
        verb = doc[a.trigger_token]
        pron = _object_pronoun(verb)
        if pron is None:
            continue
        referent = pronoun_referent(verb, pron)
        if referent is None:
            continue
        for b in analysis.events:
            if (b.id == a.id or b.trigger.start >= a.trigger.start or b.trigger_token is None
                    or b.type not in MATERIAL or b.status not in ("asserted", "reported")):
                continue
            subj = next((c for c in doc[b.trigger_token].children if c.dep_ == "nsubj"), None)
            if subj is None or referent.i not in {t.i for t in subj.subtree}:
                continue
            a_src, b_src = country_of(a, "source"), country_of(b, "source")
            if a_src is None or a_src != b_src:
                add_link(a, b)
            break


def _object_pronoun(verb: Token) -> Token | None:
    """The pronoun a verb acts on: "shot them down", "shot down several of them"."""
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if c.pos_ == "PRON" and c.lower_ in ("them", "it"):
            return c
        of = next((x for x in c.children if x.dep_ == "prep" and x.lower_ == "of"), None)
        obj = next((x for x in of.children if x.dep_ == "pobj"), None) if of else None
        if obj is not None and obj.lower_ == "them":
            return obj
    return None
