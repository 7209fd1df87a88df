"""`warpath eval plover-gsr`: PLOVER's gold sentences from the CAMEO manual.

Each record is one sentence with a gold PLOVER type (0.5b1 names, mapped to today's 16) and
source/target actors with country codes. Each sentence goes through the pipeline alone, without
a publication date. Figures: share of records whose gold type is among the predicted types,
macro-F1 over types (one predicted type per record: the event of the gold type if any, else the
first event), source and target country on the type-matched event, and events per sentence
(flooding: a pipeline that emits every verb would find every type). False positives are
predicted events whose type is not the record's gold type, as a share of all predictions and,
separately, of those the output states as fact (status asserted or reported).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from warpath.document import EVENT_TYPES, Document
from warpath.eval.records import predict_sentences
from warpath.eval.report import Report, macro_f1

OLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}
# Codes in the file that are not ISO 3166-1 alpha-3 for the country meant.
CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
# Statuses under which the output says an event happened.
FACTUAL = ("asserted", "reported")
FACTUAL_FP = "false positives (asserted+reported events only)"
# CAMEO actor codes that name no country (international bodies, NGOs, multinational groups).
NON_STATE = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC", "UIS"})


def load(path: Path) -> list[dict[str, Any]]:
    """The event records (the documenting first record dropped), types mapped to PLOVER 16."""
    records = []
    for r in json.loads(path.read_text(encoding="utf-8")):
        if r.get("event") == "DOCUMENT" or not r.get("text"):
            continue
        r = dict(r, event=OLD_TYPES.get(r["event"], r["event"]))
        records.append(r)
    return records


def countries(actors: Any) -> set[str]:
    """Country codes of a gold source/target field (a list of actors, or junk strings)."""
    if not isinstance(actors, list):
        return set()
    out: set[str] = set()
    for a in actors:
        code = str(a.get("code") or "") if isinstance(a, dict) else ""
        if code and len(code) == 3 and code not in NON_STATE and code.isalpha():
            out.add(CODE_FIXES.get(code, code))
    return out


def score(records: list[dict[str, Any]], predictions: list[dict[str, Any]],
          report: Report) -> Report:
    found = report.ratio("gold type found")
    pairs: list[tuple[str, str | None]] = []
    for side in ("source", "target"):
        report.ratio(f"{side} country")
        report.ratio(f"{side} country (type found)")
    fp = report.ratio("false positives (share of predictions)")
    fp_factual = report.ratio(FACTUAL_FP)
    n_events = 0
    for r, rec in zip(records, predictions, strict=True):
        events = rec.get("events", [])
        n_events += len(events)
        gold = r["event"]
        same = [e for e in events if e.get("type") == gold]
        found.add(bool(same))
        for e in events:
            fp.add(e.get("type") != gold)
            if e.get("status", "asserted") in FACTUAL:
                fp_factual.add(e.get("type") != gold)
        best = same[0] if same else (events[0] if events else None)
        pairs.append((gold, best.get("type") if best else None))
        if not same:
            report.errors.append(f"{r['id']}: gold {gold}, predicted "
                                 f"{[e.get('type') for e in events]}: {r['text']}")
        for side in ("source", "target"):
            want = countries(r.get(side))
            if not want:
                continue
            ok = bool(same) and ((same[0].get(side) or {}).get("country") in want)
            report.ratio(f"{side} country").add(ok)
            if same:
                report.ratio(f"{side} country (type found)").add(ok)
    report.figures["macro-F1 over types"] = _round(macro_f1(pairs, EVENT_TYPES))
    report.figures["events per gold sentence"] = round(n_events / max(len(records), 1), 3)
    report.figures["records"] = len(records)
    report.details["confusion"] = _confusion(pairs)
    report.rows = _per_type(pairs, records, predictions)
    return report


def _per_type(pairs: list[tuple[str, str | None]], records: list[dict[str, Any]],
              predictions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for label in EVENT_TYPES:
        n = sum(1 for g, _ in pairs if g == label)
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        found = sum(1 for r, rec in zip(records, predictions, strict=True)
                    if r["event"] == label
                    and any(e.get("type") == label for e in rec.get("events", [])))
        if n or fp:
            rows.append({"type": label, "gold": n, "found": found / n if n else None,
                         "precision": tp / (tp + fp) if tp + fp else None,
                         "recall": tp / n if n else None})
    return rows


def run(path: Path, *, pipeline: Any = None, limit: int | None = None,
        progress: bool = True) -> Report:
    records = load(path)[:limit]
    if pipeline is None:
        from warpath.pipeline import Pipeline

        pipeline = Pipeline()
    report = Report(f"warpath eval plover-gsr {path.name}")
    docs = (Document(text=r["text"], origin=r["id"]) for r in records)
    preds, errors = predict_sentences(pipeline, docs, len(records), report, progress)
    score(records, preds, report)
    report.figures["pipeline errors"] = errors
    report.notes.append("old PLOVER 0.5b1 types mapped: DEMAND->REQUEST, DISAPPROVE->ACCUSE, "
                        "INVESTIGATE->ACCUSE, FIGHT->ASSAULT")
    report.notes.append("country figures count records with a gold country code; a record "
                        "whose gold type is not predicted counts as wrong")
    return report


def _round(x: float | None) -> float:
    return round(x, 3) if x is not None else 0.0


def _confusion(pairs: list[tuple[str, str | None]]) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for g, p in pairs:
        row = table.setdefault(g, {})
        row[p or "NONE"] = row.get(p or "NONE", 0) + 1
    return table
