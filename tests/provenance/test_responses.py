"""Response chains: an answering event points to the event it answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from tests.provenance.conftest import Builder
from warpath.document import Analysis, DateValue, Document, Event, Location, Party
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


def test_words_that_name_the_act_they_answer(build: Callable[..., Builder]) -> None:
    b = build("Militants shelled a village on Monday. On Tuesday the government condemned "
              "the shelling and demanded compensation for the families.")
    shelled = b.event("shelled", source="MIL", target="GOV")
    condemned = b.event("condemned", type_="ACCUSE", source="GOV", target="MIL")
    demanded = b.event("demanded", type_="REQUEST", source="GOV", target="MIL")
    link_responses(b.analysis)
    assert condemned.responds_to == [shelled.id]
    assert demanded.responds_to == [shelled.id]


def test_judging_an_act_is_no_answer_to_it(build: Callable[..., Builder]) -> None:
    b = build("Aland shelled the port. Borduria fired missiles at Aland. The Borduran leader "
              "called the missile strikes a lesson.")
    b.event("shelled", source="ALA", target="BOR")
    b.event("fired", source="BOR", target="ALA")
    called = b.event("called", type_="ACCUSE", source="BOR", target="BOR")
    link_responses(b.analysis)
    assert called.responds_to == []


def test_the_next_day_the_target_strikes_back(build: Callable[..., Builder]) -> None:
    b = build("Army jets bombed a rebel camp on Friday. The next day the rebels fired mortars "
              "at the air base.")
    bombed = b.event("bombed", source="GOV", target="REB")
    fired = b.event("fired", source="REB", target="GOV")
    link_responses(b.analysis)
    assert fired.responds_to == [bombed.id]


def test_the_next_day_said_at_the_end_of_the_clause(build: Callable[..., Builder]) -> None:
    b = build("Rebels stormed an army camp near the river on Monday. Army jets bombed the "
              "rebels' positions the next day.")
    stormed = b.event("stormed", source="REB", target="GOV")
    bombed = b.event("bombed", source="GOV", target="REB")
    link_responses(b.analysis)
    assert bombed.responds_to == [stormed.id]


def test_the_next_day_the_same_side_again_is_no_answer(build: Callable[..., Builder]) -> None:
    b = build("Army jets bombed a rebel camp on Friday. The next day army jets bombed a "
              "second camp.")
    b.event("bombed", source="GOV", target="REB")
    again = b.event("bombed", nth=1, source="GOV", target="REB")
    link_responses(b.analysis)
    assert again.responds_to == []


def test_a_reply_announced_then_told(build: Callable[..., Builder]) -> None:
    b = build("Drones hit a fuel depot in Aland on Sunday. Aland's reply came fast. That "
              "night its missiles struck a power station in Borduria.")
    hit = b.event("hit", source="BOR", target="ALA")
    struck = b.event("struck", source="ALA", target="BOR")
    link_responses(b.analysis)
    assert struck.responds_to == [hit.id]


def test_force_used_to_break_up_a_protest(build: Callable[..., Builder]) -> None:
    b = build("Police fired tear gas to break up a march by farmers near the ministry.")
    fired = b.event("fired", type_="COERCE", source="GOV", target="CIV")
    march = b.event("march", type_="PROTEST", source="CIV", target="GOV")
    link_responses(b.analysis)
    assert fired.responds_to == [march.id]


def test_force_against_the_doers_just_told(build: Callable[..., Builder]) -> None:
    b = build("Ten drones crossed the border at night. Air defence units shot down six of "
              "them.")
    crossed = b.event("crossed", type_="COERCE", source=None, target="ALA")
    shot = b.event("shot", source="ALA")
    link_responses(b.analysis)
    assert shot.responds_to == [crossed.id]


def test_a_denial_answers_the_account_it_denies(build: Callable[..., Builder]) -> None:
    b = build("Gunmen burned the market on Sunday, a witness said. A militia spokesman denied "
              "that his men had burned anything.")
    burned = b.event("burned")
    denied = b.event("denied", type_="REJECT")
    b.event("burned", nth=1, status="negated")
    link_responses(b.analysis)
    assert denied.responds_to == [burned.id]


def test_a_supposed_answer_answers_its_condition(build: Callable[..., Builder]) -> None:
    b = build("If the army were to enter the town, the rebels would answer with ambushes.")
    enter = b.event("enter", status="hypothetical", source="GOV", target="REB")
    ambushes = b.event("ambushes", status="hypothetical", source="REB", target="GOV")
    link_responses(b.analysis)
    assert ambushes.responds_to == [enter.id]


def test_a_charge_rejected_is_the_accusation(build: Callable[..., Builder]) -> None:
    b = build("The opposition accused the minister of lying, a charge the ruling party "
              "rejected.")
    accused = b.event("accused", type_="ACCUSE")
    rejected = b.event("rejected", type_="REJECT")
    link_responses(b.analysis)
    assert rejected.responds_to == [accused.id]


def test_an_act_named_again_leads_to_its_first_telling(build: Callable[..., Builder]) -> None:
    b = build("Gunmen ambushed a convoy near the river on Monday. The group claimed the attack "
              "on Tuesday. The army bombed camps in the hills in retaliation.")
    ambushed = b.event("ambushed", source="REB", target="GOV")
    b.event("attack")
    bombed = b.event("bombed", source="GOV", target="REB")
    link_responses(b.analysis)
    assert bombed.responds_to == [ambushed.id]


def test_a_vow_to_retaliate_answers_too(build: Callable[..., Builder]) -> None:
    b = build("Jets struck the militia's depots. The militia vowed to retaliate.")
    struck = b.event("struck", source="ALA", target="MIL")
    vowed = b.event("vowed", type_="THREATEN", source="MIL", target="ALA")
    b.event("retaliate", status="hypothetical", source="MIL", target="ALA")
    link_responses(b.analysis)
    assert vowed.responds_to == [struck.id]


def test_force_on_those_just_seized_is_no_answer(build: Callable[..., Builder]) -> None:
    # "them" stands for the people detained, not for the police who detained them
    b = build("During the march, riot police detained 340 people and beat dozens of them.")
    b.event("detained", type_="COERCE", source="GOV", target="CIV")
    beat = b.event("beat", source="GOV", target="CIV")
    link_responses(b.analysis)
    assert beat.responds_to == []


def test_a_report_of_an_answer_is_no_answer(build: Callable[..., Builder]) -> None:
    b = build("Jets struck the port on Monday. A rebel spokesman said the group had fired "
              "rockets in retaliation.")
    struck = b.event("struck", source="ALA", target="REB")
    said = b.event("said", type_="ACCUSE", source="REB", target="ALA")
    fired = b.event("fired", source="REB", target="ALA")
    link_responses(b.analysis)
    assert fired.responds_to == [struck.id]
    assert said.responds_to == []


def test_act_said_not_to_have_happened_answers_its_account(
        build: Callable[..., Builder]) -> None:
    b = build("Witnesses said the rebels shelled the bus depot in Goma on Friday. "
              "In a statement the rebels said their gunners had not fired on any depot.")
    shelled = b.event("shelled", status="reported")
    fired = b.event("fired", status="negated")
    link_responses(b.analysis)
    assert fired.responds_to == [shelled.id]


def test_negated_act_sharing_nothing_answers_nothing(build: Callable[..., Builder]) -> None:
    b = build("Witnesses said the rebels shelled the bus depot in Goma on Friday. "
              "The navy said its ships had not sailed into the bay.")
    b.event("shelled", status="reported")
    sailed = b.event("sailed", type_="MOBILIZE", status="negated")
    link_responses(b.analysis)
    assert sailed.responds_to == []


def test_denial_whose_content_retells_an_act(build: Callable[..., Builder]) -> None:
    b = build("Guards fired rubber bullets at the marchers on Sunday. "
              "The interior ministry denied that rubber bullets were used.")
    fired = b.event("fired", type_="COERCE")
    denied = b.event("denied", type_="REJECT")
    link_responses(b.analysis)
    assert denied.responds_to == [fired.id]


def test_arrests_name_the_detentions_again(build: Callable[..., Builder]) -> None:
    b = build("Police detained three journalists in the capital on Monday. "
              "Riot units fired water cannon at a crowd outside the court on Tuesday. "
              "The union condemned these arrests.")
    detained = b.event("detained", type_="COERCE", source="AAA", target="BBB")
    b.event("fired", type_="COERCE", source="AAA", target="BBB")
    condemned = b.event("condemned", type_="ACCUSE", source="BBB", target="AAA")
    link_responses(b.analysis)
    assert condemned.responds_to == [detained.id]


def test_rejected_protest_answers_the_accusation(build: Callable[..., Builder]) -> None:
    b = build("Chile's foreign ministry accused Peru of violating its waters. "
              "A day later Peru rejected the protest.")
    accused = b.event("accused", type_="ACCUSE", source="CHL", target="PER")
    rejected = b.event("rejected", type_="REJECT", source="PER", target="CHL")
    link_responses(b.analysis)
    assert rejected.responds_to == [accused.id]


def test_refusing_such_a_move_answers_the_threat_before(build: Callable[..., Builder]) -> None:
    b = build("The northern militia says it is ready to march on the port if the talks fail. "
              "The port council says it will not accept any such move.")
    ready = b.event("ready", type_="THREATEN", status="reported")
    b.event("fail", type_="CONSULT", status="hypothetical")
    will = b.event("will", type_="REJECT")
    ready.source = Party("northern-militia", "militia", "AAA")
    will.source = Party("port-council", "council", "AAA")
    link_responses(b.analysis)
    # two bodies of one country are two sides; the supposed failure of talks is no claim
    assert will.responds_to == [ready.id]


def test_denied_deployment_answers_the_sighting(build: Callable[..., Builder]) -> None:
    b = build("Villagers said they saw Chadian troops moving tanks near the border in May. "
              "A government spokesman said no Chadian unit was deployed in the area.")
    moving = b.event("moving", type_="MOBILIZE", status="reported")
    deployed = b.event("deployed", type_="MOBILIZE", status="negated")
    link_responses(b.analysis)
    assert deployed.responds_to == [moving.id]


# --- answers without a response word (session 3) -----------------------------------------

def _place(e: Event, name: str, country: str) -> None:
    e.location = Location(name, name, country)


def test_strikes_hours_later_answer_the_first_telling_of_the_raid(
        build: Callable[..., Builder]) -> None:
    b = build("Militants stormed an army outpost near Garba before dawn on Friday. "
              "They detonated a car at the gate. "
              "The group said its fighters had killed forty soldiers. "
              "The ministry rejected that figure. "
              "Hours later, Ruritanian jets struck militant camps near the river.")
    day = ("Friday", "2024-03-01", "2024-03-01")
    stormed = b.event("stormed", source="GRP", target="XXX", date=day)
    b.event("detonated", source="GRP", target="XXX", date=day)
    b.event("killed", source="GRP", target="RUR", status="reported", date=day)
    struck = b.event("struck", source="RUR", target="GRP", date=day)
    link_responses(b.analysis)
    # the act against its doer told further back, at the incident's first telling
    assert struck.responds_to == [stormed.id]


def test_no_later_cue_no_counter_attack(build: Callable[..., Builder]) -> None:
    b = build("Militants stormed an army outpost near Garba. "
              "Ruritanian jets struck militant camps near the river.")
    b.event("stormed", source="GRP", target="RUR")
    struck = b.event("struck", source="RUR", target="GRP")
    link_responses(b.analysis)
    assert struck.responds_to == []


def test_condemned_assault_reaches_the_storming_far_back(
        build: Callable[..., Builder]) -> None:
    filler = " ".join(f"Witness {n} described the smoke over the hills." for n in range(9))
    b = build("Gunmen stormed the police academy in Dera on Sunday. " + filler +
              " The regional bloc condemned the assault and said it would send "
              "reinforcements to Dera.")
    stormed = b.event("stormed", source="GRP", target="GOV")
    condemned = b.event("condemned", type_="ACCUSE")
    sent = b.event("reinforcements", type_="MOBILIZE", status="planned")
    link_responses(b.analysis)
    assert condemned.responds_to == [stormed.id]
    # the plan joined to the condemnation by "and said it would" answers the same act
    assert sent.responds_to == [stormed.id]


def test_lodged_protest_shares_the_answer_of_the_condemnation(
        build: Callable[..., Builder]) -> None:
    b = build("At noon the northern navy launched three cruise missiles towards the strait. "
              "The southern government lodged a protest with the north and condemned the "
              "launch.")
    launched = b.event("launched", type_="MOBILIZE", source="NOR")
    protest = b.event("protest", type_="ACCUSE", source="SOU", target="NOR")
    condemned = b.event("condemned", type_="ACCUSE", source="SOU")
    link_responses(b.analysis)
    assert condemned.responds_to == [launched.id]
    assert protest.responds_to == [launched.id]


def test_answered_two_days_later_announces_the_next_act(
        build: Callable[..., Builder]) -> None:
    b = build("Northern drones hit a depot inside the southern province last week.\n\n"
              "The south answered two days later. Its jets bombed two camps across the "
              "border.")
    hit = b.event("hit", source="NOR", target="SOU")
    bombed = b.event("bombed", source="SOU", target="NOR")
    link_responses(b.analysis)
    assert bombed.responds_to == [hit.id]


def test_not_yet_responded_announces_nothing(build: Callable[..., Builder]) -> None:
    b = build("The governor appealed to the neighbours for help. The neighbours have not "
              "yet responded. One of them might close the crossing.")
    b.event("appealed", type_="REQUEST", source="AAA")
    close = b.event("close", type_="COERCE", status="hypothetical", source="BBB")
    link_responses(b.analysis)
    assert close.responds_to == []


def test_refusal_without_object_answers_the_offer(build: Callable[..., Builder]) -> None:
    b = build("Norwegian envoys have offered to mediate, but neither capital has accepted.")
    offered = b.event("offered", type_="AGREE", source="NOR", status="reported")
    mediate = b.event("mediate", type_="CONSULT", source="NOR", status="hypothetical")
    accepted = b.event("accepted", type_="AGREE", status="negated")
    link_responses(b.analysis)
    assert accepted.responds_to == [offered.id, mediate.id]


def test_request_not_accepted_in_a_relative_clause(build: Callable[..., Builder]) -> None:
    b = build("The rebels asked for a ten-day truce, which the junta did not accept.")
    asked = b.event("asked", type_="REQUEST", source="REB", target="GOV")
    refused = b.event("not", type_="REJECT", source="GOV", target="REB")
    link_responses(b.analysis)
    assert refused.responds_to == [asked.id]


def test_accounts_that_do_not_agree_refuse_nothing(build: Callable[..., Builder]) -> None:
    b = build("The ministry demanded that the pirates free the crew. "
              "The two accounts do not agree on the date of the boarding.")
    b.event("demanded", type_="REQUEST", source="AAA")
    agree = b.event("agree", type_="AGREE", status="negated")
    link_responses(b.analysis)
    assert agree.responds_to == []


def test_denial_answers_the_charge_against_its_side(build: Callable[..., Builder]) -> None:
    b = build("Kabul has accused Tajikistan of arming the rebels who raided Kunduz. "
              "Tajikistan denies giving weapons to any armed group.")
    accused = b.event("accused", type_="ACCUSE", source="AFG", target="TJK")
    denies = b.event("denies", type_="REJECT", source="TJK")
    link_responses(b.analysis)
    assert denies.responds_to == [accused.id]


def test_calling_the_other_sides_strike_a_violation_answers_it(
        build: Callable[..., Builder]) -> None:
    b = build("On Monday Eastland's drones hit a hideout near Ober. "
              "Westland's ministry said two farmers died and called the strike a violation "
              "of its airspace.")
    hit = b.event("hit", source="EAS", target="WES")
    called = b.event("called", type_="ACCUSE", source="WES", status="reported")
    link_responses(b.analysis)
    assert called.responds_to == [hit.id]


def test_calling_ones_own_strikes_a_triumph_answers_nothing(
        build: Callable[..., Builder]) -> None:
    b = build("Eastland fired rockets at two Westland bases on Monday. "
              "Eastland's leader called its strikes a triumph.")
    b.event("fired", source="EAS", target="WES")
    called = b.event("called", type_="ACCUSE", source="EAS")
    link_responses(b.analysis)
    assert called.responds_to == []


def test_protest_after_the_strike_named_by_its_place(build: Callable[..., Builder]) -> None:
    filler = " ".join(f"Convoy {n} crossed the dunes without trouble." for n in range(9))
    b = build("A drone hit a truck near Bir Lahlou on 2 May, a herder says. " + filler +
              " Rebels shelled a post near Smara on 9 May. "
              "Algiers protested in a letter to the council after the Bir Lahlou strike of "
              "4 May.")
    hit = b.event("hit", source="MAR", target="ESH")
    _place(hit, "Bir Lahlou", "ESH")
    b.event("shelled", source="ESH", target="MAR")
    protested = b.event("protested", type_="ACCUSE", source="DZA")
    b.event("strike", nth=0)
    link_responses(b.analysis)
    assert protested.responds_to == [hit.id]


def test_denying_any_role_answers_the_act_named_before(
        build: Callable[..., Builder]) -> None:
    b = build("Two rockets were fired at the airport on Sunday. One fell short; nobody was "
              "hurt. A little-known group claimed the attack, while the main militia "
              "denied any role.")
    fired = b.event("fired", status="asserted")
    denied = b.event("denied", type_="REJECT", source="MIL")
    link_responses(b.analysis)
    assert denied.responds_to == [fired.id]


def test_vow_to_track_down_those_responsible(build: Callable[..., Builder]) -> None:
    b = build("Gunmen attacked a wedding party in Kalo on Saturday. No one was killed or "
              "wounded, police said. The governor vowed to track down those responsible.")
    attacked = b.event("attacked")
    b.event("killed", status="negated")
    b.event("wounded")
    vowed = b.event("vowed", type_="THREATEN")
    link_responses(b.analysis)
    # "wounded" shares the negation of "killed" and is no act to answer
    assert vowed.responds_to == [attacked.id]


def test_fighting_the_attackers_is_no_vow(build: Callable[..., Builder]) -> None:
    b = build("Bandits raided the market on Friday. Guards exchanged fire with the attackers.")
    b.event("raided")
    exchanged = b.event("exchanged")
    link_responses(b.analysis)
    assert exchanged.responds_to == []


def test_freed_answers_the_detention_of_the_same_people(
        build: Callable[..., Builder]) -> None:
    b = build("Border guards detained a customs officer at the bridge on 2 March. "
              "The officer was freed five days later.")
    detained = b.event("detained", type_="COERCE", source="AAA", target="BBB")
    freed = b.event("freed", type_="RETREAT", status="reported")
    link_responses(b.analysis)
    assert freed.responds_to == [detained.id]


def test_freed_the_day_after_an_accord(build: Callable[..., Builder]) -> None:
    b = build("Elders in Tsiga signed a truce with one armed band on Monday. "
              "The band freed nine hostages the following day.")
    signed = b.event("signed", type_="AGREE")
    freed = b.event("freed", type_="RETREAT", status="reported")
    link_responses(b.analysis)
    assert freed.responds_to == [signed.id]


LIVE = ("12:40 - Police said officers had retaken the town hall.\n\n"
        "11:05 - The insurgents claimed the attack on their channel.\n\n"
        "09:30 - Fighters stormed the town of Bara overnight, residents said.\n\n"
        "08:00 - Good morning and welcome to our coverage.\n")


def test_live_blog_newest_first_retaking_answers_an_older_entry(
        build: Callable[..., Builder]) -> None:
    b = build(LIVE)
    retaken = b.event("retaken", source="GOV")
    retaken.source = Party("police", "Police", "MOZ")
    b.event("attack", nth=0)
    stormed = b.event("stormed", status="reported")
    stormed.source = Party("insurgents", "Fighters", "MOZ")
    link_responses(b.analysis)
    assert retaken.responds_to == [stormed.id]


def test_retaking_in_text_order_needs_an_earlier_act(build: Callable[..., Builder]) -> None:
    b = build("Police said officers had retaken the town hall. "
              "Fighters stormed the town of Bara overnight, residents said.")
    retaken = b.event("retaken")
    retaken.source = Party("police", "Police", "MOZ")
    stormed = b.event("stormed", status="reported")
    stormed.source = Party("insurgents", "Fighters", "MOZ")
    link_responses(b.analysis)
    assert retaken.responds_to == []


def test_troops_sent_to_the_place_of_the_attack(build: Callable[..., Builder]) -> None:
    b = build("Gunmen attacked the market in Tolo on Monday, witnesses said. "
              "Later they burned a school in Tolo. "
              "Prices of grain rose in the capital. "
              "The regional force sent two companies of troops to Tolo on Tuesday.")
    attacked = b.event("attacked", status="reported",
                       date=("Monday", "2024-05-06", "2024-05-06"))
    b.event("burned", type_="COERCE", date=("Monday", "2024-05-06", "2024-05-06"))
    sent = b.event("sent", type_="MOBILIZE", date=("Tuesday", "2024-05-07", "2024-05-07"))
    link_responses(b.analysis)
    # the first act told at the place: the incident that drew the troops
    assert sent.responds_to == [attacked.id]


def test_troops_sent_elsewhere_or_long_after_answer_nothing(
        build: Callable[..., Builder]) -> None:
    b = build("Rebels seized Tolo in March 2019. Gunmen attacked a bus near Kassa on Monday. "
              "The regional force sent two companies of troops to Tolo on Tuesday.")
    b.event("seized", type_="COERCE", date=("March 2019", "2019-03-01", "2019-03-31"))
    b.event("attacked", date=("Monday", "2024-05-06", "2024-05-06"))
    sent = b.event("sent", type_="MOBILIZE", date=("Tuesday", "2024-05-07", "2024-05-07"))
    link_responses(b.analysis)
    assert sent.responds_to == []


def test_would_pursue_the_attackers(build: Callable[..., Builder]) -> None:
    b = build("Bandits attacked the village of Sabon overnight. "
              "The governor said the police would pursue the attackers.")
    attacked = b.event("attacked")
    would = b.event("would", type_="THREATEN", status="reported")
    link_responses(b.analysis)
    assert would.responds_to == [attacked.id]


def test_clearing_what_the_other_side_blocked(build: Callable[..., Builder]) -> None:
    b = build("Farmers had blocked the highway past the Kenzo checkpoint for days when "
              "police moved in and cleared it. The next day the farmers' union declared "
              "that it no longer recognised the accord.")
    blocked = b.event("blocked", type_="PROTEST", source="FRM")
    moved = b.event("moved", type_="MOBILIZE", source="POL")
    moved.location = Location("Kenzo", "Kenzo", "FRM")
    declared = b.event("declared", type_="REJECT", source="FRM")
    link_responses(b.analysis)
    assert moved.responds_to == [blocked.id]
    # troops moved onto its ground the day before: the union's answer
    assert declared.responds_to == [moved.id]


def test_clearing_ones_own_barricade_answers_nothing(build: Callable[..., Builder]) -> None:
    b = build("Farmers had blocked the highway for days. Then the farmers cleared it.")
    b.event("blocked", type_="PROTEST", source="FRM")
    cleared = b.event("cleared", type_="COERCE", source="FRM")
    link_responses(b.analysis)
    assert cleared.responds_to == []


def test_promised_response_answers_the_expulsion(build: Callable[..., Builder]) -> None:
    b = build("Last week Riga expelled a Russian military attache. "
              "Moscow has promised a firm response.")
    expelled = b.event("expelled", type_="COERCE", source="LVA", target="RUS")
    promised = b.event("promised", type_="THREATEN", source="RUS", target="LVA")
    link_responses(b.analysis)
    assert promised.responds_to == [expelled.id]


def test_conditional_threat_of_a_response_answers_nothing_yet(
        build: Callable[..., Builder]) -> None:
    b = build("Last week Riga expelled a Russian military attache. "
              "Moscow threatened a firm response if more diplomats were expelled.")
    b.event("expelled", type_="COERCE", source="LVA", target="RUS")
    threatened = b.event("threatened", type_="THREATEN", source="RUS", target="LVA")
    link_responses(b.analysis)
    assert threatened.responds_to == []


def test_penalty_on_those_blamed_for_the_act(build: Callable[..., Builder]) -> None:
    b = build("Separatist guards detained a customs officer at the bridge on 2 March. "
              "On Monday the government froze the assets of two separatist officials whom "
              "it blamed for the detention.")
    detained = b.event("detained", type_="COERCE", source="SEP", target="GOV")
    froze = b.event("froze", type_="SANCTION", source="GOV", target="SEP")
    link_responses(b.analysis)
    assert froze.responds_to == [detained.id]


def test_refusing_the_act_that_was_asked(build: Callable[..., Builder]) -> None:
    b = build("The envoy urged both governments to reopen the Chaman crossing. "
              "Traders waited on both sides. Trucks queued for miles. "
              "Islamabad would not reopen Chaman, a spokesman said.")
    urged = b.event("urged", type_="REQUEST", source="UNO")
    would = b.event("would", type_="REJECT", source="PAK")
    link_responses(b.analysis)
    assert would.responds_to == [urged.id]


def test_dismissing_the_allegation_put_to_them(build: Callable[..., Builder]) -> None:
    b = build("Giorgi came home bruised; he says a guard beat him with a baton. "
              "We put that allegation to the border authorities, who dismissed it as "
              "invented.")
    beat = b.event("beat", status="reported", source="RUS")
    dismissed = b.event("dismissed", type_="REJECT", source="RUS")
    link_responses(b.analysis)
    # the accused side rejects an account of its own act
    assert dismissed.responds_to == [beat.id]


def test_accused_of_a_provocation_answers_the_exchange(build: Callable[..., Builder]) -> None:
    b = build("The two armies traded mortar fire near Kirants on Sunday night. "
              "Baku accused Yerevan on Monday of a deliberate provocation.")
    traded = b.event("traded", source="ARM", target="AZE")
    accused = b.event("accused", type_="ACCUSE", source="AZE", target="ARM")
    link_responses(b.analysis)
    assert accused.responds_to == [traded.id]


def test_accused_of_backing_rebels_answers_nothing(build: Callable[..., Builder]) -> None:
    b = build("Rebels shelled the airport on Sunday. "
              "The president accused the neighbour of backing the rebels.")
    b.event("shelled", source="REB", target="GOV")
    accused = b.event("accused", type_="ACCUSE", source="GOV", target="NEI")
    link_responses(b.analysis)
    assert accused.responds_to == []


# --- tolls, the writer's own negations, releases, blame, defence vows (session 3, B2) ------

def test_zero_toll_is_the_outcome_not_an_answer(build: Callable[..., Builder]) -> None:
    b = build("Mortar rounds hit the cattle market in Dilling on Friday. "
              "No one at the market was killed, a local official said.")
    b.event("hit", source="AAA", target="BBB")
    killed = b.event("killed", status="negated")
    link_responses(b.analysis)
    assert killed.responds_to == []


def test_nobody_hurt_in_the_writers_words_answers_nothing(
        build: Callable[..., Builder]) -> None:
    b = build("Gunmen fired on a patrol boat near the delta on Sunday. "
              "Nobody on the boat was hurt.")
    b.event("fired", source="AAA", target="BBB")
    hurt = b.event("hurt", status="negated")
    link_responses(b.analysis)
    assert hurt.responds_to == []


def test_denied_toll_still_answers_the_raid(build: Callable[..., Builder]) -> None:
    b = build("Witnesses said jets bombed the village of Kuta on Monday. "
              "The air force denied that any civilians in Kuta were killed.")
    bombed = b.event("bombed", status="reported")
    killed = b.event("killed", status="negated")
    killed.embedding = "nested"
    link_responses(b.analysis)
    assert killed.responds_to == [bombed.id]


def test_writers_own_negation_of_a_further_step_answers_nothing(
        build: Callable[..., Builder]) -> None:
    b = build("Aland froze the assets of the guard commanders on Monday. "
              "Aland has not banned the guard itself.")
    b.event("froze", type_="SANCTION", source="ALA", target="BOR")
    banned = b.event("banned", type_="SANCTION", status="negated", source="ALA")
    link_responses(b.analysis)
    assert banned.responds_to == []


def test_release_told_with_a_pronoun_answers_the_first_capture(
        build: Callable[..., Builder]) -> None:
    b = build("Two shepherds were detained near the canal on Monday. "
              "The guards seized both of them and drove them to the post. "
              "They were let go the next evening.")
    detained = b.event("detained", type_="COERCE", source="AAA", target="BBB")
    b.event("seized", type_="COERCE", source="AAA", target="BBB")
    let = b.event("let go", type_="CONCEDE", source="AAA", target="BBB")
    link_responses(b.analysis)
    assert let.responds_to == [detained.id]


def test_pronoun_release_with_no_capture_answers_nothing(
        build: Callable[..., Builder]) -> None:
    b = build("Rebels shelled the market on Monday. They were let go the next evening.")
    b.event("shelled", source="AAA", target="BBB")
    let = b.event("let go", type_="CONCEDE")
    link_responses(b.analysis)
    assert let.responds_to == []


def test_dismissing_that_toll_answers_the_claimed_killing(
        build: Callable[..., Builder]) -> None:
    b = build("A rebel radio station said the air raids had killed 30 people near the dam; "
              "the army dismissed that figure as invented.")
    killed = b.event("killed", status="reported", source="GOV", target="REB")
    dismissed = b.event("dismissed", type_="REJECT", source="GOV", target="REB")
    link_responses(b.analysis)
    assert dismissed.responds_to == [killed.id]


def test_dismissed_object_that_is_no_toll_answers_no_toll(
        build: Callable[..., Builder]) -> None:
    b = build("A rebel radio station said the air raids had killed 30 people near the dam; "
              "the army dismissed the station's editor.")
    b.event("killed", status="reported", source="GOV", target="REB")
    dismissed = b.event("dismissed", type_="REJECT", source="GOV", target="REB")
    link_responses(b.analysis)
    assert dismissed.responds_to == []


def test_blame_without_a_named_act_answers_the_unclaimed_blast(
        build: Callable[..., Builder]) -> None:
    b = build("A car bomb exploded outside the police station in Kismayo on Tuesday. "
              "Six people were killed. Officials blame the insurgents.")
    exploded = b.event("exploded")
    b.event("killed")
    blame = b.event("blame", type_="ACCUSE", source="SOM", target="REB")
    link_responses(b.analysis)
    # the bare toll tells the outcome of the blast: the blast is what is blamed
    assert blame.responds_to == [exploded.id]


def test_blame_for_something_other_than_force_answers_nothing(
        build: Callable[..., Builder]) -> None:
    b = build("A car bomb exploded outside the police station in Kismayo on Tuesday. "
              "Officials blame the opposition for the failure of the budget talks.")
    b.event("exploded")
    blame = b.event("blame", type_="ACCUSE", source="SOM", target="OPP")
    link_responses(b.analysis)
    assert blame.responds_to == []


def test_vow_to_defend_a_town_answers_the_attack_on_it(build: Callable[..., Builder]) -> None:
    b = build("Militia fighters shelled Bariga on Friday. Farmers fled north. "
              "The local guard vowed on Saturday to defend Bariga at any cost.")
    shelled = b.event("shelled", source="AAA", target="BBB")
    vowed = b.event("vowed", type_="THREATEN", source="BBB")
    link_responses(b.analysis)
    assert vowed.responds_to == [shelled.id]


def test_vow_to_defend_another_town_answers_nothing(build: Callable[..., Builder]) -> None:
    b = build("Militia fighters shelled Bariga on Friday. Farmers fled north. "
              "The governor vowed on Saturday to defend Lagos at any cost.")
    b.event("shelled", source="AAA", target="BBB")
    vowed = b.event("vowed", type_="THREATEN", source="BBB")
    link_responses(b.analysis)
    assert vowed.responds_to == []


def test_noun_naming_an_act_by_its_verb_beats_a_nearer_act(
        build: Callable[..., Builder]) -> None:
    b = build("Militants stormed an army camp near Bura on Monday. Two soldiers were hurt. "
              "Hours later army jets struck a hideout in the hills. "
              "The regional bloc condemned the assault.")
    stormed = b.event("stormed", source="REB", target="GOV")
    b.event("struck", source="GOV", target="REB")
    condemned = b.event("condemned", type_="ACCUSE", target="GOV")
    link_responses(b.analysis)
    assert condemned.responds_to == [stormed.id]


def test_condemned_attack_is_the_act_not_its_toll(build: Callable[..., Builder]) -> None:
    b = build("Drones pounded farms near Zakho on Friday. Three herders were killed, the "
              "mayor said. The regional government condemned the attack.")
    pounded = b.event("pounded", source="TUR", target="IRQ")
    b.event("killed", status="reported", source="TUR", target="IRQ")
    condemned = b.event("condemned", type_="ACCUSE", source="IRQ", target="TUR")
    link_responses(b.analysis)
    assert condemned.responds_to == [pounded.id]


def test_toll_told_with_its_own_doer_stays_the_answered_act(
        build: Callable[..., Builder]) -> None:
    b = build("Police dispersed a march in the capital on Friday. Three herders were killed "
              "by a roadside bomb near Zakho. The regional government condemned the attack.")
    b.event("dispersed", type_="COERCE", source="IRQ", target="IRQ")
    killed = b.event("killed", source="REB", target="IRQ")
    condemned = b.event("condemned", type_="ACCUSE", source="IRQ", target="REB")
    link_responses(b.analysis)
    assert condemned.responds_to == [killed.id]


def test_a_question_tells_no_answer(build: Callable[..., Builder]) -> None:
    b = build("Militia gunmen fired on the outpost on Sunday night. "
              "Did the soldiers fire back in retaliation?")
    b.event("fired", source="REB", target="GOV")
    back = b.event("fire back", source="GOV", target="REB", status="hypothetical")
    link_responses(b.analysis)
    assert back.responds_to == []


def test_the_same_answer_told_as_a_statement_is_linked(build: Callable[..., Builder]) -> None:
    b = build("Militia gunmen fired on the outpost on Sunday night. "
              "The soldiers fired back in retaliation.")
    fired = b.event("fired", source="REB", target="GOV")
    back = b.event("fired back", source="GOV", target="REB")
    link_responses(b.analysis)
    assert back.responds_to == [fired.id]


def test_an_act_said_to_follow_another_answers_it(build: Callable[..., Builder]) -> None:
    b = build("Police raided a militia hideout in Kireka on Friday. "
              "A militia spokesman said the raid followed the murder of three officers by "
              "his men a week earlier.")
    raid = b.event("raided", type_="COERCE", source="UGA", target="MIL")
    murder = b.event("murder", source="MIL", target="UGA")
    link_responses(b.analysis)
    assert raid.responds_to == [murder.id]


def test_following_people_is_no_answer(build: Callable[..., Builder]) -> None:
    b = build("Rebels shelled the garrison at dawn. "
              "By noon army units followed the rebels into the hills.")
    b.event("shelled", source="REB", target="GOV")
    followed = b.event("followed", type_="MOBILIZE", source="GOV", target="REB")
    link_responses(b.analysis)
    assert followed.responds_to == []


def test_blaming_an_act_on_a_side_answers_that_act(build: Callable[..., Builder]) -> None:
    b = build("Gunmen stormed a police station in Gao on Tuesday, killing four officers. "
              "Rebels also looted a market nearby. "
              "The governor blamed the assault on a faction loyal to the former mayor.")
    stormed = b.event("stormed", source=None, target="MLI")
    b.event("killing", source=None, target="MLI")
    b.event("looted", source="REB", target="MLI")
    blamed = b.event("blamed", type_="ACCUSE", source="MLI")
    link_responses(b.analysis)
    assert blamed.responds_to == [stormed.id]


def test_dismissing_a_sides_allegations_answers_them_paragraphs_later(
        build: Callable[..., Builder]) -> None:
    b = build("The interior ministry accused the Ruvu Front of planting mines on the Kigoma "
              "road.\n\nThe road has been closed since March. Traders now take a longer route "
              "through the hills. Bus fares have doubled.\n\n"
              "The Front's leadership on Thursday dismissed the ministry's allegations as lies.")
    accused = b.event("accused", type_="ACCUSE", source="GOV", target="REB")
    b.event("closed", type_="COERCE", source=None)
    dismissed = b.event("dismissed", type_="REJECT", source="REB", target="GOV")
    link_responses(b.analysis)
    assert dismissed.responds_to == [accused.id]


def test_rejecting_that_version_answers_the_statement_and_the_act_it_tells(
        build: Callable[..., Builder]) -> None:
    b = build("The army said in a communique that rebels had ambushed a supply convoy near Bor. "
              "The rebels rejected that version the next morning, saying the convoy had "
              "carried weapons.")
    said = b.event("said", type_="ACCUSE", source="SSD", target="REB")
    ambushed = b.event("ambushed", status="reported", source="REB", target="SSD")
    rejected = b.event("rejected", type_="REJECT", source="REB", target="SSD")
    link_responses(b.analysis)
    assert set(rejected.responds_to) == {said.id, ambushed.id}



def test_force_on_the_doers_of_an_act_answers_it(build: Callable[..., Builder]) -> None:
    b = build("Militants ambushed a police convoy near Mandera, the county commissioner said. "
              "Two buses were also stopped on the Elwak road. "
              "Officers killed six of the assailants in the exchange, he added.")
    ambushed = b.event("ambushed", source="SOM", target="KEN")
    b.event("stopped", type_="COERCE", source=None)
    killed = b.event("killed", source="KEN", target=None)
    link_responses(b.analysis)
    assert killed.responds_to == [ambushed.id]


def test_a_bomber_shot_down_is_not_a_doer(build: Callable[..., Builder]) -> None:
    b = build("Rebels shelled the airport at Goma. Gunners shot down a bomber near the lake.")
    b.event("shelled", source="REB", target="COD")
    down = b.event("shot", source="REB", target="COD")
    link_responses(b.analysis)
    assert down.responds_to == []


def test_next_day_strike_on_the_very_group_of_one_country(
        build: Callable[..., Builder]) -> None:
    # both sides are Nigerian: their actors, not their country, tell them apart
    b = build("Insurgents overran an army outpost near Dikwa on Friday. "
              "The day after, air force jets bombed the insurgents as they fled toward the "
              "border.")
    overran = b.event("overran")
    bombed = b.event("bombed")
    overran.source = Party("insurgents", "Insurgents", "NGA")
    overran.target = Party("army", "army", "NGA")
    bombed.source = Party("air-force", "air force jets", "NGA")
    bombed.target = Party("insurgents", "the insurgents", "NGA")
    link_responses(b.analysis)
    assert bombed.responds_to == [overran.id]


def test_the_noun_again_names_the_act_whose_object_it_was(
        build: Callable[..., Builder]) -> None:
    b = build("Villagers fled a police operation against smugglers near Tumbes in March. "
              "On 2 May the navy launched a new operation off the coast. "
              "The ministry said the operation followed the seizure of a patrol boat by the "
              "smugglers.")
    b.event("operation", type_="COERCE", source="PER", target="SMG")
    launched = b.event("launched", type_="COERCE", source="PER", target="SMG")
    seizure = b.event("seizure", type_="COERCE", source="SMG", target="PER")
    link_responses(b.analysis)
    assert launched.responds_to == [seizure.id]


def test_recalling_an_envoy_answers_the_other_sides_act(build: Callable[..., Builder]) -> None:
    b = build("Kenyan police arrested eleven Ugandan fishermen near Migingo island. "
              "Kampala recalled its high commissioner from Nairobi on Friday.")
    arrested = b.event("arrested", type_="COERCE", source="KEN", target="UGA")
    recalled = b.event("recalled", type_="SANCTION", source="UGA", target="KEN")
    link_responses(b.analysis)
    assert recalled.responds_to == [arrested.id]


def test_a_note_of_protest_answers_the_act_on_the_protesters_soil(
        build: Callable[..., Builder]) -> None:
    b = build("A Tajik border post came under fire near Vorukh on Sunday, Dushanbe said. "
              "Kyrgyz officials said Tajik troops had shelled a village across the line on "
              "Monday. Dushanbe then handed a note of protest to the Kyrgyz envoy.")
    fire = b.event("fire", source="KGZ", target="TJK")
    fire.location = Location("Vorukh", "Vorukh", "TJK")
    shelled = b.event("shelled", source="TJK", target="KGZ")
    shelled.location = Location("Leilek", "Leilek", "KGZ")
    note = b.event("note", type_="ACCUSE", source="TJK", target="KGZ")
    link_responses(b.analysis)
    assert note.responds_to == [fire.id]


def test_recalling_troops_is_no_diplomatic_answer(build: Callable[..., Builder]) -> None:
    b = build("Rebels shelled the town of Ngala. The army recalled its reserve units.")
    b.event("shelled", source="REB", target="NGA")
    recalled = b.event("recalled", type_="MOBILIZE", source="NGA", target="REB")
    link_responses(b.analysis)
    assert recalled.responds_to == []


def test_a_call_to_free_captives_answers_their_capture(build: Callable[..., Builder]) -> None:
    b = build("Belarusian guards seized a Lithuanian survey crew on the Neris on 4 June. "
              "Vilnius called on Minsk to free the four men at once.")
    seized = b.event("seized", type_="COERCE", source="BLR", target="LTU")
    called = b.event("called", type_="REQUEST", source="LTU", target="BLR")
    link_responses(b.analysis)
    assert called.responds_to == [seized.id]


def test_a_release_answers_the_demand_told_some_sentences_before(
        build: Callable[..., Builder]) -> None:
    filler = " ".join(f"Market day {n} passed quietly in the town." for n in range(5))
    b = build("Militiamen abducted nine traders on the Ituri road. "
              "The provincial governor demanded the immediate return of the traders. "
              f"{filler} Five of them were let go on Sunday near Bunia.")
    b.event("abducted", source="MIL", target="COD")
    demanded = b.event("demanded", type_="REQUEST", source="COD", target="MIL")
    freed = b.event("let go", type_="RETREAT", source=None)
    link_responses(b.analysis)
    assert demanded.id in freed.responds_to


def test_a_measure_within_hours_of_an_unclaimed_blast_answers_it(
        build: Callable[..., Builder]) -> None:
    b = build("Rebels ambushed an army truck near Kasese on Monday. "
              "On Thursday a device went off outside the customs office in Mpondwe. "
              "Within a few hours police had sealed the border crossing and arrested nine men.")
    b.event("ambushed", source="REB", target="UGA")
    blast = b.event("went off", source=None)
    sealed = b.event("sealed", type_="COERCE", source="UGA")
    link_responses(b.analysis)
    assert sealed.responds_to == [blast.id]


def test_the_bombing_named_far_back_is_the_blast(build: Callable[..., Builder]) -> None:
    filler = " ".join(f"Item {n} of the week concerned road repairs." for n in range(9))
    b = build("A parcel bomb exploded at the gate of the Lamu police post on Friday. "
              f"Troops killed four gang members in Garsen later that month. {filler} "
              "Police blamed a local cell for the bombing.")
    exploded = b.event("exploded", source=None, target="KEN")
    b.event("killed", source="KEN", target=None)
    blamed = b.event("blamed", type_="ACCUSE", source="KEN")
    link_responses(b.analysis)
    assert blamed.responds_to == [exploded.id]


def test_blame_answers_the_first_of_two_joined_acts(build: Callable[..., Builder]) -> None:
    b = build("Shells hit a bus depot in Kherson overnight and injured nine workers. "
              "No one has owned up to the shelling. City officials blamed the Russian army.")
    hit = b.event("hit", status="reported", source=None, target="UKR")
    b.event("injured", source=None, target="UKR")
    b.event("shelling", source=None, target="UKR")
    blamed = b.event("blamed", type_="ACCUSE", source="UKR", target="RUS")
    link_responses(b.analysis)
    assert blamed.responds_to == [hit.id]


def test_the_act_named_by_its_own_word_beats_its_outcome(build: Callable[..., Builder]) -> None:
    # the debris hit Iraq, but Baghdad condemns "the firing": the act its noun names
    b = build("Iran fired three missiles from a base near Semnan on Tuesday. "
              "Debris from one of them came down on a farm in Iraqi Kurdistan. "
              "Baghdad condemned the firing in a statement.")
    fired = b.event("fired", type_="MOBILIZE", source="IRN")
    b.event("came down", source=None, target="IRQ")
    condemned = b.event("condemned", type_="ACCUSE", source="IRQ", target="IRN")
    link_responses(b.analysis)
    assert condemned.responds_to == [fired.id]


def test_that_is_a_lie_answers_the_claim_before_the_question(
        build: Callable[..., Builder]) -> None:
    b = build("Q: The militia says your officers burned three houses in Kalenge on Friday. "
              "What do you make of it?\nA: That is simply a lie.")
    says = b.event("says", type_="ACCUSE", source="MIL", target="POL")
    burned = b.event("burned", status="reported", source="POL", target="MIL")
    lie = b.event("lie", type_="REJECT", source="POL", target="MIL")
    link_responses(b.analysis)
    assert set(lie.responds_to) == {says.id, burned.id}


def test_these_allegations_are_baseless_answers_the_charge(
        build: Callable[..., Builder]) -> None:
    b = build("Azerbaijan's defence ministry said Armenian units had shelled a post near "
              "Lachin. These allegations are baseless.")
    said = b.event("said", type_="ACCUSE", source="AZE", target="ARM")
    shelled = b.event("shelled", status="reported", source="ARM", target="AZE")
    baseless = b.event("baseless", type_="REJECT", source="ARM", target="AZE")
    link_responses(b.analysis)
    assert set(baseless.responds_to) == {said.id, shelled.id}


def test_a_call_to_pull_back_answers_the_asked_sides_move(
        build: Callable[..., Builder]) -> None:
    b = build("Ugandan troops set up two new posts inside the Rwenzori park on Monday. "
              "Police closed a market in Bundibugyo. "
              "Kinshasa urged Kampala to withdraw the soldiers and dismantle the posts.")
    posts = b.event("set up", type_="MOBILIZE", source="UGA", target="COD")
    b.event("closed", type_="COERCE", source="COD", target=None)
    urged = b.event("urged", type_="REQUEST", source="COD", target="UGA")
    link_responses(b.analysis)
    assert urged.responds_to == [posts.id]


def test_condemning_these_acts_answers_the_acts_just_told(
        build: Callable[..., Builder]) -> None:
    b = build("Our patrols saw foreign troops laying mines along the ridge. "
              "The command condemns these acts in the strongest terms.")
    laying = b.event("laying", type_="MOBILIZE", source="KHM", target="THA")
    condemns = b.event("condemns", type_="ACCUSE", source="THA", target="KHM")
    link_responses(b.analysis)
    assert condemns.responds_to == [laying.id]


def test_a_protest_note_needs_an_act_against_its_own_side(
        build: Callable[..., Builder]) -> None:
    b = build("Dominican police fired tear gas at Dominican traders in Dajabon. "
              "Haiti sent a diplomatic note to Santo Domingo.")
    b.event("fired", type_="COERCE", source="DOM", target="DOM")
    note = b.event("note", type_="ACCUSE", source="HTI", target="DOM")
    link_responses(b.analysis)
    assert note.responds_to == []


def test_the_act_a_participle_tells_the_outcome_of_is_answered(
        build: Callable[..., Builder]) -> None:
    b = build("Cattle raiders overran a police post near Bor at dawn, an officer said, "
              "killing six guards. The county commissioner blamed the attack on a rival clan.")
    overran = b.event("overran", source="SSD", target="SSD")
    b.event("killing", source=None, target="SSD")
    blamed = b.event("blamed", type_="ACCUSE", source="SSD")
    link_responses(b.analysis)
    assert blamed.responds_to == [overran.id]


def test_condemning_both_attacks_answers_the_last_two(build: Callable[..., Builder]) -> None:
    b = build("On Monday a drone struck a lorry near Kafra. Farmers harvested olives all week. "
              "On Tuesday soldiers fired on a shepherd near Aitaroun. "
              "The army condemned both attacks.")
    struck = b.event("struck", source="ISR", target="LBN")
    fired = b.event("fired", source="ISR", target="LBN")
    condemned = b.event("condemned", type_="ACCUSE", source="LBN", target="ISR")
    link_responses(b.analysis)
    assert set(condemned.responds_to) == {struck.id, fired.id}


def test_troops_posted_by_the_side_hit_answer_the_act_on_its_soil(
        build: Callable[..., Builder]) -> None:
    b = build("Shells fired from across the river landed in a village in Kenya's Turkana "
              "county on Friday. Ethiopian forces also raided a rebel camp near the border. "
              "Since Monday about 200 Kenyan soldiers have been stationed along the river.")
    landed = b.event("landed", source="ETH", target="KEN")
    landed.location = Location("Turkana", "Turkana", "KEN")
    raided = b.event("raided", source="ETH", target="KEN")
    raided.location = Location("Omo", "Omo", "ETH")
    stationed = b.event("stationed", type_="MOBILIZE", source="KEN")
    link_responses(b.analysis)
    assert stationed.responds_to == [landed.id]


def test_troops_posted_before_the_act_answer_nothing(build: Callable[..., Builder]) -> None:
    b = build("Shells fired from across the river landed in a village in June. "
              "Kenyan soldiers had been stationed along the river since May.")
    b.event("landed", source="ETH", target="KEN",
            date=("June", "2026-06-01", "2026-06-30"), granularity="month")
    stationed = b.event("stationed", type_="MOBILIZE", source="KEN",
                        date=("May", "2026-05-01", "2026-05-31"), granularity="month")
    link_responses(b.analysis)
    assert stationed.responds_to == []


def test_a_denied_act_answers_the_charge_just_made(build: Callable[..., Builder]) -> None:
    b = build("Vilnius accused Minsk of flying smuggling balloons over the border. "
              "Belarusian officials said their services had never launched a single balloon.")
    accused = b.event("accused", type_="ACCUSE", source="LTU", target="BLR")
    launched = b.event("launched", type_="COERCE", status="negated", source="BLR",
                       target="LTU")
    launched.embedding = "nested"
    link_responses(b.analysis)
    assert launched.responds_to == [accused.id]


def test_the_writers_own_denial_answers_the_charge_before_it(
        build: Callable[..., Builder]) -> None:
    b = build("We firmly reject the claim made by Kyiv that our artillery shelled the town of "
              "Kupiansk. No unit of ours has fired on the town.")
    claim = b.event("claim", type_="ACCUSE", source="UKR", target="RUS")
    fired = b.event("fired", status="negated", source="RUS", target="UKR")
    link_responses(b.analysis)
    assert fired.responds_to == [claim.id]


def test_no_one_killed_after_a_charge_answers_nothing(build: Callable[..., Builder]) -> None:
    b = build("Rebels accused the army of shelling the market. No one was killed.")
    b.event("accused", type_="ACCUSE", source="REB", target="GOV")
    killed = b.event("killed", status="negated", source="GOV", target="REB")
    link_responses(b.analysis)
    assert killed.responds_to == []


@pytest.mark.parametrize("condition", [
    "If the rebels march on Goma,",
    "Should the rebels march on Goma,",
    "Were the rebels to march on Goma,",
])
def test_an_act_supposed_under_a_condition_answers_its_act(
        build: Callable[..., Builder], condition: str) -> None:
    b = build(f"{condition} the army would bomb their bases in Rutshuru.")
    march = b.event("march", type_="ASSAULT", status="hypothetical", source="REB",
                    target="COD")
    bomb = b.event("bomb", status="hypothetical", source="COD", target="REB")
    link_responses(b.analysis)
    assert bomb.responds_to == [march.id]
    assert march.responds_to == []


def test_a_time_clause_is_no_condition(build: Callable[..., Builder]) -> None:
    b = build("When the rains end, the army would bomb the rebel bases in Rutshuru.")
    bomb = b.event("bomb", status="hypothetical", source="COD", target="REB")
    link_responses(b.analysis)
    assert bomb.responds_to == []


def test_the_firing_names_an_act_told_as_opening_fire(build: Callable[..., Builder]) -> None:
    b = build("Indian troops opened fire on a Pakistani post near Kotli on Monday. "
              "Two civilians in Kotli were wounded by Indian shrapnel. "
              "On Tuesday Islamabad summoned the Indian envoy to protest the firing.")
    opened = b.event("opened", source="IND", target="PAK")
    b.event("wounded", source="IND", target="PAK")
    summoned = b.event("summoned", type_="ACCUSE", source="PAK", target="IND")
    link_responses(b.analysis)
    assert summoned.responds_to == [opened.id]


def test_troops_sent_to_stop_the_fighting_answer_it(build: Callable[..., Builder]) -> None:
    b = build("Fighting between two clans near Beledweyne killed eleven people on Sunday. "
              "A minibus was also stopped by police on the Mogadishu road. "
              "The government sent troops to stop the fighting.")
    killed = b.event("killed", source="SOM", target="SOM")
    b.event("stopped", type_="COERCE", source="SOM")
    sent = b.event("sent", type_="MOBILIZE", source="SOM")
    link_responses(b.analysis)
    assert sent.responds_to == [killed.id]


def test_a_summons_in_the_lead_answers_an_earlier_day_told_below(
        build: Callable[..., Builder]) -> None:
    text = ("Senegal summoned the Gambian envoy on Sunday. "
            "The border market at Keur Ayip stayed shut all weekend. "
            "On Saturday Gambian gendarmes had {act} two Senegalese traders near the post.")
    for day, linked in (("2026-03-07", True), ("2026-03-09", False)):
        b = build(text.format(act="beaten"))
        summoned = b.event("summoned", type_="ACCUSE", source="SEN", target="GMB",
                           date=("Sunday", "2026-03-08", "2026-03-08"))
        beaten = b.event("beaten", source="GMB", target="SEN", date=("Saturday", day, day))
        link_responses(b.analysis)
        assert (summoned.responds_to == [beaten.id]) is linked


def test_a_meeting_right_after_a_request_for_talks_grants_it(
        build: Callable[..., Builder]) -> None:
    b = build("Estonia asked for urgent consultations with its allies on Friday, and the "
              "alliance's ambassadors met in Brussels that evening.")
    asked = b.event("asked", type_="REQUEST", source="EST")
    met = b.event("met", type_="CONSULT", source="NATO")
    link_responses(b.analysis)
    assert met.responds_to == [asked.id]


def test_a_meeting_after_a_request_for_money_grants_nothing(
        build: Callable[..., Builder]) -> None:
    b = build("Estonia asked for a larger budget on Friday, and the alliance's ambassadors "
              "met in Brussels that evening.")
    b.event("asked", type_="REQUEST", source="EST")
    met = b.event("met", type_="CONSULT", source="NATO")
    link_responses(b.analysis)
    assert met.responds_to == []


def test_downing_the_other_sides_drone_answers_its_strike(
        build: Callable[..., Builder]) -> None:
    b = build("Azerbaijani drones hit an Armenian supply truck near Jermuk on Sunday. "
              "Villagers repaired the road on Monday. "
              "On Tuesday Armenian air defences shot down an Azerbaijani drone near Sotk.")
    hit = b.event("hit", source="AZE", target="ARM")
    down = b.event("shot", source="ARM", target="AZE")
    link_responses(b.analysis)
    assert down.responds_to == [hit.id]


def test_downing_a_drone_of_a_side_that_did_nothing_answers_nothing(
        build: Callable[..., Builder]) -> None:
    b = build("Rebels shelled a market near Sotk on Sunday. "
              "On Tuesday Armenian air defences shot down an Azerbaijani drone near Sotk.")
    b.event("shelled", source="REB", target="ARM")
    down = b.event("shot", source="ARM", target="AZE")
    link_responses(b.analysis)
    assert down.responds_to == []


def test_no_objection_answers_the_proposal_and_what_it_proposes(
        build: Callable[..., Builder]) -> None:
    b = build("The Irish delegate asked whether the mission could open an office in Goma. "
              "No delegation objected, and the chair closed the meeting.")
    asked = b.event("asked", type_="REQUEST", source="IRL")
    office = b.event("open", type_="AID", status="hypothetical", source="UN")
    objected = b.event("objected", type_="REJECT", status="negated", source=None,
                       target="IRL")
    link_responses(b.analysis)
    assert set(objected.responds_to) == {asked.id, office.id}


def test_finding_no_sign_of_an_act_answers_the_claim_of_it(
        build: Callable[..., Builder]) -> None:
    b = build("The rebels said their rockets had struck an army depot near Bunia on Friday. "
              "Reporters who visited the area found no sign that anything was hit.")
    struck = b.event("struck", status="reported", source="REB", target="COD")
    hit = b.event("hit", status="negated")
    hit.embedding = "nested"
    link_responses(b.analysis)
    assert hit.responds_to == [struck.id]


def test_denying_doing_an_act_answers_the_blame_for_it(build: Callable[..., Builder]) -> None:
    b = build("Local officials blamed the militia for the fire at the camp. "
              "A militia commander denied burning any shelters.")
    blamed = b.event("blamed", type_="ACCUSE", source="SDN", target="MIL")
    burning = b.event("burning", type_="COERCE", status="negated", source="MIL", target="SDN")
    link_responses(b.analysis)
    assert burning.responds_to == [blamed.id]


# --- narrowed after review: people named, stated purposes, one doer asked, topics --------


def test_a_demand_for_other_people_answers_no_capture_and_no_release(
        build: Callable[..., Builder]) -> None:
    b = build("Bandits abducted 14 pupils from a school near Zaria on Monday. "
              "The EU called for the release of the detained reporter in Minsk. "
              "Lithuania freed two Belarusian border guards on Thursday.")
    b.event("abducted", type_="COERCE", source="BAN", target="NGA")
    called = b.event("called", type_="REQUEST", source="EU", target="BLR")
    freed = b.event("freed", type_="RETREAT", source="LTU", target="BLR")
    link_responses(b.analysis)
    assert called.responds_to == []
    assert freed.responds_to == []


def test_a_demand_for_the_hostages_answers_the_kidnapping_of_the_pupils(
        build: Callable[..., Builder]) -> None:
    b = build("Bandits abducted 14 pupils from a school near Zaria on Monday. "
              "The state governor demanded the safe return of the hostages. "
              "Eleven of the pupils were freed on Friday.")
    abducted = b.event("abducted", type_="COERCE", source="BAN", target="NGA")
    demanded = b.event("demanded", type_="REQUEST", source="NGA", target="BAN")
    freed = b.event("freed", type_="RETREAT", source=None)
    link_responses(b.analysis)
    assert demanded.responds_to == [abducted.id]
    assert freed.responds_to == [demanded.id]


def test_a_release_by_pronoun_answers_no_demand_told_far_back(
        build: Callable[..., Builder]) -> None:
    filler = " ".join(f"Lorries crossed the bridge on day {n}." for n in range(10))
    b = build("Police in Goma demanded the release of the traders. "
              f"{filler} Three of them were let go at dusk.")
    b.event("demanded", type_="REQUEST", source="COD")
    freed = b.event("let go", type_="RETREAT", source=None)
    link_responses(b.analysis)
    assert freed.responds_to == []


@pytest.mark.parametrize("purpose", [
    "for a joint naval drill agreed in March",
    "as part of a plan to train border police",
    "under a rotation scheduled last year",
])
def test_troops_posted_for_a_stated_other_reason_answer_nothing(
        build: Callable[..., Builder], purpose: str) -> None:
    b = build("Eritrean soldiers fired on Djiboutian fishermen near Ras Doumeira on Monday. "
              f"Djibouti deployed 200 soldiers to the Obock coast {purpose}.")
    fired = b.event("fired", source="ERI", target="DJI")
    fired.location = Location("Ras Doumeira", "Ras Doumeira", "DJI")
    deployed = b.event("deployed", type_="MOBILIZE", source="DJI")
    link_responses(b.analysis)
    assert deployed.responds_to == []


def test_troops_posted_long_after_answer_only_an_act_at_their_place(
        build: Callable[..., Builder]) -> None:
    filler = " ".join(f"Fishing boats went out on tide {n}." for n in range(5))
    text = ("Eritrean soldiers fired on Djiboutian fishermen near Ras Doumeira on Monday. "
            f"{filler} Djibouti has since deployed 200 soldiers to {{place}}.")
    for place, linked in (("Ras Doumeira", True), ("the Obock coast", False)):
        b = build(text.format(place=place))
        fired = b.event("fired", source="ERI", target="DJI")
        fired.location = Location("Ras Doumeira", "Ras Doumeira", "DJI")
        deployed = b.event("deployed", type_="MOBILIZE", source="DJI")
        link_responses(b.analysis)
        assert (deployed.responds_to == [fired.id]) is linked


@pytest.mark.parametrize("request_", [
    "The AU urged both sides to halt the fighting.",
    "The AU urged every militia in the region to stop the fighting.",
    "The AU urged Juba and Khartoum to withdraw their troops.",
])
def test_an_appeal_to_several_sides_answers_nothing(build: Callable[..., Builder],
                                                    request_: str) -> None:
    b = build("Fighting between the army and rebels near Renk killed nine people on Sunday. "
              f"{request_}")
    b.event("Fighting", source="SSD", target="REB")
    b.event("killed", source="SSD", target="REB")
    asked = b.event(request_.split()[2], type_="REQUEST", source="AU", target="SSD")
    link_responses(b.analysis)
    assert asked.responds_to == []


def test_a_request_to_end_something_else_answers_no_act(build: Callable[..., Builder]) -> None:
    b = build("Rebels backed by Kigali seized the town of Uvira in May. "
              "The EU urged Kigali to end its trade in smuggled gold.")
    b.event("seized", source="RWA", target="COD")
    urged = b.event("urged", type_="REQUEST", source="EU", target="RWA")
    link_responses(b.analysis)
    assert urged.responds_to == []


def test_lifting_a_named_measure_is_not_asked_of_another_act(
        build: Callable[..., Builder]) -> None:
    b = build("Chinese coast guard ships blocked a Philippine supply boat on Monday. "
              "Manila urged Beijing to lift its ban on Philippine mangoes.")
    b.event("blocked", type_="COERCE", source="CHN", target="PHL")
    urged = b.event("urged", type_="REQUEST", source="PHL", target="CHN")
    link_responses(b.analysis)
    assert urged.responds_to == []


def test_a_request_to_reopen_answers_the_closure(build: Callable[..., Builder]) -> None:
    b = build("Uzbek guards shut the Dostyk checkpoint on Monday. "
              "Bishkek asked Tashkent to reopen the border post at once.")
    shut = b.event("shut", type_="COERCE", source="UZB", target="KGZ")
    asked = b.event("asked", type_="REQUEST", source="KGZ", target="UZB")
    link_responses(b.analysis)
    assert asked.responds_to == [shut.id]


@pytest.mark.parametrize("judged", [
    "Asked about the fuel subsidy, the minister replied: That is a lie.",
    "That is a lie, the minister said of the harvest figures.",
])
def test_a_lie_said_about_another_matter_answers_no_claim(
        build: Callable[..., Builder], judged: str) -> None:
    b = build(f"Rebels say soldiers looted a clinic in Kiwanja on Friday. {judged}")
    b.event("say", type_="ACCUSE", source="REB", target="COD")
    b.event("looted", status="reported", source="COD", target="REB")
    lie = b.event("lie", type_="REJECT", source="COD", target="REB")
    link_responses(b.analysis)
    assert lie.responds_to == []


def test_a_lie_two_sentences_after_the_claim_answers_nothing(
        build: Callable[..., Builder]) -> None:
    b = build("Rebels say soldiers looted a clinic in Kiwanja on Friday. "
              "The minister then opened a new road in Goma. That is a lie, he told reporters.")
    b.event("say", type_="ACCUSE", source="REB", target="COD")
    b.event("looted", status="reported", source="COD", target="REB")
    lie = b.event("lie", type_="REJECT", source="COD", target="REB")
    link_responses(b.analysis)
    assert lie.responds_to == []


def test_troops_sent_after_the_side_asked_to_leave_grant_nothing(
        build: Callable[..., Builder]) -> None:
    b = build("Tanzania asked them to quit the mediation. "
              "Rwanda sent a company of troops to the lake on Tuesday.")
    b.event("asked", type_="REQUEST", source="TZA", target="RWA")
    sent = b.event("sent", type_="MOBILIZE", source="RWA")
    link_responses(b.analysis)
    assert sent.responds_to == []


def test_troops_sent_after_a_request_for_them_grant_it(build: Callable[..., Builder]) -> None:
    b = build("Kampala wanted more troops on the border and asked Nairobi for them. "
              "Nairobi sent a battalion to Busia on Tuesday.")
    asked = b.event("asked", type_="REQUEST", source="UGA", target="KEN")
    sent = b.event("sent", type_="MOBILIZE", source="KEN")
    link_responses(b.analysis)
    assert sent.responds_to == [asked.id]


def test_a_request_to_a_third_party_shares_no_condemnation(
        build: Callable[..., Builder]) -> None:
    b = build("Eritrean gunners shelled a camp near Bure on Friday. "
              "Addis Ababa condemned the shelling. "
              "It called on the African Union to send observers to the border.")
    shelled = b.event("shelled", source="ERI", target="ETH")
    condemned = b.event("condemned", type_="ACCUSE", source="ETH", target="ERI")
    called = b.event("called", type_="REQUEST", source="ETH", target="AU")
    link_responses(b.analysis)
    assert condemned.responds_to == [shelled.id]
    assert called.responds_to == []


def test_a_plea_to_press_the_doers_to_stop_is_no_purpose(
        build: Callable[..., Builder]) -> None:
    b = build("Eritrean gunners shelled a camp near Bure on Friday. "
              "Addis Ababa asked the African Union to press Asmara to stop the shelling.")
    b.event("shelled", source="ERI", target="ETH")
    asked = b.event("asked", type_="REQUEST", source="ETH", target="AU")
    link_responses(b.analysis)
    assert asked.responds_to == []


@pytest.mark.parametrize("opening, linked", [
    ("Separately, ", False), ("In an unrelated move, ", False), ("On Tuesday ", True),
])
def test_a_denial_set_apart_from_the_charge_answers_it_not(
        build: Callable[..., Builder], opening: str, linked: bool) -> None:
    b = build("Kyiv accused Russian units of shelling a school in Sumy. "
              f"{opening}Moscow denied that it had sold seized tractors abroad.")
    accused = b.event("accused", type_="ACCUSE", source="UKR", target="RUS")
    denied = b.event("denied", type_="REJECT", source="RUS", target="UKR")
    link_responses(b.analysis)
    assert (denied.responds_to == [accused.id]) is linked


# --- session 5: refusals and acceptances, denials of charges ---------------------------------

@pytest.mark.parametrize("text,asked,answer,kind", [
    ("Farmers asked the district chief for a water tanker on Friday, a request the chief "
     "turned down the next week.", "request", "turned", "REJECT"),
    ("The union put forward a truce plan, an offer which the rebel council rejected.",
     "offer", "rejected", "REJECT"),
    ("Last month the dockers asked the port board to restore night shifts, a request the "
     "board rejected by letter.", "request", "rejected", "REJECT"),
])
def test_a_refusal_qualifying_the_request_noun_answers_it(
        build: Callable[..., Builder], text: str, asked: str, answer: str, kind: str) -> None:
    # the same country on both sides: only the grammar ties the answer to the request
    b = build(text)
    request = b.event(asked, type_="REQUEST", source="AAA")
    refusal = b.event(answer, type_=kind, source="AAA")
    link_responses(b.analysis)
    assert request.id in refusal.responds_to


@pytest.mark.parametrize("text,agreed", [
    ("Parents of the conscripts pressed the garrison commander to let them visit. He "
     "agreed, and a first group went in on Sunday.", "agreed"),
    ("The monitors asked both militias for a pause in the shelling. The northern commander "
     "accepted within the hour.", "accepted"),
    ("Late on Monday the relief agency begged the governor to open the bridge to its trucks. "
     "The governor approved on Thursday.", "approved"),
])
def test_a_bare_yes_answers_the_request_just_told(build: Callable[..., Builder], text: str,
                                                   agreed: str) -> None:
    b = build(text)
    first = next(w for w in ("pressed", "asked", "begged") if w in text)
    asked = b.event(first, type_="REQUEST", source="NGO", target="GOV")
    yes = b.event(agreed, type_="AGREE", source="GOV")
    link_responses(b.analysis)
    assert yes.responds_to == [asked.id]


@pytest.mark.parametrize("text,agreed", [
    ("The monitors asked both militias for a pause in the shelling. The two cabinets agreed "
     "a new budget on Thursday.", "agreed"),
    ("The monitors asked both militias for a pause in the shelling. The port authority "
     "agreed to extend its opening hours.", "agreed"),
    # a yes by someone the request was not made of
    ("The UN urged both sides to stop the shelling. Talks in Geneva ended on Monday. The two "
     "delegations agreed, and the ministers flew home.", "agreed"),
    ("A charity appealed to the army for a corridor out of the town. The donors agreed at "
     "once.", "agreed"),
])
def test_a_yes_to_something_else_answers_no_request(build: Callable[..., Builder], text: str,
                                                     agreed: str) -> None:
    b = build(text)
    first = next(w for w in ("asked", "urged", "appealed") if w in text)
    b.event(first, type_="REQUEST", source="NGO", target="MIL")
    yes = b.event(agreed, nth=text.count(agreed) - 1, type_="AGREE", source="GOV")
    link_responses(b.analysis)
    assert yes.responds_to == []


@pytest.mark.parametrize("text,refused", [
    ("Students petitioned the rector to lift the curfew on the campus. So far the rector has "
     "declined to lift it.", "declined"),
    ("The envoy urged the border guards to dismantle the new fence. The guards' chief would "
     "not even answer the note, and refused to open it.", "refused"),
    ("Villagers petitioned the militia to reopen the well. The militia refused to consider "
     "the petition.", "refused"),
])
def test_refusing_to_act_on_what_was_asked_answers_the_request(
        build: Callable[..., Builder], text: str, refused: str) -> None:
    b = build(text)
    first = next(w for w in ("petitioned", "urged") if w in text)
    asked = b.event(first, type_="REQUEST", source="CVL")
    refusal = b.event(refused, type_="REJECT", source="MIL")
    link_responses(b.analysis)
    assert asked.id in refusal.responds_to


@pytest.mark.parametrize("text", [
    "The envoy urged the border guards to remove the new fence. The fishermen refused to "
    "take part in the census.",
    "The envoy urged the border guards to remove the new fence. The opposition has refused "
    "to join the cabinet.",
    # a pronoun on a verb that neither grants nor blocks what was asked
    "Protesters demanded the release of the detained students. The army commander refused "
    "to discuss it with journalists.",
    "Nurses called for the clinic's guards to be withdrawn. The director declined to "
    "comment on it or explain it.",
])
def test_refusing_an_act_of_ones_own_answers_no_request(build: Callable[..., Builder],
                                                        text: str) -> None:
    b = build(text)
    first = next(w for w in ("urged", "demanded", "called") if w in text)
    b.event(first, type_="REQUEST", source="IGO")
    refused = next(w for w in ("refused", "declined") if w in text)
    refusal = b.event(refused, type_="REJECT", source="CVL")
    link_responses(b.analysis)
    assert refusal.responds_to == []


@pytest.mark.parametrize("text,act,charge,deny", [
    ("A nurses' union accuses the gendarmes of looting a pharmacy in Sikasso. Their command "
     "denies that its men ever entered the shop.", "looting", "accuses", "denies"),
    ("The mayor charged the militia with burning two granaries. A militia spokesman denied "
     "on radio that his men had set any fire.", "burning", "charged", "denied"),
    ("Fishermen have accused the coastguard of ramming their boat off the cape. The "
     "coastguard rejected that, saying its cutter never left port.", "ramming", "accused",
     "rejected"),
])
def test_a_denial_of_a_charged_act_answers_the_charge(
        build: Callable[..., Builder], text: str, act: str, charge: str, deny: str) -> None:
    b = build(text)
    accused = b.event(charge, type_="ACCUSE", source="CVL")
    harm = b.event(act, source="MIL", target="CVL")
    denial = b.event(deny, type_="REJECT", source="MIL")
    denial.responds_to.append(harm.id)  # as the denial passes leave it
    link_responses(b.analysis)
    assert accused.id in denial.responds_to


def test_a_denied_act_shares_its_answer_with_the_denial(build: Callable[..., Builder]) -> None:
    b = build("Overnight the navy's mortar crews pounded a fishing camp on the lagoon, "
              "according to fishermen. The navy has denied firing at any camp.")
    shelled = b.event("pounded", source="GOV", target="CVL")
    denial = b.event("denied", type_="REJECT", source="GOV")
    firing = b.event("firing", status="negated", source="GOV")
    firing.responds_to.append(shelled.id)
    link_responses(b.analysis)
    assert shelled.id in denial.responds_to


def test_a_denial_next_to_a_plain_report_answers_no_charge(
        build: Callable[..., Builder]) -> None:
    # the shelling is told by a witness, not charged: the denial answers it, not the report
    b = build("A farmer said the army shelled the hamlet on Sunday. The defence ministry "
              "denied any shelling.")
    said = b.event("said", type_="ACCUSE", source="CVL")
    shelled = b.event("shelled", source="GOV", target="CVL")
    denial = b.event("denied", type_="REJECT", source="GOV")
    denial.responds_to.append(shelled.id)
    link_responses(b.analysis)
    assert said.id not in denial.responds_to


@pytest.mark.parametrize("text", [
    "The Ambulance Drivers Union accuses Cameroonian soldiers of beating its crew at a "
    "roadblock near Kousseri. The Cameroonian army has dismissed the Drivers Union's charge.",
    "The Norwegian Refugee Council says Kenyan police beat displaced men at the Dadaab camp "
    "gate on Monday. On Wednesday the Kenyan police rejected the Refugee Council's account.",
])
def test_a_claim_owned_by_a_short_name_is_the_full_names_claim(pipeline: Any,
                                                               text: str) -> None:
    a = pipeline(Document(text=text))
    claim = next(e for e in a.events if e.sentence == 0 and e.type == "ACCUSE")
    denial = next(e for e in a.events if e.type == "REJECT")
    assert claim.id in denial.responds_to


@pytest.mark.parametrize("text,moved", [
    ("Bandits raided a cattle market near Gusau on Monday. A police unit left Zaria the "
     "next morning to search for the raiders.", "left"),
    ("Pirates boarded a fishing trawler off the coast. The navy sent two patrol boats to "
     "track down those responsible.", "sent"),
    ("Raiders burned a police station in the hills. Commandos swept the valley to pursue "
     "the raiders.", "swept"),
])
def test_forces_moved_to_hunt_the_doers_answer_their_act(
        build: Callable[..., Builder], text: str, moved: str) -> None:
    b = build(text)
    act = b.event(next(w for w in ("raided", "boarded", "burned") if w in text),
                  source="REB", target="CVL")
    hunt = b.event(moved, type_="MOBILIZE", source="GOV")
    link_responses(b.analysis)
    assert hunt.responds_to == [act.id]


@pytest.mark.parametrize("text,side", [
    ("Bandits raided a cattle market near Gusau on Monday. Soldiers moved into the forest "
     "the next day to build a new bridge.", "GOV"),
    ("Pirates boarded a fishing trawler off the coast. The navy sent two patrol boats with "
     "the pirates' former hostages to the port.", "GOV"),
    # a purpose that helps the doers, and the doers' own side
    ("Pirates boarded a fishing trawler off the coast. Smugglers sent a fast boat to "
     "resupply the pirates.", "SMG"),
    ("Insurgents overran a border post at Kamdesh. The insurgents moved a second column up "
     "the valley to support the attackers.", "REB"),
    ("Insurgents overran a border post at Kamdesh. The insurgents sent a patrol to find the "
     "attackers a safe road home.", "REB"),
])
def test_forces_moved_for_another_purpose_answer_nothing(build: Callable[..., Builder],
                                                         text: str, side: str) -> None:
    b = build(text)
    b.event(next(w for w in ("raided", "boarded", "overran") if w in text), source="REB",
            target="CVL")
    moved = b.event(next(w for w in ("moved", "sent") if w in text), type_="MOBILIZE",
                    source=side)
    link_responses(b.analysis)
    assert moved.responds_to == []


def test_a_bare_rejection_aimed_at_one_accuser_skips_another_sides_later_charge(
        build: Callable[..., Builder]) -> None:
    # the newest charge against the denier is another side's, on another matter
    b = build("Lithuania accused Belarus of pushing migrants over the border. Poland "
              "accused Belarus of jamming airport radar. Minsk rejected the allegation, "
              "calling the Lithuanian government a puppet.")
    first = b.event("accused", type_="ACCUSE", source="LTU", target="BLR")
    b.event("accused", nth=1, type_="ACCUSE", source="POL", target="BLR")
    denial = b.event("rejected", type_="REJECT", source="BLR", target="LTU")
    link_responses(b.analysis)
    assert first.id in denial.responds_to
    assert "e2" not in denial.responds_to


# Forces sent or arriving at the place of an attack; force a state turns on an armed group.

@pytest.mark.parametrize("text,word,place_act,place", [
    ("Bandits raided Kafur on Sunday and burned the clinic. On Monday the governor sent "
     "reinforcements to Kafur by road.", "reinforcements", "raided", "Kafur"),
    ("Gunmen set fire to the market in Tessit at dawn. Malian troops arrived in Tessit "
     "before noon.", "arrived", "set", "Tessit"),
    ("Raiders looted grain stores outside Damasak overnight. The brigade dispatched two "
     "companies to Damasak the following morning.", "dispatched", "looted", "Damasak"),
])
def test_forces_sent_to_the_place_of_an_attack(build: Callable[..., Builder], text: str,
                                               word: str, place_act: str, place: str) -> None:
    b = build(text)
    act = b.event(place_act, source="REB", target="CVL")
    act.location = Location(place, place, None)
    sent = b.event(word, type_="MOBILIZE", source="GOV")
    link_responses(b.analysis)
    assert sent.responds_to == [act.id]


@pytest.mark.parametrize("text,word", [
    ("Rebels shelled Beni overnight. The army sent reinforcements to Goma on Friday.",
     "reinforcements"),
    ("Rebels shelled Beni overnight. Engineers arrived in Goma to repair the bridge.",
     "arrived"),
])
def test_forces_sent_elsewhere_answer_nothing(build: Callable[..., Builder], text: str,
                                               word: str) -> None:
    b = build(text)
    shelled = b.event("shelled", source="REB", target="TZA")  # not the sender's side
    shelled.location = Location("Beni", "Beni", None)
    sent = b.event(word, type_="MOBILIZE", source="GOV")
    link_responses(b.analysis)
    assert sent.responds_to == []


def _group(b: Builder, word: str, actor: str, country: str | None = "RWA",
           nth: int = 0) -> Event:
    e = b.event(word, nth=nth)
    e.source = Party(actor, "fighters", country, "REB")
    return e


def _state_on(b: Builder, word: str, target: str, country: str | None = "RWA",
              target_country: str | None = "RWA", nth: int = 0) -> Event:
    e = b.event(word, nth=nth)
    e.source = Party("generic-army", "soldiers", country, "MIL")
    e.target = Party(target, "militiamen", target_country, "REB")
    return e


@pytest.mark.parametrize("text,first,answer,target", [
    ("Fighters of the Tiger Front overran a farming hamlet near Ruhengo on Friday. On Saturday "
     "soldiers killed five militiamen in the hills above it.", "overran", "killed",
     "generic-militiaman-rwa"),
    ("The Tiger Front torched a health post in the valley. Two days on, an army unit shelled "
     "Tiger Front hideouts across the ridge.", "torched", "shelled", "tiger-front"),
    ("Tiger Front gunmen ambushed a minibus on the lake road. Commandos later stormed a camp "
     "of the movement and captured its quartermaster.", "ambushed", "stormed",
     "tiger-front"),
])
def test_force_on_an_armed_group_answers_its_latest_act(
        build: Callable[..., Builder], text: str, first: str, answer: str,
        target: str) -> None:
    b = build(text)
    act = _group(b, first, "tiger-front")
    hit = _state_on(b, answer, target)
    link_responses(b.analysis)
    assert hit.responds_to == [act.id]


def test_force_on_a_group_answers_the_latest_dated_act(build: Callable[..., Builder]) -> None:
    b = build("Militiamen burned two villages on Sunday. On Saturday, the day before, gunmen "
              "had robbed a bus near the same road. On Monday soldiers pushed into the forest "
              "and killed seven militiamen.")
    burned = _group(b, "burned", "tiger-front")
    burned.date = DateValue("Sunday", dt.date(2026, 3, 8), dt.date(2026, 3, 8), "day")
    robbed = _group(b, "robbed", "generic-gunman-rwa")
    robbed.date = DateValue("Saturday", dt.date(2026, 3, 7), dt.date(2026, 3, 7), "day")
    pushed = b.event("pushed", type_="MOBILIZE")
    pushed.source = Party("generic-army", "soldiers", "RWA", "MIL")
    killed = _state_on(b, "killed", "generic-militiaman-rwa")
    for e in (pushed, killed):
        e.date = DateValue("Monday", dt.date(2026, 3, 9), dt.date(2026, 3, 9), "day")
    link_responses(b.analysis)
    assert killed.responds_to == [burned.id]
    assert pushed.responds_to == [burned.id]  # one operation with the killing it is joined to


def test_force_on_a_group_before_its_act_answers_nothing(
        build: Callable[..., Builder]) -> None:
    b = build("Soldiers killed five militiamen in the hills. Later the militiamen burned a "
              "school in the valley.")
    killed = _state_on(b, "killed", "generic-militiaman-rwa")
    burned = _group(b, "burned", "generic-militiaman-rwa")
    link_responses(b.analysis)
    assert killed.responds_to == []
    assert burned.responds_to in ([], [killed.id])


def test_force_on_a_group_of_another_country_answers_nothing(
        build: Callable[..., Builder]) -> None:
    b = build("Militiamen burned a school in the valley. Across the lake, soldiers killed "
              "five militiamen in a raid on a camp.")
    _group(b, "burned", "generic-militiaman-bdi", country="BDI")
    killed = _state_on(b, "killed", "generic-militiaman-rwa")
    link_responses(b.analysis)
    assert killed.responds_to == []


def test_one_group_striking_another_is_no_state_answer(build: Callable[..., Builder]) -> None:
    b = build("Tiger Front gunmen burned a school. Fighters of a rival militia killed five "
              "Tiger Front men.")
    _group(b, "burned", "tiger-front")
    killed = _group(b, "killed", "rival-militia")
    killed.target = Party("tiger-front", "Tiger Front men", "RWA", "REB")
    link_responses(b.analysis)
    assert killed.responds_to == []


# A note of protest handed over with a summons is one démarche: a rejection answers the summons.

@pytest.mark.parametrize("text,summons,note,reply", [
    ("The foreign ministry summoned the Ruritanian envoy and handed her a note of protest. "
     "Ruritania rejected the accusations the same evening.", "summoned", "note", "rejected"),
    ("Oslo called in the ambassador on Friday and delivered a protest note over the seizure. "
     "Moscow dismissed the charges as baseless.", "called", "note", "dismissed"),
    ("The ministry summoned the consul and lodged a formal protest. The embassy rejected the "
     "protest as groundless.", "summoned", "protest", "rejected"),
])
def test_a_rejection_of_a_demarche_answers_the_summons(
        build: Callable[..., Builder], text: str, summons: str, note: str,
        reply: str) -> None:
    b = build(text)
    called = b.event(summons, type_="ACCUSE", source="NOR", target="RUR")
    handed = b.event(note, type_="ACCUSE", source="NOR", target="RUR")
    rejected = b.event(reply, type_="REJECT", source="RUR", target="NOR")
    link_responses(b.analysis)
    assert called.id in rejected.responds_to
    assert handed.id not in called.responds_to


def test_a_note_handed_alone_is_answered_itself(build: Callable[..., Builder]) -> None:
    b = build("The ministry handed a note of protest to the consul. Ruritania rejected the "
              "accusations the same evening.")
    note = b.event("note", type_="ACCUSE", source="NOR", target="RUR")
    rejected = b.event("rejected", type_="REJECT", source="RUR", target="NOR")
    link_responses(b.analysis)
    assert rejected.responds_to == [note.id]


def test_a_charge_joined_to_a_summons_is_its_own_act(build: Callable[..., Builder]) -> None:
    b = build("The ministry accused Ruritania of spying and summoned its envoy. Ruritania "
              "rejected the accusation.")
    accused = b.event("accused", type_="ACCUSE", source="NOR", target="RUR")
    b.event("summoned", type_="ACCUSE", source="NOR", target="RUR")
    rejected = b.event("rejected", type_="REJECT", source="RUR", target="NOR")
    link_responses(b.analysis)
    assert rejected.responds_to[:1] == [accused.id]


# A denial some lines after the charge answers it when the charge is aimed at the denier.

FILLER = ("The market stayed shut on Friday. Traders counted their losses. A school reopened "
          "in the next valley. ")


@pytest.mark.parametrize("text,charge,denial,accused,denier", [
    ("Villagers blame the border police for the fire at the granary. " + FILLER
     + "The gendarmerie has denied any part in the fire.", "blame", "denied",
     Party("generic-police-rur", "border police", "RUR", "COP"),
     Party("generic-gendarmerie-rur", "gendarmerie", "RUR", "COP")),
    ("The dockers' union accused the Harbour Authority of freezing its funds. " + FILLER
     + "The Harbour Authority denied touching any account.", "accused", "denied",
     Party("harbour-authority", "Harbour Authority", "RUR", "GOV"),
     Party("harbour-authority", "Harbour Authority", "RUR", "GOV")),
    ("Aland's interior ministry said Borduran guards had fired first. " + FILLER
     + "Borduran border troops rejected what they called slander from Aland.", "said",
     "rejected", Party("generic-guard-bor", "Borduran guards", "BOR", None),
     Party("generic-troop-bor", "border troops", "BOR", "MIL")),
])
def test_a_denial_answers_a_charge_against_the_denier_lines_before(
        build: Callable[..., Builder], text: str, charge: str, denial: str,
        accused: Party, denier: Party) -> None:
    b = build(text)
    charged = b.event(charge, type_="ACCUSE", source="ALA")
    charged.target = accused
    denied = b.event(denial, type_="REJECT", target="ALA")
    denied.source = denier
    link_responses(b.analysis)
    assert charged.id in denied.responds_to


@pytest.mark.parametrize("text", [
    # another organ of the same country, of another kind, lines later
    "Villagers blame the army for the fire at the granary. " + FILLER
    + "The foreign ministry has denied any part in a border incident.",
    # the charge told too far back
    "Villagers blame the army for the fire at the granary. " + FILLER + FILLER
    + "The army has denied any part in a border incident.",
])
def test_a_denial_far_from_a_charge_on_another_answers_nothing(
        build: Callable[..., Builder], text: str) -> None:
    b = build(text)
    charged = b.event("blame", type_="ACCUSE", source="CVL")
    charged.target = Party("generic-army-rur", "army", "RUR", "MIL")
    denied = b.event("denied", type_="REJECT")
    who = "foreign ministry" if "ministry" in text else "army"
    denied.source = Party(f"generic-{who.split()[-1]}-rur", who, "RUR",
                          "GOV" if "ministry" in text else "MIL")
    link_responses(b.analysis)
    assert charged.id not in denied.responds_to


# An act told as the consequence of the other side's act just told ("therefore", "in turn").

@pytest.mark.parametrize("text,first,first_type,answer,answer_type", [
    ("Last week Borduria massed tanks near the frontier. Aland has therefore moved two "
     "brigades to the border.", "massed", "MOBILIZE", "moved", "MOBILIZE"),
    ("Borduran gunboats fired on an Aland ferry on Monday. Aland consequently expelled two "
     "Borduran diplomats.", "fired", "ASSAULT", "expelled", "COERCE"),
    ("Borduria seized an Aland trawler off the cape. In turn, Aland detained a Borduran "
     "cargo ship in its port.", "seized", "COERCE", "detained", "COERCE"),
])
def test_an_act_told_as_a_consequence_answers_the_other_side(
        build: Callable[..., Builder], text: str, first: str, first_type: str, answer: str,
        answer_type: str) -> None:
    b = build(text)
    act = b.event(first, type_=first_type, source="BOR", target="ALA")
    reply = b.event(answer, type_=answer_type, source="ALA", target="BOR")
    link_responses(b.analysis)
    assert reply.responds_to == [act.id]


@pytest.mark.parametrize("text,first_source", [
    # its own side's act before it
    ("Aland held drills near the frontier. Aland has therefore moved two brigades to the "
     "border.", "ALA"),
    # no word of consequence: two moves in sequence
    ("Borduria massed tanks near the frontier. Aland moved two brigades to the border.",
     "BOR"),
])
def test_moves_in_sequence_without_consequence_answer_nothing(
        build: Callable[..., Builder], text: str, first_source: str) -> None:
    b = build(text)
    first = "held" if "held" in text else "massed"
    b.event(first, type_="MOBILIZE", source=first_source, target="ALA" if first_source == "BOR"
            else None)
    reply = b.event("moved", type_="MOBILIZE", source="ALA", target="BOR")
    link_responses(b.analysis)
    assert reply.responds_to == []


# ------------------------------------------------- session 6: reply classes on unseen wording


def _answers(pipeline: Any, text: str) -> dict[str, list[str]]:
    """Trigger text -> the trigger texts of what it answers."""
    analysis = pipeline(Document(text=text))
    by_id = {e.id: e.trigger.text for e in analysis.events}
    return {e.trigger.text: [by_id[i] for i in e.responds_to] for e in analysis.events}


@pytest.mark.parametrize(("text", "answer", "answered"), [
    ("The government accused the rebels of a massacre in the town. A rebel spokesman "
     "brushed off the charge within the hour.", "brushed off", "accused"),
    ("Kenya accused Somalia of arming the militia. Mogadishu shrugged off the criticism.",
     "shrugged off", "accused"),
    ("The ministry lodged a formal complaint with the Israeli side. The agency rejected the "
     "complaint in a statement.", "rejected", "complaint"),
    ("The president urged the fighters to lay down their weapons. A rebel spokesman "
     "dismissed the offer the same day.", "dismissed", "urged"),
])
def test_a_reply_verb_answers_the_charge_or_offer_it_names(
        pipeline: Any, text: str, answer: str, answered: str) -> None:
    assert answered in _answers(pipeline, text)[answer]


@pytest.mark.parametrize("text", [
    "Kenya accused Somalia of arming the militia. The minister brushed her hair and left.",
    "Kenya accused Somalia of arming the militia. A week later the court dismissed the "
    "workers.",
])
def test_casting_aside_without_a_charge_answers_nothing(pipeline: Any, text: str) -> None:
    assert all(not v for v in _answers(pipeline, text).values())


@pytest.mark.parametrize(("text", "answer", "answered"), [
    ("On Friday about 2,000 students rallied outside parliament in Dhaka. Riot police used "
     "water cannon and rubber bullets on them.", "used", "rallied"),
    ("Hundreds of nurses protested outside the ministry in Nairobi. Police broke up the "
     "protest with batons.", "broke up", "protested"),
    ("Farmers blocked the motorway near Lille. Gendarmes fired tear gas.", "fired",
     "blocked"),
])
def test_crowd_control_answers_the_protest_just_told(
        pipeline: Any, text: str, answer: str, answered: str) -> None:
    assert _answers(pipeline, text)[answer] == [answered]


@pytest.mark.parametrize(("text", "answer"), [
    ("Students marched in Lagos on Monday. The next week, the army fired at rebels in the "
     "north. Later in the year, police used tear gas on smugglers.", "used"),
    ("Police fired tear gas at smugglers at the border crossing.", "fired"),
])
def test_tear_gas_on_others_answers_no_protest(pipeline: Any, text: str, answer: str) -> None:
    assert _answers(pipeline, text)[answer] == []


@pytest.mark.parametrize(("text", "answer", "answered"), [
    ("Police in Minsk detained three Lithuanian lorry drivers on Monday. Vilnius recalled "
     "its ambassador over the arrests.", "recalled", "detained"),
    ("Turkish jets bombed a village in northern Iraq. Baghdad lodged a protest over the "
     "raid.", "protest", "bombed"),
])
def test_a_measure_over_a_named_act_answers_it(
        pipeline: Any, text: str, answer: str, answered: str) -> None:
    assert _answers(pipeline, text)[answer] == [answered]


def test_over_a_thing_that_is_no_act_answers_nothing(pipeline: Any) -> None:
    text = ("Turkish jets bombed a village in northern Iraq. Ankara and Baghdad later "
            "quarrelled over water.")
    assert all(not v for v in _answers(pipeline, text).values())


@pytest.mark.parametrize(("text", "answer", "answered"), [
    ("Fighters from a rival clan torched forty houses in Tole on Saturday. On Sunday, in a "
     "revenge attack, gunmen ambushed a bus near Tole.", "ambushed", "torched"),
    ("Fighters from a rival clan torched forty houses in Tole on Saturday. On Sunday, in "
     "what police describe as a revenge attack, gunmen ambushed a bus near Tole.",
     "ambushed", "torched"),
    ("Hezbollah fired rockets at Kiryat Shmona. Israel launched retaliatory strikes on "
     "villages in south Lebanon.", "strikes", "fired"),
    ("Rebels shelled the garrison at Goma. A week later the army mounted reprisal raids on "
     "rebel villages.", "raids", "shelled"),
])
def test_an_act_called_a_revenge_attack_answers_the_act_before(
        pipeline: Any, text: str, answer: str, answered: str) -> None:
    assert _answers(pipeline, text)[answer] == [answered]


def test_a_revenge_word_on_no_act_answers_nothing(pipeline: Any) -> None:
    text = "The ministry issued a revenge porn warning. Police attacked a camp."
    assert all(not v for v in _answers(pipeline, text).values())


def test_a_summons_in_a_newest_first_live_blog_answers_the_older_act(pipeline: Any) -> None:
    text = ("Updates are posted newest first.\n\n18:30\nIndia struck a Bangladeshi border post "
            "with mortars this evening.\n\n15:05\nDhaka has summoned the Indian high "
            "commissioner.\n\n12:00\nThe two forces met at the post.\n\n09:00\nIndian border "
            "guards shot dead a Bangladeshi teenager near the fence.")
    assert _answers(pipeline, text)["summoned"] == ["shot"]


def test_a_summons_in_plain_order_answers_the_act_told_before(pipeline: Any) -> None:
    text = ("Indian border guards shot dead a Bangladeshi teenager near the fence. Dhaka "
            "summoned the Indian high commissioner. Later, India struck a Bangladeshi border "
            "post with mortars.")
    assert _answers(pipeline, text)["summoned"] == ["shot"]


def _answers(pipeline: Any, text: str) -> dict[str, list[str]]:
    a = pipeline(Document(text=text))
    by_id = {e.id: e.trigger.text for e in a.events}
    return {e.trigger.text: [by_id[r] for r in e.responds_to] for e in a.events}


# Crowd control answers the march just told in the same place, not a crowd elsewhere.
@pytest.mark.parametrize("text", [
    "Teachers marched in Harare on Monday. In Bulawayo, police fired tear gas at the crowd.",
    "Students protested in Dakar on Monday. In Abidjan, police fired tear gas to disperse a "
    "crowd of looters.",
    "Nurses rallied in Kisumu. In Mombasa, officers used water cannon on the crowd.",
])
def test_crowd_control_elsewhere_answers_no_march(pipeline: Any, text: str) -> None:
    answers = _answers(pipeline, text)
    assert not any(answers.get(t) for t in ("fired", "used"))


@pytest.mark.parametrize(("text", "verb", "march"), [
    ("Teachers marched in Harare on Monday. Police fired tear gas to disperse the crowd in "
     "central Harare.", "fired", "marched"),
    ("Opposition supporters rallied in Lusaka. Riot police fired rubber bullets into the crowd.",
     "fired", "rallied"),
])
def test_crowd_control_answers_the_march(pipeline: Any, text: str, verb: str,
                                         march: str) -> None:
    assert _answers(pipeline, text)[verb] == [march]
