"""Figures and the table that prints them.

A `Ratio` is a count of hits over a count of cases, so per-document tallies add up to corpus
figures (micro-averages) and an empty denominator prints as "n/a" instead of a fake 0 or 1.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Ratio:
    hits: float = 0
    total: float = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def add(self, hit: bool | float, total: float = 1) -> None:
        self.hits += float(hit)
        self.total += total

    def __iadd__(self, other: Ratio) -> Ratio:
        self.hits += other.hits
        self.total += other.total
        return self

    def __str__(self) -> str:
        v = self.value
        return "n/a" if v is None else f"{v:.3f}"


@dataclass
class Report:
    """Named figures in display order, plus notes and error listings."""

    title: str
    figures: dict[str, Ratio | float | int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)  # optional per-item breakdown

    def ratio(self, name: str) -> Ratio:
        r = self.figures.setdefault(name, Ratio())
        assert isinstance(r, Ratio)
        return r

    def value(self, name: str) -> float | int | None:
        f = self.figures[name]
        return f.value if isinstance(f, Ratio) else f

    def merge(self, tallies: dict[str, Ratio]) -> None:
        for name, r in tallies.items():
            self.ratio(name).__iadd__(r)

    def to_dict(self) -> dict[str, Any]:
        figures: dict[str, Any] = {}
        for name, f in self.figures.items():
            if isinstance(f, Ratio):
                figures[name] = {"value": f.value, "hits": _plain(f.hits),
                                 "total": _plain(f.total)}
            else:
                figures[name] = f
        return {"title": self.title, "figures": figures, "notes": self.notes,
                "errors": self.errors, "details": self.details, "rows": self.rows}

    def table(self, show_errors: bool = False) -> str:
        rows = [(name, *_cells(f)) for name, f in self.figures.items()]
        width = max((len(r[0]) for r in rows), default=10)
        lines = [self.title, "=" * len(self.title),
                 f"{'figure':<{width}}  {'value':>7}  {'hits/total':>13}"]
        lines += [f"{n:<{width}}  {v:>7}  {c:>13}" for n, v, c in rows]
        if self.rows:
            lines += ["", *_grid(self.rows)]
        lines += [f"note: {n}" for n in self.notes]
        if show_errors and self.errors:
            lines += ["", "errors:"] + [f"  {e}" for e in self.errors]
        return "\n".join(lines)


def _grid(rows: list[dict[str, Any]]) -> list[str]:
    cols = list(rows[0])
    cells = [[_fmt(r.get(c)) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    out = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                     for i, (c, w) in enumerate(zip(cols, widths, strict=True)))]
    out += ["  ".join(v.ljust(w) if i == 0 else v.rjust(w)
                      for i, (v, w) in enumerate(zip(row, widths, strict=True)))
            for row in cells]
    return out


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    return f"{v:.2f}" if isinstance(v, float) else str(v)


def _cells(f: Ratio | float | int) -> tuple[str, str]:
    if isinstance(f, Ratio):
        return str(f), f"{_num(f.hits)}/{_num(f.total)}"
    return (f"{f:.3f}" if isinstance(f, float) else str(f)), ""


def _plain(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.2f}"


def macro_f1(pairs: Iterable[tuple[str, str | None]], labels: Iterable[str]) -> float | None:
    """Mean F1 over `labels` from (gold, predicted) pairs; a None prediction is a miss."""
    pairs = list(pairs)
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        if tp + fp + fn == 0:
            continue
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores) if scores else None
