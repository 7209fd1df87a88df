"""Planned and hypothetical acts found as events of their own (session 12), so that the factual
act of the same type told beside them is not taken for them:

- a measure taken up again or further by a pronoun ("would resume them", "may extend it"):
  the measure told before, not an undoing of it (events.proacts);
- an "it" / "them" object standing for a thing a verb took before ("a second frigate will
  join it": the group moved): its lemmas condition the verb's senses (events.lexicon);
- a leader or an envoy travelling to another state or its capital: a visit (CONSULT);
- charges filed, brought or pressed: an accusation (ACCUSE);
- joining an arrangement or a mechanism of states: cooperation; engineers sent to a disaster:
  aid.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import kinds_at
from warpath.document import Analysis

# --- a measure taken up again, named by a pronoun


@pytest.mark.parametrize(("text", "word", "type_", "status"), [
    ("The junta declared a night curfew in Niamey in March. It said it may renew it if "
     "unrest returns.", "renew", "COERCE", "hypothetical"),
    ("Vietnam declared a fishing ban around the atoll last year. Hanoi could extend it to the "
     "southern reefs, officials said.", "extend", "COERCE", "hypothetical"),
    ("The Greek navy set up a blockade of the strait in June. Athens says it will widen it "
     "next month.", "widen", "COERCE", "planned"),
])
def test_measure_taken_up_again_by_pronoun(analyse: Callable[[str], Analysis], text: str,
                                           word: str, type_: str, status: str) -> None:
    assert (type_, status) in kinds_at(analyse(text), word)


@pytest.mark.parametrize(("text", "word"), [
    # a thing of no act named before: nothing to take up again
    ("The ministry published its yearly report on Monday. It will extend it next spring.",
     "extend"),
    # a measure lifted: taking "them" up again is not a lifting again
    ("The cabinet lifted sanctions on the shipping firm in May. It said it would reimpose "
     "them if the fines went unpaid.", "reimpose"),
])
def test_no_measure_for_pronoun(analyse: Callable[[str], Analysis], text: str,
                                word: str) -> None:
    found = kinds_at(analyse(text), word)
    assert not [t for t in found if t[0] in ("RETREAT", "CONCEDE")]
    if "report" in text:
        assert found == []


# --- an object pronoun standing for a thing taken before


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The Japanese navy moved a destroyer group into the East China Sea on Friday. A second "
     "destroyer will join it next week, Tokyo said.", "join", "MOBILIZE"),
    ("Rebels captured the river port of Kindu on Monday. They closed it to all boats the "
     "next day, residents said.", "closed", "COERCE"),
    ("Moscow announced a ban on Moldovan wine in April. It may extend it to fruit in the "
     "autumn.", "extend", "COERCE"),
])
def test_object_pronoun_takes_the_thing_told(analyse: Callable[[str], Analysis], text: str,
                                             word: str, type_: str) -> None:
    assert type_ in {t for t, _ in kinds_at(analyse(text), word)}


@pytest.mark.parametrize(("text", "word"), [
    ("The football club signed a young striker in May. It will loan him out next season.",
     "loan"),
    ("The agency released a long report on the harbour. Experts praised it warmly.",
     "praised"),
])
def test_object_pronoun_without_an_act(analyse: Callable[[str], Analysis], text: str,
                                       word: str) -> None:
    assert not {t for t, _ in kinds_at(analyse(text), word)} & {
        "MOBILIZE", "COERCE", "ASSAULT"}


# --- travelling to another state or its capital


@pytest.mark.parametrize(("text", "word", "status"), [
    ("The Turkish foreign minister will travel to Athens next week for talks on the Aegean.",
     "travel", "planned"),
    ("The Indian prime minister travelled to Japan on Sunday.", "travelled", "asserted"),
    ("Kenya's president met the Somali envoy in Nairobi. He is due to travel to Mogadishu "
     "in May.", "travel", "planned"),
])
def test_travel_to_a_capital_is_a_visit(analyse: Callable[[str], Analysis], text: str,
                                        word: str, status: str) -> None:
    assert ("CONSULT", status) in kinds_at(analyse(text), word)


@pytest.mark.parametrize(("text", "word"), [
    ("The national football team will travel to Madrid for the final.", "travel"),
    ("Millions of families travel to Beijing for the new year holiday.", "travel"),
])
def test_travel_of_no_party_is_no_visit(analyse: Callable[[str], Analysis], text: str,
                                        word: str) -> None:
    assert kinds_at(analyse(text), word) == []


# --- charges filed or pressed


@pytest.mark.parametrize(("text", "status"), [
    ("Polish prosecutors filed charges against two Russian agents on Monday.", "asserted"),
    ("Kyiv plans to bring charges against the commander of the Russian unit.", "planned"),
    ("Georgia may press charges against the opposition leader, officials hinted.",
     "hypothetical"),
])
def test_charges_filed_are_an_accusation(analyse: Callable[[str], Analysis], text: str,
                                         status: str) -> None:
    assert ("ACCUSE", status) in kinds_at(analyse(text), "charges")


@pytest.mark.parametrize("text", [
    "Army sappers laid charges under the old bridge before dawn.",
    "The bank will file charges for late payments against its customers next month.",
])
def test_charges_of_no_court(analyse: Callable[[str], Analysis], text: str) -> None:
    assert not [t for t in kinds_at(analyse(text), "charges") if t[0] == "ACCUSE"]


# --- joining an arrangement of states; engineers sent to a disaster


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("Chad may join the regional intelligence-sharing arrangement, its minister said.",
     "join", "COOPERATE"),
    ("Ghana joined the coastal states' border mechanism last year.", "joined", "COOPERATE"),
    ("Jordan sent engineering teams to Syria after the earthquake.", "sent", "AID"),
])
def test_arrangement_joined_and_engineers_sent(analyse: Callable[[str], Analysis], text: str,
                                               word: str, type_: str) -> None:
    assert type_ in {t for t, _ in kinds_at(analyse(text), word)}


@pytest.mark.parametrize(("text", "word"), [
    ("The army sent combat engineers to the front.", "sent"),
    ("The singer joined the tour arrangement of her label.", "joined"),
])
def test_no_cooperation_or_aid(analyse: Callable[[str], Analysis], text: str,
                               word: str) -> None:
    assert not {t for t, _ in kinds_at(analyse(text), word)} & {"COOPERATE", "AID"}


# --- direct rule imposed on a region; a measure being drawn up


@pytest.mark.parametrize("text", [
    "London may reimpose direct rule on the province, officials said.",
    "The junta declared military rule across the country on Sunday.",
    "Madrid could impose direct rule on the region if the vote goes ahead.",
])
def test_direct_rule_imposed(analyse: Callable[[str], Analysis], text: str) -> None:
    assert "COERCE" in {t for t, _ in kinds_at(analyse(text), "rule")}


@pytest.mark.parametrize("text", [
    "The regulator imposed new rules on the banks.",
    "The court said the rule of law must be restored.",
])
def test_rules_of_no_government(analyse: Callable[[str], Analysis], text: str) -> None:
    assert not [t for t in kinds_at(analyse(text), "rule") + kinds_at(
        analyse(text), "rules") if t[0] == "COERCE"]


@pytest.mark.parametrize(("text", "word"), [
    ("A broader ban on Belarusian lorries is being drawn up in Vilnius.", "ban"),
    ("A ceasefire for the northern front is being worked out by mediators.", "ceasefire"),
    ("Brussels suspended visas for Georgian officials in May. A wider suspension is being "
     "drafted, diplomats said.", "suspension"),
])
def test_measure_drawn_up_is_not_asserted(analyse: Callable[[str], Analysis], text: str,
                                          word: str) -> None:
    found = kinds_at(analyse(text), word)
    assert found and all(s not in ("asserted", "reported") for _, s in found)


@pytest.mark.parametrize(("text", "word"), [
    ("A ban on Belarusian lorries was drawn up and enforced in May.", "ban"),
    ("The army shelled the town after the truce lines were drawn up.", "shelled"),
])
def test_measure_drawn_up_in_the_past(analyse: Callable[[str], Analysis], text: str,
                                      word: str) -> None:
    assert any(s in ("asserted", "reported") for _, s in kinds_at(analyse(text), word))
