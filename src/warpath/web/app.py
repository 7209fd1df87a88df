"""The local web UI and HTTP API over a store.

The API returns contract dicts; the page (static/index.html + app.js) draws the timeline,
actor network, escalation curve and evidence in the text from those, inserting every string
as text (never as HTML), so nothing an article says can run in the browser.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Any

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse, Response

from warpath.report.summary import summarise
from warpath.store import Store

STATIC = files("warpath.web") / "static"


def create_app(db: str | None = None) -> FastAPI:
    store = Store(db)
    app = FastAPI(title="warpath", summary="Events, actors and evidence from the store.")

    def all_analyses() -> list[dict[str, Any]]:
        return list(store.analyses())

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> str:
        return (STATIC / "index.html").read_text(encoding="utf-8")

    @app.get("/app.js", include_in_schema=False)
    def script() -> Response:
        return Response((STATIC / "app.js").read_text(encoding="utf-8"),
                        media_type="text/javascript")

    @app.get("/api/summary")
    def summary() -> dict[str, Any]:
        s = summarise(all_analyses())
        return {"documents": s.documents, "events": s.events, "actors": s.actors,
                "types": dict(s.types), "statuses": dict(s.statuses),
                "attribution_shares": s.attribution_shares(), "checks": dict(s.checks)}

    @app.get("/api/documents")
    def documents() -> list[dict[str, Any]]:
        return [{k: a["document"].get(k) for k in
                 ("id", "title", "author", "published", "outlet", "original_source", "url")}
                | {"events": len(a["events"]), "checks": len(a["checks"])}
                for a in all_analyses()]

    @app.get("/api/documents/{doc_id}")
    def document(doc_id: str) -> dict[str, Any]:
        for a in all_analyses():
            if a["document"]["id"] == doc_id:
                return a
        raise HTTPException(404, f"no document {doc_id}")

    @app.get("/api/events")
    def events(
        type: str | None = Query(None, description="PLOVER type, e.g. ASSAULT"),
        status: str | None = Query(None, description="asserted, reported, planned, ..."),
        country: str | None = Query(None, description="source or target country (ISO3)"),
    ) -> list[dict[str, Any]]:
        rows = []
        for a in all_analyses():
            for e in a["events"]:
                parties = [(e.get(k) or {}).get("country") for k in ("source", "target")]
                if (type and e["type"] != type) or (status and e["status"] != status) or (
                        country and country not in parties):
                    continue
                rows.append(e | {"document_id": a["document"]["id"],
                                 "document_title": a["document"]["title"]})
        return rows

    return app
