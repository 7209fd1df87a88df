"""Session 8: bodies and people the actors stage gives a country through a name it knew
before or a place.

Classes: one capitalised word of a body named earlier stands for that body ("the Guards"
after "the Islamic Revolutionary Guard Corps"), unless several bodies named before share it;
a town's name that the tagger reads as a place somewhere in the text is no person anywhere in
it.
"""

from __future__ import annotations

from typing import Any

from warpath.document import Actor, Document


def _actor(pipeline: Any, text: str, words: str) -> Actor | None:
    analysis = pipeline(Document(text=text))
    return next((a for a in analysis.actors
                 if any(m.text == words for m in a.mentions)),
                None)


def test_one_word_of_a_body_named_before_stands_for_it(pipeline: Any) -> None:
    found = _actor(pipeline, "Iran's Islamic Revolutionary Guard Corps said its forces struck "
                   "camps in Iraq. The Guards warned that the operation would go on.", "Guards")
    assert found is not None and found.country == "IRN"
    found = _actor(pipeline, "The Polisario Front said its units shelled a Moroccan post on "
                   "Sunday. The Front warned of more attacks.", "Front")
    assert found is not None and found.id == "polisario-front"


def test_one_word_with_no_body_or_several_before_it(pipeline: Any) -> None:
    found = _actor(pipeline, "The Guards warned that the operation would go on.", "Guards")
    assert found is None or found.country is None
    found = _actor(pipeline, "The Kurdistan Democratic Party of Iran and the Kurdistan "
                   "Democratic Party both condemned the strike. The Party said two members died.",
                   "Party")
    assert found is None or found.id not in ("kurdistan-democratic-party-of-iran",
                                             "kurdistan-democratic-party")


def test_town_tagged_as_a_place_is_no_person(pipeline: Any) -> None:
    analysis = pipeline(Document(text=(
        "Two shells landed in Mae Sot district, Tak province, on Tuesday. One shell hit a "
        "school in Mae Sot municipality. Residents in Mae Sot said the army moved 300 people "
        "to a temple in Mae Sot.")))
    assert not any(a.kind == "person" and a.name == "Mae Sot" for a in analysis.actors)


def test_initials_of_a_body_named_before_stand_for_it(pipeline: Any) -> None:
    found = _actor(pipeline, "Maoists ambushed a patrol of the District Reserve Guard near "
                   "Bijapur on Sunday. The DRG said four insurgents were killed.", "DRG")
    assert found is not None and found.id == "district-reserve-guard"
    found = _actor(pipeline, "Rebels attacked a post of the Border Security Force near the "
                   "river. Later the BSF said two rebels had been captured.", "BSF")
    assert found is not None and found.name == "Border Security Force"


def test_initials_that_spell_no_body_named_before(pipeline: Any) -> None:
    found = _actor(pipeline, "The DRG said four insurgents were killed near Bijapur.", "DRG")
    assert found is None or found.name == "DRG"
    found = _actor(pipeline, "Maoists ambushed a patrol of the District Reserve Guard near "
                   "Bijapur. The CRPF said four insurgents were killed.", "CRPF")
    assert found is None or found.name != "District Reserve Guard"
