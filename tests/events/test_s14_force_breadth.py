"""Session 14: physical acts of forces the lexicon missed (sentences written for these tests).

Classes: boats, launches, skiffs, a fishing fleet or fishermen escorted or accompanied by a
navy, a coast guard or police on the water (MOBILIZE 150); patrols flown or sailed; forces or
war craft "on station"; forces awaited at a place ("due in", "due back on", "expected on");
forces promised by their commander (MOBILIZE, planned); a state's teams of specialists sent to
another state (AID); people put back over a line with no doer named, "through a gate in the
fence"; craft or people waved back by a guard; a small craft cutting across another's bow;
migrants brought up to a frontier line by a state's guards, or let walk up to it (COERCE 174);
people carried off by armed men told with "took" (ASSAULT 181); people held and then let go or
released, told with one shared passive subject (RETREAT 0841); people sent back at a frontier
put on buses (COERCE 174). Each has sentences that must not fire: the everyday sense.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import kinds_at, types_of
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]

FIRES = [
    # boats escorted
    ("MOBILIZE", "Two coast guard cutters escorted a dozen fishing boats to the edge of the bank."),
    ("MOBILIZE", "Navy patrol boats have been escorting the fishing fleet since the clash."),
    ("MOBILIZE", "The fishermen were escorted by two naval gunboats to the fishing grounds."),
    ("MOBILIZE", "Police launches escorted the skiffs past the island."),
    ("MOBILIZE", "Coastguard vessels accompanied the fishing boats to the mouth of the bay."),
    # patrols, posts, forces awaited or promised
    ("MOBILIZE", "Since May, allied jets have flown extra patrols over the Baltic states."),
    ("MOBILIZE", "Two frigates sailed patrols along the disputed coast last week."),
    ("MOBILIZE", "Two navy vessels were on station off the coast by Monday."),
    ("MOBILIZE", "More auxiliaries have been moved to the frontier area."),
    ("MOBILIZE", "Two more companies of troops are due in the district next week."),
    ("MOBILIZE", "A company of marines was expected on the island in the coming weeks."),
    ("MOBILIZE", "The division commander has promised two companies of regular troops."),
    # teams sent abroad
    ("AID", "Latvia sent three demining teams to Ukraine last month."),
    ("AID", "Norway has sent a team of mine-clearance experts to Kyiv."),
    ("AID", "France has dispatched a team of forensic specialists to Beirut."),
    # pushbacks and migrants used against a frontier
    ("COERCE", "Forty of the migrants were sent straight back through a gate in the fence."),
    ("COERCE", "Most of them were sent back across the border within the hour."),
    ("COERCE", "An officer waved the boat back towards the other bank."),
    ("COERCE", "The navy launch cut across the fishing boat's bow twice."),
    ("COERCE", "Security forces bused asylum seekers to the frontier and left them there."),
    ("COERCE", "Soldiers walked the migrants up to the fence and left them there."),
    ("COERCE", "The migrants were put on buses to the southern desert by the police."),
    # abductions, releases
    ("ASSAULT", "Armed men in a speedboat pulled up beside a trawler and took three of its crew."),
    ("ASSAULT", "Two fishermen were taken by gunmen off the coast on Saturday."),
    ("ASSAULT", "Bandits took twenty passengers from the bus on the highway."),
    ("RETREAT", "The traders were questioned for hours and then let go."),
    ("RETREAT", "The sailors were detained in port and released after a week."),
    ("RETREAT", "The passengers were held overnight at the navy post and let go in the morning."),
]

MUST_NOT = [
    ("MOBILIZE", "The best man escorted the bride down the aisle."),
    ("MOBILIZE", "A tug escorted the liner into port."),
    ("MOBILIZE", "The lifeboat escorted the damaged yacht back to harbour after the storm."),
    ("MOBILIZE", "A teacher accompanied the pupils on the ferry."),
    ("MOBILIZE", "The children flew home after the holiday."),
    ("MOBILIZE", "The rent is due on Friday."),
    ("MOBILIZE", "The new model is expected in the shops in March."),
    ("MOBILIZE", "The team of scientists is due back at the station on Friday."),
    ("MOBILIZE", "The research vessel was on station in the Atlantic for a month."),
    ("MOBILIZE", "The coach promised two goals before half-time."),
    ("AID", "The club sent a team of engineers to the stadium."),
    ("AID", "Kenya sent a team of athletes to the Olympics."),
    ("AID", "The newspaper sent a team of reporters to the summit."),
    ("COERCE", "The waiter waved him back to the table."),
    ("COERCE", "Three of the pupils were sent back to class."),
    ("COERCE", "The runner cut across the field."),
    ("COERCE", "We put on a bus tour for the visitors."),
    ("COERCE", "The tourists were put on a coach to the airport."),
    ("COERCE", "The farmer walked his dog to the boundary of the field."),
    ("COERCE", "Parents brought their children to the border festival."),
    ("ASSAULT", "The trip took two hours."),
    ("ASSAULT", "The gunmen took two hours to reach the town."),
    ("ASSAULT", "She took two of her friends to the cinema."),
    ("RETREAT", "He let go of the rope."),
    ("RETREAT", "The film was shot in May and released in June."),
    ("RETREAT", "The balloons were let go at noon."),
]


@pytest.mark.parametrize(("type_", "text"), FIRES)
def test_force_act_is_read(analyse: Analyse, type_: str, text: str) -> None:
    assert type_ in types_of(analyse(text))


@pytest.mark.parametrize(("type_", "text"), MUST_NOT)
def test_everyday_sense_is_not_read(analyse: Analyse, type_: str, text: str) -> None:
    assert type_ not in types_of(analyse(text))


# forces awaited or promised are planned, an escort said to come is planned too
@pytest.mark.parametrize(("text", "word", "kind"), [
    ("A fresh brigade is due in the border district next week.", "due", ("MOBILIZE", "planned")),
    ("The navy will escort passenger launches along the river.", "escort",
     ("MOBILIZE", "planned")),
    ("The division commander has promised two companies of regular troops.", "promised",
     ("MOBILIZE", "planned")),
])
def test_awaited_forces_are_planned(analyse: Analyse, text: str, word: str,
                                    kind: tuple[str, str]) -> None:
    assert kind in kinds_at(analyse(text), word)
