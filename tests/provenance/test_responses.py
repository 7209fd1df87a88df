"""Response chains: an answering event points to the event it answers."""

from __future__ import annotations

from collections.abc import Callable

from tests.provenance.conftest import Builder
from warpath.document import Analysis
from warpath.provenance.responses import link_responses


def test_object_of_in_response_to_is_answered(build: Callable[..., Builder]) -> None:
    b = build("The government imposed sanctions in response to the arrest of its consul.")
    sanctions = b.event("sanctions", type_="SANCTION")
    arrest = b.event("arrest", type_="COERCE")
    link_responses(b.analysis)
    assert sanctions.responds_to == [arrest.id]
    assert arrest.responds_to == []


def test_retaliation_without_object_answers_the_other_side(
        build: Callable[..., Builder]) -> None:
    b = build("Rebels shelled the garrison on Monday. Police detained two reporters. "
              "On Tuesday the army bombed rebel positions in retaliation.")
    shelled = b.event("shelled", source="REB", target="GOV")
    b.event("detained", type_="COERCE", source="GOV", target="MED")
    bombed = b.event("bombed", source="GOV", target="REB")
    link_responses(b.analysis)
    assert bombed.responds_to == [shelled.id]


def test_responded_to_x_by_doing_y(build: Callable[..., Builder]) -> None:
    b = build("Aland launched strikes on militia depots in Borduria. "
              "Borduria responded to the strikes on its allies by expelling the ambassador.")
    strikes = b.event("strikes", source="ALA", target="BOR")
    again = b.event("strikes", nth=1, source=None, target="BOR")
    expelling = b.event("expelling", type_="COERCE", source="BOR", target="ALA")
    link_responses(b.analysis)
    # the answered act is the one named in the "to" phrase, itself a mention of the strikes
    assert expelling.responds_to == [again.id]
    assert strikes.responds_to == []


def test_answer_matched_by_the_nouns_of_the_object(build: Callable[..., Builder]) -> None:
    b = build("Gunmen ambushed a patrol near the border. Two days later the ministry froze "
              "the accounts of the group. The group then fired rockets to avenge the freeze.")
    b.event("ambushed", source="GRP", target="GOV")
    froze = b.event("froze", type_="SANCTION", source="GOV", target="GRP")
    rockets = b.event("fired", source="GRP", target="GOV")
    link_responses(b.analysis)
    assert rockets.responds_to == [froze.id]


def test_no_cue_no_link(build: Callable[..., Builder]) -> None:
    b = build("Rebels shelled the garrison. The army bombed rebel positions.")
    b.event("shelled", source="REB", target="GOV")
    bombed = b.event("bombed", source="GOV", target="REB")
    link_responses(b.analysis)
    assert bombed.responds_to == []


def test_seed_protest_answers_the_attacks(seed: Analysis) -> None:
    by_id = {e.id: e for e in seed.events}
    sentence = seed.sentence_index(seed.text.index("protest at the"))
    answers = [e for e in seed.events if e.sentence == sentence and e.responds_to]
    assert answers
    answered = [by_id[i] for e in answers for i in e.responds_to]
    assert all(a.type == "ASSAULT" for a in answered)


def test_purpose_clause_makes_the_act_an_answer(build: Callable[..., Builder]) -> None:
    b = build("Gunners from Sudria fired mortars at a Norland border post on Sunday. "
              "On Monday Norland summoned the Sudrian envoy to protest the firing.")
    fired = b.event("fired", source="SUD", target="NOR")
    summoned = b.event("summoned", type_="ACCUSE", source="NOR", target="SUD")
    protest = b.event("protest", type_="PROTEST", status="hypothetical", source="NOR")
    link_responses(b.analysis)
    # the summons answers the shooting, found by "the firing" naming "fired"
    assert summoned.responds_to == [fired.id]
    assert protest.responds_to == []


def test_generic_object_answers_a_verbal_act(build: Callable[..., Builder]) -> None:
    b = build("Kalia accused Doravia of massing troops on the frontier. "
              "In response to that statement, Doravia expelled two Kalian diplomats.")
    accused = b.event("accused", type_="ACCUSE", source="KAL", target="DOR")
    expelled = b.event("expelled", type_="COERCE", source="DOR", target="KAL")
    link_responses(b.analysis)
    assert expelled.responds_to == [accused.id]


def test_returned_fire_answers_the_act_after_it(build: Callable[..., Builder]) -> None:
    b = build("The guards said they had only returned fire after smugglers shot at "
              "their patrol.")
    returned = b.event("returned", source="GOV", target="SMG")
    shot = b.event("shot", source="SMG", target="GOV")
    link_responses(b.analysis)
    # named by the cue, the answered act may be told after the answer
    assert returned.responds_to == [shot.id]
    assert shot.responds_to == []


def test_event_noun_finds_its_verb(build: Callable[..., Builder]) -> None:
    b = build("Police in Aland detained a Bordurian journalist in March. In April Aland "
              "expelled a Bordurian diplomat. In May Borduria arrested an Aland engineer, "
              "a step widely seen as retaliation for the detention.")
    detained = b.event("detained", type_="COERCE", source="ALA", target="BOR")
    b.event("expelled", type_="COERCE", source="ALA", target="BOR")
    arrested = b.event("arrested", type_="COERCE", source="BOR", target="ALA")
    link_responses(b.analysis)
    assert arrested.responds_to == [detained.id]


def test_summons_answers_the_other_sides_latest_act(build: Callable[..., Builder]) -> None:
    b = build("Sudrian cutters seized a Norland fishing boat on Friday. Norland's navy "
              "held a drill. Norland summoned the Sudrian ambassador the next day.")
    seized = b.event("seized", type_="COERCE", source="SUD", target="NOR")
    b.event("drill", type_="MOBILIZE", source="NOR")
    summoned = b.event("summoned", type_="ACCUSE", source="NOR", target="SUD")
    link_responses(b.analysis)
    assert summoned.responds_to == [seized.id]
    assert seized.responds_to == []


def test_summons_without_a_provocation_answers_nothing(
        build: Callable[..., Builder]) -> None:
    b = build("Norland's navy held a drill. Norland summoned the Sudrian ambassador.")
    b.event("drill", type_="MOBILIZE", source="NOR")
    summoned = b.event("summoned", type_="ACCUSE", source="NOR", target="SUD")
    link_responses(b.analysis)
    assert summoned.responds_to == []


def test_came_after_links_the_other_sides_act(build: Callable[..., Builder]) -> None:
    b = build("The airstrikes came after militants shelled a market in the capital.")
    strikes = b.event("airstrikes", source="GOV", target="MIL")
    shelled = b.event("shelled", source="MIL", target="GOV")
    link_responses(b.analysis)
    assert strikes.responds_to == [shelled.id]


def test_came_after_one_sides_own_act_is_chronology(build: Callable[..., Builder]) -> None:
    b = build("The airstrikes came after the army shelled the rebel depot.")
    strikes = b.event("airstrikes", source="GOV", target="REB")
    b.event("shelled", source="GOV", target="REB")
    link_responses(b.analysis)
    assert strikes.responds_to == []
