"""Force-type predicates read by class, not by one wording: trade cut off by a state, lines of
talk shut by an authority, people taken into custody, vessels rammed, fire let fall on a place,
homes set alight, forces readied or shown, people and boats handed back, limits lifted, arms and
relief given, crowds massing in the streets. Each class is proved on several wordings of our
own, and on ordinary senses of the same words that must give no event of the type."""

from __future__ import annotations

import pytest

from tests.events.conftest import events_of, types_of


def _types(analyse, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return types_of(analyse(text))


def _factual(analyse, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return types_of(analyse(text), ("asserted",))


CLASSES = {
    # a state shutting out another's goods (SANCTION, not a closure)
    "trade cut": ("SANCTION", [
        "Beijing banned imports of Lithuanian timber after the row over the Taipei office.",
        "Ankara suspended all trade with Israel on Thursday, the trade ministry announced.",
        "The Kremlin restricted imports of Georgian mineral water, citing hygiene rules.",
        "Delhi curbed exports of rice to Bangladesh during the border dispute.",
    ], [
        "The supermarket chain suspended sales of the toy after a safety recall.",
        "The school banned the sale of fizzy drinks in its canteen.",
        "The government banned the sale of alcohol during Ramadan.",
    ]),
    # an authority cutting the lines people talk on
    "comms cut": ("COERCE", [
        "Authorities in Addis Ababa shut down internet access across the Amhara region.",
        "The junta cut off mobile internet in Sagaing for a month.",
        "Tehran throttled the internet in Zahedan as the protests spread.",
    ], [
        "The provider shut down its broadband internet for maintenance overnight.",
        "The company suspended internet service to customers who had not paid.",
    ]),
    # people taken into custody, whatever the light verb
    "custody": ("COERCE", [
        "Police took eleven students into custody after the rally in Lahore.",
        "Soldiers placed the mayor of Bouake under arrest at dawn.",
        "A magistrate in Jaffna remanded the nine fishermen until Friday.",
    ], [
        "The appeals court remanded the case to a lower court.",
        "The nurse took the child into the ward for an X-ray.",
    ]),
    # a vessel or a vehicle rammed
    "ramming": ("ASSAULT", [
        "A Chinese coast guard cutter rammed a Vietnamese fishing boat near the reef.",
        "The militia trawler sideswiped a Philippine supply ship off the shoal.",
        "An Iranian speedboat rammed the hull of the tanker in the Gulf.",
    ], [
        "The minister rammed the bill through parliament in a single night.",
    ]),
    # fire let fall on a place
    "fire rained": ("ASSAULT", [
        "Rebel gunners rained mortar rounds on the army base at Kidal overnight.",
        "Russian artillery rained rockets on the town of Kupiansk on Sunday.",
    ], [
        "It rained heavily on the town of Kupiansk all weekend.",
        "Critics hammered the finance minister over the budget in Kyiv.",
    ]),
    # homes and villages set alight (an assault in the CAMEO table, 1712)
    "homes burnt": ("ASSAULT", [
        "Raiders set fire to dozens of huts in the village of Mbau.",
        "Militiamen set the market in Kalehe alight before dawn.",
        "Thirty homes in the hamlet were set ablaze by gunmen on Saturday.",
    ], [
        "The chef set the pudding alight with brandy in front of the guests.",
        "Fans set off flares in the stadium in Istanbul.",
    ]),
    # forces readied, drilled or shown
    "readied": ("MOBILIZE", [
        "Ghana's army placed two battalions on standby along the Togolese frontier.",
        "Seoul put its troops on high alert after the launch.",
        "The two navies held joint drills off the coast of Oman.",
        "Greek frigates sailed past the island in a show of force.",
    ], [
        "The hospital put its nurses on standby for the holiday weekend.",
        "The students did breathing exercises before the exam.",
    ]),
    # units named by their size moved in a hurry (a company or a column can be a firm or a page)
    "units moved": ("MOBILIZE", [
        "Two companies of paratroopers were rushed to the airport at Goma.",
        "Four platoons of marines were flown into Bunia on Monday.",
        "Three more companies of the Assam Rifles were moved up to the pass.",
    ], [
        "The company was moved to new offices in Leeds.",
        "The squad was moved to a new training ground before the derby.",
    ]),
    # people and boats handed back
    "handed back": ("RETREAT", [
        "Azerbaijan returned three Armenian servicemen who had crossed by mistake.",
        "Pakistan handed back a seized Indian trawler and its fishermen.",
        "India's border force handed over four herders to Nepal's police.",
        "The rebels set free three Kenyan hostages on Friday.",
    ], [
        "The shop returned the faulty goods to the supplier.",
        "The goalkeeper handed the ball back to the referee.",
    ]),
    # limits on goods lifted or eased (economic, CAMEO 085; a curfew lifted stays a concession,
    # as PLOVER's own gold has it)
    "lifted": ("RETREAT", [
        "Israel eased restrictions on fuel entering the Gaza Strip.",
        "Beijing lifted its ban on imports of Japanese seafood.",
        "Brussels eased the penalties on Belarusian potash exports.",
    ], [
        "The weightlifter lifted a record load in Paris.",
        "The central bank eased its interest rates on Thursday.",
    ]),
    # arms and relief given or sent to another party
    "given": ("AID", [
        "Denmark delivered twelve howitzers and ammunition to Ukraine last week.",
        "The World Food Programme shipped rice to Port Sudan on Monday.",
        "Turkey dispatched a team of rescue workers to earthquake-hit Syria.",
        "Berlin provided Kyiv with air defence interceptors in the spring.",
        "Ecuador received two patrol boats from Spain in March.",
    ], [
        "The postman delivered the letters late on Monday.",
        "The band delivered a stunning performance in Lagos.",
        "She deposited her savings in a local bank.",
    ]),
    # an envoy told to go (an expulsion, CAMEO 166)
    "envoy told to go": ("SANCTION", [
        "Bamako ordered the Algerian ambassador to leave within 72 hours.",
        "Khartoum gave the Kenyan envoy two days to quit the country.",
        "Kyiv declared a Hungarian consul persona non grata on Monday.",
    ], [
        "The president ordered the ambassador to attend the talks in Accra.",
        "The coach ordered the players to leave the pitch at half-time.",
    ]),
    # a weapon going through or into something
    "weapon through": ("ASSAULT", [
        "A guided bomb tore through a school in Avdiivka on Friday.",
        "The missile ripped through a warehouse near Dnipro on Tuesday.",
        "Two rockets smashed into the market in Sderot.",
    ], [
        "A storm tore through the town of Moore on Friday.",
        "The lorry ploughed into a parked car in Odesa.",
    ]),
    # a warship or a warplane keeping close on another's craft
    "shadowing": ("COERCE", [
        "A Dutch frigate shadowed a Russian tanker through the Channel.",
        "Two Japanese fighter jets tailed the Chinese bombers for an hour.",
    ], [
        "Reporters shadowed the minister all week in Brussels.",
        "The detective tailed the suspect across Paris.",
    ]),
    # aid or arms getting through
    "aid arrives": ("AID", [
        "A shipment of artillery shells arrived in Rzeszow on Friday.",
        "Aid finally reached the camp at Zamzam on Sunday.",
        "A consignment of wheat arrived at the port of Aden.",
    ], [
        "A shipment of cocaine arrived in Antwerp on Friday.",
        "The delegation arrived in Kyiv on Monday.",
    ]),
    # crowds massing or pouring into the streets, and vigils held
    "crowds": ("PROTEST", [
        "Thousands of students poured into the streets of Dhaka on Sunday.",
        "Protesters massed outside the parliament in Nairobi.",
        "Relatives held a vigil outside the prison in Tbilisi.",
    ], [
        "Rainwater poured into the streets of Dhaka after the storm.",
        "Geese massed on the lake outside Nairobi.",
    ]),
}


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_every_wording_of_the_class_gives_its_type(analyse, name):  # type: ignore[no-untyped-def]
    etype, positives, _ = CLASSES[name]
    missed = [s for s in positives if etype not in _types(analyse, s)]
    assert missed == []


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_the_ordinary_sense_gives_no_event_of_the_type(analyse, name):  # type: ignore[no-untyped-def]
    etype, _, negatives = CLASSES[name]
    fired = [s for s in negatives if etype in _factual(analyse, s)]
    assert fired == []


def test_a_curfew_lifted_is_a_concession_not_a_retreat(analyse):  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types(analyse, "The governor of Plateau lifted the curfew in Jos.")


def test_a_school_set_up_after_gunfire_is_no_burning(analyse):  # type: ignore[no-untyped-def]
    a = analyse("Troops opened fire on the crowd. Later the villagers set up a school in the "
                "village.")
    assert not [e for e in events_of(a, "ASSAULT") if e.trigger.text.startswith("set")]
