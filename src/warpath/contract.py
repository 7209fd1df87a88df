"""The output contract: one `Analysis` as the JSON object of analysis.schema.json.

Kept apart from the data classes so the contract can grow fields without the stages knowing.
"""

from __future__ import annotations

from typing import Any

from warpath.document import (
    Actor,
    Analysis,
    Attribution,
    Check,
    DateValue,
    Event,
    Location,
    Party,
    Span,
)

SCHEMA_VERSION = "1.0"


def span(s: Span) -> dict[str, Any]:
    return {"start": s.start, "end": s.end, "text": s.text}


def _party(p: Party | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"actor_id": p.actor_id, "text": p.text, "country": p.country, "sector": p.sector,
            "inferred": p.inferred}


def _date(d: DateValue | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {
        "text": d.text,
        "start": d.start.isoformat(),
        "end": d.end.isoformat(),
        "granularity": d.granularity,
        "basis": d.basis,
    }


def _location(loc: Location | None) -> dict[str, Any] | None:
    if loc is None:
        return None
    return {"text": loc.text, "name": loc.name, "country": loc.country, "lat": loc.lat,
            "lon": loc.lon}


def _actor(a: Actor) -> dict[str, Any]:
    return {
        "id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "sector": a.sector,
        "role": a.role, "mentions": [span(m) for m in a.mentions],
    }


def _event(e: Event) -> dict[str, Any]:
    out = _event_fields(e)
    if e.type_basis is not None:  # added fields, only on events typed by similarity
        out["confidence"] = e.confidence
        out["type_basis"] = e.type_basis
    return out


def _event_fields(e: Event) -> dict[str, Any]:
    return {
        "id": e.id, "type": e.type, "mode": e.mode, "cameo": e.cameo, "intensity": e.intensity,
        "status": e.status, "status_cue": e.status_cue,
        "source": _party(e.source), "target": _party(e.target),
        "date": _date(e.date), "location": _location(e.location),
        "killed": e.killed, "wounded": e.wounded, "arrested": e.arrested,
        "casualty_text": e.casualty_text,
        "evidence": span(e.evidence), "trigger": span(e.trigger), "sentence": e.sentence,
        "attribution_id": e.attribution_id, "responds_to": list(e.responds_to),
        "embedding": e.embedding, "nested_in": e.nested_in,
    }


def _attribution(a: Attribution) -> dict[str, Any]:
    return {"id": a.id, "kind": a.kind, "source": a.source, "cue": a.cue, "span": span(a.span)}


def _check(c: Check) -> dict[str, Any]:
    return {"kind": c.kind, "severity": c.severity, "message": c.message,
            "event_ids": list(c.event_ids)}


def to_dict(analysis: Analysis) -> dict[str, Any]:
    d = analysis.document
    return {
        "schema_version": SCHEMA_VERSION,
        "document": {
            "id": d.id, "url": d.url, "title": d.title, "author": d.author,
            "published": d.published.isoformat() if d.published else None,
            "outlet": d.outlet, "original_source": d.original_source, "language": d.language,
            "origin": d.origin, "text": d.text,
            "links": [{"start": k.start, "end": k.end, "text": k.text, "url": k.url}
                      for k in d.links],
        },
        "sentences": [span(s) for s in analysis.sentences],
        "actors": [_actor(a) for a in analysis.actors],
        "events": [_event(e) for e in analysis.events],
        "attributions": [_attribution(a) for a in analysis.attributions],
        "checks": [_check(c) for c in analysis.checks],
    }
