"""Counting what a set of analyses holds: events by type and status, sources by kind."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Summary:
    documents: int = 0
    events: int = 0
    actors: int = 0
    types: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    attribution_kinds: Counter[str] = field(default_factory=Counter)
    checks: Counter[str] = field(default_factory=Counter)
    killed: int = 0

    def attribution_shares(self) -> dict[str, float]:
        total = sum(self.attribution_kinds.values())
        return {k: n / total for k, n in self.attribution_kinds.most_common()} if total else {}

    def lines(self) -> list[str]:
        def top(c: Counter[str]) -> str:
            return ", ".join(f"{k} {n}" for k, n in c.most_common()) or "none"

        shares = ", ".join(f"{k} {v:.0%}" for k, v in self.attribution_shares().items())
        return [
            f"{self.documents} documents, {self.actors} actors, {self.events} events",
            f"types: {top(self.types)}",
            f"status: {top(self.statuses)}",
            f"who says so: {shares or 'none'}",
            f"checks: {top(self.checks)}",
            f"killed (asserted or reported events): {self.killed}",
        ]


def attribution_kind_of(analysis: dict[str, Any], event: dict[str, Any]) -> str:
    kinds = {a["id"]: a["kind"] for a in analysis["attributions"]}
    return kinds.get(event.get("attribution_id") or "", "none")


def summarise(analyses: Iterable[dict[str, Any]]) -> Summary:
    s = Summary()
    for a in analyses:
        s.documents += 1
        s.actors += len(a["actors"])
        tolls: set[tuple[int, int]] = set()
        for e in a["events"]:
            s.events += 1
            s.types[e["type"]] += 1
            s.statuses[e["status"]] += 1
            s.attribution_kinds[attribution_kind_of(a, e)] += 1
            toll = (e.get("sentence", -1), e.get("killed"))
            if e["status"] in ("asserted", "reported") and e.get("killed") and toll not in tolls:
                # "shelled the town, killing 17": the attack and its killing carry one toll
                tolls.add(toll)
                s.killed += e["killed"]
        for c in a["checks"]:
            s.checks[c["kind"]] += 1
    return s
