"""Session 13: a lexical sweep of ASSAULT, THREATEN, SANCTION and PROTEST (sentences written
for these tests).

Entries added to events/data/lexicon.yaml and synonyms.yaml:
- ASSAULT: a place rocketed, a vehicle sprayed with bullets, people clubbed, whipped or hacked
  to death, held at gunpoint, waters mined, a bomb set off, mortar rounds exploding,
  gunmen opening up on a target, troops scuffling with people;
- THREATEN: a weapon brandished or waved at people;
- SANCTION: sanctions extended, export controls tightened on a state, a state boycotting
  another's goods, visas revoked from officials, visa restrictions, a member suspended from a
  bloc, revenue or aid withheld, a travel ban, a firm placed on a blacklist, trade halted,
  stopped or suspended, supplies to a state cut off;
- PROTEST: a road blockaded by farmers or protesters, slogans chanted, placards waved, tools
  downed, a campus occupied by students in protest, streets filled or a crowd gathered where
  a protest is told, a die-in.
Each word keeps its everyday senses out: shares rocketing, a hedge sprayed with water, cream
whipped, a contract brandished, a deadline extended, a player suspended, fans chanting.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import kinds_at, types_of
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    # ASSAULT
    ("Hezbollah rocketed a border village on Tuesday.", "rocketed", "ASSAULT"),
    ("Militiamen sprayed the minibus with bullets near Gao.", "sprayed", "ASSAULT"),
    ("Riot police clubbed the students outside the campus.", "clubbed", "ASSAULT"),
    ("Soldiers pistol-whipped the driver at the checkpoint.", "whipped", "ASSAULT"),
    ("Attackers hacked six farmers to death in Benue.", "hacked", "ASSAULT"),
    ("Pirates held the sailors at gunpoint for hours.", "held", "ASSAULT"),
    ("Navy commandos mined the approaches to the harbour.", "mined", "ASSAULT"),
    ("Militants set off a bomb outside the court.", "set off", "ASSAULT"),
    ("Two mortar rounds exploded beside the clinic in Tal Afar.", "exploded", "ASSAULT"),
    ("Gunmen opened up on the bus from the hillside.", "opened up", "ASSAULT"),
    ("Soldiers scuffled with farmers at the roadblock.", "scuffled", "ASSAULT"),
    # THREATEN
    ("Masked men brandished machetes at the voters in Bauchi.", "brandished", "THREATEN"),
    ("A militiaman waved a pistol at the monitors.", "waved", "THREATEN"),
    # SANCTION
    ("Brussels extended its sanctions on Minsk for a year.", "extended", "SANCTION"),
    ("The Gulf states boycotted Qatari products.", "boycotted", "SANCTION"),
    ("Washington revoked the visas of twelve junta officials.", "revoked", "SANCTION"),
    ("ECOWAS suspended Niger from the bloc after the coup.", "suspended", "SANCTION"),
    ("Jerusalem withheld customs revenue from the Palestinian Authority.", "withheld",
     "SANCTION"),
    ("London imposed a travel ban on three junta leaders.", "ban", "SANCTION"),
    ("Washington placed four shipping firms on its sanctions blacklist.", "placed", "SANCTION"),
    ("Ankara halted all trade with Israel.", "halted", "SANCTION"),
    ("Moscow cut off gas supplies to Sofia.", "cut off", "SANCTION"),
    ("Washington imposed visa restrictions on three army generals.", "restrictions",
     "SANCTION"),
    # PROTEST
    ("Farmers blockaded the motorway near Lyon.", "blockaded", "PROTEST"),
    ("Protesters chanted slogans outside the ministry.", "chanted", "PROTEST"),
    ("Demonstrators waved placards outside the consulate.", "waved", "PROTEST"),
    ("Dockers downed tools at the port of Durban.", "downed", "PROTEST"),
    ("Thousands gathered in the main square to demand the governor's resignation.",
     "gathered", "PROTEST"),
    ("Activists staged a die-in outside the ministry.", "die-in", "PROTEST"),
    ("Students occupied the campus in protest against the war.", "occupied", "PROTEST"),
    ("Tens of thousands filled the streets of Tbilisi to protest the law.", "filled",
     "PROTEST"),
])
def test_news_words_fire_with_their_type(analyse: Analyse, text: str, trigger: str,
                                         type_: str) -> None:
    assert (type_, "asserted") in kinds_at(analyse(text), trigger)


def test_export_controls_tightened_on_a_state_are_a_sanction(analyse: Analyse) -> None:
    types = types_of(analyse("Tokyo tightened export controls on Seoul."))
    assert "SANCTION" in types
    assert "COERCE" not in types


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("Hezbollah may have rocketed the village.", "rocketed", ("ASSAULT", "hypothetical")),
    ("Brussels is expected to extend sanctions on Minsk.", "extend", ("SANCTION", "planned")),
    ("Witnesses said soldiers clubbed the students.", "clubbed", ("ASSAULT", "reported")),
    ("Ankara did not halt trade with Israel.", "halt", ("SANCTION", "negated")),
    ("Farmers plan to blockade the motorway on Monday.", "blockade", ("PROTEST", "planned")),
    ("Gunmen reportedly sprayed the bus with bullets.", "sprayed", ("ASSAULT", "reported")),
])
def test_hedged_forms_keep_their_status(analyse: Analyse, text: str, trigger: str,
                                        kind: tuple[str, str]) -> None:
    assert kind in kinds_at(analyse(text), trigger)


@pytest.mark.parametrize(("text", "type_"), [
    ("Shares in the miner rocketed after the report.", "ASSAULT"),
    ("The singer's debut album rocketed her to fame.", "ASSAULT"),
    ("The gardener sprayed the hedge with water.", "ASSAULT"),
    ("The pupils clubbed together to buy a present.", "ASSAULT"),
    ("The pastry chef whipped the cream.", "ASSAULT"),
    ("The lawyer brandished the contract at the hearing.", "THREATEN"),
    ("Fans waved banners as the team bus arrived.", "PROTEST"),
    ("The council extended the deadline for applications.", "SANCTION"),
    ("The company withheld the bonus from its staff.", "SANCTION"),
    ("The league suspended the club from the competition.", "SANCTION"),
    ("Shoppers thronged the streets before the holiday.", "PROTEST"),
    ("Thousands gathered in the square to celebrate the title.", "PROTEST"),
    ("The fans chanted the name of the coach.", "PROTEST"),
    ("Workers downed the last of their drinks.", "PROTEST"),
    ("The firm halted trade in its shares.", "SANCTION"),
    ("The broker placed the shares on the list.", "SANCTION"),
    ("Police blockaded the street after the accident.", "PROTEST"),
    ("Mourners gathered at the church for the funeral.", "PROTEST"),
    ("The company mined copper in the north.", "ASSAULT"),
    ("The smoke set off the fire alarm.", "ASSAULT"),
    ("The smoke set off the fire alarm.", "COERCE"),
    ("The storm cut off power supplies to the town.", "SANCTION"),
    ("Water filled the streets after the storm.", "PROTEST"),
    ("Fans filled the streets to celebrate the win.", "PROTEST"),
    ("The round of talks exploded into acrimony.", "ASSAULT"),
    ("The minister opened up on his years in exile.", "ASSAULT"),
    ("The fans scuffled with each other after the match.", "ASSAULT"),
])
def test_everyday_senses_do_not_fire(analyse: Analyse, text: str, type_: str) -> None:
    assert type_ not in types_of(analyse(text))
