"""Which sense a predicate carries: objects, subjects, to-infinitives, amounts."""

from __future__ import annotations

from tests.events.conftest import events_of


def test_an_amount_in_aid_under_a_light_verb_is_aid(analyse):
    a = analyse("The World Bank announced $40 million in emergency aid for Malawi on Friday.")
    (event,) = events_of(a, "AID")
    assert event.trigger.text == "aid"


def test_undertaking_to_do_something_is_a_promise_but_an_undertaken_raid_is_not(analyse):
    a = analyse("The Tajik side undertook to return the seized vehicles within a week.")
    assert any(e.trigger.text == "undertook" for e in events_of(a, "AGREE"))
    b = analyse("Special forces undertook a raid on the militant camp near Kunduz.")
    assert not events_of(b, "AGREE") and events_of(b, "ASSAULT")


def test_troops_arriving_is_a_deployment_but_a_minister_arriving_is_not(analyse):
    a = analyse("Some 2,000 Indian soldiers arrived in Ladakh overnight.")
    assert [e.type for e in events_of(a)] == ["MOBILIZE"]
    b = analyse("The Indian minister arrived in Ladakh overnight.")
    assert not events_of(b, "MOBILIZE")


def test_committed_to_is_a_commitment_and_committed_jets_a_deployment(analyse):
    a = analyse("Japan is committed to defending the Senkaku islands.")
    assert any(e.trigger.text.startswith("committed") for e in events_of(a, "AGREE"))
    b = analyse("Norway and Denmark have committed fighter jets to the air policing mission.")
    assert events_of(b, "MOBILIZE")


def test_the_injured_are_the_target_of_an_injury_they_suffered(analyse):
    a = analyse("Two Filipino sailors suffered serious injuries in the collision.")
    (event,) = events_of(a, "ASSAULT")
    assert event.source is None and event.target.country == "PHL"


def test_a_joint_drill_answering_a_launch_is_a_show_of_force(analyse):
    a = analyse("Seoul and Tokyo held a joint naval drill in response to the launch.")
    assert events_of(a, "MOBILIZE") and not events_of(a, "COOPERATE")
    # held together with no answer in view it is a show of force too (the dev gold's reading)
    b = analyse("Seoul and Tokyo held a joint naval drill in the Yellow Sea.")
    assert events_of(b, "MOBILIZE") and not events_of(b, "COOPERATE")


def test_troops_sent_to_help_another_army_are_assistance(analyse):
    a = analyse("Chad sent 400 troops to Niamey to help Nigerien forces secure the capital.")
    assert events_of(a, "AID") and not events_of(a, "MOBILIZE")
    b = analyse("Burundi deployed two battalions to the province at the request of Kinshasa.")
    assert events_of(b, "AID")
    c = analyse("Russia sent 400 troops to the border on Monday.")
    assert events_of(c, "MOBILIZE") and not events_of(c, "AID")


def test_neutralising_armed_men_is_an_attack_but_neutralising_a_device_is_not(analyse):
    a = analyse('The army said helicopter strikes had "neutralised" several gunmen near the camp.')
    assert any(e.trigger.text == "neutralised" for e in events_of(a, "ASSAULT"))
    b = analyse("Engineers neutralised the device before it exploded.")
    assert not any(e.trigger.text == "neutralised" for e in events_of(b))


def test_sinking_a_vessel_is_an_attack_but_a_ship_that_sank_is_not(analyse):
    a = analyse('Posts claimed that Ukrainian drones "sank" a Russian patrol boat off Crimea.')
    (event,) = [e for e in events_of(a, "ASSAULT") if e.trigger.text == "sank"]
    assert event.source.country == "UKR" and event.target.country == "RUS"
    b = analyse("The old ferry sank in a storm off the coast last year.")
    assert not events_of(b)


def test_infiltrating_across_a_border_is_an_attack_but_infiltrating_a_ministry_is_not(analyse):
    a = analyse("On Sunday, a group of insurgents attempted to infiltrate through the border.")
    assert any(e.trigger.text == "infiltrate" for e in events_of(a, "ASSAULT"))
    b = analyse("Police said a spy had tried to infiltrate the ministry.")
    assert not events_of(b, "ASSAULT")


def test_an_ing_form_fighting_between_two_sides_is_the_event(analyse):
    a = analyse("Fighting between rival gunmen left six people dead.")
    (event,) = events_of(a, "ASSAULT")
    assert event.trigger.text == "Fighting" and event.source is not None


def test_forces_sent_to_back_their_own_bodies_stay_a_deployment(analyse):
    # backing one's own border guard or police is a build-up at home
    a = analyse("Latvia deployed extra soldiers to help its border guard along the frontier.")
    assert events_of(a, "MOBILIZE") and not any(e.cameo == "074" for e in a.events)
    b = analyse("Ecuador sent army units to support the national police in Guayaquil.")
    assert events_of(b, "MOBILIZE") and not any(e.cameo == "074" for e in b.events)
    c = analyse("We moved additional units of the Finnish army to assist the border service.")
    assert events_of(c, "MOBILIZE") and not any(e.cameo == "074" for e in c.events)
    # another state's forces or a request from another capital stay assistance
    d = analyse("Benin sent troops to support Togolese forces near the border.")
    assert any(e.cameo == "074" for e in d.events)
    e = analyse("Slovenia deployed a company of soldiers to help their allies in the Balkans.")
    assert any(ev.cameo == "074" for ev in e.events)
