"""Session 10: source and target countries of acts whose sides the words give wrongly.

Classes: a target that is the doer itself or its own belongings ("recalls its own ambassador",
"warned that Azerbaijan would respond", "denied that its fighters fired", "closed its
airspace"); a state's organ named bare, guessed to be of the very state it acts on ("the
foreign ministry sent a note to Managua"); a reaction naming what it answers in the speaker's
words ("rejected what it called lies"); a harm done to "its" or "their" things told in the
words of a speaker of another state ("Norway said a Russian jet intercepted its aircraft");
a ship carrying its flag state wherever it is boarded ("the Kenyan dhow ... fired on the
dhow near the Somali coast").
"""

from __future__ import annotations

from collections.abc import Callable

from warpath.document import Analysis


def _sides(analysis: Analysis, type_: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in analysis.events if e.type == type_]


# -- the doer's own belongings are not what it acts on --------------------------------------

def test_own_envoy_recalled_faces_the_other_state(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Armenia accused Azerbaijan of shelling Armenian villages on Monday. "
                "Azerbaijan denied it. Armenia does not recall its own ambassador.")
    assert ("ARM", "AZE") in _sides(a, "SANCTION")
    a = analyse("Kenya blamed Somalia for the raid on the border post at Mandera. Kenya said "
                "Somali gunmen were behind it. Kenya recalled its ambassador on Friday.")
    assert ("KEN", "KEN") not in _sides(a, "SANCTION")


def test_threat_naming_its_own_side_faces_the_other(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Armenia accused Azerbaijan of shelling Armenian villages on Monday. A "
                "spokesman for the Azerbaijani defence ministry warned that Azerbaijan would "
                "respond firmly to any provocation.")
    assert ("AZE", "ARM") in _sides(a, "THREATEN")
    a = analyse("The Indian army said Pakistani troops fired on its posts along the Line of "
                "Control. India protested to Pakistan. Pakistan's army spokesman warned that "
                "Pakistani forces would answer any aggression.")
    assert ("PAK", "IND") in _sides(a, "THREATEN")


def test_denial_of_own_fighters_acts_faces_the_accuser(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Israel said rockets were fired at its towns from Lebanon. Hezbollah denied "
                "that its fighters had launched them.")
    assert ("LBN", "ISR") in _sides(a, "REJECT")


def test_own_airspace_closed_faces_those_shut_out(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Ethiopia and Eritrea traded blame for the clashes. Eritrea closed its "
                "airspace to Ethiopian aircraft on Friday.")
    assert ("ERI", "ETH") in _sides(a, "COERCE")


def test_rivals_and_one_state_threats_keep_their_target(
        analyse: Callable[[str], Analysis]) -> None:
    # must not fire: "its rivals" are another party; a one-state story has no other state
    a = analyse("In Arauca, the ELN issued a statement accusing its rivals of killing "
                "civilians.")
    assert all(t is not None for _, t in _sides(a, "ACCUSE"))
    a = analyse("A banner hung by the cartel in Uruapan warned that its gunmen would keep "
                "hunting police officers in Michoacan.")
    assert all(t != "USA" for _, t in _sides(a, "THREATEN"))


def test_harm_to_own_city_stays_at_home(analyse: Callable[[str], Analysis]) -> None:
    # must not fire: "its own city" is the doer's own, and meant so
    a = analyse("Sudan accused Chad of arming the RSF. The RSF said the army was shelling "
                "its own city to win sympathy.")
    assert all(t != "TCD" for _, t in _sides(a, "ASSAULT"))


def test_domestic_denial_is_not_put_on_a_state(analyse: Callable[[str], Analysis]) -> None:
    # must not fire: a story of one state; the denial's own officers give it no foreign foe
    a = analyse("Police in Nairobi arrested protesters on Tuesday. The Kenyan government "
                "denied that its officers had beaten anyone.")
    assert all(t in (None, "KEN") for _, t in _sides(a, "REJECT"))


# -- a bare organ acting on a state is not that state's -------------------------------------

def test_bare_ministry_addressing_a_state_is_the_other_one(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Costa Rican police said the boat was seized on the river. The foreign "
                "ministry sent a protest note to Managua yesterday. Nicaragua rejected it. "
                "Costa Rica said Nicaragua had no right to seize the boat.")
    assert ("CRI", "NIC") in _sides(a, "ACCUSE")
    a = analyse("Norway said a Russian jet intercepted its aircraft. The ministry summoned "
                "the Russian ambassador on Monday. Russia said Norway was provoking it.")
    assert ("NOR", "RUS") in _sides(a, "ACCUSE")
    a = analyse("Armenia said Azerbaijani troops had shelled Armenian villages. The defence "
                "ministry warned Baku on Tuesday that Armenia would respond. Azerbaijan denied "
                "the charge.")
    assert ("AZE", "AZE") not in _sides(a, "THREATEN")


def test_organ_acting_in_a_capital_keeps_its_country(
        analyse: Callable[[str], Analysis]) -> None:
    # must not fire: where the act was done is no one addressed
    a = analyse("Police arrested three men in Managua on Friday.")
    assert ("NIC", "NIC") in _sides(a, "COERCE")
    a = analyse("Police in Kenya said they arrested two Kenyan smugglers at the port on "
                "Friday.")
    assert all(s == "KEN" for s, _ in _sides(a, "COERCE"))


# -- a reaction naming what it answers in its own words -------------------------------------

def test_what_it_called_names_the_act_answered(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Chad's army accused Sudan of arming militias. Khartoum rejected what it "
                "called baseless allegations.")
    assert ("SDN", "TCD") in _sides(a, "REJECT")
    a = analyse("Israeli jets struck targets near Damascus on Sunday. Russia's envoy "
                "condemned what he called violations of Syrian sovereignty.")
    assert ("RUS", "ISR") in _sides(a, "ACCUSE")
    a = analyse("Ukraine said Russian drones hit a power plant in Kharkiv. Poland denounced "
                "what it termed a crime against civilians.")
    assert ("POL", "RUS") in _sides(a, "ACCUSE")


def test_what_it_called_with_nothing_before_is_left_open(
        analyse: Callable[[str], Analysis]) -> None:
    # must not fire: no act told before, so no one is answered
    a = analyse("Russia's envoy condemned what he called a provocation.")
    assert all(t is None for _, t in _sides(a, "ACCUSE"))
    a = analyse("The court rejected what it called a weak case.")
    assert all(t is None for _, t in _sides(a, "REJECT"))


# -- "its" things harmed, in the words of a speaker of another state ------------------------

def test_its_things_in_a_speakers_claim_are_the_speakers(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("The Indian army said Pakistani troops fired on its posts.")
    assert ("PAK", "IND") in _sides(a, "ASSAULT")
    a = analyse("Norway said a Russian jet intercepted its aircraft over the sea.")
    assert ("RUS", "NOR") in _sides(a, "ASSAULT") + _sides(a, "COERCE")
    a = analyse("Kenyan officials claimed that Somali gunmen had attacked their patrol near "
                "the border.")
    assert ("SOM", "KEN") in _sides(a, "ASSAULT")


def test_own_things_or_no_speaker_are_left(analyse: Callable[[str], Analysis]) -> None:
    # must not fire: "their own", or no speaker of another state
    a = analyse("Ukraine said Russian troops shelled their own positions.")
    assert ("RUS", "UKR") not in _sides(a, "ASSAULT")
    a = analyse("The Russian army withdrew its troops from the town.")
    assert all(t != "UKR" for _, t in _sides(a, "RETREAT"))


# -- a ship carries its flag ----------------------------------------------------------------

def test_ship_named_with_its_flag_carries_it(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Iran seized the British-flagged tanker Marlow Spirit on Saturday. Fast boats "
                "of the Revolutionary Guard surrounded the Marlow Spirit about 14 miles off "
                "the Omani coast.")
    assert ("IRN", "GBR") in _sides(a, "COERCE")
    assert ("IRN", "OMN") not in _sides(a, "COERCE")
    a = analyse("The Coast Guard inspected the Russian-registered trawler Kapitan Larin on "
                "Sunday. The trawler was arrested and ordered to port.")
    assert any(t == "RUS" for _, t in _sides(a, "COERCE"))
    a = analyse("Pirates seized a Kenyan fishing dhow off Lamu. The gunmen fired on the dhow "
                "near the Somali coast.")
    assert any(t == "KEN" for _, t in _sides(a, "ASSAULT"))


def test_ship_with_no_flag_or_own_navy_is_left(analyse: Callable[[str], Analysis]) -> None:
    # must not fire: no flag given, or the flag is the doer's own
    a = analyse("Gunmen fired on a fishing boat near the Somali coast on Monday.")
    assert all(t in (None, "SOM") for _, t in _sides(a, "ASSAULT"))
    a = analyse("Iranian patrol boats escorted an Iranian tanker. Houthi fighters fired on "
                "the tanker in the Red Sea.")
    assert all(t != "YEM" or s is None for s, t in _sides(a, "ASSAULT"))
