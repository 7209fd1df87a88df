"""Which country a place phrase points to.

The sentences are written for these tests.
"""

from __future__ import annotations

from warpath.events.countries import clause_place_country


def _trigger(analysis, word):  # type: ignore[no-untyped-def]
    return next(t for t in analysis.doc if t.text == word)


def test_a_state_named_in_the_place_phrase_beats_a_town_name_homonym(analyse):
    # "Valencia" alone is read as the Venezuelan city; the phrase says Spain
    a = analyse("A car bomb exploded near the port of Valencia in eastern Spain on Monday.")
    assert clause_place_country(a, _trigger(a, "exploded")) == "ESP"


def test_a_town_the_gazetteer_knows_gives_its_country(analyse):
    a = analyse("Gunmen attacked a convoy near Alamata on Friday.")
    assert clause_place_country(a, _trigger(a, "attacked")) == "ETH"


def test_a_place_in_another_clause_is_not_this_events(analyse):
    a = analyse("Gunmen attacked a convoy, officials in Paris said.")
    assert clause_place_country(a, _trigger(a, "attacked")) is None


# --- session 7: "X-administered Y" names the ruler whatever the parse of the list ------------
# Sentences written for these tests.

def _hit(analysis, trigger):  # type: ignore[no-untyped-def]
    found = [e for e in analysis.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in analysis.events]
    return found[0]


def test_a_listed_state_administered_region_is_the_administrators(analyse):
    event = _hit(analyse("In the early hours of 7 May, Indian missiles slammed into nine sites "
                         "in Pakistan and Pakistan-administered Kashmir."), "slammed")
    assert event.target is not None and event.target.country == "PAK"


def test_an_indian_administered_region_is_indias(analyse):
    event = _hit(analyse("Pakistani shells hit two villages in Indian-administered Kashmir on "
                         "Sunday."), "hit")
    assert event.target is not None and event.target.country == "IND"


def test_an_armenian_governed_town_is_armenias(analyse):
    event = _hit(analyse("Shells hit a school in Armenian-governed Lachin."), "hit")
    assert event.target is not None and event.target.country == "ARM"


def test_a_region_with_no_ruler_named_keeps_its_own_country(analyse):
    event = _hit(analyse("Shells hit a school in Pakistan's Punjab province on Monday."), "hit")
    assert event.target is None or event.target.country in (None, "PAK")
