"""`warpath events`: the store's documents merged into real-world events, in four formats."""

from __future__ import annotations

import json
from typing import Any, TextIO

import click

from warpath.corpus.clusters import cluster
from warpath.export import acled, plover
from warpath.export.formats import flat_event, write_rows

FORMATS = click.Choice(["json", "csv", "acled-csv", "plover-jsonl"])
CSV_COLUMNS = [
    "id", "type", "mode", "status", "source", "source_country", "target", "target_country",
    "date_start", "date_end", "date_granularity", "place", "place_country", "killed",
    "wounded", "documents", "checks", "evidence",
]


def csv_row(event: dict[str, Any]) -> dict[str, Any]:
    """One flat row per event cluster; list fields are joined so a spreadsheet reads them."""
    return {"id": event["id"]} | flat_event(event) | {
        "documents": " ".join(event["documents"]),
        "checks": " | ".join(c["message"] for c in event.get("checks", [])),
        "evidence": " | ".join(" ".join((e.get("text") or "").split())
                               for e in event.get("evidence", [])),
    }


def write_events(clusters: dict[str, Any], fmt: str, out: TextIO) -> int:
    """Write a `cluster()` result in `fmt`; returns the number of events written."""
    events = clusters["events"]
    if fmt == "json":
        json.dump(clusters, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        write_rows((csv_row(e) for e in events), CSV_COLUMNS, out)
    elif fmt == "acled-csv":
        acled.write_csv(events, out)
    elif fmt == "plover-jsonl":
        plover.write_jsonl(events, out)
    else:  # click's Choice keeps this unreachable from the command line
        raise ValueError(f"unknown format {fmt!r}")
    return len(events)


@click.command()
@click.option("--db", help="Store URL or SQLite path (default: $WARPATH_DB or warpath.db).")
@click.option("--format", "fmt", type=FORMATS, default="json", show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Output file (default: stdout).")
@click.option("--main-only", is_flag=True,
              help="Only each sentence's own news, as one-event-per-clause coders do: leave "
                   "out events nested in another (the killing inside an accusation) and "
                   "background clauses.")
def events(db: str | None, fmt: str, output: TextIO, main_only: bool) -> None:
    """Print the stored documents' events merged across documents.

    Each event lists the documents that report it, their evidence and attribution, and a
    check wherever they disagree on the date, the casualties or the perpetrator.
    """
    from warpath.store import Store

    analyses = Store(db).analyses()
    if main_only:
        analyses = (main_events(a) for a in analyses)
    write_events(cluster(analyses), fmt, output)


def main_events(analysis: dict[str, Any]) -> dict[str, Any]:
    """The analysis with only its main events (stores written before `embedding` existed
    count every event as main)."""
    kept = [e for e in analysis.get("events", []) if e.get("embedding", "main") == "main"]
    return analysis | {"events": kept}
