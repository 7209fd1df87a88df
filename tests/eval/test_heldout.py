"""The held-out set's gold files parse and quote their texts exactly (no pipeline is run here)."""

import json
from pathlib import Path

import pytest

from warpath.document import EVENT_TYPES
from warpath.eval.gold import gold_pairs
from warpath.eval.records import parse_front_matter

HELDOUT = Path(__file__).resolve().parents[2] / "examples" / "heldout"
PAIRS = gold_pairs(HELDOUT / "gold")
STATUSES = {"asserted", "reported", "planned", "hypothetical", "negated"}
KINDS = {"named", "anonymous", "document", "author"}


def test_the_held_out_set_has_at_least_five_documents_with_texts():
    assert len(PAIRS) >= 5
    assert all(text.exists() for _, text in PAIRS)


@pytest.mark.parametrize("gold_path,text_path", PAIRS, ids=[g.stem for g, _ in PAIRS])
def test_gold_parses_and_quotes_are_exact_substrings(gold_path, text_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = parse_front_matter(text_path.read_text(encoding="utf-8"))
    assert doc.title and gold["document"]["title_contains"] in doc.title
    assert [str(doc.published)] == gold["document"]["published_any_of"]
    for quote in gold["document"]["body_must_contain"]:
        assert quote in doc.text
    ids = [e["id"] for e in gold["events"]]
    assert len(ids) == len(set(ids))
    for e in gold["events"]:
        assert e["quote"] in doc.text, e["id"]
        assert e["type"] in EVENT_TYPES and e["status"] in STATUSES, e["id"]
        assert e.get("responds_to") in set(ids) | {None}, e["id"]
        if e["status"] in ("hypothetical", "planned", "negated"):
            assert e["must_not_be"] == "asserted", e["id"]
    for a in gold["attributions"]:
        assert a["quote"] in doc.text and a["kind"] in KINDS, a["quote"]
    for c in gold["checks_expected"]:
        assert c.get("about") in set(ids) | {None}


def test_the_held_out_context_battery_is_well_formed():
    lines = (HELDOUT / "phrases" / "context11.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    assert len(rows) >= 100
    for row in rows:
        assert row["trigger"] in row["text"], row["id"]
        assert row["type"] in EVENT_TYPES and row["status"] in STATUSES, row["id"]
