"""Train the status model (`warpath.events.status_model`) on gold the project wrote itself.

Examples are the events the pipeline finds that match a gold event (dev articles) or a battery
line's gold event (phrase batteries), labelled with the gold status. The model is a multinomial
logistic regression fitted by gradient descent with L2 (numpy only, so the default install
suffices). Its threshold is chosen by grouped cross-validation: an article, or a battery line,
is never in the fold that scores it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warpath.document import Document
from warpath.eval.match import match_events
from warpath.eval.phrases import load as load_lines
from warpath.eval.phrases import pick
from warpath.events.status_model import NON_FACTUAL, StatusModel, features

CLASSES = ["asserted", "reported", "planned", "hypothetical", "negated"]


@dataclass
class Example:
    group: str  # the article or battery line it came from (folds never split a group)
    names: list[str]
    gold: str
    rule: str  # the status the rules gave
    sentence: str = ""  # the sentence, to read what the model gets wrong


def _examples_of(analysis: Any, record: dict[str, Any],
                 pairs: Iterable[tuple[dict[str, Any], str]], group: str) -> Iterator[Example]:
    by_id = {e.id: e for e in analysis.events}
    for pred, gold_status in pairs:
        event = by_id.get(pred.get("id"))
        if event is None or event.trigger_token is None or gold_status not in CLASSES:
            continue
        token = analysis.doc[event.trigger_token]
        yield Example(group, features(token), gold_status, event.status, token.sent.text)


def collect(pipeline: Any, gold_dirs: list[Path], phrase_files: list[Path],
            progress: bool = True) -> list[Example]:
    """Examples from every matched event of the gold articles and battery lines."""
    from tqdm import tqdm

    from warpath.eval.gold import gold_pairs
    from warpath.eval.records import read_document, to_record

    out: list[Example] = []
    pairs = [p for d in gold_dirs for p in gold_pairs(d)]
    for gold_path, text_path in tqdm(pairs, desc="articles", disable=not progress):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        analysis = pipeline(read_document(text_path))
        record = to_record(analysis)
        sentences = [(s.start, s.end) for s in analysis.sentences]
        matches, _ = match_events(gold["events"], record["events"], analysis.document.text,
                                  sentences)
        # only events on the gold act's own words: a factual act matched to a hedged gold event
        # of its family (the hedged one not found) would teach the model the wrong word
        found = [(record["events"][m.pred], gold["events"][m.gold]["status"]) for m in matches
                 if _inside(record["events"][m.pred], analysis.document.text,
                            gold["events"][m.gold].get("quote") or "")]
        out += _examples_of(analysis, record, found, gold_path.stem)
    lines = [line for line in load_lines(phrase_files) if line.get("type")]
    for line in tqdm(lines, desc="battery lines", disable=not progress):
        analysis = pipeline(Document(text=line["text"], origin=str(line["id"])))
        record = to_record(analysis)
        best = pick(line, record["events"])
        trigger = (line.get("trigger") or "").lower()
        got = ((best or {}).get("trigger") or {}).get("text", "").lower()
        if best is not None and trigger and (trigger in got or got and got in trigger):
            out += _examples_of(analysis, record, [(best, line.get("status", "asserted"))],
                                str(line["id"]))
    return out


def _inside(pred: dict[str, Any], text: str, quote: str) -> bool:
    trig = pred.get("trigger") or {}
    at = text.find(quote) if quote else -1
    return at >= 0 and isinstance(trig.get("start"), int) and (
        at <= trig["start"] and trig["end"] <= at + len(quote))


def fit(examples: list[Example], l2: float = 1.0, steps: int = 400, min_count: int = 2,
        threshold: float = 0.5) -> StatusModel:
    """A softmax regression over the features seen at least `min_count` times."""
    import numpy as np

    counts = Counter(n for ex in examples for n in set(ex.names))
    vocab = sorted(n for n, c in counts.items() if c >= min_count)
    index = {n: i for i, n in enumerate(vocab)}
    rows = [sorted({index[n] for n in ex.names if n in index}) for ex in examples]
    y = np.array([CLASSES.index(ex.gold) for ex in examples])
    n, k = len(examples), len(CLASSES)
    flat = np.array([i for r in rows for i in r], dtype=np.int64)
    owner = np.repeat(np.arange(n), [len(r) for r in rows])
    w = np.zeros((len(vocab), k))
    b = np.zeros(k)
    onehot = np.eye(k)[y]
    m_w, v_w, m_b, v_b = (np.zeros_like(w), np.zeros_like(w), np.zeros_like(b),
                          np.zeros_like(b))
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, steps + 1):
        logits = np.zeros((n, k)) + b
        np.add.at(logits, owner, w[flat])
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        err = (p - onehot) / n
        g_w = np.zeros_like(w)
        np.add.at(g_w, flat, err[owner])
        g_w += l2 * w / n
        g_b = err.sum(axis=0)
        for g, m, v, param in ((g_w, m_w, v_w, w), (g_b, m_b, v_b, b)):
            m *= beta1
            m += (1 - beta1) * g
            v *= beta2
            v += (1 - beta2) * g * g
            param -= rate * (m / (1 - beta1 ** step)) / (np.sqrt(v / (1 - beta2 ** step)) + 1e-8)
    weights = {name: [round(float(x), 4) for x in w[i]] for name, i in index.items()
               if np.abs(w[i]).max() >= 1e-3}
    return StatusModel(list(CLASSES), [round(float(x), 4) for x in b], weights, threshold)


@dataclass
class Flips:
    threshold: float
    fixed: int  # left asserted by the rules, non-factual in gold, turned non-factual
    status_right: int  # of those, given the gold status exactly
    wrong: int  # factual in gold, turned non-factual
    asserted_hedged: int  # non-factual in gold left asserted by the rules (what can be fixed)
    asserted_factual: int  # factual in gold, asserted by the rules (what can be broken)


def cross_validate(examples: list[Example], folds: int = 5, thresholds: Iterable[float] = (),
                   **fit_args: Any) -> list[Flips]:
    """What the model would change where the rules say asserted, each example scored by a
    model that never saw its group."""
    groups = sorted({ex.group for ex in examples})
    fold_of = {g: i % folds for i, g in enumerate(groups)}
    scored: list[tuple[Example, dict[str, float]]] = []
    for f in range(folds):
        train = [ex for ex in examples if fold_of[ex.group] != f]
        model = fit(train, **fit_args)
        scored += [(ex, model.probabilities(ex.names)) for ex in examples
                   if fold_of[ex.group] == f and ex.rule == "asserted"]
    out = []
    hedged = [s for s in scored if s[0].gold in NON_FACTUAL]
    factual = [s for s in scored if s[0].gold not in NON_FACTUAL]
    for t in thresholds:
        def flipped(p: dict[str, float], t: float = t) -> bool:
            return sum(p[s] for s in NON_FACTUAL) >= t
        fixed = [(ex, p) for ex, p in hedged if flipped(p)]
        right = sum(1 for ex, p in fixed if max(NON_FACTUAL, key=lambda s: p[s]) == ex.gold)
        out.append(Flips(t, len(fixed), right, sum(1 for _, p in factual if flipped(p)),
                         len(hedged), len(factual)))
    return out


def save(model: StatusModel, path: Path) -> None:
    path.write_text(json.dumps(model.to_dict(), sort_keys=True, separators=(",", ":")) + "\n",
                    encoding="utf-8")
