"""Event classes by their grammar or word class: a fight told by how long it went on, forces
arriving, necessities held back, people sent back or kept from an act, labour strikes, weapons
tests, crowd-control verbs, a group armed, relief given with no giver, and a measure changed or
an agreement dropped."""

from __future__ import annotations

import pytest

from tests.events.conftest import events_of, types_of


def _coded(analyse, text):  # type: ignore[no-untyped-def]
    return [(e.type, e.cameo, e.status) for e in events_of(analyse(text))]


def _types(analyse, text):  # type: ignore[no-untyped-def]
    return types_of(analyse(text))


# 1. A conflict noun as the subject of a verb of lasting or going on, or told to begin by its own
# relative clause, is the fight itself.


@pytest.mark.parametrize("text", [
    "The firefight dragged on for most of the night near Beni.",
    "The ambush went on for an hour on the road to Djibo.",
    "The shelling persisted until noon around Avdiivka.",
    "Police described the gunfight that began after midnight in Kano.",
])
def test_a_fight_told_by_how_long_it_lasted_is_the_fight(analyse, text):
    assert "ASSAULT" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The party lasted until dawn in the old town.",
    "The rain persisted all week in Dhaka.",
])
def test_lasting_things_of_ordinary_life_are_no_event(analyse, text):
    assert not events_of(analyse(text))


def test_a_relative_clause_that_is_an_event_itself_keeps_the_event_on_its_verb(analyse):
    coded = _coded(analyse, "Jets launched an airstrike that killed a commander near Idlib.")
    assert ("ASSAULT", "195", "asserted") in coded or any(t == "ASSAULT" for t, _, _ in coded)
    assert len([c for c in coded if c[0] == "ASSAULT"]) <= 2


# 2. Forces getting somewhere, whatever the verb of arriving.


@pytest.mark.parametrize("text", [
    "A column of gendarmes arrived in Kidal on Friday.",
    "Three battalions of marines reached the port of Hodeidah.",
    "Fresh reinforcements got to the besieged garrison near Sevare.",
    "A riot police squad reached the district after the looting in Kisumu.",
])
def test_forces_arriving_are_a_deployment(analyse, text):
    assert "MOBILIZE" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The football squad arrived in Madrid on Monday.",
    "The trade delegation reached Nairobi on Sunday.",
    "Aid convoys arrived in Mekelle on Tuesday.",
    "The medical team got to the village by noon.",
])
def test_teams_delegations_and_aid_arriving_are_no_deployment(analyse, text):
    assert "MOBILIZE" not in _types(analyse, text)


# 3. What a people needs to live, held back by an authority or an armed party.


@pytest.mark.parametrize("text", [
    "The rebels have cut water to the town of Kadugli.",
    "The occupying army halted fuel supplies to the enclave.",
    "Authorities in Yangon suspended food deliveries to the camps.",
    "Israel has frozen medicine shipments to the strip.",
])
def test_necessities_held_back_restrict_a_people(analyse, text):
    assert ("COERCE", "191", "asserted") in _coded(analyse, text)


@pytest.mark.parametrize("text", [
    "The utility halted electricity supplies for repairs in Leeds.",
    "She froze the food for the winter.",
    "The bakery stopped bread deliveries over a shortage of flour.",
    "Kazakhstan suspended fuel shipments to Kyrgyzstan.",
])
def test_outages_kitchens_and_shops_hold_back_nothing(analyse, text):
    assert "COERCE" not in _types(analyse, text)


# 4. People or boats sent back, and people kept by armed men from any act.


@pytest.mark.parametrize("text", [
    "The navy forced back three boats carrying Eritreans near Lampedusa.",
    "Guards turned away 40 Afghans at the crossing.",
    "Coastguards pushed back a dinghy full of migrants off Lesbos.",
    "Soldiers prevented farmers from harvesting their fields near the wall.",
    "Border guards stopped a survey team from erecting posts near Akhaura.",
])
def test_people_sent_back_or_kept_from_an_act_are_coerced(analyse, text):
    assert "COERCE" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The coach stopped the players from leaving the hotel.",
    "The committee pushed back the vote to May.",
    "Her parents prevented her from marrying the singer.",
])
def test_postponing_and_private_life_are_no_coercion(analyse, text):
    assert "COERCE" not in _types(analyse, text)


# 5. Labour strikes are protests; strikes by arms stay assaults.


@pytest.mark.parametrize("text", [
    "Nurses in Lagos struck over unpaid salaries.",
    "Railway workers will strike on Friday in Lyon.",
    "The dockers' strike entered its second week in Antwerp.",
    "A strike by Lisbon bus drivers halted the city on Monday.",
    "Bus drivers in Porto launched a strike over pay.",
])
def test_labour_strikes_are_protests(analyse, text):
    types = _types(analyse, text)
    assert "PROTEST" in types and "ASSAULT" not in types


@pytest.mark.parametrize("text", [
    "Israeli jets struck targets in Rafah.",
    "Pilots struck the airbase near Homs.",
])
def test_strikes_by_arms_stay_assaults(analyse, text):
    assert "ASSAULT" in _types(analyse, text)
    assert "PROTEST" not in _types(analyse, text)


# 6. A weapon fired as a test is a show of force; fired at something, an attack.


@pytest.mark.parametrize("text", [
    "Pakistan test-launched a cruise missile on Monday.",
    "India test-fired a nuclear-capable missile off Odisha.",
    "Pyongyang test-fired a new rocket on Sunday, Seoul says.",
])
def test_weapons_tests_are_shows_of_force(analyse, text):
    types = _types(analyse, text)
    assert "MOBILIZE" in types and "ASSAULT" not in types


def test_a_missile_fired_at_a_ship_stays_an_attack(analyse):
    assert "ASSAULT" in _types(analyse, "Houthi fighters fired a missile at a tanker.")
    assert "MOBILIZE" not in _types(analyse, "Houthi fighters fired a missile at a tanker.")


# 7. Crowd-control gear made a verb.


@pytest.mark.parametrize("text", [
    "Riot police tear-gassed students outside the university in Nairobi.",
    "Officers lathi-charged the crowd in Patna.",
    "Troopers pepper-sprayed marchers in Santiago.",
    "Police baton-charged mourners at the cemetery in Srinagar.",
])
def test_crowd_control_verbs_are_repression(analyse, text):
    assert ("COERCE", "175", "asserted") in _coded(analyse, text)
    assert "ACCUSE" not in _types(analyse, text)


def test_a_prosecutor_charging_protesters_still_accuses(analyse):
    types = _types(analyse, "The prosecutor charged the protesters with rioting.")
    assert "COERCE" not in types


# 8. A group armed by a state or a force; relief given with no giver named.


@pytest.mark.parametrize("text", [
    "The army armed local vigilantes in Borno.",
    "The government has armed the tribes against the rebels.",
    "Rations were distributed to families in Rafah.",
    "Food aid was handed out to the displaced in El Obeid.",
])
def test_arming_a_group_and_relief_given_out_are_aid(analyse, text):
    assert "AID" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "Prizes were handed out at the school.",
    "The farmers armed themselves with sticks.",
])
def test_prizes_and_self_arming_are_no_aid(analyse, text):
    assert "AID" not in _types(analyse, text)


# 9. A measure changed takes the changing verb's status; an agreement dropped is no agreement.


@pytest.mark.parametrize("text, etype", [
    ("Seoul would toughen its export controls on Tokyo.", "SANCTION"),
    ("Paris may prolong its curfew in Noumea.", "COERCE"),
    ("Ankara could tighten its embargo on the island.", "SANCTION"),
])
def test_a_measure_that_may_be_changed_is_hypothetical(analyse, text, etype):
    assert (etype, "hypothetical") in {(t, s) for t, _, s in _coded(analyse, text)}


@pytest.mark.parametrize("text", [
    "Mali ended its defence pact with France.",
    "Iceland suspended its fisheries agreement with Norway.",
    "Washington scrapped the nuclear deal with Tehran.",
])
def test_an_agreement_dropped_is_a_sanction_not_an_agreement(analyse, text):
    types = _types(analyse, text)
    assert "SANCTION" in types and "AGREE" not in types


@pytest.mark.parametrize("text", [
    "The club cancelled its deal with the sponsor.",
    "The company ended its partnership with the bank.",
])
def test_a_firms_deal_dropped_is_no_sanction(analyse, text):
    assert "SANCTION" not in _types(analyse, text)
