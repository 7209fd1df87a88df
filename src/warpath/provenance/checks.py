"""Checks inside one document: chronology, response order, unsourced claims, name variants.

- `chronology`: an event whose own date (written in its sentence) lies well after both the
  dated passage before it and the one after it, while those two agree with each other: the
  text narrates it between events it must precede, so its date contradicts the narrative.
  An event dated after an event the text presents as its answer is flagged too.
- `response-order`: `responds_to` pointing at an event dated later than the answer.
- `unsourced`: an asserted ASSAULT or COERCE event resting on the author's word alone (info).
- `date-conflict`: the text's own date field ("Date: 4 October 2020, 10 October 2020", as in
  an infobox) lists a day a day or two off the day the prose gives an event, with no event
  narrated on the listed day.
- `date-conflict` (versions): two sources date one act on days a few apart: the same act
  named twice ("freed on September 27" … "the owner put the release on September 23", "a
  drone hit it on 6 June" … "after the Tifariti strike of 8 June"), or two dated acts of
  different sources in a text that says the accounts disagree on the date (or that the next
  source "gives a different account"). Days that cannot be a second account are left out:
  "that day" (pointing back), "a day later than …" (a gap), "in the 24 hours to 4 May" (the
  end of a tally); a night told from its evening ("late on the night of 3 May") and from its
  small hours ("before dawn on 4 May") is one time.
- `date-conflict` (a side's own date): "…, a raid the movement dates to 2 June": an act noun
  whose relative clause dates it in a side's words, against the act of its kind another
  source told just before on another day ("Raiders burned the toll booth on 4 June, drivers
  said"). A night off ("late on 3 June" against "before dawn on 4 June") is only a soft note.
- `date-conflict` (summaries): a summary line ("Wed 4 Nov: convoy ambushed near Tsafe") dates a
  hostile act a day or two off the day the body gives a hostile act at the same places.
- `date-conflict` (one act told twice): the same hostile act told twice with explicit days a
  day or two apart, by two sources or in a summary line and the body, the second telling tied
  to the first by a shared place name, a shared count ("23 passengers") or a definite noun
  naming it again ("the blast"). Not: an act told as done again ("shelled it again"), a day
  counted on from another ("two days later"), one night told from both ends.
- `name-variant`: one actor spelled two ways ("Kataib" and "Kata'ib"), or an actor name a
  letter or two away from a dictionary name ("Emanuel Macron" for "Emmanuel Macron").
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from warpath.document import Actor, Analysis, Check, Event
from warpath.pipeline import Config, Stage, stages
from warpath.provenance.responses import pointing_back
from warpath.provenance.responses.words import NOUN_TYPES

SLACK = dt.timedelta(days=7)  # dates this close are consistent: texts round and summarise
FINE = frozenset({"day", "week"})  # only precise dates can contradict a narrative
UNSOURCED_TYPES = frozenset({"ASSAULT", "COERCE"})
SIMILAR = 0.84  # difflib ratio for two spellings of one name
LOOSE = 0.75


@stages.register("checks")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        analysis.checks = [c for c in analysis.checks if c.kind not in KINDS]
        analysis.checks.extend(run_checks(analysis))

    return run


KINDS = frozenset({"chronology", "response-order", "unsourced", "name-variant",
                   "date-conflict"})


def run_checks(analysis: Analysis) -> list[Check]:
    told = list(versions(analysis))
    told += dated_versions(analysis, {i for c in told for i in c.event_ids})
    told += summaries(analysis)
    told += retold(analysis, {i for c in told for i in c.event_ids})
    told += corrected(analysis, {i for c in told for i in c.event_ids})
    return [
        *chronology(analysis),
        *response_order(analysis),
        *date_fields(analysis),
        *told,
        *unsourced(analysis),
        *name_variants(analysis),
    ]


# --- chronology -------------------------------------------------------------------------

@dataclass
class _Point:
    """A date the text itself writes in one sentence, with the events it dates."""

    sentence: int
    offset: int
    start: dt.date
    end: dt.date
    granularity: str
    events: list[Event]


def _own_date(analysis: Analysis, e: Event) -> bool:
    """Whether the event's date is written in its own sentence (not inherited or defaulted)."""
    d = e.date
    if d is None or d.basis == "publication":
        return False
    if not d.text:
        return False
    if 0 <= e.sentence < len(analysis.sentences):
        return d.text in analysis.sentences[e.sentence].text
    return d.text in e.evidence.text


def _points(analysis: Analysis) -> list[_Point]:
    points: dict[tuple[int, dt.date, dt.date], _Point] = {}
    for e in analysis.events:
        # what did not happen, or is only planned, may lie anywhere in time
        if e.status in ("negated", "planned") or not _own_date(analysis, e):
            continue
        d = e.date
        assert d is not None
        key = (e.sentence, d.start, d.end)
        if key not in points:
            points[key] = _Point(e.sentence, e.trigger.start, d.start, d.end, d.granularity, [])
        points[key].events.append(e)
    return sorted(points.values(), key=lambda p: (p.sentence, p.offset))


FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
AHEAD_PREPS = frozenset({"for", "by"})


def _ahead(analysis: Analysis, p: _Point) -> bool:
    """Whether the point's date is one the text looks ahead to, not a past act's: a date
    inside a clause below the event's verb ("pledged to withdraw by 2 July"), on a verb with
    "will" ("the envoys will sign on 9 May"), or set "for" a day ("a vote is set for 1 May").
    A past act dated after publication stays a date to check."""
    doc = analysis.doc
    if doc is None:
        return False
    for e in p.events:
        if e.status == "hypothetical":
            return True
        d = e.date
        if d is None or not d.text or not 0 <= e.sentence < len(analysis.sentences):
            continue
        sent = analysis.sentences[e.sentence]
        at = analysis.text.find(d.text, sent.start, sent.end)
        tok = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None) if at >= 0 \
            else None
        if tok is None:
            continue
        chain = [tok, *tok.ancestors]
        if any(t.dep_ == "prep" and t.lower_ in AHEAD_PREPS for t in chain[:3]):
            return True
        verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            continue
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
            return True
        if verb.dep_ in ("xcomp", "ccomp") and e.trigger_token is not None \
                and verb.i != e.trigger_token and e.trigger_token in {a.i for a in verb.ancestors}:
            return True
    return False


def chronology(analysis: Analysis) -> Iterator[Check]:
    points = _points(analysis)
    flagged: set[str] = set()
    today = analysis.document.published
    for i, p in enumerate(points):
        if p.granularity not in FINE:
            continue
        if today is not None and p.start == p.end == today:
            continue  # "the Commission today announced": the writer's present, not a past act
        if today is not None and p.start > today and _ahead(analysis, p):
            continue  # "vowed to reopen the pass by 9 March", after publication: a plan
        if _read_off_publication(p):
            continue  # "claimed on Saturday": no year written that the text could get wrong
        before = next((q for q in reversed(points[:i]) if q.sentence != p.sentence), None)
        after = next((q for q in points[i + 1:] if q.sentence != p.sentence), None)
        if before is None or after is None:
            continue
        consistent = before.start <= after.end + SLACK
        late = p.start > before.end + SLACK and p.start > after.end + SLACK
        if consistent and late:
            ids = [e.id for e in p.events]
            flagged.update(ids)
            yield Check(
                "chronology", "warning",
                f"{_date_words(p)} is told between events of {_span_words(before)} and "
                f"{_span_words(after)}: the date is later than the narrative around it",
                ids,
            )
    # an event dated after an event the text presents as its answer
    by_id = {e.id: e for e in analysis.events}
    for a in analysis.events:
        for bid in a.responds_to:
            b = by_id.get(bid)
            if b is None or b.id in flagged or not (_own_date(analysis, b) and a.date):
                continue
            assert b.date is not None
            if b.date.start > a.date.end + SLACK and b.date.granularity in FINE:
                flagged.add(b.id)
                yield Check(
                    "chronology", "warning",
                    f"'{b.trigger.text}' is dated {b.date.start.isoformat()}, after "
                    f"'{a.trigger.text}' ({a.date.end.isoformat()}), which the text presents "
                    "as its answer",
                    [b.id, a.id],
                )


def _read_off_publication(p: _Point) -> bool:
    """Whether every date of the point is read off the day of publication ("on Saturday",
    "yesterday"; or carried over from such a date), with no day, month or year written: the
    story's present, which a background told around
    it ("in 1982 …", "in September 2024 …") cannot contradict."""
    return all(e.date is not None and e.date.basis in ("publication", "inherited")
               and not re.search(r"\d", e.date.text or "")
               and not MONTH_WORD.search(e.date.text or "") for e in p.events)


MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
                        re.IGNORECASE)


def _date_words(p: _Point) -> str:
    words = ", ".join(f"'{e.trigger.text}'" for e in p.events[:3])
    return f"{words} dated {p.start.isoformat()}"


def _span_words(p: _Point) -> str:
    if p.start == p.end:
        return p.start.isoformat()
    return f"{p.start.isoformat()}..{p.end.isoformat()}"


def response_order(analysis: Analysis) -> Iterator[Check]:
    by_id = {e.id: e for e in analysis.events}
    for a in analysis.events:
        for bid in a.responds_to:
            b = by_id.get(bid)
            if b is None or a.date is None or b.date is None:
                continue
            if not (_own_date(analysis, a) or _own_date(analysis, b)):
                continue  # two dates both carried over from other sentences prove no order
            if a.date.end < b.date.start:
                yield Check(
                    "response-order", "warning",
                    f"'{a.trigger.text}' ({a.date.end.isoformat()}) is said to answer "
                    f"'{b.trigger.text}', dated later ({b.date.start.isoformat()})",
                    [a.id, b.id],
                )


# --- a date field against the prose ------------------------------------------------------

DATE_FIELD = re.compile(r"^[\W_]*Dates?\s*[:=\-–]?\s*(?P<value>\S.*)$", re.MULTILINE)
FIELD_NEAR = 2  # days: a listed day this close to a narrated one is the same day, misgiven


def _listed_days(analysis: Analysis) -> list[tuple[dt.date, int, int]]:
    """Days a date field of the text lists, with the field's char span."""
    import dateparser

    base = analysis.document.published or dt.date.today()
    settings = {"REQUIRE_PARTS": ["day", "month"], "PREFER_DATES_FROM": "past",
                "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day)}
    fields = [(m.group("value"), m.start(), m.end()) for m in DATE_FIELD.finditer(analysis.text)]
    infobox = analysis.document.meta.get("infobox")  # a reader may keep the field aside
    if isinstance(infobox, dict):
        fields += [(str(v), 0, 0) for k, v in infobox.items()
                   if str(k).lower() in ("date", "dates")]
    days = []
    for value, start, end in fields:
        for item in re.split(r"[,;]| and ", value):
            item = item.strip()
            if not item or not any(ch.isdigit() for ch in item) or len(item) > 40:
                continue
            parsed = dateparser.parse(item, languages=["en"], settings=settings)
            if parsed is not None:
                days.append((parsed.date(), start, end))
    return days


def date_fields(analysis: Analysis) -> Iterator[Check]:
    listed = _listed_days(analysis)
    if not listed:
        return
    spans = [(a, b) for _, a, b in listed]
    told: dict[dt.date, list[Event]] = {}
    for e in analysis.events:
        d = e.date
        if d is None or d.granularity != "day" or e.status not in ("asserted", "reported"):
            continue
        if any(a < e.evidence.end and e.evidence.start < b for a, b in spans):
            continue  # the field itself
        if _own_date(analysis, e):
            told.setdefault(d.start, []).append(e)
    days = {d for d, _, _ in listed}
    untold = sorted(d for d in days if d not in told)
    for day, events in sorted(told.items()):
        if day in days:
            continue
        near = [d for d in untold if abs((d - day).days) <= FIELD_NEAR]
        if near:
            words = ", ".join(f"'{e.trigger.text}'" for e in events[:3])
            yield Check(
                "date-conflict", "warning",
                f"the text dates {words} {day.isoformat()}, while its date field lists "
                f"{near[0].isoformat()} and no event on that day",
                [e.id for e in events],
            )


# --- two versions of one act -------------------------------------------------------------

VERSION_NEAR = 7  # days: one act dated by two sources this far apart
DISPUTED_NEAR = 3  # days: two acts of a text that says the accounts disagree on the date
PARTICLES = frozenset({"off", "up", "down"})
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,\s*$")  # "ITANAGAR, " before "Nov 5:"
# Words for one act that differ only in form ("freed" and "the release"): one key each.
ACT_SYNONYMS: dict[str, str] = {
    "free": "release", "liberate": "release", "seizure": "seize", "capture": "seize",
    "standoff": "faceoff", "stand-off": "faceoff", "clash": "clash", "scuffle": "clash",
    "skirmish": "clash", "arrest": "detain", "detention": "detain", "boarding": "board",
    "killing": "kill", "attack": "attack", "assault": "attack", "raid": "raid",
    "shelling": "shell", "bombing": "bomb", "strike": "strike", "airstrike": "strike",
    "incursion": "incursion", "intrusion": "incursion", "interception": "intercept",
    "collision": "collide", "ramming": "ram", "sinking": "sink", "explosion": "explode",
    "abduction": "kidnap", "kidnapping": "kidnap", "ambush": "ambush", "shootdown": "shoot",
    "hit": "strike",  # "a drone hit it on 6 June" … "the strike of 8 June"
}
ACT_NOUNS = frozenset(ACT_SYNONYMS) | frozenset(ACT_SYNONYMS.values())
ANSWER_NOUNS = frozenset({"retaliation", "response", "reprisal", "revenge", "reply"})
# Words that date a statement about an act, not the act ("issued on Thursday").
SPEECH_LEMMAS = frozenset({"say", "issue", "publish", "give", "release", "tell", "report",
                           "state", "announce", "statement", "account", "speak", "add",
                           "comment", "note", "post", "write", "claim", "deny", "accuse"})
# Acts too general to identify one incident by ("be", "have", "take place").
VAGUE_LEMMAS = frozenset({"be", "have", "take", "do", "make", "go", "come", "put", "get",
                          "place", "begin", "follow", "remain", "hold", "keep"})
DISAGREE = re.compile(
    r"\b(?:accounts?|versions?|reports?|sides?|statements?)\b[^.]*?"
    r"\b(?:(?:do|does|did)\s+not|don't|doesn't|didn't|fail(?:ed)?\s+to)\s+(?:agree|match|tally)"
    r"[^.]*?\bdates?\b"
    r"|\bdates?\b[^.]*?\b(?:differ|disagree|conflict|do\s+not\s+match)"
    r"|\b(?:differ|disagree|conflict)\w*\s+(?:on|over|about)\s+the\s+dates?\b",
    re.IGNORECASE)


# A sentence saying that the source told next puts the act at another time ("UKMTO gave a
# different time. Its advisory said ..."): the dates just before and just after disagree.
# "gives a (very) different account", "offers another version": what follows is that source's
# version of the act told before, its date included.
DIFFERENT_TIME = re.compile(r"\b(?:a|an)\s+(?:(?:very|quite|entirely|completely|markedly|sharply|"
                            r"strikingly|rather)\s+)?(?:different|other|another|earlier|later|"
                            r"conflicting|contradictory|competing|rival)\s+"
                            r"(?:time|date|day|hour|account|version|story|narrative|timeline"
                            r"|chronology|sequence\s+of\s+events)\b",
                            re.IGNORECASE)
DIFFERENT_REACH = 2  # sentences after such a sentence that hold the other account
# Subjects that tell nothing: "it was a different time", "there is another version".
NO_TELLER = frozenset({"it", "this", "that", "there", "history", "which", "what"})
# Words after "a different account of/about" that still name the act: "of the events",
# "of what happened".
ACT_WORDS = frozenset({"event", "incident", "happen", "occur", "night", "day", "morning",
                       "evening", "it", "what", "episode", "encounter"})


def _turn(analysis: Analysis, sent: Any) -> bool:
    """Whether a sentence says a source gives another version of the act ("The army gives a
    different account", "Residents tell another story of the raid"): a teller as subject of
    the phrase, and nothing else named as what it is about ("a different story about the
    budget" is another matter)."""
    m = DIFFERENT_TIME.search(sent.text)
    doc = analysis.doc
    if m is None or doc is None:
        return False
    at = sent.start + m.end() - 1
    noun = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None)
    if noun is None:
        return False
    head = noun.head if noun.dep_ in ("dobj", "attr", "pobj") else None
    if head is not None and head.dep_ == "prep":
        head = head.head  # "came up with a different account"
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if head is not None else None
    if subj is None or subj.lower_ in NO_TELLER or head is None or head.lemma_ == "be" \
            or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return False
    about = [o for p in noun.children if p.dep_ == "prep"
             and p.lower_ in ("about", "of", "on", "regarding", "concerning", "for")
             for o in p.subtree if o.pos_ in ("NOUN", "PROPN", "VERB", "PRON")]
    return not about or any(
        o.lemma_.lower() in ACT_WORDS | NOUN_TYPES.keys()
        or (k := _act_key(o)) is not None and k in ACT_NOUNS for o in about)


@dataclass
class _Dated:
    """A day the text gives an act, with the words naming the act and who says so."""

    sentence: int
    day: dt.date
    text: str
    keys: set[str]
    sources: frozenset[str]
    retold: bool = False  # dates a definite noun naming an act again ("the strike of 8 June")
    counted: int | None = None  # days counted on from the date told before ("four days later")
    late: bool = False  # told as the evening or night of its day ("late on the night of 3 May")
    small: bool = False  # told as the small hours of its day ("before dawn on 4 May", "02:10")


def _act_key(tok: object) -> str | None:
    t: Any = tok
    lemma = str(t.lemma_).lower()
    doc = t.doc
    if lemma in PARTICLES and t.i >= 2 and doc[t.i - 1].text == "-":
        return ACT_SYNONYMS.get(doc[t.i - 2].lemma_.lower() + lemma,
                                doc[t.i - 2].lemma_.lower() + lemma)  # "face-off"
    if lemma in VAGUE_LEMMAS or t.pos_ not in ("VERB", "NOUN"):
        return None
    if t.pos_ == "VERB":
        prt = next((c.lower_ for c in t.children if c.dep_ == "prt"), "")
        if prt in PARTICLES:
            lemma += prt  # "faced off" is the face-off
    lemma = lemma.replace("-", "")
    return ACT_SYNONYMS.get(lemma, lemma)


def _dated_acts(analysis: Analysis) -> list[_Dated]:
    from warpath.time.resolve import resolve_dates

    doc = analysis.doc
    if doc is None:
        return []
    speakers = _sentence_sources(analysis)
    out = []
    for m in resolve_dates(analysis):
        v = m.value
        if (v is None or v.granularity != "day" or v.start != v.end or m.root is None
                or m.future or m.expression.looks_back or _points_back(m)
                or _compared(analysis.text, m.span.end)):
            continue
        # climb from the date to the act it dates: the nouns and the first verb above it
        node = doc[m.root]
        keys: set[str] = set()
        speech = False
        retold = False
        while node.head.i != node.i:
            node = node.head
            lemma = node.lemma_.lower()
            if lemma in SPEECH_LEMMAS:
                speech = True
                break
            if lemma in ANSWER_NOUNS:  # "in retaliation for a strike on Saturday": another act
                speech = True
                break
            key = _act_key(node)
            if key is not None and node.ent_type_ not in ("DATE", "TIME") and (
                    node.pos_ == "VERB" or key in ACT_NOUNS):
                keys.add(key)
                retold = retold or (node.pos_ == "NOUN" and pointing_back(node))
            if node.pos_ == "VERB":
                keys |= {k for c in node.children if c.dep_ in ("dobj", "nsubjpass")
                         and (k := _act_key(c)) is not None}
                break
        if speech or not keys or _in_dateline(analysis.text, m.span.start, m.span.end):
            continue
        x = m.expression
        counted = x.offset if x.anchor == "narrative" and x.unit == "day" else None
        before, after = _around(analysis, m.sentence, m.span.start, m.span.end)
        if _window_end(doc, before, m.span.start):
            continue  # "in the 24 hours to 8 a.m. on 4 May": where a tally stops, no act's day
        near = f"{before}{m.span.text}{after}"
        out.append(_Dated(m.sentence, v.start, m.span.text, keys,
                          speakers.get(m.sentence, frozenset({"author"})), retold, counted,
                          bool(LATE.search(near)), bool(SMALL.search(near))))
    return out


# Words beside a date that put the act in the evening or night of that day, or in the small
# hours after midnight: a night told from its evening by one source and from its small hours by
# another spans two dates, one day apart, without any disagreement.
# An evening is not a night: "Sunday evening" against "03:40 on Monday" is two times.
# "Late on Friday" / "late on 3 May" is the evening side of a night, as "night" is.
LATE = re.compile(r"\b(?:night|nightfall|late\s+(?:on\s+)?(?:the\s+)?(?:\w+day\b|\d{1,2}\b"
                  r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
                  r"|(?:around|about|towards|near)\s+midnight|23[:.h][0-5]\d"
                  r"|11(?:[:.][0-5]\d)?\s*p\.?m\b)", re.IGNORECASE)
SMALL = re.compile(r"\b(?:(?:early|small|wee)\s+hours|(?:before|at|around)\s+dawn|pre-?dawn"
                   r"|early\s+on\b|early\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                   r"|early\s+(?:\w+\s+)?morning"
                   r"|(?:after|past)\s+midnight|overnight|0?[0-4][:.h][0-5]\d"
                   r"|[1-4](?:[:.]\d\d)?\s*a\.?m\b)", re.IGNORECASE)
# The end of a stretch over which a tally is kept: "in the 24 hours to", "in the week up
# to", "until", "through" (not "killed up to 30 people on", a count).
WINDOW_END = re.compile(r"\b(?:until|till|through|(?:hours|days|period|week|weeks|months?)\s+"
                        r"(?:up\s+)?to)\b[^,;]{0,24}$", re.IGNORECASE)


def _window_end(doc: Any, before: str, start: int) -> bool:
    """Whether the words before a date close a stretch of time ending on it ("in the 48
    hours to 6 p.m. on 2 May", "until 4 May"): the stretch word then the date, no verb
    between ("held the town until troops retook it on 5 May" dates the retaking)."""
    m = WINDOW_END.search(before)
    if m is None:
        return False
    begin = start - len(before) + m.start()
    return not any(begin <= t.idx < start and t.pos_ in ("VERB", "AUX") for t in doc)
AROUND = 48  # characters read on each side of a date for the part of the day it names


def _around(analysis: Analysis, sentence: int, start: int, end: int) -> tuple[str, str]:
    """The words just before and just after a date, inside its sentence."""
    text = analysis.text
    lo, hi = 0, len(text)
    if 0 <= sentence < len(analysis.sentences):
        lo, hi = analysis.sentences[sentence].start, analysis.sentences[sentence].end
    return text[max(lo, start - AROUND):start], text[end:min(hi, end + AROUND // 2)]


def _one_night(x: _Dated, y: _Dated) -> bool:
    """Whether the two days are the evening of one day and the small hours of the next: one
    night told from both ends."""
    first, second = (x, y) if x.day < y.day else (y, x)
    return (second.day - first.day).days == 1 and first.late and not first.small \
        and second.small


def _points_back(m: Any) -> bool:
    """"that day", "the same night": a day named by pointing back to the day told before,
    which it repeats, never a second account of it."""
    x = m.expression
    return x.anchor == "narrative" and x.offset == 0 and bool(
        re.match(r"(?:that|the\s+same|this)\b", m.span.text.strip(), re.IGNORECASE))


def _compared(text: str, end: int) -> bool:
    """"a day later than the navy's account": a gap between two dates, not a date."""
    return bool(re.match(r"\s+than\b", text[end:end + 8], re.IGNORECASE))


def _in_dateline(text: str, start: int, end: int) -> bool:
    """"ITANAGAR, Nov 5: …": the day the report was filed, not the day of an act."""
    line = text.rfind("\n", 0, start) + 1
    return bool(DATELINE.match(text[line:start])) and text[end:end + 3].lstrip()[:1] in (
        ":", "(", "-", "–", "—")


def _sentence_sources(analysis: Analysis) -> dict[int, frozenset[str]]:
    """Who speaks in each sentence: the sources of the events there, else of its cues."""
    by_id = {a.id: a for a in analysis.attributions}
    out: dict[int, set[str]] = {}
    for e in analysis.events:
        a = by_id.get(e.attribution_id or "")
        if a is not None:
            out.setdefault(e.sentence, set()).add(_speaker(a.kind, a.source))
    for a in analysis.attributions:
        if a.kind == "author" or a.span.end <= a.span.start:
            continue
        si = analysis.sentence_index(a.span.start)
        if si not in out:
            out[si] = {_speaker(a.kind, a.source)}
    return {k: frozenset(v) for k, v in out.items()}


def _speaker(kind: str, source: str | None) -> str:
    return "author" if kind == "author" else f"{kind}:{(source or '').lower()}"


def versions(analysis: Analysis) -> Iterator[Check]:
    """Two sources that put one act on days a few apart."""
    acts = _dated_acts(analysis)
    disputed = any(DISAGREE.search(s.text) for s in analysis.sentences)
    turns = [k for k, s in enumerate(analysis.sentences) if _turn(analysis, s)]
    done: set[frozenset[dt.date]] = set()
    for i, x in enumerate(acts):
        for y in acts[i + 1:]:
            gap = abs((x.day - y.day).days)
            if x.sentence == y.sentence or gap == 0 or x.sources & y.sources:
                continue
            if y.counted is not None and (y.day - x.day).days == y.counted:
                continue  # "detained on 9 February … freed four days later": a later act
            if _one_night(x, y):
                continue  # "late on 3 May" and "before dawn on 4 May": one night
            same = x.keys & y.keys
            # the account before the turn and the one that follows it
            turned = any(x.sentence < k <= y.sentence <= k + DIFFERENT_REACH and
                         k - x.sentence <= DIFFERENT_REACH + 1 and _last_before(acts, k) is x
                         for k in turns)
            if not (same and gap <= VERSION_NEAR or (disputed or turned)
                    and gap <= DISPUTED_NEAR):
                continue
            pair = frozenset({x.day, y.day})
            # "the Tifariti strike of 8 June" names the act told before again: one act
            if pair in done or not (same and y.retold) and _other_sides(analysis, x, y, same):
                continue
            done.add(pair)
            what = f"'{sorted(same)[0]}'" if same else "the act"
            ids = [e.id for e in analysis.events if _dated_on(analysis, e, (x, y))]
            yield Check(
                "date-conflict", "warning",
                f"two accounts date {what} differently: '{x.text}' ({x.day.isoformat()}) and "
                f"'{y.text}' ({y.day.isoformat()})",
                ids,
            )


# Verbs of a relative clause that give a side's own date for the act its noun names: "a raid
# the group timed to the small hours of 4 May", "an assault it dates to 2 June". Only verbs
# whose one sense is dating: "put"/"set"/"place" mostly mean something else ("set up on").
DATING_VERBS = frozenset({"date", "time"})
DATING_PREPS = frozenset({"to", "at", "for", "on"})
DATING_REACH = 2  # sentences back to the other source's telling of the act
DATING_GAP = 6  # tokens between a dating verb and its date ("dated to late on 2 June")


def _dating_verb(doc: Any, root: int) -> Any | None:
    """The dating verb of a date: the date's own verb, or (the parser often hangs the date on
    the main verb) a dating verb a few words before it in its sentence. Either way the verb
    has no particle and its next word is a to/at/for/on that opens the date's phrase."""
    verb = doc[root]
    while verb.head.i != verb.i and verb.pos_ != "VERB":
        verb = verb.head
    if verb.lemma_.lower() not in DATING_VERBS:
        first = doc[root].sent.start
        verb = next((t for t in reversed(doc[max(first, root - DATING_GAP):root])
                     if t.lemma_.lower() in DATING_VERBS and t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in DATING_VERBS or verb.i + 1 >= len(doc):
        return None
    if any(c.dep_ == "prt" for c in verb.children) or doc[verb.i + 1].lower_ not in DATING_PREPS:
        return None
    if not (verb.i < root <= verb.i + DATING_GAP or root in {t.i for t in verb.subtree}):
        return None
    return verb


def dated_versions(analysis: Analysis, flagged: set[str] | None = None) -> Iterator[Check]:
    """A side dating an act in a relative clause on the act's noun ("the movement said it
    lost no men in a raid it timed to the evening of 2 June"), when the act of that kind told
    just before by another source carries another day a few days off ("Raiders burned the
    toll booth on 4 June, drivers said"): two accounts of one act. A day a night off (an
    evening against the next small hours) may be one night told from both ends: noted as
    info, not as a warning."""
    from warpath.time.resolve import resolve_dates

    doc = analysis.doc
    if doc is None:
        return
    speakers = _sentence_sources(analysis)
    kinds = {a.id: _speaker(a.kind, a.source) for a in analysis.attributions}
    flagged = set(flagged or ())
    for m in resolve_dates(analysis):
        v = m.value
        if (v is None or v.granularity != "day" or v.start != v.end or m.root is None
                or m.future or m.expression.looks_back or _points_back(m)):
            continue
        verb = _dating_verb(doc, m.root)
        if verb is None:
            continue
        if (verb.lemma_.lower() not in DATING_VERBS or verb.dep_ not in ("relcl", "acl")
                or verb.head.pos_ != "NOUN"):
            continue
        kind = NOUN_TYPES.get(verb.head.lemma_.lower())
        teller = speakers.get(m.sentence, frozenset({"author"}))
        if kind is None:
            continue
        before, after = _around(analysis, m.sentence, m.span.start, m.span.end)
        mine = _Dated(m.sentence, v.start, m.span.text, set(), teller,
                      late=bool(LATE.search(f"{before}{m.span.text}{after}")),
                      small=bool(SMALL.search(f"{before}{m.span.text}{after}")))
        told = [e for e in analysis.events
                if m.sentence - DATING_REACH <= e.sentence < m.sentence and e.type == kind
                and e.status in ("asserted", "reported") and e.date is not None
                and e.date.granularity == "day" and e.date.start == e.date.end
                and kinds.get(e.attribution_id or "", "author") not in teller
                and 0 < abs((e.date.start - v.start).days) <= DISPUTED_NEAR]
        if not told:
            continue
        b = told[-1]
        assert b.date is not None
        words = analysis.sentences[b.sentence].text if 0 <= b.sentence < len(
            analysis.sentences) else b.evidence.text
        theirs = _Dated(b.sentence, b.date.start, b.date.text or "", set(),
                        frozenset({kinds.get(b.attribution_id or "", "author")}),
                        late=bool(LATE.search(words)), small=bool(SMALL.search(words)))
        ids = [e.id for e in told if e.sentence == b.sentence and e.date == b.date]
        if flagged & set(ids):
            continue
        flagged.update(ids)
        said = (f"two accounts date the {verb.head.lower_} differently: "
                f"{b.date.start.isoformat()} ('{b.trigger.text}') and {v.start.isoformat()} "
                f"('{m.span.text}', in the words of another source)")
        if _one_night(mine, theirs):
            # a side's own date a night off another source's ("late on 3 May" against
            # "before dawn on 4 May") may be one night told from both ends: noted, softly
            yield Check("date-conflict", "info", said + "; possibly one night told from both "
                        "ends", ids)
            continue
        yield Check("date-conflict", "warning", said, ids)


# --- a summary line against the body ---------------------------------------------------

SUMMARY_NEAR = 2  # days: a summary line and the body a day or two apart tell one act twice
SUMMARY_PLACES = 2  # place names both must share to be one act
# "- Wed 4 Nov: convoy ambushed near Tsafe": a line that opens on a date and a colon.
HEAD_BEFORE = re.compile(r"^[\W_]*(?:[A-Za-z]{2,9}\.?,?\s+)?$")
HEAD_AFTER = re.compile(r"^\s*[:–—]\s")


def summaries(analysis: Analysis) -> Iterator[Check]:
    """A summary line ("Wed 4 Nov: commercial convoy ambushed on the Gusau-Funtua road near
    Tsafe") that dates a hostile act a day or two off the day the body gives a hostile act at
    the same named places ("On Thursday 5 November … blocked the Gusau-Funtua road … south of
    Tsafe and opened fire"): the text dates one act two ways."""
    from warpath.time.resolve import resolve_dates

    doc = analysis.doc
    if doc is None:
        return
    text = analysis.text
    done: set[tuple[dt.date, dt.date]] = set()
    for m in resolve_dates(analysis):
        v = m.value
        if v is None or v.granularity != "day" or v.start != v.end or m.future:
            continue
        line_start = text.rfind("\n", 0, m.span.start) + 1
        line_end = text.find("\n", m.span.end)
        line_end = len(text) if line_end < 0 else line_end
        if not (HEAD_BEFORE.match(text[line_start:m.span.start])
                and HEAD_AFTER.match(text[m.span.end:line_end + 1])):
            continue
        clause = doc.char_span(m.span.end, line_end, alignment_mode="expand")
        if clause is None:
            continue
        places = _place_words(clause)
        if len(places) < SUMMARY_PLACES or not any(
                _act_key(t) in ACT_NOUNS for t in clause if t.pos_ in ("VERB", "NOUN")):
            continue
        told: dict[dt.date, list[Event]] = {}
        for e in analysis.events:
            d = e.date
            if (d is None or d.granularity != "day" or e.type not in UNSOURCED_TYPES
                    or e.status not in ("asserted", "reported") or not _own_date(analysis, e)
                    or line_start <= e.evidence.start < line_end):
                continue
            gap = abs((d.start - v.start).days)
            if not 0 < gap <= SUMMARY_NEAR or not 0 <= e.sentence < len(analysis.sentences):
                continue
            s = analysis.sentences[e.sentence]
            body = doc.char_span(s.start, s.end, alignment_mode="expand")
            if body is not None and len(places & _place_words(body)) >= SUMMARY_PLACES:
                told.setdefault(d.start, []).append(e)
        for day, events in sorted(told.items()):
            if (v.start, day) in done:
                continue
            done.add((v.start, day))
            yield Check(
                "date-conflict", "warning",
                f"a summary line dates an act at {', '.join(sorted(places))} "
                f"{v.start.isoformat()} ('{m.span.text}'), while the text dates "
                f"{', '.join(repr(e.trigger.text) for e in events[:3])} there "
                f"{day.isoformat()}",
                [e.id for e in events],
            )


# Head words of a body's name: "the Defence Ministry said" and "the Public Ministry said" share
# no place, though both names are proper nouns.
_BODY_WORDS = {"ministry", "council", "committee", "army", "police", "guard", "guards", "force",
               "forces", "office", "agency", "service", "department", "administration", "court",
               "commission", "directorate", "command", "secretariat", "mission", "staff"}


def _place_words(span: Any) -> set[str]:
    """Proper names of places in a span ("Gusau", "Funtua", "Tsafe"), not the words of a
    body's name (the tagger also files real places under ORG, so only names with a body's
    head word are left out)."""
    return {t.text.lower() for t in span if t.pos_ == "PROPN"
            and t.ent_type_ not in ("PERSON", "DATE", "TIME", "NORP") and not (
                t.ent_type_ == "ORG" and t.ent_iob_ != "O" and _in_body_name(t))}


def _in_body_name(token: Any) -> bool:
    doc, i = token.doc, token.i
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return any(t.lower_ in _BODY_WORDS for t in doc[start:end])


def _last_before(acts: list[_Dated], sentence: int) -> _Dated | None:
    """The last dated act told before `sentence`."""
    return next((a for a in reversed(acts) if a.sentence < sentence), None)


def _other_sides(analysis: Analysis, x: _Dated, y: _Dated, same: set[str]) -> bool:
    """Whether the acts dated on the two days are done by different countries (two acts, an
    exchange of fire, rather than two versions of one). With an act named on both days, only
    its doers count ("Algeria protested after the strike of 8 June": not Algeria)."""
    doc = analysis.doc

    def named(e: Event) -> bool:
        return not same or (e.trigger_token is not None and doc is not None
                            and _act_key(doc[e.trigger_token]) in same)

    def doers(a: _Dated) -> set[str]:
        return {e.source.country for e in analysis.events
                if e.source and e.source.country and _dated_on(analysis, e, (a,))
                and named(e)}
    dx, dy = doers(x), doers(y)
    if dx and dy and not dx & dy:
        return True
    # "a drone struck a camp at Tawila on 4 November" and "drones hit the market in Kabkabiya on
    # 10 November": acts at two places are two acts, not two datings of one
    # (towns only: a sea, a region or a country may hold the other place)
    def places(a: _Dated) -> set[str]:
        return {e.location.name for e in analysis.events
                if e.location and e.location.name and _town(e.location.name, e.location.lat)
                and _dated_on(analysis, e, (a,)) and named(e)}
    px, py = places(x), places(y)
    return bool(px and py and not px & py)


def _town(name: str, lat: float | None) -> bool:
    """A city or town: listed as one, or a small place found with its position."""
    from warpath.places.gazetteer import gazetteer, key

    kinds = {p.kind for p in gazetteer().names.get(key(name), [])}
    return kinds <= {"city", "town"} and (bool(kinds) or lat is not None)


def _dated_on(analysis: Analysis, e: Event, acts: tuple[_Dated, ...]) -> bool:
    """Whether an event carries one of the conflicting dates, written or inherited."""
    d = e.date
    if d is None or d.granularity != "day" or e.status not in ("asserted", "reported"):
        return False
    own = analysis.sentences[e.sentence].text if 0 <= e.sentence < len(analysis.sentences) \
        else e.evidence.text
    # dated in the mention's sentence, or inheriting its words from there
    return any(d.start == a.day and (e.sentence == a.sentence or (
        d.basis == "inherited" and d.text == a.text and a.text not in own)) for a in acts)


# --- one act told twice ----------------------------------------------------------------

RETOLD_NEAR = 2  # days: one act told twice with days this far apart is dated two ways
BULLET = re.compile(r"^\s*(?:[-*•–·]|\d{1,2}[.)])\s")  # "- Gunmen abducted …": a summary line
# Words that tell an act as one more of its kind, not as the act told before.
AGAIN = re.compile(r"\b(?:again|once\s+more|another|a\s+(?:second|fresh|new|further)|renewed"
                   r"|fresh|repeat(?:ed)?)\b", re.IGNORECASE)
HOSTILE = UNSOURCED_TYPES
# "SINJAR, Iraq, Nov 25 (LNW) - ": a dateline with its country, the day the report was filed.
DATELINE_ANY = re.compile(r"^[A-Z][A-Z .'-]+,(?:\s*[A-Z][\w .'-]*,)?\s*$")
DATELINE_HEAD = re.compile(r"[A-Z][A-Z .'-]+,[^\n]{0,60}?\s[-–—]\s")


@dataclass
class _Telling:
    """One telling of a hostile act with an explicit day: what it is, where, how many."""

    sentence: int
    day: dt.date
    text: str
    kinds: set[str]
    keys: set[str]  # the words naming the act, one key per act ("raided", "the raid")
    events: list[Event]
    sources: frozenset[str]
    places: set[str]
    sites: set[str]  # where the act happened, by the preposition before the name
    counts: set[tuple[str, str]]
    definite: bool
    summary: bool
    again: bool
    late: bool
    small: bool

    def dated(self) -> _Dated:
        return _Dated(self.sentence, self.day, self.text, set(), self.sources,
                      late=self.late, small=self.small)


LOC_PREPS = frozenset({"in", "at", "near", "outside", "around", "into", "inside", "across"})


def _sites(span: Any) -> set[str]:
    """Names of where an act happened: proper names under "in", "at", "near" … ("in Yala
    province", "near Kano"), not a name in another role ("the army's Fourth Region")."""
    out = set()
    for t in span:
        if t.pos_ != "PROPN" or t.ent_type_ in ("DATE", "TIME", "NORP"):
            continue  # a person's label is let through: "in Yala" is often tagged one
        head = t
        while head.dep_ in ("compound", "amod", "poss") and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ in LOC_PREPS and not _country(t.text):
            out.add(t.text.lower())  # a country holds every town: it sets no act apart
    return out


def _country(name: str) -> bool:
    from warpath.places.gazetteer import gazetteer, key

    return any(p.level == "country" for p in gazetteer().names.get(key(name), []))


def _counts(span: Any) -> set[tuple[str, str]]:
    """Counted nouns of a span ("23 passengers"): numbers above two with their noun."""
    out = set()
    for t in span:
        if t.dep_ != "nummod" or not t.like_num or t.head.ent_type_ in ("DATE", "TIME"):
            continue
        digits = t.text.replace(",", "")
        if digits.isdigit() and int(digits) > 2:
            out.add((digits, t.head.lemma_.lower()))
    return out


def _tellings(analysis: Analysis) -> list[_Telling]:
    from warpath.time.resolve import resolve_dates

    doc = analysis.doc
    if doc is None:
        return []
    text = analysis.text
    speakers = _sentence_sources(analysis)
    by_id = {a.id: _speaker(a.kind, a.source) for a in analysis.attributions}
    kinds_of: dict[str, str] = {k: by_id.get(k, "author") for k in
                                {e.attribution_id or "" for e in analysis.events}}
    out: list[_Telling] = []
    for m in resolve_dates(analysis):
        v, x = m.value, m.expression
        if (v is None or v.granularity != "day" or v.start != v.end or m.root is None
                or m.future or x.looks_back or _points_back(m) or _compared(text, m.span.end)
                or (x.anchor == "narrative" and x.offset != 0)  # "two days later": counted
                or _in_dateline(text, m.span.start, m.span.end)
                or DATELINE_ANY.match(text[text.rfind("\n", 0, m.span.start) + 1:m.span.start])
                or not 0 <= m.sentence < len(analysis.sentences)):
            continue
        before, after = _around(analysis, m.sentence, m.span.start, m.span.end)
        if _window_end(doc, before, m.span.start):
            continue
        # the act the day dates: the words from the date up to its verb, the verb's objects
        node, path, speech = doc[m.root], [], False
        while node.head.i != node.i:
            node = node.head
            if node.lemma_.lower() in SPEECH_LEMMAS | ANSWER_NOUNS:
                speech = True
                break
            path.append(node)
            if node.pos_ == "VERB":
                path += [c for c in node.children if c.dep_ in ("dobj", "nsubjpass")]
                break
        if speech:
            continue
        verb = next((t for t in path if t.pos_ == "VERB"), None)
        if verb is not None and any(e.trigger_token == verb.i and e.type not in HOSTILE
                                    for e in analysis.events):
            continue  # "condemned the detentions in a statement yesterday": the day dates
            # the condemnation, a word about the act, not the act
        # the verb's clause, or the act whose clause holds it ("a bomb tore through a pick-up
        # carrying rangers … on Wednesday": the parser may hang the day on the inner verb)
        inside = {t.i for t in verb.subtree} if verb is not None else set()
        above = {t.i for t in verb.ancestors} if verb is not None else set()
        hostile = [e for e in analysis.events if e.sentence == m.sentence
                   and e.type in HOSTILE and e.status in ("asserted", "reported")
                   and e.trigger_token is not None]
        # a noun counts only on the path ("over its coverage of the Djibo attack" names
        # another act, told before)
        on_path = {t.i for t in path}
        events = [e for e in hostile if e.trigger_token in on_path or (
            e.trigger_token in inside and doc[e.trigger_token].pos_ == "VERB")] or [
            e for e in hostile if e.trigger_token in above]
        nouns = [t for t in path if t.pos_ == "NOUN" and NOUN_TYPES.get(t.lemma_.lower())
                 in HOSTILE]
        kinds = {e.type for e in events} | {NOUN_TYPES[t.lemma_.lower()] for t in nouns}
        if not kinds:
            continue
        keys = {k for t in [*path, *(doc[e.trigger_token] for e in events
                                     if e.trigger_token is not None)]
                if (k := _act_key(t)) is not None}
        s = analysis.sentences[m.sentence]
        sent = doc.char_span(s.start, s.end, alignment_mode="expand")
        if sent is None:
            continue
        head = DATELINE_HEAD.match(text, s.start, s.end)
        places = _place_words(sent if head is None else doc.char_span(
            head.end(), s.end, alignment_mode="expand") or sent)  # not the dateline's city
        if not places:  # a sentence naming no place keeps its paragraph's ("below Tole")
            para = max(text.rfind("\n\n", 0, s.start), 0)
            span = doc.char_span(para, s.end, alignment_mode="expand")
            places = _place_words(span) if span is not None else set()
        line = text.rfind("\n", 0, s.start) + 1
        near = f"{before}{m.span.text}{after}"
        out.append(_Telling(
            m.sentence, v.start, m.span.text, kinds, keys, events,
            frozenset(kinds_of[e.attribution_id or ""] for e in events)
            or speakers.get(m.sentence, frozenset({"author"})), places, _sites(sent),
            _counts(sent),
            any(pointing_back(t) for t in nouns), bool(BULLET.match(text[line:s.end])),
            bool(AGAIN.search(s.text)), bool(LATE.search(near)), bool(SMALL.search(near))))
    return out


def retold(analysis: Analysis, flagged: set[str] | None = None) -> Iterator[Check]:
    """One hostile act told twice with days a day or two apart: "police said a bomb hit the
    convoy in Yala on Wednesday" … "the army put the blast on Tuesday"; a summary line "on 11
    November" against the body's "On 12 November … 23 passengers". The second telling must
    name the act again (a definite noun), or share a place name or a count with the first,
    and come from another source or from a summary line against the body."""
    flagged = set(flagged or ())
    tellings = _tellings(analysis)
    used: set[int] = set()
    for j, y in enumerate(tellings):
        if y.again:
            continue  # "shelled Kidal again on Tuesday": one more act of its kind
        best: tuple[tuple[int, int, int], _Telling] | None = None
        for i, x in enumerate(tellings[:j]):
            gap = abs((x.day - y.day).days)
            counted = x.counts & y.counts  # the same people counted: the same act, however
            # each source classes it ("kidnapped 14 workers" / "seized 14 workers")
            if (i in used or x.sentence >= y.sentence or not 0 < gap <= RETOLD_NEAR
                    or not (x.kinds & y.kinds or counted)):
                continue
            if x.sources & y.sources and x.summary == y.summary:
                continue  # one teller telling two acts
            if _one_night(x.dated(), y.dated()):
                continue  # "late on 3 May" and "before dawn on 4 May": one night
            # tied: the act named again ("the blast"), the same people counted, or the same
            # act word at the same place ("raided Tangaye" … "the raid on Tangaye")
            elsewhere = bool(x.sites and y.sites and not x.sites & y.sites)
            if not (y.definite and not elsewhere or counted
                    or x.places & y.places and x.keys & y.keys and not elsewhere):
                continue  # "the attack in Kaduna" names no act told at Kano
            # the telling that shares most with this one, then the nearest in days and text
            rank = (-sum(map(bool, (x.places & y.places, x.keys & y.keys, counted))), gap,
                    y.sentence - x.sentence)
            if best is None or rank < best[0]:
                best = (rank, x)
        if best is None:
            continue
        x = best[1]
        ids = list(dict.fromkeys(e.id for e in (*x.events, *y.events)))
        if flagged & set(ids):
            continue
        used.add(tellings.index(x))
        flagged.update(ids)
        yield Check(
            "date-conflict", "warning",
            f"one act is told twice on different days: '{x.text}' ({x.day.isoformat()}) and "
            f"'{y.text}' ({y.day.isoformat()})",
            ids,
        )


# "took place on Thursday morning, not on Wednesday evening", "on Thursday rather than on
# Wednesday": a date the text sets against another it rejects.
_REJECTED_DATE = re.compile(r"(?:\bnot|\brather\s+than|\binstead\s+of)\s+(?:on|in|at|during)?\s*$",
                            re.I)


def corrected(analysis: Analysis, flagged: set[str] | None = None) -> Iterator[Check]:
    """A hostile act whose date the text corrects in so many words (a fact-check's "the strike
    took place on Thursday, not on Wednesday"): the two days are two accounts of one act, and
    every telling of the act on either day is part of the disagreement."""
    from warpath.time.resolve import resolve_dates

    flagged = set(flagged or ())
    text = analysis.text
    mentions = [m for m in resolve_dates(analysis) if m.value is not None and not m.future]
    for m in mentions:
        if not _REJECTED_DATE.search(text[max(0, m.span.start - 20):m.span.start]):
            continue
        kept = next((k for k in mentions if k.sentence == m.sentence and k is not m
                     and k.span.end <= m.span.start and k.value is not None
                     and m.value is not None and k.value.start != m.value.start), None)
        if kept is None or kept.value is None or m.value is None:
            continue
        here = [e for e in analysis.events if e.sentence == m.sentence and e.type in HOSTILE
                and e.status in ("asserted", "reported")]
        if not here:
            continue
        kinds = {e.type for e in here}
        days = {kept.value.start, m.value.start}
        ids = list(dict.fromkeys([e.id for e in here] + [
            e.id for e in analysis.events if e.type in kinds and e.date is not None
            and e.date.granularity == "day" and e.date.start in days
            and e.status in ("asserted", "reported")]))
        if flagged & set(ids):
            continue
        flagged.update(ids)
        yield Check(
            "date-conflict", "warning",
            f"the text dates the act '{kept.span.text}' ({kept.value.start.isoformat()}), not "
            f"'{m.span.text}' ({m.value.start.isoformat()}), as another account does",
            ids,
        )


# --- unsourced --------------------------------------------------------------------------

def unsourced(analysis: Analysis) -> Iterator[Check]:
    kinds = {a.id: a.kind for a in analysis.attributions}
    for e in analysis.events:
        if e.type not in UNSOURCED_TYPES or e.status != "asserted":
            continue
        if kinds.get(e.attribution_id or "", "author") != "author":
            continue
        yield Check(
            "unsourced", "info",
            f"'{e.trigger.text}' ({e.type}) is asserted on the author's word alone",
            [e.id],
        )


# --- name variants ----------------------------------------------------------------------

WORD = re.compile(r"[\w'’-]+")


def name_variants(analysis: Analysis) -> Iterator[Check]:
    """Spelling differences: between two mentions of one actor in the text, between two
    actors that are one name spelled two ways, and between a written name the dictionary
    does not know and the dictionary's spelling ("Emanuel Macron" for "Emmanuel Macron")."""
    seen: set[frozenset[str]] = set()

    def new(x: str, y: str) -> bool:
        key = frozenset((x.casefold(), y.casefold()))
        if key in seen:
            return False
        seen.add(key)
        return True

    named = [a for a in analysis.actors if _is_name(a.name)]
    for actor in named:
        for x, y in _variant_pairs(sorted({m.text for m in actor.mentions if _is_name(m.text)})):
            n = min(len(WORD.findall(x)), len(WORD.findall(y)))
            x, y = _tail(x, n), _tail(y, n)  # the names without their titles
            if new(x, y):
                yield _variant_check(analysis, [actor], x, y)
    for i, a in enumerate(named):
        for b in named[i + 1:]:
            if a.kind != b.kind and "unknown" not in (a.kind, b.kind):
                continue
            if a.from_dictionary and b.from_dictionary:
                continue  # the dictionary knows them as two ("Austria", "Australia")
            if _variant(a.name, b.name) and new(a.name, b.name):
                yield _variant_check(analysis, [a, b], a.name, b.name)
    for actor in named:
        forms = {m.text for m in actor.mentions if _is_name(m.text)} | {actor.name}
        for form in sorted(forms):
            if _in_dictionary(form):
                continue  # a spelling the dictionary knows (an alias) is not a variant
            near = actor.name if actor.from_dictionary and _variant(form, actor.name) \
                else _dictionary_near(form)
            if near is None:
                continue
            written = _tail(form, len(WORD.findall(near)))  # the name without its title
            if new(written, near):
                yield _variant_check(analysis, [actor], written, near, dictionary=True)


def _is_name(text: str) -> bool:
    words = WORD.findall(text)
    return bool(words) and any(w[:1].isupper() for w in words) and len(text) >= 4


def _variant_pairs(forms: list[str]) -> Iterable[tuple[str, str]]:
    for i, x in enumerate(forms):
        for y in forms[i + 1:]:
            if _variant(x, y):
                yield x, y


def _norm_word(w: str) -> str:
    w = w.casefold().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


def _variant(x: str, y: str) -> bool:
    """Whether two names differ by the spelling of a word (not by extra or fewer words)."""
    wx = [_norm_word(w) for w in WORD.findall(x)]
    wy = [_norm_word(w) for w in WORD.findall(y)]
    if wx == wy:
        return False
    differing = 0
    # align the shorter name with the longer one's end: titles come first
    # ("French President Emanuel Macron" vs "Emmanuel Macron")
    short, long_ = (wx, wy) if len(wx) <= len(wy) else (wy, wx)
    long_ = long_[len(long_) - len(short):]
    for a, b in zip(short, long_, strict=True):
        if a == b:
            continue
        if len(a) < 4 or len(b) < 4 or a[0] != b[0]:
            return False
        if a.startswith(b) or b.startswith(a):  # "Iraq"/"Iraqi": a derived form, not a spelling
            return False
        ratio = difflib.SequenceMatcher(None, a, b).ratio()
        # a looser bar for long words that keep their ends ("Kataeb"/"Kata'ib")
        ends = len(a) >= 5 and len(b) >= 5 and a[:2] == b[:2] and a[-1] == b[-1]
        if ratio < (LOOSE if ends else SIMILAR):
            return False
        differing += 1
    return differing >= 1


def _tail(text: str, n: int) -> str:
    """The last `n` words of a name as written ("French President Emanuel Macron", 2)."""
    spans = [m.span() for m in WORD.finditer(text)]
    if len(spans) <= n:
        return text
    return text[spans[len(spans) - n][0]:]


def _in_dictionary(name: str) -> bool:
    """Whether the name, or its end after a title, is a dictionary spelling."""
    words = [_norm_word(w) for w in WORD.findall(name)]
    if not words:
        return False
    known = {tuple(_norm_word(w) for w in WORD.findall(form))
             for form in _dictionary_index().get(words[-1], ())}
    return any(tuple(words[k:]) in known for k in range(len(words)))


def _dictionary_near(name: str) -> str | None:
    index = _dictionary_index()
    words = [_norm_word(w) for w in WORD.findall(name)]
    if len(words) < 2:
        return None
    for form in index.get(words[-1], ()) + index.get(words[0], ()):
        if _variant(name, form):
            return form
    return None


_INDEX: dict[str, tuple[str, ...]] | None = None


def _dictionary_index() -> dict[str, tuple[str, ...]]:
    """Multi-word dictionary names by their first and last word (built once)."""
    global _INDEX
    if _INDEX is None:
        index: dict[str, list[str]] = {}
        try:
            from warpath.actors.dictionary import builtin

            entries = list(builtin())
        except Exception:  # the dictionary is optional for this check
            entries = []
        for e in entries:
            for form in (e.name, *e.aliases):
                words = [_norm_word(w) for w in WORD.findall(form)]
                if len(words) >= 2:
                    for key in {words[0], words[-1]}:
                        index.setdefault(key, []).append(form)
        _INDEX = {k: tuple(v) for k, v in index.items()}
    return _INDEX


def _variant_check(analysis: Analysis, actors: list[Actor], x: str, y: str,
                   dictionary: bool = False) -> Check:
    ids = {a.id for a in actors}
    events = [e.id for e in analysis.events
              if (e.source and e.source.actor_id in ids) or (e.target and e.target.actor_id in ids)]
    where = "the dictionary spells it" if dictionary else "also spelled"
    return Check("name-variant", "info", f"'{x}': {where} '{y}'", events)
