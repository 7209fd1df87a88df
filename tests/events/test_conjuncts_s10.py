"""Session 10: a bare verb coordinated with a modal verb shares the modal ("would board and
seize tankers"), a verb with a tense of its own does not; ships searched at sea are coerced,
sites inspected are investigated. Sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import FACTUAL
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]


def _status(analysis: Analysis, word: str) -> set[str]:
    return {e.status for e in analysis.events if word in e.trigger.text}


@pytest.mark.parametrize("text,word,status", [
    ("In this scenario the coast guard would board and seize tankers.", "seize", "hypothetical"),
    ("The army will enter the town and arrest the mayor.", "arrest", "planned"),
    ("Officials fear the rebels could storm the depot and detain the guards.", "detain",
     "hypothetical"),
])
def test_a_bare_verb_shares_the_modal_of_the_verb_it_is_joined_to(
        analyse: Analyse, text: str, word: str, status: str) -> None:
    assert _status(analyse(text), word) == {status}


@pytest.mark.parametrize("text,word", [
    ("The militia would attack the convoy and seized the trucks.", "seized"),
    ("Troops stormed the village and burned the houses.", "burned"),
    ("The army entered the town and arrested the mayor.", "arrested"),
])
def test_a_verb_with_its_own_tense_keeps_its_own_status(analyse: Analyse, text: str,
                                                      word: str) -> None:
    got = _status(analyse(text), word)
    assert got and got <= set(FACTUAL)


@pytest.mark.parametrize("text,type_", [
    ("Customs officers inspected the freighter at the port on Monday.", "COERCE"),
    ("The navy inspected two tankers off the coast.", "COERCE"),
    ("IAEA experts inspected the reactor site last week.", "ACCUSE"),
    ("Monitors inspected the facility on Tuesday.", "ACCUSE"),
])
def test_ships_searched_are_coerced_and_sites_inspected_are_investigated(
        analyse: Analyse, text: str, type_: str) -> None:
    assert {e.type for e in analyse(text).events if "inspect" in e.trigger.text} == {type_}


@pytest.mark.parametrize("text,word", [
    ("His company would stop sending ships the day a loaded vessel is sunk.", "sunk"),
    ("The company would halt shipments as soon as a tanker is hit.", "hit"),
    ("Israel will strike back the moment Hezbollah fires another rocket.", "fires"),
    ("The army said it would keep up the pressure until the rebels surrender the town.",
     "surrender"),
])
def test_a_present_tense_time_clause_under_a_modal_tells_an_act_still_to_come(
        analyse: Analyse, text: str, word: str) -> None:
    assert _status(analyse(text), word) == {"hypothetical"}


@pytest.mark.parametrize("text,word", [
    ("The army retaliated as soon as the rebels attacked the town.", "attacked"),
    ("The company halted shipments the day a tanker was sunk.", "sunk"),
    ("Israel struck back the moment Hezbollah fired another rocket.", "fired"),
    ("The navy will escort convoys, which the rebels attacked last week.", "attacked"),
])
def test_a_past_time_clause_or_a_relative_clause_stays_factual(analyse: Analyse, text: str,
                                                             word: str) -> None:
    got = _status(analyse(text), word)
    assert got and got <= set(FACTUAL)
