"""The store: SQLite by default, PostgreSQL by URL, one code path (SQLAlchemy Core)."""

from warpath.store.repository import Store, resolve_url

__all__ = ["Store", "resolve_url"]
