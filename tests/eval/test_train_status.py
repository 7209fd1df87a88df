"""Training the status model: examples come from events matched to gold, a cue is learnt, and
cross-validation never scores an example with a model that saw its article or line."""

from __future__ import annotations

from pathlib import Path

from warpath.eval.train_status import Example, collect, cross_validate, fit

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _toy(n: int, cue: str, gold: str, group: str) -> list[Example]:
    return [Example(f"{group}{i}", [cue, f"w{i % 7}"], gold, "asserted") for i in range(n)]


def test_fit_learns_a_cue_from_examples() -> None:
    examples = _toy(40, "c:aux:could", "hypothetical", "h") + _toy(40, "tag=VBD", "asserted", "a")
    model = fit(examples)
    assert model.probabilities(["c:aux:could", "w3"])["hypothetical"] > 0.8
    assert model.probabilities(["tag=VBD", "w3"])["asserted"] > 0.8


def test_cross_validation_counts_only_what_the_rules_assert() -> None:
    examples = _toy(30, "c:aux:could", "hypothetical", "h") + _toy(30, "tag=VBD", "asserted", "a")
    examples += [Example("p1", ["c:aux:could"], "hypothetical", "hypothetical")]
    flips = cross_validate(examples, thresholds=[0.5])[0]
    assert (flips.asserted_hedged, flips.asserted_factual) == (30, 30)
    assert flips.fixed == 30 and flips.wrong == 0 and flips.status_right == 30



def test_collect_labels_matched_events_with_their_gold_status(pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    battery = tmp_path / "lines.jsonl"
    battery.write_text(
        '{"id": "X1", "text": "Troops shelled the ridge on Monday. They could push on to the '
        'river crossing within days.", "type": "ASSAULT", "source": null, "target": null, '
        '"status": "hypothetical", "trigger": "push on", "class": "modal"}\n'
        '{"id": "X2", "text": "The army did not shell the village on Tuesday.", "type": '
        '"ASSAULT", "source": null, "target": null, "status": "negated", "trigger": "shell", '
        '"class": "negation"}\n', encoding="utf-8")
    gold = sorted((EXAMPLES / "devset" / "gold").glob("d01-*.json"))[0]
    one = tmp_path / "gold"
    one.mkdir()
    (one / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "text").mkdir()
    text = EXAMPLES / "devset" / "text" / f"{gold.stem}.txt"
    (tmp_path / "text" / text.name).write_text(text.read_text(encoding="utf-8"), encoding="utf-8")
    examples = collect(pipeline, [one], [battery], progress=False)
    by_group = {ex.group: ex for ex in examples}
    assert by_group["X2"].gold == "negated" and "c:neg:not" in by_group["X2"].names
    assert len([ex for ex in examples if ex.group == gold.stem]) >= 5
    assert all(ex.sentence for ex in examples)
