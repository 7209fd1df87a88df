"""The store keeps one row per document, whatever the number of times it is ingested."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from warpath.store import Store, resolve_url
from warpath.store.migrations import latest


def analysis(doc_id: str = "d1", killed: int | None = 1) -> dict:
    text = "Rockets hit the base. One contractor died."
    return {
        "schema_version": "1.0",
        "document": {"id": doc_id, "url": None, "title": "T", "author": None,
                     "published": "2019-12-28", "outlet": "O", "original_source": None,
                     "language": "en", "text": text},
        "sentences": [{"start": 0, "end": 21, "text": text[:21]}],
        "actors": [{"id": "usa", "name": "United States", "kind": "state", "country": "USA",
                    "sector": "GOV", "mentions": [{"start": 0, "end": 7, "text": "Rockets"}]}],
        "events": [{"id": "e1", "type": "ASSAULT", "status": "asserted", "source": None,
                    "target": {"actor_id": "usa", "text": "the base", "country": "USA"},
                    "date": {"text": None, "start": "2019-12-27", "end": "2019-12-27",
                             "granularity": "day"},
                    "location": None, "killed": killed, "wounded": None,
                    "evidence": {"start": 0, "end": 21, "text": text[:21]},
                    "attribution_id": None, "responds_to": []}],
        "attributions": [],
        "checks": [{"kind": "unsourced", "severity": "info", "message": "m",
                    "event_ids": ["e1"]}],
    }


def test_a_bare_path_means_sqlite(tmp_path: Path) -> None:
    assert resolve_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    assert resolve_url("postgresql://u@h/db") == "postgresql://u@h/db"


def test_opening_a_store_applies_every_migration(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "w.db"))
    tables = set(inspect(store.engine).get_table_names())
    assert {"documents", "sentences", "actors", "mentions", "events", "attributions",
            "checks", "schema_migrations"} <= tables
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("select max(version) from schema_migrations").scalar() \
            == latest()
    Store(str(tmp_path / "w.db"))  # reopening applies nothing twice


def test_saving_the_same_document_twice_changes_nothing(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "w.db"))
    assert store.save(analysis()) is True
    assert store.save(analysis()) is False
    assert store.counts() == {"documents": 1, "actors": 1, "events": 1, "attributions": 0,
                              "checks": 1}


def test_replace_rewrites_the_layers(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "w.db"))
    store.save(analysis(killed=1))
    store.save(analysis(killed=2), replace=True)
    [stored] = list(store.analyses())
    assert stored["events"][0]["killed"] == 2
    assert store.counts()["events"] == 1


def test_the_file_is_plain_sqlite_for_other_tools(tmp_path: Path) -> None:
    import sqlite3

    Store(str(tmp_path / "w.db")).save(analysis())
    rows = sqlite3.connect(tmp_path / "w.db").execute(
        "select type, killed, date_start from events").fetchall()
    assert rows == [("ASSAULT", 1, "2019-12-27")]


def test_postgresql_runs_the_same_code(pg_url: str) -> None:
    store = Store(pg_url)
    assert store.save(analysis("pg-1")) is True
    assert store.save(analysis("pg-1")) is False
    [stored] = [a for a in store.analyses() if a["document"]["id"] == "pg-1"]
    assert stored["events"][0]["type"] == "ASSAULT"
    assert store.counts()["events"] >= 1
