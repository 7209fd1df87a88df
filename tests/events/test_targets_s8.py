"""Session 8, round 2: the target country of acts whose target is named only beside them.

Classes: a hedged or untargeted act that shares the sides of an act of its family told in its
own sentence or the one before (the same doer faces the same side; the side an act was done
to, answering, faces its doer; an act with no one named takes both sides); "an X of its own"
(the owner is the doer, never the target); people named with the place they are in ("families
in North Kivu"); "both sides" / "all parties" addressed in a war inside one state; "rejected
that account" (the one whose words were just reported); a deployment along a road at home,
which faces no neighbouring state.
"""

from __future__ import annotations

from collections.abc import Callable

from warpath.document import Analysis, Event


def _event(analysis: Analysis, type_: str, trigger: str) -> Event:
    return next(e for e in analysis.events if e.type == type_ and trigger in e.trigger.text)


def _target(analysis: Analysis, type_: str, trigger: str) -> str | None:
    event = _event(analysis, type_, trigger)
    return event.target.country if event.target is not None else None


# -- the same doer, beside an act of its family, faces the same side ------------------------

def test_hedged_act_takes_the_side_of_the_doers_act_beside_it(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Lithuania closed its border with Belarus for a day after balloons drifted "
                "over. Vilnius said it would consider a longer closure if the balloons kept "
                "coming.")
    event = _event(a, "COERCE", "closure")
    assert event.target is not None and event.target.country == "BLR"
    assert event.target.inferred == "neighbour"
    a = analyse("Chinese ships blockaded a Philippine outpost near Second Thomas Shoal on "
                "Friday. Beijing did not rule out a longer blockade, state media said.")
    assert _target(a, "COERCE", "blockade") == "PHL"
    a = analyse("Rwanda deployed troops to its border with Burundi in March. Kigali did not "
                "deploy artillery.")
    assert [e.target.country if e.target else None for e in a.events
            if e.type == "MOBILIZE"] == ["BDI", "BDI"]
    a = analyse("Ghana signed a power deal with Togo in May. Accra has never honoured the "
                "pledge.")
    assert _target(a, "AGREE", "pledge") == "TGO"


def test_no_side_passes_between_families_or_to_other_doers(
        analyse: Callable[[str], Analysis]) -> None:
    # a deal, then a measure of another family: the ban faces no one named
    a = analyse("Germany signed a trade pact with Vietnam in 2024. Berlin has also banned "
                "the import of some cars.")
    assert _target(a, "COERCE", "banned") is None
    # two states at odds, then a third state's untargeted drill: not theirs to share
    a = analyse("Estonia closed two crossings with Russia on Monday. Separately, Norway "
                "mobilised 2,000 reservists for a winter exercise.")
    assert all(e.target is None or e.target.inferred != "neighbour" for e in a.events
               if e.type == "MOBILIZE")


# -- the side an act was done to, answering, faces its doer ---------------------------------

def test_answering_act_of_its_own_faces_the_first_doer(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("India expelled a Pakistani diplomat in New Delhi for espionage on Friday. "
                "Pakistan did not respond with an expulsion of its own.")
    assert _target(a, "SANCTION", "expulsion") == "IND"
    a = analyse("Kenya expelled two Ugandan diplomats on Tuesday. Kampala answered with "
                "expulsions of its own the next day.")
    assert _target(a, "SANCTION", "expulsions") == "KEN"
    a = analyse("Morocco suspended flights to Algeria last week. Algeria has not reciprocated "
                "with a ban of its own.")
    event = _event(a, "COERCE", "ban")
    assert event.target is not None and event.target.country == "MAR"


def test_of_its_own_is_never_the_target(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Pakistan did not respond with an expulsion of its own.")
    assert all(e.target is None or e.target.text != "its own" for e in a.events)
    a = analyse("Peru has launched an inquiry of its own into the shooting.")
    assert all(e.target is None or "own" not in (e.target.text or "") for e in a.events)


# -- an act with no one named takes both sides of a like act just told ----------------------

def test_unnamed_act_takes_both_sides_of_the_act_beside_it(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Chad and Sudan agreed in April to set up joint patrols along their border. "
                "The patrols never began.")
    event = _event(a, "COOPERATE", "patrols")
    assert event.source is not None and event.target is not None
    assert {event.source.country, event.target.country} == {"TCD", "SDN"}
    a = analyse("Pakistani and Afghan delegations signed a ceasefire in Doha in October. A "
                "week later, Islamabad said the Taliban had never honoured their pledge.")
    event = _event(a, "AGREE", "pledge")
    assert event.target is not None and event.target.country == "PAK"


def test_unnamed_act_beside_no_two_sided_act_stays_open(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Floods hit the coast on Monday. The patrols never began.")
    assert all(e.target is None for e in a.events)
    a = analyse("Turkish and Greek coast guards held joint drills off Lesbos in June. A "
                "second exercise was cancelled in July.")
    event = _event(a, "MOBILIZE", "exercise")
    assert event.target is None


# -- people named with the place they are in ------------------------------------------------

def test_people_in_a_region_give_its_country(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("The United Kingdom announced £8 million in emergency aid for displaced "
                "families in South Kivu.")
    assert _target(a, "AID", "aid") == "COD"
    a = analyse("The Red Cross handed out blankets to displaced families in North Kivu.")
    assert _target(a, "AID", "handed") == "COD"
    a = analyse("The charity handed out food parcels to residents in Kharkiv.")
    assert _target(a, "AID", "handed") == "UKR"
    a = analyse("Norway will fund clean water for villagers in Tigray.")
    assert _target(a, "AID", "fund") == "ETH"


def test_people_with_no_place_or_a_place_of_origin_give_none(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("The charity handed out blankets to displaced families.")
    assert _target(a, "AID", "handed") is None
    a = analyse("The company opened a factory for workers in Bavaria.")
    assert not [e for e in a.events if e.type == "AID"]


# -- "both sides" in one state's own war ----------------------------------------------------

def test_both_sides_of_a_war_at_home_are_that_state(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("M23 rebels seized two villages in North Kivu, Congo, on Monday. The UN envoy "
                "urged both sides to respect the ceasefire.")
    assert _target(a, "REQUEST", "urged") == "COD"
    a = analyse("Sudanese army jets bombed El Fasher on Monday and the RSF shelled Omdurman. "
                "The African Union urged both sides to return to talks.")
    assert _target(a, "REQUEST", "urged") == "SDN"
    a = analyse("Gunmen attacked a police post in Zamfara, Nigeria. The governor called on "
                "all parties to keep the peace.")
    assert _target(a, "REQUEST", "called") == "NGA"


def test_both_sides_of_two_states_stay_open(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Indian and Pakistani troops exchanged fire in Kashmir. The UN urged both "
                "sides to show restraint.")
    assert _target(a, "REQUEST", "urged") is None
    a = analyse("The UN urged both sides to show restraint.")
    assert _target(a, "REQUEST", "urged") is None


# -- "rejected that account": whoever's words were just reported ----------------------------

def test_rejected_account_faces_its_teller(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("A spokesman for the Venezuelan government said Guyanese soldiers had fired "
                "first. The Guyanese army rejected that account on Tuesday.")
    assert _target(a, "REJECT", "rejected") == "VEN"
    a = analyse("Officials in Minsk said Polish helicopters had crossed the border. Warsaw "
                "dismissed this version of events.")
    assert _target(a, "REJECT", "dismissed") == "BLR"
    a = analyse("A spokesman for the military government in Naypyitaw said Karen forces had "
                "fired the mortars. The Karen National Union rejected that account within "
                "hours.")
    assert _target(a, "REJECT", "rejected") == "MMR"


def test_rejected_proposal_with_no_teller_is_left(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Warsaw rejected that offer.")
    assert _target(a, "REJECT", "rejected") is None
    a = analyse("The minister spoke in Paris on Monday. Warsaw rejected the report.")
    assert _target(a, "REJECT", "rejected") != "FRA"


# -- a deployment along a road at home faces no neighbour -----------------------------------

def test_deployment_along_a_home_road_faces_no_counterpart(
        analyse: Callable[[str], Analysis]) -> None:
    base = ("Kenya and Somalia share a long border. Kenya accuses Somalia of sheltering "
            "militants, and Somalia denies it. ")
    a = analyse(base + "The Kenyan army will deploy 300 reservists along the coastal road next "
                "week.")
    event = _event(a, "MOBILIZE", "deploy")
    assert event.target is None or event.target.inferred != "counterpart"
    a = analyse(base + "The Kenyan army will deploy 300 reservists along the frontier next "
                "week.")
    assert _target(a, "MOBILIZE", "deploy") == "SOM"
    a = analyse(base + "The Kenyan army has called up 300 reservists.")
    assert _target(a, "MOBILIZE", "called") == "SOM"
