"""Response links (session 10, round 2): forces sent to, or reaching, a place named only by
a noun that points back ("the area", "the town", "the scene") answer the attack told just
before; a measure "in connection with" (or "in relation to") an act named by a definite
noun answers that act. All sentences are our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.provenance.conftest import answers


def _answers(pipeline: Any, text: str) -> dict[str, list[str]]:
    return answers(pipeline, text, dt.date(2026, 3, 10))


@pytest.mark.parametrize(("text", "answer", "answered"), [
    ("Militants stormed a market town in the north of Borno state overnight, torching dozens "
     "of stalls. Residents said at least six traders were missing. Troops reached the town at "
     "dawn.", "reached", "stormed"),
    ("Rebels shelled a camp for displaced families outside Goma on Tuesday. Two children "
     "died. Peacekeepers arrived at the scene hours later.", "arrived", "shelled"),
    ("Bandits raided a farming village in Zamfara on Sunday night and carried off cattle. "
     "Several houses were burnt. Most families fled into the bush. The local chief appealed "
     "for calm. The governor dispatched a police unit to the village on Monday.",
     "dispatched", "raided"),
    ("Gunmen attacked a gold mine in Kidal region before dawn on Friday. The owners said "
     "work had stopped. Traders closed their stalls early. A column of soldiers reached the "
     "site by nightfall.", "reached", "attacked"),
])
def test_forces_sent_to_the_place_of_an_attack_answer_it(
        pipeline: Any, text: str, answer: str, answered: str) -> None:
    assert answered in _answers(pipeline, text)[answer]


@pytest.mark.parametrize(("text", "answer"), [
    # no attack told: a storm's damage
    ("A storm flattened hundreds of homes along the coast on Sunday. Soldiers reached the "
     "area on Monday to clear debris.", "reached"),
    # what is sent is no force
    ("Gunmen attacked a gold mine in Kidal region on Friday. The ministry sent a letter to the "
     "area on Monday.", "sent"),
    # "the port" names no place told with the attack (boats sent home, not to the scene)
    ("Pirates boarded a fishing trawler off the coast. The navy sent two patrol boats with the "
     "freed crew to the port.", "sent"),
    # the arriving forces struck the place themselves
    ("Government troops shelled rebel trenches outside the town on Friday. The same troops "
     "reached the town on Saturday after the rebels withdrew.", "reached"),
])
def test_no_attack_answered_by_an_arrival(pipeline: Any, text: str, answer: str) -> None:
    links = _answers(pipeline, text)
    assert links.get(answer, []) in ([], ["withdrew"])


@pytest.mark.parametrize(("text", "answer", "answered"), [
    ("A bomb tore through a bus station in Lahore on Friday, killing nine. On Sunday police "
     "detained five men in connection with the blast.", "detained", "tore"),
    ("Armed men kidnapped a priest from his parish in Enugu State on Monday. Police have "
     "arrested two suspects in connection with the kidnapping.", "arrested", "kidnapped"),
    ("Masked men ambushed a fuel tanker near Goma on Saturday. Police detained twelve people "
     "in relation to the ambush.", "detained", "ambushed"),
])
def test_a_measure_in_connection_with_an_act_answers_it(
        pipeline: Any, text: str, answer: str, answered: str) -> None:
    assert answered in _answers(pipeline, text)[answer]


@pytest.mark.parametrize(("text", "answer"), [
    # "in connection with" a matter that is no act told before
    ("A bomb exploded near a mosque in Quetta on Monday. Police said they had arrested a man "
     "in connection with a fraud case.", "arrested"),
    # the phrase sits in another clause than the measure
    ("Gunmen attacked a checkpoint near Kismayo on Friday. Police arrested two men who had "
     "been questioned last year in connection with the smuggling.", "arrested"),
])
def test_no_link_for_a_connection_to_no_act_told(pipeline: Any, text: str, answer: str) -> None:
    assert _answers(pipeline, text).get(answer, []) == []


# A denial of "that account", "the army's version" answers the act the side told in its own
# words when that telling ("the ministry said …") is no event of its own.
@pytest.mark.parametrize(("text", "answer", "answered"), [
    ("Russia's defence ministry said on Tuesday that its forces had carried out a strike on a "
     "fuel depot near Kherson. Ukrainian officials rejected that account.", "rejected",
     "strike"),
    ("The Sudanese army said its jets had bombed a rebel convoy near Nyala on Monday. The RSF "
     "dismissed the army's version, saying the planes hit a market.", "dismissed", "bombed"),
    ("Police said officers had shot dead two robbers in a gunfight in Nairobi. Relatives of "
     "the men rejected the police account, saying they were unarmed.", "rejected", "shot"),
])
def test_a_denied_account_answers_the_act_it_told(
        pipeline: Any, text: str, answer: str, answered: str) -> None:
    assert answered in _answers(pipeline, text)[answer]


@pytest.mark.parametrize(("text", "answer"), [
    # the account named is of another matter
    ("Russia's defence ministry said on Tuesday that its forces had carried out a strike on a "
     "fuel depot near Kherson. The minister rejected that account of the budget figures.",
     "rejected"),
    # "any claim" names no telling before
    ("The Ethiopian army said its troops had repelled an attack near Humera. Eritrea rejected "
     "any claim of involvement.", "rejected"),
])
def test_no_account_answered(pipeline: Any, text: str, answer: str) -> None:
    assert _answers(pipeline, text).get(answer, []) == []
