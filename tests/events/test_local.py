"""A group named by no nation takes the country of the place it acts in, marked inferred."""


def test_gunmen_are_from_where_they_strike(analyse):
    a = analyse("Gunmen ambushed a supply convoy near the town of Gao in Mali on Monday, "
                "killing nine soldiers.")
    ambush = next(e for e in a.events if e.trigger.text == "ambushed")
    assert (ambush.source.country, ambush.source.inferred) == ("MLI", "place")


def test_the_scene_of_the_paragraph_places_the_next_attack(analyse):
    a = analyse("Fighting broke out in Alamata in northern Ethiopia on Tuesday. Militiamen "
                "shelled the market the next morning.")
    shelling = next(e for e in a.events if e.trigger.text == "shelled")
    assert shelling.source.country == "ETH" and shelling.source.inferred == "place"


def test_talks_and_missiles_are_not_placed(analyse):
    a = analyse("Negotiators met in Geneva on Monday. A missile struck a depot in Odesa.")
    for e in a.events:
        assert e.source is None or e.source.inferred is None, (e.trigger.text, e.source)


def test_ground_hit_with_no_country_of_its_own_is_where_it_lies(analyse):
    a = analyse("Fighting broke out around Alamata in northern Ethiopia on Tuesday. Militiamen "
                "burned houses in the village the next morning.")
    burned = next(e for e in a.events if e.trigger.text == "burned")
    assert burned.target is not None
    assert (burned.target.country, burned.target.inferred) == ("ETH", "place")


def test_people_and_boats_are_not_given_the_place_they_are_in(analyse):
    a = analyse("Haitian traders reached the gate at Dajabon at dawn. They were turned back at "
                "the gate. Chinese coast guard officers boarded a fishing boat near the Paracel "
                "Islands on Friday.")
    for e in a.events:
        assert e.target is None or e.target.inferred != "place", (e.trigger.text, e.target)


def test_in_a_war_at_home_troops_sent_there_concern_that_state(analyse):
    a = analyse("Government troops fought ELN rebels near Tibu in Colombia on Sunday. The ELN "
                "said its fighters had killed four soldiers. The army deployed two more "
                "battalions to Tibu on Monday.")
    deployed = next(e for e in a.events if e.trigger.text == "deployed")
    assert (deployed.target.country, deployed.target.inferred) == ("COL", "place")


def test_outside_a_war_at_home_a_deployment_gets_no_target_from_its_place(analyse):
    a = analyse("Brazil moved armoured vehicles to the border in Roraima state last week, the "
                "Brazilian army said.")
    for e in a.events:
        assert e.target is None or e.target.inferred != "place", (e.trigger.text, e.target)


def test_unnamed_sides_clashing_in_a_war_at_home_are_that_state(analyse):
    a = analyse("Government troops fought ELN rebels near Tibu in Colombia on Sunday. The ELN "
                "said its fighters had killed four soldiers. Heavy clashes broke out again near "
                "Tibu on Monday.")
    clashes = next(e for e in a.events if e.trigger.text == "clashes")
    assert (clashes.source.country, clashes.target.country) == ("COL", "COL")
    assert clashes.target.inferred == "place"


def test_attacks_inside_a_country_are_aimed_at_it(analyse):
    a = analyse("Al-Shabaab fighters stormed a base near Dhobley in Somalia on Monday. Officials "
                "fear the group might now carry out attacks inside Kenya's Garissa county.")
    attacks = next(e for e in a.events if e.trigger.text == "attacks")
    assert (attacks.target.country, attacks.target.inferred) == ("KEN", "place")
