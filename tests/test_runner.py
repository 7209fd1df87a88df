"""Many documents in: one failure is named and every other document still comes out."""

from __future__ import annotations

import pytest

from warpath import nlp, runner
from warpath.document import Document
from warpath.ingest import Failure
from warpath.pipeline import split_text


def test_a_document_over_the_parser_limit_is_parsed_in_parts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp.load(), "max_length", 200)
    short = Document(text="Rebels fired rockets at a base near the capital on Monday.",
                     origin="short")
    paragraph = "The army shelled the town of Kassala on Monday, killing four people.\n\n"
    long = Document(text=paragraph * 12, origin="long")
    out = list(runner.analyse([long, Failure("earlier", "unreadable"), short], progress=False))
    assert isinstance(out[0], dict) and out[0]["document"]["text"] == long.text
    assert len(out[0]["sentences"]) == 12
    shelling = [e for e in out[0]["events"] if e["type"] == "ASSAULT"]
    assert len(shelling) >= 12 and all(e["killed"] == 4 for e in shelling)
    # every event's evidence is where the text says it is
    for e in out[0]["events"]:
        ev = e["evidence"]
        assert long.text[ev["start"]:ev["end"]] == ev["text"]
    assert out[1] == Failure("earlier", "unreadable")
    assert isinstance(out[2], dict) and out[2]["document"]["origin"] == "short"


@pytest.mark.parametrize("size", [7, 20, 64])
def test_split_text_gives_the_text_back_in_bounded_parts(size: int) -> None:
    text = "One line.\nA second, longer line here. Then more.\n\nA new paragraph " * 5
    parts = list(split_text(text, size))
    assert "".join(parts) == text
    assert all(len(p) <= size for p in parts)
