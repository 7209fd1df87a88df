"""Attribution by class (session 10, round 2): a speech or a readout reproduced below the
sentence that introduces it, an interview whose guest the name tagger misses, one unnamed
person of many brought in with "a"/"an", the items of a list set out below a sourced
sentence ending on a colon, and a speaker's "we". All sentences are our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from warpath.document import Document

PUBLISHED = dt.date(2026, 11, 26)


def _event(pipeline: Any, text: str, trigger: str) -> tuple[Any, Any]:
    analysis = pipeline(Document(text=text, published=PUBLISHED))
    by_id = {a.id: a for a in analysis.attributions}
    hits = [e for e in analysis.events if e.trigger.text == trigger]
    assert hits, [e.trigger.text for e in analysis.events]
    return hits[0], by_id[hits[0].attribution_id]


def _attribution(pipeline: Any, text: str, trigger: str) -> tuple[str, str | None]:
    _, attr = _event(pipeline, text, trigger)
    return str(attr.kind), attr.source


# A speech reproduced below a sentence saying so ("We print an excerpt from the transcript",
# "Here is an extract from his speech", "the full text of her remarks") is the words of the
# one the paragraph says gave it, past a title of the text right below the frame.
@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Chile's navy commander addressed cadets at the naval school in Valparaiso on Friday. We "
     "print an excerpt from the transcript below.\n\nTHE ADDRESS\n\n\"Last month our frigates "
     "escorted three grain ships through the strait. We have not fired on anyone.\"\n\n"
     "ANALYSIS\n\nThe navy sank no vessel this year.", "escorted", "Chile's navy commander"),
    ("The interior minister of Niger spoke to police recruits in Niamey on Monday. Here is an "
     "extract from his speech.\n\nOur units arrested forty smugglers near Agadez last week, and "
     "we have closed two crossings on the border with Libya.\n\nNOTES\n\nThe crossings were "
     "reopened later, traders said.", "arrested", "The interior minister"),
    ("Mexico's foreign minister spoke to senators on Tuesday. The following is the full text "
     "of her remarks.\n\nWe expelled two Guatemalan consuls this morning.",
     "expelled", "Mexico's foreign minister"),
])
def test_a_reproduced_speech_is_its_speakers(pipeline: Any, text: str, trigger: str,
                                             source: str) -> None:
    assert _attribution(pipeline, text, trigger) == ("named", source)


@pytest.mark.parametrize(("text", "trigger"), [
    # the frame names no speaker: the notes are the newsroom's
    ("Our correspondent spoke to the mayor on Tuesday. We publish his notes below.\n\n"
     "The army shelled the hills above the town at dawn.", "shelled"),
    # a speech with no frame: what follows is ours
    ("The president addressed the nation on Sunday night.\n\nThe army shelled the hills "
     "above the town at dawn.", "shelled"),
    # after the heading that closes the speech, the writer speaks again
    ("Chile's navy commander addressed cadets on Friday. We print an excerpt from the "
     "transcript below.\n\nTHE ADDRESS\n\n\"We have not fired on anyone.\"\n\nANALYSIS\n\n"
     "The navy sank no vessel this year.", "sank"),
])
def test_no_speech_frame_leaves_the_writer(pipeline: Any, text: str, trigger: str) -> None:
    assert _attribution(pipeline, text, trigger)[0] == "author"


# A readout or a statement reproduced in full under a label naming the text ("READOUT: …",
# "STATEMENT: …") is the issuer's text up to the writer's next heading.
@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("The following readout was issued by the office of the Norwegian envoy on Friday.\n\n"
     "READOUT: Call with the Foreign Minister of Sudan\n\nThe envoy urged the army to lift the "
     "siege of El Fasher.\n\nBACKGROUND\n\nThe army shelled the city again on Saturday.",
     "urged", "document"),
    ("The Foreign Office released the following statement on Monday.\n\nSTATEMENT: Detention "
     "of two British nationals\n\nWe condemn the detention of two British aid workers in "
     "Tehran.\n\nCONTEXT\n\nIran arrested the two men in March.", "condemn", "document"),
    ("The following readout was issued by the office of the Norwegian envoy on Friday.\n\n"
     "READOUT: Call with the Foreign Minister of Sudan\n\nThe envoy urged the army to lift the "
     "siege of El Fasher.\n\nBACKGROUND\n\nThe army shelled the city again on Saturday.",
     "shelled", "author"),
    ("The Foreign Office released the following statement on Monday.\n\nSTATEMENT: Detention "
     "of two British nationals\n\nWe condemn the detention of two British aid workers in "
     "Tehran.\n\nCONTEXT\n\nIran arrested the two men in March.", "arrested", "author"),
])
def test_a_labelled_readout_is_the_issuers(pipeline: Any, text: str, trigger: str,
                                           kind: str) -> None:
    assert _attribution(pipeline, text, trigger)[0] == kind


# An interview laid out as questions and answers, opened by a sentence whose subject is the
# guest's name, which the tagger may miss ("X-Y, a former monitor, spoke to us").
@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Tomas Ekdahl-Berg, a former ceasefire monitor, spoke to us from Tbilisi on Friday.\n\n"
     "What happened at the line?\n\nRussian border guards detained two Georgian farmers near "
     "Khurvaleti on Tuesday.\n\nWill they be freed?\n\nI expect so. Tbilisi has protested.",
     "detained", "Tomas Ekdahl-Berg"),
    ("Lindiwe Mabaso-Dube, a veteran negotiator, answered our questions by email.\n\nWhere do "
     "the talks stand?\n\nThe rebels shelled the airport at Goma last week, so the delegations "
     "left.\n\nWhat now?\n\nNothing soon.", "shelled", "Lindiwe Mabaso-Dube"),
    ("Kofi Mensah-Arthur, who chairs the traders' union, talked to us on Monday.\n\nWhy did "
     "the market close?\n\nSoldiers looted the stalls on Saturday night.\n\nAnd the police?"
     "\n\nThey arrested nobody.", "looted", "Kofi Mensah-Arthur"),
])
def test_an_untagged_guest_answers(pipeline: Any, text: str, trigger: str, source: str) -> None:
    assert _attribution(pipeline, text, trigger) == ("named", source)


@pytest.mark.parametrize(("text", "trigger"), [
    # a body, not a person, is no guest
    ("The Red Cross spoke to reporters in Geneva on Friday.\n\nWhat happened at the line?\n\n"
     "Russian border guards detained two Georgian farmers near Khurvaleti on Tuesday.\n\n"
     "Will they be freed?\n\nNobody knows.", "detained"),
    # a city is no guest
    ("Port Sudan spoke up loudly this week.\n\nWhat happened?\n\nDrones struck the fuel depot "
     "on Sunday.\n\nWho sent them?\n\nNobody knows.", "struck"),
])
def test_no_guest_no_turns(pipeline: Any, text: str, trigger: str) -> None:
    assert _attribution(pipeline, text, trigger)[0] == "author"


# One person (or firm) of many, brought in with "a"/"an" by what they do and not named, is an
# anonymous source; a name beside them, an office ("a minister") or "the" one holder of an
# office is named.
@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("The bridge at Mopti was closed on Monday, according to a ferry operator.",
     "closed", "anonymous"),
    ("Militiamen burned two villages near Djugu, a Taliban fighter in Kunar said.",
     "burned", "anonymous"),
    ("The army shelled the ridge overnight, a Hamas fighter in Gaza said on Tuesday.",
     "shelled", "anonymous"),
    ("The army shelled the ridge overnight, a rebel fighter, Ahmed Saleh, said on Tuesday.",
     "shelled", "named"),
    # the holder of an office is named by it
    ("The army shelled the ridge overnight, a federal minister said on Tuesday.",
     "shelled", "named"),
    ("The army shelled the ridge overnight, the regional governor said on Tuesday.",
     "shelled", "named"),
])
def test_one_unnamed_person_is_anonymous(pipeline: Any, text: str, trigger: str,
                                         kind: str) -> None:
    assert _attribution(pipeline, text, trigger)[0] == kind


# The items of a list set out below a sentence that names its source and ends on a colon are
# that source's words.
@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("Three diplomats briefed on the talks described the options:\n\n- sanctions on the port "
     "of Latakia;\n- a naval blockade of the coast.\n\nThe ministry declined to comment.",
     "sanctions", "anonymous"),
    ("According to a police officer in Gao, the plan has three steps:\n\n1. troops will seal "
     "the road to Kidal;\n2. drones will strike the camps.\n\nNo date was given.",
     "seal", "anonymous"),
    ("Two officials told us what the cabinet discussed on Monday:\n\n- expelling the Russian "
     "ambassador;\n- closing the airspace to Belarusian flights.", "expelling", "anonymous"),
    # no source before the colon: the writer's own list
    ("The week in brief:\n\n- Troops shelled the ridge near Kupiansk on Monday.\n- Drones "
     "struck a depot in Belgorod.", "shelled", "author"),
    # the newsroom's own team is the writer
    ("Our team reported the following:\n\n- Troops shelled the ridge near Kupiansk on "
     "Monday.", "shelled", "author"),
])
def test_a_sourced_list(pipeline: Any, text: str, trigger: str, kind: str) -> None:
    assert _attribution(pipeline, text, trigger)[0] == kind


# A side a speaker calls "we" or "our …" is the speaker's state.
@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Chile's navy commander addressed cadets at the naval school in Valparaiso on Friday. We "
     "print an excerpt from the transcript below.\n\nTHE ADDRESS\n\n\"We have not fired on "
     "anyone, and we will hold drills off Arica in March.\"", "fired", "CHL"),
    ("Mexico's foreign minister spoke to senators on Tuesday. The following is the full text "
     "of her remarks.\n\nWe expelled two Guatemalan consuls this morning.", "expelled", "MEX"),
    ("The interior minister of Niger spoke to police recruits in Niamey on Monday. Here is an "
     "extract from his speech.\n\nOur units arrested forty smugglers near Agadez last week, and "
     "we have closed two crossings on the border with Libya.", "closed", "NER"),
])
def test_a_speakers_we_is_their_state(pipeline: Any, text: str, trigger: str,
                                      country: str) -> None:
    event, _ = _event(pipeline, text, trigger)
    assert event.source is not None and event.source.country == country


@pytest.mark.parametrize(("text", "trigger"), [
    # the writer's own "we" (an editorial's) is no speaker's
    ("Our government expelled the ambassador on Monday, and we think it was right to do so.",
     "expelled"),
    # a speaker named with no state leaves "we" as it was
    ("A farmer spoke to us on Monday. Here is an extract from what she said.\n\nOur village "
     "guards shot two looters near the well.", "shot"),
])
def test_no_speaker_state_no_we(pipeline: Any, text: str, trigger: str) -> None:
    event, _ = _event(pipeline, text, trigger)
    assert event.source is not None and event.source.text.split()[0].lower() == "our"
    assert event.source.inferred != "speaker"
