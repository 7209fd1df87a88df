"""Dates of events, resolved against publication date and narrative.

`resolve_dates` walks the document sentence by sentence, finds date expressions and resolves
each against the publication date and the narrative's current time, which every resolved
expression moves (except those looking back, like "in the previous ten days"). `date_events`
then gives each event the expression of its own clause: one attached to its trigger without
crossing into another clause, the nearest first. An event without one inherits, and says so
in `basis="inherited"`:

- within the sentence, from the clause it depends on or is coordinated with ("Israel said late
  Saturday it struck ...": the strike takes Saturday), never from a clause it is embedded
  in as a noun modifier or relative clause ("a strike that killed ..." is background);
- across sentences, from the narrative's current time when that was set at most
  `NARRATIVE_REACH` sentences back, else from the publication day when the story is told
  around it (news narrates the day it is published). Only asserted and reported events
  inherit.

An event noun carried by a verb that tells no event of its own ("to hold talks on October
20") takes that verb's date as its own. A stretch told in the past perfect that a "when"
clause ends ("had blocked the road for weeks when troops moved in on 13 November") runs back
from that day as long as it says. What is offered or said to be coming ("ready to host talks
in October", "said it would fly troops in this week") is read forward from publication.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from warpath.document import Analysis, DateValue, Event, Span
from warpath.events.grammar import told_as_arranged
from warpath.pipeline import Config, Stage, stages
from warpath.time.expressions import (
    SMALL_NUMBERS,
    Context,
    Expression,
    find_expressions,
    resolve,
)

NARRATIVE_REACH = 3  # sentences a narrated date carries over to undated events
NEWS_WINDOW = 10  # days: a narrative this close to publication is still the news of the day

# Edges that join a dependent clause to its head: a date does not cross them to become the
# clause's own, and an undated clause inherits through only some of them.
_CLAUSE_EDGES = {"ccomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis", "conj"}
# Climbing these from an event toward a dated head keeps us in the same stretch of time.
_INHERIT_EDGES = {
    "conj", "ccomp", "xcomp", "advcl", "dobj", "obj", "nsubj", "nsubjpass", "attr", "oprd",
    "parataxis", "dep", "pcomp", "csubj", "appos", "ROOT",
    "aux",  # a modal taken as the trigger ("would not negotiate") stands for its verb
}
# A subordinate clause opened by these sits at another time than its head.
_OTHER_TIME_MARKS = {"after", "before", "since", "until", "till", "once", "because"}
_MODIFIER_DEPS = {"compound", "nummod", "amod", "nmod", "poss", "quantmod"}
_FUTURE_HEADS = {"plan", "schedule", "expect", "intend", "vow", "threaten", "promise", "due",
                 "set", "slate", "poise", "go", "hope", "aim",
                 # an offer or a readiness to act: the act is still to come ("ready to host
                 # talks in October", "offered to mediate next month")
                 "ready", "prepared", "willing", "offer", "pledge", "propose", "prepare",
                 "commit", "agree", "decide", "want", "seek"}
_INHERITING = {"asserted", "reported", "negated"}
# Verbs that bring back the past into the present story ("recalled that in 2019 ...").
_RECALLING = {"recall", "remind", "remember", "recount", "reminisce"}
# Verbs of a timetable: in the simple present with a day they may tell what is to come
# (never "open", "start": a headline tells what happened in the present too).
_SCHEDULED = {"meet", "convene", "vote", "visit", "travel", "arrive", "resume", "reconvene",
              "host", "gather", "sit", "depart"}
# Conjunctions of a clause that sets a time still ahead ("when the panel meets on Friday").
_SCHEDULE_MARKS = {"when", "until", "till", "before", "as", "once"}
# Words that put a day ahead ("the envoys meet again next Friday", "this coming Tuesday").
_AHEAD_WORDS = {"next", "coming", "upcoming"}
# Verbs of arranging an occasion, said of it in the passive ("is pencilled in for May").
_ARRANGED = {"pencil", "pencilled", "penciled", "slate", "slated", "schedule", "plan", "expect",
             "prepare", "arrange", "organise", "organize", "timetable", "earmark", "book"}
# Verbs that report what someone said would happen ("said it would ...").
_REPORTING = {"say", "announce", "tell", "add", "state", "promise", "pledge", "vow", "confirm",
              "insist", "warn"}
# Prepositions that set a noun event at another time than its clause ("in retaliation for
# the attack", "after the strike").
_BACKGROUND_PREPS = {"for", "after", "before", "since", "following", "despite", "amid",
                     "until", "over", "because"}
# Verbs that say when something is held ("the talks will take place in March").
_HAPPEN_VERBS = {"take", "be", "happen", "occur", "begin", "start", "open", "resume", "set",
                 "schedule", "hold", "due", "plan", "expect", "go", "convene"}
_DAY_PARTS = {"morning", "afternoon", "evening", "night", "noon", "midday", "midnight",
              "dawn", "dusk", "overnight"}
# Nouns of time an "of" date completes ("the night of 2 March", "the end of May").
_TIME_NOUNS = _DAY_PARTS | {"day", "week", "weekend", "month", "year", "end", "start", "hour",
                            "beginning", "middle", "course", "date", "evening",
                            "period", "time", "summer", "winter", "spring", "autumn", "fall"}
# "after 11 p.m. on Wednesday": a time of day after a preposition, not another event.
_CLOCK_WORDS = _DAY_PARTS | {"p.m.", "a.m.", "pm", "am", "o'clock", "hours", "hrs", "gmt", "utc"}
_OTHER_EVENT_PREPS = {"after", "before", "following", "since", "ahead"}
_EARLIER = {"previously", "earlier", "formerly", "once", "already", "before"}


@dataclass(frozen=True)
class DateMention:
    """A resolved date expression and where it sits."""

    span: Span
    sentence: int
    expression: Expression
    value: DateValue | None
    root: int | None  # index of the expression's head token in the spaCy Doc
    future: bool = False  # the clause speaks of what will happen
    looks_back: bool = False  # "two weeks after leaders met": the time of what follows "after"
    heading: bool = False  # opens a timeline entry ("12 January 2024 - ...")


def resolve_dates(analysis: Analysis) -> list[DateMention]:
    """Every date expression of the document, resolved in reading order."""
    published = analysis.document.published
    narrative = _publication_day(published)
    out: list[DateMention] = []
    doc = analysis.doc
    datelines = dateline_spans(analysis.text)
    dated = [e for e in entries(analysis.text, published) if e.heading is not None]
    heads = {e.start: e.heading for e in dated if e.heading is not None}
    last: DateMention | None = None
    covered: DateValue | None = None  # the period a bulletin says it covers
    last_day: DateValue | None = None  # the last single day the narrative moved to
    lines = [e.expr for e in dated if e.expr is not None]
    issued = issue_days(analysis.text, published, analysis.document.meta.get("issued"))
    for si, sent in enumerate(analysis.sentences):
        found = _years_said_after(analysis.text, _with_headings(
            find_expressions(sent.text, offset=sent.start), lines, sent.start, sent.end),
            published)
        for expr in found:
            if any(a <= expr.start and expr.end <= b for a, b in datelines):
                continue  # "LUANDA, July 9 (CPA) -": when it was filed, not what happened
            root = _root_token(doc, expr.start, expr.end)
            future = _is_future(doc, root)
            if not future and published is not None and _present_arranged(doc, root):
                # read ahead only to a day in the coming half year: "on 2 June" in the
                # present of a story published on 10 June is told as it happens
                ahead = resolve(expr, Context(published, narrative, True))
                future = ahead is not None and published < ahead.start <= published + _AHEAD
            # "Yesterday" in a statement dated on a line of its own two days before we
            # publish it counts from that line's day, not from ours.
            today = next((d for a, b, d in issued if a <= expr.start < b), published)
            value = resolve(expr, Context(today, narrative, future))
            if covered is None and expr.parts and value is not None and published is not None \
                    and _PERIOD_CUE.search(_line_before(analysis.text, expr.start)) and \
                    value.end < published and (published - value.end).days <= 7 and \
                    (value.end - value.start).days <= 31:
                covered = value
            elif covered is not None and value is not None and _bare_weekday(expr) and \
                    not future:
                # "Reporting period: Mon 2 Nov to Sun 8 Nov", issued on Monday 9 Nov: "on
                # Monday" is the Monday the bulletin covers, not the day it came out.
                value = resolve(expr, Context(covered.end, narrative, future))
            if expr.start in heads:
                value = replace(heads[expr.start], text=expr.text)  # a timeline's own year
            day = _entry_day(dated, expr)
            if day is not None:
                # "Saturday, 07:45. A rocket hit the apron overnight": today, yesterday and
                # overnight count from the day of the entry, not from publication.
                value = resolve(expr, Context(day, narrative, future))
            back = False
            if value is not None and last is not None and last.value is not None and \
                    _relates_back(expr) and last.sentence == si:
                # "on Monday, two weeks after leaders met": the clause that follows is
                # two weeks before Monday (a look back that leaves the narrative on Monday).
                value = _shift_back(expr, last.value)
                back = True
            elif value is not None and expr.anchor == "publication" and not expr.parts and \
                    day is None:
                value = _reanchor(doc, out, si, expr, root, value, published, future)
            elif value is not None and expr.since and narrative is not None and \
                    published is not None and value.end == published and \
                    value.start <= narrative.end < published and _in_pluperfect(doc, root):
                # "The talks, held since late 2022, had produced a truce": a stretch told in
                # the past perfect ends at the narrative's time, not at publication.
                value = replace(value, end=narrative.end)
            told = _day_just_told(out, si)
            said = _time_just_told(out, si)
            # the year taken from (or agreeing with) a month or year just told in the same
            # sentence: "recalled May 2025, ... a ceasefire on 10 May of that year"
            year_said = value is not None and said is not None and \
                said.start <= value.start <= said.end and \
                any(m.sentence == si and m.value == said for m in out)
            if value is not None and expr.anchor == "absolute" and expr.year is None and \
                    not future and expr.month is not None and said is not None and \
                    said.start.year == said.end.year != value.start.year and \
                    (said.granularity == "year" or (said.granularity in ("month", "range")
                                                    and said.start.month == expr.month
                                                    == said.end.month)):
                # "In June 2025 Israel struck …, and on 22 June US bombers …": a day and
                # month with no year take the year of the month or year just told
                value = resolve(replace(expr, year=said.start.year),
                                Context(published, narrative, future))
            if value is not None and expr.anchor == "absolute" and expr.year is None and \
                    expr.day is not None and expr.month is not None and not expr.parts and \
                    not future and expr.start not in heads and not year_said and \
                    (year := _year_of_days_told(out, value)) is not None:
                # "Between 19 and 25 October ... After 2024 ... shelling on 24 October": a day
                # in or by a stretch of days the story has already dated is in its year, not
                # in the year a background passage left the narrative in
                value = resolve(replace(expr, year=year), Context(published, narrative, future))
            if expr.anchor == "narrative" and expr.unit == "year" and expr.month is not None \
                    and expr.offset == 0 and (year := _year_just_named(out, si)) is not None:
                # "pushed towards the city since early 2024 ... in August of that year": the
                # year just named, even by a stretch that runs up to now
                value = resolve(replace(expr, anchor="absolute", unit=None, year=year),
                                Context(published, narrative, future))
            if value is not None and _SAME.search(expr.text) and said is not None and \
                    said != narrative and _UNIT_RANK.get(said.granularity, 9) <= \
                    _UNIT_RANK.get(expr.unit or "", 0):
                # "pledged in December 2023 ... ordered Venezuela that same month": "same"
                # points at the time just named, even a memory that left the narrative alone
                value = resolve(expr, Context(published, said, future))
            elif value is not None and _day_step(expr) and told is not None and \
                    told != narrative:
                # "had been detained on 9 February ... freed four days later": days counted
                # from the day just told, even a flashback that left the narrative where it was.
                value = resolve(expr, Context(published, told, future))
            elif value is not None and _day_step(expr) and told is None and said is not None \
                    and _no_day(said) and any(m.sentence == si and m.value == said for m in out):
                # "detained in April … and handed over two days later": days counted from a
                # month told in the same sentence fall in that month, and, like the month,
                # leave the story's own day where it was
                value = replace(said, text=expr.text)
                back = True
            elif value is not None and _long_step(expr) and said is not None and \
                    said != narrative:
                # "In May 2023 … Four months later": weeks, months and years counted from the
                # time just told, even a flashback that left the narrative where it was
                value = resolve(expr, Context(published, said, future))
            elif value is not None and _day_step(expr) and narrative is not None and \
                    _no_day(narrative) and last_day is not None:
                # "the following day" needs a day to count from: after "the offensive of
                # September 2023" it counts from the last day the story named.
                value = resolve(expr, Context(published, last_day, future))
            mention = DateMention(analysis.span(expr.start, expr.end), si, expr, value, root,
                                  future, back, expr.start in heads)
            out.append(mention)
            if moves_narrative(doc, mention) and not back and \
                    (mention.heading or not _wider(value, narrative)):
                narrative = value
                if value is not None and value.granularity == "day":
                    last_day = value
            last = mention
    return out


_THEN_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?")


def _year_said_after(text: str, expr: Expression, nxt: Expression,
                     published: dt.date | None) -> Expression:
    """ "between 3 and 8 May this year", "on 3 May last year": a day or month with no year
    takes the year named right after it, which counts from publication (left to the
    narrative, a yearless August after a passage on 2023 would be read as 2024)."""
    if published is None or expr.anchor != "absolute" or nxt.unit != "year" or \
            nxt.anchor != "publication" or nxt.period or nxt.parts or \
            not _THEN_YEAR.fullmatch(text[expr.end:nxt.start]):
        return expr
    year = published.year + nxt.offset
    if expr.parts:
        if any(p.year is not None or p.month is None for p in expr.parts):
            return expr
        return replace(expr, parts=tuple(replace(p, year=year) for p in expr.parts))
    return replace(expr, year=year) if expr.year is None and expr.month is not None else expr


def _years_said_after(text: str, found: list[Expression],
                      published: dt.date | None) -> list[Expression]:
    """`found` with each yearless day joined to the year named right after it (one
    expression, "3 and 8 May this year", so the year alone dates nothing)."""
    out: list[Expression] = []
    for expr in found:
        if out and expr.start < out[-1].end:
            continue  # the year already joined to the day before it
        nxt = next((e for e in found if e.start > expr.start), None)
        joined = _year_said_after(text, expr, nxt, published) if nxt is not None else expr
        if joined is not expr and nxt is not None:
            joined = replace(joined, end=nxt.end, text=text[expr.start:nxt.end])
        out.append(joined)
    return out


def _with_headings(found: list[Expression], headings: list[Expression], start: int,
                   end: int) -> list[Expression]:
    """The expressions of a sentence, with a timeline heading that starts in it read from its
    line: the sentence splitter may cut "14 October" on a line of its own in two."""
    out = [e for e in found if not any(h.start < e.start < h.end or
                                       (h.start == e.start and h.end != e.end)
                                       for h in headings)]
    out += [h for h in headings if start <= h.start < end and
            not any(e.start == h.start and e.end == h.end for e in out)]
    return sorted(out, key=lambda e: e.start)


# What a bulletin says it covers ("Reporting period: 2-8 November", "covering the week of").
_PERIOD_CUE = re.compile(r"\b(?:(?:reporting|review|covered)\s+period|period\s+(?:covered|under\s+"
                         r"review)|covering|covers)\b", re.I)


def _line_before(text: str, offset: int) -> str:
    """The text of the line up to `offset` ("Period covered: " before a range)."""
    return text[max(text.rfind("\n", 0, offset) + 1, offset - 80):offset]


def _bare_weekday(expr: Expression) -> bool:
    """ "on Monday", with no "last" or "next" and no week named."""
    return expr.weekday is not None and expr.anchor == "publication" and expr.unit is None \
        and expr.offset == 0 and not expr.future and not expr.parts


def _wider(value: DateValue | None, narrative: DateValue | None) -> bool:
    """ "the first such step this year", told of a dated day: a stretch that holds the day the
    story is at tells nothing new about when, and leaves the story on its day."""
    return value is not None and narrative is not None and narrative.granularity == "day" and \
        value.start <= narrative.start and narrative.end <= value.end and \
        value.end - value.start > narrative.end - narrative.start


DAY_STEP_REACH = 2  # sentences back a "two days later" looks for the day it counts from


def _day_just_told(before: list[DateMention], si: int) -> DateValue | None:
    """The single day told last, in this sentence or the two before (what is to come left
    aside); None when the last told is a longer stretch. "… on 17 November. Three were
    killed, according to … . Two days later …": a sentence with no date of its own between
    the day and the step does not break the count."""
    for m in reversed(before):
        if m.sentence < si - DAY_STEP_REACH:
            return None
        if m.value is None or m.future or m.expression.future or m.expression.looks_back:
            continue
        return m.value if m.value.granularity == "day" else None
    return None


_SAME = re.compile(r"\bsame\b", re.I)
# How fine a time is: "that same month" can point at a day or a month told, not at a year.
_UNIT_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}


def _time_just_told(before: list[DateMention], si: int) -> DateValue | None:
    """The time told last, in this sentence or the one before, whatever its length (what is
    to come and looks back left aside)."""
    for m in reversed(before):
        if m.sentence < si - 1:
            return None
        if m.value is None or m.future or m.expression.future or m.expression.looks_back:
            continue
        return m.value
    return None


def _year_just_named(before: list[DateMention], si: int) -> int | None:
    """The year of the time named last, in this sentence or the one before (a stretch from
    it up to now included: "since early 2024")."""
    for m in reversed(before):
        if m.sentence < si - 1:
            return None
        if m.value is not None and not m.future:
            return m.value.start.year
    return None


NEAR_DAYS = 7  # a yearless day this close to days told before is in their year


def _year_of_days_told(before: list[DateMention], value: DateValue) -> int | None:
    """The year of the last stretch of days (a day, or up to a month of them) told earlier,
    itself with no year written (the story's own days, not a dated memory), that the yearless
    day `value` falls in or close by, when that year is not `value`'s."""
    for m in reversed(before):
        told = m.value
        if told is None or m.future or told.granularity not in ("day", "range") or \
                m.expression.year is not None or \
                any(p.year is not None for p in m.expression.parts) or \
                (told.end - told.start).days > 31 or told.start.year != told.end.year:
            continue
        try:
            moved = value.start.replace(year=told.start.year)
        except ValueError:
            continue
        if told.start - dt.timedelta(days=NEAR_DAYS) <= moved <= \
                told.end + dt.timedelta(days=NEAR_DAYS):
            return told.start.year if told.start.year != value.start.year else None
    return None


def _no_day(value: DateValue) -> bool:
    """A stretch too long to count days from ("September 2023", "a year later"), unlike a
    few days ("14 to 16 May")."""
    return value.granularity in ("month", "season", "year") or (
        value.granularity == "range" and (value.end - value.start).days > 14)


def _day_step(expr: Expression) -> bool:
    """ "the following day", "two days later", "the day before": days counted from the story."""
    return expr.anchor == "narrative" and expr.unit == "day" and expr.offset != 0 and \
        not expr.period and not expr.parts


def _long_step(expr: Expression) -> bool:
    """ "four months later", "a year earlier", "two weeks later": a step longer than days
    counted from the story."""
    return expr.anchor == "narrative" and expr.unit in ("week", "month", "year") and \
        expr.offset != 0 and not expr.period and not expr.parts


def _entry_day(dated: list[Entry], expr: Expression) -> dt.date | None:
    """The day of the timeline entry a day-relative expression sits in, if it has one. A bare
    weekday counts from it too: "on Sunday" under the heading "SUNDAY 19 APRIL" of a weekly
    digest is that Sunday, and "Thursday's raid" under it the Thursday before."""
    if expr.anchor != "publication" or expr.parts or (
            expr.unit not in ("day", "night") and not _bare_weekday(expr)):
        return None
    entry = _entry_at(dated, expr.start)
    if entry is None or entry.start == expr.start or entry.heading is None or \
            entry.heading.granularity != "day":
        return None
    return entry.heading.start


def _reanchor(doc: Any, before: list[DateMention], si: int, expr: Expression,
              root: int | None, value: DateValue, published: dt.date | None,
              future: bool) -> DateValue:
    """Adjust a date told relative to today to the clause it sits in.

    - "said on Tuesday that it had destroyed 84 drones overnight": the night before the day
      of the speech that reports it, not before publication;
    - "has shut two crossings this year": a past act this year lies before publication.
    """
    if doc is None or root is None or published is None:
        return value
    if expr.unit == "night" and expr.offset < 0:
        heads = {t.i for t in doc[root].ancestors}
        for m in reversed(before):
            if m.sentence != si:
                break
            v = m.value
            if v is not None and v.granularity == "day" and v.end < published and \
                    m.root is not None and _verb_of(doc[m.root]).i in heads:
                return DateValue(value.text, v.start - dt.timedelta(days=1), v.start, "range",
                                 "narrative")
    if expr.offset == 0 and expr.unit in ("week", "month", "year") and not expr.period and \
            not expr.rest and expr.part is None and not future and value.end > published and \
            _past(doc[root]):
        return DateValue(value.text, value.start, published, "range", value.basis)
    return value


def _in_pluperfect(doc: Any, root: int | None) -> bool:
    if doc is None or root is None:
        return False
    return any(t.pos_ in ("VERB", "AUX") and _pluperfect(t) for t in doc[root].ancestors)


def _verb_of(tok: Any) -> Any:
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _past(tok: Any) -> bool:
    """The clause of `tok` is told in a past tense ("shut", "has shut", "had shut")."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.tag_ == "VBD":
        return True
    return head.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in
                                      ("has", "have", "had", "was", "were", "'ve")
                                      for c in head.children)


def moves_narrative(doc: Any, m: DateMention) -> bool:
    """A resolved date that sets the narrative's current time: not a look back ("in the
    previous ten days") and not a noun's modifier ("the 2006 and 2010 elections")."""
    if m.value is None or m.expression.looks_back:
        return False
    if m.heading:
        return True  # the parse of a heading glued to its line means nothing
    if m.expression.future or m.future:
        return False
    if doc is None or m.root is None:
        return True
    if str(doc[m.root].dep_) in _MODIFIER_DEPS:
        return False
    root = doc[m.root]
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
            and root.head.head.lemma_ not in _TIME_NOUNS:
        return False  # "the standoff of May 2023" names a past episode, not the story's time
    if any(t.head.lemma_ in _RECALLING and (
            t.dep_ in ("ccomp", "dobj", "obj")
            or t.dep_ == "npadvmod" and any(c.dep_ in ("relcl", "advcl") for c in t.children))
           for t in [root, *root.ancestors]):
        # "recalled that troops were ambushed there in March 2024", "recalled May 2019, when
        # ...": a memory
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
           for t in [root, *root.ancestors] for c in t.children):
        return False  # "if the convoy is still held at the end of the month": a condition
    # A date told inside a relative or an "after ..." clause is background, and so is one
    # of what "already" or "previously" happened.
    for t in [doc[m.root], *doc[m.root].ancestors]:
        if (t.dep_ in ("relcl", "acl") and not _label(t.head)) or _background(t):
            return False  # "the joint force agreed in 2011" modifies a noun
    if _pluperfect(doc[m.root]) or _reduced_relative(doc[m.root]):
        return False  # a flashback, or a participle on a noun the parser took for a clause
    # (Doc.text rebuilds the whole string on each access; the last token gives its length.)
    if doc[m.root].pos_ == "ADP":
        return True  # the date is the object of its preposition ("On 20 June Georgetown ...")
    after = doc.char_span(m.span.end, doc[-1].idx + len(doc[-1]), alignment_mode="expand")
    # Directly before a noun it modifies the noun, even when the parse says otherwise; a part
    # of the day ("on Saturday morning") is still the date.
    return not (after is not None and len(after) and after[0].pos_ in ("NOUN", "PROPN")
                and after[0].lower_ not in _DAY_PARTS)


def _reduced_relative(tok: Any) -> bool:
    """ "the joint force agreed in 2011": a participle right after a noun, with no subject of
    its own, modifies the noun even where the parse makes it a clause."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.tag_ not in ("VBN", "VBD") or head.i == 0:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in head.children):
        return False
    return head.dep_ not in ("conj", "ROOT") and head.doc[head.i - 1].pos_ in ("NOUN", "PROPN")


def _pluperfect(tok: Any) -> bool:
    """The clause of the date is told in the past perfect ("had raided ... on 3 February")."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                      for c in head.children)


_DATELINE = re.compile(
    r"(?m)^(?:[A-Z][A-Z .'’-]{1,40}|[A-Z][a-z]+)(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}"
    r"(?:,?\s+\d{4})?)?\s*(?:\([^)\n]{1,40}\)\s*)?(?:-|—|--|–)\s"
    # "ITANAGAR, Nov 5:": with a colon the date must be there.
    r"|^[A-Z][A-Z .'’-]{1,40},\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?:\s")


# What else a line giving the day a text was issued or a sitting held may hold: capitalised
# words (a place, a weekday, a body), commas and a clock time.
_ISSUE_REST = re.compile(r"^[\s,.;:()–—-]*(?:(?:[A-Z][\w.'’-]*|of|the|\d{1,2}[:.]\d\d(?:\s*"
                         r"[ap]\.?m\.?)?)[\s,.;:()–—-]*)*$")
# A heading in capitals ("NEWSROOM NOTE", "BACKGROUND"): what follows is the outlet's again.
_CAPS_HEADING = re.compile(r"^[^a-z\n]{3,60}$")
ISSUE_REACH = 14  # days: a text dated this long before publication still frames its own days


def issue_days(text: str, published: dt.date | None,
               header: str | None = None) -> list[tuple[int, int, dt.date]]:
    """Stretches of `text` whose "yesterday", "on Monday" count from a day given on a line of
    its own ("OSLO, 10 November 2026", "Tuesday 10 February 2026" over a sitting's record):
    the text was issued or spoken that day, some days before we publish it. The stretch runs
    from the line to the next heading in capitals or the end. Only when one such line is in
    the text (a timeline's many date lines head entries instead). `header`: such a line
    cleaning took off above the body (the document's meta "issued"), which frames the text
    from its start when the body holds none of its own."""
    if published is None:
        return []
    found: list[tuple[int, dt.date]] = []
    pos = 0
    lines = text.splitlines(keepends=True)
    if header and not any(_issue_line(line, published) for line in lines):
        lines = [header.strip() + "\n"]
        pos = -len(lines[0])  # the stretch starts at the body's first character
    for line in lines:
        pos += len(line)
        if (day := _issue_line(line, published)) is not None:
            found.append((pos, day))
    if len(found) != 1:
        return []
    begin, day = found[0]
    if not (0 < (published - day).days <= ISSUE_REACH):
        return []
    end = len(text)
    at = begin
    for line in text[begin:].splitlines(keepends=True):
        if _CAPS_HEADING.match(line.strip()) and any(c.isalpha() for c in line):
            end = at
            break
        at += len(line)
    return [(begin, end, day)]


def _issue_line(line: str, published: dt.date) -> dt.date | None:
    """The day a line of its own gives ("Tuesday 10 February 2026", "OSLO, 10 November
    2026"): one full date with nothing but names, times and punctuation around it."""
    body = line.strip()
    if not body or len(body) > 80:
        return None
    exprs = find_expressions(body)
    if len(exprs) != 1:
        return None
    e = exprs[0]
    if e.anchor != "absolute" or e.year is None or e.month is None or e.day is None or \
            e.parts or not _ISSUE_REST.match(body[:e.start] + " " + body[e.end:]):
        return None
    value = resolve(e, Context(published))
    return value.start if value is not None and value.granularity == "day" else None


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where datelines ("LUANDA, July 9 (CPA) -", "WASHINGTON (Jan. 8, 2020) --") sit."""
    return [(m.start(), m.end()) for m in _DATELINE.finditer(text)]


def _relates_back(e: Expression) -> bool:
    return e.anchor == "narrative" and e.offset != 0 and not e.period and \
        e.text.lower().rstrip().endswith(("after", "before"))


def _shift_back(e: Expression, current: DateValue) -> DateValue | None:
    ctx = Context(None, current)
    back = resolve(replace(e, offset=-e.offset), ctx)
    return replace(back, text=e.text) if back is not None else None


def _publication_day(published: dt.date | None) -> DateValue | None:
    if published is None:
        return None
    return DateValue(None, published, published, "day", "publication")


def _root_token(doc: Any, start: int, end: int) -> int | None:
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.dep_ == "compound" and root.head.lower_ in _DAY_PARTS:
        root = root.head  # "on Saturday morning": the phrase is headed by the part of the day
    elif _dangling_preposition(doc, span) is not None and \
            not span.start <= root.head.i < span.end:
        # "On 20 June Georgetown asked ...": with no comma the parser glues the date to the
        # subject as a modifier and leaves "On" without its object; the date is the object
        # of "On", which hangs on the verb.
        return int(_dangling_preposition(doc, span).i)
    elif root.dep_ == "advmod" and root.head.dep_ == "advcl" and span.end < len(doc) and \
            doc[span.end].dep_ == "mark" and doc[span.end].head.i == root.head.i:
        # "released three days later after their families paid": the parser hangs "later" on
        # the clause that follows it; the step belongs to the verb before
        return int(root.head.head.i)
    elif _glued_opener(doc, span, root) is not None:
        # "On 5 November RSF fighters detained 30 men": the parser made the subject the
        # object of "On" and the verb a clause on it; the date is still the verb's
        return int(_glued_opener(doc, span, root).i)
    return int(root.i)


def _glued_opener(doc: Any, span: Any, root: Any) -> Any:
    """The verb a sentence-opening "On <date>" belongs to, when the parser took the subject
    after the date for the object of "On" and the sentence's verb for a clause on it."""
    if span.start == 0 or root.dep_ not in _MODIFIER_DEPS:
        return None
    prep = doc[span.start - 1]
    if prep.lower_ not in _TIME_PREPS or prep.pos_ != "ADP" or not prep.is_sent_start:
        return None
    noun = root.head
    if noun.head.i != prep.i or noun.dep_ != "pobj" or noun.i < span.end:
        return None
    return next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBD"
                 and c.i > noun.i), None)


_TIME_PREPS = {"on", "in", "at", "during", "by"}


def _dangling_preposition(doc: Any, span: Any) -> Any:
    """The preposition just before a date span when the parse left it without an object."""
    if span.start == 0:
        return None
    prep = doc[span.start - 1]
    if prep.lower_ not in _TIME_PREPS or prep.pos_ != "ADP" or \
            any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    return prep


def _is_future(doc: Any, root: int | None) -> bool:
    """The clause of the expression speaks of what will happen ("will meet on Monday")."""
    if doc is None or root is None:
        return False
    tok = doc[root]
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if any(c.lemma_ in ("will", "shall") or c.lower_ == "'ll" for c in head.children):
        return True
    # "said it would fly reinforcements this week": the future of a reported promise (not
    # "would have", a past that did not happen)
    if head.dep_ == "ccomp" and head.head.lemma_ in _REPORTING and \
            any(c.lower_ == "would" for c in head.children) and \
            not any(c.lemma_ == "have" and c.dep_ == "aux" for c in head.children):
        return True
    # "The minister is due in Brasília on 9 July": a date hung on "due" is still to come.
    if any(c.lower_ == "due" and c.dep_ in ("acomp", "oprd") for c in head.children):
        return True
    if _timetable(doc, head, tok):
        return True
    # "a further round is pencilled in for mid-November", "talks are expected in Doha later
    # this month": an occasion arranged, in the present passive; and "proposed that the group
    # hold its next round in October", a proposed act in the subjunctive
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if (head.lemma_ in _ARRANGED or head.lower_ in _ARRANGED) and any(
            c.dep_ == "auxpass" for c in auxes) and not any(
            c.lower_ in ("was", "were", "had", "been") for c in auxes):
        return True
    if head.dep_ == "ccomp" and head.tag_ in ("VB", "VBP") and not auxes and head.head.lemma_ in (
            "propose", "suggest", "recommend", "demand", "urge") and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in head.children):
        return True
    # Inside the planned act ("scheduled to meet on Monday"), not on the planning verb
    # ("threatened on Monday to retaliate"); also through a verb of phase or attempt in
    # between ("due to start withdrawing in January", "plans to begin talks in March")
    for _ in range(3):
        if head.dep_ != "xcomp":
            return False
        if head.head.lemma_ in _FUTURE_HEADS:
            return True
        if head.head.lemma_ == "be" and head.head.tag_ in ("VBZ", "VBP") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
            return True  # "the navies are to start patrols on 1 December": what is arranged
        if any(c.lemma_ in ("will", "shall") or c.lower_ == "'ll" for c in head.head.children):
            return True  # "will ask the council to discuss it in July": after a future ask
        head = head.head
    return False


def _timetable(doc: Any, head: Any, tok: Any) -> bool:
    """A timetable in the simple present: "before the board convenes in Oslo on Friday",
    "the envoys meet again next Tuesday". Only inside a clause of time ("when", "until",
    "before", "as") or with a word that puts the day ahead, and never in the opening
    paragraph, where a headline's present ("Troops open fire in Bamako on Monday") tells
    what has happened."""
    if head.tag_ not in ("VBZ", "VBP") or head.lemma_ not in _SCHEDULED or any(
            c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    if tok.idx < _first_paragraph_end(doc.text):
        return False
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in _SCHEDULE_MARKS and c.i < head.i
           for c in head.children):  # ("when" may be parsed as an adverb)
        return True
    return any(t.lower_ in _AHEAD_WORDS for t in tok.subtree)


_AHEAD = dt.timedelta(days=183)
_DAY_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "jan", "feb", "mar", "apr",
              "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _present_arranged(doc: Any, root: int | None) -> bool:
    """ "intelligence sharing starts on 1 July", "the organisers are marching again on 9
    April": an act in the present tense (simple or progressive) with a day of its own, past the
    opening paragraph and not in a quoted voice, is an arrangement; a historical present
    ("14 March: troops cross the river") is told under a heading, which is not the clause's own
    date (see `entries`)."""
    if doc is None or root is None:
        return False
    tok = head = doc[root]
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_ == "be" or not told_as_arranged(head):
        return False
    if tok.idx < _first_paragraph_end(doc.text) or head.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    # a day of the calendar ("on 1 July"); a weekday ("late on Tuesday") is as often the
    # day just past, told in a presenter's present
    return tok.like_num or tok.lower_ in _DAY_NAMES


def _first_paragraph_end(text: str) -> int:
    """Where the text's first paragraph (a headline, a lede) ends."""
    body = len(text) - len(text.lstrip())
    end = text.find("\n\n", body)
    if end < 0:
        end = text.find("\n", body)
    return len(text) if end < 0 else end


# --------------------------------------------------------------------------- attachment


def _path_up(tok: Any, top: Any) -> list[Any] | None:
    """Tokens from `tok` up to (excluding) `top`, or None when `top` is not an ancestor."""
    path = []
    while tok.i != top.i:
        path.append(tok)
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return path


def _own_distance(doc: Any, mention: DateMention, trigger: int) -> int | None:
    """How many edges from the trigger down to the expression, if it is the trigger's own
    (reached without entering another clause)."""
    if mention.root is None:
        return None
    path = _path_up(doc[mention.root], doc[trigger])
    if path is None:
        return None
    # A participle on the event noun is still its clause ("the strike carried out on Monday"),
    # and so is what the event itself did ("a strike that sank a boat on Tuesday").
    if any(t.dep_ in _CLAUSE_EDGES and not (t.dep_ == "acl" and t.head.i == trigger
                                           and t.tag_ in ("VBN", "VBG", "VBD"))
           and not _text_put_out(t)
           and not (t.dep_ == "relcl" and t.head.i == trigger and _event_noun_acts(t))
           and not (t.head.i == trigger and _naming_clause(t))
           and not _main_verb_as_acl(t, doc[trigger])
           for t in path):
        return None
    # "asked for options before the Council meets in April", "after the raid on Monday": the
    # date belongs to the noun after the preposition, another event.
    span = (mention.span.start, mention.span.end)
    if any(t.dep_ == "pobj" and t.head.lower_ in _OTHER_EVENT_PREPS and t.pos_ in ("NOUN", "PROPN")
           and t.lower_ not in _CLOCK_WORDS and not span[0] <= t.idx < span[1] for t in path):
        return None
    return len(path)


# Texts whose putting out dates the saying in them ("in a statement carried by Tasnim on
# Sunday": said on Sunday).
_TEXT_NOUNS = {"statement", "communique", "communiqué", "message", "video", "post", "letter",
               "report", "bulletin", "broadcast", "note", "readout", "release", "briefing"}


def _text_put_out(clause: Any) -> bool:
    """A participle on a text noun that tells when the text came out ("a statement
    carried by Tasnim on Sunday", "a video posted on Tuesday")."""
    return clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBD") and \
        clause.head.lemma_.lower() in _TEXT_NOUNS


def _main_verb_as_acl(clause: Any, trigger: Any) -> bool:
    """ "A convoy of 28 trucks pulled into Tawila on Tuesday", parsed with the event noun as
    the root of a verbless sentence: the finite past verb hung on a noun below it is the
    sentence's own verb."""
    return clause.dep_ == "acl" and clause.tag_ == "VBD" and trigger.dep_ == "ROOT" and \
        trigger.pos_ == "NOUN" and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


_NAMING = {"call", "term", "describe", "dub", "label", "brand"}


def _naming_clause(clause: Any) -> bool:
    """ "condemned what it called a provocation on Tuesday": the free relative only names the
    object; a date the parse hangs on it belongs to the verb that governs it."""
    return clause.dep_ == "ccomp" and clause.lemma_ in _NAMING and any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children)


def _event_noun_acts(relcl: Any) -> bool:
    """ "a strike that killed ...": the relative clause tells what the event noun did."""
    return relcl.head.pos_ == "NOUN" and not _pluperfect(relcl) and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in relcl.children)


def own_date(analysis: Analysis, mentions: list[DateMention], event: Event) -> DateMention | None:
    """The expression stated in the event's own clause, nearest to its trigger."""
    doc = analysis.doc
    told = [m for m in mentions if m.sentence == event.sentence and m.value is not None]
    candidates = [m for m in told if not _gap_since(doc, m)]
    if not candidates:
        # "the worst since January 2023, when a missile hit ...": no date of the act the
        # sentence measures, but the date of the one its when-clause tells
        return _when_at(doc, told, event.trigger_token, analysis.document.published)
    if doc is None or event.trigger_token is None:
        inside = [m for m in candidates
                  if event.evidence.start <= m.span.start and m.span.end <= event.evidence.end]
        return min(inside, key=lambda m: abs(m.span.start - event.trigger.start), default=None)
    scored = []
    published = analysis.document.published
    trig = doc[event.trigger_token]
    for m in candidates:
        owner = _participle_before_verb(doc, m)
        if owner is not None and owner.i == trig.i:
            scored.append((_vague(m), 1, abs((m.root or 0) - event.trigger_token), m))
            continue
        if owner is not None and len(candidates) > 1 and owner.head.head.i == trig.i:
            continue  # "soldiers abducted ... earlier this month were released on Saturday"
        if published is not None and m.value is not None and m.value.start > published and \
                trig.pos_ in ("VERB", "AUX") and _past(trig):
            continue  # "had asked the army to escort a convoy next week": the asking is past
        d = _own_distance(doc, m, event.trigger_token)
        frame = _frame_noun(trig)
        if d is None and frame is not None:
            # "the next round of talks ... on 17 September": the round carries the date
            d = _own_distance(doc, m, frame.i)
        carrier = _carrying_verb(analysis, trig)
        if carrier is None and frame is not None:
            carrier = _carrying_verb(analysis, frame)  # "to hold a round of talks on 3 May"
        if d is None and carrier is not None:
            # "to hold talks on October 20", "will fly reinforcements this week": the verb
            # that only carries the event noun dates it
            d = _own_distance(doc, m, carrier.i)
            d = None if d is None else d + 1
        if d is not None:
            scored.append((_vague(m), d, abs((m.root or 0) - event.trigger_token), m))
    if not scored:
        return _when_at(doc, candidates, event.trigger_token, published) or \
            _occasion_date(doc, candidates, event.trigger_token)
    return min(scored, key=lambda s: (s[0], s[1], s[2]))[3]


def _participle_before_verb(doc: Any, m: DateMention) -> Any | None:
    """ "Two soldiers abducted by dissidents earlier this month were released on Saturday":
    the parser hangs the date on the main verb, but written straight after a participle on
    the verb's subject, before the verb, it dates the participle."""
    if m.root is None:
        return None
    verb = doc[m.root].head
    if doc[m.root].i > verb.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > m.root:
        return None
    acl = next((c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    first = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if acl is None or first is None or first[0].i != acl.right_edge.i + 1:
        return None
    return acl


def _when_at(doc: Any, mentions: list[DateMention], trigger: int | None,
             published: dt.date | None) -> DateMention | None:
    """The date a when-clause holding the trigger hangs on. After "since" ("strained since
    April 2025, when jets shot down a drone") the clause happened at the date, not over the
    stretch from it up to now."""
    if doc is None or trigger is None:
        return None
    when = _when_clause(doc, mentions, trigger)
    if when is None or not when.expression.since:
        return when
    at = replace(when.expression, since=False)
    value = resolve(at, Context(published=published))
    return replace(when, expression=at, value=value) if value is not None else None


def _occasion_date(doc: Any, candidates: list[DateMention], trigger: int) -> DateMention | None:
    """ "postponed Wednesday's session, where lawmakers were to debate the bill": what is done
    at an occasion (a "where" or "when" clause on its noun) takes the occasion's date."""
    tok = _verb_of(doc[trigger])
    while tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "relcl" or not any(
            c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in tok.children):
        return None
    noun = tok.head
    found = [(d, m) for m in candidates if (d := _own_distance(doc, m, noun.i)) is not None]
    return min(found, key=lambda f: f[0])[1] if found else None


# Nouns that stand for one stretch of the act they govern ("a round of talks", "a wave of
# strikes"): what dates them dates the act.
_FRAME_NOUNS = {"round", "session", "wave", "series", "spate", "volley", "string"}


def _carrying_verb(analysis: Analysis, tok: Any) -> Any:
    """The verb an event noun is the object of, when that verb tells no event of its own
    ("hold talks", "fly reinforcements", "make a call"): its clause is the noun's."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == tok.i:
        return None
    if any(e.trigger_token == verb.i for e in analysis.events):
        return None  # "condemned the attack on Monday": Monday is the condemning
    return verb


def _frame_noun(tok: Any) -> Any:
    """The noun of "a round of <talks>" above an event noun, if there is one."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.i == tok.head.i:
        return None
    head = tok.head.head
    return head if head.lemma_.lower() in _FRAME_NOUNS and head.pos_ == "NOUN" else None


def _vague(m: DateMention) -> bool:
    """"Hours after the talks" points at another event, not at a day: a clause that also
    says "on Saturday morning" takes that. So does "a day after the attack", which dates the
    attack."""
    return m.looks_back or (m.expression.anchor == "narrative" and m.expression.unit == "hour")


_FIRST_WORDS = {"first", "last", "only"}


def _gap_since(doc: Any, m: DateMention) -> bool:
    """"its first attacks since the end of 2024", "the biggest swap since 2022": the since-date
    measures the gap before the event, it is not the event's time."""
    if not m.expression.since or doc is None or m.root is None:
        return False
    tok = doc[m.root]
    for t in [tok, *tok.ancestors]:
        if t.lower_ == "since" and t.dep_ == "prep":
            head = t.head
            if head.lower_ == "time" or any(
                    c.lower_ in _FIRST_WORDS or c.tag_ in ("JJS", "RBS")
                    for c in head.children if c.dep_ in ("amod", "advmod", "det", "nummod")):
                return True
            return any(c.lower_ in _FIRST_WORDS or c.tag_ in ("JJS", "RBS")
                       for c in head.subtree if c.i < t.i and c.dep_ in ("amod", "advmod"))
    return False


def _when_clause(doc: Any, mentions: list[DateMention], trigger: int) -> DateMention | None:
    """"on 12 July 2006, when fighters crossed the border": the clause hangs on the date."""
    tok = doc[trigger]
    for t in [tok, *tok.ancestors]:
        if t.dep_ in ("relcl", "advcl", "acl") and any(
                c.lower_ in ("when", "as") for c in t.children if c.dep_ in ("advmod", "mark")):
            head = t.head
            for m in mentions:
                if m.span.start <= head.idx < m.span.end:
                    return m
            return None
    return None


def _inherit_in_sentence(analysis: Analysis, mentions: list[DateMention],
                         event: Event) -> DateMention | None:
    """A date of the clause this event's clause depends on or is coordinated with."""
    doc = analysis.doc
    if doc is None or event.trigger_token is None:
        return None
    dated = [m for m in mentions if m.sentence == event.sentence and m.value is not None
             and not _gap_since(doc, m)]
    if not dated:
        return None
    tok = doc[event.trigger_token]
    for head in _climb(tok):
        for clause in (head, *[c for c in head.children if c.dep_ == "conj"]):
            if clause.i == tok.i:
                continue
            best = [(_vague(m), d, _length(m), m) for m in dated
                    if (d := _own_distance(doc, m, clause.i)) is not None]
            if best:
                return min(best, key=lambda b: (b[0], b[1], b[2]))[3]
    return None


def _length(m: DateMention) -> int:
    return (m.value.end - m.value.start).days if m.value else 1 << 20


def _climb(tok: Any) -> list[Any]:
    """The trigger and the heads it may inherit a time from, nearest first."""
    out = [tok]
    while tok.head.i != tok.i:
        if not _may_climb(tok):
            break
        tok = tok.head
        out.append(tok)
    return out


def _background(tok: Any) -> bool:
    """`tok` (on the way up from a trigger) puts what is below it at another time."""
    if tok.dep_ == "relcl" and _label(tok.head):
        return False  # "Q: What happened ...": the parser hung the question on the label
    if tok.dep_ == "relcl":
        # "protesters, some of whom threw objects" goes on with the scene; "a strike that
        # killed ..." points back at another event.
        # "riot police who cleared the square" tells what people did there and then.
        # "launched an airstrike that killed the general": the strike the clause itself
        # launched, told further, not an earlier one.
        if tok.head.dep_ in ("dobj", "obj") and _event_noun_acts(tok):
            return False
        # "lodged a protest, which Delhi waved away": the answer to what was just done, told
        # on (not "a claim Delhi had dismissed", which points back).
        if tok.lemma_ in _REPLY_VERBS and tok.head.pos_ == "NOUN" and not any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
            return False
        # "according to the army, which said jets were scrambled": a reporting clause set off
        # by a comma tells who speaks for the scene, not another time.
        if tok.lemma_ in _REPORTING and tok.i > 1 and tok.doc[tok.i - 2].text == "," and \
                any(c.dep_ == "nsubj" and c.lower_ in ("which", "who") and c.i == tok.i - 1
                    for c in tok.children):
            return False
        # But on a noun of a standing present ("those listed include judges who handed down
        # death sentences") it describes the person, at another time.
        if _standing_present(tok.head):
            return True
        return not any((t.lower_ in ("whom", "which") and t.head.lower_ == "of")
                       or (t.lower_ == "who" and t.head.i == tok.i) for t in tok.subtree)
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME_MARKS
                                   for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.pos_ in ("NOUN", "PROPN") and \
            tok.head.lower_ in _BACKGROUND_PREPS and tok.lower_ not in _CLOCK_WORDS:
        return True
    return any(c.dep_ == "advmod" and c.lower_ in _EARLIER for c in tok.children)


# Verbs of an answer to a demand, a protest or a charge.
_REPLY_VERBS = {"reject", "dismiss", "wave", "brush", "rebuff", "deny", "refuse", "ignore",
                "shrug", "swat", "accept", "welcome", "answer", "spurn", "rebut", "refute"}


def _standing_present(noun: Any) -> bool:
    """`noun` belongs to a clause in the simple present ("The list includes ...")."""
    head = noun.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in head.children)


def _may_climb(tok: Any) -> bool:
    if _background(tok):
        return False
    if tok.dep_ in ("prep", "agent", "pobj"):
        return True
    if tok.dep_ == "acl":  # a content clause ("a statement that ..."), not a modifier
        return any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in tok.children)
    return tok.dep_ in _INHERIT_EDGES


def embedded(analysis: Analysis, event: Event) -> bool:
    """The event is told inside a noun phrase or a clause set at another time."""
    doc = analysis.doc
    if doc is None or event.trigger_token is None:
        return False
    tok = doc[event.trigger_token]
    while True:
        if _background(tok):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head


# --------------------------------------------------------------------------- the stage


def date_events(analysis: Analysis, mentions: list[DateMention] | None = None) -> None:
    """Set `Event.date` on every event of the analysis."""
    mentions = resolve_dates(analysis) if mentions is None else mentions
    published = analysis.document.published
    heads = entries(analysis.text, published)
    by_sentence: dict[int, list[DateMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for event in analysis.events:
        if event.date is not None:
            continue
        own = own_date(analysis, mentions, event)
        # What did not happen has no time but its own ("said on Thursday it would not
        # withdraw": Thursday is when it was said).
        # But one coordinated with what did happen shares its time ("tracked the drone but did
        # not fire").
        negated = getattr(event, "status", "asserted") == "negated" and \
            not _beside_a_fact(analysis.doc, event) and \
            not _negative_outcome(analysis.doc, event)
        near = None if negated else _inherit_in_sentence(analysis, mentions, event)
        if negated and own is not None and (own.expression.since or _still(analysis, event)):
            # "has not been able to deliver food since late March", "a year later, the treaty
            # has still not been signed": a stretch in which nothing happened, not a date.
            continue
        if own is None and _exchange_recalled(analysis, mentions, event):
            continue
        if own is not None and own.value is not None:
            # "The 2019 ... attack was a rocket attack ... on 27 December 2019": a narrower
            # date of the governing clause that falls inside the event's own refines it.
            if near is not None and near.value is not None and _inside(near.value, own.value):
                event.date = replace(near.value)
            else:
                event.date = replace(own.value)
            continue
        since = _since_clause(analysis, mentions, event) or \
            _lasted_until(analysis, mentions, event)
        if since is not None:
            event.date = since
            continue
        within = _within_told_event(analysis, event)
        if within is not None and getattr(event, "status", "asserted") in _INHERITING:
            event.date = replace(within, basis="inherited")
            continue
        if getattr(event, "status", "asserted") not in _INHERITING:
            planned = _planned_subject(analysis, mentions, event)
            if planned is not None:
                event.date = planned
            continue
        if near is not None and near.value is not None:
            event.date = replace(near.value, basis="inherited")
            continue
        entry = _entry_at(heads, event.trigger.start)
        if entry is not None and not embedded(analysis, event) and \
                getattr(event, "status", "asserted") != "negated" and \
                (not entry.bare_clock or _narrated(analysis, event)):
            event.date = _in_entry(analysis.doc, mentions, entry, event, published)
            if event.date is not None:
                continue
        if published is not None and _issuer_present(analysis, event):
            event.date = DateValue(None, published, published, "day", "inherited")
            continue
        if published is not None and _performative(analysis, event):
            event.date = DateValue(None, published, published, "day", "inherited")
            continue
        if embedded(analysis, event):
            continue  # told in passing: its time is not the narrative's
        current = _narrative_at(analysis.doc, mentions, event.sentence, event.trigger.start)
        if not _narrated(analysis, event):
            if published is not None and _standing_charge(analysis, event) and \
                    _news(current, published):
                # "Residents blame the army": a charge or a denial in the present is made
                # now, in the window the story reports on, which ends on publication.
                event.date = DateValue(None, published, published, "day", "inherited")
            continue  # not a happening: its time is not the narrative's
        then = _then_time(analysis, mentions, event.sentence)
        if then is not None:
            # "The January 2025 offensive is the warning. Then, the ELN fell on …": "then"
            # points back at the time just named, though it only named an episode
            event.date = replace(then, basis="inherited")
            continue
        if current is not None and _indefinite_perfect(analysis, event):
            # "The army has denied targeting civilians": a present perfect reaches up to now.
            # In the news it is dated to the day of publication, the end of the window the
            # story reports on; told far from that window it says only that it happened.
            if published is not None and current.value is not None and \
                    current.value.end is not None and \
                    (published - current.value.end).days <= _NEWS_DAYS:
                event.date = DateValue(None, published, published, "day", "inherited")
            continue
        if current is not None and \
                _sentences_between(analysis, current.sentence, event.sentence) <= NARRATIVE_REACH:
            assert current.value is not None
            event.date = replace(current.value, basis="inherited")
        elif published is not None and _news(current, published):
            event.date = DateValue(None, published, published, "day", "inherited")


# A line that opens with a clock time and a dash or colon: an entry of a live blog.
_TIMESTAMP = re.compile(r"[ \t]*\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{3}))?"
                        r"(?:\s*\([^)\n]{1,40}\))?\s*[-–—:]\s", re.I)
_CLOCK_LINE = re.compile(r"(?m)^[ \t]*\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{3}))?"
                         r"(?:\s*\([^)\n]{1,40}\))?[ \t]*$", re.I)
_RECAP = re.compile(r"\s*(?:recap|background|catch(?:ing)?\s+up|in\s+case\s+you\s+missed|"
                    r"what\s+we\s+know|the\s+story\s+so\s+far)\b", re.I)
_HEAD_MARK = re.compile(r"\s*[-–—:]\s")


@dataclass(frozen=True)
class Entry:
    """A line of a timeline or live blog that opens with its own date or clock time
    ("12 January 2024 - ...", "6 to 10 July 2025 - ...", "14:05 - ..."). What is told in it
    happens at that time unless it says otherwise, the present tense included."""

    start: int
    end: int
    heading: DateValue | None  # None for a clock time: the publication day
    expr: Expression | None = None  # the heading's own expression, offsets in the text
    bare_clock: bool = False  # a clock time alone on its line, over the lines below it


def entries(text: str, published: dt.date | None) -> list[Entry]:
    """The entries of `text`; each runs to the next entry or to a line without one. A year
    alone on its line ("2024") heads the entries under it: their days are of that year."""
    out: list[Entry] = []
    year: DateValue | None = None
    bare = _bare_headings(text)
    clocks = _CLOCK_LINE.findall(text)
    running = False  # the last entry is headed by a date alone on its line: it runs on
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.lstrip()
        lead = len(line) - len(body)
        if not body.strip():
            continue
        stamp = _TIMESTAMP.match(line)
        if stamp:
            running = False
            if not _RECAP.match(line, stamp.end()):  # a recap tells background, not the day
                out.append(Entry(start, pos, None))
            continue
        if len(clocks) >= 2 and _CLOCK_LINE.fullmatch(line.rstrip("\r\n")):
            # "10:40" on a line of its own heads a live blog's entry: the lines below it
            out.append(Entry(start, pos, None, bare_clock=True))
            running = True
            continue
        found = find_expressions(body[:60])
        if len(found) == 1 and found[0].start == 0 and found[0].year is not None and \
                found[0].month is None and not found[0].parts and \
                not body[found[0].end:].strip(" \t\r\n:"):
            year = resolve(found[0], Context(published))
            running = False
            continue
        head = _shift_to(found[0], start + lead) if found else None
        if found and found[0].start == 0 and found[0].anchor == "absolute" and \
                _HEAD_MARK.match(body, found[0].end):
            value = resolve(found[0], Context(published, year))
            if value is not None:
                out.append(Entry(start + lead, pos, value, head))
                running = False
                continue
        value = _day_heading(body, found, published, year, out)
        if value is not None:
            out.append(Entry(start + lead, pos, value, head))
            running = False
            continue
        if start + lead in bare:
            value = _bare_value(found[0], published, year, out)
            if value is not None:
                out.append(Entry(start + lead, pos, value, head))
                running = True
                continue
        if running and out and not _title_line(body):
            # "9 October" on a line of its own heads the lines that follow, up to the next
            # heading of any kind ("What comes next").
            out[-1] = replace(out[-1], end=pos)
            continue
        running = False
        # A heading alone on its line ("18 December 2023 -") reaches the next line.
        if out and not text[out[-1].end:start].strip() and \
                not line.rstrip().endswith((":", "-", "–")) and \
                text[out[-1].start:out[-1].end].rstrip().endswith(("-", "–", "—", ":")):
            out[-1] = replace(out[-1], end=pos)
    return out


def _shift_to(e: Expression, offset: int) -> Expression:
    """`e` found in a line, with offsets in the whole text."""
    return replace(e, start=e.start + offset, end=e.end + offset,
                   parts=tuple(_shift_to(p, offset) for p in e.parts))


def _alone(body: str) -> Expression | None:
    """The date a line holds and nothing else ("9 October", "5 to 8 October", "Monday 2
    November", "Last week"), with at most a closing mark: a timeline's heading. A year alone,
    a day counted from the story ("The next day") and a stretch up to now are not."""
    found = find_expressions(body[:60])
    if len(found) != 1 or found[0].start != 0 or \
            body[found[0].end:].strip(" \t\r\n:.-–—"):
        return None
    e = found[0]
    if e.anchor == "narrative" or e.since or e.period or \
            (e.anchor == "absolute" and e.month is None and e.season is None and not e.parts):
        return None
    return e


_MONTH_WORD = (r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b")


def _bare_headings(text: str) -> set[int]:
    """Where the lines that hold a date alone begin, when two or more of them name a day of a
    month or a month (one such line may be a stray date under a headline; several make a
    timeline; a run of bare weekdays is more often a schedule than a chronicle)."""
    out = set()
    dated = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.lstrip()
        if body.strip() and len(body) < 60 and _alone(body.rstrip()) is not None:
            out.add(pos + len(line) - len(body))
            dated += bool(re.search(r"\d|" + _MONTH_WORD, body, re.I))
        pos += len(line)
    return out if dated >= 2 else set()


def _bare_value(e: Expression, published: dt.date | None, year: DateValue | None,
                before: list[Entry]) -> DateValue | None:
    """The time a date alone on its line heads. A yearless day follows on from the heading
    before it (a timeline goes one way), a bare weekday is the first such day from there."""
    last = next((x.heading for x in reversed(before) if x.heading is not None), None)
    if e.weekday is not None and e.anchor == "publication" and e.unit is None and \
            not e.offset and last is not None and last.granularity == "day":
        d = last.start + dt.timedelta(days=(e.weekday - last.start.weekday()) % 7)
        return DateValue(e.text, d, d, "day", "narrative")
    if e.anchor == "absolute":
        return resolve(e, Context(published, year or last))
    return resolve(e, Context(published))


_SENTENCE_END = re.compile(r"[.!?…:;\"”’)]\s*$")


def _title_line(body: str) -> bool:
    """A short line that does not end as a sentence does: a subheading."""
    return len(body.split()) <= 8 and not _SENTENCE_END.search(body.rstrip())


# After the day of a heading: an optional clock time, then the mark that ends the heading
# ("Friday 9 October, 23:10. ...", "Saturday, 07:45 - ...", "Sunday: ...").
_DAY_HEAD_END = re.compile(r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?"
                           r"(?:\s*(?:GMT|UTC|local(?:\s+time)?))?)?\s*(?:[.:]|[-–—])\s", re.I)


def _day_heading(body: str, found: list[Expression], published: dt.date | None,
                 year: DateValue | None, before: list[Entry]) -> DateValue | None:
    """The day of a heading that names a weekday, with or without its date ("Friday 9
    October, 23:10.", "Saturday, 07:45."). A bare weekday is the first such day from the
    previous heading on (a timeline goes forward), else the last one before publication."""
    if not found or found[0].start != 0 or found[0].weekday is None or found[0].parts:
        return None
    end = found[0].end
    absolute = None
    if len(found) > 1 and found[1].anchor == "absolute" and found[1].day is not None and \
            not body[end:found[1].start].strip(" ,"):
        absolute, end = found[1], found[1].end
    if not _DAY_HEAD_END.match(body, end):
        return None
    if absolute is not None:
        value = resolve(absolute, Context(published, year))
        return value if value is not None and value.granularity == "day" else None
    last = next((e.heading for e in reversed(before) if e.heading is not None), None)
    if last is not None and last.granularity == "day":
        d = last.start + dt.timedelta(days=(found[0].weekday - last.start.weekday()) % 7)
        return DateValue(found[0].text, d, d, "day", "narrative")
    return resolve(found[0], Context(published))


def _entry_at(found: list[Entry], offset: int) -> Entry | None:
    return next((e for e in found if e.start <= offset < e.end), None)


def _sentences_between(analysis: Analysis, first: int, last: int) -> int:
    """How many sentences after `first` up to `last`, not counting bare labels ("A:",
    "15:40 -") that a transcript or live blog sets on lines of their own."""
    return sum(1 for s in analysis.sentences[first + 1:last + 1]
               if len(re.findall(r"[^\W\d_]{2,}", s.text)) > 1)


def _label(tok: Any) -> bool:
    """A speaker label that opens its sentence ("Q: What happened ...", "A: ...")."""
    doc = tok.doc
    return tok.i == tok.sent.start and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":"


def _planned_subject(analysis: Analysis, mentions: list[DateMention],
                     event: Event) -> DateValue | None:
    """"The next round of talks will take place in March": a planned event that is the subject
    of the clause announcing when takes that clause's date."""
    doc = analysis.doc
    if doc is None or event.trigger_token is None or \
            getattr(event, "status", "asserted") != "planned":
        return None
    tok = doc[event.trigger_token]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    # "A reminder: a meeting ... is set for next Thursday": an apposition names the subject.
    while tok.dep_ in ("pobj", "prep", "compound", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    head = tok.head
    if head.lemma_ not in _HAPPEN_VERBS and not any(c.dep_ == "xcomp" and c.lemma_ in
                                                    _HAPPEN_VERBS for c in head.children):
        return None
    for m in mentions:
        if m.sentence == event.sentence and m.value is not None and \
                _own_distance(doc, m, head.i) is not None:
            return replace(m.value, basis="inherited")
    return None


_RELEASE = re.compile(r"\bpress\s+(?:release|office|statement|notice)\b|\bcommuniqu", re.I)
# A body that issues statements in its own name ("Navy Headquarters - Press Directorate",
# "Ministry of the Interior"), and a text it calls one ("Communiqué No. 7", "Statement 31").
_ISSUER = re.compile(r"\b(?:ministry|command|directorate|department|office|spokesperson|"
                     r"presidency|secretariat|headquarters|government)\b", re.I)
_STATEMENT = re.compile(r"\b(?:statement|declaration|announcement|bulletin)\b", re.I)


def _issuer_present(analysis: Analysis, event: Event) -> bool:
    """A press release tells what its issuer does today in the simple present ("The EU
    reiterates its call ...", "The measures freeze any assets ..."), where a news story's
    simple present tells a standing state."""
    document = analysis.document
    doc = analysis.doc
    if doc is None or event.trigger_token is None or embedded(analysis, event):
        return False
    if not (any(_RELEASE.search(x or "") for x in (document.outlet, document.author))
            or _ISSUER.search(document.outlet or "") and _STATEMENT.search(
                f"{document.title or ''}\n{analysis.text[:80]}")):
        return False
    head = _verb_of(doc[event.trigger_token])
    return head.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in head.children) and head.dep_ in (
        "ROOT", "conj") and getattr(event, "status", "asserted") in ("asserted", "reported")


_MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll"}


def _beside_a_fact(doc: Any, event: Event) -> bool:
    """A negated verb sharing the subject of a plain past verb ("tracked it but did not fire",
    "expired and was not renewed"): the not-doing is told at the time of the doing."""
    if doc is None or event.trigger_token is None:
        return False
    tok = doc[event.trigger_token]
    head = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or head.pos_ != "VERB" or head.tag_ != "VBD":
        return False
    if any(c.dep_ == "neg" for c in head.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return False  # "tracked them, but they did not enter": a clause of its own
    return not any(c.lower_ in _MODALS for c in (*tok.children, *head.children)
                   if c.dep_ == "aux")


# Subjects that deny the whole class they name ("nobody", "none of the crew").
_NEGATIVE_SUBJECTS = {"nobody", "none", "neither", "nothing"}
# Words of a pobj that stretch the time over more than one moment ("at any point", "during
# either seizure", "at any stage"): the not-happening then has no single time.
_STRETCH_DETS = {"any", "either", "every", "all"}


def _negative_outcome(doc: Any, event: Event) -> bool:
    """ "No one was detained", "None of the crew was harmed", "Not a single round was fired",
    "No boarding took place": what an incident did not bring, told in the simple past with a
    subject that denies its whole class, in a main clause, is told at the incident's time
    (unlike "has not fired since", "denied that any shot was fired", "no shot was fired at
    any point")."""
    if doc is None or event.trigger_token is None:
        return False
    verb = _verb_of(doc[event.trigger_token])
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.dep_ == "aux" for a in auxes):
        return False  # "has not", "had not", "would not", "did not"
    if not (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
            a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxes)):
        return False
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ != "ROOT" and not (top.dep_ == "ccomp" and top.head.i > top.i and
                                   top.head.lemma_ in _REPORTING | {"report"}):
        return False  # a main clause, or one a saying follows ("..., he added")
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    negative = subj.lower_ in _NEGATIVE_SUBJECTS or any(
        c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj.children) or (
        any(c.dep_ == "neg" for c in subj.children) and
        any(c.dep_ == "det" and c.lower_ == "a" for c in subj.children))
    if not negative:
        return False
    if verb.lemma_ == "report":
        return False  # "No clash was reported": tells what the record holds, not the scene
    return not any(t.dep_ == "det" and t.lower_ in _STRETCH_DETS and t.head.dep_ == "pobj"
                   and t.head.head.dep_ == "prep" and t.head.head.head.pos_ in ("VERB", "AUX")
                   for t in top.subtree)


# Nouns that take up an attack told before ("wounded in the raid").
_ATTACK_NOUNS = {"attack", "assault", "strike", "raid", "ambush", "clash", "fighting",
                 "shelling", "bombardment", "barrage", "bombing", "incident", "incursion"}


# Nouns that take up a meeting told before ("agreed at the summit").
_MEETING_NOUNS = {"summit", "meeting", "talks", "conference", "session", "negotiations"}


def _within_told_event(analysis: Analysis, event: Event) -> DateValue | None:
    """"Four civilians were wounded in the raid", "the allies agreed at the summit": an event
    told as part of one already dated ("gunmen had raided the market on 3 February", "two
    weeks after leaders met") shares its date."""
    doc = analysis.doc
    if doc is None or event.trigger_token is None:
        return None
    tok = doc[event.trigger_token]
    nouns = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "at")
             for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
             and any(d.lower_ in ("the", "that", "this") for d in p.children if d.dep_ == "det")]
    if not nouns:
        return None
    lemma = nouns[0].lemma_.lower()
    for other in sorted(analysis.events, key=lambda e: e.trigger.start, reverse=True):
        if other.trigger.start >= event.trigger.start or other.date is None or \
                other.date.basis == "inherited" or other.trigger_token is None:
            continue
        other_lemma = doc[other.trigger_token].lemma_.lower()
        if other_lemma == lemma or (lemma in _ATTACK_NOUNS and other.type == "ASSAULT") or \
                (lemma in _MEETING_NOUNS and other.type == "CONSULT"):
            return other.date
    return None


# Acts of words and of diplomacy: asked, agreed, refused, accused, offered.
_EXCHANGES = {"REQUEST", "AGREE", "REJECT", "ACCUSE", "CONSULT", "COOPERATE", "CONCEDE",
              "SUPPORT", "AID", "THREATEN"}


def _exchange_recalled(analysis: Analysis, mentions: list[DateMention], event: Event) -> bool:
    """ "An aide said the council had asked the bank to unfreeze loans": an exchange told in
    the past perfect inside an undated saying happened before it, at a time the text does not
    give; the story's day is not its own. (Said on a day, "announced last Thursday that the
    negotiators had agreed to meet", it is news of that day; and a speaker's account of
    fighting, "said its gunners had downed two helicopters", tells the scene the story is
    at.)"""
    doc = analysis.doc
    if doc is None or event.trigger_token is None or event.type not in _EXCHANGES:
        return False
    verb = _verb_of(doc[event.trigger_token])
    if not _pluperfect(verb):
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in _REPORTING | {"tell", "report"}:
        return False
    return not any(m.sentence == event.sentence and m.value is not None and
                   _own_distance(doc, m, verb.head.i) is not None for m in mentions)


# How far before publication the story's last narrated day may lie for an undated present
# perfect after it to still be the news of the reporting window.
_NEWS_DAYS = 3


def _indefinite_perfect(analysis: Analysis, event: Event) -> bool:
    """ "Kenya has offered to host talks", told after the story has named its days: a present
    perfect with no date of its own says that it happened, not when, the speaker's own "we
    have asked the EU" included. (In a lead, before any date, it is the news of the day; in
    a quotation, it is said now.)"""
    doc = analysis.doc
    if doc is None or event.trigger_token is None:
        return False
    tok = _verb_of(doc[event.trigger_token])
    if tok.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve")
                                    for c in tok.children):
        return False
    sent = analysis.sentences[event.sentence]
    before = analysis.text[sent.start:event.trigger.start]
    return before.count("\"") % 2 == 0 and (before.count("“") <= before.count("”"))


def _performative(analysis: Analysis, event: Event) -> bool:
    """ "We urge both sides to ...", "I call on the council to ...": the writer's own act in the
    simple present, outside any quotation, is done in writing it, on the day it comes out
    (a quoted speaker's is done when the story's scene is)."""
    doc = analysis.doc
    if doc is None or event.trigger_token is None or \
            getattr(event, "status", "asserted") != "asserted":
        return False
    tok = _verb_of(doc[event.trigger_token])
    if tok.pos_ != "VERB" or tok.tag_ != "VBP" or tok.dep_ not in ("ROOT", "conj") or \
            any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ != "ROOT" or not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we")
                                     for c in top.children):
        return False
    sent = analysis.sentences[event.sentence]
    before = analysis.text[sent.start:event.trigger.start]
    para = analysis.text[max(0, analysis.text.rfind("\n", 0, sent.start)):sent.start]
    return before.count("\"") % 2 == 0 and before.count("“") <= before.count("”") and \
        para.count("\"") % 2 == 0 and para.count("“") <= para.count("”")


_SPAN_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def _lasted_until(analysis: Analysis, mentions: list[DateMention],
                  event: Event) -> DateValue | None:
    """ "Protesters had blocked the road for weeks when troops moved in on 13 November": a
    stretch in the past perfect runs up to the day of the "when" clause that ended it, and
    back as long as it says ("weeks": two at least)."""
    doc = analysis.doc
    if doc is None or event.trigger_token is None:
        return None
    verb = _verb_of(doc[event.trigger_token])
    if not _pluperfect(verb):
        return None
    days = None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in prep.children:
            unit = obj.lemma_.lower()
            if obj.dep_ != "pobj" or unit not in _SPAN_DAYS:
                continue
            count = next((c for c in obj.children if c.dep_ == "nummod"), None)
            word = count.lower_ if count is not None else ""
            n = int(word) if word.isdigit() else SMALL_NUMBERS.get(
                word, 2 if obj.tag_ == "NNS" else 1)
            days = n * _SPAN_DAYS[unit]
    if days is None:
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.lower_ == "when" and c.dep_ in ("advmod", "mark")
                                             for c in clause.children):
            continue
        for m in mentions:
            if m.value is not None and m.value.granularity == "day" and \
                    _own_distance(doc, m, clause.i) is not None:
                end = m.value.end
                return DateValue(None, end - dt.timedelta(days=days), end, "range",
                                 "narrative")
    return None


def _narrated(analysis: Analysis, event: Event) -> bool:
    """The event is a happening the narrative places in its time. Not so for what did not
    happen ("denied that its troops fired first": no time of its own), nor for a simple
    present with no date ("Rwanda denies supporting ..."), which tells a standing state.
    (A present perfect stays: news uses it for what just happened.)"""
    if getattr(event, "status", "asserted") == "negated" and \
            not _beside_a_fact(analysis.doc, event) and \
            not _negative_outcome(analysis.doc, event):
        return False
    doc = analysis.doc
    if doc is None or event.trigger_token is None:
        return True
    tok = doc[event.trigger_token]
    if tok.pos_ not in ("VERB", "AUX"):
        return True
    # "We reject that": a speaker's own present tense is said now, not a standing state.
    first_person = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we")
                       for c in tok.children)
    return first_person or not (tok.tag_ in ("VBZ", "VBP")
                                and not any(c.dep_ in ("aux", "auxpass") for c in tok.children))


_CHARGES = {"ACCUSE", "REJECT"}


def _standing_charge(analysis: Analysis, event: Event) -> bool:
    """An accusation or a denial in the simple present, not negated ("Residents blame the
    army", "The rebels deny it")."""
    doc = analysis.doc
    if doc is None or event.trigger_token is None or event.type not in _CHARGES or \
            getattr(event, "status", "asserted") not in ("asserted", "reported"):
        return False
    tok = doc[event.trigger_token]
    return tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP") and \
        not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and \
        not _ongoing_charge(tok)


def _ongoing_charge(tok: Any) -> bool:
    """What is charged or denied goes on ("denies supporting the group", "accuses the army of
    fighting alongside a militia", "denies that its troops are there"): a standing dispute,
    not a reaction of the day (unlike "accuse the police of having fired on the crowd")."""
    clauses = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "pcomp", "dobj")]
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [p for c in tok.children if c.dep_ in ("dobj", "obj") for p in c.children
              if p.dep_ == "prep"]  # "accuses the army of fighting ..."
    clauses += [g for p in preps for g in p.children if g.dep_ == "pcomp"]
    if any(c.dep_ in ("dobj", "obj") and any(d.lower_ in ("any", "all") for d in c.children
                                             if d.dep_ == "det") for c in tok.children):
        return True  # "denies any role in the unrest"
    return any((c.tag_ == "VBG" and not any(a.lower_ == "having" for a in c.children))
               or (c.tag_ in ("VBZ", "VBP") and c.dep_ == "ccomp") for c in clauses)


def _still(analysis: Analysis, event: Event) -> bool:
    """ "has still not been signed", "has not yet replied": a lack that goes on."""
    doc = analysis.doc
    if doc is None or event.trigger_token is None:
        return False
    verb = _verb_of(doc[event.trigger_token])
    return any(c.dep_ == "advmod" and c.lower_ in ("still", "yet") for c in verb.children)


def _in_entry(doc: Any, mentions: list[DateMention], entry: Entry, event: Event,
              published: dt.date | None) -> DateValue | None:
    """The time of an event told in a timeline or live-blog entry: the last date within the
    entry that moved the narrative ("Three days later"), else the entry's heading."""
    last = None
    for m in mentions:
        if m.span.start >= event.trigger.start:
            break
        if m.span.start >= entry.start and m.value is not None and moves_narrative(doc, m):
            last = m
    if last is not None and last.value is not None:
        return replace(last.value, basis="inherited")
    if entry.heading is not None:
        return replace(entry.heading, basis="inherited")
    if published is not None:
        return DateValue(None, published, published, "day", "inherited")
    return None


def _news(current: DateMention | None, published: dt.date) -> bool:
    """The story is told around its publication day, so an undated event falls on that day."""
    if current is None or current.value is None:
        return True
    return (published - current.value.end).days <= NEWS_WINDOW


def _inside(a: DateValue, b: DateValue) -> bool:
    return b.start <= a.start and a.end <= b.end and (a.end - a.start) < (b.end - b.start)


def _since_clause(analysis: Analysis, mentions: list[DateMention],
                  event: Event) -> DateValue | None:
    """"wounded since the shelling began on May 3": from that date to publication."""
    doc, published = analysis.doc, analysis.document.published
    if doc is None or event.trigger_token is None or published is None:
        return None
    for clause in doc[event.trigger_token].children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "since"
                                             for c in clause.children):
            continue
        for m in mentions:
            if m.value is not None and m.sentence == event.sentence and \
                    _own_distance(doc, m, clause.i) is not None and m.value.start <= published:
                return DateValue(m.span.text, m.value.start, published, "range", "inherited")
    return None


# A sentence opening on a word that points back at a time just named ("Then, …", "At the
# time, …", "Back then …").
_THEN = re.compile(r"^\W*(?:then|back then|at the time|at that time|by then|at that point)\b",
                   re.I)
_BARE_THEN = re.compile(r"^\W*then\b", re.I)


def _then_time(analysis: Analysis, mentions: list[DateMention], si: int) -> DateValue | None:
    """The time a sentence opening on "Then," or "At the time," points back at (or that of the
    sentence before it, which it goes on telling): the last time told in the sentence before
    the opener, when nothing dates the sentences since."""
    for start in (si, si - 1):
        if start < 1 or not _THEN.match(analysis.sentences[start].text):
            continue
        if _BARE_THEN.match(analysis.sentences[start].text) and not _present_before(
                analysis, start):
            return None  # "Others cited the standoff of May 2023. Then they walked out": next
        if any(start <= m.sentence <= si and m.value is not None for m in mentions):
            return None
        told = [m for m in mentions if m.sentence == start - 1 and m.value is not None
                and not m.future and not m.expression.future]
        return told[-1].value if told else None
    return None


def _present_before(analysis: Analysis, si: int) -> bool:
    """Whether the sentence before `si` stands in the present ("The January 2025 offensive is
    the warning."): a bare "Then" after it can only mean the time it names, not what came next."""
    doc = analysis.doc
    if doc is None:
        return False
    before = analysis.sentences[si - 1]
    span = doc.char_span(before.start, before.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.tag_ in ("VBZ", "VBP")


def _narrative_at(doc: Any, mentions: list[DateMention], sentence: int,
                  offset: int) -> DateMention | None:
    """The last expression before `offset` that set the narrative's current time."""
    last = None
    for m in mentions:
        if m.span.start >= offset and m.sentence >= sentence:
            break
        if moves_narrative(doc, m) and not (last is not None and _wider(m.value, last.value)):
            last = m
    return last


@stages.register("time")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        date_events(analysis)

    return run
