"""Hedged acts named without their own word (session 11), so that only the factual act of the
same family beside them was seen:

- a stand-in for an act told before ("would do the same", "has not followed suit", "will
  respond in kind", "would do so again", "such a move"): the act's type, the stand-in's own
  status, parties from its subject and the act (events.proacts);
- a measure the parties settled with no doer named ("agreed that the prisoners would be
  released"): the settling parties' own act;
- a capitalised title of talks ("The Dialogue will not resume", "the Summit was put off"):
  an act like its lowercase word, not a part of a name.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import events_of, kinds_at
from warpath.document import Analysis

# --- a copy of an act told before, hedged


@pytest.mark.parametrize(("text", "word", "type_", "status"), [
    ("Uganda's police dispersed a rally in Kampala with batons on Friday. The minister said "
     "they would do the same if the opposition marched again.", "do", "COERCE", "hypothetical"),
    ("Norway froze the accounts of two Sudanese generals in May. Sweden has not followed suit, "
     "officials in Stockholm say.", "followed", "SANCTION", "negated"),
    ("The Indian coast guard seized a Sri Lankan trawler off Rameswaram on Monday. Delhi says "
     "it will do so again whenever boats cross the line.", "do", "COERCE", "planned"),
    ("Warsaw expelled three Belarusian diplomats on Tuesday. Minsk said it would respond in "
     "kind within days.", "respond", "SANCTION", "planned"),
    ("Hungary recalled its ambassador from Kyiv last week. Slovakia is expected to do the "
     "same after the vote.", "do", "SANCTION", "planned"),
])
def test_stand_in_takes_the_type_of_the_act_before(analyse: Callable[[str], Analysis],
                                                    text: str, word: str, type_: str,
                                                    status: str) -> None:
    assert (type_, status) in kinds_at(analyse(text), word)


def test_answer_in_kind_goes_back_to_the_first_doer(
        analyse: Callable[[str], Analysis]) -> None:
    analysis = analyse("Moscow expelled two Latvian diplomats on Monday. Riga has not "
                       "reciprocated so far.")
    back = [e for e in events_of(analysis, "SANCTION") if e.trigger.text == "reciprocated"]
    assert back and back[0].status == "negated"
    assert back[0].source is not None and back[0].source.country == "LVA"
    assert back[0].target is not None and back[0].target.country == "RUS"


def test_copy_by_another_party_told_as_done(analyse: Callable[[str], Analysis]) -> None:
    """ "Iraq followed suit": a new act of the same kind by another party, on the same target."""
    analysis = analyse("Jordan closed its border with Syria in May. Iraq followed suit a "
                       "week later.")
    copied = [e for e in analysis.events if e.trigger.text == "followed"]
    assert copied and copied[0].type == "COERCE" and copied[0].status == "asserted"
    assert copied[0].source is not None and copied[0].source.country == "IRQ"


@pytest.mark.parametrize("text", [
    # the act told again by its own doer: no second event
    "The army shelled the town on Monday. It did so after talks with the elders collapsed.",
    "Rebels ambushed a convoy near Beni on Sunday. They did it at dawn, witnesses said.",
    # no act before to stand for
    "The striker scored twice on Saturday. His teammate did the same a week later.",
    "The central bank raised rates in March. The Fed followed suit in April.",
    "The company cut prices last month and its rivals responded in kind.",
    "She sang at the festival last year and will do the same this summer.",
    "The minister resigned on Monday. Such a step is rare in Japan.",
])
def test_stand_in_without_a_new_act(analyse: Callable[[str], Analysis], text: str) -> None:
    analysis = analyse(text)
    assert not [e for e in analysis.events if e.trigger.text.lower() in (
        "did", "do", "followed", "responded", "step")]


# --- a measure settled by parties, with no doer named


@pytest.mark.parametrize(("text", "type_", "countries"), [
    ("Kinshasa and the rebels agreed that the captured soldiers would be released by "
     "Friday.", "RETREAT", {"COD"}),
    ("Thailand and Cambodia agreed on Monday that the border would be reopened next week.",
     "RETREAT", {"THA", "KHM"}),
    ("Belgrade and Budapest agreed that the sanctions on the pipeline would be lifted in stages.",
     "RETREAT", {"SRB", "HUN"}),
])
def test_agreed_measure_is_the_settling_parties(analyse: Callable[[str], Analysis], text: str,
                                                type_: str, countries: set[str]) -> None:
    found = [e for e in events_of(analyse(text), type_) if e.status == "planned"]
    assert found
    assert countries <= {e.source.country for e in found if e.source is not None}


@pytest.mark.parametrize("text", [
    "The committee agreed that the budget would be cut.",
    "Both sides agreed that the attack had been launched from the north.",
])
def test_agreement_about_no_settled_measure(analyse: Callable[[str], Analysis],
                                            text: str) -> None:
    analysis = analyse(text)
    assert not [e for e in analysis.events if e.type == "RETREAT"]
    assert not [e for e in events_of(analysis, "ASSAULT") if e.source is not None
                and e.source.text is not None and "sides" in e.source.text]


# --- a capitalised title of talks


@pytest.mark.parametrize(("text", "word", "status"), [
    ("Bolivia and Chile exchanged protests over the river on Monday. The Dialogue, frozen "
     "since June, will not resume this year, a diplomat said.", "dialogue", "negated"),
    ("The Summit, planned for Accra in May, has been called off after Niamey refused to "
     "attend.", "summit", "negated"),
    ("Indian shells hit a village near Kotli on Sunday. The Bilateral Meeting of Delhi and "
     "Islamabad is pencilled in for March.", "meeting", "planned"),
])
def test_titled_talks_are_an_act(analyse: Callable[[str], Analysis], text: str, word: str,
                                 status: str) -> None:
    assert ("CONSULT", status) in kinds_at(analyse(text), word)


@pytest.mark.parametrize("text", [
    "Operation Desert Storm began in January 1991.",
    "The Peace Council Summit Hotel in Nairobi was full on Friday.",
    "Delegates praised the Paris Agreement on climate.",
    "The Iraq War ended in 2011.",
])
def test_titles_that_name_no_act(analyse: Callable[[str], Analysis], text: str) -> None:
    analysis = analyse(text)
    assert not [e for e in analysis.events if e.type in ("CONSULT", "AGREE", "ASSAULT")
                and e.trigger.text[:1].isupper()]


# --- "another" set down for a date, and a statement said to be the same


@pytest.mark.parametrize(("text", "word", "type_", "status"), [
    ("Students marched on the parliament in Tbilisi on Sunday; another is planned for "
     "Thursday.", "another", "PROTEST", "planned"),
    ("France condemned the drone strike on the Kherson market, and Italy said it would issue "
     "a similar statement.", "statement", "ACCUSE", "planned"),
])
def test_one_more_of_the_act_named_by_a_pronoun_or_said_noun(
        analyse: Callable[[str], Analysis], text: str, word: str, type_: str,
        status: str) -> None:
    assert (type_, status) in kinds_at(analyse(text), word)


@pytest.mark.parametrize("text", [
    "One soldier was killed on Monday and another is expected to recover.",
    "Two hostages were freed on Friday; another is set to be released next week.",
    "The army denied the report in a statement on Monday.",
])
def test_another_or_statement_naming_no_act(analyse: Callable[[str], Analysis],
                                            text: str) -> None:
    analysis = analyse(text)
    assert not [e for e in analysis.events if e.trigger.text.lower() in ("another", "statement")]


@pytest.mark.parametrize("text", [
    "Rebels shelled the airport on Monday. Asked to comment, the army spokesman declined to "
    "do so.",
    "Troops fired on protesters in Bamako on Friday. Reporters asked the minister to explain, "
    "but he refused to do so.",
])
def test_stand_in_for_an_act_asked_that_is_no_event(analyse: Callable[[str], Analysis],
                                                    text: str) -> None:
    """The stand-in names the comment asked for, not the shelling told before, nor the
    refusal it hangs on."""
    analysis = analyse(text)
    assert not [e for e in analysis.events if e.trigger.text == "do"]


def test_reciprocating_a_named_act_keeps_that_act(analyse: Callable[[str], Analysis]) -> None:
    """ "has not reciprocated the expulsions": the object names the act returned, so the act
    told before (a closure) does not type it."""
    analysis = analyse("Estonia shut two border posts with Russia last year. Moscow has not "
                       "reciprocated Tallinn's expulsions of its diplomats.")
    back = [e for e in analysis.events if e.trigger.text == "reciprocated"]
    assert back and back[0].type == "SANCTION" and back[0].status == "negated"
