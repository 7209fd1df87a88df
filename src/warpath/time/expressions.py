"""Finding date expressions in text and resolving them to intervals.

`find_expressions` scans text with a small grammar of regular expressions and returns
`Expression`s: what was written (year, month, day, weekday, season, part of month, an offset)
and what it is anchored to (nothing, the publication date, or the narrative's current time).
`resolve` turns one expression into a `DateValue` given a `Context`. The grammar is ours rather
than dateparser's because the hard part is the anchoring (which year, which Sunday, the day after
what), and because a partial date must keep its granularity: "in September" is a month, never
the 1st of September.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from warpath.document import DateValue, Granularity

# --------------------------------------------------------------------------- vocabulary

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}  # first month
SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "several": 3, "few": 3,
}

# Month names are matched capitalised (or in capitals) so the modal "may" and the verb "march"
# stay out; abbreviations take an optional full stop.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_PART = r"(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|" \
        r"the\s+middle\s+of|the\s+(?:first|second|third|fourth|last|final)\s+week\s+of)"
_WEEK_ORDINALS = {"first": "week1", "second": "week2", "third": "week3", "fourth": "week4",
                  "last": "weeklast", "final": "weeklast"}
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
       r"thirteen|fourteen|fifteen|twenty|thirty|several|few)"
_UNIT = r"(?:day|week|month|year|hour|minute)s?"
# A number before these nouns is a count, not a year ("2000 troops").
_COUNTED = r"(?:troops|people|soldiers|civilians|rockets|missiles|men|members|pounds|km|" \
           r"kilometers|miles|meters|feet|rounds|protesters|fighters|militiamen|dead|killed)\b"


@dataclass(frozen=True)
class Expression:
    """One date expression found in text, before resolution.

    `anchor` says what it needs: "absolute" (a calendar date, the year maybe missing),
    "publication" (today, last week, on Sunday), or "narrative" (the following day).
    """

    start: int
    end: int
    text: str
    anchor: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None  # early | mid | late | week1..week4 | weeklast (of a month, ...)
    season: str | None = None
    weekday: int | None = None
    unit: str | None = None  # day | week | month | year | weekend | night | hour
    offset: int = 0  # in units; negative is earlier
    period: bool = False  # a stretch up to the anchor ("over the past year")
    future: bool = False  # "next ..." forms
    since: bool = False  # "since X": from X up to the anchor
    rest: bool = False  # the rest of a unit after the anchor ("later this month")
    parts: tuple[Expression, ...] = ()  # a range: (first, last)

    @property
    def is_range(self) -> bool:
        return bool(self.parts)

    @property
    def looks_back(self) -> bool:
        """A stretch before its anchor, which must not move the narrative's current time."""
        return self.period or self.since or (self.anchor == "narrative" and self.offset < 0)


@dataclass(frozen=True)
class Context:
    """What an expression is resolved against."""

    published: dt.date | None = None
    narrative: DateValue | None = None  # the narrative's current time
    future: bool = False  # the clause speaks of what will happen


# --------------------------------------------------------------------------- grammar


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def _number(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else SMALL_NUMBERS[w]


def _part(words: str | None) -> str | None:
    if not words:
        return None
    w = " ".join(words.lower().split())
    if w.endswith(" week of"):  # "the first week of June"
        return _WEEK_ORDINALS[w.split()[1]]
    if w in ("early", "the beginning of", "the start of"):
        return "early"
    if w in ("mid", "the middle of"):
        return "mid"
    return "late"


def _unit(word: str) -> str:
    return word.lower().rstrip("s")


_Builder = tuple[re.Pattern[str], str]

# The day a feast of fixed date falls on, by its first and last word.
_HOLIDAYS = {("christmas", "christmas"): (12, 25), ("christmas", "day"): (12, 25),
             ("christmas", "eve"): (12, 24), ("new", "day"): (1, 1), ("new", "eve"): (12, 31),
             ("boxing", "day"): (12, 26)}

# Each pattern names its groups; `_build` reads them. Longer forms come first, and overlapping
# matches are settled leftmost-longest.
_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"),
    ("slash", r"\b(?P<m>1[0-2]|0?[1-9])/(?P<d>[0-3]?\d)/(?P<y>" + _YEAR + r")\b"),
    ("md_range", r"\b(?P<M>" + _MONTH + r")\s+(?P<d>" + _DAY + r")\s*[-–]\s*(?P<d2>" + _DAY
     + r")\b(?:,?\s+(?P<y>" + _YEAR + r")\b)?"),
    ("dm_range", r"\b(?P<d>" + _DAY + r")\s*(?:[-–]|(?i:to|and|through|until|till|or)\b)\s*(?P<d2>"
     + _DAY + r")\s+(?P<M>" + _MONTH + r")(?:,?\s+(?P<y>" + _YEAR + r")\b)?"),
    ("mdy", r"\b(?P<M>" + _MONTH + r")\s+(?P<d>" + _DAY + r")\b(?:,?\s+(?P<y>" + _YEAR
     + r")\b)?"),
    ("dmy", r"\b(?P<d>" + _DAY + r")\s+(?:of\s+)?(?P<M>" + _MONTH + r")(?:,?\s+(?P<y>"
     + _YEAR + r")\b)?"),
    # Feasts on a fixed day of the calendar ("on Christmas Day 2024", "New Year's Eve").
    ("holiday", r"\b(?P<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|"
     r"Boxing\s+Day)(?!\s+(?:Island|tree|card|truce|party|parties|market|lights|"
     r"offensive|message|address|holidays?|season|break))"
     # (a feast's name before a common noun describes it: "the Christmas shopping rush",
     # "a New Year's Day parade", not the day itself)
     r"(?!\s+(?!(?:and|or|in|on|at|of|to|as|the|this|that|last|next|morning|night|evening|"
     r"afternoon|while|when|after|before|with|by|for|but|was|is|were|had|has|itself)\b)"
     r"[a-z]+\b)(?:,?\s+(?P<y>" + _YEAR + r")\b)?"),
    ("season", r"\b(?:(?P<p>early|late|mid)[\s-]+)?(?:the\s+)?(?P<s>" + _SEASON
     + r")\s+of\s+(?P<y>" + _YEAR + r")\b"),
    ("season_rel", r"\b(?P<rel>(?i:last|this|next|this\s+past|this\s+coming))\s+(?P<s>" + _SEASON
     + r")\b"),
    ("month_rel", r"\b(?P<rel>(?i:last|this|next|this\s+past|this\s+coming))\s+(?P<M>" + _MONTH
     + r")(?!\s+\d)"),
    # "in September of last year", "March this year": that month of the year named.
    ("month_of_year", r"\b(?:(?P<p>" + _PART + r")[\s-]+)?(?P<M>" + _MONTH + r")\s+(?:of\s+)?"
     r"(?P<rel>(?i:last|this|next|the\s+previous|the\s+following|that|the\s+same))\s+(?i:year)\b"),
    ("month_year", r"\b(?:(?P<p>" + _PART + r")[\s-]+)?(?P<M>" + _MONTH + r")\s+(?:of\s+)?(?P<y>"
     + _YEAR + r")\b"),
    # A bare month needs a word before it that makes it a time ("in May", not "May said").
    ("month", r"\b(?:(?i:in|since|during|by|until|till|through|throughout|from|before|after|"
     r"between|and|or|to|of|until)\s+)?(?P<p>" + _PART + r")?[\s-]*(?P<M>" + _MONTH
     + r")\b(?!\s+\d)"),
    ("year_range", r"(?<![\d,.$])\b(?P<y>" + _YEAR + r")[-–](?P<y2>\d\d)\b(?![-–]\d)"),
    ("year", r"(?<![\d,.$#])\b(?:(?P<p>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|"
     r"the\s+start\s+of|the\s+middle\s+of)[\s-]+)?(?P<y>" + _YEAR
     + r")\b(?![-–/]\w|,\d|\.\d|\s+" + _COUNTED + r")"),
    # "on Tuesday last week", "Friday of next week": that weekday of the week named.
    ("weekday_week", r"\b(?P<W>" + _WEEKDAY + r")\s+(?:of\s+)?(?P<rel>(?i:last|this|next))\s+"
     r"(?i:week)\b"),
    ("weekday", r"\b(?:(?P<rel>(?i:last|this|next|this\s+past|this\s+coming))\s+)?(?P<W>" + _WEEKDAY
     + r")\b"),
    ("ago", r"\b(?P<n>" + _NUM + r")\s+(?P<u>" + _UNIT + r")\s+ago\b"),
    ("past", r"\b(?:over|in|during|for|within)?\s*the\s+(?:past|last)\s+(?:(?P<n>" + _NUM
     + r")\s+)?(?P<u>" + _UNIT + r")\b(?!\s+of\s+(?:" + _MONTH + r"|\d))"),
    ("recent", r"\b(?:in\s+)?recent\s+(?P<u>days|weeks|months|years)\b"),
    # "late last month", "early next year": that part of the unit.
    ("rel_unit", r"\b(?:(?P<early>earlier|later)\s+|(?P<p>early|mid|late)[\s-]+)?"
     r"(?P<rel>last|this|next|this\s+past)\s+(?P<u>week|month|year|weekend)\b"),
    # "the start of the year", "the end of this month": part of the publication's unit.
    ("part_rel", r"\b(?P<p>the\s+(?:end|beginning|start|middle)\s+of)\s+(?:the|this)\s+"
     r"(?P<u>month|year)\b"),
    ("weekend", r"\b(?:over|during)\s+the\s+weekend\b"),
    ("today", r"\b(?:earlier\s+|later\s+)?(?P<w>today|tonight|yesterday|tomorrow|overnight|"
     r"last\s+night|this\s+(?:morning|afternoon|evening))\b"),
    ("previous_n", r"\b(?:in\s+|during\s+|over\s+)?the\s+(?P<dir>previous|preceding|following|"
     r"next)\s+(?P<n>" + _NUM + r")\s+(?P<u>" + _UNIT + r")\b"),
    ("next_unit", r"\b(?:the|a)\s+(?P<dir>following|next|previous|preceding)\s+"
     r"(?P<u>day|morning|evening|night|week|month|year)\b"),
    ("unit_after", r"\bthe\s+(?P<u>day|week|month|year|night)\s+(?P<dir>after|before)\b"),
    ("same", r"\b(?:(?:that|the)\s+(?:very\s+)?same|that|later\s+that|earlier\s+that|"
     r"(?:earlier|later)\s+in\s+the)\s+(?P<u>day|night|morning|afternoon|evening|week|month|"
     r"year)\b"),
    ("n_later", r"\b(?P<n>" + _NUM + r")\s+(?P<u>" + _UNIT + r")\s+(?P<dir>later|earlier|"
     r"after|before|afterwards?)\b"),
    # "closed its airspace days later": a few days (or weeks), the number left unsaid
    ("bare_later", r"\b(?P<u>days|weeks)\s+(?P<dir>later|earlier|"
     r"afterwards?)\b"),
    # "and have fought almost daily since.": since the time just told, up to now.
    ("since_then", r"\b(?:ever\s+)?since(?:\s+then)?(?=\s*[.;:!?)]|\s*,\s*(?:and|but)\b|\s*$)"),
    ("hours", r"\b(?:hours|minutes|moments|shortly)\s+(?:after|later|afterwards?)\b"
     r"(?!\s+(?:\d|midnight|noon|dawn|dusk))"),
]
# Forms built on month or weekday names stay case-sensitive (their own lead words are marked
# (?i:...)); the rest ignore case so "The day after" matches at the start of a sentence.
_CASED = {"md_range", "dm_range", "mdy", "dmy", "month_rel", "month_year", "month", "weekday",
          "holiday",
          "month_of_year",
          "season_rel", "weekday_week"}
_COMPILED = [(name, re.compile(p, 0 if name in _CASED else re.I)) for name, p in _PATTERNS]

# A yearless date up to a week after publication is read as coming ("due to meet on July 12"
# in a July 9 story), not as last year's.
AHEAD = dt.timedelta(days=7)
FORWARD_DAYS = 240  # how far ahead a yearless date may still continue the story
# Beyond this a yearless date before the narrative's current time is rather read as the one
# nearest before publication, when that lies ahead of the narrative (the story has come up to
# the present: "opened fire on 8 October 2023 ... killed ... on 11 June" in a June 2024 piece).
FLASHBACK_DAYS = 60
_DURATION = re.compile(r"\b(?:for|lasted|lasting|took|spent)\s+(?:(?:almost|nearly|about|some|"
                       r"around|over|more\s+than|less\s+than|just|only)\s+)*$", re.I)
_NOT_DATES = re.compile(r"^(?:that|the\s+same)\s+year$")  # too loose to anchor on


# A number after these is an identifier, not a year ("Resolution 1973", "Route 2000").
_ID_NOUN = re.compile(
    r"(?:\b(?:resolution|route|highway|road|flight|unit|brigade|battalion|regiment|squadron|"
    r"division|platoon|hill|building|gate|checkpoint|article|paragraph|chapter|model|mk|room|"
    r"bus|vol)\.?|\b(?-i:N(?:o|os|r)|no|nos)\.|\b(?-i:No|Nr)|\#|№)\s*$", re.I)
# A capitalised word right before a number that may stay a year's lead: function words at the
# start of a sentence, calendar words, seasons and feasts ("In 2014", "Winter 2022").
_LEAD_WORDS = (
    "in since by of before after during from until till through throughout between and or to "
    "the a this that these those early mid late circa ca c around about until as at for on "
    "spring summer autumn fall winter christmas easter ramadan eid new year fy q1 q2 q3 q4 "
    "jan feb mar apr jun jul aug sep sept oct nov dec published updated posted over across "
    "within into toward towards against like unlike than but when while not only even still "
    "all both each every last next fiscal calendar its their his her our my your with")
_YEAR_LEADS = frozenset(_LEAD_WORDS.split())
_CALENDAR_WORDS = (
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun")
_MONTHS_LOWER = frozenset(_CALENDAR_WORDS.lower().split())
_CAP_BEFORE = re.compile(r"(?<![\w'’])([A-Z][\w’'.-]*)[ \u00a0]$")
# What a designation number is usually followed by: a word or a hyphenated variant
# ("Mirage 2000 jets", "Mirage 2000-5"); a year after a place ends a phrase ("Belarus 2020,").
_WORD_AFTER = re.compile(r"^(?:[ \u00a0]+[A-Za-z]|[-–]\w)")


def _designation(text: str, start: int, end: int) -> bool:
    """The number at text[start:end] names a thing (a model, a resolution, a road) rather
    than a year: "Mirage 2000 jets", "Resolution 1973", "Route 2000", "AK-2000"."""
    before = text[max(0, start - 20):start]
    if _ID_NOUN.search(before):
        return True
    if re.search(r"[A-Za-z][-–]$", before) and not re.search(
            r"(?i)\b(?:pre|post|mid|early|late|circa)[-–]$", before):
        return True  # hyphen-joined to letters: "Kh-2000", "MiG-2000"
    m = _CAP_BEFORE.search(before)
    if m is None:
        return False
    if m.group(1).isupper():
        return False  # an acronym's year: "the UN 2021 report", "NATO 2023 summit"
    word = m.group(1).rstrip(".").lower()
    if word in _YEAR_LEADS or word in _MONTHS_LOWER or word.endswith(("'s", "’s", "s'")):
        return False
    return bool(_WORD_AFTER.match(text[end:end + 3]))


def _x(m: re.Match[str], **fields: Any) -> Expression:
    return Expression(m.start(), m.end(), m.group(), **fields)


def _build(name: str, m: re.Match[str]) -> Expression | None:
    g = m.groupdict()
    if name in ("iso", "slash"):
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        try:
            dt.date(y, mo, d)
        except ValueError:
            return None
        return _x(m, anchor="absolute", year=y, month=mo, day=d)
    if name in ("md_range", "dm_range"):  # "June 3-4", "3–4 June 2019"
        mo, d1, d2 = _month(g["M"]), _day(g["d"]), _day(g["d2"])
        if not d1 < d2 <= calendar.monthrange(2000, mo)[1]:
            return None
        first = _x(m, anchor="absolute", year=int(g["y"]) if g.get("y") else None, month=mo,
                   day=d1)
        return _x(m, anchor="absolute", parts=(first, replace(first, day=d2)))
    if name in ("mdy", "dmy"):
        mo, d = _month(g["M"]), _day(g["d"])
        if d > calendar.monthrange(2000, mo)[1]:
            return None
        return _x(m, anchor="absolute", year=int(g["y"]) if g.get("y") else None, month=mo,
                  day=d)
    if name == "holiday":
        words = g["h"].lower().split()
        month, day = _HOLIDAYS[(words[0], words[-1])]
        return _x(m, anchor="absolute", year=int(g["y"]) if g.get("y") else None, month=month,
                  day=day)
    if name == "season":
        return _x(m, anchor="absolute", year=int(g["y"]), season=g["s"].lower(),
                          part=g.get("p"))
    if name in ("season_rel", "month_rel"):
        rel = " ".join(g["rel"].lower().split())
        offset = {"last": -1, "this past": -1, "this": 0, "next": 1, "this coming": 1}[rel]
        if name == "season_rel":
            return _x(m, anchor="publication", season=g["s"].lower(),
                              offset=offset, future=offset > 0)
        return _x(m, anchor="publication", month=_month(g["M"]), offset=offset,
                          future=offset > 0)
    if name == "month_of_year":
        rel = " ".join(g["rel"].lower().split())
        offset = {"last": -1, "the previous": -1, "this": 0, "next": 1, "the following": 1,
                  "that": 0, "the same": 0}[rel]
        # "of the previous year", "in August of that year" count from the story's time, "of
        # last year" from today
        anchor = "narrative" if rel.startswith("the") or rel == "that" else "publication"
        return _x(m, anchor=anchor, month=_month(g["M"]), unit="year", offset=offset,
                  part=_part(g.get("p")), future=offset > 0)
    if name == "month_year":
        return _x(m, anchor="absolute", year=int(g["y"]), month=_month(g["M"]),
                          part=_part(g.get("p")))
    if name == "month":
        text = m.group()
        lead = text.split()[0].lower() if text.split() else ""
        part = _part(g.get("p"))
        if part is None and lead not in (
            "in", "since", "during", "by", "until", "till", "through", "throughout", "from",
            "before", "after", "between", "and", "or", "to", "of",
        ):
            return None
        if g["M"].lower().rstrip(".") in ("may", "mar") and part is None and lead in ("and", "or",
                                                                                   "to", "of"):
            return None  # "to May", "of May" too often a name
        # The expression proper starts at the part or the month, not at the preposition.
        start = m.start("p") if g.get("p") else m.start("M")
        return Expression(start=start, end=m.end(), text=m.string[start:m.end()],
                          anchor="absolute", month=_month(g["M"]), part=part,
                          since=lead == "since")
    if name == "year_range":
        y1 = int(g["y"])
        y2 = (y1 // 100) * 100 + int(g["y2"])
        if y2 <= y1:
            return None
        first = _x(m, anchor="absolute", year=y1)
        return _x(m, anchor="absolute", parts=(first, replace(first, year=y2)))
    if name == "year":
        if not g.get("p") and _designation(m.string, m.start(), m.end()):
            return None
        return _x(m, anchor="absolute", year=int(g["y"]), part=_part(g.get("p")))
    if name == "weekday":
        rel = " ".join((g.get("rel") or "").lower().split())
        offset = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(rel, 0)
        return _x(m, anchor="publication", weekday=WEEKDAYS[g["W"].lower()],
                          offset=offset, future=offset > 0)
    if name == "weekday_week":
        offset = {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        return _x(m, anchor="publication", weekday=WEEKDAYS[g["W"].lower()], unit="week",
                  offset=offset, future=offset > 0)
    if name == "ago":
        return _x(m, anchor="publication", unit=_unit(g["u"]),
                          offset=-_number(g["n"]))
    if name == "past":
        n = _number(g["n"]) if g.get("n") else 1
        return _x(m, anchor="publication", unit=_unit(g["u"]), offset=-n,
                          period=True)
    if name == "recent":
        u = _unit(g["u"])
        n = {"day": 7, "week": 4, "month": 6, "year": 3}[u]
        unit = "day" if u == "day" else u
        return _x(m, anchor="publication", unit=unit, offset=-n, period=True)
    if name == "rel_unit":
        rel = " ".join(g["rel"].lower().split())
        offset = {"last": -1, "this past": -1, "this": 0, "next": 1}[rel]
        unit = g["u"].lower()
        if g.get("early") and offset == 0:  # "earlier this month": from its start to now
            if g["early"].lower() == "later":  # "later this month": from now to its end
                return _x(m, anchor="publication", unit=unit, offset=0, rest=True, future=True)
            return _x(m, anchor="publication", unit=unit, offset=0, period=True)
        if g.get("p") and unit in ("month", "year"):
            return _x(m, anchor="publication", unit=unit, offset=offset,
                      part=_part(g["p"]), future=offset > 0)
        return _x(m, anchor="publication", unit=unit, offset=offset,
                          future=offset > 0)
    if name == "part_rel":
        return _x(m, anchor="publication", unit=g["u"].lower(), offset=0, part=_part(g["p"]))
    if name == "weekend":
        return _x(m, anchor="publication", unit="weekend", offset=-1)
    if name == "today":
        w = " ".join(g["w"].lower().split())
        if w in ("yesterday",):
            return _x(m, anchor="publication", unit="day", offset=-1)
        if w == "tomorrow":
            return _x(m, anchor="publication", unit="day", offset=1, future=True)
        if w in ("last night", "overnight"):
            return _x(m, anchor="publication", unit="night", offset=-1)
        return _x(m, anchor="publication", unit="day", offset=0)
    if name == "previous_n":
        n = _number(g["n"])
        sign = -1 if g["dir"].lower() in ("previous", "preceding") else 1
        return _x(m, anchor="narrative", unit=_unit(g["u"]), offset=sign * n,
                          period=True)
    if name == "next_unit":
        u = g["u"].lower()
        unit = "day" if u in ("morning", "evening", "night") else u
        sign = -1 if g["dir"].lower() in ("previous", "preceding") else 1
        return _x(m, anchor="narrative", unit=unit, offset=sign)
    if name == "unit_after":
        u = g["u"].lower()
        unit = "day" if u == "night" else u
        sign = 1 if g["dir"].lower() == "after" else -1
        return _x(m, anchor="narrative", unit=unit, offset=sign)
    if name == "same":
        if _NOT_DATES.match(m.group().lower()):
            return None
        u = g["u"].lower()
        unit = "day" if u in ("night", "morning", "afternoon", "evening") else u
        return _x(m, anchor="narrative", unit=unit, offset=0)
    if name == "n_later":
        if _DURATION.search(m.string[max(0, m.start() - 30):m.start()]):
            return None  # "drifted for two weeks before sinking": how long, not when
        sign = -1 if g["dir"].lower() in ("earlier", "before") else 1
        return _x(m, anchor="narrative", unit=_unit(g["u"]),
                          offset=sign * _number(g["n"]))
    if name == "bare_later":
        if _DURATION.search(m.string[max(0, m.start() - 30):m.start()]):
            return None
        sign = -1 if g["dir"].lower() == "earlier" else 1
        return _x(m, anchor="narrative", unit=_unit(g["u"]), offset=sign * SMALL_NUMBERS["few"])
    if name == "since_then":
        return _x(m, anchor="narrative", unit="day", offset=0, since=True)
    if name == "hours":
        return _x(m, anchor="narrative", unit="hour", offset=0)
    return None


# The joiner may be followed by the weekday of the second date ("Mon 2 Nov to Sun 8 Nov").
_RANGE_JOIN = re.compile(r"^\s*(?:through|thru|to|until|till|–|-|—|and)\s*"
                         r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+|"
                         + _WEEKDAY + r",?\s+)?$", re.I)
# A weekday written just before its calendar date ("Monday 16 November", "Thursday, 5 March").
_WEEKDAY_BEFORE = re.compile(r"^,?\s*(?:the\s+)?$")
_RANGE_OPEN = re.compile(r"(?:\bfrom|\bbetween)\s+$", re.I)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
_RANGEABLE = ("absolute",)


def _join_ranges(text: str, found: list[Expression]) -> list[Expression]:
    """Merge "from X through Y", "between X and Y", "X and Y" (both calendar forms)."""
    out: list[Expression] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            gap = text[a.end:b.start]
            lead = text[max(0, a.start - 12):a.start]
            opened = bool(_RANGE_OPEN.search(lead))
            joined = bool(_RANGE_JOIN.match(gap)) and (opened or gap.strip().lower() != "and"
                                                         or _similar(a, b))
            if (joined and a.anchor in _RANGEABLE and b.anchor in _RANGEABLE
                    and not a.parts and not b.parts):
                start = a.start
                m = _RANGE_OPEN.search(lead)
                if m:
                    start = a.start - (len(lead) - m.start())
                if b.year is None and a.year is not None and b.month is None:
                    b = replace(b, year=a.year)
                if a.month is None and b.month is not None and a.day is not None:
                    a = replace(a, month=b.month, year=a.year or b.year)  # "19-20 July"
                out.append(Expression(start=start, end=b.end, text=text[start:b.end],
                                      anchor="absolute", parts=(a, b)))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _similar(a: Expression, b: Expression) -> bool:
    """Both of the same shape, so "X and Y" reads as one stretch ("late October and early
    November", "2006 and 2010")."""
    shape_a = (a.day is None, a.month is None, a.season is None)
    shape_b = (b.day is None, b.month is None, b.season is None)
    return shape_a == shape_b


# A weekday or a month in capitals, as a digest, a log or a caption heads its entries
# ("MONDAY 13 APRIL", "12 MARCH 2026"): a month only beside a number, since "MAY" and "MARCH"
# are also words of a headline in capitals.
_CAPS_DAY = re.compile(r"\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b")
_CAPS_MONTH = re.compile(
    r"(?<=\d )(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER)\b|\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
    r"|NOVEMBER|DECEMBER)(?= \d)")


def _capitals_cased(text: str) -> str:
    """`text` with weekdays and dated months in capitals written as names (same length)."""
    text = _CAPS_DAY.sub(lambda m: m.group().capitalize(), text)
    return _CAPS_MONTH.sub(lambda m: m.group().capitalize(), text)


def find_expressions(text: str, offset: int = 0) -> list[Expression]:
    """Every date expression in `text`, in order; offsets are shifted by `offset`."""
    candidates: list[Expression] = []
    text = _capitals_cased(text)
    for name, pattern in _COMPILED:
        for m in pattern.finditer(text):
            expr = _build(name, m)
            if expr is not None and expr.text.strip():
                candidates.append(expr)
    candidates.sort(key=lambda e: (e.start, -(e.end - e.start)))
    chosen: list[Expression] = []
    for expr in candidates:
        if chosen and expr.start < chosen[-1].end:
            continue
        chosen.append(expr)
    chosen = _join_ranges(text, _weekday_dates(text, chosen))
    chosen = [_mark_since(text, e) for e in chosen]
    if offset:
        chosen = [_shift(e, offset) for e in chosen]
    return chosen


def _weekday_dates(text: str, found: list[Expression]) -> list[Expression]:
    """ "Monday 16 November": the weekday names the day the date gives, one expression (left
    alone, the weekday would be resolved on its own against publication)."""
    out: list[Expression] = []
    for e in found:
        prev = out[-1] if out else None
        if prev is not None and prev.weekday is not None and prev.anchor == "publication" and \
                prev.unit is None and prev.offset == 0 and not prev.future and \
                e.anchor == "absolute" and e.day is not None and not e.parts and \
                _WEEKDAY_BEFORE.match(text[prev.end:e.start]):
            out[-1] = replace(e, start=prev.start, text=text[prev.start:e.end],
                              weekday=prev.weekday)
            continue
        out.append(e)
    return out


def _mark_since(text: str, e: Expression) -> Expression:
    if e.since or not _SINCE.search(text[max(0, e.start - 10):e.start]):
        return e
    return replace(e, since=True)


def _shift(e: Expression, offset: int) -> Expression:
    return replace(e, start=e.start + offset, end=e.end + offset,
                   parts=tuple(_shift(p, offset) for p in e.parts))


# --------------------------------------------------------------------------- resolution


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _interval(e: Expression, year: int) -> tuple[dt.date, dt.date, Granularity]:
    """The calendar stretch of a day, month, season or year form in `year`."""
    if e.season is not None:
        first = SEASONS[e.season]
        start = dt.date(year, first, 1)
        end = month_end(*_ym(year, first + 2))
        return _narrow(start, end, e.part, "season")
    if e.month is not None and e.day is not None:
        d = dt.date(year, e.month, min(e.day, calendar.monthrange(year, e.month)[1]))
        return d, d, "day"
    if e.month is not None:
        return _narrow(dt.date(year, e.month, 1), month_end(year, e.month), e.part, "month")
    return _narrow(dt.date(year, 1, 1), dt.date(year, 12, 31), e.part, "year")


def _ym(year: int, month: int) -> tuple[int, int]:
    y, m = divmod(month - 1, 12)
    return year + y, m + 1


def _narrow(start: dt.date, end: dt.date, part: str | None,
            granularity: Granularity) -> tuple[dt.date, dt.date, Granularity]:
    """Early/mid/late: the first, middle or last third of the stretch."""
    if part is None:
        return start, end, granularity
    if part.startswith("week"):  # the n-th seven days of the stretch, or its last seven
        if part == "weeklast":
            return end - dt.timedelta(days=6), end, "range"
        week = start + dt.timedelta(weeks=int(part[4:]) - 1)
        return week, min(end, week + dt.timedelta(days=6)), "range"
    if granularity == "year":  # by months: January-April, May-August, September-December
        first = {"early": 1, "mid": 5, "late": 9}[part]
        return (dt.date(start.year, first, 1), month_end(start.year, first + 3), "range")
    days = (end - start).days + 1
    third = days // 3
    if part == "early":
        return start, start + dt.timedelta(days=third - 1), "range"
    if part == "mid":
        return start + dt.timedelta(days=third), end - dt.timedelta(days=third), "range"
    return end - dt.timedelta(days=third - 1), end, "range"


def _distance(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    if a[0] <= b[1] and b[0] <= a[1]:
        return 0
    return min(abs((a[0] - b[1]).days), abs((b[0] - a[1]).days))


def _infer_year(e: Expression, ctx: Context) -> tuple[int, str] | None:
    """The year of a form written without one, and the basis it rests on.

    Candidates are the years around the narrative's current time (or the publication year);
    a stretch after publication is ruled out unless the clause speaks of the future; among
    the rest the one nearest the narrative's current time wins, else the latest.
    """
    base = ctx.narrative.start.year if ctx.narrative else (
        ctx.published.year if ctx.published else None)
    if base is None:
        return None
    if ctx.future and ctx.published is not None and ctx.narrative is not None and \
            ctx.narrative.end < ctx.published and base < ctx.published.year:
        # What is still to come lies after publication, however far back the story has gone
        # ("as in 2023 ... The minister is due in Brasília on 9 July").
        base = ctx.published.year
        ctx = replace(ctx, narrative=None)
    options = []
    years = [base - 1, base, base + 1]
    # A weekday may tie the date to a year the narrative has left behind (after a flashback
    # to 2024, "Tuesday 10 November" in a 2026 story); in the publication's own year it is
    # only a check the writer may get wrong.
    weekday = e.weekday if ctx.published is not None and base != ctx.published.year else None
    if weekday is not None and ctx.published is not None:
        years += [y for y in (ctx.published.year - 1, ctx.published.year) if y not in years]
    for year in years:
        try:
            start, end, _ = _interval(e, year)
        except ValueError:
            continue
        if ctx.published and not ctx.future and start > ctx.published + AHEAD:
            continue
        if ctx.published and ctx.future and end < ctx.published:
            continue
        options.append((year, start, end))
    if not options:
        return None
    if weekday is not None and e.day is not None:
        # "Tuesday 10 November": the weekday written beside the date names its year.
        options = [o for o in options if o[1].weekday() == weekday] or options
    if ctx.narrative:
        span = (ctx.narrative.start, ctx.narrative.end)
        # Stories move forward: the first stretch from the narrative's current time on, when
        # it is not far off; else the one nearest before publication when that still lies
        # ahead of the narrative (the story has come up to the present); else the nearest
        # one (a flashback).
        ahead = [o for o in options if o[2] >= span[0]
                 and _distance((o[1], o[2]), span) <= FORWARD_DAYS]
        if ahead:
            return min(ahead, key=lambda o: o[1])[0], "narrative"
        back = min(options, key=lambda o: (_distance((o[1], o[2]), span), -o[0]))
        if ctx.published and not ctx.future and \
                _distance((back[1], back[2]), span) > FLASHBACK_DAYS:
            latest = max(options, key=lambda o: o[0])
            if latest[2] >= span[0]:
                return latest[0], "publication"
        return back[0], "narrative"
    year = (min if ctx.future else max)(options, key=lambda o: o[0])[0]
    return year, "publication"


def resolve(e: Expression, ctx: Context) -> DateValue | None:
    """The interval `e` denotes in context, or None when the context cannot fix it."""
    value = _resolve(e, ctx)
    if value is None:
        return None
    if e.since:
        end = ctx.published or (ctx.narrative.end if ctx.narrative else None)
        if end is not None and end >= value.start:
            return DateValue(e.text, value.start, end, "range", value.basis)
    return value


def _resolve(e: Expression, ctx: Context) -> DateValue | None:
    if e.since and ctx.published is not None and e.year is None and e.anchor == "absolute":
        # "since January" runs up to now: the January nearest before publication, whatever
        # the narrative's current time.
        ctx = replace(ctx, narrative=None, future=False)
    if e.parts:
        return _resolve_range(e, ctx)
    if e.anchor == "absolute":
        return _resolve_absolute(e, ctx)
    if e.anchor == "publication":
        if ctx.published is None:
            return None
        return _resolve_publication(e, ctx)
    return _resolve_narrative(e, ctx)


def _resolve_absolute(e: Expression, ctx: Context) -> DateValue | None:
    if e.year is not None:
        start, end, gran = _interval(e, e.year)
        return DateValue(e.text, start, end, gran, "explicit")
    inferred = _infer_year(e, replace(ctx, future=ctx.future or e.future))
    if inferred is None:
        return None
    year, basis = inferred
    start, end, gran = _interval(e, year)
    return DateValue(e.text, start, end, gran, basis)


def _resolve_range(e: Expression, ctx: Context) -> DateValue | None:
    first, last = e.parts
    if first.year is None and last.year is not None and first.month is not None:
        # "18 February to 2 March 2024": the first part takes its year from the last.
        year = last.year if (first.month, first.day or 1) <= (last.month or 12, last.day or 31) \
            else last.year - 1
        first = replace(first, year=year)
    a = _resolve(first, ctx)
    if a is None:
        return None
    # The second part is read forward from the first: "December 28 through January 4".
    b = _resolve(last, replace(ctx, narrative=a, published=None)) if last.year is None else \
        _resolve(last, ctx)
    if b is None:
        return None
    if b.end < a.start and last.year is None:
        b = _resolve(last, replace(ctx, narrative=DateValue(None, a.end, add_months(a.end, 12),
                                                            "range"), published=None))
        if b is None:
            return None
    if b.end < a.start:
        return None
    basis = "explicit" if a.basis == b.basis == "explicit" else (a.basis or b.basis)
    return DateValue(e.text, a.start, b.end, "range", basis)


def _resolve_publication(e: Expression, ctx: Context) -> DateValue | None:
    p = ctx.published
    assert p is not None
    one = dt.timedelta(days=1)
    if e.weekday is not None and e.unit == "week":  # "on Tuesday last week"
        monday = p - dt.timedelta(days=p.weekday()) + dt.timedelta(weeks=e.offset)
        d = monday + dt.timedelta(days=e.weekday)
        return DateValue(e.text, d, d, "day", "publication")
    if e.weekday is not None:
        back = (p.weekday() - e.weekday) % 7
        if e.offset < 0:
            back = back or 7
        elif e.offset > 0 or ctx.future:
            fwd = (e.weekday - p.weekday()) % 7
            if e.offset > 0:
                fwd = fwd or 7
            d = p + dt.timedelta(days=fwd)
            return DateValue(e.text, d, d, "day", "publication")
        d = p - dt.timedelta(days=back)
        return DateValue(e.text, d, d, "day", "publication")
    if e.month is not None and e.unit == "year":  # "September of last year"
        start, end, gran = _interval(replace(e, anchor="absolute", unit=None, offset=0),
                                     p.year + e.offset)
        return DateValue(e.text, start, end, gran, "publication")
    if e.season is not None or (e.month is not None and e.unit is None):
        # last November, this January, next spring
        probe = replace(e, anchor="absolute", offset=0)
        if e.offset == 0:
            start, end, gran = _interval(probe, p.year)
            return DateValue(e.text, start, end, gran, "publication")
        for year in ((p.year, p.year - 1, p.year - 2) if e.offset < 0
                     else (p.year, p.year + 1, p.year + 2)):
            start, end, gran = _interval(probe, year)
            if (e.offset < 0 and end < p and not (start <= p <= end)) or \
                    (e.offset > 0 and start > p):
                return DateValue(e.text, start, end, gran, "publication")
        return None
    unit, n = e.unit, e.offset
    if unit == "hour":  # "over the past 24 hours": today and the day before
        return DateValue(e.text, p - dt.timedelta(days=1) if n else p, p,
                         "range" if n else "day", "publication")
    if unit == "day":
        d = p + dt.timedelta(days=n)
        if e.period:
            return DateValue(e.text, d, p, "range", "publication")
        return DateValue(e.text, d, d, "day", "publication")
    if unit == "night":
        return DateValue(e.text, p - one, p, "range", "publication")
    if unit == "weekend":
        sat = p - dt.timedelta(days=(p.weekday() - 5) % 7)
        if sat == p:
            sat -= dt.timedelta(days=7)
        return DateValue(e.text, sat, sat + one, "range", "publication")
    if e.rest and unit in ("week", "month", "year"):  # "later this month": now to its end
        end = {"week": p + dt.timedelta(days=6 - p.weekday()),
               "month": month_end(p.year, p.month), "year": dt.date(p.year, 12, 31)}[unit]
        return DateValue(e.text, p, end, "range", "publication")
    if unit == "week":
        if e.period:
            return DateValue(e.text, p + dt.timedelta(weeks=n), p, "range", "publication")
        monday = p - dt.timedelta(days=p.weekday()) + dt.timedelta(weeks=n)
        if n == 0 and e.text.lower().startswith("earlier"):
            return DateValue(e.text, monday, p, "range", "publication")
        return DateValue(e.text, monday, monday + dt.timedelta(days=6), "week", "publication")
    if e.part is not None and unit in ("month", "year"):  # "the end of this month",
        # "late last month", "early next year"
        first = add_months(p.replace(day=1), n)
        whole = (first, month_end(first.year, first.month)) if unit == "month" else \
            (dt.date(p.year + n, 1, 1), dt.date(p.year + n, 12, 31))
        start, end, gran = _narrow(whole[0], whole[1], e.part, unit)  # type: ignore[arg-type]
        return DateValue(e.text, start, end, gran, "publication")
    if unit == "month":
        if e.period:
            start = add_months(p, n) if n else p.replace(day=1)
            return DateValue(e.text, start, p, "range", "publication")
        first = add_months(p.replace(day=1), n)
        return DateValue(e.text, first, month_end(first.year, first.month), "month",
                         "publication")
    if unit == "year":
        if e.period:
            start = add_months(p, 12 * n) if n else p.replace(month=1, day=1)
            return DateValue(e.text, start, p, "range", "publication")
        y = p.year + n
        return DateValue(e.text, dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "publication")
    return None


def _resolve_narrative(e: Expression, ctx: Context) -> DateValue | None:
    n = ctx.narrative
    if n is None:
        return None
    if e.month is not None and e.unit == "year":  # "in May of the previous year"
        first, last, size = _interval(replace(e, anchor="absolute", unit=None, offset=0),
                                      n.start.year + e.offset)
        return DateValue(e.text, first, last, size, "narrative")
    if e.unit == "hour":
        return DateValue(e.text, n.start, n.end, n.granularity, "narrative")
    if e.period:  # "in the previous ten days", "the following two weeks"
        step = _delta(e.unit, abs(e.offset))
        if step is None:
            return None
        if e.offset < 0:
            start = _move(n.start, e.unit, e.offset)
            return DateValue(e.text, start, n.start - dt.timedelta(days=1), "range", "narrative")
        end = _move(n.end, e.unit, e.offset)
        return DateValue(e.text, n.end + dt.timedelta(days=1), end, "range", "narrative")
    if e.offset == 0:
        return DateValue(e.text, n.start, n.end, n.granularity, "narrative")
    start, end = _move(n.start, e.unit, e.offset), _move(n.end, e.unit, e.offset)
    if n.granularity == "day":
        # Days and weeks count from a day to a day ("two weeks later"); months and years
        # give the whole month or year, not an invented day.
        gran: Granularity = "day" if e.unit in ("day", "week") else _unit_granularity(e.unit)
        if gran != "day":  # "a month later" from a day: that month, not an invented day
            return _whole(e, start, gran)
        return DateValue(e.text, start, start, "day", "narrative")
    if n.granularity == _unit_granularity(e.unit):
        return _whole(e, start, n.granularity)
    return DateValue(e.text, start, end, "range", "narrative")


def _unit_granularity(unit: str | None) -> Granularity:
    return {"week": "week", "month": "month", "year": "year"}.get(unit or "", "day")  # type: ignore[return-value]


def _whole(e: Expression, d: dt.date, gran: Granularity) -> DateValue:
    if gran == "month":
        return DateValue(e.text, d.replace(day=1), month_end(d.year, d.month), "month",
                         "narrative")
    if gran == "year":
        return DateValue(e.text, dt.date(d.year, 1, 1), dt.date(d.year, 12, 31), "year",
                         "narrative")
    if gran == "week":
        return DateValue(e.text, d, d + dt.timedelta(days=6), "week", "narrative")
    return DateValue(e.text, d, d, "day", "narrative")


def _delta(unit: str | None, n: int) -> int | None:
    return {"day": n, "week": 7 * n, "month": 30 * n, "year": 365 * n}.get(unit or "")


def _move(d: dt.date, unit: str | None, n: int) -> dt.date:
    if unit == "month":
        return add_months(d, n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    return d + dt.timedelta(days=n)


def iter_resolved(text: str, ctx: Context) -> Iterator[tuple[Expression, DateValue | None]]:
    """Resolve every expression of `text` in order, moving the narrative time as it goes."""
    for e in find_expressions(text):
        value = resolve(e, ctx)
        yield e, value
        if value is not None and not e.looks_back:
            ctx = replace(ctx, narrative=value)
