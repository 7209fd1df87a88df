"""The JSON of one document follows ../shared/contract/analysis.schema.json."""

from __future__ import annotations

import json

import jsonschema
import pytest

import warpath
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(shared_path("contract", "analysis.schema.json").read_text())


@pytest.fixture(scope="module")
def seed_analysis(seed_path) -> dict:  # type: ignore[no-untyped-def]
    return warpath.to_dict(warpath.analyze(seed_path))


def all_spans(a: dict) -> list[dict]:
    spans = [m for actor in a["actors"] for m in actor["mentions"]]
    spans += [e["evidence"] for e in a["events"]] + [e["trigger"] for e in a["events"]]
    spans += [x["span"] for x in a["attributions"]] + a["sentences"]
    return spans


def test_seed_analysis_validates_against_the_contract(seed_analysis, schema) -> None:
    jsonschema.Draft202012Validator(schema).validate(seed_analysis)


def test_every_span_quotes_the_body_exactly(seed_analysis) -> None:
    text = seed_analysis["document"]["text"]
    spans = all_spans(seed_analysis)
    assert spans, "the seed article yields mentions and sentences"
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"]


def test_every_corpus_text_validates(schema) -> None:
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted(shared_path("corpus", "text").glob("*.txt")):
        a = warpath.to_dict(warpath.analyze(path))
        validator.validate(a)
        for s in all_spans(a):
            assert a["document"]["text"][s["start"]:s["end"]] == s["text"], path.name


def test_same_input_gives_the_same_id(seed_path) -> None:  # type: ignore[no-untyped-def]
    from warpath import ingest

    first, second = (list(ingest.read([str(seed_path)]))[0] for _ in range(2))
    assert isinstance(first, warpath.Document) and isinstance(second, warpath.Document)
    assert first.id == second.id
