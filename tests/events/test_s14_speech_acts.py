"""Session 14: speech acts and diplomatic acts told without their usual verb (sentences written
for these tests).

Classes: a charge denied by a negative claim of the accused side (its craft "was not Russian",
no fighters "crossed from their side", a first-person "our patrol never entered" after a charge
told before); a claim's maker called a liar; a proposal answered "no"; a summons or a note
called "theatre" or "a circus"; an act called deliberate or planned by a public party (a
charge); a protest note named in a relative clause under a rejection; an act done "coordinated
with" another state's side; a visitor "expected in" a place; a joint body sitting somewhere.
Each has sentences that must not fire: an observer's negative, an everyday "lie", "no" as a
determiner, a film called theatre, a foul called deliberate, rain expected, a committee sitting
in silence.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import kinds_at, types_of
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]

FIRES = [
    # the accused side's own negative claim
    ("REJECT", "Beijing said the balloon was not Chinese."),
    ("REJECT", "The Russian embassy said the aircraft was not Russian."),
    ("REJECT", "A Chinese foreign ministry spokesman said the vessel was not a Chinese coast "
               "guard ship."),
    ("REJECT", "Officials in Asmara said on Friday that no armed group had crossed from their "
               "side."),
    ("REJECT", "Ankara accused Greek jets of violating its airspace. Minister: \"Our aircraft "
               "did not violate Turkish airspace at any time.\""),
    ("REJECT", "Yerevan says Azerbaijani soldiers opened fire first. Commander: \"We did not "
               "fire first, and we did not enter their territory.\""),
    ("REJECT", "Manila says Chinese sailors rammed a supply boat. Claim: \"Our patrol never "
               "entered Philippine waters; it was guarding our fishermen.\""),
    # the maker of a claim called a liar
    ("REJECT", "Kyiv accused Russian troops of shelling the plant. Moscow said Kyiv was lying."),
    ("REJECT", "Pakistan accused India of the strike. Islamabad is lying, an Indian official "
               "said."),
    ("REJECT", "Baku dismissed the accusation. \"They are lying,\" the spokesman said."),
    # a proposal answered no
    ("REJECT", "Washington suggested new talks. Tehran said no."),
    ("REJECT", "Qatar invited both sides to Doha. Hamas said no to the invitation."),
    ("REJECT", "Mediators put forward a ceasefire plan. The rebels said no within hours."),
    # a diplomatic act called a show
    ("REJECT", "Finland summoned the Russian ambassador. Moscow called the summons \"theatre\"."),
    ("REJECT", "The Kremlin called the sanctions a \"circus\"."),
    ("REJECT", "Pyongyang called the UN resolution \"a charade\"."),
    ("REJECT", "Belgrade said the claims were a \"circus\"."),
    # an act called deliberate: a charge
    ("ACCUSE", "The Finnish border guard called it \"a deliberate operation by a state "
               "authority\"."),
    ("ACCUSE", "Warsaw called the flights \"a planned operation by the Belarusian regime\"."),
    ("ACCUSE", "Norway called it \"an organised operation by a foreign state\"."),
    # a protest note named under its rejection
    ("ACCUSE", "The same statement rejected a protest note that Honduras had delivered the day "
               "before."),
    ("ACCUSE", "Peru dismissed the protest note Colombia had handed over."),
    # an act done with another state's side
    ("COOPERATE", "Iraqi forces arrested nine suspects in an operation \"coordinated with the "
                  "Syrian side\"."),
    ("COOPERATE", "Kenyan police detained six men in a raid coordinated with Somali officials."),
    ("COOPERATE", "Malaysian marines rescued the crew in an operation coordinated with the "
                  "Indonesian navy."),
    # a visit or a sitting told without a meeting verb
    ("CONSULT", "A UN envoy is expected in Juba next week."),
    ("CONSULT", "The Turkish president is expected in Baghdad in April."),
    ("CONSULT", "The joint committee will sit in Goma on Friday."),
    ("CONSULT", "The joint border commission is supposed to sit in Kigali next month."),
]


@pytest.mark.parametrize(("type_", "text"), FIRES)
def test_speech_act_is_read(analyse: Analyse, type_: str, text: str) -> None:
    assert type_ in types_of(analyse(text))


NOT = [
    ("REJECT", "A UN report said no aid had reached the town."),
    ("REJECT", "Witnesses said the drone was not Russian."),
    ("REJECT", "Analysts said the drone was not Russian."),
    ("REJECT", "The minister said no decision had been taken."),
    ("REJECT", "She said no to a second helping."),
    ("REJECT", "The coach said no to the transfer."),
    ("REJECT", "He said no comment."),
    ("REJECT", "The children are lying on the floor."),
    ("REJECT", "The rebels are lying low in the hills."),
    ("REJECT", "The town lies on the river."),
    ("REJECT", "Critics called the film \"pure theatre\"."),
    ("REJECT", "The fans called the match \"a circus\"."),
    ("REJECT", "Our troops did not cross the river this year, thanks to the quiet season."),
    ("ACCUSE", "She called it a day."),
    ("ACCUSE", "The coach called it \"a deliberate foul\"."),
    ("ACCUSE", "The company called the merger \"a deliberate strategy\"."),
    ("ACCUSE", "The teacher handed a note to the parents."),
    ("COOPERATE", "The team coordinated with the stadium staff."),
    ("CONSULT", "Rain is expected in January."),
    ("CONSULT", "A storm is expected in Manila on Friday."),
    ("CONSULT", "The verdict is expected in Geneva next month."),
    ("CONSULT", "The committee sat in silence."),
    ("CONSULT", "The parliamentary committee will sit in Westminster on Tuesday."),
    ("CONSULT", "The court will sit in The Hague next month."),
]


@pytest.mark.parametrize(("type_", "text"), NOT)
def test_everyday_sense_is_not_read(analyse: Analyse, type_: str, text: str) -> None:
    assert type_ not in types_of(analyse(text))


def test_expected_visit_is_planned(analyse: Analyse) -> None:
    assert ("CONSULT", "planned") in kinds_at(
        analyse("An envoy of the regional bloc is expected in Kassala in March."), "expected")


def test_first_person_denial_is_no_negated_act(analyse: Analyse) -> None:
    """The denial is said: its status is not the negation of the act it denies."""
    a = analyse("Ankara accused Greek jets of violating its airspace. Minister: \"Our aircraft "
                "did not violate Turkish airspace at any time.\"")
    assert any(e.type == "REJECT" and e.status in ("asserted", "reported") for e in a.events)


def test_liar_is_the_target(analyse: Analyse) -> None:
    a = analyse("Serbia said Kosovo police had beaten Serbs. Pristina said Belgrade was lying.")
    assert any(e.type == "REJECT" and e.target is not None and e.target.country == "SRB"
               for e in a.events)
