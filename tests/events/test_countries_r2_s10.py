"""Countries of the sides by class (session 10, round 2): "the North"/"the South" for a state
whose name is a compass word and one more, and an armed group that fights in several states
acting in a story set in one. All sentences are our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from warpath.document import Document

PUBLISHED = dt.date(2026, 11, 26)


def _sides(pipeline: Any, text: str, trigger: str) -> tuple[str | None, str | None]:
    analysis = pipeline(Document(text=text, published=PUBLISHED))
    hits = [e for e in analysis.events if e.trigger.text == trigger]
    assert hits, [e.trigger.text for e in analysis.events]
    e = hits[-1]
    return (e.source.country if e.source else None, e.target.country if e.target else None)


# "The North", "the South's navy": the state named "North X"/"South X" in the same text.
@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("South Korea and North Korea exchanged fire on Monday. The North fired two shells at "
     "Yeonpyeong.", "fired", "PRK"),
    ("North Korea tested a missile on Sunday. Seoul said the North's navy command had "
     "threatened more launches.", "threatened", "PRK"),
    ("Sudan and South Sudan signed an oil deal in Juba. The South agreed to pay transit "
     "fees.", "agreed", "SSD"),
])
def test_a_compass_half_is_its_state(pipeline: Any, text: str, trigger: str,
                                     source: str) -> None:
    assert _sides(pipeline, text, trigger)[0] == source


@pytest.mark.parametrize(("text", "trigger"), [
    # no state of that name in the text: a region
    ("Troops clashed with protesters in the North on Sunday, police in Belfast said.",
     "clashed"),
    # lower case, "of": a part of a country
    ("Rebels attacked a base in the north of the country on Monday, the army said.",
     "attacked"),
])
def test_no_compass_state(pipeline: Any, text: str, trigger: str) -> None:
    analysis = pipeline(Document(text=text, published=PUBLISHED))
    assert not any(a.kind == "state" and a.country in ("PRK", "KOR", "SSD", "MKD")
                   for a in analysis.actors)
    assert _sides(pipeline, text, trigger)[1] not in ("PRK", "KOR", "SSD", "MKD")


# An armed group that fights in several states, listed with no state and no branch, is the
# side of the conflict in the story's country.
@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("JNIM attacked a gendarmerie post near Kayes in Mali on Monday. Malian troops repelled "
     "the assault near Kayes, and the army said Mali would reinforce its posts near Nioro.",
     "attacked", "MLI"),
    ("JNIM ambushed a convoy near Djibo in Burkina Faso on Monday. Burkina Faso's army said "
     "the attack near Djibo was repelled, and residents of Djibo fled to Ouahigouya.",
     "ambushed", "BFA"),
    ("JNIM fighters stormed a police post near Kandi in Benin on Sunday. Benin's army said "
     "two officers died in Kandi, and Benin sent troops to Banikoara.", "stormed", "BEN"),
])
def test_a_roaming_group_is_of_the_story(pipeline: Any, text: str, trigger: str,
                                         source: str) -> None:
    assert _sides(pipeline, text, trigger)[0] == source


def test_international_bodies_keep_no_country(pipeline: Any) -> None:
    text = ("The United Nations condemned the attack on the base near Djibo in Burkina Faso. "
            "The UN said Burkina Faso needed help, and aid agencies in Djibo asked for access.")
    analysis = pipeline(Document(text=text, published=PUBLISHED))
    un = [a for a in analysis.actors if a.name and "United Nations" in a.name]
    assert un and all(a.country is None for a in un)


def test_a_group_with_a_branch_takes_the_branch(pipeline: Any) -> None:
    text = ("Islamic State fighters raided a village near Mocimboa da Praia in Mozambique on "
            "Monday. Mozambique's army said it killed six of them near Mocimboa da Praia.")
    analysis = pipeline(Document(text=text, published=PUBLISHED))
    found = [a for a in analysis.actors if a.name and a.name.startswith("Islamic State")]
    assert found and all(a.country == "MOZ" for a in found)
