"""Planned acts told beside factual ones (session 8): an occasion arranged or expected ahead
("a further round is pencilled in for May", "talks are expected in Doha next week", "the
next round is in Geneva on Thursday"), and planned acts the lexicon did not read (a loan
rolled over, a field hospital flown in, firms added to a sanctions list, people put on trial,
embassy staff expelled, a relief agency opening a corridor)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import events_of
from warpath.document import Analysis


def _statuses(analysis: Analysis, type_: str, trigger: str) -> set[str]:
    return {e.status for e in events_of(analysis, type_) if e.trigger.text.lower() == trigger}


# --- an occasion arranged or expected ahead, told in the passive or with "is" + a time ahead


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("A second round of negotiations between Ethiopia and Egypt is slated for early January.",
     "CONSULT", "negotiations"),
    ("Another prisoner swap between Armenia and Azerbaijan is being arranged for the end of "
     "the month, mediators said.", "RETREAT", "swap"),
    ("Fresh talks between Serbia and Kosovo are expected in Brussels next week.",
     "CONSULT", "talks"),
    ("The next session of talks between Kenya and Somalia is in Mombasa on Thursday.",
     "CONSULT", "talks"),
    ("A third round of consultations between Chad and Sudan is pencilled in for March in "
     "Nairobi.", "CONSULT", "consultations"),
])
def test_occasion_arranged_ahead_is_planned(analyse: Callable[[str], Analysis], text: str,
                                            type_: str, trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) == {"planned"}


def test_round_without_parties_is_kept_when_planned(analyse: Callable[[str], Analysis]) -> None:
    # a bare "talks" is kept only when hedged: arranged ahead, it is
    text = ("Chinese mediators hosted talks between the army and the rebels in Kunming last "
            "week. A further round of talks is pencilled in for mid-December.")
    assert "planned" in _statuses(analyse(text), "CONSULT", "talks")


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("Talks between Serbia and Kosovo were in Brussels last Tuesday.", "CONSULT", "talks"),
    ("A round of talks between Armenia and Azerbaijan was held in Almaty last week.",
     "CONSULT", "talks"),
    ("Talks between Serbia and Kosovo are in their third day in Brussels.", "CONSULT", "talks"),
    ("Talks between Serbia and Kosovo were in Brussels later that month.", "CONSULT", "talks"),
])
def test_occasion_told_as_past_or_ongoing_stays_factual(
        analyse: Callable[[str], Analysis], text: str, type_: str, trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) == {"asserted"}


# --- planned acts the lexicon now reads


def test_state_loan_rolled_over_is_aid(analyse: Callable[[str], Analysis]) -> None:
    assert _statuses(analyse("Saudi Arabia rolled over the loan."), "AID", "rolled over") == {
        "asserted"}
    planned = analyse("China agreed to roll over a $2 billion loan to Pakistan.")
    assert _statuses(planned, "AID", "roll over") == {"planned"}


@pytest.mark.parametrize("text", [
    "The bank rolled over the loan to the construction firm.",
    "The boat rolled over in heavy seas off Libya.",
    "The tank rolled over a landmine near Bakhmut.",
])
def test_roll_over_without_state_credit_is_no_aid(analyse: Callable[[str], Analysis],
                                                  text: str) -> None:
    assert not events_of(analyse(text), "AID")


def test_field_hospital_flown_in_is_planned_aid(analyse: Callable[[str], Analysis]) -> None:
    text = "The Emirati foreign ministry said a field hospital would be flown into Rafah next week."
    assert _statuses(analyse(text), "AID", "flown") == {"planned"}


@pytest.mark.parametrize("text", [
    "Patients were flown out of the hospital by helicopter.",
    "The injured pilot was flown by helicopter to a hospital in Riga.",
])
def test_flown_to_or_from_hospital_is_no_aid(analyse: Callable[[str], Analysis],
                                             text: str) -> None:
    assert not events_of(analyse(text), "AID")


@pytest.mark.parametrize("text", [
    "Washington added two Chinese banks to the blacklist on Friday.",
    "The EU added three Iranian shipping firms to its sanctions list.",
])
def test_added_to_a_sanctions_list(analyse: Callable[[str], Analysis], text: str) -> None:
    assert _statuses(analyse(text), "SANCTION", "added") == {"asserted"}


def test_added_to_the_list_after_a_freeze_is_planned(analyse: Callable[[str], Analysis]) -> None:
    text = ("Britain froze the assets of four Russian generals in March. Ministers are expected "
            "to add two Russian defence firms to the list next month.")
    assert _statuses(analyse(text), "SANCTION", "add") == {"planned"}


@pytest.mark.parametrize("text", [
    "The committee added two items to the list of demands.",
    "The coach added two strikers to the list of players for the World Cup.",
    "She added sugar to the list.",
])
def test_added_to_an_ordinary_list_is_no_sanction(analyse: Callable[[str], Analysis],
                                                  text: str) -> None:
    assert not events_of(analyse(text), "SANCTION")


def test_put_on_trial_is_planned_prosecution(analyse: Callable[[str], Analysis]) -> None:
    text = "Prosecutors in Tehran said they would put the two Swedish tourists on trial in June."
    assert _statuses(analyse(text), "ACCUSE", "put") == {"planned"}
    assert not events_of(analyse("The president put on a brave face after the defeat."))


def test_embassy_staff_expelled_is_sanction(analyse: Callable[[str], Analysis]) -> None:
    text = "Poland said on Monday it would expel four Belarusian embassy staff by Friday."
    assert _statuses(analyse(text), "SANCTION", "expel") == {"planned"}


def test_relief_agency_opening_a_corridor_is_aid(analyse: Callable[[str], Analysis]) -> None:
    text = "UNICEF opened a new supply route into northern Tigray from Mekelle on Monday."
    assert "AID" in {e.type for e in analyse(text).events}
    # a state reopening a crossing is a concession, not aid
    other = "Pakistan reopened the Torkham crossing with Afghanistan on Monday."
    assert not events_of(analyse(other), "AID")


def test_authority_taking_over_bodies_is_coerce(analyse: Callable[[str], Analysis]) -> None:
    planned = analyse("Belgrade has announced it will take over the Albanian-run "
                      "institutions in Presevo next month.")
    assert _statuses(planned, "COERCE", "take over") == {"planned"}
    done = analyse("The army took over the state broadcaster on Monday.")
    assert _statuses(done, "COERCE", "took over") == {"asserted"}


@pytest.mark.parametrize("text", [
    "The new minister took over the ministry from her predecessor.",
    "The new mayor took over the municipality in January.",
    "The company took over its rival for $2 billion.",
])
def test_ordinary_take_over_is_no_coerce(analyse: Callable[[str], Analysis], text: str) -> None:
    assert not events_of(analyse(text), "COERCE")


# --- an act a party puts forward ("proposed that X meet") is its plan


@pytest.mark.parametrize(("text", "trigger"), [
    ("Norway proposed that the joint commission hold its next session in Oslo in January.",
     "session"),
    ("The mediators have proposed that delegations from Sudan and Chad meet in Geneva next "
     "month.", "meet"),
    ("Egypt proposed that negotiators from Israel and Hamas resume talks in Cairo on Sunday.",
     "talks"),
])
def test_proposed_act_is_planned(analyse: Callable[[str], Analysis], text: str,
                                 trigger: str) -> None:
    assert _statuses(analyse(text), "CONSULT", trigger) == {"planned"}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Norway could propose that the joint commission hold its next session in Oslo.",
     "session"),
    ("Egypt proposed that talks between Israel and Hamas could resume in Cairo if the strikes "
     "stopped.", "talks"),
])
def test_proposal_under_a_modal_or_condition_stays_hypothetical(
        analyse: Callable[[str], Analysis], text: str, trigger: str) -> None:
    assert _statuses(analyse(text), "CONSULT", trigger) == {"hypothetical"}


def test_lifting_a_suspension_is_a_concession(analyse: Callable[[str], Analysis]) -> None:
    planned = analyse("The Commonwealth is expected to lift the suspension of Fiji when its "
                      "ministers meet in London on 3 May.")
    assert _statuses(planned, "CONCEDE", "lift") == {"planned"}
    assert _statuses(analyse("ECOWAS lifted the suspension of Guinea on Friday."),
                     "CONCEDE", "lifted") == {"asserted"}
    assert not events_of(analyse("The crane lifted the suspension bridge section into place."))


# --- a planned occasion's bare month is read forward from publication


@pytest.fixture(scope="module")
def dated(pipeline):  # type: ignore[no-untyped-def]
    import datetime as dt

    from warpath.document import Document

    def run(text: str) -> list[tuple[str, str, dt.date | None]]:
        a = pipeline(Document(text=text, published=dt.date(2026, 9, 20)))
        return [(e.trigger.text, e.status, e.date.start if e.date else None) for e in a.events]

    return run


@pytest.mark.parametrize(("text", "trigger"), [
    ("A third round of consultations between Chad and Sudan is pencilled in for early "
     "November.", "consultations"),
    ("A fresh round of talks between Serbia and Kosovo is slated for early December.", "talks"),
    ("Norway proposed that the joint commission hold its next session in Oslo in January.",
     "session"),
])
def test_planned_month_is_ahead(dated, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    starts = {d for t, s, d in dated(text) if t == trigger and s == "planned"}
    assert starts and all(d is not None and d > dt.date(2026, 9, 20) for d in starts)


def test_past_month_stays_behind(dated) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    rows = dated("Talks between Serbia and Kosovo were held in Brussels in October.")
    starts = {d for t, s, d in rows if t == "Talks"}
    assert starts and all(d is not None and d < dt.date(2026, 9, 20) for d in starts)
