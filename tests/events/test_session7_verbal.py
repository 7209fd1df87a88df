"""Session 7 verbal and diplomatic classes: claims swept aside whatever the idiom, a party
pressed to act, names set to a text, a pact put on hold, a protest lodged by a state, funds
released, and a speaker's own softened request."""

from __future__ import annotations

import pytest

from tests.events.conftest import events_of, factual_types

# 1. Dismissal idioms with a claim, a charge or a request as object: REJECT.


@pytest.mark.parametrize("text", [
    "Vietnam's foreign ministry swatted away the charge that its trawlers had rammed the boat.",
    "The Kremlin waved aside the demand from Helsinki for an inquiry.",
    "Caracas swept aside the accusations made by Georgetown.",
    "Tbilisi knocked back the request from Moscow for overflight rights.",
])
def test_a_claim_or_request_swept_aside_is_a_rejection(analyse, text):
    assert "REJECT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The goalkeeper swatted away a header in the last minute.",
    "The boxer shrugged off a cut above his eye.",
    "The striker brushed aside a tackle and scored.",
    "She waved away a wasp at the picnic.",
])
def test_things_swept_aside_are_no_rejection(analyse, text):
    assert "REJECT" not in factual_types(analyse, text)


# 2. A party pressing another party to act: REQUEST.


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Poland pushed Germany to send more tanks to Ukraine.", "POL", "DEU"),
    ("Washington leaned on Israel to allow more aid into Gaza.", "USA", "ISR"),
    ("Canberra nudged Jakarta to resume the joint patrols.", "AUS", "IDN"),
    ("Seoul prodded Tokyo to reopen the talks.", "KOR", "JPN"),
])
def test_a_party_pressed_to_act_is_a_request(analyse, text, source, target):
    found = events_of(analyse(text), "REQUEST")
    assert any(e.source and e.source.country == source and e.target
               and e.target.country == target for e in found)


def test_a_party_pressing_its_partners_is_a_request(analyse):
    assert "REQUEST" in factual_types(analyse,
        "Nairobi pressed its neighbours to reopen the crossings.")


@pytest.mark.parametrize("text", [
    "The cyclist pressed the pedals harder on the climb.",
    "Fans pushed the club to sign a new goalkeeper.",
    "The worker pressed the button to start the machine.",
    "Russia pushed Ukraine out of Kursk.",
])
def test_buttons_clubs_and_battle_lines_are_pressed_without_a_request(analyse, text):
    assert "REQUEST" not in factual_types(analyse, text)


# 3. Names or signatures put to a text, a charter signed, terms settled on: AGREE.


@pytest.mark.parametrize("text", [
    "Uzbekistan and Kyrgyzstan put their signatures to a treaty on the Fergana valley border.",
    "Officials from Armenia and Azerbaijan put their names to a demarcation accord in Almaty.",
    "Guatemala and Belize inked a treaty on river navigation.",
    "Ghana, Togo and Benin sign the Lomé Charter on maritime security.",
    "Armenia and Azerbaijan settled on a peace text in Washington.",
    "The mediators and the two delegations settled on a truce in Addis Ababa.",
])
def test_a_text_signed_or_settled_on_is_an_agreement(analyse, text):
    assert "AGREE" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The author put her name to an open letter on climate.",
    "The couple settled on a date for the wedding.",
    "The club signed a Danish midfielder on a two-year deal.",
    "The company inked a deal with a record label.",
])
def test_letters_weddings_and_transfers_are_no_agreement(analyse, text):
    assert "AGREE" not in factual_types(analyse, text)


# 4. A pact put on hold by one of its parties: SANCTION.


@pytest.mark.parametrize("text", [
    "Egypt put its gas export accord with Israel into abeyance.",
    "Niamey put the military cooperation agreement with Paris on ice.",
    "Ankara shelved the readmission agreement with the European Union.",
    "Kyrgyzstan suspended its participation in the border commission with Tajikistan.",
])
def test_a_pact_put_on_hold_is_a_sanction(analyse, text):
    assert "SANCTION" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The council put the bypass scheme on ice.",
    "The club put the stadium plan on ice.",
    "The court held the case in abeyance pending appeal.",
])
def test_plans_and_cases_on_hold_are_no_sanction(analyse, text):
    assert "SANCTION" not in factual_types(analyse, text)


# 5. A protest lodged by a state's office or sent through an official channel: ACCUSE.


@pytest.mark.parametrize("text", [
    "The Ministry of Foreign Affairs lodged a protest with the Russian ambassador over the "
    "overflight.",
    "Japan's embassy registered a strong protest with Beijing over the incursion.",
    "The mission protested through its liaison channel with the army the same evening.",
])
def test_a_protest_lodged_by_a_state_is_an_accusation(analyse, text):
    types = factual_types(analyse, text)
    assert "ACCUSE" in types and "PROTEST" not in types


@pytest.mark.parametrize("text", [
    "The tenants lodged a protest over the rent rise.",
    "Students protested outside the parliament with banners.",
])
def test_a_protest_of_people_stays_a_protest(analyse, text):
    assert "ACCUSE" not in factual_types(analyse, text)


# 6. Money released for people in need: AID.


@pytest.mark.parametrize("text", [
    "The UN humanitarian fund released $15 million for flood relief in Pakistan.",
    "The European Commission released a tranche of aid to Moldova.",
])
def test_funds_released_are_aid(analyse, text):
    types = factual_types(analyse, text)
    assert "AID" in types and "RETREAT" not in types


@pytest.mark.parametrize("text", [
    "The studio released the trailer on Monday.",
    "The band released a new album in March.",
])
def test_films_and_albums_released_are_no_aid(analyse, text):
    assert not factual_types(analyse, text) & {"AID", "RETREAT"}


# 7. A speaker's own request softened with "would" is made, not imagined.


@pytest.mark.parametrize("text", [
    "I would urge both ministers to use the summit.",
    "We would ask both governments to show restraint.",
])
def test_a_softened_first_person_request_is_asserted(analyse, text):
    assert [e.status for e in events_of(analyse(text), "REQUEST")] == ["asserted"]


@pytest.mark.parametrize("text", [
    "If asked, I would urge caution.",
    "She would urge the ministers to meet if the talks failed.",
])
def test_a_request_under_a_condition_or_of_another_stays_hypothetical(analyse, text):
    assert "asserted" not in {e.status for e in events_of(analyse(text), "REQUEST")}


# 8. A spokesman saying his own men did not attack denies it.


@pytest.mark.parametrize("text", [
    "A spokesman for the rebels told reporters that his men had not attacked the convoy.",
    "The militia's commander said his fighters had not shelled the market.",
])
def test_a_spokesman_denying_his_mens_attack_rejects(analyse, text):
    assert "REJECT" in factual_types(analyse, text)


def test_a_coach_on_his_players_attack_denies_nothing(analyse):
    assert "REJECT" not in factual_types(
        analyse, "The coach said his players did not attack enough in the second half.")


@pytest.mark.parametrize("text", [
    "Turkish officials poured cold water on a Greek proposal for a joint patrol zone.",
    "Tehran poured scorn on the claims made by Riyadh.",
])
def test_cold_water_or_scorn_poured_on_a_plan_is_a_rejection(analyse, text):
    assert "REJECT" in factual_types(analyse, text)


def test_water_poured_on_embers_is_no_rejection(analyse):
    assert "REJECT" not in factual_types(analyse, "Firefighters poured cold water on the embers.")


# 9. A deal or a truce brokered is an agreement; talks brokered stay mediation.


@pytest.mark.parametrize("text", [
    "Oman brokered an understanding under which both navies would keep their distance.",
    "The formal truce brokered by the African Union in March has held.",
])
def test_a_brokered_deal_is_an_agreement(analyse, text):
    assert "AGREE" in factual_types(analyse, text)


def test_brokered_talks_are_mediation(analyse):
    types = factual_types(analyse, "Norway brokered talks between the two sides in Oslo.")
    assert "CONSULT" in types and "AGREE" not in types


# 10. A session named by itself where the text tells of talks: a planned meeting.


def test_a_session_scheduled_after_talks_is_a_planned_meeting(analyse):
    a = analyse("The two delegations met in Muscat on Monday. A second session is scheduled "
                "for June.")
    assert "planned" in {e.status for e in events_of(a, "CONSULT")}


def test_a_rehearsal_session_is_no_meeting(analyse):
    a = analyse("The orchestra rehearsed all week. The next session is set for Friday.")
    assert not events_of(a, "CONSULT")


# 11. Retaliation in a row of diplomats is a sanction; among blows it stays an attack.


@pytest.mark.parametrize("text", [
    "Moscow expelled two Estonian diplomats on Friday. Tallinn said it would retaliate.",
    "Lusaka declared the Malawian consul persona non grata. Lilongwe said it would not "
    "retaliate.",
])
def test_retaliation_for_an_expulsion_is_a_sanction(analyse, text):
    found = [e for e in analyse(text).events if e.trigger.text.startswith("retaliat")]
    assert found and {e.type for e in found} == {"SANCTION"}


def test_retaliation_for_shelling_stays_an_attack(analyse):
    a = analyse("Rebels shelled the town overnight. The army said it would retaliate.")
    found = [e for e in a.events if e.trigger.text.startswith("retaliat")]
    assert found and "SANCTION" not in {e.type for e in found}


# 12. "only once X" makes a condition, as "if" does.


def test_a_signature_promised_only_once_a_condition_is_met_is_hypothetical(analyse):
    a = analyse("Baku says it will sign the peace accord only once Yerevan amends its "
                "constitution.")
    assert [e.status for e in events_of(a, "AGREE")] == ["hypothetical"]


def test_a_plain_once_clause_leaves_the_plan(analyse):
    a = analyse("The army will withdraw its troops once the talks end.")
    assert [e.status for e in events_of(a, "RETREAT")] == ["planned"]


@pytest.mark.parametrize("text", [
    "Washington tore up the nuclear agreement with Tehran.",
    "Bamako quit the Algiers peace accord on Thursday.",
    "Moscow renounced the treaty on conventional forces.",
])
def test_a_pact_torn_up_or_left_is_a_sanction(analyse, text):
    assert "SANCTION" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "She quit her job at the bank.",
    "He tore up the letter from his landlord.",
    "The company exited the deal with its supplier.",
])
def test_jobs_letters_and_firms_deals_left_are_no_sanction(analyse, text):
    assert "SANCTION" not in factual_types(analyse, text)


# 13. More idioms of the same classes: pen put to paper, a tribute paid, a case filed, a
# mission ordered out, a resolution shrugged off.


@pytest.mark.parametrize(("text", "etype"), [
    ("Kenya and Tanzania put pen to paper on a border demarcation framework in Arusha.",
     "AGREE"),
    ("Pakistan's prime minister paid tribute to Turkey for its steadfast support.", "SUPPORT"),
    ("Nicaragua filed a case against Germany at the International Court of Justice.",
     "ACCUSE"),
    ("Bamako ordered the UN peacekeeping mission to leave the country without delay.",
     "SANCTION"),
    ("Iran shrugged off the IAEA board's resolution, calling it politically motivated.",
     "REJECT"),
    ("The World Bank released $300 million in budget support to Ukraine on Thursday.", "AID"),
])
def test_idioms_of_the_verbal_classes(analyse, text, etype):
    assert etype in factual_types(analyse, text)


@pytest.mark.parametrize(("text", "etype"), [
    ("The novelist put pen to paper on her memoirs.", "AGREE"),
    ("The band paid tribute to the late singer with a concert.", "SUPPORT"),
    ("The general ordered his troops to leave the valley.", "SANCTION"),
    ("The cat gave the dog the cold shoulder.", "REJECT"),
    ("The central bank released $2 billion of reserves into the market.", "AID"),
])
def test_the_same_idioms_in_ordinary_senses(analyse, text, etype):
    assert etype not in factual_types(analyse, text)
