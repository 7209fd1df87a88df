"""`warpath eval frames`: hedge frames crossed with acts, scored on the statuses they allow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warpath.eval import frames

SMALL = {
    "verb_acts": [
        {"type": "ASSAULT", "subject": "the army", "base": "shell", "past": "shelled",
         "ing": "shelling", "third": "shells", "rest": "the town of Kupiansk"},
        {"type": "RETREAT", "subject": "Moscow", "base": "withdraw", "past": "withdrew",
         "ing": "withdrawing", "third": "withdraws", "rest": "its troops from the area"},
    ],
    "verb_frames": [
        {"frame": "{S} ought to {V} {O}.", "allowed": ["hypothetical", "planned"]},
        {"frame": "{S} {D} {O} on Monday.", "allowed": ["asserted"]},
    ],
    "noun_acts": [{"type": "ASSAULT", "noun": "air strike", "rest": "on Kupiansk"}],
    "noun_frames": [{"frame": "Officials warned of a {N} {O}.", "allowed": ["hypothetical"]}],
}


def _file(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "frames.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_every_frame_is_filled_with_every_act_of_its_kind():
    texts = [c.text for c in frames.cases(SMALL)]
    assert texts == ["The army ought to shell the town of Kupiansk.",
                     "Moscow ought to withdraw its troops from the area.",
                     "The army shelled the town of Kupiansk on Monday.",
                     "Moscow withdrew its troops from the area on Monday.",
                     "Officials warned of an air strike on Kupiansk."]


def test_a_small_frame_file_scores_hedged_acts_and_controls(tmp_path, pipeline):  # type: ignore[no-untyped-def]
    report = frames.run(_file(tmp_path, SMALL), pipeline=pipeline)
    assert report.value("sentences") == 5
    assert report.value("act found") == 1.0
    assert report.value("hedged act output as asserted") == 0.0
    assert report.value("controls kept as fact") == 1.0


@pytest.mark.parametrize("data", [{"about": "no frames"}, {"verb_frames": [{"frame": "{X}"}],
                                                          "verb_acts": [{"type": "ASSAULT"}]}])
def test_a_malformed_frame_file_is_a_clear_error(tmp_path, data):  # type: ignore[no-untyped-def]
    with pytest.raises(frames.FrameError):
        frames.load(_file(tmp_path, data))


def test_the_shipped_frame_file_loads():
    path = Path(__file__).resolve().parents[2] / "examples" / "frames" / "hedge_frames.json"
    assert sum(1 for _ in frames.cases(frames.load(path))) > 2000
