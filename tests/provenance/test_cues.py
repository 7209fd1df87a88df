"""Source cues: which words say who reports, and what kind of source they name."""

from __future__ import annotations

from typing import Any

import pytest

from warpath.provenance.cues import find_cues

CASES = [
    ("The defence ministry said in a statement that its gunners shelled the ridge.",
     "named", "defence ministry"),
    ("Two officials who asked not to be named said the convoy was hit near the bridge.",
     "anonymous", "Two officials"),
    ("According to hospital records, nine people died in the blast.", "document", None),
    ("A report by Civil Watch found that drones struck the market.", "named", "Civil Watch"),
    ("According to unverified reports, troops entered the town overnight.", "anonymous", None),
    ("Rebel commander Ali Haddad told journalists that his men had taken the bridge.",
     "named", "Ali Haddad"),
    ("The inquiry concluded that the blast was caused by a mine.", "document", None),
    ("Sources familiar with the talks say both sides agreed to a truce.", "anonymous", None),
    ("The agency cited an intercepted letter showing the plan.", "named", None),
    ("A local reporter quotes a police officer as saying the shooters fled.", "anonymous",
     "police officer"),
    ("Militia fighters reportedly seized the airport.", "anonymous", None),
    ("It was alleged that the guards beat the prisoners.", "anonymous", None),
]


@pytest.mark.parametrize(("text", "kind", "source"), CASES)
def test_cue_kind_and_source(nlp: Any, text: str, kind: str, source: str | None) -> None:
    cues = find_cues(next(iter(nlp(text).sents)))
    assert cues, text
    assert cues[0].kind == kind
    if source:
        assert cues[0].source is not None and source in cues[0].source


@pytest.mark.parametrize("text", [
    "The fighting continued for three days.",
    "No casualties reported",
    "The talks ended without a deal.",
    "Troops suggested nothing.",
])
def test_no_cue_without_a_source(nlp: Any, text: str) -> None:
    assert find_cues(next(iter(nlp(text).sents))) == []


def test_speaker_set_off_by_commas_after_the_claim(nlp: Any) -> None:
    # the parser often takes "a senior official" as an apposition of the claim's last noun
    text = ("The army shelled the camp that sheltered the family of the commander, "
            "a senior official said on Monday.")
    cues = find_cues(next(iter(nlp(text).sents)))
    assert [(c.kind, c.source) for c in cues] == [("anonymous", "senior official")]
