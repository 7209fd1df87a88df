"""Writing contract dicts as JSON, JSONL or CSV.

`json` writes one object for one document and a list for several; `jsonl` one object per
line; `csv` one row per event, with the document's metadata repeated so a spreadsheet
needs no join.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from warpath.registry import Registry

Exporter = Callable[[Iterable[dict[str, Any]], TextIO], int]
exporters: Registry[Exporter] = Registry("exporter")

CSV_COLUMNS = [
    "document_id", "title", "outlet", "published", "event_id", "type", "mode", "cameo",
    "intensity", "status", "source", "source_country", "target", "target_country",
    "date_start", "date_end", "date_granularity", "place", "place_country", "killed",
    "wounded", "attribution_kind", "attribution_source", "responds_to", "embedding",
    "nested_in", "target_inferred", "evidence",
]


@exporters.register("json")
def write_json(analyses: Iterable[dict[str, Any]], out: TextIO) -> int:
    items = list(analyses)
    payload: Any = items[0] if len(items) == 1 else items
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(items)


@exporters.register("jsonl")
def write_jsonl(analyses: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for a in analyses:
        out.write(json.dumps(a, ensure_ascii=False) + "\n")
        out.flush()  # a long batch shows its progress in the file
        n += 1
    return n


def write_rows(rows: Iterable[dict[str, Any]], columns: list[str], out: TextIO) -> int:
    """A header, then one line per row; returns the number of rows."""
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


@exporters.register("csv")
def write_csv(analyses: Iterable[dict[str, Any]], out: TextIO) -> int:
    items = list(analyses)
    write_rows((row for a in items for row in event_rows(a)), CSV_COLUMNS, out)
    return len(items)


def flat_event(e: dict[str, Any]) -> dict[str, Any]:
    """The columns every tabular export shares, from one contract or cluster event."""
    src, tgt = e.get("source") or {}, e.get("target") or {}
    date, loc = e.get("date") or {}, e.get("location") or {}
    return {
        "type": e["type"], "mode": e.get("mode"), "status": e["status"],
        "source": src.get("text"), "source_country": src.get("country"),
        "target": tgt.get("text"), "target_country": tgt.get("country"),
        "date_start": date.get("start"), "date_end": date.get("end"),
        "date_granularity": date.get("granularity"),
        "place": loc.get("name"), "place_country": loc.get("country"),
        "killed": e.get("killed"), "wounded": e.get("wounded"),
    }


def event_rows(a: dict[str, Any]) -> list[dict[str, Any]]:
    doc = a["document"]
    attributions = {x["id"]: x for x in a["attributions"]}
    rows = []
    for e in a["events"]:
        attr = attributions.get(e.get("attribution_id") or "", {})
        rows.append(flat_event(e) | {
            "document_id": doc["id"], "title": doc["title"], "outlet": doc["outlet"],
            "published": doc["published"], "event_id": e["id"], "cameo": e.get("cameo"),
            "intensity": e.get("intensity"), "attribution_kind": attr.get("kind"),
            "attribution_source": attr.get("source"),
            "responds_to": " ".join(e.get("responds_to", [])),
            "embedding": e.get("embedding"), "nested_in": e.get("nested_in"),
            "target_inferred": (e.get("target") or {}).get("inferred"),
            "evidence": e["evidence"]["text"],
        })
    return rows


def write(fmt: str, analyses: Iterable[dict[str, Any]], out: TextIO) -> int:
    return exporters.get(fmt)(analyses, out)
