"""Calendar dates as news pages print them ("March 23, 2020", "23 March 2020", "2020-03-23").

Own patterns rather than a general date parser: header dates follow a handful of layouts, and
a parser that also reads "Tuesday" or "3 days ago" relative to today would invent dates.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
DATE = re.compile(
    r"(?<![\w-])(?:"
    + _MONTH.format(g="m1") + r"\s+(?P<d1>\d{1,2})" + _ORD + r",?\s+(?P<y1>(?:19|20)\d{2})"
    + r"|(?P<d2>\d{1,2})" + _ORD + r"\s+(?:of\s+)?" + _MONTH.format(g="m2")
    + r",?\s+(?P<y2>(?:19|20)\d{2})"
    + r"|(?P<y3>(?:19|20)\d{2})[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2})"
    + r"|(?P<d4>\d{1,2})[/.](?P<m4>\d{1,2})[/.](?P<y4>(?:19|20)\d{2})"
    + r")(?![\d-]|[^\W\dTt_])",  # an ISO date may run into its time: 2020-01-08T10:00
    re.I,
)
NOISE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:at|on|updated|published|posted)\b"
    r"|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\.?)?|\b[ap]\.?m\b\.?"
    r"|\b(?:GMT|UTC|[ECMP][SD]T|BST|CET|CEST|EET|IST|JST|AEST|Z)\b|T\d|[+-]\d{2}:?\d{2}"
    r"|[\s,|•·()\[\]–—:-]+",
    re.I,
)


def _build(y: str, m: str | int, d: str) -> dt.date | None:
    month = int(m) if isinstance(m, int) or m.isdigit() else MONTHS.get(m.lower()[:4].rstrip("."))
    if month is None:
        month = MONTHS.get(str(m).lower()[:3])
    try:
        return dt.date(int(y), int(month or 0), int(d))
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """Every calendar date in `text` as (start, end, date). Day/month order: D/M/Y for slashes."""
    found = []
    for m in DATE.finditer(text):
        g = m.groupdict()
        if g["y1"]:
            date = _build(g["y1"], g["m1"], g["d1"])
        elif g["y2"]:
            date = _build(g["y2"], g["m2"], g["d2"])
        elif g["y3"]:
            date = _build(g["y3"], g["m3"], g["d3"])
        else:
            d, mo = int(g["d4"]), int(g["m4"])
            if mo > 12 >= d:  # only "MM/DD/YYYY" can have a month field above 12
                d, mo = mo, d
            elif d <= 12 and mo <= 12 and d != mo:
                continue  # 03/04/2020 is ambiguous: better no date than a wrong one
            date = _build(g["y4"], mo, str(d))
        if date:
            found.append((m.start(), m.end(), date))
    return found


def parse_date(value: object) -> dt.date | None:
    """A date from a metadata value (date, datetime, or a string holding one date)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None:
        return None
    dates = find_dates(str(value))
    return dates[0][2] if dates else None


def date_only(text: str) -> dt.date | None:
    """The date if `text` holds one date and nothing else but times, weekdays and labels."""
    dates = find_dates(text)
    if len(dates) != 1:
        return None
    s, e, date = dates[0]
    rest = NOISE.sub("", text[:s] + " " + text[e:])
    return date if not rest.strip() else None
