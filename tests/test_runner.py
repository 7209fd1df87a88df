"""Many documents in: one failure is named and every other document still comes out."""

from __future__ import annotations

import pytest

from warpath import nlp, runner
from warpath.document import Document
from warpath.ingest import Failure


def test_a_document_over_the_parser_limit_fails_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp.load(), "max_length", 200)
    short = Document(text="Rebels fired rockets at a base near the capital on Monday.",
                     origin="short")
    long = Document(text="The army shelled the town. " * 20, origin="long")
    out = list(runner.analyse([long, Failure("earlier", "unreadable"), short], progress=False))
    assert isinstance(out[0], Failure) and "over the parser's limit" in out[0].reason
    assert out[1] == Failure("earlier", "unreadable")
    assert isinstance(out[2], dict) and out[2]["document"]["origin"] == "short"
