"""Attribution kinds by class (session 10): the turns of a parliamentary record or a hearing's
transcript, labelled in mixed case by an honorific and a name ("Mr Hale:"), by a numbered
question with a seat and a party beside the name, or by an office with its holder beside it.
All sentences are our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from warpath.document import Document

PUBLISHED = dt.date(2026, 11, 26)


def _attribution(pipeline: Any, text: str, trigger: str) -> tuple[str, str | None]:
    analysis = pipeline(Document(text=text, published=PUBLISHED))
    by_id = {a.id: a for a in analysis.attributions}
    hits = [e for e in analysis.events if e.trigger.text == trigger]
    assert hits, [e.trigger.text for e in analysis.events]
    attr = by_id[hits[0].attribution_id]
    return str(attr.kind), attr.source


# A turn labelled by an honorific and a name, or by an office with its holder beside it, is
# that person's word, "we" and "I" included.
@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("4. Ms Carys Hale (Ogmore Vale) (Lab): What steps is the Government taking on the "
     "fishing dispute?\n\n"
     "The Minister for the Armed Forces (Mr Owen Trask): On Friday night a patrol boat of the "
     "Moroccan navy fired warning shots at two trawlers off Dakhla.",
     "fired", "Mr Owen Trask"),
    ("Mrs Jana Kovac: Will the Minister say what happened at the border?\n\n"
     "Dr Lukas Brenner: Our customs officers seized three lorries of fuel near Passau on "
     "Monday, and we have summoned the chargé d'affaires.",
     "seized", "Dr Lukas Brenner"),
    ("Sir Peter Anwyl (Tewkesbury) (Con): Has the ambassador been called in?\n\n"
     "Mr Dawes: Yes. We expelled two of their diplomats on Thursday.",
     "expelled", "Mr Dawes"),
    ("The Prime Minister: The navy intercepted the smuggling boat off Gozo yesterday, and "
     "its crew were arrested.",
     "intercepted", "The Prime Minister"),
])
def test_a_record_turn_is_the_speakers(pipeline: Any, text: str, trigger: str,
                                       source: str) -> None:
    assert _attribution(pipeline, text, trigger) == ("named", source)


# Labels of the outlet's own, a place, or a clause before a colon name no speaker: the
# writer speaks there.
@pytest.mark.parametrize(("text", "trigger"), [
    ("Update: Troops shelled the village of Kurakhove again overnight.", "shelled"),
    ("Background: Rebels seized the town of Bunia in 2003 after weeks of fighting.",
     "seized"),
    ("The short version, for those in a hurry: police arrested forty protesters outside "
     "parliament on Sunday.", "arrested"),
])
def test_other_labels_leave_the_writer(pipeline: Any, text: str, trigger: str) -> None:
    assert _attribution(pipeline, text, trigger)[0] == "author"


# The spokesperson of a body already met, singled out by a possessive, speaks for it: the
# body is named.
@pytest.mark.parametrize(("text", "trigger"), [
    ("The Tigray interim administration met on Monday. Its deputy spokesman warned that "
     "federal troops would be resisted if they advanced.", "warned"),
    ("The ELN has held the engineers since May. Its spokesman rejected the army's claim "
     "that the group had killed one of them.", "rejected"),
    ("The council named a new leader on Friday. The council's spokesman accused the army "
     "of shelling the market.", "accused"),
    ("The junta took power in May. The transition's spokeswoman blamed exiled officers for "
     "the attack on the barracks.", "blamed"),
])
def test_a_known_bodys_spokesperson_is_named(pipeline: Any, text: str, trigger: str) -> None:
    assert _attribution(pipeline, text, trigger)[0] == "named"


# A spokesperson of no body, or one who asks to stay unnamed, is anonymous.
@pytest.mark.parametrize(("text", "trigger"), [
    ("A spokesman, who asked not to be named, said soldiers had shelled the village.",
     "shelled"),
    ("An unnamed spokesman in Goma said rebels had seized the airport.", "seized"),
])
def test_an_unknown_spokesperson_stays_anonymous(pipeline: Any, text: str,
                                                 trigger: str) -> None:
    assert _attribution(pipeline, text, trigger)[0] == "anonymous"
