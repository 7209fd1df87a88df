"""Session 9, round 2: reported vs asserted by class (sentences written for these tests).

Classes: a government's account backshifted into the past perfect ("the delegate said London
had frozen ...") is relayed speech, not the government owning its act; a reckoning credited
to a source ("By the ICRC's count, ...") frames what it heads or closes; an act in a time
clause of a backshifted account ("said its units had withdrawn after rebels shelled ...") is
part of the account; a warning or a demand joined to "said" is relayed with the statement;
an attack named as the object of a claim is the claimant's word; a speech tag closing a
sentence may end in a participle on its own noun ("said in a statement posted online"); a
source that "puts the toll at" a figure gives its own count; the writer's or the issuing
body's own reminder ("Passengers are reminded that ...", "We should remind listeners that
...") presupposes what it recalls, while a third party's reminder stays reported.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.events.conftest import events_of
from warpath.document import Analysis

Analyse = Callable[[str], Analysis]


def _status(analyse: Analyse, text: str, trigger: str, type_: str | None = None) -> str | None:
    return next((e.status for e in events_of(analyse(text), type_)
                 if trigger in e.trigger.text), None)


# --- a government's account backshifted into the past perfect ---------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The French delegate told the Council that Paris had frozen the assets of two militia "
     "commanders.", "frozen"),
    ("Nigeria's representative said Abuja had suspended all flights to Niamey.", "suspended"),
    ("Chad's foreign minister told reporters that N'Djamena had recalled its ambassador from "
     "Khartoum.", "recalled"),
    ("The Ghanaian envoy reminded the committee that Accra had deported forty Togolese "
     "traders in March.", "deported"),
    # a joint act told by one side: it cannot own it alone
    ("Peru's trade ministry said it had agreed with Chile to reopen the Tacna crossing.",
     "agreed"),
])
def test_backshifted_government_account_is_reported(analyse: Analyse, text: str,
                                                    trigger: str) -> None:
    assert _status(analyse, text, trigger) == "reported"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kenya said it expelled two Somali diplomats on Monday.", "expelled"),
    ("The Polish government said it closed two crossings on the Belarusian border.", "closed"),
    # the past perfect of any report: the doer is the speaker itself, by a pronoun
    ("Kenya said it had expelled two Somali diplomats on Monday.", "expelled"),
    ("Russia said it had withdrawn its troops from the village.", "withdrawn"),
    ("The Polish government said its border guards had closed two crossings.", "closed"),
])
def test_government_owning_its_act_stays_asserted(analyse: Analyse, text: str,
                                                  trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


# --- a reckoning credited to a source --------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("By the Red Cross's count, the rebels released 40 prisoners.", "released"),
    ("By UN estimates, the fighting has killed 2,000 people.", "killed"),
    ("Militants killed at least 30 villagers in the raid, by the health ministry's count.",
     "killed"),
    ("By the count of the Red Cross, the rebels freed 40 prisoners.", "freed"),
])
def test_source_reckoning_makes_reported(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "reported"


@pytest.mark.parametrize(("text", "trigger"), [
    ("By our count, the militia attacked nine villages.", "attacked"),
    ("By Friday, the rebels had released 40 prisoners.", "released"),
    ("By the end of the count, troops had arrested nine men.", "arrested"),
    ("The rebels released 40 prisoners by the end of the week.", "released"),
])
def test_own_count_or_time_phrase_stays_asserted(analyse: Analyse, text: str,
                                                 trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


# --- an act in a time clause of a backshifted account --------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The army said its units had withdrawn after rebels shelled the village.", "shelled"),
    ("The navy reported that its frigate had left the harbour before the rebels fired a "
     "missile at the port.", "fired"),
    ("The police chief told reporters that his officers had opened fire after protesters "
     "stormed the station.", "stormed"),
])
def test_time_clause_inside_account_is_reported(analyse: Analyse, text: str,
                                                trigger: str) -> None:
    assert _status(analyse, text, trigger) == "reported"


@pytest.mark.parametrize(("text", "trigger"), [
    ("After rebels shelled the village, the army said its units had withdrawn.", "shelled"),
    ("She said she was angry at the police for failing to act after crowds stormed the "
     "parliament.", "stormed"),
    ("The army said its units have held the town since rebels attacked it in March.",
     "attacked"),
])
def test_background_time_clause_stays_asserted(analyse: Analyse, text: str,
                                               trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


# --- a warning or a demand joined to "said" ------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The interior minister said the convoy had been ambushed near Gao and warned that the "
     "army would retaliate.", "warned"),
    ("The foreign ministry said two farmers had been shot at the border and demanded an "
     "inquiry.", "demanded"),
    ("The delegate of Norway said the blockade had lasted long enough, and warned that the "
     "aid convoys would stop.", "warned"),
    ("The minister said talks were over and demanded that Kigali withdraw its troops.",
     "demanded"),
])
def test_warning_or_demand_joined_to_said_is_reported(analyse: Analyse, text: str,
                                                      trigger: str) -> None:
    assert _status(analyse, text, trigger) == "reported"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The junta rejected the charge and warned that it would answer any further incursion.",
     "warned"),
    ("The rebels said the army had shelled their positions and accused Kinshasa of breaking "
     "the truce.", "accused"),
])
def test_speech_act_of_its_own_stays_asserted(analyse: Analyse, text: str,
                                              trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


# --- an attack claimed -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("The Houthis have claimed the drone strike on the tanker.", "strike"),
    ("Al-Shabaab claimed responsibility for the attack on the army base.", "attack"),
    ("The Pakistani Taliban claimed the ambush in a message to reporters.", "ambush"),
])
def test_claimed_attack_is_reported(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger, "ASSAULT") == "reported"


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Nobody has claimed the ambush on the convoy.", "ambush", "asserted"),
    ("The militia did not claim the attack on the checkpoint.", "attack", "negated"),
])
def test_unclaimed_attack_is_not_reported(analyse: Analyse, text: str, trigger: str,
                                          status: str) -> None:
    assert _status(analyse, text, trigger, "ASSAULT") == status


# --- a closing speech tag ending in a participle -------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Rebels ambushed a supply convoy near Beni; two drivers were wounded, the army said in a "
     "communique issued on Friday.", "ambushed"),
    ("A rocket struck a warehouse near the port; no one was hurt, officials said in remarks "
     "broadcast on state radio.", "struck"),
    ("Insurgents stormed a police post near Mocimboa; three officers were wounded, a police "
     "source told a newspaper based in Pemba.", "stormed"),
])
def test_tag_ending_in_participle_is_a_tag(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "reported"


@pytest.mark.parametrize(("text", "trigger"), [
    ("A rocket struck a warehouse near the port; the harbour master closed the quay in a "
     "notice posted online.", "struck"),
    ("Soldiers shelled the village at dawn, and the governor visited the wounded in a "
     "hospital run by nuns.", "shelled"),
])
def test_clause_ending_in_participle_is_no_tag(analyse: Analyse, text: str,
                                               trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


# --- a source's figure: "puts the toll at" -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Doctors in Goma put the toll at seven killed and 20 wounded.",
    "The provincial governor put the toll at nine killed and four wounded.",
    "Medics in Khan Younis now put the toll at 14 killed.",
])
def test_toll_put_at_by_a_source_is_reported(analyse: Analyse, text: str) -> None:
    assert _status(analyse, text, "killed") == "reported"


@pytest.mark.parametrize(("text", "trigger"), [
    ("We put the toll at seven killed and 20 wounded.", "killed"),
    ("The army put the wounded soldiers on a plane to Kabul after the ambush killed six.",
     "killed"),
])
def test_own_toll_or_other_put_stays_asserted(analyse: Analyse, text: str,
                                              trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


# --- the writer's or the issuer's own reminder ---------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("Passengers are reminded that in March rebels shelled the ferry terminal at Kisangani.",
     "shelled"),
    ("We should remind listeners that the two countries broke off diplomatic relations in "
     "2008.", "broke"),
    ("I would only remind Kinshasa that both sides pledged in Luanda to stop the fighting.",
     "pledged"),
    ("The Ministry recalls that in 2023 militiamen attacked a fishing boat near the islands.",
     "attacked"),
])
def test_writers_own_reminder_is_asserted(analyse: Analyse, text: str, trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The minister reminded the Assembly that soldiers had detained three customs officers.",
     "detained"),
    ("Mr Ruto recalled that the police had arrested forty protesters in June.", "arrested"),
    ("Passengers were reminded by the minister that rebels shelled the ferry terminal in "
     "March.", "shelled"),
    ('"We recall that the rebels shelled the town," the spokesman said.', "shelled"),
])
def test_third_party_reminder_stays_reported(analyse: Analyse, text: str,
                                             trigger: str) -> None:
    assert _status(analyse, text, trigger) == "reported"


# --- two parties accused "of" an act ------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger"), [
    ("It also accuses soldiers and allied militiamen of executing at least six men in the "
     "village of Kalengera the following day.", "executing"),
    ("The report accuses the police and the army of beating nine students in Nairobi.",
     "beating"),
    ("Human rights groups accused the guards and the militia of torturing detainees at the "
     "camp.", "torturing"),
])
def test_act_two_parties_are_accused_of_is_reported(analyse: Analyse, text: str,
                                                    trigger: str) -> None:
    assert _status(analyse, text, trigger) == "reported"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The army shelled the market and the rebels attacked the hospital.", "attacked"),
    ("Troops arrested the mayor and the chief of police after the riot.", "arrested"),
])
def test_coordinated_parties_without_accusation_stay_asserted(analyse: Analyse, text: str,
                                                              trigger: str) -> None:
    assert _status(analyse, text, trigger) == "asserted"
