"""Breadth of the dictionary: named security bodies and armed groups whose names carry no
country word still resolve to their state; names shared by several states, or ordinary
words, do not."""

from __future__ import annotations

import pytest

from warpath.document import Analysis, Document


def by_mention(analysis: Analysis) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (a.country, a.sector) for a in analysis.actors for m in a.mentions}


@pytest.mark.parametrize(("text", "mention", "country", "sector"), [
    ("Troops of the Border Security Force fired flares over the river near Sylhet on Tuesday.",
     "Border Security Force", "IND", "MIL"),
    ("A patrol of the BGB found the boat abandoned near a sandbar at dawn.",
     "BGB", "BGD", "MIL"),
    ("Two CRPF jawans were hurt when a crowd threw stones at their vehicle.",
     "CRPF", "IND", "COP"),
    ("The Assam Rifles set up checkpoints along the highway after the ambush.",
     "Assam Rifles", "IND", "MIL"),
    ("Officers of the Guardia Nacional escorted the convoy to Apatzingan.",
     "Guardia Nacional", "MEX", "MIL"),
    ("The IPOA said it had opened an inquiry into the shooting of a student.",
     "IPOA", "KEN", "GOV"),
    ("A jet of the Air Self-Defense Force was scrambled when the bombers flew south.",
     "Air Self-Defense Force", "JPN", "MIL"),
    ("The Philippine Department of Foreign Affairs lodged a protest over the water cannon.",
     "Philippine Department of Foreign Affairs", "PHL", "GOV"),
    ("RED-Tabara fighters crossed the lake at night and shelled a border post.",
     "RED-Tabara", "BDI", "REB"),
    ("Thai rangers returned fire after the bomb went off beside the road.",
     "Thai rangers", "THA", "MIL"),
    ("A spokesman for the Kachin Independence Army said its units had taken the jade mines.",
     "Kachin Independence Army", "MMR", "REB"),
    ("The Barisan Revolusi Nasional denied it had planted the device.",
     "Barisan Revolusi Nasional", "THA", "REB"),
    ("Fighters from Carteles Unidos dropped explosives from drones on the village.",
     "Carteles Unidos", "MEX", "CRM"),
    ("The Sinjar Resistance Units said a drone had struck one of their vehicles.",
     "Sinjar Resistance Units", "IRQ", "REB"),
    ("The Royal Papua New Guinea Constabulary sent a mobile squad to Wabag.",
     "Royal Papua New Guinea Constabulary", "PNG", "COP"),
    ("Leaders of the Kuki-Zo Council called a shutdown in the hill districts.",
     "Kuki-Zo Council", "IND", "OPP"),
    ("The Black Sea Fleet moved two frigates out of Sevastopol.",
     "Black Sea Fleet", "RUS", "MIL"),
])
def test_named_body_takes_its_state(actor_pipeline, text, mention, country, sector):
    found = by_mention(actor_pipeline(Document(text=text)))
    assert mention in found, (mention, found)
    assert found[mention] == (country, sector)


def test_another_states_adjective_wins_over_the_listed_country(actor_pipeline):
    # "National Guard" is listed only for Mexico as "Guardia Nacional"; a qualified form of
    # another state's guard keeps that state.
    found = by_mention(actor_pipeline(Document(
        text="The Venezuelan National Guard closed the bridge while the Guardia Nacional "
             "Bolivariana checked trucks.")))
    assert found["Venezuelan National Guard"][0] == "VEN"
    assert found["Guardia Nacional Bolivariana"][0] == "VEN"


@pytest.mark.parametrize(("text", "word"), [
    ("A fact check: the video was filmed in 2019, not last week.", "fact"),
    ("The soldier was listed as KIA after the firefight.", "KIA"),
    ("The border guard waved the bus through.", "border guard"),
    ("The national guard was called out in three states.", "national guard"),
    ("Rangers won the derby on Sunday.", "Rangers"),
    ("The AFC announced the draw for the football cup.", "AFC"),
])
def test_ordinary_or_shared_words_name_no_listed_body(actor_pipeline, text, word):
    analysis = actor_pipeline(Document(text=text))
    listed = {m.text: a.country for a in analysis.actors for m in a.mentions}
    assert listed.get(word) is None


@pytest.mark.parametrize(("text", "adjective", "country"), [
    ("Kenyan police opened fire on the crowd outside the court.", "Kenyan", "KEN"),
    ("Indonesian police raided a house in Poso at dawn.", "Indonesian", "IDN"),
    ("Mexican troops and Thai police officers trained together.", "Thai", "THA"),
])
def test_a_country_word_before_a_common_noun_stays_the_state(actor_pipeline, text, adjective,
                                                              country):
    # "Kenyan police" is an unnamed body of a state the sentence names: the adjective keeps
    # naming the state (other stages read the sentence's country from it).
    analysis = actor_pipeline(Document(text=text))
    states = {m.text: a.country for a in analysis.actors if a.kind == "state"
              for m in a.mentions}
    assert states.get(adjective) == country
