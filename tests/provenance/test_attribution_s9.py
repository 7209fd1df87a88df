"""Attribution kinds by class (session 9): texts of a court, the sides of a case, counted
office-holders, "the <body> spokesman", staffed posts, reduced relatives before "say", a
country's or capital's own act, a stance held over time, negated reporting verbs, speaker
labels with a name beside them. All sentences are our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from warpath.document import Document

PUBLISHED = dt.date(2026, 11, 26)


def _analyse(pipeline: Any, text: str, **meta: Any) -> Any:
    return pipeline(Document(text=text, published=PUBLISHED, **meta))


def _kind_of(pipeline: Any, text: str, trigger: str, **meta: Any) -> str:
    """The attribution kind of the event whose trigger is `trigger`."""
    analysis = _analyse(pipeline, text, **meta)
    by_id = {a.id: a for a in analysis.attributions}
    hits = [e for e in analysis.events if e.trigger.text == trigger]
    assert hits, [e.trigger.text for e in analysis.events]
    return str(by_id[hits[0].attribution_id].kind)


def _cue_kinds(pipeline: Any, text: str) -> dict[str, str]:
    analysis = _analyse(pipeline, text)
    return {str(a.cue): str(a.kind) for a in analysis.attributions if a.cue}


# Texts of a court or a case speak as documents, also when someone reads them out.
@pytest.mark.parametrize(("text", "trigger"), [
    ("The ruling says the soldiers opened fire on unarmed protesters near the market.",
     "opened"),
    ("According to the verdict read out by the presiding judge, the militia burned two "
     "villages.", "burned"),
    ("The indictment states that the accused shelled the hospital in Goma.", "shelled"),
    ("The charge sheet says the defendants were detained in April by soldiers in a forest.",
     "detained"),
])
def test_court_texts_are_documents(pipeline: Any, text: str, trigger: str) -> None:
    assert _kind_of(pipeline, text, trigger) == "document"


# The sides of a court case are sources; a judge named by name stays named.
@pytest.mark.parametrize(("text", "trigger"), [
    ("The defence argued that police had beaten the suspects in custody.", "beaten"),
    ("According to a judge, Amara Diallo, the rebels attacked the convoy.", "attacked"),
])
def test_sides_of_a_case_are_named(pipeline: Any, text: str, trigger: str) -> None:
    assert _kind_of(pipeline, text, trigger) == "named"


def test_the_prosecution_is_a_named_source(pipeline: Any) -> None:
    cues = _cue_kinds(pipeline, "The prosecution said the accused had shelled the market.")
    assert cues.get("The prosecution said") == "named"


# A counted or quantified plural of office-holders names no one.
@pytest.mark.parametrize(("text", "trigger"), [
    ("Two generals told reporters that artillery had shelled the rebel camp.", "shelled"),
    ("Some ambassadors said militias had attacked aid workers in the town.", "attacked"),
    ("Several ministers in Juba have hinted that the army could seize the oil fields.",
     "seize"),
])
def test_counted_office_holders_are_anonymous(pipeline: Any, text: str, trigger: str) -> None:
    assert _kind_of(pipeline, text, trigger) == "anonymous"


def test_office_holders_of_named_states_stay_named(pipeline: Any) -> None:
    text = "The defence ministers of Kenya and Uganda said troops had clashed at the border."
    assert _kind_of(pipeline, text, "clashed") == "named"


# "The <state body> spokesman" is that body's one voice; "a police spokesman" and "the
# spokesman" with no body are not singled out.
@pytest.mark.parametrize("text", [
    "Three soldiers were wounded in the ambush, the army spokesman said.",
    "Rebels shelled the airport overnight, the ministry spokeswoman said.",
    "Two officers were wounded in the assault, the police spokesman said.",
])
def test_the_body_spokesman_is_named(pipeline: Any, text: str) -> None:
    kinds = [k for cue, k in _cue_kinds(pipeline, text).items() if "spokes" in cue]
    assert kinds == ["named"]


@pytest.mark.parametrize("text", [
    "Rebels shelled the airport overnight, a spokesman said.",
    "Rebels shelled the airport overnight, the spokesman said.",
])
def test_an_unsingled_spokesman_stays_anonymous(pipeline: Any, text: str) -> None:
    kinds = [k for cue, k in _cue_kinds(pipeline, text).items() if "spokes" in cue]
    assert kinds == ["anonymous"]


# A "post" that is a staffed place is no text.
@pytest.mark.parametrize(("text", "trigger"), [
    ("Artillery hit the market, killing four people, according to the village health post.",
     "hit"),
    ("A drone struck a water point, killing seven people, according to the camp's health "
     "post.", "struck"),
    ("Two soldiers were shot dead near the crossing, the police post at Gatuna reported.",
     "shot"),
])
def test_a_staffed_post_is_not_a_document(pipeline: Any, text: str, trigger: str) -> None:
    assert _kind_of(pipeline, text, trigger) == "anonymous"


@pytest.mark.parametrize("text", [
    "Militiamen burned the school, according to a post on Telegram.",
    "Militiamen burned the school, according to a Facebook post.",
])
def test_a_post_online_stays_a_document(pipeline: Any, text: str) -> None:
    assert _kind_of(pipeline, text, "burned") == "document"


# A reduced relative the parser read as the main clause: the noun before it says.
@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("Posts shared on X and Facebook since Sunday say a drone killed three soldiers.",
     "killed", "document"),
    ("Messages shared on WhatsApp since Friday say gunmen kidnapped twelve students.",
     "kidnapped", "document"),
    ("Residents interviewed in the camp say soldiers burned the market.", "burned",
     "anonymous"),
])
def test_reduced_relative_subject_speaks(pipeline: Any, text: str, trigger: str,
                                         kind: str) -> None:
    assert _kind_of(pipeline, text, trigger) == kind


def test_a_clause_beside_a_later_cue_stays_the_writers(pipeline: Any) -> None:
    text = "The army shelled the village and officials say the rebels fled."
    assert _kind_of(pipeline, text, "shelled") == "author"


# A country or a capital standing for its government: its act is told by the writer.
@pytest.mark.parametrize(("text", "trigger"), [
    ("Ankara rejected the accusation within hours.", "rejected"),
    ("Nairobi condemned the raid as a grave provocation.", "condemned"),
    ("The United States denounced the drone strike.", "denounced"),
])
def test_a_state_by_its_place_name_is_told_by_the_writer(pipeline: Any, text: str,
                                                         trigger: str) -> None:
    assert _kind_of(pipeline, text, trigger) == "author"


def test_a_ministry_of_a_named_state_speaks_itself(pipeline: Any) -> None:
    text = "Turkey's foreign ministry rejected the accusation within hours."
    assert _kind_of(pipeline, text, "rejected") == "named"


def test_a_delegation_speaks_in_a_meeting_summary(pipeline: Any) -> None:
    text = "France called on Rwanda to pull its troops out of North Kivu."
    meta = {"title": "Security Council hears of renewed fighting in eastern Congo"}
    assert _kind_of(pipeline, text, "called on", **meta) == "named"
    assert _kind_of(pipeline, text, "called on") == "author"


# A stance held over time or long past is the writer's summary.
@pytest.mark.parametrize(("text", "trigger"), [
    ("The government in Khartoum has long accused Chad of arming the rebels.", "accused"),
    ("The opposition has repeatedly demanded the release of the detained journalists.",
     "demanded"),
    ("The army's commander rejected the proposal last year.", "rejected"),
])
def test_a_standing_stance_is_the_writers(pipeline: Any, text: str, trigger: str) -> None:
    assert _kind_of(pipeline, text, trigger) == "author"


def test_a_dated_statement_stays_the_speakers(pipeline: Any) -> None:
    text = "Kenya's foreign ministry accused Somalia on Monday of arming the militia."
    assert _kind_of(pipeline, text, "accused") == "named"


# A negated reporting verb says that nothing was said: no source.
@pytest.mark.parametrize(("text", "trigger"), [
    ("Hamas has not claimed the rocket attack on Sderot.", "attack"),
    ("The militia has never claimed the bombing of the bridge.", "bombing"),
])
def test_a_negated_reporting_verb_is_no_source(pipeline: Any, text: str, trigger: str) -> None:
    assert _kind_of(pipeline, text, trigger) == "author"


def test_an_asserted_claim_keeps_its_source(pipeline: Any) -> None:
    assert _kind_of(pipeline, "Hamas claimed the rocket attack on Sderot.", "attack") == "named"


def test_a_question_left_open_is_the_speakers(pipeline: Any) -> None:
    text = "The army did not say whether its soldiers had fired on the crowd."
    assert _kind_of(pipeline, text, "fired") == "named"


# A speaker label with the speaker's name beside it names the speaker of the turn, and the
# same label later on is the same person; the presenter's label stays the outlet's.
TRANSCRIPT = """PRESENTER (Mara Voinea): Good evening. Troops shelled the village overnight.

ANALYST (Tudor Enache): If the talks fail, the rebels could attack the airport within weeks.

PRESENTER: Will the talks go ahead?

ANALYST: I do not expect the rebels to hand over their weapons this year."""


def test_a_labelled_analyst_turn_is_named(pipeline: Any) -> None:
    analysis = _analyse(pipeline, TRANSCRIPT)
    by_id = {a.id: a for a in analysis.attributions}
    kinds = {e.trigger.text: (by_id[e.attribution_id].kind, by_id[e.attribution_id].source)
             for e in analysis.events}
    assert kinds["attack"] == ("named", "Tudor Enache")
    assert kinds["hand over"] == ("named", "Tudor Enache")
    assert kinds["shelled"][0] == "author"




# A source who gives a name of their own, however short, is named by it.
@pytest.mark.parametrize("text", [
    "Soldiers burned the market, said a schoolteacher who gave only his first name, Sajid.",
    "Soldiers burned the market, said a farmer who gave his name only as Dilshad.",
    "Soldiers burned the market, said a herder who identified himself as Musa.",
])
def test_a_name_given_in_a_clause_names_the_source(pipeline: Any, text: str) -> None:
    assert _kind_of(pipeline, text, "burned") == "named"


@pytest.mark.parametrize("text", [
    "Soldiers burned the market, said a farmer who asked not to be named.",
    "Soldiers burned the market, said a farmer who gave interviews to Reuters.",
])
def test_no_name_given_stays_anonymous(pipeline: Any, text: str) -> None:
    assert _kind_of(pipeline, text, "burned") == "anonymous"


# The one holder of a local office, singled out by "the" or a possessive, is named; "a local
# administrator" is one of many.
@pytest.mark.parametrize(("text", "trigger"), [
    ("Soldiers detained 11 traders outside the town, according to the town's administrator.",
     "detained"),
    ("Militiamen burned two villages, the district commissioner said.", "burned"),
    ("Gunmen killed four farmers, the prefect of Mopti said.", "killed"),
])
def test_the_holder_of_a_local_office_is_named(pipeline: Any, text: str, trigger: str) -> None:
    assert _kind_of(pipeline, text, trigger) == "named"


@pytest.mark.parametrize("text", [
    "Gunmen killed four farmers, a local administrator said.",
    "Gunmen killed four farmers, a deputy commissioner told reporters.",
])
def test_an_unsingled_office_holder_stays_anonymous(pipeline: Any, text: str) -> None:
    assert _kind_of(pipeline, text, "killed") == "anonymous"
