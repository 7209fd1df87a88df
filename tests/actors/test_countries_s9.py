"""Session 9: whose country a side is, for bodies and people the text does not tie to a state
in so many words.

Classes: a state organ's own release (its byline names the organ) speaks of itself as "we";
a story set in one country's towns is about that country though it names a neighbour more;
a venue of talks or a signing is no side's home; a province named before "province" places
the body in it; a place name of several words is looked up whole; "the paramilitary group"
stands for the armed group named before; a faith or an unknown town names no other country
for local people; a named accord is no actor; co-signers of a document sign with each other.
"""

from __future__ import annotations

from typing import Any

import pytest

from warpath.document import Analysis, Document, Event


def _run(pipeline: Any, text: str, **meta: Any) -> Analysis:
    extra = meta.pop("meta", {})
    analysis: Analysis = pipeline(Document(text=text, meta=extra, **meta))
    return analysis


def _events(analysis: Analysis, trigger: str) -> list[Event]:
    return [e for e in analysis.events if e.trigger.text == trigger]


def _source_countries(analysis: Analysis, trigger: str) -> set[str | None]:
    return {e.source.country if e.source else None for e in _events(analysis, trigger)}


# --- a state organ's own release: its "we" is its state -------------------------------------

@pytest.mark.parametrize(("outlet", "text", "trigger", "country", "meta"), [
    ("Romanian Border Police",
     "Between 4 and 6 June, border police officers found twelve drones near the Danube. We "
     "detained three men near Isaccea. Our officers handed the drones to the army.",
     "detained", "ROU", {}),
    ("Lithuanian Coast Guard Press Office",
     "On the night of 1 May, a patrol boat spotted an unlit vessel near the Curonian Spit. We "
     "escorted the vessel to port and our officers questioned its crew. We protest the "
     "conduct of the foreign crew.", "protest", "LTU", {}),
    ("Border Guard Headquarters",
     "On Sunday officers recorded three buoys moved by Russian border guards on the river. "
     "We removed the buoys and returned them. We detained a fisherman who had crossed the "
     "line.", "detained", "EST", {"dateline": "Narva, 3 May 2026"}),
])
def test_a_release_by_a_state_organ_speaks_for_its_state(
        pipeline: Any, outlet: str, text: str, trigger: str, country: str,
        meta: dict[str, str]) -> None:
    analysis = _run(pipeline, text, outlet=outlet, meta=meta)
    assert country in _source_countries(analysis, trigger)


@pytest.mark.parametrize(("outlet", "text", "trigger"), [
    ("The Baltic Courier",  # a newspaper's "we" is the newsroom's
     "Officers recorded three buoys moved on the river on Sunday. We asked the coast guard "
     "about them. We detained nobody, a guard said.", "asked"),
    ("Ministry of Defence of Latvia and Lithuania Joint Office",  # two states in the byline
     "Last week the two navies held drills. We detained two men near the port. We reject "
     "the claims.", "detained"),
])
def test_no_release_state_without_one_organ_of_one_state(
        pipeline: Any, outlet: str, text: str, trigger: str) -> None:
    analysis = _run(pipeline, text, outlet=outlet)
    assert _source_countries(analysis, trigger) <= {None}


def test_weapons_in_a_release_are_not_its_state_s(pipeline: Any) -> None:
    analysis = _run(pipeline, "Between 4 and 6 June, officers found that 12 drones had crossed "
                    "from Ukraine into Romanian airspace. We detained three men near Isaccea. "
                    "Our officers handed the debris to the army.",
                    outlet="Romanian Border Police")
    assert "ROU" not in _source_countries(analysis, "crossed")


# --- a story set in one country's towns ------------------------------------------------------

def test_a_story_set_in_one_country_s_towns_is_about_it(pipeline: Any) -> None:
    # Venezuela is named most, but nearly all the towns are Colombian: a body with no state
    # named on it acts at home in Colombia
    analysis = _run(pipeline, (
        "Fighting has returned to the hills around Tibu and El Tarra. Venezuela says it is "
        "watching. Caracas rejected any role in the attacks, and Venezuela closed two bridges. "
        "Venezuelan officials said Venezuela would not send troops. Camps in Zulia are blamed. "
        "Rebels attacked a post near Ocana, and the regional government sent food to Cucuta "
        "and Tibu. Venezuela called the charges lies."))
    assert _source_countries(analysis, "sent") == {"COL"}


def test_a_story_on_the_leader_s_own_ground_keeps_it(pipeline: Any) -> None:
    analysis = _run(pipeline, (
        "Shelling hit Maracaibo and Valencia overnight. Venezuela blamed Colombia, and "
        "Venezuela closed two bridges near San Cristobal. Colombia denied it. Venezuelan "
        "officials said Venezuela would respond. The regional government sent food to "
        "Maracaibo."))
    assert _source_countries(analysis, "sent") <= {"VEN", None}


# --- a venue is no side's home ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sudan and South Sudan have argued for years. Sudan accused South Sudan of arming rebels, "
    "and South Sudan rejected it. The federal government and the rebel movement agreed in "
    "Nairobi to stop fighting.",
    "Ethiopia accused Eritrea of moving troops, and Eritrea denied it. Ethiopia warned "
    "Eritrea again. The federal government and the rebels signed a truce in Pretoria.",
])
def test_the_host_of_a_deal_is_no_side_s_state(pipeline: Any, text: str) -> None:
    analysis = _run(pipeline, text)
    found = [e for e in analysis.events if e.type == "AGREE"]
    assert found and all(e.source is None or e.source.country not in ("KEN", "ZAF")
                         for e in found)


def test_a_body_acting_in_a_third_country_outside_talks_keeps_it(pipeline: Any) -> None:
    analysis = _run(pipeline, "Police in Nairobi arrested two men on Monday.")
    assert "KEN" in _source_countries(analysis, "arrested")


# --- provinces and places of several words ----------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Sudan and Chad traded accusations again. Gunmen crossed from Darfur overnight. The "
     "authorities in Ouaddai province closed the border crossing on Tuesday. Sudan said Chad "
     "was arming the rebels.", "closed", "TCD"),
    ("Kenya and Somalia argued over the border. Kenya blamed Somalia for the raids. The police "
     "in Mandera county arrested six men on Friday.", "arrested", "KEN"),
    ("Ecuador extended the emergency. Troops and police raided 14 properties across El Oro "
     "province and detained 23 people.", "detained", "ECU"),  # not Oro, Papua New Guinea
    ("Rebels attacked a police station in Mocímboa da Praia on Sunday.", "attacked", "MOZ"),
    ("Fishermen protested outside the town hall in Ponta Delgada.", "protested", "PRT"),
])
def test_a_place_is_read_by_its_whole_name(pipeline: Any, text: str, trigger: str,
                                           country: str) -> None:
    assert country in _source_countries(_run(pipeline, text), trigger)


def test_the_last_word_alone_still_names_its_own_place(pipeline: Any) -> None:
    # "Praia" on its own is Cape Verde's capital, not part of a Mozambican town's name
    assert "CPV" in _source_countries(_run(pipeline, "Rebels attacked a checkpoint in Praia."),
                                      "attacked")


# --- "the paramilitary group": the armed group named before -----------------------------------

@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Chad accused the Rapid Support Forces of the raid near Adre. The paramilitary group "
     "denied the charge on Wednesday.", "denied", "SDN"),
    ("The army accused the Arakan Army of shelling Sittwe. The rebel group denied it.",
     "denied", "MMR"),
    ("Niger blamed the Islamic State Sahel Province for the ambush. The jihadist group "
     "rejected the account.", "rejected", "MLI"),  # the group's listed country, not Niger
])
def test_a_kind_of_group_stands_for_the_group_named_before(
        pipeline: Any, text: str, trigger: str, country: str) -> None:
    found = _events(_run(pipeline, text), trigger)
    assert found and {e.source.country for e in found if e.source} == {country}


def test_a_people_s_group_keeps_its_people(pipeline: Any) -> None:
    analysis = _run(pipeline, "Chad accused the Rapid Support Forces of the raid. The Chadian "
                    "group denied the charge.")
    assert _source_countries(analysis, "denied") <= {"TCD", None}


# --- local people: a faith or an unknown town names no other state ---------------------------

def test_elders_of_a_faith_in_a_town_no_list_knows_are_local(pipeline: Any) -> None:
    analysis = _run(pipeline, (
        "Pakistan sent troops to Kurram after the ambush, and Pakistan said the road would "
        "stay shut. Shi'ite elders in Parachinar accused the tribesmen of sheltering the "
        "gunmen. Sunni elders in Bagan rejected the charge. Pakistan promised compensation."))
    assert _source_countries(analysis, "accused") == {"PAK"}
    assert _source_countries(analysis, "rejected") == {"PAK"}


def test_people_of_a_named_people_or_from_abroad_are_not_made_local(pipeline: Any) -> None:
    analysis = _run(pipeline, (
        "Pakistan sent troops to Kurram, and Pakistan said the road would stay shut. Afghan "
        "elders accused the tribesmen of sheltering the gunmen. Pakistan promised help."))
    assert "PAK" not in _source_countries(analysis, "accused")


def test_gangs_stay_local_in_a_story_naming_a_second_state(pipeline: Any) -> None:
    analysis = _run(pipeline, (
        "Haiti asked the United States for help. Haiti said the police were outgunned, and "
        "Haiti declared a curfew. Gangs attacked the districts of Furcy and Obleon overnight, "
        "killing five residents. The United States said Haiti needed more troops."))
    assert _source_countries(analysis, "attacked") == {"HTI"}


# --- a named accord is no actor; co-signers sign with each other ------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Ethiopia and Eritrea signed the Algiers Agreement in 2000.", {"ETH", "ERI"}),
    ("Kenya and Uganda signed the Nairobi Declaration last year.", {"KEN", "UGA"}),
    ("Armenia and Azerbaijan signed a declaration of peace in Washington.", {"ARM", "AZE"}),
])
def test_co_signers_of_a_document_sign_with_each_other(pipeline: Any, text: str,
                                                       pair: set[str]) -> None:
    found = [e for e in _run(pipeline, text).events if e.type == "AGREE"]
    assert found
    assert {e.target.country for e in found if e.target} == pair


def test_a_named_accord_gives_its_city_s_state_nothing(pipeline: Any) -> None:
    analysis = _run(pipeline, "Rebels said they would respect the Algiers Accord.")
    assert not any(a.country == "DZA" and "Accord" in a.name for a in analysis.actors)


def test_a_single_signer_s_object_stays_the_target(pipeline: Any) -> None:
    found = [e for e in _run(pipeline, "Russia signed a treaty with China in Beijing.").events
             if e.type == "AGREE"]
    assert found and all(e.target is None or e.target.country != "RUS" for e in found)


# --- a warship's prefix names its navy's state ------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("HMS Tyne shadowed both ships from Lyme Bay to the Downs.", "shadowed", "GBR"),
    ("The USS Carney shot down three drones over the Red Sea.", "shot down", "USA"),
    ("On Monday BRP Sierra Madre was blocked by two coast guard ships.", "blocked", None),
])
def test_a_warship_prefix_names_its_state(pipeline: Any, text: str, trigger: str,
                                          country: str | None) -> None:
    analysis = _run(pipeline, text)
    if country is not None:
        assert _source_countries(analysis, trigger) == {country}
    else:  # the ship is the target here
        found = _events(analysis, trigger)
        assert found and all(e.target is not None and e.target.country == "PHL" for e in found)


def test_capitals_that_are_no_prefix_give_no_state(pipeline: Any) -> None:
    analysis = _run(pipeline, "INS agents detained two men at the airport.")
    assert _source_countries(analysis, "detained") <= {None, "USA"}


# --- people of a court: the state the story is set in -----------------------------------------

def _person_country(actor_pipeline: Any, text: str, name: str) -> str | None:
    analysis = actor_pipeline(Document(text=text))
    found = next((a for a in analysis.actors if a.name == name), None)
    return found.country if found is not None else "missing"


_TRIAL = ("Mozambique's army retook Macomia. Mozambique said the town was calm. Mozambique "
          "has charged eleven men. ")


@pytest.mark.parametrize(("text", "name"), [
    (_TRIAL + "Their lawyer, Albino Mucavele, told the court the men had been beaten.",
     "Albino Mucavele"),
    (_TRIAL + "Celeste Mondlane, the prosecutor, rejected the allegation.", "Celeste Mondlane"),
    (_TRIAL + "Rui Tembe, a magistrate in Pemba, ordered an inquiry.", "Rui Tembe"),
])
def test_court_people_are_of_the_story_s_state(actor_pipeline: Any, text: str,
                                               name: str) -> None:
    assert _person_country(actor_pipeline, text, name) == "MOZ"


def test_a_court_person_with_no_story_state_stays_unknown(actor_pipeline: Any) -> None:
    text = "Celeste Mondlane, the prosecutor, rejected the allegation."
    assert _person_country(actor_pipeline, text, "Celeste Mondlane") in (None, "missing")


# --- a release's own organs dealing with each other keep its state ----------------------------

def test_two_organs_of_a_release_s_state_keep_it(pipeline: Any) -> None:
    analysis = _run(pipeline, (
        "On Monday officers recorded twelve balloons that entered our airspace from Belarus. "
        "We detained two men near Sejny. At our request, the Ministry of the Interior asked "
        "the Ministry of Foreign Affairs to protest to Belarus. Belarus denied sending the "
        "balloons, and Belarus warned us again."), outlet="Polish Border Guard Headquarters")
    found = _events(analysis, "asked")
    assert found and all(e.source is not None and e.source.country == "POL" for e in found)
    assert _source_countries(analysis, "detained") == {"POL"}


def test_an_unnamed_organ_acting_on_its_own_state_is_still_doubted(pipeline: Any) -> None:
    # a newspaper's story of two states: "the Command" shelling the state named most may be
    # either side's
    analysis = _run(pipeline, (
        "Armenia accused Azerbaijan of shelling Tegh. Armenia said Azerbaijan fired mortars, and "
        "Azerbaijan denied it. The Command shelled Armenian positions near Tegh on Sunday, "
        "Armenia said."), outlet="Caucasus Daily")
    assert _source_countries(analysis, "shelled") <= {None, "AZE"}



# --- closing one's own border crossing faces the state across it ------------------------------

@pytest.mark.parametrize(("text", "trigger", "other"), [
    ("Sudan accused Chad of arming the rebels, and Chad denied it. Sudan warned Chad again. The "
     "authorities in Ouaddai province sealed the Adre crossing on Tuesday.", "sealed", "SDN"),
    ("Thailand accused Cambodia of shelling, and Cambodia denied it. Thailand warned Cambodia. "
     "The Thai army closed the Chong Chom border crossing on Sunday.", "closed", "KHM"),
    ("Venezuela accused Colombia of sheltering rebels. Colombia denied it. Venezuela shut the "
     "frontier at Cucuta for two days.", "shut", "COL"),
])
def test_closing_one_s_own_crossing_faces_the_other_state(
        pipeline: Any, text: str, trigger: str, other: str) -> None:
    found = _events(_run(pipeline, text), trigger)
    assert found and {e.target.country for e in found if e.target} == {other}


def test_a_street_crossing_closed_at_home_faces_no_state(pipeline: Any) -> None:
    found = _events(_run(pipeline, "Police closed the Kenyatta Avenue crossing after the crash."),
                    "closed")
    assert all(e.target is None or e.target.inferred != "counterpart" for e in found)


# (review) Court roles take the story's country only when they are a state's: the people of
# a listed international court are no one's of the place they speak of.
@pytest.mark.parametrize("text", [
    "The International Criminal Court prosecutor accused Sudanese army commanders of war "
    "crimes in Darfur.",
    "In The Hague, judges at the International Court of Justice ordered Russia to halt its "
    "operations in Ukraine.",
])
def test_an_international_courts_people_take_no_country(pipeline: Any, text: str) -> None:
    analysis = pipeline(Document(text=text))
    sources = {e.source.country for e in analysis.events
               if e.type in ("ACCUSE", "REQUEST", "COERCE") and e.source is not None}
    assert sources <= {None}
