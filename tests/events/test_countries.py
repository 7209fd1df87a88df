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
