"""Tables of the store, in SQLAlchemy Core so SQLite and PostgreSQL share one definition.

Rows are flat and keyed by document id, so datasette and DuckDB can read the SQLite file
directly; `documents.analysis` keeps the whole contract JSON for lossless export.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", String(32), primary_key=True),
    Column("url", Text), Column("origin", Text), Column("title", Text), Column("author", Text),
    Column("published", String(10)), Column("outlet", Text), Column("original_source", Text),
    Column("language", String(16)), Column("text", Text, nullable=False),
    Column("analysis", Text, nullable=False),  # the contract JSON
    Column("ingested_at", String(32), nullable=False),
)

sentences = Table(
    "sentences", metadata,
    Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"),
           primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

actors = Table(
    "actors", metadata,
    Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"),
           primary_key=True),
    Column("id", String(128), primary_key=True),
    Column("name", Text, nullable=False), Column("kind", String(16)),
    Column("country", String(3)), Column("sector", String(16)), Column("role", Text),
)

mentions = Table(
    "mentions", metadata,
    Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"),
           primary_key=True),
    Column("actor_id", String(128), primary_key=True),
    Column("start", Integer, primary_key=True), Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
)

events = Table(
    "events", metadata,
    Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"),
           primary_key=True),
    Column("id", String(64), primary_key=True),
    Column("type", String(16), nullable=False), Column("mode", String(32)),
    Column("cameo", String(8)), Column("intensity", Float), Column("status", String(16)),
    Column("source", Text), Column("source_actor", String(128)),
    Column("source_country", String(3)),
    Column("target", Text), Column("target_actor", String(128)),
    Column("target_country", String(3)),
    Column("date_start", String(10)), Column("date_end", String(10)),
    Column("date_granularity", String(8)),
    Column("place", Text), Column("place_country", String(3)),
    Column("lat", Float), Column("lon", Float),
    Column("killed", Integer), Column("wounded", Integer),
    Column("evidence_start", Integer), Column("evidence_end", Integer),
    Column("evidence", Text), Column("attribution_id", String(64)),
    Column("responds_to", Text),  # JSON list of event ids
)

attributions = Table(
    "attributions", metadata,
    Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"),
           primary_key=True),
    Column("id", String(64), primary_key=True),
    Column("kind", String(16), nullable=False), Column("source", Text), Column("cue", Text),
    Column("start", Integer), Column("end", Integer), Column("text", Text),
)

checks = Table(
    "checks", metadata,
    Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"),
           primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("kind", String(32), nullable=False), Column("severity", String(8)),
    Column("message", Text), Column("event_ids", Text),  # JSON list
)

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("applied_at", String(32), nullable=False),
)
