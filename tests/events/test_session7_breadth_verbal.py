"""Session 7, breadth of the verbal and cooperation types by class: what a promise promises
decides its type, acts called crimes or said to break a rule are judged, warnings told by idiom
(not standing idly by, a hint of force, "on notice", a spectre raised), cooperation told by
manner idioms, training, intelligence handed on and hotlines, concessions to people and demands
granted, halted talks and expelled aid agencies, medical teams sent."""

from __future__ import annotations

import pytest

from tests.events.conftest import FACTUAL, events_of, factual_types

# 1. A promise typed by the act promised.


@pytest.mark.parametrize("text", [
    "Ghana vowed to cooperate with Togo against the jihadists.",
    "Chad vowed to help Niger secure the lake region.",
    "Kenya swore to work with Somalia to secure the coastline.",
])
def test_a_vow_to_cooperate_is_an_agreement(analyse, text):
    types = factual_types(analyse, text)
    assert "AGREE" in types and "THREATEN" not in types


@pytest.mark.parametrize("text", [
    "Hezbollah promised to strike Haifa if Israel bombed Beirut.",
    "The rebels pledged to march on the capital unless the president resigned.",
    "Minsk promised to close the border crossings to Polish lorries if the sanctions stayed.",
])
def test_a_pledge_of_force_is_a_threat(analyse, text):
    assert "THREATEN" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The junta pledged to withdraw its troops from the capital.",
    "Serbia vowed to retaliate against Kosovo.",
    "Serbia swore to defend the Serb villages in the north.",
])
def test_other_promises_keep_their_sense(analyse, text):
    types = factual_types(analyse, text)
    expected = "AGREE" if "withdraw" in text else "THREATEN"
    assert expected in types


# 2. An act called a crime, or said to break a rule, is judged (ACCUSE).


@pytest.mark.parametrize("text", [
    "A UN commission found that the shelling of the hospital amounted to a war crime.",
    "The Cuban government called the Honduran police raid 'cold-blooded murder'.",
    "Cuba's foreign minister said these raids are summary executions of sailors.",
    "Such incursions breach the sovereign rights of the Philippines around the reef, Manila said.",
])
def test_an_act_called_a_crime_is_an_accusation(analyse, text):
    assert "ACCUSE" in factual_types(analyse, text)


def test_an_act_judged_accuses_its_doer_not_the_wronged(analyse):
    found = events_of(analyse("Those actions flagrantly breach the sovereignty of Malaysia."),
                      "ACCUSE")
    assert found and all(e.target is None or e.target.country != "MYS" for e in found)


@pytest.mark.parametrize("text", [
    "Police said the death of the banker was murder.",
    "The coroner said the fall amounted to an accident.",
    "The critic said the film was a massacre of the novel.",
    "The bill amounted to 300 dollars.",
    "The new tax law violates the constitution, the opposition said.",
])
def test_no_act_of_force_judged(analyse, text):
    assert "ACCUSE" not in factual_types(analyse, text)


def test_troops_breaking_a_truce_still_use_force(analyse):
    types = factual_types(analyse, "Russian troops violated the ceasefire near Avdiivka.")
    assert "ASSAULT" in types and "ACCUSE" not in types


# 3. Warnings told by idiom.


@pytest.mark.parametrize(("text", "source"), [
    ("Beijing said it would not stand idly by if Taipei declared independence.", "CHN"),
    ("Tehran will not remain silent if Baku lets Israeli drones use its airfields, a "
     "spokesman said.", "IRN"),
    ("Somalia's president hinted that the army might be used against the breakaway region.",
     "SOM"),
    ("Algeria signalled that it could halt gas deliveries to Madrid.", "DZA"),
    ("Ankara placed Athens on notice that any drilling near Kastellorizo would be stopped.",
     "TUR"),
    ("Washington put Beijing on notice over its support for Moscow's war.", "USA"),
    ("Iran raised the spectre of closing the Strait of Hormuz to Western tankers.", "IRN"),
    ("Minsk brandished the threat of cutting off all transit to Lithuania.", "BLR"),
])
def test_a_warning_by_idiom_is_a_threat(analyse, text, source):
    found = [e for e in events_of(analyse(text), "THREATEN") if e.status in FACTUAL]
    assert any(e.source and e.source.country == source for e in found)


def test_the_one_whose_move_is_the_condition_is_warned(analyse):
    found = events_of(analyse(
        "Beijing said it would not stand idly by if Taipei declared independence."), "THREATEN")
    assert any(e.target and e.target.country == "TWN" for e in found)


def test_a_move_under_a_spectre_is_not_asserted(analyse):
    found = events_of(analyse(
        "Iran raised the spectre of closing the Strait of Hormuz to Western tankers."), "COERCE")
    assert all(e.status not in FACTUAL for e in found)


@pytest.mark.parametrize("text", [
    "The goalkeeper said he would not stand idly by on the bench all season.",
    "She would not remain silent about the abuse, she said.",
    "The chef hinted that the menu might be changed next year.",
    "The minister hinted that Iran could strike first.",
    "The landlord put his tenants on notice that the rent would rise.",
    "The drought raised the spectre of famine in Somalia.",
    "The central bank raised the spectre of a recession.",
])
def test_no_warning_between_parties(analyse, text):
    assert "THREATEN" not in factual_types(analyse, text)


# 4. Cooperation: manner idioms, training, intelligence handed on, hotlines.


@pytest.mark.parametrize("text", [
    "Thai and Lao police worked hand in hand to dismantle the smuggling ring.",
    "Greek and Turkish coastguards operated side by side in the Aegean.",
    "Kenyan and Somali police worked in tandem to catch the smugglers.",
    "Jordanian intelligence passed on information to Israeli officials about the plot.",
    "Britain is training Ukrainian marines.",
    "Turkish officers trained Somali commandos in Mogadishu.",
    "India and Bangladesh set up a hotline between their border guards.",
    "Greece and Turkey launched a military hotline to defuse incidents over the Aegean.",
])
def test_cooperation_by_class(analyse, text):
    assert "COOPERATE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The bakers worked hand in hand through the night.",
    "Two chefs worked side by side in the kitchen.",
    "Egypt's army trained new recruits at its academy.",
    "The coach trained the players hard before the final.",
    "The bank launched a hotline for customers hit by the outage.",
    "The charity set up a hotline for flood victims.",
])
def test_no_cooperation_between_parties(analyse, text):
    assert "COOPERATE" not in factual_types(analyse, text)


# 5. Concessions: yielding to people, demands granted.


@pytest.mark.parametrize("text", [
    "Peru's cabinet bowed to the demonstrators and withdrew the decree.",
    "Uganda's government granted the teachers' demand for a pay review.",
    "The junta granted the monks' plea to reopen the monasteries.",
    "Guinea's junta restored internet access in Conakry after a ten-day blackout.",
])
def test_concessions_by_class(analyse, text):
    assert "CONCEDE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The judge granted the request for bail.",
    "The bank granted his request for a loan.",
    "The singer bowed to the crowd.",
    "The telecom company restored internet in the town after the cable was repaired.",
])
def test_no_concession(analyse, text):
    assert "CONCEDE" not in factual_types(analyse, text)


# 6. Sanctions: talks walked away from, aid agencies expelled.


@pytest.mark.parametrize("text", [
    "The Taliban walked away from the peace talks in Doha on Friday.",
    "Armenia's delegation walked away from the negotiations in Brussels.",
    "Chad's government expelled three foreign relief charities last spring.",
    "Mali expelled the UN peacekeeping mission in June.",
    "Niger expelled two relief agencies from the Tillaberi region.",
])
def test_sanctions_by_class(analyse, text):
    assert "SANCTION" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Buyers walked away from the sale of the house.",
    "Police expelled the protesters from the square.",
])
def test_no_sanction(analyse, text):
    assert "SANCTION" not in factual_types(analyse, text)


def test_a_deal_walked_away_from_is_rejected(analyse):
    assert "REJECT" in factual_types(analyse, "Iran walked away from the nuclear deal.")


# 7. Medical teams sent to a disaster are aid, not forces.


@pytest.mark.parametrize("text", [
    "Venezuela sent a medical brigade to hurricane-hit Haiti.",
    "Turkey sent a medical team of 60 doctors to quake-stricken Syria.",
    "Algeria dispatched a medical brigade to cyclone-hit Mozambique.",
])
def test_a_medical_team_sent_is_aid(analyse, text):
    types = factual_types(analyse, text)
    assert "AID" in types and "MOBILIZE" not in types


def test_a_brigade_of_soldiers_sent_is_a_deployment(analyse):
    assert "MOBILIZE" in factual_types(analyse,
        "Russia sent a brigade of paratroopers to the border.")


# 8. Two states' parties doing a thing together cooperate, whatever the thing.


@pytest.mark.parametrize(("text", "pair"), [
    ("Nigeria and Cameroon launched a joint offensive against Boko Haram.", {"NGA", "CMR"}),
    ("Kazakh and Uzbek engineers jointly cleared mines near the frontier.", {"KAZ", "UZB"}),
    ("Rwandan and Mozambican soldiers mounted a joint sweep through Cabo Delgado.",
     {"RWA", "MOZ"}),
])
def test_joint_acts_of_two_states_are_cooperation(analyse, text, pair):
    found = events_of(analyse(text), "COOPERATE")
    assert any(e.source and e.target and {e.source.country, e.target.country} == pair
               for e in found)


@pytest.mark.parametrize("text", [
    "Two German firms jointly developed the new engine.",
    "French and German carmakers jointly built the battery plant.",
    "The couple jointly own the house.",
    "Kenyan police and the Kenyan army conducted a joint operation in Lamu.",
])
def test_joint_acts_of_one_state_or_of_trade_are_no_cooperation(analyse, text):
    assert "COOPERATE" not in factual_types(analyse, text)


# 9. Quoted names hung inside the object, a stance softened, a side taken, relief flown in.


def test_a_quoted_name_inside_the_object_still_judges(analyse):
    found = events_of(analyse(
        'Caracas called the raid on the fishing village near Guiria "a massacre".'), "ACCUSE")
    assert found


def test_a_quoted_name_for_no_act_is_no_accusation(analyse):
    assert "ACCUSE" not in factual_types(
        analyse, 'The critic called the remake of the film in the studio "a massacre".')


@pytest.mark.parametrize("text", [
    "Turkey softened its stance on Sweden's NATO bid.",
    "Athens relaxed its position on the name dispute with Skopje.",
])
def test_a_stance_softened_is_a_concession(analyse, text):
    assert "CONCEDE" in factual_types(analyse, text)


def test_softened_butter_is_none(analyse):
    assert "CONCEDE" not in factual_types(analyse, "She softened the butter in the microwave.")


@pytest.mark.parametrize("text", [
    "Brazil spoke up for Venezuela at the OAS meeting.",
    "China stood up for Russia at the Security Council.",
    "Qatar vouched for the Taliban delegation in Doha.",
])
def test_a_side_taken_in_words_is_support(analyse, text):
    assert "SUPPORT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The teacher spoke up for the shy pupil.",
    "The minister spoke up during the debate.",
])
def test_speaking_up_at_large_is_no_support(analyse, text):
    assert "SUPPORT" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Sacks of sorghum were flown into the besieged town of Kadugli on Friday.",
    "Medicine was flown to Goma by a plane chartered by UNICEF.",
    "Tents and blankets were flown to displaced families in Darfur by the Jordanian air force.",
])
def test_relief_flown_in_is_aid(analyse, text):
    assert "AID" in factual_types(analyse, text)


def test_goods_an_airline_flies_are_trade(analyse):
    assert "AID" not in factual_types(analyse,
        "Rice flown in by the airline sold out within hours.")


# 10. Aid agencies ordered out are expelled; a private appeal asks no party.


@pytest.mark.parametrize("text", [
    "The governor of Kassala told the aid agencies to quit the province and ordered relief "
    "charities to leave within two days.",
    "Ethiopia ordered two relief charities to leave Tigray within a week.",
    "Niger's junta ordered the UN mission to leave the country.",
])
def test_aid_agencies_ordered_out_are_expelled(analyse, text):
    assert "SANCTION" in factual_types(analyse, text)


def test_staff_ordered_out_of_a_building_are_not_expelled(analyse):
    assert "SANCTION" not in factual_types(analyse,
        "The manager ordered the staff to leave the building.")


@pytest.mark.parametrize("text", [
    "The couple launched an appeal in the local paper to trace their lost dog.",
    "The family appealed for help to find their son.",
])
def test_a_private_appeal_is_no_request(analyse, text):
    assert "REQUEST" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Kyiv launched an appeal to its allies for more air defence.",
    "Lebanon appealed to France for help with the port inquiry.",
])
def test_a_state_appeal_is_a_request(analyse, text):
    assert "REQUEST" in factual_types(analyse, text)


# 11. In a transcript the label or the person addressed is no speaker.


@pytest.mark.parametrize("text", [
    'Q: Cuba\'s interior minister said on Monday that these raids are "summary executions of '
    'sailors". How do you respond?',
    "Captain, Cuba's interior minister said on Monday that these raids are \"summary executions "
    "of sailors\" and announced that militia units were being deployed.",
    "General, Iran's foreign minister said this week that the strikes were a violation of "
    "international law.",
])
def test_a_judgement_relayed_in_a_question_is_the_named_speaker_s(analyse, text):
    found = events_of(analyse(text), "ACCUSE")
    assert any(e.source and e.source.country in ("CUB", "IRN") for e in found)


def test_a_question_with_no_party_judges_nothing(analyse):
    assert "ACCUSE" not in factual_types(
        analyse, "Q: Coach, the critics said on Monday that the final was a massacre. Fair?")


# 12. Notice served on a party warns it; a joint inquiry is cooperation once, whatever the verb.


@pytest.mark.parametrize(("text", "source"), [
    ("Athens served notice on Ankara that its survey ships would be turned back.", "GRC"),
    ("Moscow served notice on the Baltic states that their airspace would be closed.", "RUS"),
    ("Seoul served notice on Pyongyang that any new balloon launch would be answered.", "KOR"),
])
def test_notice_served_on_a_party_is_a_threat(analyse, text, source):
    found = events_of(analyse(text), "THREATEN")
    assert any(e.source and e.source.country == source for e in found)


@pytest.mark.parametrize("text", [
    "The landlord served notice on the tenants.",
    "The club served notice of appeal against the ban.",
])
def test_notice_in_private_life_is_no_threat(analyse, text):
    assert "THREATEN" not in factual_types(analyse, text)


def test_a_joint_inquiry_is_one_cooperation_per_side(analyse):
    found = events_of(analyse("Colombian and Ecuadorian prosecutors opened a joint investigation "
                              "into the massacre."), "COOPERATE")
    assert len(found) == 2


def test_a_joint_inquiry_launched_is_cooperation(analyse):
    found = events_of(analyse("Chinese and Pakistani investigators launched a joint inquiry into "
                              "the attack on the engineers."), "COOPERATE")
    assert any(e.source and e.target and {e.source.country, e.target.country} == {"CHN", "PAK"}
               for e in found)


# 13. "Held X responsible", whichever way the parser hangs the word.


@pytest.mark.parametrize(("text", "pair"), [
    ("Kabul held the Pakistani army responsible for last week's drone strike.", ("AFG", "PAK")),
    ("Moscow held the Ukrainian navy responsible for the sinking of the tanker.", ("RUS", "UKR")),
    ("Tehran holds Washington responsible for the killing of its general.", ("IRN", "USA")),
])
def test_a_party_held_responsible_is_accused(analyse, text, pair):
    found = events_of(analyse(text), "ACCUSE")
    assert any(e.source and e.target and (e.source.country, e.target.country) == pair
               for e in found)


@pytest.mark.parametrize("text", [
    "The coach held the players responsible for the defeat.",
    "She held the baby close.",
])
def test_no_party_held_responsible(analyse, text):
    assert "ACCUSE" not in factual_types(analyse, text)
