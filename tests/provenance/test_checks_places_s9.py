"""Two datings of 'one' act at two towns are two acts: no date conflict between them.

Texts written for these tests, run through the whole pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from warpath.document import Document


def _conflicts(pipeline, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=text, published=dt.date(2026, 5, 20)))
    return [c.message for c in analysis.checks if c.kind == "date-conflict"]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May a drone struck a market in Kadugli, according to a local medic.\n\n"
        "On 10 May, army drones struck the bus station in Dilling, residents said.",
        "Gunmen raided a school in Gusau on 6 May, the police said.\n\n"
        "On 11 May bandits raided a clinic in Tsafe, a councillor said.",
        "Rebels shelled Bunia on 2 May, a UN official said.\n\n"
        "On 7 May the militia shelled Butembo, according to the army.",
    ],
)
def test_acts_at_two_towns_are_two_acts(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _conflicts(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck a market in Kadugli on 4 May, according to a local medic.\n\n"
        "The army said the drone struck the market in Kadugli on 6 May.",
        "The tanker was seized in the Red Sea on 3 May, the owners said.\n\n"
        "The navy said it seized the tanker off Hodeidah on 5 May.",
    ],
)
def test_one_act_at_one_place_or_a_town_in_a_sea_is_still_a_conflict(  # type: ignore[no-untyped-def]
        pipeline, text: str) -> None:
    assert len(_conflicts(pipeline, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The command said it struck fighters in the hills near Bosaso in Somalia late on Friday, "
        "killing seven.\n\nA roadside bomb hit a convoy near Marka in Somalia on Saturday, "
        "a mission spokesman said.",
        "Police said a mortar hit a market in Gao in Mali on Friday.\n\n"
        "A bomb struck a bus near Mopti in Mali on Saturday, the governor said.",
    ],
)
def test_a_country_both_tellings_name_ties_no_two_towns(  # type: ignore[no-untyped-def]
        pipeline, text: str) -> None:
    assert _conflicts(pipeline, text) == []
