"""Finding event predicates: verbs of receiving, nouns under a light verb's participle or a
counting noun, and nouns that only select another noun's sense."""

from __future__ import annotations

from tests.events.conftest import events_of


def test_receiving_makes_the_giver_the_source(analyse):
    a = analyse("Kurdish fighters received rifles and ammunition from the French government.")
    (event,) = events_of(a, "AID")
    assert event.trigger.text == "received"
    assert event.source is not None and event.source.country == "FRA"
    assert event.target is not None and "fighters" in (event.target.text or "")


def test_received_assurances_are_an_agreement_by_the_giver(analyse):
    a = analyse("The Kenyan delegation received written assurances from Ethiopia on Monday.")
    (event,) = events_of(a, "AGREE")
    assert (event.source.country, event.target.country) == ("ETH", "KEN")


def test_receiving_a_visitor_is_still_a_meeting(analyse):
    a = analyse("The Polish president received the Lithuanian foreign minister in Warsaw.")
    assert [e.type for e in events_of(a)] == ["CONSULT"]


def test_talks_held_somewhere_are_an_event_without_an_actor(analyse):
    a = analyse("Following talks held in Tashkent on 3 March, both sides agreed to reopen roads.")
    assert any(e.trigger.text == "talks" for e in events_of(a, "CONSULT"))


def test_a_round_of_talks_that_takes_place_is_an_event(analyse):
    a = analyse("A third round of talks between the two commissions will take place in Osh.")
    (event,) = events_of(a, "CONSULT")
    assert event.trigger.text == "talks" and event.status != "asserted"


def test_a_noun_that_selects_another_nouns_sense_is_no_event_of_its_own(analyse):
    a = analyse("The president declared a state of unrest in three northern provinces.")
    assert [e.type for e in events_of(a)] == ["COERCE"]


def test_fighting_named_as_a_cause_is_an_event_beside_the_verb(analyse):
    a = analyse("Kazakhstan closed its border with Kyrgyzstan because of fighting between "
                "Kyrgyz and Tajik troops.")
    types = {e.type for e in events_of(a)}
    assert "ASSAULT" in types and "COERCE" in types


def test_a_received_call_comes_from_the_caller(analyse):
    a = analyse("The Kazakh president received a phone call from his Uzbek counterpart.")
    (event,) = events_of(a, "CONSULT")
    assert (event.source.country, event.target.country) == ("UZB", "KAZ")


def test_the_topic_of_talks_is_no_event_of_its_own(analyse):
    a = analyse("Serbia and Kosovo resumed talks on a peace treaty in Brussels.")
    assert {e.type for e in events_of(a)} == {"CONSULT"}


def test_a_noun_under_a_light_verbs_preposition_befalls_its_object(analyse):
    a = analyse("Police placed the Georgian opposition leader under house arrest.")
    (event,) = events_of(a, "COERCE")
    assert event.target is not None and event.target.country == "GEO"


def _types(analysis):  # type: ignore[no-untyped-def]
    return {(e.type, e.trigger.text) for e in analysis.events}


def test_an_event_labelled_by_what_a_speaker_called_it_is_kept(analyse):
    a = analyse('Kinshasa condemned what it called a "barbaric" raid on a camp.')
    assert ("ASSAULT", "raid") in _types(a)
    b = analyse("Yerevan denounced what it described as an unprovoked attack on its positions.")
    assert ("ASSAULT", "attack") in _types(b)


def test_a_label_on_a_named_act_is_no_second_event(analyse):
    a = analyse("Tehran called the seizure of the tanker piracy.")
    assert not [e for e in events_of(a, "ASSAULT") if e.trigger.text == "piracy"]


def test_an_accusation_with_its_maker_named_is_an_event_under_the_rejection(analyse):
    a = analyse("Kyiv dismissed allegations levelled by Moscow that its drones had hit a school.")
    (accusation,) = events_of(a, "ACCUSE")
    assert accusation.source is not None and accusation.source.country == "RUS"
    b = analyse("Baku rejects the accusation voiced last week by the defence ministry of "
                "Armenia that its snipers had fired on a village.")
    assert events_of(b, "ACCUSE") and events_of(b, "REJECT")


def test_a_round_of_talks_is_one_event_named_by_the_talks(analyse):
    a = analyse("The two sides held a second round of talks in Doha.")
    assert [e.trigger.text for e in events_of(a, "CONSULT")] == ["talks"]
