"""The first schema: documents and the layers the pipeline adds."""

from __future__ import annotations

from sqlalchemy import Connection

from warpath.store import schema


def upgrade(conn: Connection) -> None:
    for table in (schema.documents, schema.sentences, schema.actors, schema.mentions,
                  schema.events, schema.attributions, schema.checks):
        table.create(conn, checkfirst=True)
