"""Session 9 places: named sites, ways and origins, places qualified by a demonym, what a state
body says at home, and "X-based" parties. Sentences of our own."""

from __future__ import annotations

import pytest

from warpath.document import Document


def _places(pipeline, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=text))
    return [(e.trigger.text, e.location.country if e.location else None)
            for e in analysis.events]


def _country(pipeline, text: str, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    return dict(_places(pipeline, text))[trigger]


# A site named by a place-name modifier is where the act happened.
@pytest.mark.parametrize(("text", "trigger", "iso"), [
    ("Rebels overran the Goma airport on Friday.", "overran", "COD"),
    ("Gunmen torched the Kidal market at dawn.", "torched", "MLI"),
    ("Police closed the Kuznica crossing on Friday.", "closed", "POL"),
])
def test_a_named_site_is_the_place(pipeline, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                   iso: str) -> None:
    assert _country(pipeline, text, trigger) == iso


# Where a party came from, or where a thing is heading, is no place of the act.
@pytest.mark.parametrize(("text", "trigger"), [
    ("Gunmen who crossed from Sudan stormed a camp on Monday.", "stormed"),
    ("Militiamen who came over from Uganda burned dozens of homes on Sunday.", "burned"),
    ("A convoy bound for Benghazi was ambushed on Sunday.", "ambushed"),
    ("Families heading towards Tawila were attacked by gunmen on Monday.", "attacked"),
    ("Drones that came from Iran hit a depot on Monday.", "hit"),
])
def test_origins_and_destinations_are_not_places(pipeline, text: str,  # type: ignore[no-untyped-def]
                                                 trigger: str) -> None:
    assert _country(pipeline, text, trigger) is None


def test_a_destination_does_not_become_the_next_sentences_scene(  # type: ignore[no-untyped-def]
        pipeline) -> None:
    text = ("On Monday officials in Podlasie shut the Kuznica crossing, the busiest route for "
            "lorries heading into Belarus. At the crossing, guards turned back forty trucks.")
    places = _places(pipeline, text)
    assert ("shut", "POL") in places
    assert all(iso != "BLR" for _, iso in places)


# Must not fire: the event's own movement keeps its place; leaving a place is there.
@pytest.mark.parametrize(("text", "trigger", "iso"), [
    ("Troops crossed into Chad on Monday.", "crossed", "TCD"),
    ("Russian forces withdrew from Kherson in November.", "withdrew", "UKR"),
    ("A convoy bound for Benghazi was ambushed near Ajdabiya on Sunday.", "ambushed", "LBY"),
    ("Rockets fired into Israel wounded two people on Monday.", "wounded", "ISR"),
])
def test_own_movement_keeps_its_place(pipeline, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                      iso: str) -> None:
    assert _country(pipeline, text, trigger) == iso


# A small place the lists lack takes the country its own words give it.
@pytest.mark.parametrize(("text", "trigger", "iso"), [
    ("Gunmen fired on a Malian army post near Kafoudou on Tuesday.", "fired", "MLI"),
    ("Militants raided the Beninese hamlet of Koutchire overnight.", "raided", "BEN"),
    ("Soldiers raided Tchabal, a village in Cameroon, at dawn.", "raided", "CMR"),
])
def test_a_demonym_places_an_unknown_village(pipeline, text: str,  # type: ignore[no-untyped-def]
                                             trigger: str, iso: str) -> None:
    assert _country(pipeline, text, trigger) == iso


def test_a_demonym_beats_the_storys_other_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Fighting in Sudan's Darfur has spilled over again. The RSF took El Geneina and "
            "Nyala last year. On Tuesday gunmen fired on a Chadian police post near Kerfi.")
    assert _country(pipeline, text, "fired") == "TCD"


def test_refugees_named_by_a_demonym_do_not_place_their_camp(  # type: ignore[no-untyped-def]
        pipeline) -> None:
    text = "Raiders set fire to a Sudanese refugee camp outside Abeche on Monday."
    assert _country(pipeline, text, "set") == "TCD"


# A state body's statement with no place of its own is made in its country.
@pytest.mark.parametrize(("text", "trigger", "iso"), [
    ("Moldova's foreign ministry condemned the detention on Tuesday.", "condemned", "MDA"),
    ("Armed men shelled Bagan. Pakistan's interior ministry warned the tribal elders on "
     "Monday.", "warned", "PAK"),
    ("Gangs burned homes in Delmas. Haiti's prime minister rejected any talks with the gangs "
     "on Friday.", "rejected", "HTI"),
])
def test_a_state_body_speaks_at_home(pipeline, text: str, trigger: str,  # type: ignore[no-untyped-def]
                                     iso: str) -> None:
    assert _country(pipeline, text, trigger) == iso


def test_a_refusal_to_act_stays_where_the_act_is(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Israel still holds five positions inside Lebanon, which its government refused "
            "to give up in February.")
    assert _country(pipeline, text, "refused") != "ISR"


def test_residents_speaking_are_not_placed_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _country(pipeline, "Residents accused the militia of looting.", "accused") is None


# "X-based", "X-registered": where a party is from.
@pytest.mark.parametrize(("text", "trigger"), [
    ("Britain sanctioned a Dubai-based shipping company on Monday.", "sanctioned"),
    ("Washington blacklisted a Lagos-headquartered firm last week.", "blacklisted"),
    ("Canada froze the assets of a Minsk-registered bank on Thursday.", "froze"),
])
def test_where_a_party_is_based_is_not_the_place(pipeline, text: str,  # type: ignore[no-untyped-def]
                                                 trigger: str) -> None:
    assert _country(pipeline, text, trigger) is None


def test_a_speaker_of_the_storys_country_speaks_there(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Rebels burned homes in Bunia on Sunday. Congolese villagers accused the militia "
            "of looting.")
    assert _country(pipeline, text, "accused") == "COD"


def test_a_demonym_on_a_thing_does_not_place_a_village(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Algeria protested on Monday. A Malian drone near Kafoudou violated Algerian "
            "airspace on Sunday.")
    assert all(iso != "MLI" for _, iso in _places(pipeline, text)[1:])


def test_a_site_naming_a_thing_places_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    from warpath.places.resolve import candidates
    text = "Officials discussed the Goma airport budget on Monday."
    analysis = pipeline(Document(text=text))
    assert candidates(analysis, 0, len(text)) == []


def test_a_named_site_as_a_modifier_of_a_party_is_no_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    from warpath.places.resolve import candidates
    text = "The Kidal market traders met the governor."
    analysis = pipeline(Document(text=text))
    assert candidates(analysis, 0, len(text)) == []


def test_a_hyphenated_road_name_is_still_a_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _country(pipeline, "Drones struck the Odesa-Kyiv highway on Monday.",
                    "struck") == "UKR"


def test_a_statement_in_a_one_country_story_is_made_there(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Police in Pemba arrested eleven men near Mocimboa da Praia last month. On Monday "
            "the men were charged with murder.")
    assert _country(pipeline, text, "charged") == "MOZ"


def test_a_statement_in_a_two_country_story_stays_unplaced(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Rebels shelled Goma last month and troops massed near Gisenyi. On Monday "
            "the men were charged with murder.")
    assert _country(pipeline, text, "charged") is None


# (review) A speaker placed by its own noun phrase speaks there, even from a relative clause or
# a second verb, not at its state's home.
@pytest.mark.parametrize(("text", "trigger", "iso"), [
    ("The arrests were raised by the Embassy of Kenya in Kampala, which asked for consular "
     "access.", "asked", "UGA"),
    ("The seizure was protested by the Consulate of Turkey in Erbil, which demanded the "
     "release of the crew.", "demanded", "IRQ"),
    ("Officials of Chad in Khartoum met the envoy and rejected the charge.", "rejected", "SDN"),
])
def test_a_speaker_seated_abroad_speaks_there(pipeline, text: str,  # type: ignore[no-untyped-def]
                                              trigger: str, iso: str) -> None:
    assert _country(pipeline, text, trigger) == iso


# (review) A name before "district" or "province" in a story about another country is that
# country's district, not a namesake city abroad.
def test_a_district_name_is_not_a_namesake_city_abroad(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Insurgents crossed from Tanzania and burned a village in northern Mozambique. Two "
            "fishermen were killed, the Palma district administrator said.")
    assert _country(pipeline, text, "killed") == "MOZ"


# (review) A state's mission abroad speaks where it is posted: a demonym on "embassy" names
# its owner, and it is no state body speaking at home.
@pytest.mark.parametrize(("text", "trigger"), [
    ("Iraq summoned the Turkish charge d'affaires over the strike. The Turkish embassy replied "
     "the next day that its operations targeted only militants.", "replied"),
    ("Manila protested the ramming. The Chinese embassy rejected the protest on Tuesday.",
     "rejected"),
    ("Rabat complained about the broadcast. The Algerian consulate dismissed the complaint "
     "as baseless.", "dismissed"),
])
def test_a_mission_abroad_does_not_speak_at_home(pipeline,  # type: ignore[no-untyped-def]
                                                 text: str, trigger: str) -> None:
    home = {"replied": "TUR", "rejected": "CHN", "dismissed": "DZA"}[trigger]
    assert _country(pipeline, text, trigger) != home
