"""Hedged acts (planned, supposed, denied) the extractor finds as events of their own
(session 12, second round):

- a noun the lexicon lacked for an act: a "session" of a joint commission or committee
  (CONSULT), a "halt" to fighting or air strikes (RETREAT), the "flight" of a prisoner swap
  or release (RETREAT), forces "rotated" into a place (MOBILIZE);
- a light verb with a body-part noun over a line: "put a boot across the border" (COERCE);
- a negative or indefinite pronoun as the one forced back: "nobody was pushed back";
- an act put forward: "proposed a halt to the shelling" is the halt, supposed, besides the
  proposal;
- a list of senses reused inside another's list in the lexicon is flattened.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warpath.document import Analysis

HEDGED = ("planned", "hypothetical", "negated")


def _has(analysis: Analysis, type_: str, statuses: tuple[str, ...] = HEDGED) -> bool:
    return any(e.type == type_ and e.status in statuses for e in analysis.events)


def _has_type(analysis: Analysis, type_: str) -> bool:
    return any(e.type == type_ for e in analysis.events)


# --- a session of a joint body (CONSULT)

@pytest.mark.parametrize("text", [
    "Ethiopian and Sudanese officers will meet at a session of the joint border committee in "
    "Khartoum next month.",
    "The mission has asked both armies to a sitting of the ceasefire commission, a session of "
    "the joint commission set for Tunis next week.",
    "Kabul said it would bring up the killings at a joint commission session due in Torkham "
    "on 4 March.",
])
def test_session_of_joint_body_is_consult(analyse: Callable[[str], Analysis], text: str) -> None:
    assert _has(analyse(text), "CONSULT", ("planned", "hypothetical"))


@pytest.mark.parametrize("text", [
    "The Kenyan parliament opened a special session in Nairobi on Tuesday.",
    "The court session in Lagos ran late into the evening.",
])
def test_session_of_parliament_or_court_is_none(analyse: Callable[[str], Analysis],
                                                text: str) -> None:
    assert not _has_type(analyse(text), "CONSULT")


# --- a halt to fighting, put forward (RETREAT)

@pytest.mark.parametrize("text", [
    "Moscow proposed a halt to the shelling of the power plant during the inspection.",
    "The rebels have offered a halt to attacks on the highway while talks go on.",
    "Ankara has promised a halt to its air raids on the villages around Qandil.",
])
def test_halt_to_fighting_is_retreat(analyse: Callable[[str], Analysis], text: str) -> None:
    assert _has(analyse(text), "RETREAT")


@pytest.mark.parametrize("text", [
    "The ministry proposed a halt to new construction permits in the district.",
    "The union called a halt to the strike after the pay deal was signed.",
])
def test_halt_to_other_things_is_no_retreat(analyse: Callable[[str], Analysis],
                                            text: str) -> None:
    assert not _has_type(analyse(text), "RETREAT")


# --- the flight of a prisoner swap (RETREAT)

@pytest.mark.parametrize(("text", "status"), [
    ("The envoy says both sides have swapped lists of detainees. Flights carrying the freed "
     "men between the two cities could start within days, the office adds.", "hypothetical"),
    ("The two sides agreed on a swap of prisoners last week. The first flight carrying the "
     "released men will leave Aden on Friday.", "planned"),
    ("Officials say the prisoner swap is back on track. A flight to bring the freed soldiers "
     "home was scrapped at the last minute.", "negated"),
])
def test_swap_flight_is_retreat(analyse: Callable[[str], Analysis], text: str,
                                status: str) -> None:
    assert _has(analyse(text), "RETREAT", (status,))


@pytest.mark.parametrize("text", [
    "Kabul says the hostages are being held in the east. Flights to the city were cancelled "
    "because of fog.",
    "The government deported 40 detainees to Tajikistan. The flight left at dawn.",
])
def test_other_flights_are_no_retreat(analyse: Callable[[str], Analysis], text: str) -> None:
    assert not _has_type(analyse(text), "RETREAT")


# --- forces rotated into a place (MOBILIZE)

@pytest.mark.parametrize("text", [
    "Nigeria will rotate two infantry battalions into Borno state in January, officials said.",
    "A diplomat said Kigali is due to rotate a fresh battalion into Bangui next month.",
    "The navy plans to rotate a second frigate into the Red Sea task force in the spring.",
])
def test_rotated_forces_are_mobilize(analyse: Callable[[str], Analysis], text: str) -> None:
    assert _has(analyse(text), "MOBILIZE", ("planned", "hypothetical"))


@pytest.mark.parametrize("text", [
    "Farmers rotate their crops every two years in the valley.",
    "Mechanics rotate the tyres of the buses each spring.",
])
def test_rotated_things_are_no_mobilize(analyse: Callable[[str], Analysis], text: str) -> None:
    assert not _has_type(analyse(text), "MOBILIZE")


# --- a boot or a foot over a line, denied (COERCE)

@pytest.mark.parametrize("text", [
    "Our soldiers did not put a single boot across the border, the general insisted.",
    "Indian soldiers never put a foot across the border, the army said.",
    "The army says its men have not put one boot over the line since the truce.",
])
def test_boot_across_line_is_coerce(analyse: Callable[[str], Analysis], text: str) -> None:
    assert _has(analyse(text), "COERCE", ("negated",))


@pytest.mark.parametrize("text", [
    "He put his foot down and refused to sign the border deal.",
    "She put her boots by the door of the hut.",
])
def test_foot_elsewhere_is_no_coerce(analyse: Callable[[str], Analysis], text: str) -> None:
    assert not _has_type(analyse(text), "COERCE")


# --- nobody forced back (COERCE, negated)

@pytest.mark.parametrize("text", [
    "Nobody was pushed back at the Evros crossing or anywhere else.",
    "The Greek coast guard insists it pushed nobody back toward Turkish waters last month.",
    "The border police said they had not forced anyone back across the river.",
])
def test_nobody_pushed_back_is_negated_coerce(analyse: Callable[[str], Analysis],
                                              text: str) -> None:
    assert _has(analyse(text), "COERCE", ("negated",))


@pytest.mark.parametrize("text", [
    "Nobody pushed back against the plan to widen the road.",
    "The vote on the budget was pushed back to Thursday.",
])
def test_pushback_of_no_people_is_no_coerce(analyse: Callable[[str], Analysis],
                                            text: str) -> None:
    assert not _has_type(analyse(text), "COERCE")
