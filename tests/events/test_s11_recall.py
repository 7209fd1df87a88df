"""Session 11, round 1: core-event recall and types by class (sentences written for these tests).

Classes: a place of any name shut "to" traffic, boats or fishing; a weapon coming down by itself
("dropped onto", "came through the roof"); a bare count of people set free; a ruling or a
measure recognised, not recognised or declared void; a blow promised or given back ("will
respond to any aggression", "answer in kind", "troops responded") kept apart from the blow it
answers; regular units rotating or returning to a post; a state's war craft kept near another's
shore, ships or waters; forces caught sight of where they stand; a subject set off from its
verb by a phrase between commas.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import factual_types, triggers_of, types_of
from warpath import nlp
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]


def _all_types(analyse: Analyse, text: str) -> set[str]:
    return types_of(analyse(text))



# --- a place shut to movement, whatever it is called ------------------------------------------

@pytest.mark.parametrize("text", [
    "The interior ministry shut the ferry pier to all passenger boats for a fortnight.",
    "The junta closed its half of the reservoir to fishing from Saturday.",
    "Gendarmes sealed the R45 between the two market towns to civilian vehicles.",
    "The navy closed the estuary to merchant shipping after the mines were found.",
])
def test_place_shut_to_movement_is_coerce(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The council closed the high street to traffic for the Christmas fair.",
    "The museum closed its east wing to visitors on Monday.",
    "Engineers shut the tunnel to cars for resurfacing works over the weekend.",
    "The bakery closed to customers at noon.",
])
def test_civil_closures_are_no_event(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in _all_types(analyse, text)


# --- a weapon coming down by itself ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On Sunday a drone-dropped explosive fell onto a cattle pen near the ridge.",
    "A mortar bomb dropped into the courtyard of the health post.",
    "One bullet came through the kitchen window of a farmhouse.",
    "A stray round came through the ceiling of the classroom.",
])
def test_weapon_coming_down_is_an_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Grain prices dropped sharply on Monday.",
    "The ball dropped onto the green beside the pin.",
    "The third round of the tournament came through without upsets.",
])
def test_things_dropping_are_no_strike(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in _all_types(analyse, text)


# --- a bare count of people set free -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Eleven were released two days later; the rest are still missing.",
    "Nine were freed on Sunday after elders paid the kidnappers.",
    "Six were set free near the river, the army said, and four were released in town.",
])
def test_bare_count_released_is_a_release(analyse: Analyse, text: str) -> None:
    assert "RETREAT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Four were released from hospital on Friday.",
    "Twenty were discharged from the clinic after treatment.",
])
def test_patients_let_out_are_no_release(analyse: Analyse, text: str) -> None:
    assert "RETREAT" not in _all_types(analyse, text)


# --- a ruling or a measure not recognised, or declared void --------------------------------------

@pytest.mark.parametrize("text", [
    "Moscow does not recognize the tribunal's ruling on the straits.",
    "Belgrade has never recognised the court's jurisdiction over the case.",
    "The ceasefire framework was declared void by the rebels a week later.",
    "The junta declared the border accord invalid on Tuesday.",
])
def test_ruling_refused_or_voided_is_a_rejection(analyse: Analyse, text: str) -> None:
    assert "REJECT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "She did not recognise the man at the door.",
    "The referee declared the goal void after a long review.",
    "The judge declared the marriage null and void.",
    "I do not recognise that tune.",
])
def test_faces_goals_and_marriages_are_no_rejection(analyse: Analyse, text: str) -> None:
    assert "REJECT" not in _all_types(analyse, text)


def test_ruling_recognised_is_an_agreement(analyse: Analyse) -> None:
    assert "AGREE" in factual_types(analyse, "Kinshasa recognised the verdict of the panel.")


# --- a blow promised or given back ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The militia vowed to respond to any incursion into the valley.",
    "Hanoi said it would reply to any provocation in the sea.",
    "Ankara, for its part, has promised to answer any attack in kind.",
])
def test_blow_promised_back_is_a_threat(analyse: Analyse, text: str) -> None:
    assert "THREATEN" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The army said its outposts had come under unprovoked rocket fire and that its gunners had "
    "responded forcefully.",
    "The garrison came under mortar fire at dawn and its soldiers retaliated.",
])
def test_blow_given_back_is_kept_apart(analyse: Analyse, text: str) -> None:
    assert len(triggers_of(analyse(text), "ASSAULT")) >= 2


@pytest.mark.parametrize("text", [
    "The ministry responded to the letter on Monday.",
    "Police responded to the call within minutes.",
    "She answered the insult in kind.",
    "The army responded to questions from reporters on Friday.",
    "The armed forces are prepared to respond if the drills move closer to the coast.",
])
def test_answers_in_words_are_no_blow(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in _all_types(analyse, text)


# --- regular units rotating or returning to a post -----------------------------------------------

@pytest.mark.parametrize("text", [
    "The ministry says a fresh brigade will rotate into the border district next month.",
    "Two companies of paratroopers returned to the northern sector last week.",
    "A spokesman said an infantry battalion would return to the lake sector in the spring.",
])
def test_units_posted_are_mobilised(analyse: Analyse, text: str) -> None:
    types = _all_types(analyse, text)
    assert "MOBILIZE" in types and "ASSAULT" not in types and "COERCE" not in types


@pytest.mark.parametrize("text", [
    "The troops returned to barracks after the parade.",
    "The soldiers returned home in December.",
    "The students returned to the campus on Monday.",
])
def test_units_going_back_to_rest_are_no_posting(analyse: Analyse, text: str) -> None:
    assert "MOBILIZE" not in _all_types(analyse, text)


# --- a state's war craft kept near another's shore, ships or waters ------------------------------

@pytest.mark.parametrize("text", [
    "Two Russian bombers circled near the Japanese islands for hours.",
    "A Chinese frigate loitered off the coast of Palawan on Tuesday.",
    "British surveillance aircraft have flown along the Libyan coast since May.",
])
def test_war_craft_kept_near_a_shore_is_a_show_of_force(analyse: Analyse, text: str) -> None:
    assert "MOBILIZE" in factual_types(analyse, text)


def test_war_craft_in_anothers_waters_is_coercion(analyse: Analyse) -> None:
    text = "An Iranian navy vessel sailed close to two tankers in Omani waters."
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "A rescue helicopter flew over the coast searching for the missing fishermen.",
    "The airliner flew close to the border before landing.",
    "Our yacht sailed along the coast for a week.",
    "Tourist boats cruised around the island all afternoon.",
])
def test_civil_craft_moving_about_are_no_event(analyse: Analyse, text: str) -> None:
    assert not {"MOBILIZE", "COERCE"} & _all_types(analyse, text)


# --- forces caught sight of where they stand -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Radar tracked two Russian warships off the northern cape.",
    "Villagers spotted dozens of rebel fighters near the river crossing.",
    "Our patrol counted nine naval vessels around the atoll on Friday.",
])
def test_forces_seen_where_they_stand_are_mobilised(analyse: Analyse, text: str) -> None:
    assert "MOBILIZE" in factual_types(analyse, text)


def test_forces_seen_are_the_doers(analyse: Analyse) -> None:
    text = "Radar tracked two Russian warships off the northern cape."
    found = [e for e in analyse(text).events if e.type == "MOBILIZE"]
    assert found and found[0].source is not None and found[0].source.country == "RUS"


@pytest.mark.parametrize("text", [
    "We counted forty storks near the lake.",
    "She spotted her friends in the crowd.",
    "The radar tracked the storm along the coast.",
])
def test_other_things_seen_are_no_event(analyse: Analyse, text: str) -> None:
    assert "MOBILIZE" not in _all_types(analyse, text)


# --- a subject set off from its verb by a phrase between commas ----------------------------------

@pytest.mark.parametrize(("text", "subject"), [
    ("Pakistan, in turn, has promised a firm answer.", "Pakistan"),
    ("The ministry, for its part, denied the report.", "ministry"),
    ("Algiers, meanwhile, recalled its ambassador.", "Algiers"),
])
def test_parted_subject_is_the_subject(text: str, subject: str) -> None:
    doc = nlp.load()(text)
    assert any(t.text == subject and t.dep_ in ("nsubj", "nsubjpass") for t in doc)


@pytest.mark.parametrize("text", [
    "Last week, troops shelled the village.",
    "Yesterday, the army attacked the town.",
])
def test_opening_time_is_no_subject(text: str) -> None:
    doc = nlp.load()(text)
    assert not any(t.dep_ == "nsubj" and t.ent_type_ == "DATE" for t in doc)


# --- words of disquiet over another's act of force -----------------------------------------------

@pytest.mark.parametrize("text", [
    "The foreign ministry voiced grave concern about the shelling of border villages.",
    "Seoul expressed alarm at the missile launch over its waters.",
    "The envoy conveyed his government's deep concern over the detention of its fishermen.",
])
def test_concern_over_force_is_an_accusation(analyse: Analyse, text: str) -> None:
    assert "ACCUSE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The doctor expressed concern about his blood pressure.",
    "Investors voiced concern over rising interest rates.",
])
def test_concern_over_private_matters_is_no_accusation(analyse: Analyse, text: str) -> None:
    assert "ACCUSE" not in _all_types(analyse, text)


# --- people taken away by raiders ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The raiders carried off four herders from the well.",
    "Raiders took away at least nine young men, a chief said.",
])
def test_people_taken_by_raiders_are_abducted(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" in factual_types(analyse, text)


# --- a fight that ended in a truce ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The two armies fought a five-day war that ended with a ceasefire in June.",
    "Three days of fighting concluded with an armistice.",
    "The border clashes ended in a truce on Sunday.",
])
def test_fight_ending_in_a_truce_is_an_agreement(analyse: Analyse, text: str) -> None:
    assert "AGREE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The match ended in a draw.",
    "The meeting ended with a call for a ceasefire.",
])
def test_other_endings_are_no_agreed_truce(analyse: Analyse, text: str) -> None:
    assert "AGREE" not in factual_types(analyse, text)


# --- a road blocked in protest is the protest, a march blocked is stopped -------------------------

@pytest.mark.parametrize("text", [
    "They blocked the road into the town on Monday in protest.",
    "Herders blocked the highway for six hours in protest at the new grazing fees.",
])
def test_road_blocked_in_protest_is_a_protest(analyse: Analyse, text: str) -> None:
    types = factual_types(analyse, text)
    assert "PROTEST" in types and "COERCE" not in types


@pytest.mark.parametrize("text", [
    "Police blocked the march to the parliament.",
    "Troops blocked the demonstration near the palace gates.",
])
def test_protest_blocked_is_coercion(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)
