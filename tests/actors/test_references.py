"""Bodies named again: "it", "we", "the group", "the army", a place as a party, local offices.

The sentences here are written for these tests."""

from __future__ import annotations

import datetime as dt

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
