"""Review of the force senses added for breadth: each narrowed class still fires on wordings of
the class and no longer fires on the same words in business, sport, private life, weather or
civil administration. All sentences are our own."""

from __future__ import annotations

import pytest

from tests.events.conftest import FACTUAL, types_of


def _factual(analyse, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return types_of(analyse(text), FACTUAL)


# name: (type, wordings that must give it, ordinary senses that must not)
CLASSES = {
    # arms or relief sent by a state; wares shipped by a firm to its customers are trade
    "arms and relief given": ("AID", [
        "Norway shipped 40 air defence missiles to Ukraine last month.",
        "Jordan delivered flour and tents to families in Rafah.",
        "Germany sent two howitzers and ammunition to Kyiv.",
    ], [
        "The retailer shipped two million drones to its customers last quarter.",
        "The toy maker delivered 300 water guns to the county fair.",
        "The company shipped 40,000 tanks of propane to Texas.",
        "The firm sent engineers and equipment to the site in Nevada.",
    ]),
    # doctors and firefighters sent where a disaster or a war struck, not to a meeting
    "medics sent": ("AID", [
        "Turkey sent 60 doctors to the earthquake zone in Syria.",
        "Egypt dispatched nurses and surgeons to treat the wounded from Gaza.",
    ], [
        "The hospital sent two doctors to the conference in Vienna.",
        "The clinic sent a nurse to the training course in Leeds.",
    ]),
    # vessels handed back by a state; a hired boat returned to its owner is none
    "vessels handed back": ("RETREAT", [
        "Iran returned the seized tanker to its Greek owners.",
        "Sri Lanka handed back six Indian trawlers to New Delhi.",
    ], [
        "The fisherman returned the boat to its owner in Galway.",
        "The sailor returned the dinghy to the club after the race.",
    ]),
    # a navy's fleet strengthened; an airline's or a coach's is none
    "forces strengthened": ("MOBILIZE", [
        "China strengthened its naval fleet near the Paracel Islands with three new frigates.",
        "Poland strengthened its garrison in Suwalki.",
    ], [
        "The airline strengthened its fleet with ten new jets.",
        "The firm strengthened its fleet of delivery vans.",
        "The coach strengthened the defence before the match.",
    ]),
    # police spread over a place in force; a search for a missing child is none
    "police fanning out": ("MOBILIZE", [
        "Soldiers fanned out across the border town of Moreh before the polls.",
        "Gendarmes fanned out along the main road into Abidjan.",
    ], [
        "Police fanned out across the park to search for the missing boy.",
    ]),
    # a show of force by armed forces; a party's show of force at a rally is none
    "show of force": ("MOBILIZE", [
        "Russian bombers flew near Alaska in a show of force.",
        "The navy sent two destroyers through the strait in a show of strength.",
    ], [
        "The party staged a show of force at its rally in Delhi.",
    ]),
    # officers or troops surged into a place; police sent for a football derby are none
    "surge": ("MOBILIZE", [
        "A surge of troops reached the northern province on Sunday.",
    ], [
        "A surge of officers was sent to the stadium for the derby.",
    ]),
    # crowds protesting; fans celebrating or mourners at a crash site are none
    "crowds": ("PROTEST", [
        "Students massed outside the ministry, chanting against the new fees.",
        "Hundreds of demonstrators poured into the streets of Lima.",
        "Families held a vigil outside the embassy demanding the release of the sailors.",
    ], [
        "Thousands of fans flooded into the square to celebrate the title.",
        "Students massed outside the exam hall.",
        "Families held a candlelit vigil outside the hospital for the victims of the crash.",
    ]),
    # goods of another state banned; a domestic rule on plastic bags or shares is none
    "trade cut": ("SANCTION", [
        "China banned imports of Australian barley.",
        "The ministry restricted exports of fertiliser to Lithuania.",
        "The food safety agency suspended imports of apricots from two Tajik provinces.",
    ], [
        "The government banned imports of plastic bags to cut waste.",
        "The regulator limited trade in the bank's shares.",
        "The ministry restricted exports of rice after a poor harvest.",
        "The ministry restricted exports of rice in Punjab after the floods.",
    ]),
    # lines cut by an authority; a household, a school or a hotel cutting its own is none
    "lines cut": ("COERCE", [
        "The authorities cut mobile internet in the Kashmir valley.",
        "The junta shut down the internet across the whole country.",
    ], [
        "Parents limited their children's internet use.",
        "The school cut the internet in the library for repairs.",
    ]),
    # boats or people rammed; a bull at a gate or a road accident is none
    "rams": ("ASSAULT", [
        "A Chinese coast guard ship rammed a Philippine supply boat near the shoal.",
        "Israeli settlers rammed a Palestinian car near Hebron.",
    ], [
        "The bull rammed the gate of the farm.",
        "A drunk driver rammed his car into the gate of the school.",
    ]),
    # homes set alight in an attack; thieves burning a stolen car, a farmer his stubble, none
    "burning": ("ASSAULT", [
        "Militiamen set fire to the huts of the village.",
        "Gunmen set the market alight in Kadugli.",
    ], [
        "Thieves set the stolen car alight in a field.",
        "The farmer set fire to the crop stubble in his field.",
    ]),
    # lorries turned back at a crossing; fake goods stopped by customs are none
    "turned back": ("COERCE", [
        "Border guards turned back 40 lorries at the Kazakh crossing.",
    ], [
        "The customs officers turned back a shipment of fake watches.",
    ]),
    # limits on another's goods eased; a city's own rule for lorries in its centre is none
    "trade eased": ("RETREAT", [
        "Israel eased restrictions on goods entering Gaza.",
    ], [
        "The city eased restrictions on lorries entering the centre.",
    ]),
    # the wounded taken to hospital are patients; troops rushed to a front are a deployment
    "rushed to hospital": ("MOBILIZE", [
        "The army rushed two battalions to Kharkiv.",
    ], [
        "Two wounded soldiers were rushed to a hospital in Kharkiv.",
        "Medics rushed four injured policemen to hospital.",
    ]),
    # weapons supplied to a state are aid; gas and oil sold abroad are trade
    "supplied": ("AID", [
        "Iran supplied drones to Russia.",
    ], [
        "Russia supplied gas to Europe through the pipeline.",
        "Nigeria supplied crude to refineries in India last year.",
    ]),
    # forces on alert are a show of readiness; schools on alert for the flu are not
    "on alert": ("MOBILIZE", [
        "The army placed its units on high alert along the border.",
    ], [
        "The ministry placed schools on alert for the flu.",
        "Coastal towns were put on alert ahead of the typhoon.",
    ]),
}


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_the_class_still_fires(analyse, name):  # type: ignore[no-untyped-def]
    etype, positives, _ = CLASSES[name]
    missed = [s for s in positives if etype not in _factual(analyse, s)]
    assert missed == []


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_the_ordinary_sense_gives_no_event_of_the_type(analyse, name):  # type: ignore[no-untyped-def]
    etype, _, negatives = CLASSES[name]
    fired = [s for s in negatives if etype in _factual(analyse, s)]
    assert fired == []


def test_a_passive_move_is_no_intransitive_move(analyse):  # type: ignore[no-untyped-def]
    # "the column was moved": what was moved, not a column of troops moving
    for text in ("The column was moved to page two.", "A column of cars was moved to the new "
                 "car park."):
        assert "MOBILIZE" not in _factual(analyse, text)
    assert "MOBILIZE" in _factual(analyse, "A column of tanks moved into the district of "
                                  "Kupiansk.")
