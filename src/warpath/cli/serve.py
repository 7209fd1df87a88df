"""`serve`: the local web UI and HTTP API (needs the `web` extra)."""

from __future__ import annotations

import click
import uvicorn

from warpath.web.app import create_app


@click.command()
@click.option("--db", help="Store URL or SQLite path (default: $WARPATH_DB or warpath.db).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8765, show_default=True, type=int)
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the web UI (timeline, network, escalation, evidence) and the API (/docs)."""
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
