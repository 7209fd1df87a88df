"""Response links, session 10: a crossing, road or market shut (or a curfew ordered) by the
side an attack just hit answers that attack; a summons that names what it protests ("to
convey a protest over the intercept", "called the accusation unacceptable") answers that
act rather than the latest act against the summoner; "the attack" names force, not a
curfew or an arrest told after it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.provenance.conftest import answers


def _answers(pipeline: Any, text: str) -> dict[str, list[str]]:
    return answers(pipeline, text, dt.date(2026, 11, 18))


# A closure or a curfew on the ground an attack just hit answers it.
@pytest.mark.parametrize(("text", "answer", "answered"), [
    ("Late on Sunday, gunmen fired on a Kenyan police post near Mandera, wounding three "
     "officers. The following morning, the Kenyan government closed the crossing into "
     "Somalia.", "closed", "fired"),
    ("Militants stormed a market town in northern Burkina Faso on Friday, killing twelve "
     "people. A curfew was imposed on the town the same night.", "curfew", "stormed"),
    ("Shells fired from across the river struck a Tajik border post on Tuesday. Tajik "
     "authorities shut the bridge to all traffic.", "shut", "struck"),
    ("Gunmen attacked a bus in Plateau State, Nigeria, killing nine passengers. Police "
     "sealed off the road.", "sealed off", "attacked"),
])
def test_a_closure_answers_the_attack_on_its_ground(
        pipeline: Any, text: str, answer: str, answered: str) -> None:
    assert _answers(pipeline, text)[answer] == [answered]


# No link: a closure with a reason of its own, one by the attacking state itself, one by
# another country than the one struck, and a deal "closed".
@pytest.mark.parametrize(("text", "answer"), [
    ("Gunmen fired on a Kenyan police post near Mandera on Sunday. Separately, Kenya closed "
     "the crossing into Somalia because of flooding.", "closed"),
    ("The Malian army shelled rebel positions near Kidal on Monday. The Malian government "
     "then closed the road to Gao.", "closed"),
    ("Rebels shelled a town in eastern Congo on Monday. Uganda closed its schools for the "
     "holidays.", "closed"),
    ("Gunmen fired on a Kenyan police post near Mandera on Sunday. Kenya closed the border "
     "crossing for repairs to the bridge.", "closed"),
])
def test_a_closure_with_no_attack_on_its_side_answers_nothing(
        pipeline: Any, text: str, answer: str) -> None:
    assert _answers(pipeline, text).get(answer, []) == []


# A summons answers the act its own clause names, not the latest act against the summoner.
@pytest.mark.parametrize(("text", "answer", "answered"), [
    ("A Chinese fighter intercepted a Japanese patrol plane over the East China Sea on "
     "Monday. Chinese coast guard ships also entered Japanese waters near the Senkakus. Tokyo "
     "summoned the Chinese ambassador to lodge a protest over the interception.",
     "summoned", "intercepted"),
    ("Warships from Turkey shadowed a Greek survey vessel on Monday. On Tuesday Ankara accused "
     "Athens of arming the islands. Athens summoned the Turkish ambassador and called the "
     "accusation baseless.", "summoned", "accused"),
    ("Russian jets intercepted a Polish transport plane over the Baltic on Friday. A Russian "
     "patrol boat later detained a Polish fishing boat. Warsaw summoned the Russian envoy "
     "over the interception.", "summoned", "intercepted"),
])
def test_a_summons_answers_the_act_it_names(
        pipeline: Any, text: str, answer: str, answered: str) -> None:
    assert _answers(pipeline, text)[answer] == [answered]


# "The attack" is the strike, not the curfew or the arrests told after it.
@pytest.mark.parametrize(("text", "answer", "answered"), [
    ("Drones struck a fuel depot in Port Sudan before dawn. The governor ordered a curfew in "
     "the city that evening. Egypt condemned the attack.", "condemned", "struck"),
    ("Rockets hit an army base near Kirkuk on Sunday. Police arrested four men in the city "
     "on Monday. The UN envoy denounced the attack.", "denounced", "hit"),
    ("Mortar shells hit a school in Oog on Tuesday. The regional government closed the main "
     "road the next day. The African Union condemned the attack.", "condemned", "hit"),
])
def test_the_attack_names_force_not_a_measure_after_it(
        pipeline: Any, text: str, answer: str, answered: str) -> None:
    assert _answers(pipeline, text)[answer] == [answered]


# No link from a summons to an act of its own side.
@pytest.mark.parametrize(("text", "answer", "wrong"), [
    ("A Chinese fighter intercepted a Japanese patrol plane on Monday. Japanese ships "
     "shadowed a Chinese survey vessel on Tuesday. Tokyo summoned the Chinese ambassador "
     "over the interception.", "summoned", "shadowed"),
    ("Japanese ships shadowed a Chinese survey vessel on Monday. Tokyo summoned the Chinese "
     "ambassador over the shadowing.", "summoned", "shadowed"),
])
def test_a_summons_does_not_answer_its_own_side(
        pipeline: Any, text: str, answer: str, wrong: str) -> None:
    assert wrong not in _answers(pipeline, text).get(answer, [])


# A state's force turned on armed men answers their attack on its side just told.
@pytest.mark.parametrize(("text", "answer", "answered"), [
    ("Insurgents ambushed an army patrol in Cabo Delgado, Mozambique on Monday, killing four "
     "soldiers. Before dawn on Tuesday, army helicopters pounded rebel bases in the forest.",
     "pounded", "ambushed"),
    ("Gunmen stormed a police station in Zamfara, Nigeria late on Sunday, killing three "
     "officers. Police officers shot dead five of the attackers the next morning.",
     "shot", "stormed"),
    ("Militants attacked a checkpoint in North Waziristan, Pakistan on Friday. Pakistani "
     "troops raided militant hideouts near Mir Ali, killing six.", "raided", "attacked"),
])
def test_a_counter_operation_answers_the_armed_mens_attack(
        pipeline: Any, text: str, answer: str, answered: str) -> None:
    assert _answers(pipeline, text)[answer] == [answered]


# No link: force after the state's own operation, after an attack in another state, or
# after an attack by another state's forces.
@pytest.mark.parametrize(("text", "answer"), [
    ("The Nigerian army bombed rebel camps in Borno state on Monday. Soldiers killed ten "
     "insurgents near Bama on Tuesday.", "killed"),
    ("Militants attacked a checkpoint in Kenya's Lamu county on Friday. Somali troops raided "
     "militant hideouts near Kismayo on Saturday.", "raided"),
    ("Chadian jets bombed a village in Borno, Nigeria on Friday. Nigerian troops raided "
     "militant hideouts near Bama on Saturday.", "raided"),
])
def test_a_counter_operation_with_no_armed_mens_attack_answers_nothing(
        pipeline: Any, text: str, answer: str) -> None:
    assert _answers(pipeline, text).get(answer, []) == []


# An act named far on by its own verb's noun ("the arrest" for "arrested"), and the
# speaker's next sentence opening on "It", answer that act.
@pytest.mark.parametrize(("text", "answers", "answered"), [
    ("Norwegian coast guards arrested a Russian trawler off Svalbard on Monday. "
     + "The weather in the area was calm. " * 22
     + "The Russian embassy said the crew had been fishing lawfully and rejected the arrest "
       "as illegal. It warned that Moscow would take all necessary measures.",
     ("rejected", "warned"), "arrested"),
    ("Greek police detained a Turkish fishing crew near Lesbos on Monday. "
     + "Fishing in the area is seasonal. " * 22
     + "The Turkish foreign ministry condemned the detention. It warned that Ankara would "
       "respond.", ("condemned", "warned"), "detained"),
])
def test_an_act_named_far_on_and_the_speakers_next_sentence(
        pipeline: Any, text: str, answers: tuple[str, ...], answered: str) -> None:
    got = _answers(pipeline, text)
    for answer in answers:
        assert got[answer] == [answered]
