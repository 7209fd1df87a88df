"""Session 9 round 2, by class, from the fresh dev articles d164-d169 (sentences written for
these tests).

Classes: a state's organ acting on another state's ground with no one faced who has a country
of their own (the strike, raid, withdrawal or build-up concerns the ground's state; an armed
group with no country fighting there takes that country); people taken away by an authority
"for questioning" (an arrest whatever the phrasal verb); a craft named by "it" shadowed by a
warship or an aircraft; units named by their size sent by a head of state or a commander.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import factual_types
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]


def _targets(analysis: Analysis, etype: str) -> list[tuple[str | None, str | None]]:
    return [(e.target.country if e.target else None, e.target.inferred if e.target else None)
            for e in analysis.events if e.type == etype]


# --- a state's forces on another state's ground -------------------------------------------

@pytest.mark.parametrize(("text", "etype", "host"), [
    ("French jets bombed al-Qaeda camps near Tessalit in northern Mali on Sunday.",
     "ASSAULT", "MLI"),
    ("Russia withdrew two battalions from its base near Gyumri in Armenia last week.",
     "RETREAT", "ARM"),
    ("Turkish troops launched a ground operation near Afrin in Syria on Tuesday.",
     "ASSAULT", "SYR"),
    ("Kenyan soldiers pulled out of the town of Dhobley in Somalia overnight.",
     "RETREAT", "SOM"),
])
def test_forces_abroad_face_the_host_state(analyse: Analyse, text: str, etype: str,
                                           host: str) -> None:
    assert host in {country for country, _ in _targets(analyse(text), etype)}


@pytest.mark.parametrize(("text", "etype", "home"), [
    ("Ugandan troops raided a rebel camp near Kasese in western Uganda.", "ASSAULT", "UGA"),
    ("Nigerian troops raided a militant camp near Damboa in Borno state.", "ASSAULT", "NGA"),
])
def test_forces_at_home_keep_their_own_target(analyse: Analyse, text: str, etype: str,
                                              home: str) -> None:
    targets = _targets(analyse(text), etype)
    assert targets and all(country == home for country, _ in targets)


@pytest.mark.parametrize(("text", "etype"), [
    ("The Norwegian foreign minister met rebel leaders near Bogota in Colombia on Friday.",
     "CONSULT"),
    ("A German logistics company withdrew its staff from a depot near Kolwezi in Congo.",
     "RETREAT"),
    # the ground's own state shares the act
    ("Kenyan and Somali soldiers held a joint exercise near Dhobley in Somalia.", "MOBILIZE"),
])
def test_talks_abroad_and_firms_abroad_get_no_host_target(analyse: Analyse, text: str,
                                                          etype: str) -> None:
    # a meeting abroad has its venue, not a party; a firm is no state's organ; a joint act
    assert all(inferred != "place" for _, inferred in _targets(analyse(text), etype))


# --- taken away for questioning -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Eleven fishermen from Kribi were taken in for questioning on Friday.",
    "Police picked up four students for interrogation after the protest in Lome.",
    "Gendarmes hauled in two herders for questioning near Fada.",
    "Soldiers brought in six villagers for questioning on Monday.",
])
def test_taken_in_for_questioning_is_an_arrest(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "She picked up the parcel at the post office.",
    "The family took in a stray cat last winter.",
    "The club brought in two new coaches before the season.",
])
def test_picked_up_or_taken_in_otherwise_is_none(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in factual_types(analyse, text)


# --- a craft named by "it" shadowed --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A Dutch frigate tailed it for two days until it left the North Sea.",
    "A Japanese destroyer shadowed it through the Tsushima Strait.",
    "The freighter was not boarded, but a navy helicopter shadowed it until nightfall.",
])
def test_craft_shadowing_it(analyse: Analyse, text: str) -> None:
    assert "COERCE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The new policy was drafted last year and the ministry followed it closely.",
    "The navy followed it with a statement on Friday.",
])
def test_following_it_otherwise_is_none(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in factual_types(analyse, text)


# --- units sent by a head of state or a commander ------------------------------------------

@pytest.mark.parametrize("text", [
    "The president has sent two more companies to Dapaong since Monday.",
    "The regional commander sent a company to the river crossing at dawn.",
    "The general dispatched two companies to the northern districts.",
])
def test_companies_sent_by_a_commander_are_a_deployment(analyse: Analyse, text: str) -> None:
    assert "MOBILIZE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The regulator sent two companies a warning about late filings.",
    "The president of the chamber of commerce sent two companies to the trade fair in Accra.",
    # the units are told by their members, who are no forces
    "The president sent two companies of firefighters to the burning market.",
    "The commander sent a company of volunteer nurses to the clinic.",
])
def test_companies_otherwise_are_no_deployment(analyse: Analyse, text: str) -> None:
    assert "MOBILIZE" not in factual_types(analyse, text)


# --- a one-state story: its own people's acts at home face that state ----------------------

@pytest.mark.parametrize(("text", "etype", "home"), [
    ("Ghana's chiefs met in Tamale in northern Ghana on Sunday and agreed to end the feud.",
     "AGREE", "GHA"),
    ("Peru's farmers walked out of the talks in Cusco, Peru, on Thursday.", "PROTEST", "PER"),
    ("Kenya's opposition leaders met in Nairobi on Tuesday and agreed to boycott the vote. "
     "Kenyan police said the meeting was peaceful.", "CONSULT", "KEN"),
])
def test_home_acts_in_a_one_state_story_face_that_state(analyse: Analyse, text: str,
                                                        etype: str, home: str) -> None:
    assert (home, "place") in _targets(analyse(text), etype)


@pytest.mark.parametrize(("text", "etype", "home"), [
    # abroad: the venue is no party
    ("Kenya's opposition leader met supporters in London on Tuesday. Kenyan police said "
     "nothing.", "CONSULT", "KEN"),
    # a two-state story: the other state may be the one faced
    ("Indian and Chinese commanders met at Chushul on Friday. India said the talks were "
     "candid, and China said they were constructive. Indian officials met again on "
     "Saturday.", "CONSULT", "IND"),
])
def test_no_home_target_abroad_or_in_a_two_state_story(analyse: Analyse, text: str,
                                                       etype: str, home: str) -> None:
    assert (home, "place") not in _targets(analyse(text), etype)


# --- an attack held off is its doer's attack on the defenders ------------------------------

def _sides(analysis: Analysis) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in analysis.events if e.type == "ASSAULT"}


@pytest.mark.parametrize(("text", "doer", "defender"), [
    ("Israeli air defences repelled an Iranian drone attack on Eilat.", "IRN", "ISR"),
    ("Kenyan police fought off an al-Shabaab raid on the camp at Dadaab.", "SOM", "KEN"),
    ("Indian soldiers beat back a Chinese attempt to cross the line near Yangtse.",
     "CHN", "IND"),
])
def test_a_repelled_attack_is_the_attackers(analyse: Analyse, text: str, doer: str,
                                            defender: str) -> None:
    assert (doer, defender) in _sides(analyse(text))


@pytest.mark.parametrize(("text", "defender"), [
    # an attack named by no state: the defenders' act stays theirs
    ("The Malian army repulsed a jihadist attack on its base at Boulkessi.", "MLI"),
    # an attack by the defenders' own countrymen: no other state to turn it to
    ("Sudanese troops beat back an RSF assault on Kazgeil on Monday.", "SDN"),
])
def test_a_repelled_attack_of_no_other_state_stays_the_defenders(analyse: Analyse, text: str,
                                                                 defender: str) -> None:
    sides = _sides(analyse(text))
    assert sides and all(source == defender for source, _ in sides)
