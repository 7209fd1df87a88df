"""Session 11: sides' countries that came from the wrong words.

Classes: a bare armed or police unit ("a battalion", "fresh troops", "the army") in the
reported words of a state's organ or official is that state's, over the state the text is
about ("a Chadian army spokesman replied that a battalion would return"), but not when an
outside power comments; a city named on a gathering ("the Geneva meeting between A and B",
"the Doha talks") is its venue, not a side; the terms, truce or talks agreed somewhere are
no one's from the place ("agreed the terms of a truce in Havana"), nor is the owner of the
building a deal is initialled in ("at the White House"); a force moved to a town of its own
state does not make it the other state's organ.
"""

from __future__ import annotations

from collections.abc import Callable

from warpath.document import Analysis


def _sides(analysis: Analysis, type_: str | None = None) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in analysis.events if type_ is None or e.type == type_]


def _sources_of(analysis: Analysis, word: str) -> set[str | None]:
    return {e.source.country for e in analysis.events
            if e.source is not None and word in (e.source.text or "")}


# -- a bare unit in a state's reported words is that state's --------------------------------

def test_unit_in_a_spokesmans_answer_is_his_states(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Nigeria's army fought in Borno. Nigerian troops held Monguno. Nigeria asked "
                "Chad to keep its soldiers on the lake, and Chad said the task force had no "
                "money. A Chadian army spokesman replied that a battalion would return to the "
                "islands in June.")
    assert _sources_of(a, "battalion") == {"TCD"}


def test_troops_in_a_defence_ministrys_words_are_its_states(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Mozambique's president visited Pemba. Rwanda sent soldiers to Mozambique "
                "in 2021 and Rwandan police followed. Rwanda's defence ministry says fresh "
                "troops will deploy to the district in May.")
    assert _sources_of(a, "troops") == {"RWA"}


def test_army_in_two_officials_words_is_theirs_and_not_made_foreign(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Cambodia protested to Thailand on Monday. Cambodian troops fired at a Thai "
                "post. Thailand closed the border. Two Thai officials said the army had "
                "moved an extra artillery battalion to Surin overnight.")
    assert _sources_of(a, "army") == {"THA"}


def test_police_in_a_commanders_promise(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Uganda and Kenya argued over the raid. Kenya blamed Ugandan herders. "
                "Uganda denied it and Kenya protested again. A Ugandan police commander "
                "pledged that officers would deploy along the border posts this week.")
    assert _sources_of(a, "officers") <= {"UGA"}


def test_outside_power_on_anothers_army_keeps_the_armys_state(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Sudan's army shelled Omdurman. Sudanese troops fought the RSF in Khartoum. "
                "Sudan's army took Bahri. A US State Department spokesman said the army "
                "must stop shelling homes.")
    assert "USA" not in _sources_of(a, "army")


def test_unit_the_phrase_names_keeps_its_state(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Cambodia protested to Thailand. Thailand closed the border. A Thai official "
                "said Cambodian troops had fired first.")
    assert _sources_of(a, "Cambodian troops") == {"KHM"}
    a = analyse("Kenya's police raided a camp. Kenyan troops patrolled Mandera. A villager "
                "said the soldiers had burned several houses.")
    assert _sources_of(a, "soldiers") <= {"KEN"}


# -- venues are no sides --------------------------------------------------------------------

def test_city_on_a_meeting_is_its_venue(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("A Geneva meeting between Armenian negotiators and Azerbaijani envoys is "
                "planned for May.")
    assert _sides(a, "CONSULT") and all(s in ("ARM", "AZE") for s, _ in _sides(a, "CONSULT"))
    a = analyse("The Doha talks between Afghan officials and Taliban delegates resumed on "
                "Monday.")
    assert "QAT" not in {c for pair in _sides(a, "CONSULT") for c in pair}
    a = analyse("The Astana round between Syrian officials and opposition envoys ended "
                "without a statement.")
    assert "KAZ" not in {c for pair in _sides(a) for c in pair}


def test_city_on_an_act_that_is_no_gathering_is_untouched(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Moscow's talks with Kyiv collapsed on Friday.")
    assert ("RUS", "UKR") in _sides(a, "CONSULT")


def test_terms_agreed_somewhere_are_no_ones_from_the_place(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Colombia and the ELN agreed the terms of a truce in Havana in March.")
    assert "CUB" not in {t for _, t in _sides(a, "AGREE")}
    a = analyse("Sudan and the rebels agreed a framework for a settlement in Jeddah last "
                "year.")
    assert "SAU" not in {t for _, t in _sides(a, "AGREE")}
    a = analyse("The two presidents signed the text of a peace deal at the Elysee Palace.")
    assert "FRA" not in {t for _, t in _sides(a, "AGREE")}


def test_owner_of_the_building_is_no_party(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Last year, at the White House, the two presidents initialled the text of a "
                "peace agreement.")
    assert "USA" not in {t for _, t in _sides(a, "AGREE")}
    a = analyse("At the Kremlin, the two leaders signed a pact on grain.")
    assert "RUS" not in {t for _, t in _sides(a, "AGREE")}


def test_a_place_an_act_is_aimed_at_still_counts(analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Ethiopia sent troops into Somalia on Monday.")
    assert ("ETH", "SOM") in _sides(a, "MOBILIZE")
    a = analyse("The United States agreed to send aid to Jordan.")
    assert any(t == "JOR" for _, t in _sides(a))


# -- a paper handed to an envoy is not the envoy's ------------------------------------------

def test_note_handed_to_a_summoned_envoy_is_the_tellers(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Norway's foreign ministry said the Russian envoy had been summoned and "
                "handed a note asking Moscow to explain the flight.")
    assert ("NOR", "RUS") in _sides(a, "REQUEST")
    a = analyse("The Chinese ambassador was summoned on Friday and given a letter demanding "
                "that Beijing release the crew.")
    assert ("CHN", "CHN") not in _sides(a, "REQUEST")
    a = analyse("Poland's foreign ministry said the Belarusian charge d'affaires was called "
                "in and presented with a note urging Minsk to stop the crossings.")
    assert ("BLR", "BLR") not in _sides(a, "REQUEST")


def test_envoy_who_hands_a_note_over_is_its_sender(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("The Russian envoy handed over a note asking Norway to explain the flight.")
    assert ("RUS", "NOR") in _sides(a, "REQUEST")
    a = analyse("Norway's foreign ministry handed the Russian envoy a note asking Moscow to "
                "explain the flight.")
    assert ("NOR", "RUS") in _sides(a, "REQUEST")


# -- a bloc's people are of no state the sentence names -------------------------------------

def test_bloc_envoys_take_no_country_from_the_sentence(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Oman could host a new round; a Muscat meeting between Houthi negotiators and "
                "Western envoys is pencilled in for December.")
    met = [e for e in a.events if e.trigger.text == "meeting"]
    assert met and all(e.source and e.source.country != "OMN" and e.target and
                       e.target.country != "OMN" for e in met)
    a = analyse("European diplomats met Iranian officials in Oman on Monday.")
    assert ("OMN", "IRN") not in _sides(a, "CONSULT")
    a = analyse("Gulf mediators held talks with Sudanese army officers in Jeddah.")
    assert "SAU" not in {s for s, _ in _sides(a, "CONSULT")}


def test_a_peoples_group_still_takes_the_one_country_named(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Ethnic Albanian guerrillas attacked a police post in Macedonia.")
    assert ("MKD", "MKD") in _sides(a, "ASSAULT")
    a = analyse("Ibo traditional elders protested in Nigeria on Monday.")
    assert any(s == "NGA" for s, _ in _sides(a, "PROTEST"))


def test_army_in_a_threats_condition_is_not_the_speakers(
        analyse: Callable[[str], Analysis]) -> None:
    a = analyse("Israel bombed Syrian tanks. Syria protested. Israel said Syria must "
                "withdraw. Israel warned that it would strike again if the army entered the "
                "city.")
    assert "ISR" not in _sources_of(a, "army")

