"""The dev set's gold files are consistent with their texts (so the scores mean something)."""

import json
from pathlib import Path

import pytest

from warpath.document import EVENT_TYPES
from warpath.eval.gold import gold_pairs
from warpath.eval.records import parse_front_matter

DEVSET = Path(__file__).resolve().parents[2] / "examples" / "devset"
PAIRS = gold_pairs(DEVSET / "gold")
STATUSES = {"asserted", "reported", "planned", "hypothetical", "negated"}


def test_the_dev_set_covers_every_status_and_attribution_kind():
    golds = [json.loads(g.read_text()) for g, _ in PAIRS]
    assert 12 <= len(golds) <= 400
    assert {e["status"] for g in golds for e in g["events"]} == STATUSES
    assert {a["kind"] for g in golds for a in g["attributions"]} >= {"named", "anonymous",
                                                                     "document"}
    assert any(e.get("responds_to") for g in golds for e in g["events"])
    assert any(e.get("killed") == 0 for g in golds for e in g["events"])
    assert any(g["checks_expected"] for g in golds)


@pytest.mark.parametrize("gold_path,text_path", PAIRS, ids=[g.stem for g, _ in PAIRS])
def test_gold_quotes_are_exact_substrings_of_the_body(gold_path, text_path):
    gold = json.loads(gold_path.read_text())
    doc = parse_front_matter(text_path.read_text(encoding="utf-8"))
    assert doc.title and gold["document"]["title_contains"] in doc.title
    assert [str(doc.published)] == gold["document"]["published_any_of"]
    ids = {e["id"] for e in gold["events"]}
    for e in gold["events"]:
        assert e["quote"] in doc.text, e["id"]
        assert e["type"] in EVENT_TYPES and e["status"] in STATUSES
        assert e.get("responds_to") in ids | {None}
        if e["status"] in ("hypothetical", "planned", "negated"):
            assert e["must_not_be"] == "asserted"
    for a in gold["attributions"]:
        assert a["quote"] in doc.text


def test_eval_gold_runs_on_the_dev_set(pipeline):
    from warpath.eval import gold

    report = gold.run(DEVSET / "gold", pipeline=pipeline, limit=2, progress=False)
    assert report.figures["documents"] == 2
    assert report.ratio("must_not_be violations").total > 0
