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
