"""Event clusters as PLOVER records (the PLOVER manual's JSON event format), one per line.

Fields: `id`, `date`, `enddate`, `actor`, `recipient` (country codes where known, else the
words of the text), `event` (PLOVER type), `mode`, `event_loc`, `event_text` (the clearest
evidence), `size` (`dead`, `injured`), `text` (every supporting passage) and `cite_info`
(each supporting document with the attribution of its claim). warpath keeps two fields of
its own beside them: `status` and `checks` (where the documents disagree).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO


def _party(party: dict[str, Any] | None) -> str | None:
    if not party:
        return None
    return party.get("country") or party.get("text")


def record(event: dict[str, Any]) -> dict[str, Any]:
    """One PLOVER record for one event cluster."""
    date = event.get("date") or {}
    loc = event.get("location")
    evidence = event.get("evidence") or []
    texts = []
    for e in evidence:
        if e.get("text") and e["text"] not in texts:
            texts.append(e["text"])
    return {
        "id": event["id"],
        "date": date.get("start"),
        "enddate": date.get("end"),
        "actor": _party(event.get("source")),
        "recipient": _party(event.get("target")),
        "event": event.get("type"),
        "mode": event.get("mode"),
        "event_loc": ({k: loc.get(k) for k in ("name", "country", "lat", "lon")}
                      if loc else None),
        "event_text": texts[0] if texts else None,
        "size": {"dead": event.get("killed"), "injured": event.get("wounded")},
        "text": "\n".join(texts),
        "cite_info": _citations(evidence),
        "status": event.get("status"),
        "checks": [c["message"] for c in event.get("checks", [])],
    }


def _citations(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One citation per supporting document, with who it says speaks for the claim."""
    out: dict[str, dict[str, Any]] = {}
    for e in evidence:
        doc = str(e.get("document"))
        if doc not in out:
            out[doc] = {"document": doc, "title": e.get("title"), "outlet": e.get("outlet"),
                        "url": e.get("url"), "published": e.get("published"),
                        "attributions": []}
        attr = e.get("attribution")
        if attr and attr not in out[doc]["attributions"]:
            out[doc]["attributions"].append(attr)
    return list(out.values())


def records(clusters: dict[str, Any]) -> list[dict[str, Any]]:
    """Records for every event of a `warpath.corpus.clusters.cluster` result."""
    return [record(e) for e in clusters.get("events", [])]


def write_jsonl(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for e in events:
        out.write(json.dumps(record(e), ensure_ascii=False) + "\n")
        n += 1
    return n
