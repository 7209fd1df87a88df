"""A deed done "in protest" is a protest, whatever the verb and whoever does it.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import kinds_at


@pytest.mark.parametrize(("text", "word"), [
    ("Some three hundred fishermen kept their canoes on the beach on Monday in protest at the "
     "arrests.", "kept"),
    ("Traders in the border town shut their shops in protest against the new levy.", "shut"),
    ("Lorry drivers parked their trucks across the highway in protest over the fees.", "parked"),
    ("Nurses wore black armbands in protest.", "wore"),
])
def test_a_deed_done_in_protest_is_a_protest(analyse, text, word):  # type: ignore[no-untyped-def]
    assert ("PROTEST", "asserted") in kinds_at(analyse(text), word)


@pytest.mark.parametrize(("text", "word"), [
    ("Farmers kept their cattle on the hills for the winter.", "kept"),
    ("Traders shut their shops early because of the storm.", "shut"),
    ("Thousands took part in the protest outside the embassy.", "took"),
])
def test_the_same_deeds_without_protest_are_no_protest(analyse, text, word):  # type: ignore[no-untyped-def]
    assert ("PROTEST", "asserted") not in kinds_at(analyse(text), word)


def test_a_protest_that_did_not_happen_is_negated(analyse):  # type: ignore[no-untyped-def]
    text = "The fishermen did not keep their boats ashore in protest, as the union had urged."
    assert ("PROTEST", "negated") in kinds_at(analyse(text), "keep")
