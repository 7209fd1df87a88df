"""Reading and writing analyses.

Each document is written in its own transaction, keyed by its content hash, so a batch that
crashes half way resumes without duplicates or loss, and ingesting a text twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, insert, select

from warpath.export.formats import flat_event
from warpath.store import schema
from warpath.store.migrations import migrate

DEFAULT_DB = "warpath.db"


def resolve_url(url: str | None = None) -> str:
    """`--db` value, `$WARPATH_DB`, or ./warpath.db; a bare path means a SQLite file."""
    url = url or os.environ.get("WARPATH_DB") or DEFAULT_DB
    return url if "://" in url else f"sqlite:///{url}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()


class Store:
    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        self.engine: Engine = create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        migrate(self.engine)

    def has(self, document_id: str) -> bool:
        with self.engine.connect() as conn:
            q = select(schema.documents.c.id).where(schema.documents.c.id == document_id)
            return conn.execute(q).first() is not None

    def ids(self) -> frozenset[str]:
        with self.engine.connect() as conn:
            return frozenset(r[0] for r in conn.execute(select(schema.documents.c.id)))

    def save(self, analysis: dict[str, Any], replace: bool = False) -> bool:
        """Store one contract dict; False when the document was already there."""
        doc = analysis["document"]
        with self.engine.begin() as conn:
            exists = conn.execute(
                select(schema.documents.c.id).where(schema.documents.c.id == doc["id"])
            ).first()
            if exists and not replace:
                return False
            if exists:
                for table in (schema.sentences, schema.mentions, schema.actors, schema.events,
                              schema.attributions, schema.checks, schema.documents):
                    key = table.c.id if table is schema.documents else table.c.document_id
                    conn.execute(delete(table).where(key == doc["id"]))
            for table, rows in _rows(analysis):
                if rows:
                    conn.execute(insert(table), rows)
        return True

    def analyses(self) -> Iterator[dict[str, Any]]:
        """Every stored analysis as its contract dict, in ingestion order."""
        q = select(schema.documents.c.analysis).order_by(
            schema.documents.c.ingested_at, schema.documents.c.id)
        with self.engine.connect() as conn:
            for (raw,) in conn.execute(q):
                yield json.loads(raw)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (schema.documents, schema.actors, schema.events, schema.attributions,
                          schema.checks)
            }


def _rows(a: dict[str, Any]) -> list[tuple[Any, list[dict[str, Any]]]]:
    doc = a["document"]
    did = doc["id"]
    now = dt.datetime.now(dt.UTC).isoformat()
    documents = [{
        "id": did, "url": doc.get("url"), "origin": doc.get("origin"), "title": doc["title"],
        "author": doc["author"], "published": doc["published"], "outlet": doc["outlet"],
        "original_source": doc["original_source"], "language": doc["language"],
        "text": doc["text"], "analysis": json.dumps(a, ensure_ascii=False), "ingested_at": now,
    }]
    sentences = [
        {"document_id": did, "idx": i, "start": s["start"], "end": s["end"], "text": s["text"]}
        for i, s in enumerate(a.get("sentences", []))
    ]
    actors = [
        {"document_id": did, "id": x["id"], "name": x["name"], "kind": x["kind"],
         "country": x["country"], "sector": x.get("sector"), "role": x.get("role")}
        for x in a["actors"]
    ]
    mentions = {
        (x["id"], m["start"]): {"document_id": did, "actor_id": x["id"], "start": m["start"],
                                "end": m["end"], "text": m["text"]}
        for x in a["actors"] for m in x["mentions"]
    }
    events = [_event_row(did, e) for e in a["events"]]
    attributions = [
        {"document_id": did, "id": x["id"], "kind": x["kind"], "source": x["source"],
         "cue": x["cue"], "start": x["span"]["start"], "end": x["span"]["end"],
         "text": x["span"]["text"]}
        for x in a["attributions"]
    ]
    checks = [
        {"document_id": did, "idx": i, "kind": c["kind"], "severity": c["severity"],
         "message": c["message"], "event_ids": json.dumps(c["event_ids"])}
        for i, c in enumerate(a["checks"])
    ]
    return [
        (schema.documents, documents), (schema.sentences, sentences),
        (schema.actors, actors), (schema.mentions, list(mentions.values())),
        (schema.events, events), (schema.attributions, attributions), (schema.checks, checks),
    ]


def _event_row(did: str, e: dict[str, Any]) -> dict[str, Any]:
    loc = e.get("location") or {}
    return flat_event(e) | {
        "document_id": did, "id": e["id"], "cameo": e.get("cameo"),
        "intensity": e.get("intensity"),
        "source_actor": (e.get("source") or {}).get("actor_id"),
        "target_actor": (e.get("target") or {}).get("actor_id"),
        "lat": loc.get("lat"), "lon": loc.get("lon"),
        "evidence_start": e["evidence"]["start"], "evidence_end": e["evidence"]["end"],
        "evidence": e["evidence"]["text"], "attribution_id": e.get("attribution_id"),
        "responds_to": json.dumps(e.get("responds_to", [])),
    }
