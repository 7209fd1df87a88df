"""Hedged acts that were not extracted as events of their own (session 10), so that only the
factual act of the same type beside them was seen:

- one more act of a series told before, named by a noun that says only "one more of these"
  ("a second shipment is due", "further measures are planned", "those curbs are no longer in
  force"): typed by the act it continues (events.serial);
- a state said of an act named as the subject of "be" or "remain": in preparation ("in the
  pipeline"), an open choice ("on the table"), no longer in force;
- "no sign of" an act named with a definite article and a clause of its own;
- an act put off to a later date ("the handover was postponed"): still to come;
- an official's trip to a named state or city: a visit;
- fire that came down across a border ("shells strayed into Thailand");
- a shipment or delivery of shells or launchers: arms sent.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import events_of
from warpath.document import Analysis


def _statuses(analysis: Analysis, type_: str, trigger: str) -> set[str]:
    return {e.status for e in events_of(analysis, type_) if trigger in e.trigger.text.lower()}


def _factual(analysis: Analysis) -> list[str]:
    return [e.type for e in analysis.events if e.status in ("asserted", "reported")]


# --- one more act of a series, told as foreseen or denied


@pytest.mark.parametrize(("text", "type_", "trigger", "status"), [
    ("Norway flew tents and blankets to Herat on Tuesday. A second consignment is scheduled to "
     "leave Oslo next week.", "AID", "consignment", "planned"),
    ("Washington blacklisted six Venezuelan judges in May. Further listings are expected "
     "before the election, a Treasury official said.", "SANCTION", "listings", "planned"),
    ("Canberra froze the accounts of two Myanmar generals on Friday. Additional measures "
     "against the junta could follow if the trials go ahead.", "SANCTION", "measures",
     "hypothetical"),
    ("The Red Crescent handed out flour in Tawila on Monday. A larger convoy is due to set off "
     "from El Fasher on Thursday.", "AID", "convoy", "planned"),
    ("Ottawa shipped howitzers to Kyiv in March. More deliveries could follow next year, the "
     "minister said.", "AID", "deliveries", "hypothetical"),
])
def test_next_act_of_a_series_takes_its_type(analyse: Callable[[str], Analysis], text: str,
                                             type_: str, trigger: str, status: str) -> None:
    assert _statuses(analyse(text), type_, trigger) == {status}


@pytest.mark.parametrize("text", [
    # told as done: the act before named again, or another series
    "Norway flew tents to Herat on Tuesday. A second consignment arrived in Kabul on Friday.",
    # its contents are of another kind
    "Japan delivered rice to the camps last month. A second batch of students will arrive in "
    "Osaka next week.",
    # told what it is for: no measure against anyone
    "The EU froze the assets of nine officials in April. New measures to support dairy farmers "
    "will be adopted next month.",
    # the act before is of no type the noun continues
    "Police arrested 30 protesters in Lagos on Monday. A new package of tax cuts is expected "
    "next week.",
])
def test_series_noun_without_a_foreseen_act_of_its_kind(
        analyse: Callable[[str], Analysis], text: str) -> None:
    analysis = analyse(text)
    words = ("consignment", "batch", "measures", "package")
    assert not [e for e in analysis.events if e.trigger.text.lower() in words]


def test_demonstrative_measure_takes_the_type_of_the_measure_before(
        analyse: Callable[[str], Analysis]) -> None:
    text = "Ankara slapped duties on Chinese steel in 2019. Those curbs are no longer in effect."
    assert _statuses(analyse(text), "SANCTION", "curbs") == {"negated"}


# --- a state said of an act named as the subject


@pytest.mark.parametrize(("text", "type_", "trigger", "status"), [
    ("A naval blockade of the rebel-held port is in preparation, officers in Aden said.",
     "COERCE", "blockade", "planned"),
    ("A ground offensive against the militia remains on the table, the Ethiopian army chief "
     "said.", "ASSAULT", "offensive", "hypothetical"),
    ("The Lithuanian embargo on Belarusian potash is no longer in force.",
     "SANCTION", "embargo", "negated"),
    ("A ceasefire between the two militias is in the works, tribal elders in Zawiya said.",
     "RETREAT", "ceasefire", "planned"),
])
def test_state_of_an_act_as_subject(analyse: Callable[[str], Analysis], text: str, type_: str,
                                    trigger: str, status: str) -> None:
    assert _statuses(analyse(text), type_, trigger) == {status}


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("The Lithuanian embargo on Belarusian potash remains in force.", "SANCTION", "embargo"),
    ("Kazakhstan's ban on Russian fuel imports is still in place.", "SANCTION", "ban"),
])
def test_act_still_in_force_is_not_hedged(analyse: Callable[[str], Analysis], text: str,
                                          type_: str, trigger: str) -> None:
    assert "negated" not in _statuses(analyse(text), type_, trigger)


# --- "no sign of" an act named with "the" and a clause of its own


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("There was no sign of the ground offensive that Turkish ministers had promised for weeks.",
     "ASSAULT", "offensive"),
    ("Villagers saw no sign of the withdrawal that the ministry had announced on Friday.",
     "RETREAT", "withdrawal"),
    ("There is still no sign of the invasion which analysts in Taipei had predicted.",
     "ASSAULT", "invasion"),
])
def test_no_sign_of_the_foretold_act(analyse: Callable[[str], Analysis], text: str,
                                     type_: str, trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) == {"negated"}


@pytest.mark.parametrize("text", [
    "Residents saw signs of the offensive that bloggers had predicted.",
    "There was no sign of the attack that killed 20 people in the market, only its ruins.",
])
def test_sign_without_denial_leaves_the_act(analyse: Callable[[str], Analysis],
                                            text: str) -> None:
    assert "negated" not in {e.status for e in events_of(analyse(text), "ASSAULT")}


# --- an act put off to a later date


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("The exchange of prisoners between Kyiv and Moscow was delayed until next week.",
     "RETREAT", "exchange"),
    ("The summit between the Serbian and Kosovar leaders has been postponed to March.",
     "CONSULT", "summit"),
    ("The release of the captured soldiers to Armenia was pushed back to next month.",
     "RETREAT", "release"),
])
def test_act_put_off_is_still_to_come(analyse: Callable[[str], Analysis], text: str,
                                      type_: str, trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) == {"planned"}


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("The talks between Yerevan and Baku were postponed indefinitely.", "CONSULT", "talks"),
])
def test_act_put_off_for_good_is_denied(analyse: Callable[[str], Analysis], text: str,
                                        type_: str, trigger: str) -> None:
    assert _statuses(analyse(text), type_, trigger) == {"negated"}


def test_act_delayed_but_held_is_not_put_off(analyse: Callable[[str], Analysis]) -> None:
    text = "Kenyan police delayed the convoy of protesters at a roadblock near Nakuru."
    assert "planned" not in {e.status for e in analyse(text).events}


# --- an official's trip to a named state or city


@pytest.mark.parametrize(("text", "status"), [
    ("The Indian prime minister will make a trip to Washington next month.", "planned"),
    ("The German chancellor's trip to Beijing was cancelled.", "negated"),
    ("The Qatari emir made a journey to Tehran on Monday.", "asserted"),
])
def test_trip_to_a_state_is_a_visit(analyse: Callable[[str], Analysis], text: str,
                                    status: str) -> None:
    assert {e.status for e in events_of(analyse(text), "CONSULT")} == {status}


@pytest.mark.parametrize("text", [
    "The family planned a trip to Paris for the summer holidays.",
    "The school football team made a trip to Madrid for the tournament.",
])
def test_private_trip_is_no_visit(analyse: Callable[[str], Analysis], text: str) -> None:
    assert not events_of(analyse(text), "CONSULT")


# --- fire that came down across a border


@pytest.mark.parametrize(("text", "status"), [
    ("The army denied that any of its rockets had strayed into Lebanon.", "negated"),
    ("A mortar round may have strayed across the border into Jordan, the army said.",
     "hypothetical"),
    ("Several Syrian shells have strayed into Turkey this week, the governor said.",
     "reported"),
])
def test_fire_strayed_across_a_border(analyse: Callable[[str], Analysis], text: str,
                                      status: str) -> None:
    assert {e.status for e in events_of(analyse(text), "ASSAULT")} == {status}


@pytest.mark.parametrize("text", [
    "A hiker strayed into Slovakia during the storm.",
    "A herd of cattle strayed across the border into Kenya.",
])
def test_stray_of_no_weapon(analyse: Callable[[str], Analysis], text: str) -> None:
    assert not events_of(analyse(text), "ASSAULT")


# --- a shipment of arms


@pytest.mark.parametrize("text", [
    "A shipment of 155mm shells from Seoul is expected in Warsaw next week.",
    "A delivery of rocket launchers from Prague to Kyiv is scheduled for Tuesday.",
    "A shipment of howitzers for Ukraine is due to leave Antwerp on Friday.",
])
def test_shipment_of_arms_is_aid(analyse: Callable[[str], Analysis], text: str) -> None:
    assert {e.status for e in events_of(analyse(text), "AID")} == {"planned"}


@pytest.mark.parametrize("text", [
    "A shipment of phones from Shenzhen is expected in the shop next week.",
    "A delivery of pizzas to the office is scheduled for noon.",
])
def test_shipment_of_wares_is_no_aid(analyse: Callable[[str], Analysis], text: str) -> None:
    assert not events_of(analyse(text), "AID")


# --- people of any trade held by another side, set free (the noun)


@pytest.mark.parametrize(("text", "status"), [
    ("Karachi's fishing unions renewed their appeal for the release of the 20 Pakistani "
     "fishermen held by India.",
     "hypothetical"),
    ("The release of the herders seized by Sudanese militiamen is expected on Friday.",
     "planned"),
    ("Islamabad said the release of the detained villagers would not happen before the "
     "talks.", "negated"),
])
def test_release_of_people_held(analyse: Callable[[str], Analysis], text: str,
                                status: str) -> None:
    assert status in {e.status for e in events_of(analyse(text), "RETREAT")}


@pytest.mark.parametrize("text", [
    "The release of the farmers' market report is expected on Friday.",
    "The release of the new fishing rules was delayed until spring.",
])
def test_release_of_no_one_held(analyse: Callable[[str], Analysis], text: str) -> None:
    assert not events_of(analyse(text), "RETREAT")


# --- nouns that mirror a verb's sense: a mission abroad shut, an armed push on a place


@pytest.mark.parametrize(("text", "type_", "status"), [
    ("The cabinet voted against the closure of the Lithuanian embassy in Minsk.", "SANCTION",
     "negated"),
    ("Kyiv fears a Russian push on Kharkiv before the winter.", "ASSAULT", "hypothetical"),
    ("Chad may order the closure of the Sudanese consulate in Abeche.", "SANCTION",
     "hypothetical"),
    ("The army is bracing for a possible rebel push toward Goma, a spokesman said.", "ASSAULT",
     "hypothetical"),
])
def test_noun_mirrors_the_verb(analyse: Callable[[str], Analysis], text: str, type_: str,
                               status: str) -> None:
    assert status in {e.status for e in events_of(analyse(text), type_)}


@pytest.mark.parametrize(("text", "type_"), [
    ("The company's push into China was a success for its shareholders.", "ASSAULT"),
    ("The closure of the embassy for the national holiday was announced.", "SANCTION"),
    ("The government's push toward peace talks won praise in Geneva.", "ASSAULT"),
])
def test_noun_of_another_sense(analyse: Callable[[str], Analysis], text: str,
                               type_: str) -> None:
    assert not events_of(analyse(text), type_)


# --- a settlement of a dispute between sides; an act in view or out of it


@pytest.mark.parametrize(("text", "status"), [
    ("A lasting territorial settlement between Guyana and Venezuela could come next year, "
     "the envoy said.", "hypothetical"),
    ("A negotiated political settlement between Khartoum and the RSF is not in sight.",
     "negated"),
    ("A final peace settlement between Eritrea and Ethiopia is within reach, mediators said.",
     "planned"),
])
def test_settlement_between_sides(analyse: Callable[[str], Analysis], text: str,
                                  status: str) -> None:
    assert status in {e.status for e in events_of(analyse(text), "AGREE")}


@pytest.mark.parametrize("text", [
    "The carmaker reached a final settlement with the plaintiffs in the emissions lawsuit.",
    "Settlers built a new settlement on the hill near the outpost.",
])
def test_settlement_of_no_dispute_between_sides(analyse: Callable[[str], Analysis],
                                                text: str) -> None:
    assert not [e for e in events_of(analyse(text), "AGREE")
                if e.trigger.text.lower() == "settlement"]


# --- force used again, foreseen or called off


@pytest.mark.parametrize(("text", "type_", "trigger", "status"), [
    ("Somali pirates hijacked a dhow off Eyl on Monday. A second boarding, attempted against a "
     "Maltese freighter, was called off when a helicopter appeared.", "ASSAULT", "boarding",
     "negated"),
    ("Israeli jets bombed targets near Tyre on Tuesday. A fresh wave is expected tonight, "
     "Lebanese officials said.", "ASSAULT", "wave", "planned"),
    ("Sudanese drones struck El Obeid on Sunday. Another wave could hit the city soon, the "
     "governor said.", "ASSAULT", "wave", "hypothetical"),
])
def test_force_used_again(analyse: Callable[[str], Analysis], text: str, type_: str,
                          trigger: str, status: str) -> None:
    assert status in _statuses(analyse(text), type_, trigger)


@pytest.mark.parametrize("text", [
    "Iranian commandos seized a tanker in the Gulf of Oman. A second boarding took place on "
    "Friday near Fujairah.",
    "Police arrested forty students in Dhaka. A new wave of applications is expected in June.",
])
def test_force_again_told_as_done_or_of_another_kind(analyse: Callable[[str], Analysis],
                                                     text: str) -> None:
    assert not [e for e in analyse(text).events
                if e.trigger.text.lower() in ("boarding", "wave", "applications")]
