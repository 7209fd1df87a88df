"""Session 12: attribution by class on unseen-like text (all texts written for these tests).

Classes: a rank brought in with "a"/"an"/"one" ("a rebel commander near the ridge", "one clan
chief", "a retired general") is one holder among many and left unnamed (anonymous), while the
holder of an office ("a federal minister"), a rank with a name beside it, or a definite rank
("the regional commander") stays named; a text handed out or sent round ("in a pamphlet left
at the scene", "in its weekly alert") is the source of what it says, like a statement.
"""

from __future__ import annotations

from typing import Any

import pytest

from warpath.document import Document
from warpath.provenance.cues import find_cues


def _kind(pipeline: Any, text: str, trigger: str) -> str:
    analysis = pipeline(Document(text=text))
    attrs = {a.id: a for a in analysis.attributions}
    event = next((e for e in analysis.events if e.trigger.text.startswith(trigger)), None)
    assert event is not None, (text, [e.trigger.text for e in analysis.events])
    return str(attrs[event.attribution_id].kind)


def _first_cue(nlp: Any, text: str) -> str:
    cues = find_cues(next(iter(nlp(text).sents)))
    assert cues, text
    return str(cues[0].kind)


@pytest.mark.parametrize(("text", "trigger"), [
    ("A rebel commander near the ridge said the convoy had been ambushed overnight.",
     "ambushed"),
    ("One Dinka chief said the herders were shot at dawn by raiders from the east.", "shot"),
    ("A militia leader from the delta warned that the pipelines would be attacked.",
     "attacked"),
    ("A retired general told the radio that the rebels had shelled the airport.", "shelled"),
])
def test_a_rank_brought_in_with_a_or_one_is_anonymous(pipeline: Any, text: str,
                                                      trigger: str) -> None:
    assert _kind(pipeline, text, trigger) == "anonymous"


@pytest.mark.parametrize(("text", "trigger"), [
    # a name beside the rank names the speaker
    ("A navy commander, Captain Ruth Obi, said two skiffs were seized off the cape.",
     "seized"),
    # one holder singled out by "the"
    ("The regional commander said two skiffs were seized off the cape.", "seized"),
    # an office, not a rank: its holder is named by it
    ("A deputy governor told local radio that three schools were shelled.", "shelled"),
])
def test_a_named_or_definite_rank_or_an_office_stays_named(pipeline: Any, text: str,
                                                          trigger: str) -> None:
    assert _kind(pipeline, text, trigger) == "named"


@pytest.mark.parametrize("text", [
    "The militia claimed the ambush in a leaflet left at the scene.",
    "The coast guard reported the boarding in its weekly alert to shipping.",
    "In a pamphlet handed out at the market, the rebels said the bridge had been mined.",
])
def test_a_text_handed_out_is_the_source(nlp: Any, text: str) -> None:
    assert _first_cue(nlp, text) == "document"


@pytest.mark.parametrize("text", [
    # a person's own word, no text
    "The militia commander claimed the ambush at a rally in the square.",
    # "alert" as a state of readiness, not a text
    "The army said its units were on high alert after the ambush.",
])
def test_no_text_handed_out_keeps_the_speaker(nlp: Any, text: str) -> None:
    assert _first_cue(nlp, text) != "document"
