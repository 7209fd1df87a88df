"""Killed, wounded and arrested counts, on sentences of our own and on real text."""

from __future__ import annotations

import pytest

from warpath.casualties import parse_number, statements
from warpath.document import Analysis, Document, Span
from warpath.eval.records import read_document


@pytest.mark.parametrize(("text", "value"), [
    ("25", 25), ("1,200", 1200), ("twenty-five", 25), ("fifty five", 55),
    ("two hundred", 200), ("three thousand", 3000), ("several", None),
])
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


def counts(nlp, text: str) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    analysis = Analysis(Document(text), doc=doc,
                        sentences=[Span.of(text, s.start_char, s.end_char) for s in doc.sents])
    return [(s.field, s.value) for s in statements(analysis)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mortar fire hit the camp, killing a Kenyan soldier.", [("killed", 1)]),
    ("The raid killed the battalion chief and four other gunmen.", [("killed", 5)]),
    ("Jets struck depots that killed 12 fighters and wounded 40.",
     [("killed", 12), ("wounded", 40)]),
    ("At least nine villagers died and 20 were hurt.", [("killed", 9), ("wounded", 20)]),
    ("More than 30 people were injured.", [("wounded", 30)]),  # a lower bound, as written
    ("The shells landed without killing a single soldier.", [("killed", 0)]),
    ("Nobody was killed in the blast.", [("killed", 0)]),
    ("There were no casualties.", [("killed", 0), ("wounded", 0)]),
    ("Dozens of protesters were wounded.", [("wounded", None)]),
    ("Police arrested 14 students.", [("arrested", 14)]),
])
def test_statements(nlp, text: str, expected: list[tuple[str, int | None]]) -> None:  # type: ignore[no-untyped-def]
    assert counts(nlp, text) == expected


def test_counts_go_to_the_attack_they_hang_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "A salvo of rockets slammed into the airport in Erbil, killing a Turkish engineer."
    analysis = pipeline(Document(text=text))
    salvo = [e for e in analysis.events if e.type == "ASSAULT" and e.killed == 1]
    assert salvo, [(e.trigger.text, e.killed) for e in analysis.events]


def test_ganja_attacks_on_real_text(pipeline, shared) -> None:  # type: ignore[no-untyped-def]
    doc = read_document(next((shared / "corpus" / "text").glob("b08-*.txt")))
    analysis = pipeline(doc)
    at = analysis.text.index("The fourth attack")
    fourth = next(e for e in analysis.events
                  if e.evidence.start <= at < e.evidence.end and e.type == "ASSAULT")
    assert (fourth.killed, fourth.wounded) == (15, 55)


def test_as_many_repeats_the_number_just_given(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Jets destroyed three bunkers, killing as many commanders and aides."
    assert counts(nlp, text) == [("killed", 3)]
