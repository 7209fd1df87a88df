"""Targets found beyond the direct object: owners inside a phrase, the sides of "between", a
threat's condition, what a protest is against, the ground a measure is applied to.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import events_of


def _one(analysis, type_):  # type: ignore[no-untyped-def]
    found = events_of(analysis, type_)
    assert found, [(e.type, e.trigger.text) for e in analysis.events]
    return found[0]


def test_the_owner_of_a_rejected_call_is_the_target(analyse):
    event = _one(analyse("Oslo rejected repeated calls by Sweden's government for a joint "
                         "patrol force."), "REJECT")
    assert (event.source.country, event.target.country) == ("NOR", "SWE")


def test_an_offer_from_a_state_is_aimed_at_it_when_rejected(analyse):
    event = _one(analyse("Ankara rejected a new offer from Greece for talks on the islands."),
                 "REJECT")
    assert event.target is not None and event.target.country == "GRC"


def test_the_possessor_of_a_decision_a_protest_is_against(analyse):
    event = _one(analyse("Hundreds of students began a sit-in on Friday to protest against "
                         "Denmark's decision to close the embassy."), "PROTEST")
    assert event.target is not None and event.target.country == "DNK"


def test_a_protest_with_no_aim_is_addressed_to_the_state_where_it_is_held(analyse):
    event = _one(analyse("About two hundred farmers demonstrated on Sunday in Kenya."),
                 "PROTEST")
    assert event.target is not None and event.target.country == "KEN"


def test_the_subject_of_a_threats_condition_is_its_target(analyse):
    event = _one(analyse("Egypt threatened to cut the water talks short unless Ethiopia "
                         "stopped filling the dam."), "THREATEN")
    assert (event.source.country, event.target.country) == ("EGY", "ETH")


def test_a_curfew_in_a_province_targets_that_country(analyse):
    event = _one(analyse("The army imposed a curfew in the Kurdish town of Sirnak in "
                         "southeastern Turkey."), "COERCE")
    assert event.target is not None and event.target.country == "TUR"


def test_a_suspension_of_links_with_a_state_targets_the_state(analyse):
    event = _one(analyse("Austria announced a suspension of rail links with Hungary on "
                         "Thursday."), "SANCTION")
    assert (event.source.country, event.target.country) == ("AUT", "HUN")


def test_forces_strengthened_in_a_country_target_it(analyse):
    event = _one(analyse("Turkey has strengthened its forces in Syria after the shelling."),
                 "MOBILIZE")
    assert event.target is not None and event.target.country == "SYR"


def test_a_place_of_talks_is_no_target(analyse):
    # a venue says where, not with whom: talks held in Geneva are not aimed at Switzerland
    a = analyse("Iran agreed to hold talks in Geneva next month.")
    for e in events_of(a):
        assert e.target is None or e.target.country != "CHE"


def test_a_withdrawal_from_a_country_targets_it(analyse):
    event = _one(analyse("Chad will withdraw its soldiers from Mali by the end of the year."),
                 "RETREAT")
    assert event.target is not None and event.target.country == "MLI"


def test_a_retaliation_is_aimed_at_whoever_did_the_event_told_before(analyse):
    a = analyse("Serbian gunners shelled Kosovo police posts near the border on Friday. "
                "Kosovo police said their units fired back in retaliation for the shelling.")
    (event,) = [e for e in events_of(a, "ASSAULT") if e.trigger.text == "fired"]
    assert event.target is not None and event.target.country == "SRB"


def test_fire_returned_after_a_clause_targets_its_subject(analyse):
    a = analyse("Georgia's interior ministry said its officers returned fire after Russian "
                "soldiers shot at a checkpoint.")
    (event,) = [e for e in events_of(a, "ASSAULT") if e.trigger.text == "returned"]
    assert (event.source.country, event.target.country) == ("GEO", "RUS")


def test_we_reject_that_answers_the_claim_just_reported(analyse):
    a = analyse("Q: Moscow says its jets never entered Estonian airspace. What do you say?\n\n"
                "MINISTER: We reject that.")
    # (Moscow's own denial in the question is a REJECT too)
    (event,) = [e for e in events_of(a, "REJECT") if e.trigger.text == "reject"]
    assert event.target is not None and event.target.country == "RUS"


def test_a_purpose_clause_names_whom_force_was_used_on(analyse):
    a = analyse("Police fired tear gas to break up a march by Zambian miners.")
    event = _one(a, "COERCE")
    assert event.target is not None and event.target.country == "ZMB"


def test_demonstrators_take_the_one_country_their_sentence_names(analyse):
    a = analyse("Kenyan police opened fire to disperse demonstrators on Monday night.")
    (event,) = [e for e in events_of(a, "ASSAULT") if e.trigger.text == "opened"]
    assert event.target is not None and event.target.country == "KEN"


def test_a_state_of_emergency_is_no_party_but_the_place_it_is_lifted_in(analyse):
    a = analyse("Chad's government on Monday lifted a state of emergency in Ouaddai province.")
    event = _one(a, "CONCEDE")
    assert event.target is not None and event.target.text != "state"
    assert event.target.country == "TCD"


def test_reservists_mobilized_for_a_war_against_a_state_target_it(analyse):
    event = _one(analyse("Greece mobilized army reservists for a possible war against Turkey."),
                 "MOBILIZE")
    assert (event.source.country, event.target.country) == ("GRC", "TUR")


def test_the_act_threatened_comes_before_a_parenthetical_clause(analyse):
    a = analyse("Iran threatened to shell Iraqi towns in retaliation for a raid on Ahvaz where, "
                "it said, 40 people were killed.")
    (event,) = [e for e in events_of(a, "THREATEN")]
    assert event.target is not None and event.target.country == "IRQ"


def test_the_purpose_an_act_serves_names_its_beneficiary(analyse):
    a = analyse("Denmark is ready to send equipment to help defend Estonia.")
    events = [e for e in a.events if e.type in ("AID", "AGREE")]
    assert events and all(e.target is not None and e.target.country == "EST" for e in events)


def test_a_curfew_after_a_protest_does_not_place_the_protest(analyse):
    a = analyse("Police imposed a curfew in the city of Kisumu in western Kenya after a "
                "demonstration over fuel prices.")
    for e in events_of(a, "PROTEST"):
        assert e.target is None or e.target.text not in ("city", "Kisumu")


def test_a_truce_placed_in_a_country_is_no_party_to_it(analyse):
    a = analyse("The presidents of Sudan and Chad met on Monday and agreed to a truce in "
                "eastern Chad.")
    pairs = {(e.source.country, e.target.country if e.target else None)
             for e in events_of(a, "AGREE")}
    assert ("SDN", "TCD") in pairs and ("TCD", "SDN") in pairs


def test_cooperation_suspended_with_a_state_targets_the_state(analyse):
    event = _one(analyse("Norway has suspended its development cooperation with Uganda."),
                 "SANCTION")
    assert event.target is not None and event.target.country == "UGA"


def test_the_venue_of_a_meeting_is_no_party(analyse):
    a = analyse("The two delegations held a meeting at the Topkapi Palace on Friday.")
    for e in events_of(a, "CONSULT"):
        assert e.target is None or "Topkapi" not in (e.target.text or "")


def test_deployed_forces_are_their_state_s_and_the_ground_is_the_target(analyse):
    event = _one(analyse("A Kenyan spokesman said that no Kenyan troops were deployed in "
                         "Somalia last week."), "MOBILIZE")
    assert event.source is not None and event.source.country == "KEN"
    assert event.target is not None and event.target.country == "SOM"


def test_a_place_taken_from_a_side_targets_that_side(analyse):
    a = analyse("Somali troops recaptured the town of Bulo Burde from al-Shabaab.")
    (retake,) = a.events
    assert retake.target.text == "al-Shabaab"


def test_an_attack_after_anothers_on_a_named_state_joins_it(analyse):
    a = analyse("The Lebanese group opened fire on Sunday, a day after the Hamas attack on "
                "southern Israel.")
    opened = next(e for e in a.events if e.trigger.text == "opened")
    assert opened.target is not None and opened.target.country == "ISR"


def test_the_side_hit_answers_the_doer(analyse):
    a = analyse("Israeli jets opened fire on Monday, a day after the Hamas attack on southern "
                "Israel.")
    opened = next(e for e in a.events if e.trigger.text == "opened")
    assert opened.target is not None and opened.target.country == "PSE"


def test_joined_passives_share_the_one_by_agent(analyse):
    a = analyse("The freighter was attacked and later set on fire by Houthi fighters off "
                "Hodeidah. Two hamlets were shelled, looted and burned by Russian troops.")
    for trigger in ("attacked", "set", "shelled", "looted"):
        e = next(e for e in a.events if e.trigger.text == trigger)
        assert e.source is not None and e.source.country in ("YEM", "RUS"), (trigger, e.source)
        assert e.source.text in ("Houthi fighters", "Russian troops"), (trigger, e.source)


def test_a_passive_joined_to_an_active_keeps_its_subject(analyse):
    a = analyse("The general was detained by military police and will face trial, Kyiv said.")
    for e in a.events:
        if e.trigger.text == "face":
            assert e.source is None or e.source.text != "military police"


def test_envoys_recalled_from_a_capital_turn_on_its_state(analyse):
    a = analyse("Ghana recalled its ambassador from Lome on Monday after the border incident.")
    recalled = next(e for e in a.events if e.trigger.text == "recalled")
    assert recalled.target is not None and recalled.target.country == "TGO", recalled.target


def test_at_the_invitation_of_names_no_one_met(analyse):
    a = analyse("Armenian and Azerbaijani envoys are to hold talks in Geneva next month at the "
                "invitation of the Swiss government.")
    assert any(e.type == "CONSULT" for e in a.events)
    for e in a.events:
        if e.type == "CONSULT" and e.target is not None:
            assert "invitation" not in (e.target.text or "")


def test_a_second_participle_of_one_passive_shares_its_patient(analyse):
    a = analyse("Two fishermen were beaten and detained by coast guard officers near the "
                "island on Monday.")
    a2 = analyse("A Georgian shepherd was beaten and detained near the fence on Monday.")
    detained = next(e for e in a2.events if e.trigger.text == "detained")
    assert detained.source is None or "shepherd" not in (detained.source.text or "")
    assert detained.target is not None and "shepherd" in (detained.target.text or "")
    shared = next(e for e in a.events if e.trigger.text == "detained")
    assert "officers" in (shared.source.text or "")


def test_blaming_an_act_on_someone_targets_them(analyse):
    a = analyse("Kenyan police blamed the bombing on a militia from the north, officials said.")
    blamed = next(e for e in a.events if e.trigger.text == "blamed")
    assert blamed.target is not None and "militia" in (blamed.target.text or "")


def _target_country(analysis, type_, trigger):  # type: ignore[no-untyped-def]
    found = [e for e in events_of(analysis, type_) if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in analysis.events]
    return found[0].target.country if found[0].target else None


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "country"),
    [
        # goods or forces sent somewhere: the state they go to, not the goods
        ("Japan shipped tents and blankets to Turkey after the earthquake.", "AID", "shipped",
         "TUR"),
        ("The Netherlands delivered artillery shells to Ukraine in June.", "AID", "delivered",
         "UKR"),
        ("Russia moved extra battalions to its frontier with Georgia.", "MOBILIZE", "moved",
         "GEO"),
        ("Azerbaijan massed troops near the Armenian border overnight.", "MOBILIZE", "massed",
         "ARM"),
        # a withdrawal: the ground left, not the mover's own soldiers
        ("Rwanda pulled some of its soldiers out of eastern Congo.", "RETREAT", "pulled",
         "COD"),
        # forces of another state moved are a party of their own
        ("Ukraine handed back twelve Russian prisoners to Moscow on Sunday.", "RETREAT",
         "handed back", "RUS"),
        # no destination: no target country made up from the mover
        ("Russia withdrew its troops last year.", "RETREAT", "withdrew", None),
    ],
)
def test_where_forces_or_goods_go_is_the_target(analyse, text, type_, trigger, country):
    assert _target_country(analyse(text), type_, trigger) == country


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "country"),
    [
        # the subject's own thing shared with another state: that state
        ("Armenia could close its only crossing with Azerbaijan if shelling resumes.",
         "COERCE", "close", "AZE"),
        ("Egypt threatened to scrap its peace treaty with Israel.", "THREATEN", "threatened",
         "ISR"),
        ("Turkey threatened to close its airspace to Israeli planes.", "COERCE", "close",
         "ISR"),
        # nothing shared with anyone: no partner invented
        ("Kenya reopened its border on Monday.", "RETREAT", "reopened", None),
    ],
)
def test_the_partner_of_the_subjects_own_thing_is_the_target(analyse, text, type_, trigger,
                                                              country):
    assert _target_country(analyse(text), type_, trigger) == country


def test_a_by_agent_hung_on_the_noun_before_is_the_source(analyse):
    for text, country in (("Three rockets were fired at the base by Houthi fighters on "
                           "Monday.", "YEM"),
                          ("Two mortar rounds were fired at the border post by Myanmar rebels "
                           "on Sunday.", "MMR"),
                          ("A fishing boat was rammed near the reef by a Chinese coast guard "
                           "vessel.", "CHN")):
        event = _one(analyse(text), "ASSAULT")
        assert event.source is not None and event.source.country == country, text
    # "by" inside a clause of its own is not the attacker's
    event = _one(analyse("Shells were fired at homes built by the government near the "
                         "border."), "ASSAULT")
    assert event.source is None or event.source.text != "government"


def test_a_common_noun_is_no_place_name(analyse):
    # "the west bank" of a river is not the West Bank; the capitalised name still is
    river = _one(analyse("Russian forces pulled back from the west bank of the river."),
                 "RETREAT")
    assert river.target is None or river.target.country != "PSE"
    jenin = _one(analyse("Israeli forces withdrew from the West Bank town of Jenin on Friday."),
                 "RETREAT")
    assert jenin.target is not None and jenin.target.country == "PSE"


# A state's own envoys called home "from" a capital: the host state is the target.
@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Britain withdrew its ambassador from Tehran.", "withdrew", "IRN"),
    ("Algeria recalled its ambassador from Paris for consultations.", "recalled", "FRA"),
    ("Rwanda recalled its envoy from Kinshasa after the shelling of Gisenyi.", "recalled", "COD"),
])
def test_an_envoy_recalled_from_a_capital_targets_its_state(analyse, text, trigger, country):
    assert _target_country(analyse(text), "SANCTION", trigger) == country


# --- session 7: a second act after "and" that the parser hung on the first verb ---------------

def _by_trigger(analysis, trigger):  # type: ignore[no-untyped-def]
    found = [e for e in analysis.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in analysis.events]
    return found[0]


def test_a_warning_after_and_is_the_speakers_own_act(analyse):
    event = _by_trigger(analyse("The Dutch foreign minister said the seizure had been illegal "
                                "and warned that Tehran would face new sanctions."), "warned")
    assert event.source is not None and event.source.country == "NLD"


def test_an_appeal_after_a_reported_clause_about_a_thing_is_the_speakers(analyse):
    event = _by_trigger(analyse("The Chilean delegate said the vote had been fair and urged "
                                "Bolivia to accept the result."), "urged")
    assert event.source is not None and event.source.country == "CHL"


def test_a_denial_after_a_reported_clause_about_roads_is_the_speakers(analyse):
    event = _by_trigger(analyse("A Kenyan police spokesman said the roads were open and later "
                                "denied that officers had fired on the crowd."), "denied")
    assert event.source is not None and event.source.text and "spokesman" in event.source.text


def test_an_act_of_the_people_in_the_reported_clause_stays_theirs(analyse):
    event = _by_trigger(analyse("The mayor said the rebels had left and then attacked the "
                                "town again."), "attacked")
    assert event.source is not None and event.source.text and "rebels" in event.source.text


def test_a_demand_of_protesters_in_the_reported_clause_stays_theirs(analyse):
    event = _by_trigger(analyse("The minister said the protesters had gathered and demanded "
                                "the release of the students."), "demanded")
    assert event.source is not None and event.source.text and "protesters" in event.source.text


def test_a_warning_with_a_subject_of_its_own_is_that_subjects(analyse):
    event = _by_trigger(analyse("The Dutch foreign minister said the seizure had been illegal "
                                "and the Iranian envoy warned that Tehran would retaliate."),
                        "warned")
    assert event.source is not None and event.source.country == "IRN"


# --- session 7: rejecting a note or a claim answers whoever sent or made it --------------------

def test_dismissing_a_note_answers_whoever_handed_it(analyse):
    event = _by_trigger(analyse("On Monday the Estonian foreign ministry summoned the Russian "
                                "envoy and handed him a note of protest. The Russian foreign "
                                "ministry dismissed the note the same evening."), "dismissed")
    assert event.target is not None and event.target.country == "EST"


def test_rejecting_a_letter_answers_its_sender(analyse):
    event = _by_trigger(analyse("Japan sent China a letter on the islands. Beijing rejected the "
                                "letter on Tuesday."), "rejected")
    assert event.target is not None and event.target.country == "JPN"


def test_dismissing_an_allegation_answers_the_accuser(analyse):
    event = _by_trigger(analyse("Ethiopia accused Eritrea of massing troops. Eritrea dismissed "
                                "the allegation on Friday."), "dismissed")
    assert event.target is not None and event.target.country == "ETH"


def test_a_note_no_one_sent_before_gives_no_target(analyse):
    event = _by_trigger(analyse("Kenya's president praised the new road on Monday. Somalia "
                                "rejected the note the next day."), "rejected")
    assert event.target is None or event.target.country is None


def test_a_complaint_no_one_made_is_not_aimed_at_a_state_named_before(analyse):
    event = _by_trigger(analyse("Chile praised Peru's new port on Monday. Bolivia rejected the "
                                "complaint on Tuesday."), "rejected")
    assert event.target is None or event.target.country != "CHL"


# --- session 7: a march's aim joined to another participle of the march -----------------------

def test_a_demand_joined_to_waving_flags_is_the_marchs_aim(analyse):
    event = _by_trigger(analyse("Hundreds of residents marched through the town on Monday "
                                "waving white flags and demanding that all armed groups leave."),
                        "marched")
    assert event.target is not None and event.target.text and "armed groups" in event.target.text


def test_a_call_joined_to_singing_is_the_marchs_aim(analyse):
    event = _by_trigger(analyse("Thousands of Kenyans marched through Nairobi, singing hymns "
                                "and calling for the resignation of President Ruto."), "marched")
    assert event.target is not None and event.target.text and "Ruto" in event.target.text


def test_a_protest_aim_joined_to_chanting_is_found(analyse):
    event = _by_trigger(analyse("Farmers rallied outside parliament in Paris, blowing horns and "
                                "denouncing the trade deal with Brazil."), "rallied")
    assert event.target is not None


def test_waving_flags_alone_names_no_aim(analyse):
    event = _by_trigger(analyse("Students rallied outside the embassy, chanting slogans and "
                                "waving flags."), "rallied")
    assert event.target is None or event.target.text is None or (
        "flags" not in event.target.text and "slogans" not in event.target.text)
