"""The gold matching rule: same sentence, same family.

A predicted event matches a gold one when its evidence span lies in the sentence(s) of the gold
quote and its type is in the same PLOVER family (cooperation or conflict). Each gold event takes
at most one prediction and vice versa; among candidates a trigger inside the quote wins, then
the exact type, then evidence overlapping the quote, so an asserted event and a hypothetical
one in the same sentence each find their own prediction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from warpath.document import COOPERATION_TYPES


def family(event_type: str | None) -> str | None:
    if not event_type:
        return None
    return "cooperation" if event_type in COOPERATION_TYPES else "conflict"


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Offsets of `quote` in `text`: exact, else ignoring runs of whitespace."""
    i = text.find(quote)
    if i >= 0:
        return i, i + len(quote)
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, text) if pattern else None
    return (m.start(), m.end()) if m else None


def sentence_region(sentences: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The stretch covered by the sentences that `start:end` touches (itself if none do)."""
    hit = [(s, e) for s, e in sentences if s < end and start < e]
    if not hit:
        return start, end
    return min(s for s, _ in hit), max(e for _, e in hit)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Match:
    gold: int  # index into the gold events
    pred: int  # index into the predicted events


def _span(obj: Any) -> tuple[int, int] | None:
    if isinstance(obj, dict) and isinstance(obj.get("start"), int):
        return obj["start"], obj["end"]
    return None


def match_events(
    gold_events: list[dict[str, Any]],
    pred_events: list[dict[str, Any]],
    text: str,
    sentences: list[tuple[int, int]],
) -> tuple[list[Match], list[int]]:
    """One-to-one matches, and the indices of gold events whose quote is not in the text."""
    pairs: list[tuple[tuple[int, int, int, int], int, int]] = []
    missing: list[int] = []
    for gi, g in enumerate(gold_events):
        q = find_quote(text, g.get("quote") or "")
        if q is None:
            missing.append(gi)
            continue
        region = sentence_region(sentences, *q)
        for pi, p in enumerate(pred_events):
            ev = _span(p.get("evidence"))
            if ev is None or not overlaps(ev, region):
                continue
            if family(p.get("type")) != family(g.get("type")):
                continue
            trig = _span(p.get("trigger"))
            rank = (
                int(trig is not None and q[0] <= trig[0] and trig[1] <= q[1]),
                int(p.get("type") == g.get("type")),
                int(overlaps(ev, q)),
                -abs(ev[0] - q[0]),
            )
            pairs.append((rank, gi, pi))
    pairs.sort(key=lambda t: t[0], reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    matches = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matches.append(Match(gi, pi))
    matches.sort(key=lambda m: m.gold)
    return matches, missing
