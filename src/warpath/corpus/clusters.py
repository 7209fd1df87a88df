"""One real-world event, many reports: merging event mentions across documents.

Works on contract dicts (what `warpath.contract.to_dict` makes and the store keeps), so it
runs the same on fresh analyses and on a database. Each event mention that the text says
happened (asserted or reported) is a candidate; two mentions fit when they have the same type
and nothing hard speaks against them (dates more than a day apart, places in different
countries); they are scored on date, place, parties and shared words. Clusters are grown
from the best-scoring pairs, and a pair only joins two clusters if every member of one fits
every member of the other, so a chain of near dates cannot glue separate attacks together.

Each cluster keeps every supporting mention with its document, evidence and attribution, and
says where the documents disagree: on the date, the killed or wounded count, or who did it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

HAPPENED = frozenset({"asserted", "reported"})
FINE = frozenset({"day", "week"})
MERGE_AT = 2.4  # score two mentions need to be called one event (tuned on the dev corpus)
NEVER = float("-inf")
STOP = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
    "but", "that", "this", "these", "those", "it", "its", "his", "her", "their", "they", "he",
    "she", "we", "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will",
    "would", "could", "should", "may", "might", "said", "says", "say", "told", "also", "after",
    "before", "during", "over", "into", "than", "then", "there", "which", "who", "whom", "whose",
    "as", "not", "no", "more", "most", "other", "some", "such", "only", "own", "same", "so",
    "very", "about", "against", "between", "through",
})
WORD = re.compile(r"[A-Za-z][A-Za-z'-]+|\d+")


@dataclass
class Mention:
    """One event of one document, with what clustering needs to compare it."""

    doc: dict[str, Any]  # the document part of the contract
    event: dict[str, Any]
    attribution: dict[str, Any] | None
    words: frozenset[str] = field(default_factory=frozenset)  # of the evidence
    context: frozenset[str] = field(default_factory=frozenset)  # of the whole sentence

    @property
    def key(self) -> str:
        return f"{self.doc['id']}:{self.event['id']}"

    @property
    def type(self) -> str:
        return str(self.event["type"])

    def country(self, side: str) -> str | None:
        party = self.event.get(side) or {}
        return party.get("country")

    @property
    def place(self) -> dict[str, Any]:
        return self.event.get("location") or {}

    @property
    def date(self) -> tuple[dt.date, dt.date, str] | None:
        """The stated interval, or None when the date is only the publication default."""
        d = self.event.get("date")
        if not d or (d.get("basis") == "publication" and not d.get("text")):
            return None
        return dt.date.fromisoformat(d["start"]), dt.date.fromisoformat(d["end"]), \
            d.get("granularity") or "day"


def cluster(analyses: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Clusters of event mentions across analyses: `{"events": [...], "checks": [...]}`."""
    mentions = list(_mentions(analyses))
    groups = _group(mentions)
    events = [_cluster_record(g) for g in groups]
    events.sort(key=lambda c: ((c["date"] or {}).get("start") or "9999", c["id"]))
    checks = [c for e in events for c in e["checks"]]
    return {"events": events, "checks": checks}


def _mentions(analyses: Iterable[dict[str, Any]]) -> Iterable[Mention]:
    for a in analyses:
        attributions = {x["id"]: x for x in a.get("attributions", [])}
        sentences = a.get("sentences") or []
        for e in a.get("events", []):
            if e.get("status") not in HAPPENED:
                continue
            attr = attributions.get(e.get("attribution_id") or "")
            own = " ".join([(e.get("evidence") or {}).get("text", ""),
                            (e.get("location") or {}).get("name") or ""])
            i = e.get("sentence")
            around = sentences[i]["text"] if isinstance(i, int) and i < len(sentences) else own
            yield Mention(a["document"], e, attr, _content_words(own),
                          _content_words(around) | _content_words(own))


def _content_words(text: str) -> frozenset[str]:
    out = set()
    for w in WORD.findall(text.lower()):
        if w in STOP or len(w) < 3 and not w.isdigit():
            continue
        if w.endswith("'s"):
            w = w[:-2]
        out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return frozenset(out)


# --- scoring ----------------------------------------------------------------------------

def score(a: Mention, b: Mention) -> float:
    """How well two mentions fit one real event; NEVER when something rules it out."""
    if a.type != b.type:
        return NEVER
    same_doc = a.doc["id"] == b.doc["id"]
    if same_doc and (a.event["id"] in b.event.get("responds_to", [])
                     or b.event["id"] in a.event.get("responds_to", [])):
        return NEVER  # an answer is not the act it answers
    if same_doc and a.country("source") and b.country("source") \
            and a.country("source") != b.country("source"):
        return NEVER  # a text does not give one act two attackers without saying so
    s = 0.0
    da, db = a.date, b.date
    if da and db:
        gap = _gap(da, db)
        fine = da[2] in FINE and db[2] in FINE
        if fine:
            if gap > 1:
                return NEVER
            s += 2.0 if gap == 0 else 1.0  # a day apart: time zones, "yesterday", overnight
            if same_doc and gap == 0:
                s += 1.0  # the same day again in one text is most often the same act
        elif gap > 0:
            return NEVER
        else:
            s += 0.5
    ca, cb = a.place.get("country"), b.place.get("country")
    if ca and cb:
        if ca != cb:
            return NEVER
        s += 1.0
        na, nb = a.place.get("name"), b.place.get("name")
        if na and nb and na.casefold() == nb.casefold():
            s += 1.0
    for side, hit, miss in (("source", 1.0, -1.5), ("target", 0.5, -0.5)):
        x, y = a.country(side), b.country(side)
        if x and y:
            s += hit if x == y else miss
    if a.country("source") and a.country("source") == b.country("target") \
            and a.country("target") == b.country("source"):
        return NEVER  # the same act in the other direction is another event
    s += 1.5 * _overlap(a.words, b.words) + 2.0 * _overlap(a.context, b.context)
    for k in ("killed", "wounded"):
        x, y = a.event.get(k), b.event.get(k)
        if x is not None and y is not None and x == y and x > 0:
            s += 0.5
    if not (da and db):  # an undated mention needs more to go on, more so across texts
        s -= 0.6 if same_doc else 1.6
    return s


def _overlap(x: frozenset[str], y: frozenset[str]) -> float:
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def _gap(a: tuple[dt.date, dt.date, str], b: tuple[dt.date, dt.date, str]) -> int:
    """Days between two intervals (0 when they overlap)."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def _candidates(mentions: list[Mention]) -> Iterable[tuple[int, int]]:
    """Pairs worth scoring, without comparing every mention with every other: dated
    mentions of a type meet those whose dates come within a day; undated ones meet the
    mentions of their own document and those with the same two parties."""
    by_type: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        by_type.setdefault(m.type, []).append(i)
    day = dt.timedelta(days=1)
    for idx in by_type.values():
        dated = sorted((i for i in idx if mentions[i].date),
                       key=lambda i: mentions[i].date[0])  # type: ignore[index]
        for x, i in enumerate(dated):
            end = mentions[i].date[1]  # type: ignore[index]
            for j in dated[x + 1:]:
                if mentions[j].date[0] > end + day:  # type: ignore[index]
                    break
                yield (i, j) if i < j else (j, i)
        undated = [i for i in idx if not mentions[i].date]
        for i in undated:
            m = mentions[i]
            parties = (m.country("source"), m.country("target"))
            for j in idx:
                if j == i or (mentions[j].date is None and j < i):
                    continue
                n = mentions[j]
                if n.doc["id"] == m.doc["id"] or (
                        all(parties) and parties == (n.country("source"), n.country("target"))):
                    yield (i, j) if i < j else (j, i)


def _group(mentions: list[Mention]) -> list[list[Mention]]:
    pairs: list[tuple[float, int, int]] = []
    for i, j in _candidates(mentions):
        s = score(mentions[i], mentions[j])
        if s >= MERGE_AT:
            pairs.append((s, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    owner = list(range(len(mentions)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(mentions))}
    for _, i, j in pairs:
        ci, cj = owner[i], owner[j]
        if ci == cj:
            continue
        if any(score(mentions[x], mentions[y]) == NEVER
               for x in members[ci] for y in members[cj]):
            continue
        if len(members[ci]) < len(members[cj]):
            ci, cj = cj, ci
        for x in members[cj]:
            owner[x] = ci
        members[ci].extend(members.pop(cj))
    return [[mentions[i] for i in sorted(m)] for m in members.values()]


# --- one cluster as a record ------------------------------------------------------------

BASIS_RANK = {"explicit": 0, "narrative": 1, None: 2, "inherited": 3, "publication": 4}


def _doc_best(ms: list[Mention]) -> Mention:
    """The mention that speaks best for its document: asserted, precisely dated, filled in."""
    def rank(m: Mention) -> tuple[int, int, int, int]:
        d = m.event.get("date") or {}
        filled = sum(1 for k in ("killed", "wounded", "location") if m.event.get(k) is not None)
        return (0 if m.event.get("status") == "asserted" else 1,
                0 if m.date and m.date[2] in FINE else 1,
                BASIS_RANK.get(d.get("basis"), 2), -filled)
    return min(ms, key=rank)


def _per_document(ms: list[Mention]) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = {}
    for m in ms:
        out.setdefault(m.doc["id"], []).append(m)
    return out


def _doc_value(ms: list[Mention], key: str) -> int | None:
    values = [int(v) for m in ms if (v := m.event.get(key)) is not None]
    return max(values) if values else None


def _doc_country(ms: list[Mention], side: str) -> str | None:
    values = Counter(c for m in ms if (c := m.country(side)))
    return values.most_common(1)[0][0] if values else None


def _majority(values: list[Any]) -> Any:
    values = [v for v in values if v is not None]
    if not values:
        return None
    counts = Counter(values)
    top = max(counts.values())
    return next(v for v in values if counts[v] == top)  # first document wins a tie


def _cluster_id(ms: list[Mention]) -> str:
    key = min(m.key for m in ms)
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _cluster_record(ms: list[Mention]) -> dict[str, Any]:
    cid = _cluster_id(ms)
    docs = _per_document(ms)
    best = {d: _doc_best(v) for d, v in docs.items()}
    order = list(docs)  # documents in the order they were given
    type_ = _majority([m.type for m in ms])
    status = "asserted" if any(m.event.get("status") == "asserted" for m in ms) else "reported"
    killed = {d: _doc_value(docs[d], "killed") for d in order}
    wounded = {d: _doc_value(docs[d], "wounded") for d in order}
    dates = {d: best[d].event.get("date") if best[d].date else None for d in order}
    perpetrators = {d: _doc_country(docs[d], "source") for d in order}
    record: dict[str, Any] = {
        "id": cid,
        "type": type_,
        "mode": _majority([m.event.get("mode") for m in ms]),
        "status": status,
        "source": _party(ms, "source"),
        "target": _party(ms, "target"),
        "date": _consensus_date(order, dates),
        "location": _location(ms),
        "killed": _majority(list(killed.values())),
        "wounded": _majority(list(wounded.values())),
        "documents": order,
        "evidence": [_evidence(m) for m in ms],
        "checks": [],
    }
    record["checks"] = _disagreements(cid, docs, dates, killed, wounded, perpetrators)
    return record


def _party(ms: list[Mention], side: str) -> dict[str, Any] | None:
    country = _majority([m.country(side) for m in ms])
    parties: list[dict[str, Any]] = [p for m in ms if (p := m.event.get(side))]
    if not parties:
        return None
    fit = [p for p in parties if p.get("country") == country] or parties
    named = [p for p in fit if p.get("actor_id")] or fit
    p = named[0]
    return {"actor_id": p.get("actor_id"), "text": p.get("text"), "country": country,
            "sector": p.get("sector")}


def _consensus_date(order: list[str], dates: dict[str, Any]) -> dict[str, Any] | None:
    given = [dates[d] for d in order if dates[d]]
    if not given:
        return None
    keyed = Counter((x["start"], x["end"]) for x in given)
    top = max(keyed.values())
    best = next(x for x in given if keyed[(x["start"], x["end"])] == top)
    return {k: best.get(k) for k in ("text", "start", "end", "granularity", "basis")}


def _location(ms: list[Mention]) -> dict[str, Any] | None:
    places = [m.place for m in ms if m.place.get("name") or m.place.get("country")]
    if not places:
        return None
    named = [p for p in places if p.get("name")]
    best = _majority([p.get("name") for p in named]) if named else None
    p = next((x for x in places if x.get("name") == best), places[0])
    return {k: p.get(k) for k in ("text", "name", "country", "lat", "lon")}


def _evidence(m: Mention) -> dict[str, Any]:
    e, a = m.event, m.attribution
    ev = e.get("evidence") or {}
    return {
        "document": m.doc["id"], "title": m.doc.get("title"), "outlet": m.doc.get("outlet"),
        "url": m.doc.get("url"), "published": m.doc.get("published"),
        "event_id": e["id"], "status": e.get("status"), "text": ev.get("text"),
        "start": ev.get("start"), "end": ev.get("end"), "date": e.get("date"),
        "killed": e.get("killed"), "wounded": e.get("wounded"),
        "source_country": m.country("source"), "target_country": m.country("target"),
        "attribution": ({"kind": a.get("kind"), "source": a.get("source"), "cue": a.get("cue")}
                        if a else None),
    }


def _disagreements(cid: str, docs: dict[str, list[Mention]], dates: dict[str, Any],
                   killed: dict[str, int | None], wounded: dict[str, int | None],
                   perpetrators: dict[str, str | None]) -> list[dict[str, Any]]:
    checks: list[dict[str, Any]] = []
    if len(docs) < 2:
        return checks
    fine = {d: x for d, x in dates.items()
            if x and x.get("granularity") in FINE}
    spans = {(x["start"], x["end"]) for x in fine.values()}
    if len(fine) >= 2 and not _all_overlap(spans):
        checks.append(_check("date-conflict", cid, "the documents date it differently", fine,
                             lambda x: x["start"] if x["start"] == x["end"]
                             else f"{x['start']}..{x['end']}"))
    for key, values in (("killed", killed), ("wounded", wounded)):
        given = {d: v for d, v in values.items() if v is not None}
        if len(set(given.values())) > 1:
            checks.append(_check("casualty-conflict", cid,
                                 f"the documents give different {key} counts", given, str))
    given_p = {d: v for d, v in perpetrators.items() if v}
    if len(set(given_p.values())) > 1:
        checks.append(_check("perpetrator-conflict", cid,
                             "the documents name different perpetrators", given_p, str))
    return checks


def _all_overlap(spans: set[tuple[str, str]]) -> bool:
    return max(s for s, _ in spans) <= min(e for _, e in spans)


def _check(kind: str, cid: str, what: str, values: dict[str, Any],
           show: Any) -> dict[str, Any]:
    detail = "; ".join(f"{d}: {show(v)}" for d, v in values.items())
    return {"kind": kind, "severity": "warning", "message": f"{what} ({detail})",
            "event_ids": [cid], "documents": list(values)}
