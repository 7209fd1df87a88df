"""Events from the dependency parse: predicates, their source and target, and their PLOVER type.

Short sentences are written for these tests; the real texts are read from ../shared.
"""

from __future__ import annotations

import re

from tests.events.conftest import countries, events_of
from warpath.document import COOPERATION_TYPES


def test_a_verb_with_a_country_subject(analyse):
    (event,) = events_of(analyse("Israeli jets struck a weapons depot near Damascus on Tuesday."))
    assert event.type == "ASSAULT"
    assert event.source is not None and event.source.country == "ISR"
    assert event.trigger.text == "struck"
    assert event.cameo == "195" and event.intensity == -10.0


def test_passive_agent_is_the_source(analyse):
    (event,) = events_of(analyse("The Ukrainian convoy was attacked by Russian forces."))
    assert (event.source.country, event.target.country) == ("RUS", "UKR")


def test_nominalisation_possessor_and_of_object(analyse):
    a = analyse("Turkey's shoot-down of the Russian jet angered Moscow.")
    (event,) = events_of(a, "ASSAULT")
    assert event.trigger.text == "shoot-down"
    assert (event.source.country, event.target.country) == ("TUR", "RUS")


def test_light_verb_gives_the_noun_event_the_verb_subject(analyse):
    (event,) = events_of(analyse("Russia launched a missile attack on Kyiv."))
    assert event.type == "ASSAULT" and event.trigger.text == "attack"
    assert (event.source.country, event.target.country) == ("RUS", "UKR")


def test_coordinated_subjects_give_one_event_per_actor(analyse):
    events = events_of(analyse("France and Germany condemned the attack."), "ACCUSE")
    assert countries(events) == {"FRA", "DEU"}
    assert len(events) == 2


def test_reciprocal_predicates_pair_the_conjuncts(analyse):
    events = events_of(analyse("Armenia and Azerbaijan agreed to a truce."), "AGREE")
    pairs = {(e.source.country, e.target.country) for e in events}
    assert pairs == {("ARM", "AZE"), ("AZE", "ARM")}


def test_several_events_in_one_sentence(analyse):
    a = analyse("Police arrested dozens of protesters and fired tear gas at the crowd.")
    assert [e.trigger.text for e in a.events] == ["arrested", "fired"]
    assert {e.type for e in a.events} == {"COERCE"}


def test_the_object_decides_the_sense(analyse):
    (lift,) = analyse("The European Union lifted sanctions on Belarus.").events
    assert lift.type == "RETREAT" and lift.target.country == "BLR"
    (troops,) = analyse("Britain sent troops to Estonia.").events
    assert troops.type == "MOBILIZE"


def test_reporting_verbs_are_not_events(analyse):
    a = analyse("The Japanese foreign minister told reporters that the weather was fine.")
    assert a.events == []


def test_a_stated_intention_is_an_event_of_its_own(analyse):
    a = analyse("Canada said it will send humanitarian aid to Sudan.")
    aid = events_of(a, "AID")[0]
    intent = events_of(a, "AGREE")[0]
    assert aid.status == "planned" and intent.status == "asserted"
    assert intent.source.country == aid.source.country == "CAN"


def test_a_future_in_the_writers_voice_is_a_schedule_not_an_intention(analyse):
    # nobody is quoted announcing anything: the meeting is planned, and that is all
    a = analyse("The foreign ministers of Chile and Peru will meet in Lima next week.")
    assert {e.type for e in a.events} == {"CONSULT"}
    assert {e.status for e in a.events} == {"planned"}
    # the same future in the minister's mouth is a stated intention as well
    b = analyse("The foreign minister said Chile will meet Peru's negotiators in Lima.")
    assert {"AGREE", "CONSULT"} <= {e.type for e in b.events}


def test_whose_voice_a_future_is_in(nlp):
    from warpath.events.statements import _voiced

    def verb(text, lemma):
        return next(t for t in nlp(text) if t.lemma_ == lemma)

    assert _voiced(verb("We will help Lithuania with air defence.", "help"))
    assert _voiced(verb("Warsaw said Poland will help Lithuania.", "help"))
    assert _voiced(verb("Poland will help Lithuania, the minister said.", "help"))
    assert not _voiced(verb("The ministers will meet in Vilnius on Monday.", "meet"))


def test_force_used_by_protesters_is_a_violent_protest(analyse):
    (riot,) = analyse("Protesters torched a police station in Dhaka on Friday.").events
    assert (riot.type, riot.mode, riot.cameo) == ("PROTEST", "riot", "145")
    (crackdown,) = analyse("Police fired tear gas at protesters in Dhaka.").events
    assert crackdown.type == "COERCE"
    # armed force stays an assault, whoever uses it
    (missiles,) = analyse("Demonstrators fired rockets at the parliament in Dhaka.").events
    assert missiles.type == "ASSAULT"


def test_judging_an_act_wrong_is_a_disapproval(analyse):
    (said,) = analyse("The Polish foreign ministry said the strikes were a violation of "
                      "international law.").events
    assert said.type == "ACCUSE" and said.source.country == "POL"
    (called,) = analyse("Poland called the Russian incursion a provocation.").events
    assert called.type == "ACCUSE"
    # agreeing on a judgement is no cooperation agreement
    agreed = analyse("NATO allies agreed that the incursion was unacceptable.").events
    assert [e.type for e in agreed] == ["ACCUSE"]
    # a judgement of the weather accuses nobody
    assert analyse("The weather was unacceptable, the farmer said.").events == []


def test_announcing_ones_own_measures_accuses_nobody(analyse):
    a = analyse("Japan announced sanctions on three Russian banks on Friday.")
    assert "ACCUSE" not in {e.type for e in a.events}


def test_a_friendly_move_held_over_the_other_side_is_a_threat(analyse):
    a = analyse("Kenya said it will withdraw its troops from Somalia unless the government "
                "pays their salaries.")
    assert "THREATEN" in {e.type for e in a.events}
    assert "AGREE" not in {e.type for e in a.events}


def test_not_coming_to_terms_is_a_rejection(analyse):
    a = analyse("Sudan and Chad failed to reach agreement on the border in Geneva.")
    assert "REJECT" in {e.type for e in a.events}
    assert {e.status for e in a.events if e.type == "AGREE"} == {"negated"}
    b = analyse("Serbia did not accept the proposal from Kosovo.")
    (reject,) = [e for e in b.events if e.type == "REJECT"]
    assert reject.source.country == "SRB" and reject.embedding == "main"
    # an agreement nobody is said to have turned down rejects nothing
    assert "REJECT" not in {e.type for e in analyse("No agreement was reached.").events}


def test_a_forecast_by_another_party_is_no_intention(analyse):
    assert "THREATEN" not in {e.type for e in analyse(
        "A Pentagon official said Iran would retaliate against the bases.").events}
    assert "THREATEN" in {e.type for e in analyse(
        "Iran's foreign minister said Iran would retaliate against the bases.").events}
    a = analyse("An official at a European naval mission said an Italian frigate would begin "
                "escorting merchant ships next month.")
    assert "AGREE" not in {e.type for e in a.events}


def test_asking_not_to_be_named_is_no_request(analyse):
    a = analyse("A diplomat, who asked not to be named, said the talks in Doha had stalled.")
    assert "REQUEST" not in {e.type for e in a.events}


def test_a_denied_agentless_act_is_the_deniers_and_negated(analyse):
    a = analyse("Serbian police denied that tear gas was used in Zvecan.")
    (gas,) = [e for e in a.events if e.type == "COERCE"]
    assert gas.status == "negated" and gas.source.country == "SRB"


def test_a_demand_in_reported_speech(analyse):
    a = analyse("Germany said Russia must withdraw its forces from the border.")
    (demand,) = events_of(a, "REQUEST")
    assert (demand.source.country, demand.target.country) == ("DEU", "RUS")


def test_ids_evidence_and_triggers_are_consistent(corpus):
    for analysis, _gold in corpus:
        ids = [e.id for e in analysis.events]
        assert ids == [f"e{i}" for i in range(1, len(ids) + 1)]
        for e in analysis.events:
            sent = analysis.sentences[e.sentence]
            assert sent.start <= e.evidence.start < e.evidence.end <= sent.end
            assert e.evidence.start <= e.trigger.start and e.trigger.end <= e.evidence.end or (
                sent.start <= e.trigger.start and e.trigger.end <= sent.end
            )
            assert analysis.text[e.trigger.start : e.trigger.end] == e.trigger.text


def _sentence_of(analysis, quote):
    off = analysis.text.find(quote)
    assert off >= 0, quote
    return analysis.sentences[analysis.sentence_index(off)]


def _family(t):
    return "cooperation" if t in COOPERATION_TYPES else "conflict"


def test_core_event_recall_on_the_real_corpus(corpus):
    found = total = 0
    for analysis, gold in corpus:
        for g in gold["events"]:
            if not g.get("core"):
                continue
            sent = _sentence_of(analysis, g["quote"])
            total += 1
            found += any(
                sent.start <= e.evidence.start and e.evidence.end <= sent.end
                and _family(e.type) == _family(g["type"])
                for e in analysis.events
            )
    assert total and found / total >= 0.85


def test_type_and_source_country_on_the_real_corpus(corpus):
    same_type = right_source = found = 0
    for analysis, gold in corpus:
        for g in gold["events"]:
            sent = _sentence_of(analysis, g["quote"])
            here = [e for e in analysis.events
                    if sent.start <= e.evidence.start and e.evidence.end <= sent.end
                    and _family(e.type) == _family(g["type"])]
            if not here:
                continue
            here.sort(key=lambda e: e.type != g["type"])
            found += 1
            same_type += here[0].type == g["type"]
            right_source += (here[0].source.country if here[0].source else None) == g["source"]
    assert same_type / found >= 0.8
    assert right_source / found >= 0.5


def test_seed_article_strikes_are_israeli(pipeline, seed_path):
    from warpath.document import Document

    a = pipeline(Document(text=seed_path.read_text(encoding="utf-8")))
    strikes = [e for e in a.events
               if e.type == "ASSAULT" and re.match(r"strikes?$", e.trigger.text)]
    assert "ISR" in countries(strikes)


def test_a_possessive_pronoun_gives_forces_their_owner(analyse):
    (event,) = events_of(analyse("Egypt said its warplanes bombed a convoy in Libya."), "ASSAULT")
    assert event.source.country == "EGY"


def test_a_title_gives_an_unknown_person_a_country(analyse):
    a = analyse("Chilean interior minister Tomas Varela summoned the Peruvian ambassador.")
    (event,) = events_of(a, "ACCUSE")
    assert event.source.country == "CHL"


def test_an_unplaced_group_takes_the_country_where_it_acts(analyse):
    a = analyse("A car bomb at a market outside Kabul killed four police officers.")
    (event,) = events_of(a, "ASSAULT")
    assert event.source.country == "AFG"


def test_a_purpose_clause_keeps_the_actor_of_its_main_clause(analyse):
    a = analyse("Kenyan police fired tear gas to disperse students and arrested nine of them.")
    assert countries(events_of(a, "COERCE")) == {"KEN"}


def test_the_weapon_of_a_passive_firing_is_not_its_target(analyse):
    a = analyse("Israel said a rocket was fired at it from Lebanon.")
    (event,) = events_of(a, "ASSAULT")
    assert event.target is not None and event.target.country == "ISR"


def test_a_speakers_report_of_a_fight_between_others_is_no_accusation(analyse):
    a = analyse("Thai police said Burmese troops captured a Karen rebel base.")
    assert events_of(a, "ACCUSE") == []
    a = analyse("Israel said a rocket was fired at it from Lebanon.")
    assert len(events_of(a, "ACCUSE")) == 1


def test_a_background_passive_about_a_participant_is_not_news(analyse):
    a = analyse("Kuwait freed the journalist, who had been detained in March.")
    assert [e.trigger.text for e in a.events] == ["freed"]
    a = analyse("There were six soldiers killed in the ambush.")
    assert events_of(a, "ASSAULT")


def test_new_predicates(analyse):
    assert events_of(analyse("The army denied that its soldiers opened fire on the crowd."),
                     "ASSAULT")
    assert events_of(analyse("Peru summoned the Chilean ambassador on Monday."), "ACCUSE")
    assert events_of(analyse("Canada has proscribed the Proud Boys."), "SANCTION")
    assert events_of(analyse("A judge in Lima issued arrest warrants for two ministers."),
                     "COERCE")
    (exercise,) = events_of(analyse("China held military exercises near Taiwan."))
    assert exercise.type == "MOBILIZE"
    # held together they are a show of force all the same (MOBILIZE in the dev and corpus gold)
    a = analyse("India and France held joint naval exercises.")
    assert {e.type for e in a.events} == {"MOBILIZE"}


def test_a_refused_permission_is_a_rejection(analyse):
    a = analyse("Hungary said it would not give permission to Ukraine to use its airspace.")
    assert events_of(a, "REJECT")


def test_a_dateline_is_not_the_subject(analyse):
    a = analyse("CAIRO, May 2 (Wire) - Egyptian troops shelled a camp in Libya, officials said.")
    assert countries(events_of(a, "ASSAULT")) == {"EGY"}


def test_leaders_of_two_countries_give_one_event_each(analyse):
    a = analyse("The foreign ministers of Peru and Chile met in Lima on Monday.")
    pairs = {(e.source.country, e.target.country) for e in events_of(a, "CONSULT")}
    assert pairs == {("PER", "CHL"), ("CHL", "PER")}


def test_coordinated_verbs_share_their_object(analyse):
    a = analyse("Iranian speedboats rammed and seized a Greek tanker.")
    (ram,) = events_of(a, "ASSAULT")
    assert ram.trigger.text == "rammed" and ram.target.country == "GRC"


def test_an_adjective_and_noun_can_name_the_event(analyse):
    a = analyse("Finland raised the alert level of its border guard on Friday.")
    (event,) = events_of(a, "MOBILIZE")
    assert event.source.country == "FIN"


def test_returning_fire_is_an_assault(analyse):
    a = analyse("Georgian police returned fire at the gunmen.")
    assert events_of(a, "ASSAULT")


def test_a_meeting_place_does_not_give_the_participants_a_country(analyse):
    a = analyse("Their foreign ministers are scheduled to meet in Almaty next week.")
    assert countries(events_of(a, "CONSULT")) == {None}


def test_a_mediator_is_the_one_who_launched_the_mediation(analyse):
    a = analyse("Norway's envoy launched a mediation effort between Sudan and Chad.")
    (event,) = events_of(a, "CONSULT")
    assert event.source.country == "NOR"


def test_a_passive_subject_carries_over_to_a_coordinated_verb(analyse):
    a = analyse("Kosovo's prime minister was charged by the court and will resign.")
    (event,) = events_of(a, "RETREAT")
    assert event.source.country == "XKX" or event.source.text.endswith("prime minister")


def test_a_named_group_without_a_state_takes_the_one_country_in_the_sentence(analyse):
    a = analyse("Tuareg elders demanded more seats in the Malian parliament.")
    assert countries(events_of(a, "REQUEST")) == {"MLI"}
    a = analyse("The two countries agreed to a truce, and their ministers will meet in Doha.")
    assert countries(events_of(a, "AGREE")) == {None}


def test_targets_behind_objects_clauses_and_governed_verbs(analyse):
    a = analyse("Beijing demanded that Washington cancel the arms sale.")
    assert events_of(a, "REQUEST")[0].target.country == "USA"
    a = analyse("France threatened further action against Iran.")
    assert events_of(a, "THREATEN")[0].target.country == "IRN"
    a = analyse("The king refused to meet the Egyptian president in Amman.")
    assert events_of(a, "REJECT")[0].target.country == "EGY"


def test_condemning_an_attack_on_a_country_does_not_accuse_that_country(analyse):
    a = analyse("Britain condemned the attacks on Saudi territory.")
    (event,) = events_of(a, "ACCUSE")
    assert event.target is None or event.target.country != "SAU"


def test_a_quantity_of_events_is_the_event(analyse):
    (event,) = analyse("The general ordered a series of strikes on rebel camps in Mali.").events
    assert event.type == "ASSAULT" and event.trigger.text == "strikes"
    (event,) = analyse("Japan gave Kenya 3 million dollars of aid.").events
    assert event.type == "AID" and event.source.country == "JPN"


# --- whose country is the target -----------------------------------------------------------


def test_recipient_of_a_light_verb_noun_is_the_target(analyse):
    (event,) = events_of(analyse("Rebel commanders issued a warning to the Azerbaijani army."),
                         "THREATEN")
    assert event.target is not None and event.target.country == "AZE"


def test_a_date_is_never_the_target(analyse):
    (event,) = events_of(analyse("The ministry summoned Nepal's ambassador on Tuesday."), "ACCUSE")
    assert event.target is not None and event.target.country == "NPL"


def test_an_attack_used_as_the_means_passes_on_its_target(analyse):
    (event,) = events_of(analyse("Kyiv responded with drone strikes on Russia's refineries."),
                         "ASSAULT")
    assert (event.source.country, event.target.country) == ("UKR", "RUS")


def test_a_base_hit_takes_the_country_of_the_troops_it_hosts(analyse):
    a = analyse("Iran launched missiles at an air base hosting American soldiers in Iraq.")
    (event,) = events_of(a, "ASSAULT")
    assert event.target is not None and event.target.country == "USA"


def test_a_place_hit_takes_the_country_it_lies_in(analyse):
    a = analyse("Officials said Ukrainian drones had hit a fuel depot in Belgorod overnight.")
    (event,) = events_of(a, "ASSAULT")
    assert event.target is not None and event.target.country == "RUS"
    assert event.source is not None and event.source.country == "UKR"


def test_a_weapon_is_neither_target_nor_actor(analyse):
    a = analyse("Moscow said foreign missiles had struck an ammunition depot in Kursk.")
    (event,) = events_of(a, "ASSAULT")
    assert event.source is None or event.source.country is None  # not the place's country
    assert event.target is not None and event.target.country == "RUS"


def test_an_event_noun_is_no_actor(analyse):
    a = analyse("Fighting between Sudanese troops and Chadian rebels killed 40 people.")
    events = events_of(a, "ASSAULT")  # one per side fighting
    assert all(e.source is not None and e.source.text != "Fighting" for e in events)
    assert countries(events) == {"SDN", "TCD"}


def test_the_two_countries_stand_for_the_two_states_named_before(analyse):
    a = analyse("Peru and Ecuador fought a border war in 1995. "
                "The two countries agreed in 1998 to end the dispute.")
    agreed = [e for e in events_of(a, "AGREE") if e.trigger.text == "agreed"]
    assert {(e.source.country, e.target.country) for e in agreed} == {
        ("PER", "ECU"), ("ECU", "PER")}


def test_coordinated_nationalities_are_two_sides(analyse):
    a = analyse("Clashes between Indian and Chinese troops injured several soldiers.")
    assert countries(events_of(a, "ASSAULT")) == {"IND", "CHN"}


def test_people_hit_take_the_country_where_it_happened(analyse):
    (event,) = events_of(analyse("Soldiers shot dead a farmer in Kandahar on Friday."), "ASSAULT")
    assert event.target is not None and event.target.country == "AFG"


def test_a_pro_country_group_is_not_that_countrys(analyse):
    a = analyse("The pro-Syrian Hizbollah fired rockets at Israel.")
    (event,) = events_of(a, "ASSAULT")
    assert event.source is not None and event.source.country == "LBN"
    assert event.target is not None and event.target.country == "ISR"


def test_a_release_keeps_its_target_but_own_troops_are_no_target(analyse):
    (release,) = [e for e in analyse("Fijian rebels released the Fijian prime minister on "
                                     "Sunday.").events if e.type == "RETREAT"]
    assert release.target is not None
    (withdrawal,) = analyse("Russia withdrew its troops from the border.").events
    assert withdrawal.target is None


def test_a_group_is_not_given_the_country_it_attacks(analyse):
    a = analyse("Attacks by Shiite militia groups against bases hosting U.S. forces continued.")
    attack = next(e for e in a.events if e.type == "ASSAULT")
    assert attack.target.country == "USA" and attack.source.country != "USA"


def test_sides_that_face_off_are_each_others_targets(analyse):
    a = analyse("Indian and Chinese soldiers faced off near Yangtse on Sunday.")
    assert {(e.source.country, e.target.country) for e in a.events} == {("IND", "CHN"),
                                                                        ("CHN", "IND")}


def test_an_announced_agentless_measure_is_the_announcers(analyse):
    a = analyse("Guinea's president announced that all flights to Mali would be suspended from "
                "Monday.")
    (sanction,) = events_of(a, "SANCTION")
    assert sanction.source is not None and sanction.source.country == "GIN"
    assert sanction.status == "planned"
    # a fight the speaker tells of is not the speaker's own act
    b = analyse("The army announced that the town had been shelled overnight.")
    assert all(e.source is None or e.source.text != "army" for e in events_of(b, "ASSAULT"))


def test_what_is_signed_decides_agreement_or_support(analyse):
    types = {e.type for e in analyse("Kenya and Somalia signed a peace accord in Nairobi.").events}
    assert types == {"AGREE"}
    types = {e.type for e in analyse("Kenya and Somalia signed a treaty of friendship.").events}
    assert types == {"SUPPORT"}


def test_homes_burnt_down_are_an_assault_tyres_burnt_a_protest_gesture(analyse):
    a = analyse("Gunmen burned houses in the village of Kukawa on Sunday.")
    assert {e.type for e in a.events} == {"ASSAULT"}
    b = analyse("Protesters burned tyres outside the Kenyan embassy.")
    assert "ASSAULT" not in {e.type for e in b.events}


def test_forces_brought_up_posts_set_up_and_advances(analyse):
    cases = [
        ("If the police come, the Russians will bring more soldiers.", "bring", "MOBILIZE"),
        ("Turkish troops have set up two new checkpoints near Zakho.", "set up", "MOBILIZE"),
        ("If Turkish troops build outposts deeper inside Duhok, Baghdad will protest.",
         "build", "MOBILIZE"),
        ("Would Tbilisi send police to stop the fence?", "send", "MOBILIZE"),
        ("If RSF fighters push towards the town, the camp will empty.", "push", "ASSAULT"),
        ("Should North Korea proceed with a seventh nuclear test, Japan would respond.",
         "test", "MOBILIZE"),
    ]
    for text, trigger, etype in cases:
        got = {(e.trigger.text, e.type) for e in analyse(text).events}
        assert (trigger, etype) in got, (text, got)
    # a push towards a deal is no advance
    assert analyse("The union pushed towards a deal with the city.").events == []


def test_a_denied_act_named_by_its_object_needs_no_doer(analyse):
    a = analyse("No shots had been fired in the buffer zone since the truce.")
    assert [(e.type, e.status) for e in a.events] == [("ASSAULT", "negated")]
    # asserted, an act with no one doing it and no one hit is too thin to keep
    assert analyse("Shots had been fired in the buffer zone.").events == []


def test_an_objection_is_a_rejection(analyse):
    assert [(e.type, e.status) for e in analyse("No member objected openly.").events] == [
        ("REJECT", "negated")]
    assert [e.type for e in analyse("Russia objected to the draft resolution.").events] == [
        "REJECT"]


def test_an_announced_operation_commits_forces(analyse):
    a = analyse("The United States announces Operation Prosperity Guardian, a naval coalition "
                "to protect shipping.")
    assert [(e.type, e.source.country if e.source else None) for e in a.events] == [
        ("MOBILIZE", "USA")]
    b = analyse("Nigeria's army announced a security operation starting on 12 November.")
    assert "MOBILIZE" in {e.type for e in b.events}
    # announcing an inquiry commits no forces
    c = analyse("The ministry announced an investigation into the shooting.")
    assert "MOBILIZE" not in {e.type for e in c.events}



def test_armed_men_moving_into_a_settlement_assault_it(analyse):
    # one class rule for every verb of motion with an armed subject and a settlement or a
    # named place as where it went
    for text in ["Jihadist fighters rode into the hamlet on motorbikes at dusk.",
                 "Armoured columns rumbled into Tessalit on Wednesday.",
                 "Paramilitary units marched into Zalingei after the garrison fled.",
                 "Government soldiers drove into the village of Kabalo in pickup trucks.",
                 "Insurgents stormed into the district capital overnight.",
                 "The militia entered Bunia from the north."]:
        assert events_of(analyse(text), "ASSAULT"), text
    # marching armed men are no protest march
    a = analyse("Rebel fighters marched into Uvira on Saturday.")
    assert not events_of(a, "PROTEST") and events_of(a, "ASSAULT")
    for text in ["The prime minister rode into Kigali in an open car.",
                 "Hundreds of pilgrims marched into the town for the festival.",
                 "The army moved into the city to help with flood relief.",
                 "Soldiers drove the lorry into the town.",
                 "Peacekeepers drove into the camp to hand out blankets."]:
        assert not events_of(analyse(text), "ASSAULT"), text


def test_a_name_called_an_armed_party_elsewhere_is_armed(analyse):
    a = analyse("The Kuma armed faction has spread south. On Friday Kuma rode into Dungu.")
    assert [e.trigger.text for e in events_of(a, "ASSAULT")] == ["rode"]
    # what a company or a town is called elsewhere makes no armed party of it
    a = analyse("The Nembo trading firm has grown. On Friday Nembo moved into Dungu.")
    assert not events_of(a, "ASSAULT")
    a = analyse("The Goma airport was shut. Goma moved into the lead in the league.")
    assert not events_of(a, "ASSAULT")


def test_an_authority_stopping_transport_coerces(analyse):
    for text in ["The transport ministry suspended every ferry between Mombasa and Lamu.",
                 "Police halted freight traffic on the highway after the clashes.",
                 "The junta stopped cargo shipping through the river port on Monday.",
                 "Kenya halted rail services between Nairobi and Kisumu after the attack."]:
        assert events_of(analyse(text), "COERCE"), text
    # a union, a company or a strike stops its own work; works and inspections are no force
    for text in ["A strike by dock workers halted freight traffic across the country.",
                 "The union stopped tram services in the capital on Monday.",
                 "The bus company halted services between the two towns because of a walkout.",
                 "Officials halted traffic on the bridge for a safety inspection.",
                 "The ministry halted shipping through the canal after a tanker ran aground.",
                 "The operator suspended train services for track maintenance."]:
        assert not events_of(analyse(text), "COERCE"), text


def test_an_armed_search_of_ground_or_homes_is_an_assault(analyse):
    for text in ["Paratroopers scoured the valley near Dori for insurgents.",
                 "An army patrol swept the ridge above the road.",
                 "Soldiers searched huts in the settlement for rifles.",
                 "Commandos, supported by armoured cars, combed the forest near Gao."]:
        assert events_of(analyse(text), "ASSAULT"), text
    for text in ["Villagers combed the shore for plastic bottles.",
                 "Police scoured the moor for the missing climber.",
                 "Rescuers searched the debris of the collapsed houses."]:
        assert not events_of(analyse(text), "ASSAULT"), text


def test_a_place_cut_off_and_people_kept_from_a_place_are_coerced(analyse):
    for text in ["Militiamen have cut off the hill town of Dilling from the south.",
                 "Armed settlers blocked herders from grazing their goats near the spring.",
                 "Border police barred fishermen from entering the lagoon.",
                 "The army kept farmers from reaching the orchards."]:
        assert events_of(analyse(text), "COERCE"), text
    # the people kept out, with no doer named
    assert events_of(analyse("Herders have been barred from grazing near the lake since spring."),
                     "COERCE")
    for text in ["Snowdrifts prevented villagers from reaching the market.",
                 "Fishermen were prevented by storms from reaching the reef.",
                 "Parents stopped the children from using their tablets.",
                 "The coach barred the goalkeeper from training with the squad."]:
        assert not events_of(analyse(text), "COERCE"), text


def test_people_forced_back_over_a_frontier_are_coerced(analyse):
    for text in ["Coastguard officers forced the refugees back across the sea border.",
                 "Police herded the families back into Serbia on foot.",
                 "Frontier guards pushed the asylum seekers towards the fence."]:
        (event,) = events_of(analyse(text), "COERCE")
        assert event.cameo == "174", text
    for text in ["The herdsman drove his goats to the border.",
                 "Soldiers drove the ambulance to the frontier."]:
        assert not events_of(analyse(text), "COERCE"), text


def test_a_side_sending_things_over_a_line_coerces(analyse):
    # one class rule for sending verbs: a state or an armed party as the sender, or its craft
    for text in ["Pyongyang sent scores of balloons across the frontier overnight.",
                 "The rebels flew a drone over the demarcation line.",
                 "A navy corvette sailed into the disputed waters.",
                 "An army reconnaissance drone flew over the demilitarised zone.",
                 "Two soldiers of the northern army walked across the demarcation line.",
                 "Balloons released by the North drifted into southern airspace."]:
        assert events_of(analyse(text), "COERCE"), text
    # a side named by its half of a divided land
    assert events_of(analyse("The North floated dozens of balloons carrying leaflets over the "
                             "frontier."), "COERCE")
    for text in ["Fishermen launched their boats across the line at dawn.",
                 "The South sent a delegation across the border for talks.",
                 "A flock of cranes flew over the buffer zone.",
                 "Ash from the volcano drifted across the border.",
                 "Students released lanterns over the border.",
                 "The firm launched a delivery service across the border."]:
        assert not events_of(analyse(text), "COERCE"), text
    # rockets fired over a line are a strike, not a show of force
    a = analyse("The militia launched rockets across the border.")
    assert events_of(a, "ASSAULT") and not events_of(a, "COERCE")


def test_aid_dropped_from_the_air(analyse):
    for text in ["Cargo planes dropped pallets of rice over the enclave.",
                 "Helicopters dropped water and blankets by parachute to the cut-off villages.",
                 "The air force parachuted medicine into Kadugli."]:
        assert events_of(analyse(text), "AID"), text
    for text in ["The cabinet dropped the pension package.",
                 "Brussels dropped aid to the junta after the coup.",
                 "The donors dropped food aid from the budget.",
                 "The courier dropped a parcel at the gate.",
                 "The planes dropped leaflets over the city."]:
        assert not events_of(analyse(text), "AID"), text


def test_an_event_noun_with_its_own_day_and_place_is_the_event(analyse):
    (event,) = events_of(analyse(
        "The ambush on Saturday outside Tillaberi left a dozen soldiers dead."), "ASSAULT")
    assert event.trigger.text == "ambush"
    # even under a verb that comments on it
    a = analyse("The bombing on Tuesday near Kunduz was condemned by the UN.")
    assert [e.trigger.text for e in events_of(a, "ASSAULT")] == ["bombing"]
    # a year names a past one, whatever day it is recalled on
    assert not events_of(analyse(
        "The 1995 massacre at Srebrenica was recalled in Tuzla on Sunday."), "ASSAULT")
    assert not events_of(analyse("The 2019 attack in Christchurch changed the law."), "ASSAULT")


def test_a_relative_clause_of_another_act_stays_an_event(analyse):
    # "militiamen, who were looting the market, killed two traders": the looting is told too
    a = analyse("Gunmen, who were torching the granaries, killed a farmer.")
    assert {e.trigger.text for e in a.events} == {"torching", "killed"}
    # but a side clause telling the same act again is one event
    a = analyse("The troops, who were shelling the town, bombarded its outskirts.")
    assert len(events_of(a, "ASSAULT")) == 1


def test_a_supposed_act_named_by_its_object_needs_no_doer(analyse):
    a = analyse("Fishermen fear what happens if water cannon are used on their boats again.")
    assert [e.status for e in events_of(a, "COERCE")] == ["hypothetical"]
    b = analyse("Water cannon are stored in the depot behind the port.")
    assert not events_of(b, "COERCE")


def test_forces_placed_with_no_mover_named_are_still_a_deployment(analyse):
    a = analyse("Officials in Quetta said soldiers had been massed near the pass.")
    assert any(e.trigger.text == "massed" for e in events_of(a, "MOBILIZE"))
    b = analyse("Hundreds of reservists were brought in from the coast.")
    assert any(e.trigger.text == "brought" for e in events_of(b, "MOBILIZE"))
    c = analyse("Reinforcements have been rushed to the valley, the governor said.")
    assert any(e.trigger.text == "rushed" for e in events_of(c, "MOBILIZE"))
    # a passive with no forces in it is still nobody's act
    d = analyse("Crates had been massed near the warehouse door.")
    assert not events_of(d, "MOBILIZE")
