"""Acts told in the present in the items of a list of scenarios are imagined, not told as fact.

Texts written for these tests.
"""

from __future__ import annotations

from tests.events.conftest import kinds_at

BRIEF = """The dam talks stalled in May.

Three scenarios

1. Muddling through. Egypt protests again, Sudan hedges, and the filling goes on.

2. A squeeze. Cairo recalls its ambassador and the Gulf states press Addis Ababa."""

PLAIN = """The dam talks stalled in May.

What happened next

1. Egypt protests again. The foreign ministry summoned the ambassador on Monday."""


def test_an_act_in_an_item_of_a_list_of_scenarios_is_hypothetical(analyse):  # type: ignore[no-untyped-def]
    analysis = analyse(BRIEF)
    assert [s for _, s in kinds_at(analysis, "protests")] == ["hypothetical"]
    assert [s for _, s in kinds_at(analysis, "recalls")] == ["hypothetical"]


def test_a_list_under_another_heading_keeps_its_facts(analyse):  # type: ignore[no-untyped-def]
    assert [s for _, s in kinds_at(analyse(PLAIN), "protests")] == ["asserted"]


SPEECH = """Colleagues, the talks have been dormant for two years. \
We therefore ask this council to do two things:

First, to resume the mediation under the regional commission, with a report by June.

Second, to send observers to the shore before the fishing season opens."""

RECALL = """Three things happened that night:

First, the patrol boats fired on the canoes.

Second, the crews were taken ashore."""


def test_items_counted_off_after_a_request_are_acts_asked_for(analyse):  # type: ignore[no-untyped-def]
    analysis = analyse(SPEECH)
    assert [s for _, s in kinds_at(analysis, "mediation")] == ["hypothetical"]


def test_items_counted_off_after_an_account_stay_facts(analyse):  # type: ignore[no-untyped-def]
    assert ("ASSAULT", "asserted") in kinds_at(analyse(RECALL), "fired")
