"""A second opinion on events the status rules call asserted: a small linear model.

The rules in `status.py` read one construction at a time, and text written after them brings
constructions they have not met ("talk of a ground push", "were it to send troops"). This stage
scores each event the rules left asserted with a multinomial logistic regression over the words
around its trigger: the trigger's own modifiers, the chain of words that govern it, and a short
window either side. When the model puts the act's chance of being non-factual above the shipped
threshold, the event takes the most likely non-factual status and, as its cue, the word that
weighed most. It never turns a hedged event into a factual one: the failure to avoid is a
hypothetical told as fact, not the reverse.

The weights are package data trained on the project's own dev articles and phrase batteries by
`warpath eval train-status` (see `warpath.eval.train_status`); nothing is downloaded.

The stage is registered but NOT in the default pipeline: on text written after it was trained it
turned none of the hedged acts the rules missed in new articles, and it overrode the rules'
scope (a "not" or a "would" in a neighbouring clause) on short factual sentences. Add
"status-model" after "status" in `Config.stages` to try it.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from warpath.document import Analysis, Status
from warpath.pipeline import Config, Stage, stages

NON_FACTUAL: tuple[Status, ...] = ("planned", "hypothetical", "negated")
# Children of the trigger and of the words above it that carry mood, polarity or condition
_MOOD_DEPS = {"aux", "auxpass", "neg", "mark", "advmod", "det", "amod", "prep", "npadvmod",
              "prt", "advcl"}
_UP_STEPS = 8  # a trigger rarely sits deeper than this below the word that frames it
_LEFT, _RIGHT = 6, 3  # window sizes in tokens, inside the sentence


def features(token: Any) -> list[str]:
    """The names of the features of the event whose predicate is `token` (a spaCy Token)."""
    out = [f"pos={token.pos_}", f"tag={token.tag_}"]
    out += _children(token, "c")
    node, steps = token, 0
    while node.head.i != node.i and steps < _UP_STEPS:
        link, node, steps = node.dep_, node.head, steps + 1
        lemma = node.lemma_.lower()
        out += [f"a:{lemma}", f"a:{link}>{node.pos_}", f"a:{link}>{lemma}"]
        if steps == 1:
            out.append(f"h:{link}>{lemma}")
        out += _children(node, "ac", skip=token)
    sent = token.sent
    for tok in sent[max(token.i - _LEFT, sent.start) - sent.start: token.i - sent.start]:
        if not tok.is_punct:
            out.append(f"L:{tok.lemma_.lower()}")
    for tok in sent[token.i + 1 - sent.start: min(token.i + 1 + _RIGHT, sent.end) - sent.start]:
        if not tok.is_punct:
            out.append(f"R:{tok.lemma_.lower()}")
    if sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        out.append("question")
    return out


def _children(node: Any, prefix: str, skip: Any = None) -> list[str]:
    return [f"{prefix}:{c.dep_}:{c.lemma_.lower()}" for c in node.children
            if c.dep_ in _MOOD_DEPS and (skip is None or c.i != skip.i)]


@dataclass
class StatusModel:
    classes: list[str]
    bias: list[float]
    weights: dict[str, list[float]]
    threshold: float

    def probabilities(self, names: list[str]) -> dict[str, float]:
        scores = list(self.bias)
        for name in names:
            row = self.weights.get(name)
            if row is not None:
                scores = [s + w for s, w in zip(scores, row, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def strongest(self, names: list[str], status: str) -> str | None:
        """The feature that pushes hardest towards `status`, for the event's cue."""
        k = self.classes.index(status)
        best, weight = None, 0.0
        for name in names:
            row = self.weights.get(name)
            if row is not None and row[k] - sum(row) / len(row) > weight:
                best, weight = name, row[k] - sum(row) / len(row)
        return best

    def to_dict(self) -> dict[str, Any]:
        return {"classes": self.classes, "bias": self.bias, "threshold": self.threshold,
                "weights": self.weights}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StatusModel:
        return cls(list(data["classes"]), list(data["bias"]),
                   {k: list(v) for k, v in data["weights"].items()}, float(data["threshold"]))


@lru_cache(maxsize=1)
def shipped() -> StatusModel | None:
    """The model in the package data, or None when none has been trained."""
    path = resources.files("warpath.events") / "data" / "status_model.json"
    if not path.is_file():
        return None
    return StatusModel.from_dict(json.loads(path.read_text(encoding="utf-8")))


def second_opinion(model: StatusModel, token: Any) -> tuple[Status, str | None] | None:
    """(status, cue) when the model finds the act non-factual above its threshold, else None."""
    names = features(token)
    probs = model.probabilities(names)
    if sum(probs.get(s, 0.0) for s in NON_FACTUAL) < model.threshold:
        return None
    status = max(NON_FACTUAL, key=lambda s: probs.get(s, 0.0))
    cue = model.strongest(names, status)
    return status, (cue.rsplit(":", 1)[-1].split(">")[-1] if cue else None)


def apply(model: StatusModel, analysis: Analysis) -> None:
    """Give the model's opinion on every event of `analysis` the rules left asserted."""
    if analysis.doc is None:
        return
    for event in analysis.events:
        if event.status != "asserted" or event.trigger_token is None:
            continue
        opinion = second_opinion(model, analysis.doc[event.trigger_token])
        if opinion is not None:
            event.status, event.status_cue = opinion


@stages.register("status-model")
def make(config: Config) -> Stage:
    model = shipped()

    def run(analysis: Analysis) -> None:
        if model is not None:
            apply(model, analysis)

    return run
