"""Session 8, round 2: status classes (sentences written for these tests).

Classes: a source closing the sentence after a trailing participle; an act of speech told
with a source is no government telling of its own deed; a preposition before a place is no
particle ("a drill off Jeju" is not "hold off"); a party owning up to its own side's deed; a
speech tag the parser cut off into a sentence of its own; armed men crossing a fence or a
barrier; a coup only as an act tried, planned or stopped.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import events_of, factual_types
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]


def _status(analyse: Analyse, text: str, trigger: str) -> str | None:
    return next((e.status for e in analyse(text).events if trigger in e.trigger.text), None)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Russian jets bombed a hospital in Idlib on Monday, killing seven people, according to "
     "the White Helmets.", "bombed"),
    ("Ethiopian drones struck a fuel depot near Bahir Dar, wounding three guards, according to "
     "local officials.", "struck"),
    ("Soldiers shelled the camp at dawn, destroying dozens of tents, according to aid workers.",
     "shelled"),
])
def test_source_after_trailing_participle_reports(analyse: Analyse, text: str,
                                                  trigger: str) -> None:
    assert _status(analyse, text, trigger) == "reported"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Russian jets bombed a hospital in Idlib on Monday, killing seven people.", "bombed"),
    ("Soldiers shelled the camp at dawn, destroying dozens of tents in the fire.", "shelled"),
])
def test_trailing_participle_without_source_stays_asserted(analyse: Analyse, text: str,
                                                           trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kenya's interior minister on Monday accused Somalia of harbouring the gunmen, "
     "according to a statement.", "accused"),
    ("Ghana's foreign minister condemned the raid on the embassy, according to state radio.",
     "condemned"),
    ("Peru's defence minister accused Ecuador of moving troops to the border, according to "
     "a government communique.", "accused"),
])
def test_speech_act_with_source_is_reported(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "reported"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Israeli government said it expelled the Irish ambassador on Monday.", "expelled"),
    ("The Turkish government said it closed the border crossing at Kapikule.", "closed"),
])
def test_government_telling_its_own_deed_stays_asserted(analyse: Analyse, text: str,
                                                        trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The navies said their ships would hold a joint drill off Jeju on Saturday.", "drill"),
    ("Both coast guards will hold an exercise off Okinawa in May.", "exercise"),
    ("The allies plan to hold naval manoeuvres off Crete next month.", "manoeuvres"),
])
def test_preposition_before_place_is_no_particle(analyse: Analyse, text: str,
                                                 trigger: str) -> None:
    assert _status(analyse, text, trigger) not in ("negated", None)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The army called the offensive off on Monday.", "offensive"),
    ("The army called off the offensive near Bakhmut.", "offensive"),
])
def test_called_off_still_negates(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "negated"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Nigerian air force acknowledged that its jets had bombed a wedding party in Sokoto.",
     "bombed"),
    ("The Colombian army admitted on Monday that soldiers had shot dead a farmer in Cauca.",
     "shot"),
    ("Hamas conceded that its fighters had fired the rocket that fell on the clinic.", "fired"),
])
def test_admitted_own_deed_is_asserted(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Sudanese army admitted that RSF fighters had shelled the market in Omdurman.",
     "shelled"),
    ("The army said its troops had shot dead two rebels near Goma.", "shot"),
])
def test_no_admission_of_own_deed_stays_reported(analyse: Analyse, text: str,
                                                 trigger: str) -> None:
    assert _status(analyse, text, trigger) == "reported"


def test_did_not_admit_is_not_asserted(analyse: Analyse) -> None:
    text = "The Israeli army did not admit that its tanks had shelled the school."
    assert _status(analyse, text, "shelled") != "asserted"


@pytest.mark.parametrize("text", [
    "On Friday Cambodian rocket launchers shelled Thai villages near the Ta Krabey temple, "
    "the Cambodian army said.",
    "On Thursday Thai F-16s bombed Cambodian positions near the Ta Moan Thom temple, the Thai "
    "army said.",
    "Malian drones struck a fuel lorry near the Tin Zaouatene market, the army said.",
])
def test_closing_tag_reports_the_event(analyse: Analyse, text: str) -> None:
    assert {e.status for e in events_of(analyse(text), "ASSAULT")} == {"reported"}


@pytest.mark.parametrize("text", [
    "The Israeli army said it had stopped a cell that tried to cross the fence near Metula.",
    "Rebels tried to cross the perimeter of the airbase at night.",
    "A cell of militants attempted to cross the security barrier south of Jenin.",
])
def test_armed_men_trying_to_cross_a_fence(analyse: Analyse, text: str) -> None:
    statuses = {e.status for e in events_of(analyse(text), "ASSAULT")}
    assert "hypothetical" in statuses and "asserted" not in statuses


def test_armed_men_crossing_a_fence_is_an_assault(analyse: Analyse) -> None:
    text = "Two militants crossed the security fence near Kissufim before dawn."
    assert "ASSAULT" in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "Hundreds of migrants crossed the fence into Melilla on Friday.",
    "The farmers crossed the fence to reach their fields.",
])
def test_others_crossing_a_fence_is_no_assault(analyse: Analyse, text: str) -> None:
    assert "ASSAULT" not in factual_types(analyse, text)


@pytest.mark.parametrize("text", [
    "The presidency described the night's events as an attempted coup.",
    "Soldiers staged an attempted coup in Kinshasa on Sunday.",
    "State television said a foiled putsch had been planned by junior officers.",
])
def test_coup_tried_or_foiled_is_not_factual(analyse: Analyse, text: str) -> None:
    coups = [e for e in events_of(analyse(text), "COERCE") if "coup" in e.trigger.text
             or "putsch" in e.trigger.text]
    assert coups and all(e.status not in ("asserted", "reported") for e in coups)


@pytest.mark.parametrize("text", [
    "Niamey has kept the border shut since the 2023 coup.",
    "Investors feared a boardroom coup at the bank.",
])
def test_coup_named_as_background_is_no_event(analyse: Analyse, text: str) -> None:
    assert not [e for e in analyse(text).events if "coup" in e.trigger.text]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Riyadh has agreed to roll over the deposit for another year.", "roll over"),
    ("China will roll over a $2 billion loan to Pakistan next month.", "roll over"),
    ("Abu Dhabi said it would roll over the swap line with Cairo.", "roll over"),
])
def test_object_hung_under_a_particle_is_the_verbs(analyse: Analyse, text: str,
                                                   trigger: str) -> None:
    assert _status(analyse, text, trigger) == "planned"


@pytest.mark.parametrize("text", [
    "The company rolled over its debt to the bank.",
    "The dog rolled over the carpet.",
])
def test_particle_object_of_others_is_no_aid(analyse: Analyse, text: str) -> None:
    assert "AID" not in {e.type for e in analyse(text).events}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Its clause on the withdrawal of heavy weapons from Malakal was never put into effect, "
     "monitors said.", "withdrawal"),
    ("The provision on the release of prisoners has not been implemented.", "release"),
    ("The article on the pullback of troops from the buffer zone was never honoured.",
     "pullback"),
])
def test_term_of_a_deal_not_carried_out_is_negated(analyse: Analyse, text: str,
                                                   trigger: str) -> None:
    assert _status(analyse, text, trigger) == "negated"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The report on the withdrawal of troops from Malakal was published on Monday.",
     "withdrawal"),
    ("The withdrawal of troops from Malakal, the report said, was completed on Monday.",
     "withdrawal"),
])
def test_other_nouns_about_an_event_do_not_negate_it(analyse: Analyse, text: str,
                                                     trigger: str) -> None:
    assert _status(analyse, text, trigger) not in ("negated",)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Qatar has invited both delegations to resume talks on Monday.", "talks"),
    ("The palace said the king had invited the Nigerien president to visit Rabat next month.",
     "visit"),
    ("Malaysia invited both foreign ministers to Kuala Lumpur to negotiate a border mechanism "
     "on 10 August.", "negotiate"),
])
def test_invitation_to_a_meeting_is_planned(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "planned"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The army invited the rebels to lay down their arms.", "lay down"),
    ("The governor invited the gunmen to surrender their weapons.", "surrender"),
])
def test_invitation_to_another_act_stays_hypothetical(analyse: Analyse, text: str,
                                                      trigger: str) -> None:
    assert _status(analyse, text, trigger) == "hypothetical"


@pytest.mark.parametrize(("text", "status"), [
    ("Analysts say Bamako may be tempted to hold them as bargaining chips in its row with "
     "Algiers.", "hypothetical"),
    ("The militia is holding the two engineers as leverage for a prisoner swap.", "asserted"),
    ("Tehran held the sailors as pawns in its dispute with London.", "asserted"),
])
def test_people_held_as_bargaining_chips(analyse: Analyse, text: str, status: str) -> None:
    assert status in {e.status for e in events_of(analyse(text), "COERCE")}


@pytest.mark.parametrize("text", [
    "The club held the trophy as a keepsake.",
    "The bank holds the deposit as collateral for the loan.",
])
def test_things_held_are_no_detention(analyse: Analyse, text: str) -> None:
    assert "COERCE" not in {e.type for e in analyse(text).events}


@pytest.mark.parametrize(("text", "status"), [
    ("Moscow has not reciprocated the Estonian expulsions, the ministry noted.", "negated"),
    ("Beijing reciprocated the American tariffs within a week.", "asserted"),
    ("Ottawa reciprocated the visa ban on Indian officials.", "asserted"),
])
def test_a_measure_answered_in_kind(analyse: Analyse, text: str, status: str) -> None:
    assert status in {e.status for e in events_of(analyse(text), "SANCTION")}


@pytest.mark.parametrize("text", [
    "She reciprocated his affection with a smile.",
    "The club reciprocated the gesture of goodwill.",
])
def test_a_gesture_returned_is_no_sanction(analyse: Analyse, text: str) -> None:
    assert not analyse(text).events


def test_admitting_the_other_sides_deed_stays_reported(analyse: Analyse) -> None:
    text = "The Ukrainian army admitted that Russian troops had captured the village of Pokrovske."
    assert _status(analyse, text, "captured") == "reported"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The regional governor has ordered a night curfew in Garoua starting tonight.", "curfew"),
    ("The Kharkiv administration ordered the evacuation of six frontline villages.",
     "evacuation"),
    ("The defence ministry ordered reinforcements to the besieged town on Sunday.",
     "reinforcements"),
])
def test_an_order_given_puts_the_measure_in_force(analyse: Analyse, text: str,
                                                  trigger: str) -> None:
    assert _status(analyse, text, trigger) in ("asserted", "reported")


@pytest.mark.parametrize(("text", "trigger"), [
    ("The general ordered an attack on the town for next week.", "attack"),
    ("The president ordered an offensive on the rebel bases, set to begin after the rains.",
     "offensive"),
    ("The court ordered the release of the detained journalists.", "release"),
])
def test_an_order_for_later_or_from_a_court_stays_planned(analyse: Analyse, text: str,
                                                         trigger: str) -> None:
    assert _status(analyse, text, trigger) == "planned"
