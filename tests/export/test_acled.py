"""ACLED-style rows: ACLED's column names, warpath's PLOVER type and mode inside them."""

from __future__ import annotations

import csv
import io
from typing import Any

from warpath.export.acled import COLUMNS, row, rows, write_csv


def cluster_event(**over: Any) -> dict[str, Any]:
    event = {
        "id": "ev-0123abcd", "type": "ASSAULT", "mode": "aerial", "status": "asserted",
        "source": {"actor_id": "aland", "text": "Aland air force", "country": "IRQ"},
        "target": {"actor_id": None, "text": "militia depot", "country": "SYR"},
        "date": {"text": "2 May", "start": "2021-05-02", "end": "2021-05-02",
                 "granularity": "day", "basis": "explicit"},
        "location": {"text": "near Homs", "name": "Homs", "country": "SYR", "lat": 34.73,
                     "lon": 36.72},
        "killed": 4, "wounded": None, "documents": ["d1", "d2"],
        "evidence": [
            {"document": "d1", "outlet": "Wire One", "text": "Jets  struck a depot near Homs."},
            {"document": "d2", "outlet": "Daily Two", "text": "A depot was bombed."},
            {"document": "d3", "outlet": "Wire One", "text": "Strike on depot."},
        ],
        "checks": [{"kind": "casualty-conflict", "severity": "warning",
                    "message": "the documents give different killed counts (d1: 4; d2: 6)",
                    "event_ids": ["ev-0123abcd"]}],
    }
    event.update(over)
    return event


def test_row_uses_acled_columns() -> None:
    r = row(cluster_event())
    assert list(r) == COLUMNS
    assert r["event_id_cnty"] == "SYR0123abcd"
    assert r["event_date"] == "2021-05-02" and r["time_precision"] == 1
    assert (r["event_type"], r["sub_event_type"]) == ("ASSAULT", "aerial")
    assert r["country"] == "Syria" and r["location"] == "Homs"
    assert (r["latitude"], r["longitude"]) == (34.73, 36.72)
    assert r["fatalities"] == 4


def test_actors_name_their_country() -> None:
    r = row(cluster_event())
    assert r["actor1"] == "Aland air force (IRQ)"


def test_sources_are_listed_once_and_notes_carry_the_disagreement() -> None:
    r = row(cluster_event())
    assert r["source"] == "Wire One; Daily Two"
    assert r["notes"].startswith("Jets struck a depot near Homs.")
    assert "different killed counts" in r["notes"]


def test_unknown_values_stay_empty() -> None:
    r = row(cluster_event(killed=None, location=None, date=None))
    assert r["fatalities"] is None and r["country"] is None
    assert r["time_precision"] is None
    assert r["event_id_cnty"].startswith("XXX")


def test_coarse_dates_get_a_coarse_precision() -> None:
    date = {"text": "May", "start": "2021-05-01", "end": "2021-05-31", "granularity": "month"}
    assert row(cluster_event(date=date))["time_precision"] == 3


def test_csv_round_trip() -> None:
    out = io.StringIO()
    assert write_csv([cluster_event(), cluster_event(id="ev-ff")], out) == 2
    read = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["event_id_cnty"] for r in read] == ["SYR0123abcd", "SYRff"]
    assert rows({"events": [cluster_event()]})[0]["event_type"] == "ASSAULT"
