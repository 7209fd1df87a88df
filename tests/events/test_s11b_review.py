"""Review of session 11, round 1, for over-firing on ordinary text: stand-in words ("followed
suit", "in kind", "such a move", "repeat the exercise") whose doer is no party or whose act is
one the lexicon does not list; offers and rulings answered by firms and clubs; forces seen by
tourists; "at no cost"; "prisoners of war"."""

from __future__ import annotations

import pytest

from warpath.document import Document
from warpath.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _events(pipeline: Pipeline, text: str) -> list:
    return list(pipeline(Document(text=text)).events)


# --- stand-ins: the act copied or answered is the nearest act told, listed or not ----------

UNLISTED_ACT_COPIED = [
    "Police arrested two opposition leaders on Friday. Apple cut its prices last year and "
    "Samsung followed suit.",
    "The navy seized two trawlers. Fans booed the referee and he answered in kind with a smile.",
    "Soldiers detained a reporter on Monday. The bank lowered its fees and its rivals did the "
    "same.",
    "Gunmen ambushed a convoy. The singer cancelled her tour, and the band followed suit.",
]


@pytest.mark.parametrize("text", UNLISTED_ACT_COPIED)
def test_a_stand_in_after_an_unlisted_act_copies_that_act(pipeline: Pipeline, text: str) -> None:
    events = _events(pipeline, text)
    second = text.split(". ", 1)[1]
    start = text.index(second)
    assert not [e for e in events if e.trigger.start >= start], events


NO_PARTY_STAND_INS = [
    "Rebels seized the town on Tuesday. The coach said such a move would weaken the team.",
    "The ministry expelled three diplomats. The sprinter said she would repeat the exercise next "
    "year.",
    "Israeli jets struck a depot near Damascus. The chef said that step would take an hour.",
    "Troops stormed the building. The club said it would do the same thing next season.",
]


@pytest.mark.parametrize("text", NO_PARTY_STAND_INS)
def test_a_stand_in_said_or_done_by_no_party_is_no_act(pipeline: Pipeline, text: str) -> None:
    events = _events(pipeline, text)
    second = text.split(". ", 1)[1]
    start = text.index(second)
    assert not [e for e in events if e.trigger.start >= start], events


PARTY_STAND_INS = [
    ("Warsaw expelled three Belarusian diplomats on Tuesday. Minsk said it would do the same.",
     "SANCTION"),
    ("Norway froze the assets of two generals in May. Denmark has not followed suit.",
     "SANCTION"),
    ("Kenyan police dispersed a rally in Nairobi on Friday. The minister said such a move "
     "would be repeated if crowds gathered again.", "COERCE"),
    # people of no state march and strike: a copy of a protest needs no state doer
    ("Students staged a sit-in at the ministry on Monday. Teachers said they would follow "
     "suit.", "PROTEST"),
    ("Dockers marched on the parliament on Friday. Farmers said they would do the same next "
     "week.", "PROTEST"),
]


@pytest.mark.parametrize("text,etype", PARTY_STAND_INS)
def test_a_stand_in_done_by_a_party_still_fires(pipeline: Pipeline, text: str,
                                                 etype: str) -> None:
    events = _events(pipeline, text)
    start = text.index(text.split(". ", 1)[1])
    assert [e for e in events if e.trigger.start >= start and e.type == etype], events


# --- offers and rulings: a firm's or a club's answer is no party's -------------------------

@pytest.mark.parametrize("text", [
    "The company has not responded to the buyout offer.",
    "The striker has not replied to the club's contract offer.",
    "The union has not yet responded to the management's proposal.",
    "The retailer is expected to reply to the takeover offer next week.",
])
def test_an_offer_unanswered_by_a_firm_or_club_is_no_agreement(pipeline: Pipeline,
                                                               text: str) -> None:
    events = _events(pipeline, text)
    assert not [e for e in events if e.type == "AGREE" and e.status != "asserted"], events


def test_an_offer_unanswered_by_a_state_is_still_a_withheld_agreement(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Armenia has not responded to Azerbaijan's offer of talks.")
    assert [e for e in events if e.type == "AGREE" and e.status == "negated"], events


@pytest.mark.parametrize("text", [
    "The club does not recognise the result of the vote, its chairman said.",
    "The league does not recognise the transfer, its president said.",
    "The chess federation does not recognise the ruling of the arbiter.",
])
def test_a_ruling_not_recognised_by_a_club_is_no_rejection(pipeline: Pipeline,
                                                           text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.type == "REJECT"]


# --- forces seen: pictures taken of known guards are no build-up --------------------------

@pytest.mark.parametrize("text", [
    "Tourists photographed the soldiers outside the palace.",
    "Photographers filmed the guards outside the parliament.",
    "Hikers spotted the patrol near the summit.",
    "Fans spotted the team at the airport.",
])
def test_known_forces_seen_or_pictured_are_no_build_up(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in _events(pipeline, text) if e.type == "MOBILIZE"]


def test_forces_counted_near_a_shore_still_a_build_up(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Our patrol counted eleven naval vessels around the reef on "
                               "Thursday.")
    assert [e for e in events if e.type == "MOBILIZE"], events


# --- "at no cost": the price of an act does not deny it ------------------------------------

@pytest.mark.parametrize("text", [
    "The army will evacuate the civilians at no cost to them.",
    "Soldiers evacuated the villagers at no cost to their families.",
    "The navy rescued the stranded fishermen at no charge.",
    "Troops withdrew from the hill at no risk to the convoy.",
])
def test_at_no_cost_does_not_negate(pipeline: Pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert events and not [e for e in events if e.status == "negated"], events


@pytest.mark.parametrize("text", [
    "Troops fired at no one, the ministry said.",
    "The army has withdrawn from none of its bases.",
])
def test_aimed_at_none_still_negates(pipeline: Pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert events and all(e.status == "negated" for e in events), events


# --- "prisoners of war": a kind of person, no war told ------------------------------------

@pytest.mark.parametrize("text", [
    "The release of the prisoners of war has not happened yet.",
    "The handover of prisoners of war did not take place on Friday.",
    "The return of the veterans of war was delayed by the storm.",
    "No crimes of war were proven at the hearing, the judge said.",
])
def test_a_noun_classified_by_war_tells_no_war(pipeline: Pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert not [e for e in events if e.trigger.text.lower() == "war"], events



# --- feasts: a feast's name describing a noun is no date -----------------------------------

@pytest.mark.parametrize("text", [
    "Shoppers crowded the Christmas market stalls in the square.",
    "The Christmas shopping rush began on Saturday.",
    "Police guarded the Christmas concert at the cathedral.",
    "The New Year's Day parade drew thousands of people.",
])
def test_a_feast_name_describing_a_noun_is_no_date(text: str) -> None:
    from warpath.time.expressions import find_expressions

    assert not [e for e in find_expressions(text) if e.month == 12 and e.day in (24, 25)
                or e.month == 1 and e.day == 1]


@pytest.mark.parametrize("text,day", [
    ("Rebels attacked the village on Christmas Day.", 25),
    ("Troops shelled the port on Christmas Eve.", 24),
    ("The offensive began on Christmas and ended in January.", 25),
])
def test_a_feast_day_is_still_a_date(text: str, day: int) -> None:
    from warpath.time.expressions import find_expressions

    assert [e for e in find_expressions(text) if e.month == 12 and e.day == day]
