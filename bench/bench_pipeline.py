"""Speed and memory of the pipeline, as ratios against spaCy alone in the same process.

    python bench/bench_pipeline.py [FILES_OR_DIRS...] [--repeat N]

Baseline: `nlp.pipe` over the same texts (the parse every stage needs). Measured: ingest +
parse + all warpath stages + contract serialisation. Prints documents/s, characters/s, the
ratio of the two, and peak memory of each step (tracemalloc). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The held-out set is never run except to score it; the phrase battery is not articles.
DEFAULT_INPUTS = [ROOT / "examples" / "articles", ROOT / "examples" / "devset" / "text",
                  ROOT.parent / "shared" / "corpus" / "text", ROOT.parent / "shared" / "seed"]


def measure(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Best wall time over `repeat` runs, and peak traced memory in MiB of one run."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return best, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from warpath import runner
    from warpath.document import Document
    from warpath.pipeline import Pipeline

    inputs = [str(p) for p in (args.inputs or [p for p in DEFAULT_INPUTS if p.exists()])]
    docs = [d for d in runner.documents(inputs) if isinstance(d, Document)]
    if not docs:
        sys.exit("no documents to measure")
    chars = sum(len(d.text) for d in docs)
    pipeline = Pipeline()
    texts = [d.text for d in docs]

    def baseline() -> None:
        list(pipeline.nlp.pipe(texts))

    def full() -> None:
        list(runner.analyse(runner.documents(inputs), progress=False))

    full()  # warm caches (dictionaries, gazetteer) so both sides run hot
    base_t, base_mem = measure(baseline, args.repeat)
    full_t, full_mem = measure(full, args.repeat)
    print(f"documents: {len(docs)}, characters: {chars:,}")
    print(f"spaCy parse only : {base_t:7.3f} s  {len(docs) / base_t:7.1f} docs/s  "
          f"{chars / base_t:10,.0f} chars/s  peak {base_mem:6.1f} MiB")
    print(f"warpath pipeline : {full_t:7.3f} s  {len(docs) / full_t:7.1f} docs/s  "
          f"{chars / full_t:10,.0f} chars/s  peak {full_mem:6.1f} MiB")
    print(f"ratio pipeline/parse: time {full_t / base_t:.2f}x, memory {full_mem / base_mem:.2f}x")


if __name__ == "__main__":
    main()
