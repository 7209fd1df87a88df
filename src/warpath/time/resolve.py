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
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from warpath.document import Analysis, DateValue, Event, Span
from warpath.pipeline import Config, Stage, stages
from warpath.time.expressions import Context, Expression, find_expressions, resolve

NARRATIVE_REACH = 3  # sentences a narrated date carries over to undated events
NEWS_WINDOW = 10  # days: a narrative this close to publication is still the news of the day

# Edges that join a dependent clause to its head: a date does not cross them to become the
# clause's own, and an undated clause inherits through only some of them.
_CLAUSE_EDGES = {"ccomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis", "conj"}
# Climbing these from an event toward a dated head keeps us in the same stretch of time.
_INHERIT_EDGES = {
    "conj", "ccomp", "xcomp", "advcl", "dobj", "obj", "nsubj", "nsubjpass", "attr", "oprd",
    "parataxis", "dep", "pcomp", "csubj", "appos", "ROOT",
}
# A subordinate clause opened by these sits at another time than its head.
_OTHER_TIME_MARKS = {"after", "before", "since", "until", "till", "once", "because"}
_MODIFIER_DEPS = {"compound", "nummod", "amod", "nmod", "poss", "quantmod"}
_FUTURE_HEADS = {"plan", "schedule", "expect", "intend", "vow", "threaten", "promise", "due",
                 "set", "slate", "poise", "go", "hope", "aim"}
_INHERITING = {"asserted", "reported", "negated"}
# Prepositions that set a noun event at another time than its clause ("in retaliation for
# the attack", "after the strike").
_BACKGROUND_PREPS = {"for", "after", "before", "since", "following", "despite", "amid",
                     "until", "over", "because"}
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


def resolve_dates(analysis: Analysis) -> list[DateMention]:
    """Every date expression of the document, resolved in reading order."""
    published = analysis.document.published
    narrative = _publication_day(published)
    out: list[DateMention] = []
    doc = analysis.doc
    datelines = dateline_spans(analysis.text)
    last: DateMention | None = None
    for si, sent in enumerate(analysis.sentences):
        for expr in find_expressions(sent.text, offset=sent.start):
            if any(a <= expr.start and expr.end <= b for a, b in datelines):
                continue  # "LUANDA, July 9 (CPA) -": when it was filed, not what happened
            root = _root_token(doc, expr.start, expr.end)
            future = _is_future(doc, root)
            value = resolve(expr, Context(published, narrative, future))
            if value is not None and last is not None and last.value is not None and \
                    _relates_back(expr) and last.sentence == si:
                # "on Monday, two weeks after leaders met": the clause that follows is
                # two weeks before Monday.
                value = _shift_back(expr, last.value)
            mention = DateMention(analysis.span(expr.start, expr.end), si, expr, value, root,
                                  future)
            out.append(mention)
            if moves_narrative(doc, mention):
                narrative = value
            last = mention
    return out


def moves_narrative(doc: Any, m: DateMention) -> bool:
    """A resolved date that sets the narrative's current time: not a look back ("in the
    previous ten days") and not a noun's modifier ("the 2006 and 2010 elections")."""
    if m.value is None or m.expression.looks_back:
        return False
    if m.expression.future or m.future:
        return False
    if doc is None or m.root is None:
        return True
    if str(doc[m.root].dep_) in _MODIFIER_DEPS:
        return False
    # A date told inside a relative or an "after ..." clause is background, and so is one
    # of what "already" or "previously" happened.
    for t in [doc[m.root], *doc[m.root].ancestors]:
        if t.dep_ in ("relcl", "acl") or _background(t):
            return False  # "the joint force agreed in 2011" modifies a noun
    if _pluperfect(doc[m.root]) or _reduced_relative(doc[m.root]):
        return False  # a flashback, or a participle on a noun the parser took for a clause
    # (Doc.text rebuilds the whole string on each access; the last token gives its length.)
    after = doc.char_span(m.span.end, doc[-1].idx + len(doc[-1]), alignment_mode="expand")
    # Directly before a noun it modifies the noun, even when the parse says otherwise.
    return not (after is not None and len(after) and after[0].pos_ in ("NOUN", "PROPN"))


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
    r"(?:,?\s+\d{4})?)?\s*(?:\([^)\n]{1,40}\)\s*)?(?:-|—|--|–)\s")


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
    return int(span.root.i)


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
    # Inside the planned act ("scheduled to meet on Monday"), not on the planning verb
    # ("threatened on Monday to retaliate").
    return head.dep_ == "xcomp" and head.head.lemma_ in _FUTURE_HEADS


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
    # A participle on the event noun is still its clause ("the strike carried out on Monday").
    if any(t.dep_ in _CLAUSE_EDGES and not (t.dep_ == "acl" and t.head.i == trigger
                                           and t.tag_ in ("VBN", "VBG", "VBD"))
           for t in path):
        return None
    return len(path)


def own_date(analysis: Analysis, mentions: list[DateMention], event: Event) -> DateMention | None:
    """The expression stated in the event's own clause, nearest to its trigger."""
    candidates = [m for m in mentions if m.sentence == event.sentence and m.value is not None]
    if not candidates:
        return None
    doc = analysis.doc
    if doc is None or event.trigger_token is None:
        inside = [m for m in candidates
                  if event.evidence.start <= m.span.start and m.span.end <= event.evidence.end]
        return min(inside, key=lambda m: abs(m.span.start - event.trigger.start), default=None)
    scored = []
    for m in candidates:
        d = _own_distance(doc, m, event.trigger_token)
        if d is not None:
            scored.append((d, abs((m.root or 0) - event.trigger_token), m))
    if not scored:
        return _when_clause(doc, candidates, event.trigger_token)
    return min(scored, key=lambda s: (s[0], s[1]))[2]


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
    dated = [m for m in mentions if m.sentence == event.sentence and m.value is not None]
    if not dated:
        return None
    tok = doc[event.trigger_token]
    for head in _climb(tok):
        for clause in (head, *[c for c in head.children if c.dep_ == "conj"]):
            if clause.i == tok.i:
                continue
            best = [(d, _length(m), m) for m in dated
                    if (d := _own_distance(doc, m, clause.i)) is not None]
            if best:
                return min(best, key=lambda b: (b[0], b[1]))[2]
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
    if tok.dep_ == "relcl":
        # "protesters, some of whom threw objects" goes on with the scene; "a strike that
        # killed ..." points back at another event.
        # "riot police who cleared the square" tells what people did there and then.
        return not any((t.lower_ in ("whom", "which") and t.head.lower_ == "of")
                       or (t.lower_ == "who" and t.head.i == tok.i) for t in tok.subtree)
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME_MARKS
                                   for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.pos_ in ("NOUN", "PROPN") and \
            tok.head.lower_ in _BACKGROUND_PREPS:
        return True
    return any(c.dep_ == "advmod" and c.lower_ in _EARLIER for c in tok.children)


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
    by_sentence: dict[int, list[DateMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for event in analysis.events:
        if event.date is not None:
            continue
        own = own_date(analysis, mentions, event)
        # What did not happen has no time but its own ("said on Thursday it would not
        # withdraw": Thursday is when it was said).
        negated = getattr(event, "status", "asserted") == "negated"
        near = None if negated else _inherit_in_sentence(analysis, mentions, event)
        if own is not None and own.value is not None:
            # "The 2019 ... attack was a rocket attack ... on 27 December 2019": a narrower
            # date of the governing clause that falls inside the event's own refines it.
            if near is not None and near.value is not None and _inside(near.value, own.value):
                event.date = replace(near.value)
            else:
                event.date = replace(own.value)
            continue
        since = _since_clause(analysis, mentions, event)
        if since is not None:
            event.date = since
            continue
        if getattr(event, "status", "asserted") not in _INHERITING:
            continue
        if near is not None and near.value is not None:
            event.date = replace(near.value, basis="inherited")
            continue
        if embedded(analysis, event) or not _narrated(analysis, event):
            continue  # told in passing, or not a happening: its time is not the narrative's
        current = _narrative_at(analysis.doc, mentions, event.sentence, event.trigger.start)
        if current is not None and event.sentence - current.sentence <= NARRATIVE_REACH:
            assert current.value is not None
            event.date = replace(current.value, basis="inherited")
        elif published is not None and _news(current, published):
            event.date = DateValue(None, published, published, "day", "inherited")


def _narrated(analysis: Analysis, event: Event) -> bool:
    """The event is a happening the narrative places in its time. Not so for what did not
    happen ("denied that its troops fired first": no time of its own), nor for a simple
    present with no date ("Rwanda denies supporting ..."), which tells a standing state.
    (A present perfect stays: news uses it for what just happened.)"""
    if getattr(event, "status", "asserted") == "negated":
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


def _narrative_at(doc: Any, mentions: list[DateMention], sentence: int,
                  offset: int) -> DateMention | None:
    """The last expression before `offset` that set the narrative's current time."""
    last = None
    for m in mentions:
        if m.span.start >= offset and m.sentence >= sentence:
            break
        if moves_narrative(doc, m):
            last = m
    return last


@stages.register("time")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        date_events(analysis)

    return run
