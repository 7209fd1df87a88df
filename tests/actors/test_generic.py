"""The story's country, domestic bodies' scenes and towns tagged as organisations."""

from __future__ import annotations

from warpath.actors.generic import dominant_country
from warpath.document import Analysis, Document
from warpath.pipeline import Pipeline


def _countries(analysis: Analysis) -> dict[str, str | None]:
    return {a.name: a.country for a in analysis.actors}


def test_the_story_is_where_its_places_are(actor_pipeline: Pipeline) -> None:
    # Russia is the state named most, but every place named lies in Georgia.
    text = ("Russian border guards moved the fence again near Gori on Monday night. On Tuesday "
            "Russian soldiers detained two farmers outside Kareli and drove them to Tskhinvali. "
            "The Russian side released them the next day. Farmers in Khashuri said the new signs "
            "cut their orchards in two. Traders in Zugdidi and Kutaisi closed their stalls in "
            "protest. Russian officials did not comment.")
    assert dominant_country(actor_pipeline(Document(text=text))) == "GEO"


def test_a_state_named_most_is_still_the_story_without_places(actor_pipeline: Pipeline) -> None:
    text = ("Russia said on Monday it would answer the new sanctions. Russian officials called "
            "them theft, and Russia's foreign ministry summoned two envoys. Ukraine welcomed "
            "the measures.")
    assert dominant_country(actor_pipeline(Document(text=text))) == "RUS"


def test_police_are_where_they_are_not_where_they_say_others_are(
        actor_pipeline: Pipeline) -> None:
    text = "Police in Sokoto said the kidnappers were hiding across the border in Niger."
    assert _countries(actor_pipeline(Document(text=text))).get("Police") == "NGA"


def test_a_known_town_after_in_is_no_organisation(actor_pipeline: Pipeline) -> None:
    text = "Community leaders in Maru signed a peace accord with an armed faction on Monday."
    assert "Maru" not in _countries(actor_pipeline(Document(text=text)))


def test_a_body_in_a_speakers_turn_is_the_speakers_countrys(actor_pipeline: Pipeline) -> None:
    text = ("MODERATOR: Our guest is General Emeka Okafor, spokesman of the Nigerian Army.\n\n"
            "Q: Chadian officials say Chadian troops were attacked. Did Chadian units cross?\n\n"
            "GEN. OKAFOR: No. The Ministry of Foreign Affairs summoned the Chadian ambassador on "
            "Monday.\n")
    assert _countries(actor_pipeline(Document(text=text)))["Ministry of Foreign Affairs"] == "NGA"


def _mentions(analysis: Analysis) -> dict[str, tuple[str | None, list[str]]]:
    return {a.name: (a.country, [m.text for m in a.mentions]) for a in analysis.actors}


def test_a_bare_army_or_ministry_is_the_story_s_own(actor_pipeline: Pipeline) -> None:
    # Written for this test: a story about Chad names its army and ministry without "Chadian".
    text = ("Chad closed its eastern border on Monday. Chad's government said refugees kept "
            "arriving from Sudan, and Chad asked donors for help. The army said it had sent two "
            "battalions to Adre. The defence ministry gave no figure for the troops. Chad "
            "said the army would stay.")
    found = _mentions(actor_pipeline(Document(text=text)))
    assert found["army"][0] == "TCD" and len(found["army"][1]) == 2
    assert found["defence ministry"][0] == "TCD"


def test_a_named_or_owned_army_keeps_its_owner(actor_pipeline: Pipeline) -> None:
    text = ("Chad closed its eastern border on Monday. Chad said refugees kept arriving. "
            "Sudan's army said it had retaken Geneina.")
    found = _mentions(actor_pipeline(Document(text=text)))
    assert all(country != "TCD" for name, (country, _) in found.items() if "army" in name)


def test_a_town_tagged_as_an_organisation_is_no_actor(actor_pipeline: Pipeline) -> None:
    text = ("Militants stormed a checkpoint outside Djibo at dawn, officials in Burkina Faso "
            "said. Burkina Faso's army said it had repelled them.")
    assert "Djibo" not in _mentions(actor_pipeline(Document(text=text)))


# --- session 7: units owned by a bare state body; unlisted names the grammar makes places -----
# Sentences written for these tests.

_COLOMBIA = ("Colombia sent more troops to Cauca on Monday. Colombia's government said the "
             "dissidents would be pursued, and Colombia asked its neighbours for help. ")


def test_a_unit_of_the_bare_army_is_the_story_countrys(actor_pipeline: Pipeline) -> None:
    found = _countries(actor_pipeline(Document(
        text=_COLOMBIA + "The army's Third Division said it had retaken the station.")))
    assert found["Third Division"] == "COL"


def test_a_command_of_the_bare_navy_is_the_story_countrys(actor_pipeline: Pipeline) -> None:
    found = _countries(actor_pipeline(Document(
        text=_COLOMBIA + "The navy's Pacific Command said two boats had been seized.")))
    assert found["Pacific Command"] == "COL"


def test_a_directorate_of_the_bare_ministry_is_the_story_countrys(
        actor_pipeline: Pipeline) -> None:
    found = _countries(actor_pipeline(Document(
        text=_COLOMBIA + "The ministry's Migration Directorate said 40 people had crossed.")))
    assert found["Migration Directorate"] == "COL"


def test_a_company_s_division_is_not_given_the_story_country(actor_pipeline: Pipeline) -> None:
    found = _countries(actor_pipeline(Document(
        text=_COLOMBIA + "Acme's Research Division said the dam was safe.")))
    assert all(country is None for name, country in found.items() if "Division" in name)


def test_a_foreign_army_s_unit_is_not_given_the_story_country(
        actor_pipeline: Pipeline) -> None:
    found = _countries(actor_pipeline(Document(
        text=_COLOMBIA + "The Venezuelan army's Fourth Division said it had closed the "
                         "crossing.")))
    assert all(country != "COL" for name, country in found.items() if "Division" in name)


def test_a_name_before_a_kind_of_ground_is_no_organisation(actor_pipeline: Pipeline) -> None:
    found = _countries(actor_pipeline(Document(
        text="Senegal's army said it shelled rebel bases in the Bayotte forest on Tuesday.")))
    assert not any("Bayotte" in name for name in found)


def test_names_listed_with_hamlets_are_no_organisations(actor_pipeline: Pipeline) -> None:
    found = _countries(actor_pipeline(Document(
        text="Armed herders overran Hurti, Ruwi and two neighbouring hamlets in Nigeria's "
             "Plateau State.")))
    assert not any(name in ("Hurti", "Ruwi") for name in found)


def test_a_name_after_in_is_a_place_wherever_else_it_stands(actor_pipeline: Pipeline) -> None:
    found = _countries(actor_pipeline(Document(
        text="Nigeria's police imposed a curfew after clashes in Bokkos. Troops were later "
             "sent to Bokkos.")))
    assert "Bokkos" not in found


def test_an_acronym_after_in_is_still_a_body(actor_pipeline: Pipeline) -> None:
    found = _countries(actor_pipeline(Document(
        text="Turkey's envoy said the decision was taken in NATO after weeks of talks.")))
    assert any("NATO" in name or "North Atlantic" in name for name in found)


def test_an_unlisted_company_acting_stays_an_organisation(actor_pipeline: Pipeline) -> None:
    found = _countries(actor_pipeline(Document(
        text="Meridian Holdings said on Monday it would close its mine in Peru.")))
    assert "Meridian Holdings" in found


def test_the_casamance_separatists_are_listed_as_senegals(actor_pipeline: Pipeline) -> None:
    found = _countries(actor_pipeline(Document(
        text="Fighters of the MFDC ambushed a patrol near Ziguinchor on Monday.")))
    assert found.get("Movement of Democratic Forces of Casamance") == "SEN"
