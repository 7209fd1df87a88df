"""Review of session 10 round 1 for over-firing (sentences written for these tests).

Classes narrowed:
- an act already known ("the EU embargo", "Israel's blockade") that is under review, under
  discussion or on the agenda is in force, not an open choice (a new one is still open);
- an act put off and then told to go ahead ("was delayed but went ahead", "postponed twice
  before it began"), or held up for hours, took place;
- "one more" measure aimed at a thing of no party ("further measures on housing", "new
  measures against inflation") is no measure against anyone;
- a present-tense clause of cause or of what goes on meanwhile ("as", "while", "because")
  under a modal is no act still to come; a clause of time ("once", "as soon as", "until") is;
- a ship searched for its safety or its sale is not coerced;
- the leaders of a firm, a club or a parish summoned by their own bodies are called to no talks.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import events_of, factual_types
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]


def _statuses(analysis: Analysis, type_: str, trigger: str) -> set[str]:
    return {e.status for e in events_of(analysis, type_) if trigger in e.trigger.text.lower()}


# --- a known act under review is in force ----------------------------------------------------

@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("The EU embargo on Belarusian timber is under review in Brussels.", "SANCTION", "embargo"),
    ("Washington's sanctions on Caracas remain under review, officials said.",
     "SANCTION", "sanctions"),
    ("The Serbian blockade of the Kosovo border posts was on the agenda when the envoys met.",
     "COERCE", "blockade"),
])
def test_known_act_under_review_stays_factual(analyse: Analyse, text: str, type_: str,
                                              trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) <= {"asserted", "reported"}
    assert _statuses(analyse(text), type_, trigger)


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("New sanctions on Minsk are under consideration, a Lithuanian diplomat said.",
     "SANCTION", "sanctions"),
    ("A naval blockade of the islands is under discussion in Ankara, officers said.",
     "COERCE", "blockade"),
    ("Further curbs on Chinese steel are on the agenda, the trade commissioner said.",
     None, "curbs"),
])
def test_new_act_under_review_is_still_open(analyse: Analyse, text: str, type_: str | None,
                                            trigger: str) -> None:
    statuses = {e.status for e in events_of(analyse(text), type_)
                if trigger in e.trigger.text.lower()}
    assert statuses and not statuses & {"asserted", "reported"}


# --- an act put off that then went ahead ------------------------------------------------------

@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("The Saudi air strikes on Hodeidah were delayed by a sandstorm but went ahead at dawn.",
     "ASSAULT", "air strikes"),
    ("The Turkish offensive in northern Iraq was postponed twice before it began on Sunday.",
     "ASSAULT", "offensive"),
    ("The UN aid convoy to Gaza was delayed for six hours at the Rafah crossing.",
     "AID", "convoy"),
])
def test_act_delayed_then_held_is_factual(analyse: Analyse, text: str, type_: str,
                                          trigger: str) -> None:
    assert "planned" not in _statuses(analyse(text), type_, trigger)


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("The Egyptian aid convoy to Khartoum was delayed until next month.", "AID", "convoy"),
    ("The handover of the prisoners to Baku was postponed, and no new date was set.",
     "RETREAT", "handover"),
])
def test_act_put_off_with_no_sequel_stays_to_come(analyse: Analyse, text: str, type_: str,
                                                  trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) == {"planned"}


# --- one more measure aimed at no party --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Britain froze the assets of three Iranian generals. The Treasury will announce further "
    "measures on housing next month.",
    "The US imposed sanctions on Russian banks. The Federal Reserve will adopt new measures "
    "against inflation in June.",
    "Japan banned exports of chips to Moscow. Tokyo will take further measures on tourism "
    "before the Olympics.",
])
def test_series_measure_aimed_at_no_party_is_none(analyse: Analyse, text: str) -> None:
    assert not [e for e in analyse(text).events if e.trigger.text.lower() == "measures"]


@pytest.mark.parametrize("text", [
    "Canberra froze the accounts of two Myanmar generals. Further measures against the junta "
    "could follow next month.",
    "Britain froze the assets of three Iranian generals. Further measures on Iranian banks "
    "are expected next week.",
    "The EU blacklisted five Belarusian officials. New measures against Minsk could follow "
    "if the vote is rigged.",
])
def test_series_measure_aimed_at_a_party_is_kept(analyse: Analyse, text: str) -> None:
    found = [e for e in events_of(analyse(text), "SANCTION") if e.trigger.text == "measures"]
    assert found and all(e.status not in ("asserted", "reported") for e in found)


# --- a clause of cause or of meanwhile under a modal -------------------------------------------

@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("Israel will keep up its campaign, as Hamas fires rockets at Ashkelon every day.",
     "ASSAULT", "fires"),
    ("Grain prices will rise because Houthi rebels attack ships in the Red Sea.",
     "ASSAULT", "attack"),
    ("Europe can no longer wait while China threatens Taiwan, the senator said.",
     "THREATEN", "threatens"),
])
def test_clause_of_cause_under_a_modal_is_not_to_come(analyse: Analyse, text: str, type_: str,
                                                      trigger: str) -> None:
    assert "hypothetical" not in _statuses(analyse(text), type_, trigger)


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("Tehran would halt its exports as soon as a tanker is hit, the minister said.",
     "ASSAULT", "hit"),
    ("The navy will stay in port until the rebels attack the coast.", "ASSAULT", "attack"),
])
def test_clause_of_time_under_a_modal_is_still_to_come(analyse: Analyse, text: str,
                                                       type_: str, trigger: str) -> None:
    statuses = _statuses(analyse(text), type_, trigger)
    assert statuses and not statuses & {"asserted", "reported"}


# --- ships inspected for their upkeep; leaders summoned by their own bodies ------------------

@pytest.mark.parametrize("text", [
    "Surveyors inspected the ferry in Dover for safety faults before its winter refit.",
    "A buyer's engineers inspected the tanker in Piraeus ahead of its sale.",
])
def test_ship_inspected_for_upkeep_is_no_coercion(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in factual_types(analyse, text)


def test_ship_searched_at_sea_stays_coerced(analyse: Analyse) -> None:
    assert "COERCE" in factual_types(analyse, "A Greek frigate inspected the Turkish freighter "
                                              "off Rhodes on Monday.")


@pytest.mark.parametrize("text", [
    "The Dutch regulator summoned the bank's leaders after the merger collapsed.",
    "The football federation summoned the club's chief after the doping scandal.",
])
def test_leaders_summoned_by_a_civil_body_hold_no_talks(analyse: Analyse, text: str) -> None:
    assert "CONSULT" not in factual_types(analyse, text)
