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
