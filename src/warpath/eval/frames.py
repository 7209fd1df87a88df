"""Hedge frames crossed with acts: does a frame that hedges one act hedge every act put in it?

A frame file (JSON, see examples/frames/hedge_frames.json) lists acts (a verb with its forms, or
a noun of an act) and frames with slots for them ("{S} ought to {V} {O}.", "Ankara demanded
a {N} {O}."), each with the statuses its act may take. Every frame is filled with every act of
its kind, the sentence is analysed, and the events of the act's type (for a noun, those on the
noun) are scored. A phrase battery measures wording a writer chose; this measures the grammar:
a frame that works for "shell" but not for "impose sanctions" is a gap the lexicon cannot hide.

Figures: how many acts are found, how many found acts take an allowed status, and how many
hedged acts (a frame that does not allow "asserted") are output as asserted with no event of
their type in an allowed status, the error event databases are known for. Frames that allow
only "asserted" or "reported" are controls.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warpath.document import Analysis, Document
from warpath.eval.report import Report

FACTS = {"asserted", "reported"}


class FrameError(ValueError):
    """A frame file that cannot be read."""


@dataclass
class Case:
    frame: str
    text: str
    type: str
    allowed: set[str]
    noun: str | None = None  # the head noun of a noun act (its events are those on it)

    @property
    def control(self) -> bool:
        return self.allowed <= FACTS


def cases(data: dict[str, Any]) -> Iterator[Case]:
    """Every frame filled with every act of its kind."""
    for f in data.get("verb_frames", []):
        for act in data.get("verb_acts", []):
            text = f["frame"].format(S=act["subject"], V=act["base"], D=act["past"],
                                     I=act["ing"], T=act["third"], O=act["rest"])
            yield Case(f["frame"], text[0].upper() + text[1:], act["type"], set(f["allowed"]))
    for f in data.get("noun_frames", []):
        for act in data.get("noun_acts", []):
            text = f["frame"].format(N=act["noun"], O=act["rest"])
            text = text.replace(" a a", " an a").replace(" A a", " An a")
            yield Case(f["frame"], text[0].upper() + text[1:], act["type"], set(f["allowed"]),
                       noun=act["noun"].split()[-1].lower())


def load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FrameError(f"{path}: not a JSON frame file ({exc})") from exc
    if not isinstance(data, dict) or not (data.get("verb_frames") or data.get("noun_frames")):
        raise FrameError(f"{path}: no verb_frames or noun_frames")
    try:
        list(cases(data))
    except (KeyError, IndexError, TypeError, AttributeError) as exc:
        raise FrameError(f"{path}: a frame or an act lacks a slot or a field ({exc})") from exc
    return data


def statuses(analysis: Analysis, case: Case) -> list[str]:
    return [e.status for e in analysis.events if e.type == case.type and (
        case.noun is None or case.noun in e.trigger.text.lower().split())]


def run(path: Path, pipeline: Callable[[Document], Analysis] | None = None,
        progress: bool = False) -> Report:
    from tqdm import tqdm

    if pipeline is None:
        from warpath.pipeline import Pipeline

        pipeline = Pipeline()
    report = Report(f"warpath eval frames {path.name}")
    all_cases = list(cases(load(path)))
    for case in tqdm(all_cases, desc="frames", disable=not progress):
        found = statuses(pipeline(Document(text=case.text)), case)
        report.ratio("act found").add(bool(found))
        if not found:
            report.errors.append(f"[{case.frame}] no {case.type}: {case.text}")
            continue
        ok = any(s in case.allowed for s in found)
        report.ratio("status allowed (found acts)").add(ok)
        if case.control:
            report.ratio("controls kept as fact").add(ok)
        elif "asserted" not in case.allowed:
            # the act's own event only: "refused to reject the plan" is a REJECT told as fact
            # (the refusal) beside the rejection refused, so any allowed status clears it
            bad = not ok and "asserted" in found
            report.ratio("hedged act output as asserted").add(bad)
            if bad:
                report.errors.append(f"[{case.frame}] ASSERTED {case.type}: {case.text}")
                continue
        if not ok:
            report.errors.append(f"[{case.frame}] {'/'.join(found)} {case.type}: {case.text}")
    report.figures["sentences"] = len(all_cases)
    report.notes.append("hedged act output as asserted: hits = acts in frames that do not "
                        "allow 'asserted' output as asserted (must be 0)")
    return report
