"""Clusters: one real-world event reported by several documents becomes one record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import shared_path
from warpath import ingest
from warpath.contract import to_dict
from warpath.corpus.clusters import cluster
from warpath.document import Document


def _event(eid: str, *, type_: str = "ASSAULT", source: str | None = "AAA",
           target: str | None = "BBB", date: str | None = "2021-05-02",
           killed: int | None = None, wounded: int | None = None,
           place: str | None = "Port Town", text: str = "",
           status: str = "asserted") -> dict[str, Any]:
    return {
        "id": eid, "type": type_, "status": status, "mode": None,
        "source": {"actor_id": None, "text": source, "country": source} if source else None,
        "target": {"actor_id": None, "text": target, "country": target} if target else None,
        "date": ({"text": date, "start": date, "end": date, "granularity": "day",
                  "basis": "explicit"} if date else None),
        "location": {"text": place, "name": place, "country": "BBB"} if place else None,
        "killed": killed, "wounded": wounded, "sentence": 0,
        "evidence": {"start": 0, "end": len(text), "text": text},
        "attribution_id": "attr0", "responds_to": [],
    }


def _analysis(doc_id: str, *events: dict[str, Any]) -> dict[str, Any]:
    return {
        "document": {"id": doc_id, "title": f"Report {doc_id}", "outlet": f"Outlet {doc_id}",
                     "url": None, "published": "2021-05-03", "author": None,
                     "original_source": None, "language": "en",
                     "text": " ".join(e["evidence"]["text"] for e in events)},
        "actors": [],
        "sentences": [{"start": 0, "end": 10, "text": e["evidence"]["text"]} for e in events],
        "events": list(events),
        "attributions": [{"id": "attr0", "kind": "author", "source": f"Outlet {doc_id}",
                          "cue": None, "span": {"start": 0, "end": 0, "text": ""}}],
        "checks": [],
    }


def test_two_reports_of_one_attack_disagreeing_on_the_dead() -> None:
    one = _analysis("d1", _event("e1", killed=3, text="Shells hit the harbour of Port Town"))
    two = _analysis("d2", _event("e4", killed=5, text="Artillery shells struck Port Town harbour"))
    out = cluster([one, two])
    assert len(out["events"]) == 1
    event = out["events"][0]
    assert event["documents"] == ["d1", "d2"]
    assert [c["kind"] for c in event["checks"]] == ["casualty-conflict"]
    assert out["checks"][0]["event_ids"] == [event["id"]]
    assert {e["document"] for e in event["evidence"]} == {"d1", "d2"}
    assert event["evidence"][0]["attribution"]["kind"] == "author"


def test_agreeing_reports_raise_no_check() -> None:
    one = _analysis("d1", _event("e1", killed=3, text="Shells hit the harbour of Port Town"))
    two = _analysis("d2", _event("e2", killed=3, text="Shells struck Port Town harbour"))
    out = cluster([one, two])
    assert len(out["events"]) == 1 and out["checks"] == []


def test_a_day_apart_is_one_event_with_a_date_conflict() -> None:
    one = _analysis("d1", _event("e1", date="2021-05-02", text="Shells hit Port Town harbour"))
    two = _analysis("d2", _event("e1", date="2021-05-01", text="Shells hit Port Town harbour"))
    out = cluster([one, two])
    assert len(out["events"]) == 1
    assert [c["kind"] for c in out["checks"]] == ["date-conflict"]


def test_attacks_days_apart_stay_apart() -> None:
    one = _analysis("d1", _event("e1", date="2021-05-02", text="Shells hit Port Town harbour"))
    two = _analysis("d2", _event("e1", date="2021-05-06", text="Shells hit Port Town harbour"))
    assert len(cluster([one, two])["events"]) == 2


def test_the_answer_is_not_the_attack() -> None:
    one = _analysis("d1", _event("e1", source="AAA", target="BBB", text="Raid on Port Town"))
    two = _analysis("d2", _event("e1", source="BBB", target="AAA", text="Raid on Port Town"))
    assert len(cluster([one, two])["events"]) == 2


def test_different_perpetrators_are_flagged() -> None:
    one = _analysis("d1", _event("e1", source="AAA", text="Rockets hit the Port Town base"))
    two = _analysis("d2", _event("e1", source="CCC", text="Rockets hit the Port Town base"))
    out = cluster([one, two])
    assert len(out["events"]) == 1
    assert [c["kind"] for c in out["checks"]] == ["perpetrator-conflict"]


def test_events_that_did_not_happen_are_left_out() -> None:
    one = _analysis("d1", _event("e1", status="hypothetical"), _event("e2", status="negated"))
    assert cluster([one])["events"] == []


@pytest.fixture(scope="module")
def corpus(pipeline: Any) -> list[dict[str, Any]]:
    texts = shared_path("corpus", "text")
    out = []
    for name in ("a08", "a14", "a16", "a17"):
        path = next(texts.glob(f"{name}-*.txt"))
        doc = next(iter(ingest.read([str(path)])))
        assert isinstance(doc, Document)
        out.append(to_dict(pipeline(doc)))
    return out


def _clusters_of(out: dict[str, Any], *doc_ids: str) -> list[dict[str, Any]]:
    return [e for e in out["events"] if set(doc_ids) <= set(e["documents"])]


def test_iran_missile_attack_reported_twice_is_one_event(corpus: list[dict[str, Any]]) -> None:
    a16, a17 = corpus[2]["document"]["id"], corpus[3]["document"]["id"]
    out = cluster(corpus)
    found = _clusters_of(out, a16, a17)
    assert len(found) == 1
    event = found[0]
    assert event["type"] == "ASSAULT"
    assert (event["source"] or {}).get("country") == "IRN"
    # one text says "early Wednesday" (8 Jan), the other "yesterday" in a story of 8 Jan
    assert "date-conflict" in [c["kind"] for c in event["checks"]]


def test_k1_rocket_attack_reported_twice_is_one_event(corpus: list[dict[str, Any]]) -> None:
    a08, a14 = corpus[0]["document"]["id"], corpus[1]["document"]["id"]
    found = _clusters_of(cluster(corpus), a08, a14)
    assert len(found) == 1
    assert found[0]["date"]["start"] == "2019-12-27"


def test_cluster_reads_what_the_store_keeps(corpus: list[dict[str, Any]],
                                            tmp_path: Path) -> None:
    from warpath.store import Store

    store = Store(str(tmp_path / "w.db"))
    for a in corpus:
        store.save(a)
    assert cluster(store.analyses()) == cluster(corpus)
