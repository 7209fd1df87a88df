"""Response chains: an answering event points to the event it answers."""

from __future__ import annotations

from collections.abc import Callable

from tests.provenance.conftest import Builder
from warpath.document import Analysis, Event, Location, Party
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
