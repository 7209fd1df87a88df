"""Session 11, round 2: attribution by class (texts written for these tests).

Classes: a record of a hearing or a sitting gives a witness's whole account in the witness's
name, up to the next section heading or speaker (a news report's background after a quote
stays the writer's); a subject who spoke on condition of anonymity is an unnamed source for
whatever their verb tells; an army's general staff is a body that speaks in its own name
(hospital or airport staff are people left unnamed).
"""

from __future__ import annotations

from typing import Any

import pytest

from warpath.document import Analysis, Document
from warpath.provenance.cues import find_cues

RECORD = """Summary record of the public session of the Security Committee, 4 March. Witnesses are \
identified by function.

1. Opening

The Chair recalled the purpose of the session.

2. Evidence of the Coast Guard

The Commander told members that a cargo ship had cut a pipeline on the seabed. A patrol boat \
intercepted the ship the same night. Customs officers seized the cargo. The crew were detained \
at the harbour.

3. Evidence of the Ministry

The deputy minister said the ambassador had been summoned. Two days later the two governments \
agreed to share radar data.
"""

NEWS = """Gunmen attacked a police post near the border on Sunday, the governor said.

A patrol boat intercepted a fishing boat off the coast the same night and officers boarded it.
"""


def _kind_of(analysis: Analysis, trigger: str) -> tuple[str, str | None]:
    attrs = {a.id: a for a in analysis.attributions}
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    attr = attrs[event.attribution_id]
    return attr.kind, attr.cue


@pytest.mark.parametrize(("trigger", "cue_start"), [
    ("intercepted", "The Commander"),
    ("seized", "The Commander"),
    ("detained", "The Commander"),
    ("agreed", "The deputy minister"),
])
def test_a_witness_account_goes_on_in_a_record(pipeline: Any, trigger: str,
                                               cue_start: str) -> None:
    kind, cue = _kind_of(pipeline(Document(text=RECORD)), trigger)
    assert kind == "named"
    assert cue is not None and cue.startswith(cue_start)


def test_a_news_report_keeps_its_own_background(pipeline: Any) -> None:
    kind, _ = _kind_of(pipeline(Document(text=NEWS)), "intercepted")
    assert kind == "author"


@pytest.mark.parametrize(("text", "trigger"), [
    ("A senior defence official, speaking on condition of anonymity, ruled out ground "
     "operations of any kind.", "ground operations"),
    ("Two police officers, who spoke on condition of anonymity, denied that troops had fired "
     "on the crowd.", "fired"),
    ("A navy officer, speaking anonymously, ruled out a blockade of the port.", "blockade"),
])
def test_a_source_speaking_anonymously_is_anonymous(pipeline: Any, text: str,
                                                    trigger: str) -> None:
    kind, _ = _kind_of(pipeline(Document(text=text)), trigger)
    assert kind == "anonymous"


@pytest.mark.parametrize("text", [
    "A senior defence official ruled out ground operations of any kind.",
    "The defence minister ruled out a blockade of the port.",
])
def test_a_source_with_no_such_words_is_not_anonymous(pipeline: Any, text: str) -> None:
    analysis = pipeline(Document(text=text))
    attrs = {a.id: a for a in analysis.attributions}
    assert analysis.events
    assert all(attrs[e.attribution_id].kind != "anonymous" for e in analysis.events)


@pytest.mark.parametrize("text", [
    "The general staff said its aircraft had struck a column of trucks.",
    "Ukraine's general staff said its forces had repelled an assault near the river.",
    "The army's joint staff reported that two drones had been shot down.",
])
def test_a_general_staff_is_a_named_body(nlp: Any, text: str) -> None:
    cues = find_cues(next(iter(nlp(text).sents)))
    assert cues and cues[0].kind == "named"


@pytest.mark.parametrize("text", [
    "Hospital staff said three bodies had been brought in after the shelling.",
    "Airport staff said the flights had been cancelled after the drone attack.",
])
def test_other_staff_stay_unnamed(nlp: Any, text: str) -> None:
    cues = find_cues(next(iter(nlp(text).sents)))
    assert cues and cues[0].kind == "anonymous"
