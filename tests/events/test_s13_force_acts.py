"""Session 13: physical acts of forces, police and coast guards that news English tells with
plain verbs and particles (lexical coverage of COERCE, MOBILIZE and RETREAT).

Craft of a state setting out ("a police boat left Koper", "frigates put to sea") or leaving the
water they kept in ("the patrol boat left the bay", "sailed away from the shoal"); people picked
up, taken away or taken to a station by police or guards; boats chased or escorted out of
waters; posts taken up; ground vacated or handed over. Everyday senses of the same words
("picked up the phone", "left the meeting", "took up a position on the issue") stay nothing.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import FACTUAL, types_of

FIRES = [
    # COERCE
    ("Serbian police picked up nine Afghan migrants near the Hungarian border.", "COERCE"),
    ("Two Azerbaijani herders were picked up by Armenian border guards on Sunday.", "COERCE"),
    ("Three Moldovan shepherds were taken away by Ukrainian border guards.", "COERCE"),
    ("Lithuanian police took the two Belarusian drivers to the police station in Vilnius.",
     "COERCE"),
    ("A Japanese patrol boat chased a Chinese fishing boat out of the disputed waters.",
     "COERCE"),
    ("Malaysian cutters drove two Indonesian trawlers out of the area off Sabah.", "COERCE"),
    ("Colombian soldiers forced the Venezuelan miners off the island.", "COERCE"),
    ("An Italian patrol boat escorted the Tunisian trawler out of the zone.", "COERCE"),
    ("Vietnamese coast guard ships escorted the Chinese survey vessel away from the reef.",
     "COERCE"),
    ("The Tunisian trawler was escorted back to Sfax by an Italian patrol boat.", "COERCE"),
    ("Greek police stopped a Turkish fishing boat off Lesbos.", "COERCE"),
    ("A Norwegian police boat intercepts the Russian trawler near the line.", "COERCE"),
    ("Georgian border guards captured two Russian shepherds.", "COERCE"),
    ("The Russian trawler was towed away by Norwegian police.", "COERCE"),
    ("Bulgarian police searched the offices of a Russian news agency in Sofia.", "COERCE"),
    # MOBILIZE
    ("A Croatian police boat left Umag at 05:40.", "MOBILIZE"),
    ("The Finnish patrol ship Turva left Helsinki on Monday.", "MOBILIZE"),
    ("Three Turkish frigates put to sea from Aksaz on Monday.", "MOBILIZE"),
    ("The Greek coast guard vessels have set out from Kos.", "MOBILIZE"),
    ("An Estonian navy vessel headed for the disputed waters.", "MOBILIZE"),
    ("The Italian coast guard cutter steamed out of Lampedusa.", "MOBILIZE"),
    ("Two Greek patrol boats sailed into Gera Bay.", "MOBILIZE"),
    ("Georgian troops took up positions along the boundary with South Ossetia.", "MOBILIZE"),
    ("A Slovenian police boat took up position between the two trawlers.", "MOBILIZE"),
    ("Moldova raised the combat readiness of its army.", "MOBILIZE"),
    ("Belarusian paratroopers landed in Kazakhstan.", "MOBILIZE"),
    # RETREAT
    ("The Croatian patrol boat left the bay at noon.", "RETREAT"),
    ("The Estonian navy vessel leaves the zone at 14:30.", "RETREAT"),
    ("The Greek coast guard vessel returned to port.", "RETREAT"),
    ("Azerbaijani forces vacated the hilltop village.", "RETREAT"),
    ("Armenian troops moved back from the line of contact.", "RETREAT"),
    ("Italian police let the Tunisian boat go.", "RETREAT"),
    ("Serbian forces handed over control of the checkpoint to Kosovo police.", "RETREAT"),
    ("Two Norwegian police boats entered the fjord at dawn. The Norwegian vessel sailed away "
     "from the Russian trawler at 11:00.", "RETREAT"),
    ("A Japanese coast guard cutter approached the trawler. The Japanese vessel later headed "
     "back to Naha.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "etype"), FIRES)
def test_force_act_fires(analyse, text: str, etype: str) -> None:
    assert etype in types_of(analyse(text), FACTUAL)


NOT_FIRES = [
    ("He picked up the phone and called the ministry.", "COERCE"),
    ("The coast guard picked up 40 migrants from a sinking dinghy.", "COERCE"),
    ("Parents picked up their children from school.", "COERCE"),
    ("The teacher took the pupils to the fire station.", "COERCE"),
    ("The storm drove the boats out of the harbour.", "COERCE"),
    ("Rescuers drove the villagers out of the flooded area.", "COERCE"),
    ("The family searched the house for the missing ring.", "COERCE"),
    ("The tug towed the barge to port.", "COERCE"),
    ("The foreign minister left the meeting early.", "RETREAT"),
    ("The foreign minister left the meeting early.", "MOBILIZE"),
    ("The ferry left Split at 06:10 with 300 tourists.", "MOBILIZE"),
    ("The fishing boat left Piran at dawn.", "MOBILIZE"),
    ("The cargo ship put to sea from Rijeka.", "MOBILIZE"),
    ("The yacht set out from Piran at dawn.", "MOBILIZE"),
    ("The merchant ship headed for Rotterdam.", "MOBILIZE"),
    ("The frigate left port to rescue the crew of a sinking yacht.", "MOBILIZE"),
    ("Parliament took up the issue on Tuesday.", "MOBILIZE"),
    ("The minister took up her post in March.", "MOBILIZE"),
    ("Germany took up a position on the issue.", "MOBILIZE"),
    ("The players landed in Doha on Monday.", "MOBILIZE"),
    ("The weather office raised the flood alert.", "MOBILIZE"),
    ("Fishermen headed back to port as the storm approached.", "RETREAT"),
    ("The frigate returned to port after a NATO exercise.", "RETREAT"),
    ("The tenants vacated the building.", "RETREAT"),
    ("The company moved back its headquarters to Paris.", "RETREAT"),
    ("The owner handed over control of the company to his son.", "RETREAT"),
    ("She let the dog go.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_FIRES)
def test_everyday_sense_does_not_fire(analyse, text: str, etype: str) -> None:
    assert etype not in types_of(analyse(text))


HEDGED = [
    ("Croatia said its police boats would leave the bay if Slovenia withdrew its own.", "RETREAT"),
    ("Norway threatened to tow away any Russian trawler found in the zone.", "COERCE"),
    ("Greece may send frigates if the survey ship sets out from Antalya.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "etype"), HEDGED)
def test_hedged_act_is_not_asserted(analyse, text: str, etype: str) -> None:
    statuses = {e.status for e in analyse(text).events if e.type == etype}
    assert "asserted" not in statuses


MORE_FIRES = [
    ("Two Norwegian police boats rushed to the fjord.", "MOBILIZE"),
    ("A Greek coast guard cutter set sail from Rhodes.", "MOBILIZE"),
    ("The Estonian navy patrol boat weighed anchor and left Tallinn.", "MOBILIZE"),
    ("The Norwegian police boat sailed off.", "RETREAT"),
    ("The Italian patrol boat backed away.", "RETREAT"),
    ("Georgian troops gave up their positions near the river.", "RETREAT"),
    ("The Latvian police boat is returning to Riga.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "etype"), MORE_FIRES)
def test_more_force_acts_fire(analyse, text: str, etype: str) -> None:
    assert etype in types_of(analyse(text), FACTUAL)


MORE_NOT_FIRES = [
    ("Police rushed to the scene of the accident.", "MOBILIZE"),
    ("The ferry sailed off at noon.", "RETREAT"),
    ("Investors backed away from the deal.", "RETREAT"),
    ("She gave up smoking.", "RETREAT"),
    ("The team gave up two goals.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "etype"), MORE_NOT_FIRES)
def test_more_everyday_senses_do_not_fire(analyse, text: str, etype: str) -> None:
    assert etype not in types_of(analyse(text))
