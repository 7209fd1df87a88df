"""The function every engine calls: a batch of input names in, contract JSON rows out."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from warpath import runner
from warpath.ingest import Failure
from warpath.ingest.paths import files_in
from warpath.pipeline import Config


def expand(inputs: Iterable[str]) -> list[str]:
    """Directories become their files, so an engine can spread the work file by file."""
    out: list[str] = []
    for name in inputs:
        path = Path(name)
        out.extend(str(p) for p in files_in(path)) if path.is_dir() else out.append(name)
    return out


def analyse_batch(inputs: Iterable[str], known: frozenset[str] = frozenset(),
                  config: Config | None = None, published: dt.date | None = None,
                  any_language: bool = False) -> dict[str, list[Any]]:
    """Columns `input`, `analysis` (JSON or None) and `error` (None or one line).

    Documents whose id is in `known` are skipped before NLP, which is how a rerun resumes.
    """
    out: dict[str, list[Any]] = {"input": [], "analysis": [], "error": []}
    for name in inputs:
        docs = runner.documents([name], published, any_language)
        for item in runner.analyse(docs, config, skip=lambda d: d.id in known, progress=False):
            out["input"].append(name)
            if isinstance(item, Failure):
                out["analysis"].append(None)
                out["error"].append(item.reason)
            else:
                out["analysis"].append(json.dumps(item, ensure_ascii=False))
                out["error"].append(None)
    return out
