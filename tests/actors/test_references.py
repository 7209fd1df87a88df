"""Bodies named again: "it", "we", "the group", "the army", a place as a party, local offices.

The sentences here are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from warpath.actors.resolve import resolve_phrase
from warpath.document import Analysis, Document


def _run(pipeline, text: str) -> Analysis:  # type: ignore[no-untyped-def]
    return pipeline(Document(text=text, published=dt.date(2024, 3, 5)))


def _actor_of(analysis: Analysis, words: str, nth: int = 0):  # type: ignore[no-untyped-def]
    at = -1
    for _ in range(nth + 1):
        at = analysis.text.index(words, at + 1)
    return analysis.actor_at(at, at + len(words))


def test_subject_it_joins_the_body_that_was_subject_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "Egypt's military rejected the report on Monday. In a statement, it "
                       "accused foreign media of spreading rumours.")
    assert _actor_of(a, "it").country == "EGY"


def test_empty_it_names_nobody(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "Egypt's military rejected the report. It is unclear what happens next.")
    assert _actor_of(a, "It") is None


def test_we_in_an_answer_is_the_speaker_s_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "Chile's foreign minister, Alberto van Klaveren, spoke to us on Monday.\n\n"
                       "Q: Will you recall your ambassador?\n\n"
                       "A: We have already recalled him for consultations.")
    assert _actor_of(a, "We").country == "CHL"
    assert _actor_of(a, "you") is None  # the interviewer's question names nobody


def test_the_group_is_the_armed_group_named_last(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "Al-Shabaab fighters attacked a base near Mogadishu. A spokesman said "
                       "the group had lost no men.")
    group = _actor_of(a, "group")
    assert group is not None and group.kind == "group"


def test_a_definite_noun_joins_the_body_named_with_it_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "The Saudi-led coalition said it had destroyed a drone. Hours later the "
                       "coalition said its jets had struck a depot.")
    assert _actor_of(a, "coalition", nth=1).country == "SAU"


def test_domestic_bodies_take_the_country_of_the_scene(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "The United Kingdom imposed new sanctions on Tuesday. British ministers "
                       "said security forces in Iran had beaten protesters in the street.")
    doc = a.doc
    forces = next(t for t in doc if t.text == "forces")
    assert resolve_phrase(a, forces).country == "IRN"


def test_a_place_as_a_party_stands_for_its_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "The rebels fired two missiles toward Jizan overnight.")
    jizan = next(t for t in a.doc if t.text == "Jizan")
    state = resolve_phrase(a, jizan)
    assert state is not None and state.kind == "state" and state.country == "SAU"


def test_a_city_tagged_as_a_person_is_no_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "Drones were launched toward Jizan and Khamis Mushait overnight.")
    assert not any(x.kind == "person" for x in a.actors)


def test_a_local_official_belongs_to_the_country_of_the_story(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "Georgian police detained two men in Gori. Georgia's interior ministry "
                       "said Georgian officers had found weapons. Village head Levan Beridze "
                       "said residents were afraid.")
    assert _actor_of(a, "Levan Beridze").country == "GEO"


def test_an_international_body_s_people_have_no_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "Peru closed its border. Peru's army sent troops north. Peru said "
                       "NATO officials had not called.")
    officials = next(t for t in a.doc if t.text == "officials")
    actor = resolve_phrase(a, officials)
    assert actor is None or actor.country is None


def test_a_body_named_after_its_country_belongs_to_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "Colonel Rosa Dimaculangan, spokesperson of the Armed Forces of the "
                       "Philippines, said our boats were rammed.")
    assert _actor_of(a, "Armed Forces of the Philippines").country == "PHL"
    assert _actor_of(a, "Rosa Dimaculangan").country == "PHL"
    assert _actor_of(a, "our").country == "PHL"


def test_its_after_a_named_state_with_no_subject_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "Speaking for Sudan, its representative rejected the claims.")
    assert _actor_of(a, "its").country == "SDN"


def test_we_in_a_ministry_statement_is_the_issuing_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "The Ministry of Foreign Affairs of the Republic of Chile is alarmed by "
                       "the seizure of two fishing boats. We demand their release, and our "
                       "embassy has asked for consular access.")
    assert _actor_of(a, "We").country == "CHL"
    assert _actor_of(a, "our").country == "CHL"


def test_we_of_a_statement_named_by_its_outlet(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = pipeline(Document(text="Two fishing boats were seized on Monday. We demand their "
                               "release.", outlet="Ministry of Foreign Affairs of Chile",
                          published=dt.date(2024, 3, 5)))
    assert _actor_of(a, "We").country == "CHL"


def test_we_of_a_news_report_is_no_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a desk's own "we" names no state: its first subject is no government body
    a = _run(pipeline, "Posts shared widely this week say Chile seized two boats. We found no "
                       "record of any seizure.")
    actor = _actor_of(a, "We")
    assert actor is None or actor.country is None


def test_a_quoted_we_is_not_the_issuer_s(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, 'The Ministry of Defence of Peru said a patrol was fired on. "We saw '
                       'nothing," a fisherman told reporters.')
    actor = _actor_of(a, "We")
    assert actor is None or actor.country is None


def test_a_city_named_in_a_unit_s_name_gives_its_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "Gunmen of the Misrata brigade clashed with rivals overnight, residents "
                       "said.")
    brigade = next(t for t in a.doc if t.text == "brigade")
    actor = resolve_phrase(a, brigade)
    assert actor is not None and actor.country == "LBY"
    assert not any(x.name == "Misrata" and x.kind == "organization" for x in a.actors)


def test_armed_groups_and_movements_mark_the_country_a_text_is_about(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Myanmar is named once, China twice; the Arakan Army and the NUG are Myanmar's
    a = _run(pipeline, "China called for calm in Myanmar. The Arakan Army said it took a base. "
                       "The NUG said the Arakan Army had its support. China said it was "
                       "worried. Soldiers fled the base, the Arakan Army said.")
    soldiers = next(t for t in a.doc if t.text == "Soldiers")
    actor = resolve_phrase(a, soldiers)
    assert actor is not None and actor.country == "MMR"


_SERBIA = ("Serbia protested on Monday. Serbia's president said Serbia would not accept it, and "
           "Serbian officials met in Belgrade. ")


def test_a_unit_named_after_a_body_is_that_body_s(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, _SERBIA + "Members of the special police unit of the Kosovo Police "
                                 "detained three men.")
    unit = next(t for t in a.doc if t.text == "unit")
    actor = resolve_phrase(a, unit)
    assert actor is not None and actor.country == "XKX"


def test_bare_police_is_the_police_force_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, _SERBIA + "The Kosovo Police sealed the crossing. Police fired tear gas "
                                 "at a crowd, residents said.")
    police = [t for t in a.doc if t.text == "Police"][-1]
    actor = resolve_phrase(a, police)
    assert actor is not None and actor.country == "XKX"


def test_it_after_a_name_the_parser_hung_on_a_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "On Monday Georgetown said": the parse makes the capital the object of "On"
    a = _run(pipeline, "Brazil has not offered to mediate, and it should.\n\nOn Monday Georgetown "
                       "said it would not negotiate over territory and would wait for the court.")
    at = a.text.rindex(" it ") + 1
    assert a.actor_at(at, at + 2).country == "GUY"


def test_the_junta_is_the_government_of_the_country_a_text_is_about(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "Myanmar's army lost a base near Lashio. Myanmar said the base would be "
                       "retaken, and Myanmar's generals met in Naypyitaw. The junta denied "
                       "that civilians were hurt.")
    junta = next(t for t in a.doc if t.text == "junta")
    actor = resolve_phrase(a, junta)
    assert actor is not None and actor.country == "MMR" and actor.sector == "GOV"


def test_armed_groups_are_militias_of_the_country_a_text_is_about(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "Libya's capital was shelled again. Libya said talks would go on, and "
                       "Libyan officials met in Tripoli. The UN urged all armed groups to stop "
                       "fighting.")
    groups = next(t for t in a.doc if t.text == "groups")
    actor = resolve_phrase(a, groups)
    assert actor is not None and actor.country == "LBY" and actor.sector == "REB"


def test_unnamed_diplomats_are_not_the_country_a_text_is_about(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "Myanmar's army lost a base. Myanmar said the base would be retaken, and "
                       "Myanmar's generals met in Naypyitaw. Two diplomats said the army had "
                       "refused a visit.")
    diplomats = next(t for t in a.doc if t.text == "diplomats")
    actor = resolve_phrase(a, diplomats)
    assert actor is None or actor.country is None


def test_the_minister_of_a_ministry_s_own_release_is_its_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = Document(text="The Minister of Defense condemned the missile launch on Monday.",
                   published=dt.date(2027, 1, 5), outlet="Ministry of Defense of Japan")
    a = pipeline(doc)
    assert _actor_of(a, "Minister").country == "JPN"


def test_a_movement_named_in_a_story_set_in_one_country_is_its_branch_there(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Fighters of the Islamic State group attacked Macomia overnight. Residents of "
            "Macomia fled to Pemba and Mucojo. Troops later retook Macomia and Quissanga.")
    a = _run(pipeline, text)
    actor = _actor_of(a, "Islamic State group")
    assert (actor.name, actor.country) == ("Islamic State Mozambique Province", "MOZ")


def test_a_capital_inside_a_longer_place_name_is_not_the_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    a = _run(pipeline, "Troops crossed from Lower Juba into Kenya near Mocimboa da Praia.")
    assert not any(x.country in ("SSD", "CPV") for x in a.actors)


@pytest.mark.parametrize(("text", "words", "country"), [
    ("The Ministry of Foreign Affairs of Peru condemned the raid.", "Ministry", "PER"),
    ("The Defence Ministry of Kenya denied the claim on Tuesday.", "Defence Ministry", "KEN"),
    ("Chile's Ministry of National Defence rejected the report.", "Ministry", "CHL"),
])
def test_a_ministry_of_a_named_country_is_that_country_s(pipeline, text, words, country) -> None:  # type: ignore[no-untyped-def]
    assert _actor_of(_run(pipeline, text), words).country == country


def test_the_congress_is_the_party_of_the_country_in_the_story(pipeline) -> None:  # type: ignore[no-untyped-def]
    india = _run(pipeline, "India protested to China. The Congress accused the government of "
                           "hiding the facts.")
    assert _actor_of(india, "Congress").country == "IND"
    us = _run(pipeline, "Congress voted on Tuesday to extend the sanctions.")
    assert _actor_of(us, "Congress").country == "USA"
