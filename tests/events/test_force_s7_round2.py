"""Force, coercion and mobilisation classes of session 7, round 2: each class with sentences of
its own wording that must give its type and ordinary senses that must give none."""

from __future__ import annotations

import pytest

from tests.events.conftest import types_of


def _types(analyse, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return set(types_of(analyse(text)))


# --- hostile broadcasting and signal interference ---


@pytest.mark.parametrize("text", [
    "The army turned its propaganda speakers on again along the frontier on Friday.",
    "Pyongyang switched on its loudspeakers near the border after the balloon launches.",
    "Iranian forces spoofed the navigation signals of tankers in the Gulf.",
    "Russian units have jammed the GPS receivers of Lithuanian airliners for weeks.",
])
def test_speakers_and_jamming_are_coercion(analyse, text):  # type: ignore[no-untyped-def]
    assert "COERCE" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "Seoul turned off the loudspeakers on the border after the summit.",
    "The military switched off its propaganda speakers along the line as talks began.",
    "Kenyan troops switched its border loudspeakers off last week.",
])
def test_speakers_switched_off_are_a_retreat(analyse, text):  # type: ignore[no-untyped-def]
    assert "RETREAT" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The DJ switched the loudspeakers back on after the power cut.",
    "The school turned on its loudspeakers for the morning assembly.",
    "Fans jammed the switchboard of the radio station for hours.",
    "A solar storm jammed radio signals across the north.",
    "The family switched off the internet at dinner time.",
])
def test_speakers_and_signals_of_daily_life(analyse, text):  # type: ignore[no-untyped-def]
    assert not _types(analyse, text) & {"COERCE", "RETREAT", "ASSAULT"}


# --- an authority cutting the internet in an idiom of shutting ---


@pytest.mark.parametrize("text", [
    "The junta switched off the internet in three provinces ahead of the vote.",
    "Authorities pulled the plug on mobile data in the northern region on Sunday.",
    "The interior ministry turned off broadband across the capital during the protests.",
])
def test_internet_shut_in_an_idiom_is_coercion(analyse, text):  # type: ignore[no-untyped-def]
    assert "COERCE" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The company pulled the plug on the project after costs rose.",
    "The provider switched off the network for repairs after the storm.",
])
def test_plugs_pulled_in_business_are_none(analyse, text):  # type: ignore[no-untyped-def]
    assert "COERCE" not in _types(analyse, text)


# --- craft put out of action, holed or sabotaged ---


@pytest.mark.parametrize("text", [
    "A Houthi missile crippled the bulk carrier off Hodeidah.",
    "The patrol boat was immobilised by gunfire from the militants.",
    "A torpedo holed the frigate below the waterline.",
    "Officials said the gas pipeline near the border had been sabotaged.",
    "The smuggling skiff was disabled by shots from a navy helicopter.",
])
def test_craft_put_out_of_action_is_assault(analyse, text):  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "Our striker was disabled by a knee injury in the second half.",
    "The hacker disabled the car alarm in seconds.",
    "A storm crippled the ferry service to the islands.",
    "The gunmen holed up in a cargo ship for two days.",
    "The coach said the referee had sabotaged the match.",
])
def test_disabled_in_ordinary_senses_is_no_blow(analyse, text):  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in _types(analyse, text)


# --- warcraft coming close to another party's craft ---


@pytest.mark.parametrize("text", [
    "Two Russian Su-30 jets flew near a Dutch frigate in the Baltic.",
    "A Chinese destroyer sailed alongside the Philippine supply ship for an hour.",
    "Two Iranian fighters flew near one of the American carriers on Tuesday.",
])
def test_warcraft_near_another_craft_is_coercion(analyse, text):  # type: ignore[no-untyped-def]
    assert "COERCE" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "Two fighter jets flew near the stadium during the anthem.",
    "The frigate sailed near the coast of Crete on its way home.",
    "The yacht sailed alongside the ferry out of the harbour.",
])
def test_craft_near_a_place_or_a_civil_boat_is_none(analyse, text):  # type: ignore[no-untyped-def]
    assert "COERCE" not in _types(analyse, text)


# --- goods taken by armed men; people held or seized ---


@pytest.mark.parametrize("text", [
    "Bandits carried away the grain and the cattle from the village store.",
    "Armed men made off with two tonnes of fuel from the depot.",
    "Masked men carted off sacks of flour from the aid warehouse in Bentiu.",
])
def test_goods_taken_by_armed_men_is_looting(analyse, text):  # type: ignore[no-untyped-def]
    assert "COERCE" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The movers carried off the furniture in an hour.",
    "The family carted off forty sacks of flour from the market.",
    "The shoppers made off with the last loaves of bread.",
])
def test_goods_moved_in_daily_life_are_no_looting(analyse, text):  # type: ignore[no-untyped-def]
    assert not _types(analyse, text) & {"COERCE", "ASSAULT"}


@pytest.mark.parametrize("text", [
    "Armed personnel boarded a trawler, seized its catch, and held its eleven crew members "
    "for six hours.",
    "Police held three protest leaders for questioning.",
    "Four were seized by gunmen near the Kaya road last week.",
    "Two were abducted by bandits on the highway.",
])
def test_people_held_or_seized(analyse, text):  # type: ignore[no-untyped-def]
    assert _types(analyse, text) & {"COERCE", "ASSAULT"}


@pytest.mark.parametrize("text", [
    "The airline held its cabin crew meeting in Dubai.",
    "The club held its members' dinner on Friday.",
])
def test_meetings_held_hold_no_one(analyse, text):  # type: ignore[no-untyped-def]
    assert not _types(analyse, text) & {"COERCE", "ASSAULT"}


# --- what a "what" clause calls the object ---


@pytest.mark.parametrize("text", [
    "Witnesses said jets dropped what they called cluster bombs on the village.",
    "Rebels fired what looked like a rocket at the convoy.",
    "Helicopters dropped what residents described as barrel bombs on the market.",
])
def test_object_named_by_a_what_clause(analyse, text):  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The chef dropped what he called a flavour bomb into the soup.",
    "The striker fired what fans described as a rocket into the top corner.",
])
def test_what_clause_in_ordinary_life(analyse, text):  # type: ignore[no-untyped-def]
    assert "ASSAULT" not in _types(analyse, text)


# --- a named vessel; a gerund's doer ---


@pytest.mark.parametrize("text", [
    "A coast guard cutter rammed the fishing boat Binh Minh 27 near the reef.",
    "A navy corvette rammed the trawler Hai Long off the island.",
])
def test_a_vessel_named_after_its_kind_is_rammed(analyse, text):  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(analyse, text)


def test_a_gerund_takes_the_subject_it_qualifies(analyse):  # type: ignore[no-untyped-def]
    text = "The army responded by switching its border loudspeakers back on."
    assert "COERCE" in _types(analyse, text)


# --- a state's forces moving into its own region; escorts ---


@pytest.mark.parametrize("text", [
    "Columns of Egyptian troops and tanks have rolled into Sinai, witnesses said.",
    "Ethiopian troops streamed into Tigray over the weekend.",
    "Pakistani armoured columns moved into Balochistan on Monday.",
])
def test_forces_moving_into_their_own_region_are_deployed(analyse, text):  # type: ignore[no-untyped-def]
    assert "MOBILIZE" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "Sudanese troops poured into Tigray, Ethiopian officials said.",
    "Egyptian troops stormed into Sinai villages held by militants.",
])
def test_forces_entering_another_state_or_storming_stay_assault(analyse, text):  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "French troops escorted an army supply column from Gao to Menaka.",
    "Kenyan soldiers escorted a government fuel convoy to the northern garrison.",
    "Rwandan troops escorted the army's lorries along the lake road.",
])
def test_troops_escorting_a_column_are_mobilised(analyse, text):  # type: ignore[no-untyped-def]
    assert "MOBILIZE" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "Peacekeepers escorted the aid convoy to the camp.",
    "The bodyguards escorted the minister to his car.",
])
def test_aid_escorts_and_bodyguards_are_no_mobilisation(analyse, text):  # type: ignore[no-untyped-def]
    assert "MOBILIZE" not in _types(analyse, text)


# --- craft shadowing others named by a pronoun ---


@pytest.mark.parametrize("text", [
    "Coast guard crews shadowed each of them for hours.",
    "The frigate shadowed them as they left the strait.",
    "Two patrol boats tailed them until they crossed the line.",
])
def test_shadowing_craft_named_by_a_pronoun(analyse, text):  # type: ignore[no-untyped-def]
    assert "COERCE" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The reporters shadowed them all day.",
    "The detective tailed them to the station.",
])
def test_people_shadowing_people_is_none(analyse, text):  # type: ignore[no-untyped-def]
    assert "COERCE" not in _types(analyse, text)


# --- a craft's intrusion into another's sky or sea, told as a violation ---


@pytest.mark.parametrize("text", [
    "Two Russian jets violated Estonian airspace on Friday.",
    "Army units recorded 41 violations of Lebanese airspace by enemy drones.",
    "A Chinese coast guard ship violated Japanese waters near the islands.",
])
def test_airspace_violated_is_an_intrusion(analyse, text):  # type: ignore[no-untyped-def]
    types = _types(analyse, text)
    assert "COERCE" in types and "ASSAULT" not in types


@pytest.mark.parametrize("text", [
    "The factory violated water regulations for years.",
    "The club's violation of the spending rules cost it points.",
])
def test_rules_violated_are_no_intrusion(analyse, text):  # type: ignore[no-untyped-def]
    assert not _types(analyse, text) & {"COERCE", "ASSAULT"}


def test_a_ceasefire_violated_stays_an_assault(analyse):  # type: ignore[no-untyped-def]
    assert "ASSAULT" in _types(analyse, "Rebel fighters violated the ceasefire near Kalehe.")


# --- ice, prices and retreats of leisure; inspectors let in ---


@pytest.mark.parametrize("text", [
    "The rebels retreated from the town after two days of fighting.",
    "Government troops retreated toward the capital.",
])
def test_forces_retreating(analyse, text):  # type: ignore[no-untyped-def]
    assert "RETREAT" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "Shares retreated on Monday after the central bank raised rates.",
    "The ice sheet has retreated by two kilometres since 1990.",
    "The board held its annual retreat in the mountains.",
])
def test_ice_prices_and_leisure_retreats_are_none(analyse, text):  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The junta granted UN observers access to the detention camps.",
    "Damascus granted the chemical weapons investigators entry to the site.",
])
def test_inspectors_let_in_is_a_retreat(analyse, text):  # type: ignore[no-untyped-def]
    assert "RETREAT" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The court granted the lawyer access to the files.",
    "The museum granted the students access to its archive.",
])
def test_access_granted_in_civil_life_is_none(analyse, text):  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types(analyse, text)


# --- posts put across the roads people use ---


@pytest.mark.parametrize("text", [
    "Militiamen set up checkpoints on the highway between the two towns.",
    "Police put up barricades across the main street leading to parliament.",
    "Soldiers threw up roadblocks on the roads out of the port on Sunday.",
])
def test_posts_across_roads_bar_movement(analyse, text):  # type: ignore[no-untyped-def]
    assert "COERCE" in _types(analyse, text)


@pytest.mark.parametrize("text", [
    "The council put up a marquee on the road for the festival.",
    "The villagers put up a sign on the road to the farm.",
    "He threw up on the road after the party.",
])
def test_things_put_up_on_roads_in_civil_life(analyse, text):  # type: ignore[no-untyped-def]
    assert not _types(analyse, text) & {"COERCE", "MOBILIZE"}


def test_posts_on_a_hillside_stay_a_foothold(analyse):  # type: ignore[no-untyped-def]
    text = "Turkish troops have set up two new checkpoints south of the village."
    assert "MOBILIZE" in _types(analyse, text)


# --- war words of ordinary life: bombarded, shot down, mobilised ---


@pytest.mark.parametrize("text", [
    "The minister was bombarded with questions at the press conference.",
    "The senator's budget amendment was shot down in committee by a single vote.",
    "The church mobilised its congregation to help flood victims.",
    "The charity mobilised hundreds of volunteers to clear the park.",
])
def test_war_words_of_ordinary_life(analyse, text):  # type: ignore[no-untyped-def]
    assert not _types(analyse, text) & {"ASSAULT", "MOBILIZE"}


@pytest.mark.parametrize("text", [
    ("Russian artillery bombarded the town through the night.", "ASSAULT"),
    ("Air defences shot down two drones over the city.", "ASSAULT"),
    ("Armenia mobilised its reservists after the border clashes.", "MOBILIZE"),
])
def test_war_words_in_war(analyse, text):  # type: ignore[no-untyped-def]
    sentence, etype = text
    assert etype in _types(analyse, sentence)
