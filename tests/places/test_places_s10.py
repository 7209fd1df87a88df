"""Session 10 places: a people's adjective before a noun ("the Somali border", "the German
border") is no subdivision that happens to bear the same name; the subdivision named as one
("the Somali region") still is. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.places.conftest import event_place_country
from warpath.document import Document


# The adjective names whose border, coast or side it is, not a region of that name.
@pytest.mark.parametrize(("text", "trigger", "wrong"), [
    ("Coast guards exchanged fire with smugglers near the Somali maritime border on Monday.",
     "exchanged", "ETH"),
    ("Pirates hijacked a fishing dhow off the Somali coast on Sunday.", "hijacked", "ETH"),
    ("Farmers blocked the motorway near the German border on Friday.", "blocked", "IMN"),
    ("Police detained six migrants on the German side of the river on Tuesday.", "detained",
     "IMN"),
])
def test_a_demonym_before_a_noun_is_no_region(pipeline: Any, text: str, trigger: str,
                                              wrong: str) -> None:
    assert event_place_country(pipeline, text, trigger) != wrong


# A subdivision named as one, or standing alone after "in", is still the place.
@pytest.mark.parametrize(("text", "trigger", "iso"), [
    ("Militiamen attacked a herders' camp in the Somali region of Ethiopia on Monday.",
     "attacked", "ETH"),
    ("Gunmen ambushed a bus in Ethiopia's Somali region on Monday.", "ambushed", "ETH"),
])
def test_a_region_named_as_one_stays(pipeline: Any, text: str, trigger: str,
                                     iso: str) -> None:
    assert event_place_country(pipeline, text, trigger) == iso


# A body's initials are no town that happens to be spelled the same ("Un", "Au").
@pytest.mark.parametrize(("text", "initials"), [
    ("The government asked the UN to discuss the attacks in July.", "UN"),
    ("The ministers urged the AU to send monitors after the clashes.", "AU"),
    ("The rebels asked the EAC to mediate the dispute.", "EAC"),
])
def test_initials_are_no_town(pipeline: Any, text: str, initials: str) -> None:
    analysis = pipeline(Document(text=text))
    names = {(e.location.name or "").lower() for e in analysis.events if e.location}
    assert initials.lower() not in names


# A town of a few letters written as a name still is one.
@pytest.mark.parametrize(("text", "trigger", "iso"), [
    ("Rebels shelled the town of Ede on Monday.", "shelled", "NGA"),
    ("Gunmen attacked a market in Goma on Monday.", "attacked", "COD"),
])
def test_a_short_town_name_stays(pipeline: Any, text: str, trigger: str, iso: str) -> None:
    assert event_place_country(pipeline, text, trigger) == iso
