"""Negated acts told beside factual ones (session 8): offers, pledges and truces never taken
up, kept or put into effect; promised goods that never arrived; rounds that fell short; arranged
events called off for good; passives whose subject is the one acted on; partitive subjects
("none of the shells"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import events_of


def _statuses(analyse, text, trigger, type_=None):
    """The statuses of the events on `trigger` (of `type_` if given)."""
    return [e.status for e in events_of(analyse(text), type_) if e.trigger.text == trigger]


# --- an offer, a pledge or a truce not taken up, kept or put into effect ---------------------

@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The junta's offer of dialogue has not been taken up by the opposition.", "offer"),
        ("The militia never kept its pledge to hand over the hostages.", "pledge"),
        ("The truce brokered by Qatar was never implemented.", "truce"),
        ("The rebels have never honoured the ceasefire they signed in Lome.", "ceasefire"),
        ("A ceasefire was agreed by both sides in June but never put into effect.", "agreed"),
    ],
)
def test_act_not_taken_up_or_kept_is_negated(analyse, text, trigger):
    assert _statuses(analyse, text, trigger) == ["negated"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what is said of a deed that happened does not undo it
        ("The attack on the convoy has not been claimed by any group.", "attack"),
        ("The truce brokered by Qatar was implemented on Monday.", "brokered"),
        ("The rebels accepted the government's offer of talks on Friday.", "accepted"),
    ],
)
def test_act_said_of_or_carried_out_stays_factual(analyse, text, trigger):
    statuses = _statuses(analyse, text, trigger)
    assert statuses and all(s == "asserted" for s in statuses)


def test_deed_not_condemned_is_not_denied(analyse):
    a = analyse("The strike on the depot was not condemned by the government.")
    assert not [e for e in a.events if e.trigger.text == "strike" and e.status == "negated"]


# --- promised goods that never arrived --------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "A promised Saudi loan of $3 billion never arrived.",
        "The Kuwaiti loan never arrived, the finance ministry said.",
        "A Chinese loan pledged in March did not materialise.",
    ],
)
def test_loan_that_never_arrived_is_negated_aid(analyse, text):
    assert _statuses(analyse, text, "loan", "AID") == ["negated"]


def test_loan_that_arrived_is_aid(analyse):
    assert _statuses(analyse, "The Kuwaiti loan arrived in March.", "loan", "AID") == ["asserted"]


@pytest.mark.parametrize("text", ["The student's loan never arrived.",
                                  "She took out a car loan last year."])
def test_private_loans_are_no_aid(analyse, text):
    assert not events_of(analyse(text), "AID")


# --- a round that fell short ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two Houthi rockets fell short of the port.", "fell short"),
        ("The army said the drone landed short of the runway.", "landed short"),
        ("A missile fired at the base fell short in the desert.", "fell short"),
    ],
)
def test_round_that_fell_short_is_a_negated_strike(analyse, text, trigger):
    assert _statuses(analyse, text, trigger, "ASSAULT") == ["negated"]


def test_round_that_fell_on_a_place_hit_it(analyse):
    assert _statuses(analyse, "A mortar round fell on the market.", "fell", "ASSAULT") == [
        "asserted"]


def test_falling_short_of_forecasts_is_no_strike(analyse):
    assert not analyse("Sales fell short of forecasts.").events


# --- arranged events called off for good -----------------------------------------------------

@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The summit between the two presidents was cancelled.", "summit", "CONSULT"),
        ("A planned visit by the Turkish foreign minister to Athens was postponed "
         "indefinitely.", "visit", "CONSULT"),
        ("The dockers called off the strike that was set to start on Friday.", "strike",
         "PROTEST"),
        ("Unions scrapped the planned walkout at the port.", "walkout", "PROTEST"),
    ],
)
def test_arranged_event_called_off_is_negated(analyse, text, trigger, type_):
    assert _statuses(analyse, text, trigger, type_) == ["negated"]


def test_event_put_off_to_a_date_is_not_denied(analyse):
    a = analyse("The talks between Kabul and Islamabad were postponed until March.")
    assert not [e for e in a.events if e.status == "negated"]


def test_talks_that_took_place_stay_factual(analyse):
    a = analyse("Talks between the two foreign ministers took place in Ankara on Monday.")
    assert {e.status for e in events_of(a, "CONSULT")} == {"asserted"}


# --- passives whose subject is the one acted on; police stepping in ----------------------------

@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The Vietnamese fishing crews were not boarded.", "boarded", "COERCE"),
        ("Police did not intervene when the crowd marched on parliament.", "intervene",
         "COERCE"),
        ("The IAEA has not been granted access to the plant since June.", "granted", "RETREAT"),
    ],
)
def test_denied_act_on_a_passive_subject(analyse, text, trigger, type_):
    assert _statuses(analyse, text, trigger, type_) == ["negated"]


def test_march_before_a_denied_intervention_happened(analyse):
    text = "Police did not intervene when the crowd marched on parliament."
    assert _statuses(analyse, text, "marched") == ["asserted"]


@pytest.mark.parametrize(
    "text",
    ["Passengers boarded the ferry at dawn.", "The lawyer was granted access to his client."],
)
def test_travel_and_courtroom_access_are_no_events(analyse, text):
    assert not [e for e in analyse(text).events if e.type in ("COERCE", "RETREAT")]


def test_police_stepping_in_coerce(analyse):
    a = analyse("Riot police intervened to clear the square.")
    assert _statuses(analyse, "Riot police intervened to clear the square.", "intervened",
                     "COERCE") == ["asserted"]
    assert not events_of(a, "ASSAULT")


# --- partitive subjects and measures that never took effect ----------------------------------

def test_none_of_the_shells_landed(analyse):
    text = "None of the shells landed on Syrian soil, the army said."
    assert _statuses(analyse, text, "landed", "ASSAULT") == ["negated"]


def test_some_of_the_rockets_landed(analyse):
    assert _statuses(analyse, "Two of the rockets landed near the airport.", "landed",
                     "ASSAULT") == ["asserted"]


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The US tariffs on Mexican steel never took effect.", "tariffs", "SANCTION"),
        ("The EU ban on Russian diesel never took effect.", "ban", None),
    ],
)
def test_measure_that_never_took_effect_is_negated(analyse, text, trigger, type_):
    assert _statuses(analyse, text, trigger, type_) == ["negated"]


# --- another state's officials sent home ------------------------------------------------------

def test_expelling_foreign_officials_is_a_sanction(analyse):
    assert _statuses(analyse, "Ottawa expelled two Indian officials on Monday.", "expelled",
                     "SANCTION") == ["asserted"]


def test_party_expelling_its_officials_is_no_sanction(analyse):
    assert not events_of(analyse("The party expelled two officials for corruption."), "SANCTION")


def test_expulsion_not_answered_in_kind_is_negated(analyse):
    text = ("Estonia expelled a Russian diplomat on Monday. Moscow did not respond with an "
            "expulsion of its own.")
    assert _statuses(analyse, text, "expulsion", "SANCTION") == ["negated"]
    assert _statuses(analyse, text, "expelled", "SANCTION") == ["asserted"]


# --- "the withdrawal of X, which has not happened": a clause of coming about on the "of" phrase

@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The accord required the withdrawal of Rwandan forces, which has not happened.",
         "withdrawal"),
        ("The withdrawal of Russian troops, which never materialised, was promised in March.",
         "withdrawal"),
        ("The deployment of Kenyan police, which has not happened, was announced in March.",
         "deployment"),
    ],
)
def test_event_whose_of_phrase_never_happened_is_negated(analyse, text, trigger):
    assert _statuses(analyse, text, trigger) == ["negated"]


def test_people_of_the_of_phrase_do_not_negate_the_event(analyse):
    text = ("The withdrawal of the Ugandan troops, who had arrived in March, was completed on "
            "Friday.")
    assert "negated" not in _statuses(analyse, text, "withdrawal")


# --- a deed "not carried out": denied, unless a doer is named (then only who did it is denied)

def test_deed_never_carried_out_is_negated(analyse):
    assert _statuses(analyse, "The raid on the camp was never carried out.", "raid") == [
        "negated"]


def test_deed_not_carried_out_by_a_named_doer_still_happened(analyse):
    text = "The strike on the port was not carried out by Israel, the army said."
    statuses = _statuses(analyse, text, "strike")
    assert statuses and "negated" not in statuses


# --- a deal on paper made, whose terms never took effect; a truce or a measure that never did --

@pytest.mark.parametrize(
    "text",
    [
        "A deal announced in June to open the port never took effect.",
        "The agreement signed in Doha has not been implemented.",
    ],
)
def test_paper_deal_not_implemented_is_not_denied(analyse, text):
    assert not [e for e in analyse(text).events
                if e.type == "AGREE" and e.trigger.text in ("deal", "agreement")
                and e.status == "negated"]


def test_signing_of_a_deal_never_implemented_happened(analyse):
    text = "A deal was signed by both sides in May but never implemented."
    assert "negated" not in _statuses(analyse, text, "signed")


# --- a sending that never got there ----------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A UN aid convoy that left Goma turned back at Sake and did not reach the camp.",
         "convoy"),
        ("The Turkish aid shipment was stopped at the border and never arrived.", "shipment"),
        ("The food convoy bound for Kadugli never reached the town.", "convoy"),
    ],
)
def test_sending_that_never_got_there_is_negated(analyse, text, trigger):
    assert _statuses(analyse, text, trigger, "AID") == ["negated"]


def test_sending_delayed_but_arrived_is_not_denied(analyse):
    text = "The Jordanian aid convoy was delayed at the crossing but reached Gaza on Friday."
    assert "negated" not in _statuses(analyse, text, "convoy", "AID")


# --- "none of" as the object of a preposition of the act --------------------------------------

@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Turkey has withdrawn from none of its bases in the province.", "withdrawn"),
        ("The gunboats fired at none of the fishing boats, the navy said.", "fired"),
        ("Kyiv has pulled back from none of the positions it took in August.", "pulled back"),
    ],
)
def test_act_aimed_at_none_is_negated(analyse, text, trigger):
    assert _statuses(analyse, text, trigger) == ["negated"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Troops fired on the crowd with no warning.", "fired"),
        ("Police fired tear gas at the marchers in no time at all.", "fired"),
    ],
)
def test_no_in_a_manner_phrase_does_not_deny(analyse, text, trigger):
    statuses = _statuses(analyse, text, trigger)
    assert statuses and "negated" not in statuses


# --- lorries of a relief convoy, and a partitive subject over them ----------------------------

@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Jordanian relief lorries queued at the crossing all week. None of the 80 vehicles "
         "reached Gaza, the Red Crescent said.", "negated"),
        ("The WFP sent 40 lorries of food from Port Sudan. The first trucks reached El Fasher "
         "on Monday.", "asserted"),
        ("UNICEF said 12 trucks of humanitarian supplies arrived in Kadugli on Friday.",
         "reported"),
    ],
)
def test_relief_lorries_getting_through_are_aid(analyse, text, status):
    statuses = [e.status for e in events_of(analyse(text), "AID")
                if e.trigger.text in ("reached", "arrived")]
    assert statuses == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Lorries loaded with tomatoes reached the border on Monday.",
        "The aid agency said its staff were safe. Army trucks reached the town at noon with "
        "ammunition.",
    ],
)
def test_lorries_of_trade_or_of_an_army_are_no_aid(analyse, text):
    assert not [e for e in events_of(analyse(text), "AID") if e.trigger.text == "reached"]
