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
