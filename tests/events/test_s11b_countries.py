"""Session 11b: the story's own country when no count clears the 60% bar.

Classes: a story set in one country's own conflict, whose places all lie there, while a
neighbour (its call, its offer of patrols, its troops) is named in one paragraph about as often
as the scene's state: the places decide; a state named far more than any other, with the rest
shared among several, leads; two states named about as often give no country of the story.
A crowd no one says whose protests where it marches. Also: "the two governments" stand for
the two states even when the story's state was guessed for the generic word, and a force
pulled "out of" a town of a state has not addressed that state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from warpath.actors.generic import dominant_country, leading_state
from warpath.document import Analysis

# -- the counts alone -----------------------------------------------------------------------


def test_places_in_one_country_decide_over_a_neighbour_named_as_often() -> None:
    assert leading_state(Counter(NER=4, MLI=3), Counter(MLI=4, NER=4),
                         Counter(MLI=4)) == "MLI"
    assert leading_state(Counter(RWA=9, MOZ=6), Counter(RWA=9, MOZ=7),
                         Counter(MOZ=4)) == "MOZ"
    assert leading_state(Counter(UKR=4, RUS=3), Counter(UKR=6, RUS=5),
                         Counter(RUS=4, UKR=1)) == "RUS"


def test_places_do_not_decide_for_a_story_about_other_states() -> None:
    # two outside powers named far more than the ground they talk about
    assert leading_state(Counter(FRA=9, USA=8), Counter(FRA=9, USA=8),
                         Counter(MLI=4)) is None
    # places split between the two sides
    assert leading_state(Counter(IND=16, PAK=12), Counter(IND=14, PAK=11),
                         Counter(IND=2, PAK=2)) is None
    # too few places to tell
    assert leading_state(Counter(NER=4, MLI=3), Counter(MLI=4, NER=4),
                         Counter(MLI=2)) is None


def test_a_state_named_far_more_than_any_other_leads() -> None:
    assert leading_state(Counter(FIN=8, RUS=4, EST=3), Counter(), Counter()) == "FIN"
    assert leading_state(Counter(), Counter(EGY=14, SDN=5, ETH=4, USA=3), Counter()) == "EGY"
    assert leading_state(Counter(KEN=7, SOM=4, ETH=3), Counter(), Counter(KEN=1)) == "KEN"


def test_two_states_named_about_as_often_have_no_leader() -> None:
    assert leading_state(Counter(VEN=21, GUY=14, BRA=3), Counter(), Counter()) is None
    assert leading_state(Counter(THA=18, KHM=11, MYS=2), Counter(), Counter()) is None
    # a leader, but of too few names to say
    assert leading_state(Counter(FIN=2, EST=1), Counter(), Counter()) is None


# -- whole stories ---------------------------------------------------------------------------

_SAHEL = ("Gunmen on motorbikes attacked the cattle market in Djibo on Sunday, killing eleven "
          "traders, residents of Djibo said. The army said its aircraft struck a column of "
          "fighters near Kaya the next day. The army pulled its last company out of Ouahigouya "
          "in January. Hundreds of women marched in Dori on Tuesday to demand protection. "
          "Mali's defence minister telephoned Burkina Faso's defence minister on Wednesday. "
          "Mali offered joint patrols, and Mali will host a meeting on the frontier. Officials "
          "in Mali said the raiders came from across the border.")


def _source_of(analysis: Analysis, trigger: str) -> set[str | None]:
    return {e.source.country if e.source else None for e in analysis.events
            if e.trigger.text == trigger}


def test_a_story_set_in_one_countrys_towns_is_that_countrys(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse(_SAHEL)
    assert dominant_country(a) == "BFA"
    assert _source_of(a, "struck") == {"BFA"}  # "its aircraft": the army of the story's state
    assert _source_of(a, "pulled") == {"BFA"}  # pulled "out of" a town: no state addressed
    assert _source_of(a, "telephoned") == {"MLI"}  # the neighbour keeps its own acts


def test_a_state_named_most_among_several_is_the_storys(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("The Finnish navy said a cable between Finland and Estonia was cut on Sunday. "
                "Finland summoned the Russian ambassador, and the Finnish coast guard boarded "
                "a tanker. Finland's president said Finland would seek answers. Estonia's "
                "minister visited Finland, and the two governments agreed to share sonar data. "
                "Finland's justice minister said the crew would be questioned. Russia denied "
                "any role.")
    assert dominant_country(a) == "FIN"
    pairs = {(e.source.country if e.source else None, e.target.country if e.target else None)
             for e in a.events if e.trigger.text in ("agreed", "share")}
    assert pairs == {("FIN", "EST"), ("EST", "FIN")}  # "the two governments": both states


def test_two_states_trading_blame_have_no_home(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Cambodia said Thai troops fired on its posts on Monday. Thailand said "
                "Cambodian soldiers fired first. Cambodia called the claim false, and Thailand "
                "called it a lie. Thailand and Cambodia will hold talks.")
    assert dominant_country(a) is None


def test_a_force_pulled_out_of_a_town_keeps_its_state(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Gunmen burned a school in Bama on Monday and abducted nine pupils. The army "
                "said its jets bombed a camp near Damboa the same night. Soldiers pulled out "
                "of Monguno, and traders in Maiduguri closed their shops in protest. Niger's "
                "defence minister called Nigeria's defence minister, and Niger said Niger "
                "would close the border.")
    assert _source_of(a, "bombed") == {"NGA"}
    assert _source_of(a, "pulled out") == {"NGA"}


# -- a crowd no one says whose protests where it stands ---------------------------------------

def _protesters(analysis: Analysis) -> set[str | None]:
    return {e.source.country if e.source else None for e in analysis.events
            if e.type == "PROTEST" and e.trigger.text == "marched"}


def test_a_crowd_marching_in_a_town_is_of_that_towns_country(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Jihadists attacked a village near Menaka on Sunday, killing nine people. The "
                "army said it sent reinforcements to Menaka. On Monday, hundreds of youths "
                "marched to the mayor's office in Menaka to demand weapons, a resident said.")
    assert _protesters(a) == {"MLI"}
    b = analyse("Jihadists attacked a village near Ansongo on Sunday, killing nine people. The "
                "army said it sent reinforcements to Gao. On Monday, scores of widows marched "
                "to the prefect's office in Ansongo to demand protection, a resident said.")
    assert _protesters(b) == {"MLI"}


def test_a_crowd_whose_nationality_is_named_keeps_it(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Jihadists attacked a village near Menaka on Sunday, killing nine people. On "
                "Monday, dozens of Nigerien traders marched to the mayor's office in Menaka to "
                "demand compensation, a resident said.")
    assert _protesters(a) == {"NER"}
