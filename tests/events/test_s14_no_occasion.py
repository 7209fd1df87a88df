"""An act told in a relative clause on an occasion the text says there was none of did not
happen: "we found no case in which troops fired".

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import kinds_at


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("Our monitors found no case in March in which border guards fired on herders.", "fired",
     "ASSAULT"),
    ("The panel recorded no instance in which soldiers crossed the boundary line.", "crossed",
     "ASSAULT"),
    ("There was no occasion on which the coast guard fired at the trawlers.", "fired",
     "ASSAULT"),
])
def test_an_act_on_an_occasion_there_was_none_of_is_negated(analyse, text, word, type_):  # type: ignore[no-untyped-def]
    assert (type_, "negated") in kinds_at(analyse(text), word)


@pytest.mark.parametrize(("text", "word"), [
    ("Our monitors found one case in which border guards fired on herders.", "fired"),
    ("No officer who fired on the marchers has been charged.", "fired"),
])
def test_an_occasion_that_was_found_keeps_its_act(analyse, text, word):  # type: ignore[no-untyped-def]
    assert ("ASSAULT", "asserted") in kinds_at(analyse(text), word)
