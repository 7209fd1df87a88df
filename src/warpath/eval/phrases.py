"""`warpath eval phrases`: a phrase battery, one news sentence per line, scored class by class.

The articles of a gold set test a few hundred phrasings in context; a battery tests breadth: many
verbs, idioms and constructions for each PLOVER type, each sentence run through the pipeline
alone. Lines are JSON objects: ``text``, ``type`` (null for a sentence that uses a war-like word in
an ordinary sense and must give no event), ``source``/``target`` (ISO3 or null), ``status``,
``trigger`` (the word that carries the event) and ``class`` (the phrasing class, for reading
the misses). Figures: gold type found, status and countries on the found event, hedged events
output as fact, and false alarms on the negative lines.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from warpath.document import EVENT_TYPES, Document
from warpath.eval.records import predict_sentences
from warpath.eval.report import Ratio, Report

FACTUAL = ("asserted", "reported")


class BatteryError(ValueError):
    """A battery line that cannot be scored (bad JSON, unknown type, trigger not in text)."""


def load(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """All lines of the given JSONL files (directories: every *.jsonl inside), checked."""
    lines: list[dict[str, Any]] = []
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for f in files:
            for n, raw in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
                if raw.strip():
                    lines.append(_checked(raw, f"{f.name}:{n}"))
    return lines


def _checked(raw: str, where: str) -> dict[str, Any]:
    try:
        line = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BatteryError(f"{where}: not JSON ({exc})") from exc
    if not isinstance(line, dict) or not isinstance(line.get("text"), str):
        raise BatteryError(f"{where}: no text")
    if line.get("type") is not None and line["type"] not in EVENT_TYPES:
        raise BatteryError(f"{where}: unknown type {line['type']!r}")
    trigger = line.get("trigger")
    if line.get("type") and trigger and trigger not in line["text"]:
        raise BatteryError(f"{where}: trigger {trigger!r} not in text")
    line.setdefault("id", where)
    return line


def pick(line: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The predicted event of the gold type, preferring the one on the gold trigger."""
    same = [e for e in events if e.get("type") == line["type"]]
    trigger = (line.get("trigger") or "").lower()
    on_trigger = [e for e in same
                  if trigger and trigger in ((e.get("trigger") or {}).get("text") or "").lower()]
    # a trigger holding the gold one as whole words first: "strike" is not "air strikes",
    # "exchange" is not "exchanged" (the factual act told beside the hedged one)
    word = re.compile(rf"(?<!\w){re.escape(trigger)}(?!\w)")
    whole = [e for e in on_trigger
             if word.search(((e.get("trigger") or {}).get("text") or "").lower())]
    best = whole or on_trigger or same
    found = word.search(line.get("text", "").lower()) if trigger else None
    if not on_trigger and found is not None and len(same) > 1:
        # no trigger holds the gold one ("hold" against "round"): the event nearest to it
        best = sorted(same, key=lambda e: abs(
            int((e.get("trigger") or {}).get("start") or 0) - found.start()))
    return best[0] if best else None


def holds_trigger(line: dict[str, Any], event: dict[str, Any]) -> bool:
    """Whether the event's trigger holds the gold trigger as a whole word."""
    trigger = (line.get("trigger") or "").lower()
    text = ((event.get("trigger") or {}).get("text") or "").lower()
    return bool(trigger) and re.search(rf"(?<!\w){re.escape(trigger)}(?!\w)", text) is not None


def score(lines: list[dict[str, Any]], predictions: list[dict[str, Any]],
          report: Report) -> Report:
    found = report.ratio("gold type found")
    status = report.ratio("status (found events)")
    hedged = report.ratio("non-factual output as asserted")
    # the stricter reading: the event output as fact sits on the gold trigger itself; otherwise
    # the hedged act was not found and the scorer paired the gold with a factual act of its type
    own = report.ratio("non-factual asserted on the act's own words")
    src = report.ratio("source country (found events)")
    tgt = report.ratio("target country (found events)")
    alarms = report.ratio("false alarms on negative lines")
    per_type: dict[str, Ratio] = {}
    n_events = 0
    for line, rec in zip(lines, predictions, strict=True):
        events = rec.get("events", [])
        n_events += len(events)
        label = f"{line['id']} [{line.get('class', '')}]"
        if line.get("type") is None:
            bad = [e for e in events if e.get("status", "asserted") in FACTUAL]
            alarms.add(bool(bad))
            if bad:
                report.errors.append(f"{label}: false alarm {[e.get('type') for e in bad]}: "
                                     f"{line['text']}")
            continue
        best = pick(line, events)
        found.add(best is not None)
        per_type.setdefault(line["type"], Ratio()).add(best is not None)
        if best is None:
            report.errors.append(f"{label}: gold {line['type']}, predicted "
                                 f"{[e.get('type') for e in events]}: {line['text']}")
            continue
        got = best.get("status", "asserted")
        status.add(got == line.get("status", "asserted"))
        if line.get("status") in ("hypothetical", "planned", "negated"):
            hedged.add(got == "asserted")
            mine = holds_trigger(line, best)
            own.add(got == "asserted" and mine)
            if got == "asserted":
                where = "" if mine else " (another act of its type)"
                report.errors.append(f"{label}: {line['status']} output as asserted{where}: "
                                     f"{line['text']}")
        for side, ratio in (("source", src), ("target", tgt)):
            if line.get(side):
                ratio.add(((best.get(side) or {}).get("country")) == line[side])
    report.figures["events per sentence"] = round(n_events / max(len(lines), 1), 3)
    report.figures["lines"] = len(lines)
    report.rows = [{"type": t, "lines": int(r.total), "found": round(r.value or 0.0, 3)}
                   for t, r in sorted(per_type.items())]
    return report


def run(paths: list[Path], *, pipeline: Any = None, limit: int | None = None,
        progress: bool = True) -> Report:
    lines = load(paths)[:limit]
    if pipeline is None:
        from warpath.pipeline import Pipeline

        pipeline = Pipeline()
    report = Report("warpath eval phrases " + " ".join(p.name for p in paths))
    docs = (Document(text=line["text"], origin=str(line["id"])) for line in lines)
    preds, errors = predict_sentences(pipeline, docs, len(lines), report, progress)
    score(lines, preds, report)
    report.figures["pipeline errors"] = errors
    return report
