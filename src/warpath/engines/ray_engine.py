"""Running a corpus on Ray Data (the `ray` extra): one pipeline per worker, batches of files.

Ray schedules and retries the work; the driver is the only writer to the store, which keeps
SQLite safe and makes the run idempotent (documents already stored are skipped by id).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from warpath.engines.batch import analyse_batch


class _Analyser:
    """A Ray actor: loads spaCy once, then analyses every batch it is given."""

    def __init__(self, known: frozenset[str], options: dict[str, Any]) -> None:
        from warpath.pipeline import Pipeline

        Pipeline()  # warm the cached model so the first batch is not slow
        self.known = known
        self.options = options

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        return analyse_batch([str(x) for x in batch["input"]], self.known, **self.options)


def run(inputs: list[str], known: frozenset[str] = frozenset(), workers: int = 2,
        batch_size: int = 8, **options: Any,
        ) -> Iterator[tuple[str, dict[str, Any] | None, str | None]]:
    """Yield (input, contract dict or None, error or None) for every input file.

    `options` (published, any_language, config) go to `analyse_batch` on the workers.
    """
    import ray

    if not ray.is_initialized():
        ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False,
                 configure_logging=False)
    items = ray.data.from_items([{"input": name} for name in inputs])
    ds = items.map_batches(_Analyser, fn_constructor_kwargs={"known": known, "options": options},
                        batch_size=batch_size, concurrency=workers, batch_format="numpy")
    for row in ds.iter_rows():
        raw = row["analysis"]
        yield str(row["input"]), (json.loads(raw) if raw else None), row["error"]
