"""Event dates on real text: the own clause first, then what the narrative supports."""

from __future__ import annotations

import datetime as dt

import pytest

from warpath.document import Document
from warpath.eval.records import read_document
from warpath.time.resolve import resolve_dates


def _event_near(analysis, words: str):  # type: ignore[no-untyped-def]
    at = analysis.text.index(words)
    hits = [e for e in analysis.events if e.evidence.start <= at < e.evidence.end]
    assert hits, words
    return min(hits, key=lambda e: abs(e.trigger.start - at))


def test_seed_embassy_protest_resolves_as_written(pipeline, seed_path) -> None:  # type: ignore[no-untyped-def]
    doc = Document(text=seed_path.read_text(encoding="utf-8"), published=dt.date(2020, 3, 23))
    analysis = pipeline(doc)
    by_text = {m.span.text: m.value for m in resolve_dates(analysis)}
    assert by_text["January 31"].start == dt.date(2020, 1, 31)
    assert by_text["December 27"].start == dt.date(2019, 12, 27)
    assert by_text["the following day"].start == dt.date(2019, 12, 28)
    assert by_text["last November"].start == dt.date(2019, 11, 1)


def test_wikipedia_dates_without_publication_use_the_narrative_year(pipeline, shared) -> None:  # type: ignore[no-untyped-def]
    doc = read_document(next((shared / "corpus" / "text").glob("b08-*.txt")))
    analysis = pipeline(doc)
    assert doc.published is None
    values = {m.span.text: m.value for m in resolve_dates(analysis)}
    assert values["17 October"].start == dt.date(2020, 10, 17)
    assert values["17 October"].basis == "narrative"


def test_news_events_take_the_day_of_their_clause(pipeline, shared) -> None:  # type: ignore[no-untyped-def]
    doc = read_document(next((shared / "corpus" / "text").glob("a17-*.txt")))
    analysis = pipeline(doc)
    strike = _event_near(analysis, "damaged equipment")
    assert strike.date is not None and strike.date.start == dt.date(2020, 1, 7)


def test_coordinated_scene_inherits_and_says_so(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Rebels shelled the town of Aleppo on 3 May 2016. "
            "Government jets bombed their positions in the hills.")
    analysis = pipeline(Document(text=text, published=dt.date(2016, 5, 20)))
    jets = _event_near(analysis, "bombed")
    assert jets.date is not None
    assert jets.date.start == dt.date(2016, 5, 3) and jets.date.basis == "inherited"


def test_threatening_on_a_day_is_not_a_future_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Tehran threatened on Monday to retaliate. Talks are scheduled to resume on Friday."
    analysis = pipeline(Document(text=text, published=dt.date(2020, 1, 8)))  # a Wednesday
    by_text = {m.span.text: m.value for m in resolve_dates(analysis)}
    assert by_text["Monday"].start == dt.date(2020, 1, 6)
    assert by_text["Friday"].start == dt.date(2020, 1, 10)


def _dated(pipeline, text: str, published: dt.date, words: str):  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=text, published=published))
    return _event_near(analysis, words).date


def test_what_did_not_happen_takes_no_date_from_the_narrative(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Written for this test: the denial's own verb is dated, the denied attack is not.
    text = ("Rebels shelled the town of Kidal on Monday, the army said. "
            "The rebels denied that they had attacked civilians.")
    assert _dated(pipeline, text, dt.date(2024, 3, 5), "attacked civilians") is None


def test_a_standing_present_takes_no_date_but_a_speaker_s_present_does(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Troops clashed with rebels near Goma on Monday. Kigali denies backing the rebels. "
            "\"We reject these claims,\" the minister said.")
    published = dt.date(2024, 3, 5)
    assert _dated(pipeline, text, published, "backing the rebels") is None
    reject = _dated(pipeline, text, published, "reject these claims")
    assert reject is not None and reject.start >= dt.date(2024, 3, 4)


def test_a_flashback_in_the_past_perfect_does_not_move_the_narrative(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The council met on Tuesday. The envoy said gunmen had raided a market on 3 February. "
            "Ghana's delegate condemned the raid.")
    condemned = _dated(pipeline, text, dt.date(2025, 2, 12), "condemned")
    assert condemned is not None and condemned.start == dt.date(2025, 2, 11)


def test_a_negated_act_does_not_take_the_date_of_its_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The rebels said on Thursday that they were not bound by the deal and would not "
            "withdraw from the town.")
    assert _dated(pipeline, text, dt.date(2024, 3, 8), "withdraw") is None


def test_a_participle_on_a_noun_does_not_move_the_narrative(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The council met on Tuesday. A report notes that neither side has sent troops to "
            "the joint border force agreed in 2011. Sudan's envoy rejected the report.")
    rejected = _dated(pipeline, text, dt.date(2025, 2, 12), "rejected")
    assert rejected is not None and rejected.start.year == 2025


def _on(date: object, day: dt.date) -> bool:
    return date is not None and date.start <= day <= date.end  # type: ignore[attr-defined]


def test_timeline_entries_date_their_lines_in_the_historical_present(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Written for this test: entries headed by dates and ranges, one heading on its own line.
    text = ("Key moments of the blockade.\n\n"
            "3 April 2023 - Navy boats seize a grain ship off the coast. The crew is detained.\n\n"
            "14 to 16 May 2023 - Militia fighters storm the port. Two days later, the navy "
            "releases the grain ship.\n\n"
            "9 June 2023 -\nThe coast guard escorts a convoy of tankers out of the bay.\n")
    analysis = pipeline(Document(text=text, published=dt.date(2023, 7, 1)))
    assert _on(_event_near(analysis, "seize a grain").date, dt.date(2023, 4, 3))
    storm = _event_near(analysis, "storm the port").date
    assert storm is not None and (storm.start, storm.end) == (dt.date(2023, 5, 14),
                                                              dt.date(2023, 5, 16))
    assert _on(_event_near(analysis, "releases the grain").date, dt.date(2023, 5, 18))
    assert _on(_event_near(analysis, "escorts a convoy").date, dt.date(2023, 6, 9))


def test_live_blog_entries_are_of_the_day_but_a_recap_is_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("18:40 - The militia denies shelling the market and accuses the army of "
            "staging the attack.\n\n"
            "16:05 - Recap: the governor imposed a curfew on Friday. The opposition denies "
            "any role in the unrest.\n")
    published = dt.date(2024, 10, 7)
    analysis = pipeline(Document(text=text, published=published))
    denial = _event_near(analysis, "denies shelling").date
    assert denial is not None and denial.start == published
    assert _event_near(analysis, "denies any role").date is None


def test_a_date_asked_in_an_interview_question_dates_the_answer(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Q: What happened on the night of 2 to 3 March?\n\nA:\n\n"
            "About a dozen drones crossed the border from the north. "
            "Our fighters shot down most of them.\n")
    analysis = pipeline(Document(text=text, published=dt.date(2025, 3, 9)))
    shot = _event_near(analysis, "shot down").date
    assert shot is not None and (shot.start, shot.end) == (dt.date(2025, 3, 2),
                                                           dt.date(2025, 3, 3))


def test_a_clause_s_own_day_beats_hours_after_and_carries_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The two sides last met on May 2. "
            "Hours after the talks ended, a missile struck a depot near Kharkiv on Sunday "
            "morning, killing four workers, officials said. "
            "The ministry said its forces had hit an arms store.")
    analysis = pipeline(Document(text=text, published=dt.date(2025, 5, 12)))  # a Monday
    assert _on(_event_near(analysis, "struck a depot").date, dt.date(2025, 5, 11))
    assert _on(_event_near(analysis, "had hit").date, dt.date(2025, 5, 11))


def test_the_first_talks_since_a_year_are_not_dated_by_that_year(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Envoys from both capitals met in Doha on Tuesday. The meeting was the first direct "
            "negotiation between the two governments since 2019.")
    analysis = pipeline(Document(text=text, published=dt.date(2024, 2, 14)))
    talks = _event_near(analysis, "direct negotiation").date
    assert talks is not None and talks.start == dt.date(2024, 2, 13)


def test_overnight_in_a_dated_statement_is_the_night_before_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The defence ministry said on Monday that its air defences had downed 30 drones "
            "overnight.")
    analysis = pipeline(Document(text=text, published=dt.date(2025, 6, 5)))  # a Thursday
    downed = _event_near(analysis, "downed").date
    assert downed is not None and dt.date(2025, 6, 1) <= downed.start <= dt.date(2025, 6, 2)


def test_a_past_request_is_not_dated_by_the_act_it_asks_for(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Aid agencies had asked the army to escort a food convoy to the camp next week, "
            "an official said.")
    published = dt.date(2025, 3, 12)
    analysis = pipeline(Document(text=text, published=published))
    asked = _event_near(analysis, "asked the army").date
    assert asked is None or asked.start <= published


def test_a_past_act_this_year_ends_at_publication(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The government has closed three border crossings this year."
    published = dt.date(2023, 7, 25)
    analysis = pipeline(Document(text=text, published=published))
    closed = _event_near(analysis, "closed").date
    assert closed is not None and (closed.start, closed.end) == (dt.date(2023, 1, 1), published)


def test_a_time_of_day_after_after_still_dates_the_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Troops opened fire on the outpost shortly after 10 p.m. on Friday, the ministry "
            "said. One soldier was wounded.")
    analysis = pipeline(Document(text=text, published=dt.date(2024, 9, 21)))  # a Saturday
    assert _on(_event_near(analysis, "wounded").date, dt.date(2024, 9, 20))


def test_a_stretch_told_in_the_past_perfect_ends_at_the_narrative(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The president broke off the negotiations with the rebels on Friday. "
            "The negotiations, held in Oslo since early 2021, had produced a local truce.")
    analysis = pipeline(Document(text=text, published=dt.date(2024, 3, 6)))  # a Wednesday
    held = [m.value for m in resolve_dates(analysis) if m.span.text == "early 2021"]
    assert held and held[0] is not None
    assert (held[0].start, held[0].end) == (dt.date(2021, 1, 1), dt.date(2024, 3, 1))


def test_what_an_event_noun_did_shares_its_time(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The navy launched a missile strike that sank a patrol boat near the island on "
            "Tuesday night, the ministry said. Officials said the air force carried out a raid "
            "on Monday. The army later confirmed a raid that destroyed a radar site.")
    analysis = pipeline(Document(text=text, published=dt.date(2024, 2, 14)))  # a Wednesday
    assert _on(_event_near(analysis, "missile strike").date, dt.date(2024, 2, 13))
    assert _on(_event_near(analysis, "destroyed a radar").date, dt.date(2024, 2, 12))


def test_a_year_heading_governs_the_timeline_entries_under_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Timeline of the border dispute\n\n2023\n\n"
            "11 June - Troops seize a hill near the river.\n\n"
            "3 March - Villagers protest against the new fence.\n\n2022\n\n"
            "20 December - Rebels shell the customs post.\n")
    analysis = pipeline(Document(text=text, published=dt.date(2024, 7, 1)))
    assert _on(_event_near(analysis, "seize a hill").date, dt.date(2023, 6, 11))
    assert _on(_event_near(analysis, "protest against").date, dt.date(2023, 3, 3))
    assert _on(_event_near(analysis, "shell the customs").date, dt.date(2022, 12, 20))


def test_planned_talks_take_the_date_of_the_clause_that_schedules_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The two governments signed a border accord on Monday. The next round of "
            "negotiations between the commissions will take place in Astana in June 2025.")
    analysis = pipeline(Document(text=text, published=dt.date(2025, 2, 6)))
    talks = _event_near(analysis, "negotiations between").date
    assert talks is not None and (talks.start, talks.end) == (dt.date(2025, 6, 1),
                                                              dt.date(2025, 6, 30))


def test_a_dateline_with_a_colon_is_not_a_date_of_the_story() -> None:
    from warpath.time.resolve import dateline_spans

    assert dateline_spans("SHILLONG, Mar 4: Police fired on a crowd on Sunday.") == [(0, 17)]
    assert dateline_spans("Q: Did police fire first?") == []


def test_a_press_release_tells_today_s_acts_in_the_present(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The Ministry today imposed travel bans on four militia commanders. The militia "
            "seized the town of Tessit on 2 February. The Ministry urges the militia to "
            "release the hostages it holds.")
    published = dt.date(2025, 3, 3)
    release = Document(text=text, published=published, outlet="Ministry of Foreign Affairs, "
                       "press office")
    urges = _event_near(pipeline(release), "urges the militia").date
    assert urges is not None and urges.start == published
    wire = Document(text=text, published=published, outlet="Sahel Wire")
    urges = _event_near(pipeline(wire), "urges the militia").date
    assert urges is None or urges.start != published


def test_a_refrain_shares_the_time_of_the_act_beside_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Coast guard cutters shadowed the trawler on Friday but did not fire on it. "
            "Radar tracked two bombers on Friday, but they did not enter national airspace.")
    analysis = pipeline(Document(text=text, published=dt.date(2024, 6, 10)))  # a Monday
    assert _on(_event_near(analysis, "did not fire").date, dt.date(2024, 6, 7))
    assert _event_near(analysis, "did not enter").date is None


def test_harm_done_in_an_attack_told_before_takes_its_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The envoy told the council on Tuesday that militiamen had stormed a clinic in Bor "
            "on 9 April. Two nurses were wounded in the attack, he said. Kenya condemned the "
            "violence.")
    analysis = pipeline(Document(text=text, published=dt.date(2025, 4, 17)))  # a Thursday
    assert _on(_event_near(analysis, "wounded in the attack").date, dt.date(2025, 4, 9))
    assert _on(_event_near(analysis, "condemned").date, dt.date(2025, 4, 15))


def test_a_present_perfect_after_the_story_has_named_its_days_is_undated(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the story's last day is more than the reporting window before publication
    text = ("Rebels have seized the river port of Mopti, officials said.\n\n"
            "The army shelled rebel positions on 2 June. Mali has accused Algeria of arming "
            "the rebels. \"We have sent reinforcements,\" the governor said.")
    published = dt.date(2024, 6, 12)  # a Wednesday
    analysis = pipeline(Document(text=text, published=published))
    seized = _event_near(analysis, "have seized").date
    assert seized is not None and seized.start == published  # the lead is the day's news
    assert _event_near(analysis, "has accused").date is None
    assert _event_near(analysis, "sent reinforcements").date is not None


def test_what_a_listed_person_did_is_not_dated_by_the_listing(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The Council today sanctioned six officers. Those listed include three prison "
            "governors who detained protesters without charge.")
    analysis = pipeline(Document(text=text, published=dt.date(2024, 6, 12)))
    assert _event_near(analysis, "detained protesters").date is None


def _values(pipeline, text: str, published: dt.date):  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=text, published=published))
    return analysis, {m.span.text: m.value for m in resolve_dates(analysis)}


def test_date_after_on_without_comma_sets_the_narrative(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser glues "3 March" to the subject; it still tells when Lima acted
    text = ("On 3 March Lima recalled its ambassador from Santiago. "
            "The same evening Chile expelled two Peruvian diplomats.")
    _, values = _values(pipeline, text, dt.date(2026, 3, 20))
    assert values["The same evening"].start == dt.date(2026, 3, 3)


def test_due_is_still_to_come_after_a_flashback(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The two navies last clashed in 2019, when a cutter was rammed. "
            "The envoy is due in Quito on 4 May for talks on the maritime border.")
    _, values = _values(pipeline, text, dt.date(2026, 4, 20))
    assert values["4 May"].start == dt.date(2026, 5, 4)


def test_timeline_headings_with_weekdays_date_their_entries(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Tuesday 3 March, 21:00. Gunfire is heard near the port.\n\n"
            "Wednesday, 06:10. Shells hit the fuel depot overnight, the port authority says.\n\n"
            "Wednesday, 09:30. Police arrest four dockworkers at the harbour gate.\n\n"
            "Thursday 5 March, 08:00. Calm returns to the port.")
    analysis, values = _values(pipeline, text, dt.date(2026, 3, 6))
    assert (values["overnight"].start, values["overnight"].end) == (
        dt.date(2026, 3, 3), dt.date(2026, 3, 4))
    arrest = _event_near(analysis, "arrest")
    assert arrest.date is not None and arrest.date.start == dt.date(2026, 3, 4)


def test_own_present_perfect_after_dated_events_is_undated(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("On 28 August border police detained three farmers near the river. "
            "We condemn these arrests, and we have asked the mission to send observers.")
    analysis = pipeline(Document(text=text, published=dt.date(2026, 9, 8)))
    asked = _event_near(analysis, "asked")
    assert asked.date is None


def test_round_of_talks_takes_the_date_of_the_round(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Both delegations will meet their mediators again. Our envoy will press the matter "
            "at the next round of talks in Geneva on 12 October.")
    analysis = pipeline(Document(text=text, published=dt.date(2026, 9, 30)))
    talks = _event_near(analysis, "talks")
    assert talks.date is not None and talks.date.start == dt.date(2026, 10, 12)


def test_an_offer_to_host_talks_in_a_month_looks_ahead(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The envoy said the border crossing had closed on 2 August. "
            "Oman said it was ready to host a round of talks between the two sides in "
            "November.")
    analysis = pipeline(Document(text=text, published=dt.date(2027, 9, 10)))
    host = _event_near(analysis, "host").date
    assert host is not None and (host.start, host.end) == (dt.date(2027, 11, 1),
                                                           dt.date(2027, 11, 30))


def test_an_event_noun_takes_the_date_of_the_verb_that_carries_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Chad and Niger are due to hold border talks in N'Djamena on March 14, the "
            "foreign ministry said.")
    analysis = pipeline(Document(text=text, published=dt.date(2027, 3, 2)))
    talks = _event_near(analysis, "talks").date
    assert talks is not None and talks.start == dt.date(2027, 3, 14)


def test_a_blockade_that_lasted_weeks_ends_on_the_day_it_was_broken(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Truck drivers had blocked the highway for three weeks when police moved in on "
            "20 May and reopened it.")
    analysis = pipeline(Document(text=text, published=dt.date(2027, 6, 30)))
    blocked = _event_near(analysis, "blocked").date
    assert blocked is not None and (blocked.start, blocked.end) == (dt.date(2027, 4, 29),
                                                                    dt.date(2027, 5, 20))


def test_a_bulletin_weekday_falls_in_the_period_it_covers(pipeline) -> None:  # type: ignore[no-untyped-def]
    body = ("Elders in Anka signed a truce with a militia on Monday. The militia released "
            "nine farmers the following day. Gunmen attacked a market near Bungudu on "
            "Saturday.")
    period = "Weekly incident digest. Period covered: Mon 6 Apr to Sun 12 Apr.\n\n"
    # Issued on Monday 13 April: "on Monday" is the 6th, the Monday of the period.
    analysis = pipeline(Document(text=period + body, published=dt.date(2026, 4, 13)))
    assert _event_near(analysis, "signed").date.start == dt.date(2026, 4, 6)
    assert _event_near(analysis, "released").date.start == dt.date(2026, 4, 7)
    assert _event_near(analysis, "attacked").date.start == dt.date(2026, 4, 11)
    # Without a stated period the Monday of a Monday paper is the day itself.
    analysis = pipeline(Document(text=body, published=dt.date(2026, 4, 13)))
    assert _event_near(analysis, "signed").date.start == dt.date(2026, 4, 13)


def test_days_counted_from_a_flashback_just_told(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The minister spoke to parliament on Tuesday 17 March. He said a border guard had "
            "been abducted by militiamen on 2 March. The guard was released three days "
            "later, he said.")
    analysis = pipeline(Document(text=text, published=dt.date(2027, 3, 18)))
    released = _event_near(analysis, "released").date
    assert released is not None and released.start == dt.date(2027, 3, 5)


def test_the_following_day_counts_from_a_day_not_a_month(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Soldiers exchanged fire across the ridge on Sunday. The war of May 2021 still "
            "shapes how villagers see the line. Observers deployed a patrol to the ridge the "
            "following day.")
    analysis = pipeline(Document(text=text, published=dt.date(2026, 10, 21)))
    patrol = _event_near(analysis, "deployed").date
    assert patrol is not None and patrol.start == dt.date(2026, 10, 19)


def test_a_date_after_a_name_given_belongs_to_the_governing_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The police arrested two shepherds on Monday. The foreign ministry condemned "
            "what it called an abduction on Tuesday.")
    analysis = pipeline(Document(text=text, published=dt.date(2026, 3, 12)))
    condemned = _event_near(analysis, "condemned").date
    assert condemned is not None and condemned.start == dt.date(2026, 3, 10)


def test_a_meeting_in_apposition_takes_the_date_it_is_set_for(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("One more item: a meeting of the joint commission, where both armies send a "
            "colonel, is set for next Thursday.")
    analysis = pipeline(Document(text=text, published=dt.date(2026, 3, 12)))
    meeting = _event_near(analysis, "meeting").date
    assert meeting is not None and meeting.start == dt.date(2026, 3, 19)


def test_a_stretch_holding_the_current_day_leaves_the_story_there(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Border guards detained a journalist on Thursday. The ministry summoned the "
            "ambassador the following day, its first such step this year. The regional "
            "governor was more cautious: she urged both capitals to talk.")
    analysis = pipeline(Document(text=text, published=dt.date(2026, 5, 20)))
    urged = _event_near(analysis, "urged").date
    assert urged is not None and urged.start == dt.date(2026, 5, 15)


def test_a_convoy_noun_parsed_as_the_root_takes_its_verb_s_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    # The parse makes "convoy" the root and hangs "rolled" on "trucks".
    text = ("Help arrives slowly. A World Food Programme convoy of 12 trucks rolled into "
            "Kadugli on Monday, the first in three weeks, carrying flour and medicine.")
    analysis = pipeline(Document(text=text, published=dt.date(2026, 8, 14)))
    convoy = _event_near(analysis, "convoy").date
    assert convoy is not None and convoy.start == dt.date(2026, 8, 10)


def test_a_lack_that_goes_on_has_no_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Militiamen shelled the town of Kobo on Monday. The UN food agency said it had not "
            "been able to deliver food to the district since early April. In 2024 the two "
            "sides initialled a ceasefire deal. Two years later, the deal has still not been "
            "signed.")
    analysis = pipeline(Document(text=text, published=dt.date(2026, 6, 10)))
    assert _event_near(analysis, "deliver").date is None
    assert _event_near(analysis, "signed").date is None
    assert _event_near(analysis, "shelled").date.start == dt.date(2026, 6, 8)


def test_an_act_at_the_summit_takes_the_day_of_the_summit(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("The envoy spoke to reporters in Accra on Friday, ten days after West African "
            "leaders met in Abuja.\n\nQ: What came of it?\n\nA: The leaders agreed at the "
            "summit to a joint border force.")
    analysis = pipeline(Document(text=text, published=dt.date(2026, 3, 21)))  # a Saturday
    agreed = _event_near(analysis, "agreed at the summit").date
    assert agreed is not None and agreed.start == dt.date(2026, 3, 10)


def test_what_was_to_happen_at_an_occasion_takes_its_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Strikers blocked the border post on Monday. The blockade forced the two "
            "ministries to call off Tuesday's session, where the delegations were scheduled to "
            "discuss customs rules.")
    analysis = pipeline(Document(text=text, published=dt.date(2026, 5, 6)))  # a Wednesday
    talks = _event_near(analysis, "discuss").date
    assert talks is not None and talks.start == dt.date(2026, 5, 5)


def test_a_timetable_in_the_simple_present_is_still_to_come(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Written for this test (published on a Tuesday): a present inside a clause of time, or
    # with a word that puts the day ahead, is a timetable.
    published = dt.date(2026, 4, 21)
    text = ("Troops shelled two villages on Sunday.\n\nThe truce holds only until the joint "
            "commission meets in Geneva on Thursday, a diplomat said.")
    date = _dated(pipeline, text, published, "meets in Geneva")
    assert date is not None and date.start == dt.date(2026, 4, 23)
    text = ("Troops shelled two villages on Sunday.\n\nThe envoys will raise the shelling when "
            "the border panel convenes in Nairobi on Friday.")
    analysis = pipeline(Document(text=text, published=published))
    friday = next(m.value for m in resolve_dates(analysis) if m.span.text.endswith("Friday"))
    assert friday is not None and friday.start == dt.date(2026, 4, 24)
    text = ("Mortar fire hit a market on Saturday.\n\nThe two delegations resume their talks "
            "in Doha this coming Friday, a mediator said.")
    analysis = pipeline(Document(text=text, published=published))
    by_text = {m.span.text: m.value for m in resolve_dates(analysis)}
    friday = next(v for k, v in by_text.items() if k.endswith("Friday"))
    assert friday is not None and friday.start == dt.date(2026, 4, 24)


def test_a_headline_present_tells_what_happened(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Written for this test (published on a Wednesday): a headline's present is past news,
    # and so is a bare present with a day in the lede.
    published = dt.date(2026, 4, 22)
    text = ("Police open fire on marchers in Kayes on Monday\n\nAt least four people were "
            "hurt when officers fired into a crowd, a rights group said.")
    analysis = pipeline(Document(text=text, published=published))
    monday = next(m.value for m in resolve_dates(analysis) if m.span.text.endswith("Monday"))
    assert monday is not None and monday.start == dt.date(2026, 4, 20)
    text = ("Rival delegations meet in Addis Ababa on Monday and trade blame over the "
            "shelling.\n\nNo agreement was reached.")
    analysis = pipeline(Document(text=text, published=published))
    monday = next(m.value for m in resolve_dates(analysis) if m.span.text.endswith("Monday"))
    assert monday is not None and monday.start == dt.date(2026, 4, 20)


def test_a_command_s_statement_speaks_on_its_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Written for this test: a force's numbered statement in the simple present.
    text = ("Statement No. 52\n\nOn Monday night an enemy drone struck a car near the border "
            "crossing. The Command condemns the attack and rejects the claim that the driver "
            "was armed.")
    doc = Document(text=text, published=dt.date(2026, 4, 21), title="Statement on the drone "
                   "strike", outlet="Land Forces Headquarters - Media Department")
    analysis = pipeline(doc)
    condemns = _event_near(analysis, "condemns the attack")
    assert condemns.date is not None and condemns.date.start == dt.date(2026, 4, 21)


def test_a_condition_a_memory_or_a_named_episode_does_not_move_the_story(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Written for this test: the story is told on its day; the dates of a condition, of a
    # recollection and of an episode named by its month are not the story's time.
    published = dt.date(2026, 6, 12)
    text = ("Senators debated the border closure on Thursday. If the convoy is still held at "
            "the end of the month, the minister said, the envoy would be recalled. "
            "A senator recalled that troops were ambushed there in March 2024. Others cited "
            "the standoff of May 2023. Then opposition senators walked out in protest.")
    date = _dated(pipeline, text, published, "walked out")
    assert date is None or dt.date(2026, 6, 11) <= date.start <= published


def test_the_following_day_counts_from_a_day_after_a_long_stretch(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Written for this test: a flashback of months sits between the day and "the following day".
    text = ("Gunfire hit a farmhouse near the line on Sunday night. The two sides signed a "
            "framework in March 2025 and a year later set up a joint commission. Monitors "
            "sent a patrol to the village the following day.")
    analysis = pipeline(Document(text=text, published=dt.date(2026, 10, 21)))
    by_text = {m.span.text: m.value for m in resolve_dates(analysis)}
    value = by_text["the following day"]
    assert value is not None and value.start == dt.date(2026, 10, 19)


def test_a_reporting_which_clause_passes_its_scene_day_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("On Tuesday, militants shelled the outpost near the dam, according to the regional "
            "command, which said two Su-25 jets were scrambled and struck the launch site.")
    analysis = pipeline(Document(text=text, published=dt.date(2024, 6, 13)))
    dates = [e.date for e in analysis.events]
    assert len(dates) >= 2, [e.trigger.text for e in analysis.events]
    assert all(d is not None and d.start == dt.date(2024, 6, 11) for d in dates)
    years = [m.value.start.year for m in resolve_dates(analysis) if m.value is not None]
    assert years == [2024]


def test_a_model_number_is_not_the_event_year(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Two Mirage 2000 fighters intercepted the drones over the border, the ministry said."
    analysis = pipeline(Document(text=text, published=dt.date(2023, 9, 5)))
    assert analysis.events
    assert all(e.date is None or e.date.start.year == 2023 for e in analysis.events)
    assert [m.value for m in resolve_dates(analysis)] == []


# --- a past recalled as the object of "recall", "remember": a memory, not the story's time


@pytest.mark.parametrize(("text", "words"), [
    ("Delegates recalled March 2019, when the rivals fought for a week near the dam. The "
     "envoy urged calm. China called for an inquiry.", "called for"),
    ("The minister remembered June 2020, when militias seized the port of Hodeidah.\n\n"
     "Qatar offered to host talks.", "offered"),
    ("Speakers recalled the winter of 2014, when the rebels took the airport. Turkey called "
     "for a truce.", "called for"),
])
def test_a_recalled_past_does_not_carry_over(pipeline, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    date = _dated(pipeline, text, dt.date(2026, 5, 13), words)
    assert date is None or date.start.year == 2026


@pytest.mark.parametrize(("text", "words", "year"), [
    # a past narrated, not recalled, is the story's time
    ("Troops recaptured the town in March 2019. Observers called for talks.", "called for",
     2019),
    # "recalled Monday that ...": the day of the recalling
    ("The minister recalled Monday that militias had seized the port. Qatar offered to host "
     "talks.", "offered", 2026),
])
def test_a_narrated_past_or_the_day_of_recalling_still_carries(pipeline, text, words, year) -> None:  # type: ignore[no-untyped-def]
    date = _dated(pipeline, text, dt.date(2026, 5, 13), words)
    assert date is not None and date.start.year == year


# Written for this test: a timeline whose dated headings sit alone on their lines, without
# a year, as a range and as a weekday, and a subheading that closes the last entry.
_BARE_TIMELINE = (
    "How the standoff on the lake unfolded, oldest first.\n\n"
    "2 March\n"
    "The northern navy seizes eleven fishing boats near the islands.\n\n"
    "11 to 13 March\n"
    "Southern troops shell two landing stages. "
    "The northern navy accuses them of provocation.\n\n"
    "Sunday\n"
    "The foreign ministers meet in the lakeside town of Kisoro.\n\n"
    "Looking ahead\n"
    "Officials say a joint commission will meet at some point.\n")


def test_timeline_headings_alone_on_their_lines_date_every_entry(pipeline) -> None:  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=_BARE_TIMELINE, published=dt.date(2024, 3, 20)))
    assert _on(_event_near(analysis, "seizes eleven").date, dt.date(2024, 3, 2))
    shelling = _event_near(analysis, "shell two").date
    assert shelling is not None and (shelling.start, shelling.end) == (
        dt.date(2024, 3, 11), dt.date(2024, 3, 13))
    accusation = _event_near(analysis, "accuses them").date
    assert accusation is not None and accusation.start == dt.date(2024, 3, 11)
    # a weekday heading is the first such day after the heading before it
    assert _on(_event_near(analysis, "meet in the lakeside").date, dt.date(2024, 3, 17))


def test_a_subheading_closes_a_bare_timeline_entry(pipeline) -> None:  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=_BARE_TIMELINE, published=dt.date(2024, 3, 20)))
    later = [e for e in analysis.events if e.trigger.start > analysis.text.index("Looking")]
    assert all(e.date is None or e.date.start != dt.date(2024, 3, 17) for e in later)


def test_a_single_date_line_is_no_timeline(pipeline) -> None:  # type: ignore[no-untyped-def]
    from warpath.time.resolve import entries
    text = ("Talks stall again\n\n4 May\n\nThe envoys met in Doha. Nothing was agreed.\n")
    assert [e for e in entries(text, dt.date(2024, 5, 6)) if e.heading is not None] == []


def test_headings_split_by_the_sentence_splitter_still_date_their_entries(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Timeline of the port dispute.\n\n"
            "8 July\nDockers walk out at the northern terminal.\n\n"
            "19 July\nThe army deploys troops to the harbour.\n\n"
            "27 July\nThe union accuses the governor of breaking the deal.\n")
    analysis = pipeline(Document(text=text, published=dt.date(2025, 8, 1)))
    assert _on(_event_near(analysis, "deploys troops").date, dt.date(2025, 7, 19))
    assert _on(_event_near(analysis, "accuses the governor").date, dt.date(2025, 7, 27))


def test_clock_times_alone_on_their_lines_head_live_blog_entries(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Follow our coverage of the border crisis.\n\n"
            "16:20\nThe interior ministry has condemned the attack on the customs post.\n\n"
            "14:05\nHow we got here\n"
            "In May 2023 the two states signed a border accord.\n\n"
            "11:30\nGunmen fired on a customs post at dawn, officials said.\n")
    published = dt.date(2025, 6, 4)
    analysis = pipeline(Document(text=text, published=published))
    assert _on(_event_near(analysis, "fired on a customs").date, published)
    assert _on(_event_near(analysis, "condemned the attack").date, published)


def test_a_broadcast_of_the_day_dates_its_present_perfect_news(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("[Transcript of the morning programme, broadcast on Tuesday, 3 June 2025.]\n\n"
            "HOST: Our main story: the provincial government has imposed a curfew in the "
            "river towns after a night of clashes. The army has sealed the ferry crossings.\n")
    published = dt.date(2025, 6, 3)
    analysis = pipeline(Document(text=text, published=published))
    assert _on(_event_near(analysis, "imposed a curfew").date, published)
    assert _on(_event_near(analysis, "sealed the ferry").date, published)


def test_a_present_charge_is_dated_to_the_reporting_window(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Artillery hit a school in Velt on Monday, killing three pupils. "
            "Teachers blame the rebel brigade for the shelling. "
            "Villagers accuse the army of having abandoned its post.\n")
    published = dt.date(2025, 4, 9)  # a Wednesday
    analysis = pipeline(Document(text=text, published=published))
    assert _on(_event_near(analysis, "blame the rebel").date, published)
    assert _on(_event_near(analysis, "accuse the army").date, published)


def test_a_standing_denial_gets_no_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Artillery hit a school in Velt on Monday, killing three pupils. "
            "The neighbouring state denies arming the rebels and accuses the army of "
            "shelling its own villages.\n")
    analysis = pipeline(Document(text=text, published=dt.date(2025, 4, 9)))
    assert _event_near(analysis, "denies arming").date is None
    assert _event_near(analysis, "accuses the army").date is None


def test_an_earlier_request_inside_an_undated_saying_gets_no_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Rebels stormed a police post in Kalo on Friday. "
            "An aid official said the agencies had asked the governor to open a corridor.\n")
    analysis = pipeline(Document(text=text, published=dt.date(2025, 4, 14)))
    asked = [e for e in analysis.events if e.trigger.text == "asked"]
    assert asked and asked[0].date is None


def test_a_run_of_bare_weekdays_is_a_schedule_not_a_timeline(pipeline):
    text = ("Programme of the visit:\nMonday\nArrival and welcome dinner.\nTuesday\n"
            "Meeting with the mayor.\n\nSeparately, Serbia has denied any part in the unrest.")
    a = pipeline(Document(text=text, published=dt.date(2026, 3, 16)))
    denial = [e for e in a.events if e.type == "REJECT"]
    assert denial and all(e.date is None or e.date.start != dt.date(2026, 3, 17)
                          for e in denial)


def test_an_undated_present_perfect_in_recent_news_is_dated_to_publication(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Written for this test: the story's last day is the day before publication, so what
    # "has" happened since is news of the reporting window; a month-old story is not.
    recent = ("Militants stormed a police post in Bannu on Monday. Police have arrested eleven "
              "suspects.")
    arrests = _dated(pipeline, recent, dt.date(2025, 6, 10), "arrested")
    assert arrests is not None and arrests.start == arrests.end == dt.date(2025, 6, 10)
    old = ("Militants stormed a police post in Bannu on 2 May. Police have arrested eleven "
           "suspects.")
    assert _dated(pipeline, old, dt.date(2025, 6, 10), "arrested") is None


def _date_of(pipeline, text: str, words: str, published: dt.date):  # type: ignore[no-untyped-def]
    event = _event_near(pipeline(Document(text=text, published=published)), words)
    return None if event.date is None else (event.date.start, event.date.end)


@pytest.mark.parametrize(("text", "words", "interval"), [
    ("The first raid of the campaign, in September of last year, killed nine people.",
     "killed", (dt.date(2025, 9, 1), dt.date(2025, 9, 30))),
    ("In March this year, militia fighters shelled the market.",
     "shelled", (dt.date(2026, 3, 1), dt.date(2026, 3, 31))),
    ("Troops retook the port on 3 May 2024. Rebels had overrun it in August of the previous "
     "year.", "overrun", (dt.date(2023, 8, 1), dt.date(2023, 8, 31))),
])
def test_a_month_of_last_this_or_the_previous_year(pipeline, text, words, interval
                                                   ) -> None:  # type: ignore[no-untyped-def]
    assert _date_of(pipeline, text, words, dt.date(2026, 11, 5)) == interval


@pytest.mark.parametrize(("text", "words", "interval"), [
    ("It was the worst raid on the city since January 2023, when a cruise missile destroyed "
     "a block of flats.", "destroyed", (dt.date(2023, 1, 1), dt.date(2023, 1, 31))),
    ("Ties have been frozen since April 2025, when border guards shot down a patrol drone.",
     "shot down", (dt.date(2025, 4, 1), dt.date(2025, 4, 30))),
])
def test_what_a_when_clause_tells_after_since_happened_at_that_date(pipeline, text, words,
                                                                    interval
                                                                    ) -> None:  # type: ignore[no-untyped-def]
    assert _date_of(pipeline, text, words, dt.date(2026, 11, 5)) == interval


def test_the_since_stretch_itself_still_runs_up_to_now(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Rebel gunmen have blockaded the town since April 2025."
    assert _date_of(pipeline, text, "blockaded", dt.date(2026, 11, 5)) == \
        (dt.date(2025, 4, 1), dt.date(2026, 11, 5))


@pytest.mark.parametrize(("text", "words", "day"), [
    ("On 26 October the ministry summoned the envoy to lodge a protest, which the embassy "
     "brushed aside as theatre.", "brushed aside", dt.date(2026, 10, 26)),
    ("On Monday the council sent a demand to the ministry, which the minister rejected.",
     "rejected", dt.date(2026, 10, 26)),
])
def test_an_answer_told_in_a_relative_clause_takes_the_time_of_what_it_answers(
        pipeline, text, words, day) -> None:  # type: ignore[no-untyped-def]
    assert _date_of(pipeline, text, words, dt.date(2026, 10, 30)) == (day, day)


def test_a_relative_clause_in_the_pluperfect_points_back(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "On Monday the army repeated a claim that the rebels had dismissed long before."
    assert _date_of(pipeline, text, "dismissed", dt.date(2026, 10, 30)) != \
        (dt.date(2026, 10, 26), dt.date(2026, 10, 26))


# "That same month" points at the time just named, even a memory ("recalled that ...") that
# left the narrative where it was; "the same day" after a month names no day.
@pytest.mark.parametrize(("text", "words", "start", "end"), [
    ("Officials on Tuesday recalled that the two governments signed a border accord in "
     "March 2021. The rebels shelled the frontier post that same month.", "shelled",
     dt.date(2021, 3, 1), dt.date(2021, 3, 31)),
    ("The envoy reminded reporters that the militia had seized the dam in August 2019. "
     "Government jets bombed the dam the same month.", "bombed",
     dt.date(2019, 8, 1), dt.date(2019, 8, 31)),
    ("The minister said on Monday that both sides agreed a truce on 4 June 2022. Gunmen "
     "attacked a convoy that same day.", "attacked", dt.date(2022, 6, 4), dt.date(2022, 6, 4)),
])
def test_the_same_month_points_at_the_time_just_named(pipeline, text, words, start, end) -> None:  # type: ignore[no-untyped-def]
    value = _dated(pipeline, text, dt.date(2026, 11, 26), words)
    assert value is not None and (value.start, value.end) == (start, end)


# A date written straight after a participle on the subject dates the participle, though the
# parser hangs it on the main verb; the main verb keeps its own date.
def test_a_date_after_a_participle_on_the_subject_dates_the_participle(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Four herders seized by rebels near Kutum last week were freed on Monday, elders said."
    published = dt.date(2026, 11, 17)  # a Tuesday
    seized = _dated(pipeline, text, published, "seized")
    freed = _dated(pipeline, text, published, "freed")
    assert seized is not None and (seized.start, seized.end) == (dt.date(2026, 11, 9),
                                                                 dt.date(2026, 11, 15))
    assert freed is not None and freed.start == dt.date(2026, 11, 16)


# "In a statement carried on Sunday" dates the saying: the text came out that day.
@pytest.mark.parametrize(("text", "words", "day"), [
    ("Officials declined to comment on Monday. The militia gave its own account in a "
     "statement carried by its radio on Sunday.", "gave", dt.date(2026, 11, 22)),
    ("Reporters visited the town on Monday. The governor denied the claim in a video posted "
     "on Saturday.", "denied", dt.date(2026, 11, 21)),
])
def test_a_text_put_out_on_a_day_dates_the_saying(pipeline, text, words, day) -> None:  # type: ignore[no-untyped-def]
    value = _dated(pipeline, text, dt.date(2026, 11, 24), words)
    assert value is not None and value.start == day
