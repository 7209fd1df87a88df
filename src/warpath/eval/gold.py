"""Score whole articles against gold files in the format of ../shared/corpus/gold.

Each gold event is matched to at most one predicted event (see `match`); matched pairs are then
compared field by field, each figure counting only the events whose gold states that field.
Per-document tallies are `Ratio`s, so corpus figures are micro-averages over events.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warpath.eval.match import find_quote, match_events, overlaps
from warpath.eval.records import Prediction
from warpath.eval.report import Ratio, Report

GUARDED = ("hypothetical", "planned", "negated")
# Check kinds that are all about an event's date contradicting something.
DATE_CHECKS = frozenset({"chronology", "date-conflict", "date"})

FIGURES = (
    "core event recall", "event recall (all)", "type exact (matched)", "source country",
    "target country", "status", "must_not_be violations",
    "violations on the hedged act's own words", "date inside stated (+-1 day)",
    "no date invented (stated null)",
    "place country", "killed", "wounded", "event attribution kind", "response links",
    "attribution cues found", "attribution cue kind", "checks expected found", "document title",
    "document published", "document outlet", "document body", "actors found", "actor country",
)


@dataclass
class DocScore:
    name: str
    tallies: dict[str, Ratio] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    unexpected_checks: int = 0
    predicted_events: int = 0

    def add(self, figure: str, hit: bool) -> None:
        self.tallies.setdefault(figure, Ratio()).add(hit)

    def miss(self, what: str) -> None:
        self.errors.append(f"{self.name}: {what}")


def score_document(name: str, gold: dict[str, Any], pred: Prediction) -> DocScore:
    score = DocScore(name)
    rec = pred.record
    text = rec["document"]["text"]
    events = rec.get("events", [])
    score.predicted_events = len(events)
    if pred.error:
        score.miss(f"pipeline error: {pred.error}")
    gold_events = gold.get("events", [])
    matches, missing = match_events(gold_events, events, text, pred.sentences)
    for gi in missing:
        score.miss(f"gold quote not in text: {gold_events[gi].get('id')}")
    by_gold = {m.gold: events[m.pred] for m in matches}
    attr_kind = {a["id"]: a.get("kind") for a in rec.get("attributions", [])}

    for gi, g in enumerate(gold_events):
        p = by_gold.get(gi)
        gid = g.get("id", gi)
        score.add("event recall (all)", p is not None)
        if g.get("core"):
            score.add("core event recall", p is not None)
            if p is None:
                score.miss(f"missed core event {gid} ({g.get('type')}): {g.get('quote')!r}")
        if p is None:
            continue
        _compare_event(score, gid, g, p, attr_kind)
        if g.get("must_not_be") or g.get("status") in GUARDED:
            # the violation told apart: the asserted event stands on the hedged act's own
            # words (its trigger inside the gold quote), or it is another act of the sentence
            # paired with a hedged act that was not found at all
            q = find_quote(text, g.get("quote") or "")
            trig = p.get("trigger") or {}
            own = q is not None and isinstance(trig.get("start"), int) and \
                q[0] <= trig["start"] and trig["end"] <= q[1]
            forbidden = g.get("must_not_be") or "asserted"
            score.add("violations on the hedged act's own words",
                      own and p.get("status") == forbidden)

    _score_responses(score, gold_events, by_gold)
    _score_attributions(score, gold, rec, text)
    _score_checks(score, gold, rec, {g.get("id"): by_gold.get(i) for i, g in
                                     enumerate(gold_events)})
    _score_document(score, gold.get("document", {}), rec["document"])
    _score_actors(score, gold.get("actors_expected", []), rec, text)
    return score


def _compare_event(score: DocScore, gid: Any, g: dict[str, Any], p: dict[str, Any],
                   attr_kind: dict[str, Any]) -> None:
    def check(figure: str, ok: bool, gold_value: Any, got: Any) -> None:
        score.add(figure, ok)
        if not ok:
            score.miss(f"{gid}: {figure}: gold {gold_value!r}, predicted {got!r}")

    check("type exact (matched)", p.get("type") == g.get("type"), g.get("type"), p.get("type"))
    for side in ("source", "target"):
        if g.get(side):
            got = (p.get(side) or {}).get("country")
            want = g[side]
            # {"any_of": [...]}: the text leaves the side open among these (null included)
            ok = got in want["any_of"] if isinstance(want, dict) else got == want
            check(f"{side} country", ok, want, got)
    check("status", p.get("status") == g.get("status"), g.get("status"), p.get("status"))
    forbidden = g.get("must_not_be") or ("asserted" if g.get("status") in GUARDED else None)
    if forbidden:
        bad = p.get("status") == forbidden
        score.tallies.setdefault("must_not_be violations", Ratio()).add(bad)
        if bad:
            score.miss(f"VIOLATION {gid}: gold {g.get('status')}, output as {forbidden}")
    stated = g.get("stated")
    got = p.get("date")
    if stated:
        check("date inside stated (+-1 day)", date_inside(got, stated), stated,
              got and {"start": got.get("start"), "end": got.get("end")})
    elif "stated" in g and (g.get("status") in GUARDED or not g.get("real")):
        # The text gives no interval: a dated prediction is a date the text does not support.
        # (Gold may know the real date; those events are left out, a narrative may imply it.)
        check("no date invented (stated null)", not got, None, got and got.get("start"))
    loc = g.get("location") or {}
    allowed = loc.get("country_any_of") or ([loc["country"]] if loc.get("country") else [])
    if allowed:
        got = (p.get("location") or {}).get("country")
        check("place country", got in allowed, allowed, got)
    for count in ("killed", "wounded"):
        if g.get(count) is not None:
            check(count, p.get(count) == g[count], g[count], p.get(count))
    if g.get("attribution"):
        got = attr_kind.get(str(p.get("attribution_id"))) or "author"
        check("event attribution kind", got == g["attribution"], g["attribution"], got)


def _score_responses(score: DocScore, gold_events: list[dict[str, Any]],
                     by_gold: dict[int, dict[str, Any]]) -> None:
    """Gold `responds_to` (an optional field, an event id): scored where both ends matched."""
    index = {g.get("id"): i for i, g in enumerate(gold_events)}
    for gi, g in enumerate(gold_events):
        answered = g.get("responds_to")
        p, q = by_gold.get(gi), by_gold.get(index.get(answered, -1))
        if not answered or p is None or q is None:
            continue
        ok = q.get("id") in (p.get("responds_to") or [])
        score.add("response links", ok)
        if not ok:
            score.miss(f"{g.get('id')}: not linked as a response to {answered}")


def date_inside(pred: dict[str, Any] | None, stated: dict[str, Any], slack_days: int = 1) -> bool:
    """The predicted interval lies inside the stated one, widened by `slack_days` each side."""
    if not pred or not pred.get("start") or not pred.get("end"):
        return False
    try:
        ps, pe = _day(pred["start"]), _day(pred["end"])
        gs, ge = _day(stated["start"]), _day(stated["end"])
    except (KeyError, TypeError, ValueError):
        return False
    slack = dt.timedelta(days=slack_days)
    return gs - slack <= ps and pe <= ge + slack


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _score_attributions(score: DocScore, gold: dict[str, Any], rec: dict[str, Any],
                        text: str) -> None:
    preds = [a for a in rec.get("attributions", []) if isinstance(a.get("span"), dict)]
    for ga in gold.get("attributions", []):
        q = find_quote(text, ga.get("quote", ""))
        if q is None:
            score.miss(f"attribution quote not in text: {ga.get('quote')!r}")
            continue
        hits = [a for a in preds if overlaps((a["span"]["start"], a["span"]["end"]), q)]
        score.add("attribution cues found", bool(hits))
        if not hits:
            score.miss(f"attribution cue not found ({ga.get('kind')}): {ga.get('quote')!r}")
            continue
        ok = any(a.get("kind") == ga.get("kind") for a in hits)
        score.add("attribution cue kind", ok)
        if not ok:
            score.miss(f"attribution {ga.get('quote')!r}: gold {ga.get('kind')}, "
                       f"predicted {sorted({str(a.get('kind')) for a in hits})}")


def _check_family(kind: str | None) -> str:
    return "date" if kind in DATE_CHECKS else str(kind)


def _score_checks(score: DocScore, gold: dict[str, Any], rec: dict[str, Any],
                  pred_for: dict[Any, dict[str, Any] | None]) -> None:
    checks = rec.get("checks", [])
    used: set[int] = set()
    for gc in gold.get("checks_expected", []):
        matched = pred_for.get(gc.get("about"))
        found = None
        for i, c in enumerate(checks):
            if i in used or _check_family(c.get("kind")) != _check_family(gc.get("kind")):
                continue
            ids = c.get("event_ids") or []
            if gc.get("about") is None or not ids or (matched and matched.get("id") in ids):
                found = i
                break
        score.add("checks expected found", found is not None)
        if found is None:
            score.miss(f"expected check not raised: {gc.get('kind')} about {gc.get('about')}")
        else:
            used.add(found)
    unexpected = [c for i, c in enumerate(checks)
                  if i not in used and _check_family(c.get("kind")) == "date"]
    score.unexpected_checks = len(unexpected)
    for c in unexpected:
        score.miss(f"unexpected check: {c.get('kind')}: {c.get('message') or c.get('detail')}")


def _score_document(score: DocScore, want: dict[str, Any], got: dict[str, Any]) -> None:
    if "title_contains" in want:
        ok = want["title_contains"] in (got.get("title") or "")
        score.add("document title", ok)
        if not ok:
            score.miss(f"title {got.get('title')!r} lacks {want['title_contains']!r}")
    if "published_any_of" in want:
        allowed = want["published_any_of"]
        ok = got.get("published") in allowed if allowed else got.get("published") is None
        score.add("document published", ok)
        if not ok:
            score.miss(f"published {got.get('published')!r}, gold {allowed}")
    if want.get("outlet_any_of"):
        outlet = (got.get("outlet") or "").casefold()
        score.add("document outlet", any(o.casefold() in outlet for o in want["outlet_any_of"]))
    for quote in want.get("body_must_contain", []):
        ok = find_quote(got.get("text") or "", quote) is not None
        score.add("document body", ok)
        if not ok:
            score.miss(f"body lost {quote!r}")


def _score_actors(score: DocScore, expected: list[dict[str, Any]], rec: dict[str, Any],
                  text: str) -> None:
    actors = rec.get("actors", [])
    for want in expected:
        forms = want.get("mentions_any_of") or [want.get("name", "")]
        keys = {f.casefold() for f in forms}
        spots = [q for f in forms if (q := find_quote(text, f))]
        found = None
        for a in actors:
            for m in a.get("mentions", []):
                if (m.get("text") or "").casefold() in keys or any(
                    overlaps((m["start"], m["end"]), s) for s in spots
                ):
                    found = a
                    break
            if found:
                break
        score.add("actors found", found is not None)
        if found is None:
            score.miss(f"actor not found: {want.get('name')}")
        elif want.get("country"):
            ok = found.get("country") == want["country"]
            score.add("actor country", ok)
            if not ok:
                score.miss(f"actor {want.get('name')}: country {found.get('country')!r}, "
                           f"gold {want['country']}")


def gold_pairs(gold_dir: Path, texts_dir: Path | None = None) -> list[tuple[Path, Path]]:
    """(gold file, text file) pairs; texts default to `gold_dir/../text/<stem>.txt`."""
    texts = texts_dir or gold_dir / ".." / "text"
    return [(g, texts / f"{g.stem}.txt") for g in sorted(gold_dir.glob("*.json"))]


def run(gold_dir: Path, texts_dir: Path | None = None, *, pipeline: Any = None,
        limit: int | None = None, progress: bool = True,
        wrap: Callable[[Iterable[Any]], Iterable[Any]] | None = None) -> Report:
    from warpath.eval.records import predict, read_document

    pairs = gold_pairs(gold_dir, texts_dir)[:limit]
    if pipeline is None:
        from warpath.pipeline import Pipeline

        pipeline = Pipeline()
    report = Report(f"warpath eval gold {gold_dir}")
    for name in FIGURES:
        report.ratio(name)
    if wrap is None:
        from tqdm import tqdm

        def wrap(items: Iterable[Any]) -> Iterable[Any]:
            return tqdm(items, total=len(pairs), desc="documents", unit="doc",
                        disable=not progress)

    scores = []
    for gold_path, text_path in wrap(pairs):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        try:
            document = read_document(text_path)
        except (OSError, ValueError) as exc:
            report.errors.append(f"{gold_path.stem}: cannot read text: {exc}")
            continue
        pred = next(predict(pipeline, [document]))
        scores.append(score_document(gold_path.stem, gold, pred))
    return summarise(report, scores)


def summarise(report: Report, scores: list[DocScore]) -> Report:
    for s in scores:
        report.merge(s.tallies)
        report.errors.extend(s.errors)
    report.figures["unexpected date checks"] = sum(s.unexpected_checks for s in scores)
    report.figures["documents"] = len(scores)
    report.figures["predicted events"] = sum(s.predicted_events for s in scores)
    report.figures["pipeline errors"] = sum(
        1 for s in scores for e in s.errors if "pipeline error" in e)
    report.notes.append("must_not_be violations: hits = guarded gold events output with the "
                        "forbidden status (target 0)")
    report.notes.append("violations on the hedged act's own words: the same, counting only an "
                        "output event whose trigger lies inside the gold quote (the rest are "
                        "hedged acts not found, paired with another act of their sentence)")
    report.details["per_document"] = {
        s.name: {k: v.value for k, v in s.tallies.items()} for s in scores}
    for s in scores:
        t = s.tallies
        report.rows.append({
            "document": s.name[:40], "events": s.predicted_events,
            "core recall": _value(t, "core event recall"),
            "type": _value(t, "type exact (matched)"),
            "status": _value(t, "status"),
            "violations": int(t["must_not_be violations"].hits)
            if "must_not_be violations" in t else 0,
            "date": _value(t, "date inside stated (+-1 day)"),
            "attribution": _value(t, "attribution cue kind"),
        })
    return report


def _value(tallies: dict[str, Ratio], name: str) -> float | None:
    r = tallies.get(name)
    return r.value if r else None
