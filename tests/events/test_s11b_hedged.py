"""Session 11, round 2: hedged acts that were not found at all.

- Capitalised titles of talks whose head word the tagger leaves as written ("the Trilateral
  Talks", plural) or that name talks only as a title's head ("the Astana Round", "the Minsk
  Process"), and truces named by a title ("the Unilateral Truce"): found like their
  lowercase words, so a title called off or never put in place reads as not done; a describing
  word of the title ("Strategic", "Quadripartite") is no party.
- A verb that is also an adjective ("free", "clear") tagged as an adjective in a demand's clause
  though it takes a subject and an object: the verb, so the demanded act is found (hypothetical).
- Whatever is dispatched at the receiving side's request (planes, crews, experts) is help given,
  so its announcement is no threat of force.
"""

from __future__ import annotations

from typing import Any

import pytest

from warpath.document import Document
from warpath.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def _events(pipe: Pipeline, text: str) -> list[Any]:
    return list(pipe(Document(text=text)).events)


def _of(pipe: Pipeline, text: str, etype: str) -> list[Any]:
    return [e for e in _events(pipe, text) if e.type == etype]


# --- titles of talks and truces ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Trilateral Talks on water sharing, planned for Cairo next week, will not take place, "
    "an Egyptian official said.",
    "The Astana Round on the Syrian constitution has not taken place since the spring.",
    "The Consultative Talks between Hanoi and Beijing were never held, diplomats said.",
])
def test_titled_talks_not_held_are_negated(pipe: Pipeline, text: str) -> None:
    found = _of(pipe, text, "CONSULT")
    assert found, text
    assert all(e.status == "negated" for e in found), [(e.trigger.text, e.status) for e in found]


@pytest.mark.parametrize("text", [
    "The Unilateral Truce announced by the two armies was never put in place.",
    "The Humanitarian Ceasefire proposed by the mediators has not taken effect.",
    "The Provisional Truce that the elders negotiated never took effect.",
])
def test_titled_truce_not_in_force_is_found(pipe: Pipeline, text: str) -> None:
    # (typed as its lowercase word is in the same sentence: a truce, or one agreed)
    found = [e for e in _events(pipe, text) if e.trigger.text in ("Truce", "Ceasefire")]
    assert found, text
    assert all(e.status == "negated" for e in found)


def test_title_word_is_no_party(pipe: Pipeline) -> None:
    found = _of(pipe, "The Strategic Dialogue between Seoul and Canberra took place on Monday.",
                "CONSULT")
    assert {e.source.country for e in found if e.source} == {"KOR", "AUS"}
    assert all(e.source.text != "Strategic" for e in found if e.source)


@pytest.mark.parametrize("text", [
    "Ukrainian gunners fired round after round at the Russian trenches.",
    "Operation Desert Storm began in January 1991.",
    "The Peace Process Museum opened its doors to visitors on Sunday.",
])
def test_titles_and_rounds_that_name_no_talks(pipe: Pipeline, text: str) -> None:
    assert not _of(pipe, text, "CONSULT")


# --- a verb tagged as an adjective in a demand's clause -------------------------------------

@pytest.mark.parametrize("text", [
    "The president demanded that Belize free the three farmers held near the river.",
    "Rwanda insisted that Kinshasa free the two officers before any talks.",
    "The opposition urged that the junta free all detained journalists.",
])
def test_demanded_release_is_found_as_hypothetical(pipe: Pipeline, text: str) -> None:
    found = [e for e in _of(pipe, text, "RETREAT") if e.trigger.text == "free"]
    assert found, text
    assert all(e.status == "hypothetical" for e in found)


@pytest.mark.parametrize("text", [
    "The army said the road is clear now.",
    "The town is free of rebels at last.",
    "They kept the road clear of mines.",
])
def test_adjectives_stay_adjectives(pipe: Pipeline, text: str) -> None:
    assert not _events(pipe, text)


def test_factual_release_still_asserted(pipe: Pipeline) -> None:
    found = _of(pipe, "Belize freed the three farmers on Monday.", "RETREAT")
    assert found and all(e.status == "asserted" for e in found)


# --- dispatch at the receiver's request -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Athens will dispatch two water bombers to North Macedonia at Skopje's request.",
    "Turkey will send three rescue planes to Greece at the request of the Greek government.",
    "Kenya will deploy a medical crew to Uganda at the invitation of Kampala.",
])
def test_requested_dispatch_is_no_threat(pipe: Pipeline, text: str) -> None:
    assert not _of(pipe, text, "THREATEN"), text


@pytest.mark.parametrize("text", [
    "Russia will deploy warships to the Baltic next month, the defence ministry said.",
    "Azerbaijan will send more troops to the Armenian border, its defence minister said.",
])
def test_announced_build_up_stays_a_threat(pipe: Pipeline, text: str) -> None:
    assert _of(pipe, text, "MOBILIZE")


def test_demanded_release_of_people_with_a_participle(pipe: Pipeline) -> None:
    text = ("The minister demanded that Kigali free the four traders arrested near the lake "
            "last month.")
    found = [e for e in _of(pipe, text, "RETREAT") if e.trigger.text == "free"]
    assert found and all(e.status == "hypothetical" for e in found)


# --- "Nor has X done Y": a denial that adds on -------------------------------------------------

@pytest.mark.parametrize("text", [
    "The junta has not expelled the monitors. Nor has it suspended the flights, diplomats said.",
    "The rebels did not leave the town; neither did the army withdraw from the hills.",
    "Nor has anyone in Baku asked for the observers to be sent back.",
])
def test_inverted_nor_negates_its_clause(pipe: Pipeline, text: str) -> None:
    last = [e for e in _events(pipe, text)
            if e.trigger.text in ("suspended", "withdraw", "asked")]
    assert last, text
    assert all(e.status == "negated" for e in last), [(e.trigger.text, e.status) for e in last]


@pytest.mark.parametrize("text", [
    "Neither side fired a shot on Sunday, but both armies withdrew from the hills.",
    "Police arrested neither the organisers nor the speakers; they dispersed the crowd.",
])
def test_nor_inside_a_clause_denies_nothing_else(pipe: Pipeline, text: str) -> None:
    found = [e for e in _events(pipe, text) if e.trigger.text in ("withdrew", "dispersed")]
    assert found and all(e.status == "asserted" for e in found)


# --- protest gatherings announced -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Turkmen and Arab groups have announced a rally of their own.",
    "The dockers' union announced a strike at the port of Durban for Monday.",
    "Students in Dhaka have scheduled a march on the election commission.",
])
def test_announced_protest_is_planned(pipe: Pipeline, text: str) -> None:
    found = _of(pipe, text, "PROTEST")
    assert found and all(e.status == "planned" for e in found)


@pytest.mark.parametrize("text", [
    "Thousands of students marched on the election commission in Dhaka on Monday.",
    "The union announced a strike that paralysed the port.",
])
def test_protest_held_stays_asserted(pipe: Pipeline, text: str) -> None:
    found = _of(pipe, text, "PROTEST")
    assert found and all(e.status == "asserted" for e in found)


def test_announced_curfew_is_in_force(pipe: Pipeline) -> None:
    found = _of(pipe, "The government announced a curfew in Dhaka on Monday.", "COERCE")
    assert found and all(e.status == "asserted" for e in found)


# --- a round someone put forward ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A round he proposed for Geneva in February never took place.",
    "The round the mediators had scheduled for May has been called off.",
    "A round that Oman offered to host in the spring has not taken place.",
])
def test_proposed_round_not_held(pipe: Pipeline, text: str) -> None:
    found = [e for e in _of(pipe, text, "CONSULT") if e.trigger.text == "round"]
    assert found and all(e.status == "negated" for e in found)


@pytest.mark.parametrize("text", [
    "The second round took place on Sunday, with turnout at 40 percent.",
    "The round he fired hit a wall.",
])
def test_other_rounds_are_no_talks(pipe: Pipeline, text: str) -> None:
    assert not _of(pipe, text, "CONSULT")


# --- an -ing word inside a noun compound -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Seoul and Tokyo now aim to share real-time missile warning data with Washington.",
    "The two navies plan to exchange drone tracking data with Manila from next month.",
    "Rome and Athens want to share flood warning maps with Tirana.",
])
def test_compound_with_ing_word_is_no_clause(pipe: Pipeline, text: str) -> None:
    assert not _of(pipe, text, "THREATEN"), [(e.type, e.trigger.text) for e in _events(pipe, text)]


@pytest.mark.parametrize("text", [
    "The ministry issued a warning to Moscow on Monday.",
    "Tehran warned Washington against any strike on its reactors.",
])
def test_warnings_still_found(pipe: Pipeline, text: str) -> None:
    assert _of(pipe, text, "THREATEN")
