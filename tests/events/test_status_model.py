"""The status model: a second opinion on events the rules call asserted.

It may turn an asserted event non-factual, never the reverse; it reads the words around the
trigger; the trainer learns a cue from examples and never scores an example with a model that
saw it. Sentences are our own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import FACTUAL
from warpath.document import Analysis, Document
from warpath.eval.train_status import CLASSES
from warpath.events import status_model
from warpath.events.status_model import NON_FACTUAL, StatusModel, features, second_opinion

Analyse = Callable[[str], Analysis]


def _token(nlp, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_features_read_the_trigger_its_governors_and_its_window(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Analysts in the capital wondered aloud whether Tehran would threaten the ports."
    names = features(_token(nlp, text, "threaten"))
    assert "c:aux:would" in names
    assert "c:mark:whether" in names or "L:whether" in names
    assert "a:wonder" in names
    assert "R:port" in names and "L:analyst" not in names  # six tokens to the left at most


def test_a_question_is_a_feature(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "question" in features(_token(nlp, "Will the army shell the port again?", "shell"))
    assert "question" not in features(_token(nlp, "The army shelled the port again.", "shelled"))


def test_probabilities_sum_to_one_and_the_model_round_trips() -> None:
    model = StatusModel(list(CLASSES), [0.0] * 5, {"c:aux:could": [-1, 0, 0, 2, 0]}, 0.8)
    probs = model.probabilities(["c:aux:could", "unknown feature"])
    assert abs(sum(probs.values()) - 1) < 1e-9
    assert max(probs, key=probs.__getitem__) == "hypothetical"
    assert StatusModel.from_dict(model.to_dict()) == model
    assert model.strongest(["unknown feature", "c:aux:could"], "hypothetical") == "c:aux:could"


def test_the_shipped_model_loads_with_a_strict_threshold() -> None:
    model = status_model.shipped()
    assert model is not None
    assert model.classes == CLASSES
    assert 0.5 <= model.threshold < 1
    assert len(model.weights) > 500


def _run_stage(pipeline, text: str, model: StatusModel) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """Statuses before and after `model` gives its opinion, on one analysis."""
    analysis = pipeline(Document(text=text))
    before = [e.status for e in analysis.events]
    status_model.apply(model, analysis)
    return before, [e.status for e in analysis.events]


TEXT = ("Troops shelled the ridge on Monday and did not enter the town. "
        "Officials said the army could push on to the river crossing within days.")


def test_a_model_that_finds_everything_hedged_turns_only_asserted_events(pipeline) -> None:  # type: ignore[no-untyped-def]
    always = StatusModel(list(CLASSES), [-5.0, -5.0, 0.0, 5.0, 0.0], {}, 0.0)
    before, after = _run_stage(pipeline, TEXT, always)
    assert before and len(before) == len(after)
    for was, now in zip(before, after, strict=True):
        if was == "asserted":
            assert now == "hypothetical"
        else:
            assert now == was  # a reported or hedged event is never touched


def test_a_model_below_its_threshold_changes_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    never = StatusModel(list(CLASSES), [5.0, 0.0, 0.0, 0.0, 0.0], {}, 0.99)
    before, after = _run_stage(pipeline, TEXT, never)
    assert before == after


def test_second_opinion_names_the_word_that_weighed_most(nlp) -> None:  # type: ignore[no-untyped-def]
    model = StatusModel(list(CLASSES), [0.0] * 5, {"a:wonder": [0, 0, 0, 6, 0]}, 0.5)
    token = _token(nlp, "Analysts wondered whether Tehran would threaten the ports.", "threaten")
    assert second_opinion(model, token) == ("hypothetical", "wonder")


# Acts the rules leave asserted and the shipped model turns (constructions gathered after the
# rules: an act as the long subject of "is to begin", a condition put as "only after").
SHOULD_TURN = [
    ("A wider offensive against the rebels in the east, backed by drones, is to begin after "
     "the rainy season.", "offensive"),
    ("The ministry said talks could only resume after a complete withdrawal of the rebels "
     "from the towns.", "withdrawal"),
]


def _with_model(pipeline, text: str, word: str) -> list[str]:  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=text))
    model = status_model.shipped()
    assert model is not None
    status_model.apply(model, analysis)
    return [e.status for e in analysis.events if word in e.trigger.text]


@pytest.mark.parametrize("text,word", SHOULD_TURN)
def test_the_shipped_model_turns_acts_told_as_still_to_come(pipeline, text: str,
                                                          word: str) -> None:  # type: ignore[no-untyped-def]
    got = _with_model(pipeline, text, word)
    assert got and all(s in NON_FACTUAL for s in got)


MUST_STAY = [
    ("Government troops recaptured two villages near the river last week.", "recaptured"),
    ("The coast guard boarded a fishing boat near the island on Tuesday.", "boarded"),
]


@pytest.mark.parametrize("text,word", MUST_STAY)
def test_the_shipped_model_leaves_plain_past_acts_factual(pipeline, text: str,
                                                        word: str) -> None:  # type: ignore[no-untyped-def]
    got = _with_model(pipeline, text, word)
    assert got and all(s in FACTUAL for s in got)


def test_the_model_is_not_in_the_default_pipeline() -> None:
    # it overrides the rules' scope on short factual sentences ("did not retreat and instead
    # shelled the town"): kept as an opt-in stage, see the module docstring
    from warpath.pipeline import DEFAULT_STAGES

    assert "status" in DEFAULT_STAGES and "status-model" not in DEFAULT_STAGES


@pytest.mark.parametrize("text,word", [
    ("The rebels did not retreat and instead shelled the town.", "shelled"),
    ("Despite vows that it would not, Russia bombed the port on Sunday.", "bombed"),
])
def test_the_default_pipeline_keeps_the_rules_scope(analyse: Analyse, text: str,
                                                   word: str) -> None:
    got = [e.status for e in analyse(text).events if word in e.trigger.text]
    assert got == ["asserted"]
