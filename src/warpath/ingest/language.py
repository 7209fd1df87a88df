"""Language of a body, with py3langid (ships its own model; nothing is downloaded)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

MIN_CHARS = 20  # below this a guess is noise


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) for `text`; (None, 0.0) when too short to tell."""
    sample = text[:5000]
    if sum(ch.isalpha() for ch in sample) < MIN_CHARS:
        return None, 0.0
    code, prob = _identifier().classify(sample)
    return str(code), round(float(prob), 3)
