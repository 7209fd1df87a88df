"""Session 10: tolls by class (sentences written for these tests).

Classes: the people who report a toll, run straight into "said" after a comma, are not more
dead ("killing seven people, two officials and a spokesman said"); people getting care for a
wound count as wounded ("eleven people needed treatment for their injuries").
"""

from __future__ import annotations

from typing import Any

import pytest

from warpath.document import Document


def _tolls(pipeline: Any, text: str) -> dict[str, tuple[int | None, int | None]]:
    out: dict[str, tuple[int | None, int | None]] = {}
    for e in pipeline(Document(text=text)).events:
        if e.type in ("ASSAULT", "COERCE"):
            out.setdefault(e.trigger.text, (e.killed, e.wounded))
    return out


# Speakers run into "said" after the victims are not counted among them.
@pytest.mark.parametrize(("text", "trigger", "killed"), [
    ("A drone struck a market near Gao on Sunday, killing at least seven people, two local "
     "officials and a rebel spokesman said.", "struck", 7),
    ("Gunmen attacked a bus near Mopti, killing nine passengers, three witnesses and a police "
     "officer told reporters.", "attacked", 9),
    ("Jets bombed a fuel depot outside Sennar, killing four workers, a union leader and two "
     "residents reported.", "bombed", 4),
])
def test_speakers_after_a_toll_are_no_victims(pipeline: Any, text: str, trigger: str,
                                              killed: int) -> None:
    assert _tolls(pipeline, text)[trigger][0] == killed


# A list of victims closed by a full stop or by a comma before the speaker still adds up.
@pytest.mark.parametrize(("text", "trigger", "killed"), [
    ("Gunmen attacked a bus near Mopti, killing nine passengers, three soldiers and a police "
     "officer.", "attacked", 13),
    ("Gunmen attacked a bus near Mopti, killing nine passengers, three soldiers and a police "
     "officer, the governor said.", "attacked", 13),
])
def test_a_list_of_victims_still_adds_up(pipeline: Any, text: str, trigger: str,
                                         killed: int) -> None:
    assert _tolls(pipeline, text)[trigger][0] == killed


# Counted people getting care for a wound, or hospital care, are the wounded.
@pytest.mark.parametrize(("text", "trigger", "wounded"), [
    ("Guards beat the prisoners with batons, and nine people needed treatment for their "
     "injuries at the camp.", "beat", 9),
    ("Soldiers fired on the crowd, and fourteen people received hospital treatment for "
     "gunshot wounds.", "fired", 14),
    ("Police beat the marchers with clubs; six people required medical care.", "beat", 6),
])
def test_care_for_a_wound_counts_the_wounded(pipeline: Any, text: str, trigger: str,
                                             wounded: int) -> None:
    assert _tolls(pipeline, text)[trigger][1] == wounded


# Care for an illness, or care only said to be needed by "the wounded", counts no one.
@pytest.mark.parametrize(("text", "trigger"), [
    ("Troops shelled the town, and two residents needed treatment for asthma.", "shelled"),
    ("Troops shelled the town, and the wounded need urgent care.", "shelled"),
    ("Troops shelled the town; no one needed hospital treatment.", "shelled"),
])
def test_care_without_a_counted_wound_counts_no_one(pipeline: Any, text: str,
                                                    trigger: str) -> None:
    assert _tolls(pipeline, text)[trigger][1] in (None, 0)
