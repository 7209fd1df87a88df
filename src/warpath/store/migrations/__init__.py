"""Ordered schema migrations. Each module `mNNNN_name.py` has `upgrade(conn)`.

A store records the versions it has applied in `schema_migrations`; opening a store applies
the missing ones in order, each in its own transaction.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable
from types import ModuleType

from sqlalchemy import Connection, Engine, insert, inspect, select

from warpath.store.schema import schema_migrations


def _modules() -> list[tuple[int, str, ModuleType]]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            module = importlib.import_module(f"{__name__}.{info.name}")
            found.append((int(info.name[1:5]), info.name[6:], module))
    return sorted(found, key=lambda m: m[0])


def latest() -> int:
    return _modules()[-1][0]


def migrate(engine: Engine) -> list[int]:
    """Apply every migration the database lacks; returns the versions applied."""
    with engine.begin() as conn:
        if not inspect(conn).has_table("schema_migrations"):
            schema_migrations.create(conn)
        done = {row[0] for row in conn.execute(select(schema_migrations.c.version))}
    applied = []
    for version, name, module in _modules():
        if version in done:
            continue
        upgrade: Callable[[Connection], None] = module.upgrade
        with engine.begin() as conn:
            upgrade(conn)
            conn.execute(insert(schema_migrations).values(
                version=version, name=name, applied_at=dt.datetime.now(dt.UTC).isoformat()))
        applied.append(version)
    return applied
