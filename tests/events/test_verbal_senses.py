"""Verbal and diplomatic predicates by class: meetings called off, objections dropped,
decisions reversed, support voiced, parties stood by, joint patrols and inquiries, suspects
handed over, envoys sitting down together. Each class is read with other verbs and nouns of
the class than the one a text was read on, and its everyday senses stay quiet. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import events_of


def _factual(analysis, type_):
    return [e for e in events_of(analysis, type_) if e.status in ("asserted", "reported")]


@pytest.mark.parametrize("text", [
    "Hanoi called off a planned trip to Phnom Penh by its defence minister after the shooting.",
    "Seoul scrapped next week's summit with Tokyo over the textbook dispute.",
    "The Kenyan government cancelled talks with the Somali delegation set for Monday.",
    "Caracas aborted a visit by Guyana's foreign minister hours before he was due to land.",
    "Ankara shelved the second round of consultations with Athens.",
])
def test_a_meeting_called_off_by_a_party_is_a_rejection(analyse, text):
    assert _factual(analyse(text), "REJECT"), text


@pytest.mark.parametrize("text", [
    "The band called off its European tour after the drummer fell ill.",
    "The company called off the shareholder meeting planned for Friday.",
    "Heavy rain forced organisers to cancel the final day of the cricket match in Leeds.",
])
def test_a_concert_tour_or_a_board_meeting_called_off_is_none(analyse, text):
    assert not _factual(analyse(text), "REJECT"), text


@pytest.mark.parametrize("text", [
    "Turkey dropped its objection to Sweden's membership after months of negotiations.",
    "Mali withdrew its veto on the renewal of the UN mission.",
    "Burkina Faso's junta reversed its decision to suspend the French broadcaster.",
    "Niger overturned its order expelling the Beninese traders.",
    "Iran's government bowed to the pressure and freed the two French citizens.",
    "Kinshasa bent to the demands of the mediators and opened the airport.",
])
def test_an_objection_dropped_a_measure_undone_or_pressure_yielded_to_is_a_concession(
        analyse, text):
    assert _factual(analyse(text), "CONCEDE"), text


@pytest.mark.parametrize("text", [
    "The bank reversed its decision to close the branch in the village.",
    "The goalkeeper conceded two late goals as Ajax slipped to a surprise defeat.",
    "The retailer conceded that its Christmas sales had fallen short of forecasts.",
    "The shelf bent under the weight of the books.",
])
def test_a_firm_a_goalkeeper_or_a_shelf_concedes_nothing(analyse, text):
    assert not _factual(analyse(text), "CONCEDE"), text


@pytest.mark.parametrize("text", [
    "Cairo voiced support for Somalia's unity in a call with the Somali president.",
    "The Emirates expressed solidarity with Jordan after the attack on its border post.",
    "Algeria reiterated its support for the Sahrawi people at the summit.",
    "Turkey stood by Azerbaijan, saying Ankara would always be on Baku's side.",
    "Paris threw its weight behind the Lebanese army's plan to disarm the militias.",
    "Nigeria hailed Ghana's decision to reopen its border.",
])
def test_support_voiced_or_a_party_stood_by_is_support(analyse, text):
    assert _factual(analyse(text), "SUPPORT"), text


@pytest.mark.parametrize("text", [
    "Fans voiced support for the coach after the third straight defeat.",
    "The singer expressed solidarity with striking nurses in a post on Instagram.",
    "Critics hailed the new novel as a masterpiece.",
    "The minister stood by her decision to close the hospital.",
])
def test_fans_singers_critics_and_decisions_stood_by_give_no_support(analyse, text):
    assert not _factual(analyse(text), "SUPPORT"), text


@pytest.mark.parametrize("text", [
    "Joint patrols by Kenyan and Ugandan police began along the Busia border.",
    "Kazakh and Kyrgyz investigators opened a joint inquiry into the shooting at the post.",
    "The extradition of two suspected smugglers from Spain to Morocco was completed on Thursday.",
    "Chile handed over the suspect to Argentine police at the Los Libertadores pass.",
    "Colombian and Ecuadorian police worked together to dismantle a trafficking ring.",
])
def test_joint_patrols_inquiries_extraditions_and_handovers_are_cooperation(analyse, text):
    assert _factual(analyse(text), "COOPERATE"), text


@pytest.mark.parametrize("text", [
    "The two companies launched a joint venture to make batteries in Poland.",
    "The two bakers worked together on a wedding cake for the festival.",
    "Joint pain kept the striker out of the squad for the derby.",
])
def test_joint_ventures_bakers_and_joint_pain_are_no_cooperation(analyse, text):
    assert not _factual(analyse(text), "COOPERATE"), text


@pytest.mark.parametrize("text", [
    "Serbian and Kosovar negotiators sat down in Brussels for the first time since the summer.",
    "Envoys from Riyadh and Sanaa sat down with Omani mediators in Muscat.",
    "Eritrea and Ethiopia sat down for talks in Jeddah.",
])
def test_envoys_sitting_down_together_consult(analyse, text):
    assert _factual(analyse(text), "CONSULT"), text


def test_a_family_sitting_down_to_dinner_consults_no_one(analyse):
    for text in ("The family sat down to dinner at eight.",
                 "The old man sat down on a bench in the park."):
        assert not _factual(analyse(text), "CONSULT"), text


def test_officials_lobbying_a_capital_request_and_lobbyists_at_a_council_do_not(analyse):
    a = analyse("Ukrainian officials lobbied Washington for permission to use long-range "
                "missiles.")
    assert _factual(a, "REQUEST")
    b = analyse("Estate agents lobbied the council for a new car park.")
    assert not _factual(b, "REQUEST")


@pytest.mark.parametrize("text", [
    "Sudan's army boycotted the Nairobi talks, accusing Kenya of siding with the RSF.",
    "The opposition delegation boycotted the second session of the national dialogue in Bamako.",
])
def test_talks_boycotted_by_a_party_are_a_refusal_to_meet(analyse, text):
    assert _factual(analyse(text), "REJECT"), text


def test_a_canteen_or_a_sitting_of_parliament_boycotted_is_no_refusal_to_meet(analyse):
    assert not _factual(analyse("Students boycotted the canteen over the price of lunch."),
                        "REJECT")
    # deputies staying away from their own chamber protest (a walk-out's kin)
    a = analyse("Opposition deputies boycotted the meeting of the national assembly on the "
                "budget.")
    assert not _factual(a, "REJECT") and _factual(a, "PROTEST")


@pytest.mark.parametrize("text", [
    "Ireland's recognition of Palestine drew an angry response from Israel.",
    "Mexico's recognition of Kosovo's independence came after years of debate.",
])
def test_one_state_recognising_another_supports_it(analyse, text):
    assert _factual(analyse(text), "SUPPORT"), text


@pytest.mark.parametrize("text", [
    "The airport's facial recognition system failed on Monday.",
    "The award was a recognition of her work for the theatre.",
])
def test_facial_recognition_or_an_award_is_no_support(analyse, text):
    assert not _factual(analyse(text), "SUPPORT"), text


@pytest.mark.parametrize("text,type_", [
    ("Tehran expressed readiness to let UN inspectors back into its nuclear sites.", "AGREE"),
    ("Caracas expressed willingness to resume talks with the opposition in Oslo.", "AGREE"),
    ("Britain signed up to a French plan to return migrants who crossed the Channel.", "AGREE"),
    ("Eleven states signed up to the Saudi initiative on Gaza.", "AGREE"),
    ("Oman's foreign minister shuttled between the Iranian and American delegations.",
     "CONSULT"),
    ("The Qatari envoy shuttled between Kigali and Kinshasa all week.", "CONSULT"),
    ("Argentine police shared passenger lists with Brazil to track the fugitive.", "COOPERATE"),
    ("Intelligence-sharing between Jordan and Iraq helped foil a smuggling network.",
     "COOPERATE"),
    ("South Korea and Japan exchanged real-time missile warning data for the first time.",
     "COOPERATE"),
])
def test_readiness_signing_up_shuttling_and_sharing(analyse, text, type_):
    assert _factual(analyse(text), type_), text


@pytest.mark.parametrize("text,type_", [
    ("The coach expressed his willingness to stay at the club.", "AGREE"),
    ("The bus shuttled between the airport and the hotel.", "CONSULT"),
    ("The two sisters shared a flat in Lyon.", "COOPERATE"),
])
def test_a_coach_a_bus_and_two_sisters_stay_quiet(analyse, text, type_):
    assert not _factual(analyse(text), type_), text


# Review probes: each class read on other domains (commerce, courts, culture, private life).
@pytest.mark.parametrize("text", [
    "Apple scrapped its annual developer conference this year.",
    "The prime minister cancelled his visit to the flooded town.",
    "The president scrapped a planned call with reporters.",
    "The orchestra called off its Asian tour because of the virus.",
    "The teachers boycotted the meeting with the headmaster.",
])
def test_a_product_event_a_trip_dropped_for_a_flood_or_a_staff_boycott_is_no_refusal(
        analyse, text):
    assert not _factual(analyse(text), "REJECT"), text


@pytest.mark.parametrize("text", [
    "Moscow called off talks with Kyiv after the drone strike.",
    "The Taliban boycotted the conference in Doha.",
])
def test_talks_called_off_or_boycotted_by_a_party_stay_refusals(analyse, text):
    assert _factual(analyse(text), "REJECT"), text


@pytest.mark.parametrize("text", [
    "The company dropped its opposition to the merger.",
    "The judge withdrew his objection to the motion.",
    "The bank bowed to the demands of regulators.",
    "The company bowed to pressure from investors and replaced its chief executive.",
    "The judge reversed her decision to grant bail.",
    "The referee reversed his decision after watching the replay.",
])
def test_firms_judges_and_referees_yield_to_no_party(analyse, text):
    assert not _factual(analyse(text), "CONCEDE"), text


@pytest.mark.parametrize("text", [
    "Hungary dropped its veto on the aid package.",
    "Pakistan bowed to Chinese demands and extended the contract.",
    "The Kremlin bowed to pressure and released the journalist.",
])
def test_states_dropping_a_veto_or_bowing_to_pressure_concede(analyse, text):
    assert _factual(analyse(text), "CONCEDE"), text


@pytest.mark.parametrize("text,type_", [
    ("The neighbours shared records of the noise complaints.", "COOPERATE"),
    ("The two universities share data on student performance.", "COOPERATE"),
    ("The hospital handed over the records to the police.", "COOPERATE"),
    ("Joint patrols by the two security firms cover the mall.", "COOPERATE"),
    ("A joint investigation by two newspapers exposed the fraud.", "COOPERATE"),
    ("The company expressed its readiness to pay compensation.", "AGREE"),
    ("The actor signed up to the charity's plan.", "AGREE"),
    ("The actor signed up to the charity's plan.", "SUPPORT"),
    ("The actor signed a contract with the studio.", "SUPPORT"),
    ("The minister hailed the new stadium as a triumph.", "SUPPORT"),
    ("The judge ordered the witness to return on Monday.", "REQUEST"),
    ("The coach ordered the players to run laps.", "REQUEST"),
    ("Police and firefighters worked together to rescue the hikers.", "COOPERATE"),
])
def test_private_people_firms_and_courts_at_their_own_business_stay_quiet(analyse, text, type_):
    assert not _factual(analyse(text), type_), text


@pytest.mark.parametrize("text,type_", [
    ("Germany shared intelligence on the plot with Austrian police.", "COOPERATE"),
    ("Spain handed over the suspect to Moroccan authorities.", "COOPERATE"),
    ("Kenya signed up to the French plan for a peace force.", "AGREE"),
    ("Egypt expressed solidarity with Sudan after the floods.", "SUPPORT"),
])
def test_states_sharing_handing_over_signing_up_and_standing_with_stay_events(
        analyse, text, type_):
    assert _factual(analyse(text), type_), text
