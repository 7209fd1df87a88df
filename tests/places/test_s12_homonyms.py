"""Session 12 places: a namesake city far from every country the story is about is a homonym
of a place the lists lack, not the place ("Kena", a Lithuanian station, is no other spelling
of Egypt's Qina; "Palma" in a Mozambique story is not Majorca's); a month the recogniser
reads as a date is no town ("shelled the village in March" is not in England); a capital in
"Moscow-installed" says whose official it is, not where the act is. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.places.conftest import event_place_country
from warpath.places.gazetteer import gazetteer


# A namesake far away loses: the place is left to the story, not put abroad.
@pytest.mark.parametrize(("text", "trigger", "wrong"), [
    ("Lithuanian customs officers stopped a Russian freight train at the Kena station on "
     "Thursday.", "stopped", "EGY"),
    ("Afghan officials said they may close Ariana to Iranian trucks in protest.", "close",
     "TUN"),
    ("Mozambican troops retook Palma from insurgents on Sunday.", "retook", "ESP"),
    ("Ukrainian officials said Russian troops shelled the village in March, killing two.",
     "shelled", "GBR"),
    ("Moscow-installed officials accused Ukrainian forces of shelling Oleshky on Thursday.",
     "shelling", "RUS"),
])
def test_far_homonym_is_not_the_place(pipeline: Any, text: str, trigger: str,
                                      wrong: str) -> None:
    assert event_place_country(pipeline, text, trigger) != wrong


# The city itself, in a story about its own country, stays.
@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Spanish police detained six men in Palma on Sunday.", "detained", "ESP"),
    ("Egyptian police detained four men in Qena on Monday.", "detained", "EGY"),
    ("Tunisian police dispersed protesters in Ariana on Friday.", "dispersed", "TUN"),
])
def test_homonym_at_home_is_kept(pipeline: Any, text: str, trigger: str, country: str) -> None:
    assert event_place_country(pipeline, text, trigger) == country


def test_gazetteer_far_namesakes() -> None:
    gaz = gazetteer()
    kena = gaz.find("Kena", frozenset({"LTU", "RUS"}))
    assert kena is None or kena.country != "EGY"
    palma = gaz.find("Palma", frozenset({"MOZ"}))
    assert palma is None or palma.country != "ESP"
    found = gaz.find("Palma", frozenset({"ESP"}))
    assert found is not None and found.country == "ESP"
    # a world city, and a nearer city by its own name, are still taken abroad
    found = gaz.find("Geneva", frozenset({"IRN"}))
    assert found is not None and found.country == "CHE"
    found = gaz.find("Istanbul", frozenset({"UKR", "RUS"}))
    assert found is not None and found.country == "TUR"
