"""Events that statements add beside the event they are about. Sentences written for these
tests."""

from __future__ import annotations

import pytest

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


def test_calling_a_claim_untrue_rejects_it(analyse):
    (event,) = events_of(analyse("Such accusations are groundless."), "REJECT")
    assert event.status == "asserted"
    (said,) = events_of(analyse("Rebels accuse the army of shelling a school. That is simply "
                                "untrue, the spokesman said."), "REJECT")
    assert said.status == "reported" and said.source is not None
    (theirs,) = events_of(analyse("The ministry said Cambodia's claims were false."), "REJECT")
    assert theirs.target is not None and theirs.target.country == "KHM"


def test_a_claim_said_to_be_made_up_is_rejected(analyse):
    # said up front, the saying is the rejection: the writer tells that police rejected it
    (event,) = events_of(analyse('Police said the claims were "fabricated".'), "REJECT")
    assert event.status == "asserted"
    (told,) = events_of(analyse("Rebels accused the army of looting. An aide to the governor "
                                "told reporters the allegations were baseless."), "REJECT")
    assert told.status == "asserted"
    # a rejection the speaker only foresees keeps its own status
    (later,) = events_of(analyse("Officials said the rebels would call the report a lie."),
                         "REJECT")
    assert later.status != "asserted"


def test_no_rejection_without_a_claim_called_untrue(analyse):
    assert not events_of(analyse("This is not propaganda."), "REJECT")
    # a pointer with no claim told of before it points at something else
    assert not events_of(analyse("That is absurd, the minister said of the new tax."), "REJECT")
    assert not events_of(analyse("It was a hoax, police said after the bomb scare."), "REJECT")
    assert not events_of(analyse("It is false to say that the talks failed."), "REJECT")


def test_a_party_saying_its_own_forces_did_not_act_denies_it(analyse):
    a = analyse("Minsk said its jets had not entered Lithuanian airspace.")
    (denial,) = events_of(a, "REJECT")
    assert denial.source is not None and denial.source.country == "BLR"
    b = analyse("Niger's army said its soldiers had at no time fired across the frontier.")
    assert events_of(b, "REJECT")
    c = analyse("Moscow said Ukrainian troops had not shelled the village.")
    assert not events_of(c, "REJECT")  # nobody's own act denied


@pytest.mark.parametrize(
    "text",
    [
        "The ministry called the report baseless.",
        "The story is fake news, the spokesman said.",
        "Gunmen were said to have fired on the camp. Is that true? It is a lie.",
    ],
)
def test_a_claim_called_untrue_in_other_words_is_rejected(analyse, text):
    assert events_of(analyse(text), "REJECT")


def test_a_speaker_denying_for_its_own_people_by_a_possessive_rejects(analyse):
    a = analyse("The militia said its fighters had not attacked the convoy.")
    (denial,) = events_of(a, "REJECT")
    assert denial.source is not None and denial.source.actor_id == "generic-militia"
    assert not events_of(analyse("Rebels said the army had not shelled the village."), "REJECT")


def test_an_inverted_should_is_a_condition_not_a_demand(analyse):
    a = analyse("Relief groups told us they would have to withdraw their staff should the "
                "militia advance on the town.")
    assert not [e for e in events_of(a, "REQUEST") if e.trigger.text == "should"]
    b = analyse("Kenya said Somalia must withdraw its troops from the border.")
    assert events_of(b, "REQUEST")


@pytest.mark.parametrize(
    ("second", "status"),
    [
        ("A Rwandan official told the BBC that was pure invention.", "asserted"),
        # a refused, foreseen, relayed or closing-tag rejection keeps the status it is told with
        ("The spokesman did not tell reporters the claims were false.", "negated"),
        ("Kigali may tell the council the claims are false.", "hypothetical"),
        ("Witnesses said an officer told them the claims were lies.", "reported"),
        ("The claims were baseless, an official told reporters.", "reported"),
    ],
)
def test_a_rejection_told_up_front_takes_the_status_of_the_telling(analyse, second, status):
    a = analyse(f"Rebels accused Kigali of shelling Goma. {second}")
    (event,) = events_of(a, "REJECT")
    assert event.status == status


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("After the raid, Niger's interior minister claimed that the gunmen were funded from "
         "Mali.", "MLI"),
        ("Kenya's interior minister said the bombers had links to a cell in Somalia.", "SOM"),
        ("Iraqi officials said the militants were trained in Iran before the raid.", "IRN"),
        ("Ethiopia's government said the assailants had been armed by officers in Eritrea.",
         "ERI"),
    ],
)
def test_an_official_tying_attackers_to_another_state_accuses_it(analyse, text, target):
    a = analyse(text)
    assert target in {e.target.country for e in events_of(a, "ACCUSE") if e.target}


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Kenya's interior minister said the bombers had no links to anyone in Somalia.", "KEN"),
        ("Kenya's police chief said the gunmen had been in contact with relatives in Nairobi.",
         "KEN"),
        ("Kenya's police chief said the gunmen had been in contact with relatives in Somalia.",
         "KEN"),
        ("Kenya's interior minister said the traders had links to a firm in Somalia.", "KEN"),
        # a speaker without a country cannot be told apart from the state it names
        ("The interior ministry said the gunmen were trained by officers in Pakistan.", None),
        ("Officials said the attackers had contact with relatives in Kenya, but there was no "
         "evidence of state involvement.", None),
    ],
)
def test_a_denied_or_private_tie_or_a_stateless_speaker_accuses_no_state(analyse, text, home):
    a = analyse(text)
    assert not [e for e in events_of(a, "ACCUSE")
                if e.target and e.target.country and e.target.country != home]
