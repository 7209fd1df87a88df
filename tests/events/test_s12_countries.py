"""Session 12: a story that names one state only gives the groups it names with no country
that state (`local.one_state_story`); bodies of no state and stories naming two states keep
none. Sentences written for these tests; one dev article is read, not copied."""

from __future__ import annotations

from pathlib import Path

from tests.events.conftest import events_of
from warpath.eval.records import read_document

_DEV = Path(__file__).resolve().parents[2] / "examples" / "devset" / "text"


def test_chiefs_of_a_one_state_story_are_its_own(analyse) -> None:  # type: ignore[no-untyped-def]
    text = ("TAMALE, Ghana - Rival youths clashed in Tamale on Friday, and Ghana's police "
            "imposed a curfew on the town. Chiefs of the two families met in Tamale on "
            "Saturday, Ghana's interior ministry said. The regional minister ordered the "
            "markets of Tamale closed, and Ghana's police said they had arrested twelve men.")
    met = [e for e in events_of(analyse(text), "CONSULT") if e.trigger.text == "met"]
    assert met and met[0].source is not None and met[0].source.country == "GHA"


def _dev_story(pipeline, stem: str):  # type: ignore[no-untyped-def]
    return pipeline(read_document(_DEV / f"{stem}.txt"))


def test_raiders_and_elders_of_a_domestic_story_are_its_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _dev_story(pipeline, "d224-wire-pibor-cattle-raids")
    raids = [e for e in events_of(a, "ASSAULT") if e.trigger.text == "raided"]
    assert raids and raids[0].source is not None and raids[0].source.country == "SSD"
    meets = events_of(a, "CONSULT")
    assert meets and all(e.source is not None and e.source.country == "SSD" for e in meets)


def test_an_official_of_a_domestic_story_is_its_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _dev_story(pipeline, "d224-wire-pibor-cattle-raids")
    orders = [e for e in events_of(a, "REQUEST") if e.source is not None
              and "administrator" in (e.source.text or "")]
    assert orders and orders[0].source.country == "SSD"  # type: ignore[union-attr]


def test_peacekeepers_keep_no_state(analyse) -> None:  # type: ignore[no-untyped-def]
    text = ("BENTIU, South Sudan - UN peacekeepers flew food to a clinic near Bentiu on Sunday "
            "after floods cut the roads, the UN mission said. South Sudan's government thanked "
            "the mission. South Sudan's army said floods had also cut roads near Bentiu.")
    events = events_of(analyse(text), "AID")
    assert events
    assert all(e.source is None or e.source.country is None for e in events)


def test_two_states_named_leave_the_doer_open(analyse) -> None:  # type: ignore[no-untyped-def]
    text = ("Houses were burned near Nimule in South Sudan on Friday, and Uganda denied that "
            "its soldiers took part.")
    events = events_of(analyse(text), "ASSAULT")
    assert events
    assert all(e.source is None or e.source.country is None for e in events)
