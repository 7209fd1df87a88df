"""Scoring resolved actors against gold `actors_expected` lists (corpus gold format).

An expected actor (`name`, `country`, `mentions_any_of`) is found when some resolved actor
with the same country has a mention that is one of the listed forms (`exact`), or at least
overlaps a place in the text where one of them occurs (`overlap`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from warpath.document import Analysis


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().casefold()


@dataclass
class ActorScore:
    expected: int = 0
    exact: int = 0
    overlap: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: ActorScore) -> None:
        self.expected += other.expected
        self.exact += other.exact
        self.overlap += other.overlap
        self.misses += other.misses


def score(analysis: Analysis, expected: Iterable[dict[str, Any]]) -> ActorScore:
    result = ActorScore()
    text = analysis.text
    for gold in expected:
        result.expected += 1
        forms = {_norm(f) for f in gold.get("mentions_any_of", [])}
        places = [(m.start(), m.end()) for f in gold.get("mentions_any_of", [])
                  for m in re.finditer(re.escape(f), text)]
        same_country = [a for a in analysis.actors if a.country == gold.get("country")]
        exact = any(_norm(m.text) in forms for a in same_country for m in a.mentions)
        overlap = exact or any(m.start < e and s < m.end for a in same_country
                               for m in a.mentions for s, e in places)
        result.exact += exact
        result.overlap += overlap
        if not overlap:
            result.misses.append(f"{gold.get('name')} ({gold.get('country')})")
    return result
