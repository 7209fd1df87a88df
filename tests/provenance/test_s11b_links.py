"""Response links on unseen text (session 11, round 2): general mechanisms that tie an answer
to the act it answers. All texts are our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from warpath.document import Document, Event


def _run(pipeline: Any, text: str, published: dt.date | None = None) -> list[Event]:
    return pipeline(Document(text=text, published=published)).events


def _by_word(events: list[Event], word: str, etype: str | None = None) -> Event:
    for e in events:
        if e.trigger.text.lower().startswith(word) and (etype is None or e.type == etype):
            return e
    raise AssertionError(f"no event on {word!r}: {[e.trigger.text for e in events]}")


# An accusation that lays an act told before on someone, the act named again by a definite
# noun of force ("of the attack", "of carrying out the bombing"), answers that act, however
# the parse hangs the "of" phrase.
@pytest.mark.parametrize(("text", "act"), [
    ("Militiamen attacked a police station in Kadugli on Friday, killing three officers. "
     "The interior ministry accused \"bandits sheltered by the local governor\" of the attack "
     "on Saturday.", "attacked"),
    ("Unknown gunmen ambushed a bus near Garissa on Monday, killing six passengers. "
     "The county commissioner accused Somali militants of staging the ambush.", "ambushed"),
    ("A car bomb tore through a hotel lobby in Kismayo on Sunday, killing nine guests. "
     "The regional government accused al-Shabaab of carrying out the bombing.", "tore"),
])
def test_an_accusation_naming_the_act_answers_it(pipeline: Any, text: str, act: str) -> None:
    events = _run(pipeline, text)
    charge = _by_word(events, "accused", "ACCUSE")
    assert _by_word(events, act).id in charge.responds_to, text


@pytest.mark.parametrize("text", [
    # the definite act is a new one, nothing told before it
    "Talks resumed in Geneva on Monday. The minister accused the rebels of the killing of two "
    "aid workers at a checkpoint.",
    # the charge is about something else; the act noun sits in a time phrase of its own
    "Troops raided a farm near Bouar on Monday. A rights group accused the police of beating "
    "students in the aftermath of the raid on the campus.",
    # the gerund is an act of its own, not one that only carries the act noun
    "Militants fired a rocket at the airport on Monday. The militants' spokesman accused the "
    "government of using the attack as a pretext to close the border.",
])
def test_an_accusation_naming_no_earlier_act_links_nothing(pipeline: Any, text: str) -> None:
    events = _run(pipeline, text)
    charge = _by_word(events, "accused", "ACCUSE")
    assert not charge.responds_to, (text, charge.responds_to)


# Two acts of force joined by "and" under one subject are one answer: the response cue that
# hangs from one of them ("in retaliation", "in response to …") links both.
@pytest.mark.parametrize(("text", "first", "second", "act"), [
    ("Rebels overran an army post near Beni on Friday, killing five soldiers. On Saturday the "
     "army said its helicopters had bombed a rebel camp and had shelled two villages in "
     "retaliation for the assault.", "bombed", "shelled", "overran"),
    ("Militants shelled the border town of Kalay on Monday. Hours later the artillery pounded "
     "their launch sites and destroyed two mortars in response to the shelling.",
     "pounded", "destroyed", "shelled"),
    ("Militia fighters ambushed a supply convoy near Tal Afar on Sunday. Coalition jets bombed "
     "a militia depot and strafed their trucks in response to the ambush.", "bombed",
     "strafed", "ambushed"),
])
def test_joined_acts_of_force_share_the_answer(pipeline: Any, text: str, first: str,
                                               second: str, act: str) -> None:
    events = _run(pipeline, text)
    answered = _by_word(events, act).id
    for word in (first, second):
        assert answered in _by_word(events, word).responds_to, (word, text)


@pytest.mark.parametrize(("text", "word"), [
    # a conjunct with its own subject is another side's act
    ("Bandits raided a village near Zurmi on Monday. On Tuesday gunmen burned a farm and the "
     "police arrested four men in response to the raid.", "burned"),
    # the partner answers nothing
    ("Soldiers patrolled the market and raided the stalls on Friday.", "raided"),
])
def test_force_joined_to_no_answer_of_its_doers_links_nothing(pipeline: Any, text: str,
                                                              word: str) -> None:
    events = _run(pipeline, text)
    assert not _by_word(events, word).responds_to, text


# A noun that names an act by its dead ("the massacre", "the slaughter") fits the act told
# with a death toll better than a nearer act of force told without one.
@pytest.mark.parametrize(("text", "answer", "act"), [
    ("Gunmen opened fire on worshippers at a mosque in Kano on Friday, killing 12 people. "
     "Soldiers have fought the sect in the north-east for years. On Saturday the army said it "
     "had bombed a hideout of the gunmen in response to the massacre.", "bombed", "opened"),
    ("Militiamen burned a village near Djugu on Tuesday, killing 20 villagers. The militia has "
     "clashed with the army around Djugu since 2019. In a statement on Wednesday, the army said "
     "its troops had shelled the militia's base in retaliation for the killings.",
     "shelled", "burned"),
    ("Raiders attacked a cattle camp near Pibor on Monday and killed nine herders. Youths from "
     "the area have raided neighbouring counties for months. A county official said on Tuesday "
     "that local guards had struck back in revenge for the slaughter.", "struck", "attacked"),
])
def test_a_noun_of_killing_names_the_act_with_dead(pipeline: Any, text: str, answer: str,
                                                   act: str) -> None:
    events = _run(pipeline, text)
    assert _by_word(events, act).id in _by_word(events, answer).responds_to, text


def test_a_noun_of_killing_keeps_the_nearer_act_with_dead(pipeline: Any) -> None:
    text = ("Rebels killed five soldiers in an ambush near Beni on Monday. On Tuesday militiamen "
            "massacred 40 villagers at Mbau. The army said it had shelled rebel positions in "
            "response to the massacre.")
    events = _run(pipeline, text)
    answer = _by_word(events, "shelled")
    assert _by_word(events, "massacred").id in answer.responds_to
    assert _by_word(events, "killed").id not in answer.responds_to


# Forces reaching a named place answer the attack told there before ("a police unit reached
# Kuma"): the place is the object of "reach", as it is the object of "to" after "sent".
@pytest.mark.parametrize(("text", "act"), [
    ("Gunmen raided the village of Kuma on Sunday, killing four farmers. Police said they had "
     "made no arrests. A police unit reached Kuma on Monday afternoon.", "raided"),
    ("Bandits stormed a school in Kebbi on Friday and abducted 30 pupils. Soldiers reached "
     "Kebbi late on Saturday.", "stormed"),
    ("Insurgents overran a navy outpost at Mocimboa on Tuesday. Two days later a Rwandan "
     "battalion reached Mocimboa by road.", "overran"),
])
def test_forces_reaching_the_place_of_an_attack_answer_it(pipeline: Any, text: str,
                                                          act: str) -> None:
    events = _run(pipeline, text)
    assert _by_word(events, act).id in _by_word(events, "reached").responds_to, text


@pytest.mark.parametrize("text", [
    "A police unit reached Kuma on Monday afternoon.",
    "Rebels shelled Beni on Sunday, killing two. A police unit reached Goma on Monday.",
])
def test_forces_reaching_another_place_answer_nothing(pipeline: Any, text: str) -> None:
    events = _run(pipeline, text)
    assert not _by_word(events, "reached").responds_to, text


# An answer dated only by the sentence that reports it ("the army said on Tuesday its jets
# had …") is of another episode than an act the text dates to a past year: the act of this
# week is answered, the old one only when nothing of this week fits.
PUBLISHED = dt.date(2026, 5, 14)


@pytest.mark.parametrize(("text", "answer", "act"), [
    ("Rebels stormed a base near Kidal on Monday, killing nine soldiers. The group has long "
     "been active in the area. In March 2021 its fighters raided villages around Kidal, "
     "killing dozens. In a statement on Tuesday, the army said its jets had bombed the rebels "
     "in response to the attack.", "bombed", "stormed"),
    ("Pirates attacked a freighter off Hobyo on Sunday, wounding two sailors. In June 2019 "
     "pirates from the same clan had hijacked a dhow near Hobyo. The navy said on Monday that "
     "its helicopters had fired on the pirates' skiffs in retaliation for the attack.",
     "fired", "attacked"),
    ("Militants shelled a border post near Chaman on Saturday. Back in 2022 the same group "
     "ambushed a convoy on the highway. On Sunday the army said its artillery had pounded the "
     "militants in response to the attack.", "pounded", "shelled"),
])
def test_an_act_of_a_past_year_is_not_the_one_answered(pipeline: Any, text: str, answer: str,
                                                       act: str) -> None:
    events = _run(pipeline, text, PUBLISHED)
    assert _by_word(events, answer).responds_to == [_by_word(events, act).id], text


@pytest.mark.parametrize(("text", "act"), [
    # nothing of this week is told: the past act is still the one named
    ("In March 2021 rebels raided villages around Kidal, killing dozens. On Tuesday the army "
     "said its jets had bombed the rebels in response to the raid.", "raided"),
    # an act of this year is no past episode
    ("Rebels stormed a base near Kidal on Monday, killing nine soldiers. In March rebels from "
     "the same group raided villages around Kidal. In a statement on Tuesday, the army said its "
     "jets had bombed the rebels in response to the raids.", "raided"),
])
def test_a_past_act_is_answered_when_it_is_the_one_named(pipeline: Any, text: str,
                                                        act: str) -> None:
    events = _run(pipeline, text, PUBLISHED)
    assert _by_word(events, act).id in _by_word(events, "bombed").responds_to, text


# An act told as a habit ("have raided villages regularly since 2019", "for years", "over the
# past two years") is no single deed: force turned on the doers answers the deed told as one.
@pytest.mark.parametrize(("text", "answer", "act"), [
    ("Bandits killed nine farmers in a raid on Dansadau on Sunday. Bandits have raided villages "
     "in the area regularly since 2019. On Monday soldiers chased the raiders into the forest "
     "and killed four of them.", "chased", "killed"),
    ("Militants ambushed a police convoy near Wana on Friday, killing six officers. The "
     "militants have ambushed convoys on that road for years. Police shot two of the attackers "
     "on Saturday.", "shot", "ambushed"),
    ("Gunmen shot dead a village chief near Kachia on Sunday. Gunmen have attacked farms around "
     "Kachia frequently this year. Police arrested two of the gunmen on Tuesday.",
     "arrested", "shot"),
])
def test_a_habit_is_not_the_act_answered(pipeline: Any, text: str, answer: str,
                                         act: str) -> None:
    events = _run(pipeline, text, PUBLISHED)
    assert _by_word(events, answer).responds_to == [_by_word(events, act).id], text


# "went after the raiders": "after" makes a verb of motion a pursuit of the doers named.
@pytest.mark.parametrize(("text", "act"), [
    ("Rebels attacked a police post in Tibesti on Sunday, killing three officers. Early on "
     "Monday, an army column went after the attackers and caught up with them near the "
     "border.", "attacked"),
    ("Herders raided a farm near Jos on Sunday and killed two men. A squad of vigilantes went "
     "after the raiders on Monday.", "raided"),
])
def test_going_after_the_doers_answers_their_act(pipeline: Any, text: str, act: str) -> None:
    events = _run(pipeline, text, PUBLISHED)
    assert _by_word(events, act).id in _by_word(events, "went after").responds_to, text


def test_going_after_doers_of_nothing_told_links_nothing(pipeline: Any) -> None:
    events = _run(pipeline, "Soldiers went after the raiders on Monday.", PUBLISHED)
    assert not _by_word(events, "went after").responds_to


# A denial of an act answers the charge that laid it on the denier's side, also when the
# accuser's country is not known ("He accused youths from Kenya …" … Kenyan police denied).
@pytest.mark.parametrize(("text", "charge"), [
    ("Gunmen killed six traders near Moyale on Sunday. The district commissioner accused "
     "armed youths from Ethiopia of carrying out the attack. Ethiopian police denied that the "
     "gunmen had come from Ethiopia.", "accused"),
    ("Bandits stole 300 cattle near Lokichoggio on Monday and killed a herder. The area chief "
     "accused raiders from Uganda of the killing. Ugandan police denied that the bandits had "
     "crossed from Uganda.", "accused"),
])
def test_a_denial_answers_the_charge_of_an_unplaced_accuser(pipeline: Any, text: str,
                                                            charge: str) -> None:
    events = _run(pipeline, text, PUBLISHED)
    denial = _by_word(events, "denied", "REJECT")
    assert _by_word(events, charge, "ACCUSE").id in denial.responds_to, text


def test_a_denial_does_not_answer_its_own_sides_charge(pipeline: Any) -> None:
    text = ("Gunmen killed six traders near Moyale on Sunday. Ethiopian police accused armed "
            "youths from Ethiopia of carrying out the attack. Ethiopian police denied that the "
            "gunmen had come from the town.")
    events = _run(pipeline, text, PUBLISHED)
    denial = _by_word(events, "denied", "REJECT")
    assert _by_word(events, "accused", "ACCUSE").id not in denial.responds_to
