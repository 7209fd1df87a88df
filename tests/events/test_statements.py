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


# --- verbal conflict by class: blame, labels, denials of a part, claims without ground,
# threats by a reserved right or an unhesitating readiness (sentences written for these tests)

@pytest.mark.parametrize(("text", "source", "target"), [
    ("Nigeria's army held Boko Haram accountable for the massacre in Borno.", "NGA", None),
    ("The Philippines pointed the finger at China over the collision.", "PHL", "CHN"),
    ("Greece put the blame squarely on Turkish smugglers.", "GRC", "TUR"),
    ("Kenyan officials held al-Shabaab responsible for the bombing of the bus.", "KEN", None),
    ("Seoul attributed the cyber attack to North Korean hackers.", "KOR", "PRK"),
])
def test_laying_an_act_at_a_partys_door_accuses_it(analyse, text, source, target):
    a = analyse(text)
    accusations = [e for e in events_of(a, "ACCUSE") if e.source is not None
                   and e.source.country == source]
    assert accusations
    if target is not None:
        assert any(e.target is not None and e.target.country == target for e in accusations)


@pytest.mark.parametrize("text", [
    "The farmers blamed the weather for the poor harvest.",
    "Officials attributed the blackout to a faulty transformer.",
    "She laid the book on the table.",
    "The coach pointed at the scoreboard.",
])
def test_blame_on_no_party_accuses_no_one(analyse, text):
    a = analyse(text)
    assert not [e for e in events_of(a, "ACCUSE") if e.target is not None
                and (e.target.country or e.target.actor_id)]
    assert not [e for e in events_of(a, "ACCUSE") if e.trigger.text in ("laid", "pointed",
                                                                         "attributed")]


@pytest.mark.parametrize(("text", "target"), [
    ("Moscow branded the Ukrainian commandos terrorists.", "UKR"),
    ("Venezuela's foreign minister labelled the American sailors pirates.", None),
    ("Baku called the Armenian gunmen murderers.", None),
])
def test_naming_a_party_a_wrongdoer_accuses_it(analyse, text, target):
    a = analyse(text)
    accusations = events_of(a, "ACCUSE")
    assert accusations
    if target is not None:
        assert any(e.target is not None and e.target.country == target for e in accusations)


def test_naming_a_plan_a_failure_is_no_accusation(analyse):
    assert not events_of(analyse("Critics branded the plan a failure."), "ACCUSE")
    assert not events_of(analyse("The coach called the meeting a success."), "ACCUSE")


@pytest.mark.parametrize("text", [
    "Turkey said it had nothing to do with the explosion.",
    '"We had nothing to do with the attack," a Hamas spokesman told reporters.',
    "The Kremlin insisted that its troops played no role in the massacre.",
    "Belgrade said Serbian police were not involved in the ambush.",
])
def test_a_party_denying_its_part_in_an_act_rejects_the_charge(analyse, text):
    (reject,) = [e for e in events_of(analyse(text), "REJECT")]
    assert reject.source is not None and reject.source.country
    assert reject.status != "negated"  # the denial itself is said, not denied


@pytest.mark.parametrize("text", [
    "The minister said the delay had nothing to do with the budget.",
    "He said he was not involved in politics.",
    "The report found that the ministry played a role in the attack.",
])
def test_no_part_in_something_else_is_no_denial(analyse, text):
    assert not events_of(analyse(text), "REJECT")


@pytest.mark.parametrize("text", [
    "The Iranian foreign ministry said there was not a grain of truth in the report.",
    "The allegations have no basis in fact, the Chinese embassy said.",
    "There is no truth in these claims, the Eritrean minister said.",
    "Rwanda called the UN report a fabrication.",
])
def test_a_claim_said_to_lack_ground_is_rejected(analyse, text):
    (reject,) = events_of(analyse(text), "REJECT")
    assert reject.source is not None and reject.source.country
    assert reject.status != "negated"


def test_some_truth_in_a_report_rejects_nothing(analyse):
    assert not events_of(analyse("There is some truth in the report, analysts said."),
                         "REJECT")
    assert not events_of(analyse("The plan has a solid basis, the minister said."), "REJECT")


@pytest.mark.parametrize("text", [
    "Moscow said it reserved the right to respond.",
    '"We reserve the right to retaliate at a time of our choosing," the Iranian defence '
    "minister said.",
    "The junta said it would not hesitate to use force.",
])
def test_a_reserved_right_or_readiness_to_strike_is_a_threat(analyse, text):
    threats = events_of(analyse(text), "THREATEN")
    assert threats and all(t.status != "negated" for t in threats)


@pytest.mark.parametrize("text", [
    "The publisher reserves the right to edit letters.",
    "The bank said it would not hesitate to raise rates.",
])
def test_a_reserved_right_of_no_party_is_no_threat(analyse, text):
    assert not events_of(analyse(text), "THREATEN")


def test_a_party_naming_others_responsible_accuses_them(analyse):
    a = analyse("Kyiv said Russian saboteurs were responsible for the blast at the dam.")
    (accuse,) = events_of(a, "ACCUSE")
    assert accuse.source.country == "UKR" and accuse.target.country == "RUS"
    # a group owning up to its act, or an analyst's reading, accuses no one
    assert not events_of(analyse("The Islamic State said it was responsible for the bombing."),
                         "ACCUSE")
    assert not events_of(analyse("Analysts said the militia was responsible for the killings."),
                         "ACCUSE")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Any attack on our territory will be met with a crushing response, the Iranian general "
     "said.", "IRN", None),
    ("Israel said it would respond forcefully to any attack.", "ISR", None),
    ("Belarus said Lithuania would pay a heavy price for the provocation.", "BLR", "LTU"),
    ('"We will answer any aggression decisively," the Armenian defence minister said.', "ARM",
     None),
])
def test_a_promised_reprisal_is_a_threat(analyse, text, source, target):
    threats = [e for e in events_of(analyse(text), "THREATEN")
               if e.source is not None and e.source.country == source]
    assert threats
    if target is not None:
        assert any(t.target is not None and t.target.country == target for t in threats)


@pytest.mark.parametrize("text", [
    "Manila said it would respond to the letter next week.",
    "The company said it would face higher costs next year.",
    "Forecasters said the region would face heavy rain.",
])
def test_an_answer_to_no_attack_is_no_threat(analyse, text):
    assert not events_of(analyse(text), "THREATEN")


def test_a_bare_answer_promised_after_an_attack_is_a_threat(analyse):
    a = analyse('Russian missiles hit a power plant near Kharkiv overnight. "We will respond," '
                "the Ukrainian defence minister said.")
    assert [t.source.country for t in events_of(a, "THREATEN")] == ["UKR"]
    # after a letter, an answer promised is a reply, not a threat
    b = analyse("The ministry received a letter from the union. The minister said he would "
                "respond soon.")
    assert not events_of(b, "THREATEN")


def test_a_rumour_denied_by_a_firm_or_a_star_is_no_rejection(analyse):
    for text in ("The singer said the rumours had no basis in fact.",
                 "The insurer said the claims had no foundation whatsoever."):
        assert not [e for e in analyse(text).events if e.type == "REJECT"], text
    a = analyse("The Turkish defence ministry said the allegations had no basis in fact.")
    assert [e.type for e in a.events if e.type == "REJECT"] == ["REJECT"]


def test_a_brand_name_accuses_a_foe_but_not_a_rival_at_home(analyse):
    a = analyse("Armenia called the Azerbaijani army an occupier.")
    assert [e.type for e in a.events if e.type == "ACCUSE"] == ["ACCUSE"]
    b = analyse("The union branded the labour minister a traitor.")
    assert not [e for e in b.events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "The Algerian foreign ministry called the French proposal unacceptable.",
    "Tehran described the European demands as unacceptable and illegal.",
    'Moscow called the note "an unacceptable attempt to meddle in Russian justice".',
    "A ministry spokesman in Minsk says the convoy left on time and calls the Lithuanian note "
    '"an unacceptable attempt to shift the blame".',
    "Islamabad termed the Indian note baseless and absurd.",
])
def test_another_partys_words_judged_unacceptable_or_baseless_are_rejected(analyse, text):
    a = analyse(text)
    assert [e for e in a.events if e.type == "REJECT" and e.status == "asserted"], text
    assert not [e for e in a.events if e.type == "ACCUSE" and e.trigger.text == "unacceptable"]


@pytest.mark.parametrize("text", [
    "Critics called the new film unacceptable for children.",
    "The coach called the referee's decision unacceptable after the match.",
])
def test_a_film_or_a_referees_call_judged_unacceptable_is_no_rejection(analyse, text):
    assert not [e for e in analyse(text).events if e.type == "REJECT"], text


@pytest.mark.parametrize("text", [
    "Chelsea called Napoli's demand unacceptable.",
    "Residents described the council's plan as unacceptable.",
    "The tenants called the landlord's offer unacceptable.",
])
def test_a_club_residents_or_tenants_turning_down_words_reject_nothing(analyse, text):
    # no state, armed or political party judges the words: a dispute of private life
    assert not [e for e in analyse(text).events if e.type == "REJECT"], text


def test_an_opposition_party_judging_a_plan_unacceptable_may_reject_it(analyse):
    a = analyse("Beijing described the American demands as unacceptable.")
    (reject,) = [e for e in a.events if e.type == "REJECT"]
    assert reject.source.country == "CHN"


@pytest.mark.parametrize("text", [
    "The club admitted that its fans had attacked the visiting supporters.",
    "The school admitted that a teacher had hit a pupil.",
])
def test_a_club_or_a_school_owning_up_concedes_nothing(analyse, text):
    assert not [e for e in analyse(text).events if e.type == "CONCEDE"], text


def test_an_act_judged_unacceptable_stays_a_disapproval(analyse):
    a = analyse("Warsaw called the incursion unacceptable.")
    assert [e.type for e in a.events if e.trigger.text == "unacceptable"] == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "Britain acknowledged that its soldiers had killed the civilians and promised compensation.",
    "The Serbian army admitted that its troops had shot the two Kosovar farmers.",
    "Tehran confessed that it had fired the missile that downed the airliner.",
])
def test_a_party_owning_up_to_its_own_use_of_force_concedes(analyse, text):
    assert [e for e in analyse(text).events if e.type == "CONCEDE"], text


@pytest.mark.parametrize("text", [
    "The actor admitted that he had forgotten his lines.",
    "Kyiv acknowledged that Russian missiles had hit the power station.",
])
def test_owning_up_to_a_slip_or_to_anothers_strike_is_no_concession(analyse, text):
    assert not [e for e in analyse(text).events if e.type == "CONCEDE"], text


@pytest.mark.parametrize("text", [
    "Manila insisted that Chinese vessels leave the shoal immediately.",
    "Addis Ababa insists that Eritrean troops withdraw from Tigray.",
    "Hanoi stipulated that the Chinese rig be moved before any talks.",
])
def test_insisting_that_another_act_is_a_demand(analyse, text):
    a = analyse(text)
    assert [e for e in a.events if e.type == "REQUEST"], text


def test_a_firm_insisting_that_its_contractor_act_makes_no_demand_but_rebels_do(analyse):
    a = analyse("The company insisted that the contractor finish the bridge by June.")
    assert not [e for e in a.events if e.type == "REQUEST"]
    b = analyse("The rebels insisted that government troops withdraw from the town.")
    assert [e for e in b.events if e.type == "REQUEST"]


def test_insisting_on_a_fact_or_a_chefs_rule_is_no_demand(analyse):
    for text in ("The chef insisted that guests take off their shoes.",
                 "Manila insisted that Chinese vessels had left the shoal."):
        assert not [e for e in analyse(text).events if e.type == "REQUEST"], text


@pytest.mark.parametrize("text", [
    "Kyiv's spokesman denied the claim and pointed the finger squarely at Moscow.",
    "Islamabad pinned the bombing on the Pakistani Taliban.",
    "An RSF spokesman brushed off the charge and pointed the finger back at the Sudanese army.",
])
def test_an_act_or_the_finger_pinned_on_a_party_accuses_it(analyse, text):
    assert [e for e in analyse(text).events if e.type == "ACCUSE"], text


@pytest.mark.parametrize("text", [
    "The general pinned a medal on the young pilot's chest.",
    "The coach pinned the defeat on poor finishing.",
])
def test_a_medal_or_a_defeat_pinned_accuses_no_one(analyse, text):
    assert not [e for e in analyse(text).events if e.type == "ACCUSE"], text
