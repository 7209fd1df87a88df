"""PLOVER records: the PLOVER manual's event fields, one JSON object per line."""

from __future__ import annotations

import io
import json

from tests.export.test_acled import cluster_event
from warpath.export.plover import record, records, write_jsonl

FIELDS = {"id", "date", "enddate", "actor", "recipient", "event", "mode", "event_loc",
          "event_text", "size", "text", "cite_info"}


def test_record_has_the_plover_fields() -> None:
    r = record(cluster_event())
    assert set(r) >= FIELDS
    assert (r["event"], r["mode"]) == ("ASSAULT", "aerial")
    assert (r["actor"], r["recipient"]) == ("IRQ", "SYR")
    assert (r["date"], r["enddate"]) == ("2021-05-02", "2021-05-02")
    assert r["size"] == {"dead": 4, "injured": None}
    assert r["event_loc"]["name"] == "Homs"


def test_text_keeps_every_passage_and_cites_each_document_once() -> None:
    event = cluster_event()
    event["evidence"].append({"document": "d1", "outlet": "Wire One",
                              "text": "Jets  struck a depot near Homs.",
                              "attribution": {"kind": "named", "source": "the ministry",
                                              "cue": "the ministry said"}})
    r = record(event)
    assert r["event_text"] == "Jets  struck a depot near Homs."
    assert r["text"].count("\n") == 2
    assert [c["document"] for c in r["cite_info"]] == ["d1", "d2", "d3"]
    assert r["cite_info"][0]["attributions"][0]["kind"] == "named"


def test_actor_falls_back_to_the_words_of_the_text() -> None:
    r = record(cluster_event(source={"actor_id": None, "text": "gunmen", "country": None}))
    assert r["actor"] == "gunmen"


def test_jsonl_writes_one_record_a_line() -> None:
    out = io.StringIO()
    assert write_jsonl([cluster_event(), cluster_event(id="ev-2")], out) == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["ev-0123abcd", "ev-2"]
    assert records({"events": [cluster_event()]})[0]["id"] == "ev-0123abcd"
