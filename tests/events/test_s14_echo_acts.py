"""Echo acts: one more act of the kind just told, named by a word with no type of its own
("a third round", "extend the measures", "will also ask", "may do likewise") takes the type
of that act and the status of its own clause (events.echoes, events.serial, events.proacts).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import kinds_at, types_of


@pytest.mark.parametrize(("text", "word", "kind"), [
    # a generic noun marked as one more of the series
    ("Australia blacklisted three Iranian shipping agents on Monday. A second round, aimed at "
     "their banks, will follow next month, officials said.", "round", ("SANCTION", "planned")),
    ("Vietnamese and Chinese envoys held talks in Hanoi last week. A follow-up round set for "
     "Beijing was cancelled on Friday.", "round", ("CONSULT", "negated")),
    ("Japan shipped tents and medicine to Samoa in May. A second consignment, promised after "
     "the storm, never left port.", "consignment", ("AID", "negated")),
    # a verb of widening or easing with a word that points back to the measures
    ("Norway froze the assets of five Russian traders on Monday. It could extend the measures "
     "to their shipping agents, a minister said.", "extend", ("SANCTION", "hypothetical")),
    ("Canada banned exports of drone parts to two Iranian firms on Friday. Ottawa threatened to "
     "widen the ban to engine makers.", "widen", ("SANCTION", "hypothetical")),
    ("Beijing lifted its ban on Philippine bananas on Tuesday. It could ease the curbs on "
     "mangoes next month.", "ease", ("CONCEDE", "hypothetical")),
    # the same act again, tied to it by "also" or "likewise"
    ("Jordan asked Germany on Monday for help with its water network. Will Amman also ask "
     "Japan?", "ask", ("REQUEST", "hypothetical")),
    ("Farmers in Lyon blocked a motorway on Monday over fuel prices. Fishermen may do likewise "
     "next week, their union said.", "do", ("PROTEST", "hypothetical")),
])
def test_an_echo_takes_the_type_of_the_act_just_told(analyse, text, word, kind):  # type: ignore[no-untyped-def]
    assert kind in kinds_at(analyse(text), word)


@pytest.mark.parametrize(("text", "word"), [
    ("The tax office extended the deadline for returns on Monday. Accountants welcomed it.",
     "extended"),
    ("Workers widened the road to the port last year. Traffic has doubled since.", "widened"),
    ("The council extended the library's opening hours on Tuesday. It may also widen the bike "
     "lanes.", "widen"),
    ("The museum extended the exhibition by a month. It may also expand the gallery.",
     "expand"),
])
def test_widening_what_is_no_act_is_no_event(analyse, text, word):  # type: ignore[no-untyped-def]
    assert kinds_at(analyse(text), word) == []


@pytest.mark.parametrize("text", [
    "Doctors in Accra asked for a second opinion on the scans. The hospital agreed on Tuesday.",
    "Floods covered a third of the town on Monday. Residents waited on roofs for boats.",
    "The storm moved further north on Tuesday. Fishing boats stayed in port.",
    "The minister toured the flooded town on Monday. She will return another day.",
])
def test_ordinals_of_no_act_make_no_event(analyse, text):  # type: ignore[no-untyped-def]
    assert not types_of(analyse(text)) & {"SANCTION", "AID", "CONSULT", "ASSAULT", "COERCE"}


def test_a_widening_does_not_copy_an_undoing(analyse):  # type: ignore[no-untyped-def]
    text = ("Britain lifted its ban on Iranian pistachios on Monday. It may widen the ban to "
            "dates.")
    assert ("CONCEDE", "hypothetical") not in kinds_at(analyse(text), "widen")


def test_the_second_round_of_a_vote_is_no_echo(analyse):  # type: ignore[no-untyped-def]
    text = ("Ghana accused Togo of arming smugglers on Monday. The second round of the "
            "election is due on Sunday.")
    assert kinds_at(analyse(text), "round") == []


def test_an_echo_keeps_its_own_target(analyse):  # type: ignore[no-untyped-def]
    a = analyse("Jordan asked Germany on Monday for help with its water network. Will Amman "
                "also ask Japan?")
    echo = [e for e in a.events if e.trigger.text.lower() == "ask"]
    assert echo and echo[0].target is not None and echo[0].target.country == "JPN"


def test_a_series_noun_takes_the_party_it_is_aimed_at(analyse):  # type: ignore[no-untyped-def]
    a = analyse("Canada blacklisted two Russian oil traders on Monday. Officials said a second "
                "round, aimed at brokers in Cyprus, would follow next month.")
    rounds = [e for e in a.events if e.trigger.text.lower() == "round"]
    assert rounds and rounds[0].type == "SANCTION"
    assert rounds[0].target is not None and rounds[0].target.country == "CYP"


@pytest.mark.parametrize(("text", "word"), [
    ("Israel struck targets in Gaza on Monday. The army may also hold a news conference later.",
     "hold"),
    ("Japan sent aid to Turkey on Monday. Tokyo could also send a message of condolence.",
     "send"),
    ("The EU sanctioned three Iranian firms on Monday. Ministers may also extend the meeting "
     "by a day.", "extend"),
])
def test_also_with_an_object_of_another_kind_is_no_echo(analyse, text, word):  # type: ignore[no-untyped-def]
    assert kinds_at(analyse(text), word) == []
