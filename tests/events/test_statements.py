"""Events that statements add beside the event they are about. Sentences written for these
tests."""

from __future__ import annotations

from tests.events.conftest import events_of


def test_a_guess_by_an_unattached_source_is_no_threat(analyse):
    a = analyse("A regional analyst told reporters Ghana might close the border if the "
                "unrest spread.")
    assert not events_of(a, "THREATEN")
    closing = [e for e in a.events if e.trigger.text == "close"]
    assert closing and {e.status for e in closing} == {"hypothetical"}
    # the same words from the government's own minister are a conditional threat
    b = analyse("Ghana's interior minister said Accra might close the border if the unrest "
                "spread.")
    assert events_of(b, "THREATEN")


def test_a_speaker_states_the_intention_of_its_own_forces(analyse):
    a = analyse("Niger's president said the army would pursue the kidnappers into the forest.")
    (threat,) = events_of(a, "THREATEN")
    assert threat.source.country == "NER"
    assert threat.status != "asserted"  # relayed by the writer: the president said so


def test_no_longer_bound_by_a_truce_renounces_it(analyse):
    a = analyse("The rebels said they were no longer bound by the truce.")
    (reject,) = events_of(a, "REJECT")
    assert reject.source is not None and reject.source.text == "they"
    assert reject.target is None  # the truce is no party
    # still bound: no renunciation
    b = analyse("The rebels said they were still bound by the truce.")
    assert not events_of(b, "REJECT")


def test_a_promised_payment_is_aid_still_to_come_beside_the_promise(analyse):
    a = analyse("Norway pledged medical aid to Gaza on Monday.")
    assert {e.status for e in events_of(a, "AGREE")} == {"asserted"}
    (aid,) = events_of(a, "AID")
    assert aid.status == "planned" and aid.source.country == "NOR"


def test_promising_a_response_is_a_threat(analyse):
    a = analyse("Minsk has promised a tough response to the new sanctions.")
    assert events_of(a, "THREATEN")
    assert not events_of(a, "AGREE")
