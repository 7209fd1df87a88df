"""Session 8, round 3: over-firing probes of the round-2 rules, from other domains and from
conflict reporting where a rule must not apply.

Classes narrowed here: a hedged act with no sides of its own does not borrow a neighbour's when
its sentence names a third state (a reaction by a state outside the act); an order given for
later ("to be carried out next week", "to take effect on Monday") or sending troops on a
movement ("ordered a withdrawal") is still to come; a toll told "in a separate crash" or with a
place of its own in a new paragraph is not the attack just told.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warpath.document import Analysis, Event


def _events(analysis: Analysis, type_: str, trigger: str) -> list[Event]:
    return [e for e in analysis.events if e.type == type_ and trigger in e.trigger.text]


def _event(analysis: Analysis, type_: str, trigger: str) -> Event:
    return _events(analysis, type_, trigger)[0]


# -- neighbours: a third state's reaction keeps its own (unknown) sides ----------------------

@pytest.mark.parametrize("text, type_, trigger", [
    ("Israel struck targets in Gaza overnight. Sudan's army said it would consider a "
     "ceasefire.", "RETREAT", "ceasefire"),
    ("Russian drones hit Odesa on Monday. Turkey's leader said a truce might be possible.",
     "RETREAT", "truce"),
    ("Azerbaijani troops shelled Armenian posts. Georgia's premier said a ceasefire could "
     "follow.", "RETREAT", "ceasefire"),
])
def test_third_states_reaction_borrows_no_sides(
        analyse: Callable[[str], Analysis], text: str, type_: str, trigger: str) -> None:
    for e in _events(analyse(text), type_, trigger):
        assert e.target is None or e.target.inferred != "neighbour"


def test_answering_act_still_faces_the_doer(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("India expelled a Pakistani diplomat. Pakistan did not respond with an "
                "expulsion of its own.")
    e = _event(a, "SANCTION", "expulsion")
    assert e.target is not None and e.target.country == "IND"
    a = analyse("Sudan's army shelled Omdurman. The United States urged both sides to agree "
                "a truce.")
    e = _event(a, "REQUEST", "urged")
    assert e.target is not None and e.target.country == "SDN"


@pytest.mark.parametrize("text", [
    "The referee urged both sides to calm down after the brawl in Madrid.",
    "The mediator urged both parties to return to the table in the wage dispute.",
    "Germany imposed new tariffs on Chinese steel. Brazil would consider similar measures.",
])
def test_sides_outside_a_war_stay_unnamed(analyse: Callable[[str], Analysis],
                                         text: str) -> None:
    for e in analyse(text).events:
        assert e.target is None or e.target.inferred != "neighbour"


# -- orders: given and in force, or still to be carried out ---------------------------------

@pytest.mark.parametrize("text, type_, trigger", [
    ("The governor ordered the evacuation of three villages on Friday.", "COERCE",
     "evacuation"),
    ("The president ordered a curfew in the capital.", "COERCE", "curfew"),
    ("The army ordered the closure of the border crossing.", "COERCE", "closure"),
])
def test_order_given_puts_measure_in_force(analyse: Callable[[str], Analysis], text: str,
                                          type_: str, trigger: str) -> None:
    assert _event(analyse(text), type_, trigger).status == "asserted"


@pytest.mark.parametrize("text, type_, trigger", [
    ("The general ordered an evacuation of the town, to be carried out next week.", "COERCE",
     "evacuation"),
    ("The governor ordered the evacuation of three villages, to be completed by Sunday.",
     "COERCE", "evacuation"),
    ("The mayor ordered a curfew to take effect on Monday.", "COERCE", "curfew"),
    ("The general ordered a withdrawal of troops from the ridge.", "RETREAT", "withdrawal"),
])
def test_order_for_later_is_not_a_fact(analyse: Callable[[str], Analysis], text: str,
                                       type_: str, trigger: str) -> None:
    assert _event(analyse(text), type_, trigger).status != "asserted"


# -- tolls of another incident ---------------------------------------------------------------

def test_toll_of_a_separate_incident_stays_apart(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Gunmen attacked a checkpoint in Borno, killing four soldiers. Two people were "
                "wounded in a separate car crash.")
    assert _event(a, "ASSAULT", "attacked").wounded is None
    a = analyse("Gunmen attacked a village in Zamfara, killing six people, police said.\n\n"
                "Fourteen people were injured in Kano on Monday.\n")
    assert _event(a, "ASSAULT", "attacked").wounded is None


def test_toll_of_the_same_attack_still_joins(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Militants bombed a police station in Quetta, killing three officers. Seven "
                "others were wounded.")
    assert _event(a, "ASSAULT", "bombed").wounded == 7
    a = analyse("Gunmen attacked a village in Zamfara, killing six people, police said.\n\n"
                "Fourteen people were injured, the police added.\n")
    assert _event(a, "ASSAULT", "attacked").wounded == 14


# -- words of the round-2 classes in their ordinary sense -----------------------------------

@pytest.mark.parametrize("text", [
    "The plane landed safely in Lisbon after a bird strike.",
    "The flight from Dubai landed at Heathrow two hours late.",
    "Fishing boats approached the harbour at dawn.",
    "Two fishing skiffs approached the beach in Mombasa.",
    "The champions are ready to regain the title next season.",
    "The party says it is ready to reclaim the seat in the by-election.",
    "Critics called the documentary one-sided.",
    "Fans called the final a one-sided affair after the 5-0 win.",
    "Fans hoped the club would reciprocate the loyalty shown by its supporters.",
    "The company used the patents as bargaining chips in the merger talks.",
    "The defendant admitted that he had stolen the car.",
    "The festival invited the director to attend the premiere in Cannes.",
    "The board ousted the chief executive in a boardroom coup.",
    "The referee ordered a replay of the match.",
    "A fire broke out in the market, in which five people died.",
])
def test_ordinary_sense_gives_no_factual_event(analyse: Callable[[str], Analysis],
                                               text: str) -> None:
    assert not [e for e in analyse(text).events if e.status == "asserted"]


@pytest.mark.parametrize("text, type_, trigger", [
    ("A rocket landed near the airport in Erbil, the coalition said.", "ASSAULT", "landed"),
    ("Pirates in skiffs approached a bulk carrier in the Gulf of Aden.", "COERCE",
     "approached"),
    ("Ukraine said it was ready to regain all its territory.", "ASSAULT", "regain"),
    ("Kenya invited Somalia's president to visit Nairobi.", "CONSULT", "visit"),
])
def test_conflict_sense_still_fires(analyse: Callable[[str], Analysis], text: str, type_: str,
                                    trigger: str) -> None:
    assert _events(analyse(text), type_, trigger)
