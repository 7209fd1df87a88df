"""Source cues: which words say who reports, and what kind of source they name."""

from __future__ import annotations

from typing import Any

import pytest

from warpath.provenance.cues import find_cues

CASES = [
    ("The defence ministry said in a statement that its gunners shelled the ridge.",
     "named", "defence ministry"),
    ("Two officials who asked not to be named said the convoy was hit near the bridge.",
     "anonymous", "Two officials"),
    ("According to hospital records, nine people died in the blast.", "document", None),
    ("A report by Civil Watch found that drones struck the market.", "named", "Civil Watch"),
    ("According to unverified reports, troops entered the town overnight.", "anonymous", None),
    ("Rebel commander Ali Haddad told journalists that his men had taken the bridge.",
     "named", "Ali Haddad"),
    ("The inquiry concluded that the blast was caused by a mine.", "document", None),
    ("Sources familiar with the talks say both sides agreed to a truce.", "anonymous", None),
    ("The agency cited an intercepted letter showing the plan.", "named", None),
    ("A local reporter quotes a police officer as saying the shooters fled.", "anonymous",
     "police officer"),
    ("Militia fighters reportedly seized the airport.", "anonymous", None),
    ("It was alleged that the guards beat the prisoners.", "anonymous", None),
    # a text named before the speaker makes the text the source, whatever the verb
    ("In a communique, the navy said its ships had sunk two boats.", "document", "navy"),
    ("In a later letter, the shipping company put the handover on 3 May.", "document",
     "shipping company"),
    ("Both men spoke on condition of anonymity.", "anonymous", None),
    ("Our correspondent saw two burned trucks on the road.", "author", "correspondent"),
    ("A statement from the teachers' union warned that schools would shut.", "document", None),
    ("The rebels have put out a statement on their website.", "document", "rebels"),
    ("The note says the border was closed without warning.", "document", None),
    # people left unnamed, whatever the noun for them
    ("Rights groups fear that the detainees have been moved.", "anonymous", None),
    ("The toll rose to 40, according to a count kept by a local researcher.", "anonymous",
     None),
    ("Farmers from the valley told this newspaper that soldiers burned their fields.",
     "anonymous", "Farmers"),
    ("Herders from Koro village told our reporter that the well had been poisoned.",
     "anonymous", "Herders"),
    ("The shelling went on all night, one of the farmers said.", "anonymous", None),
    ("Gunmen killed five people on Monday, a local administrator and two nurses told the "
     "agency.", "anonymous", "administrator"),
    # an office tied to a name is named
    ("Egypt's presidency said the two leaders spoke by phone.", "named", "presidency"),
    ("The representative of Chad said the convoy was attacked twice.", "named", None),
    ("Ghana's army spokesperson said on Friday that the patrol had come under fire.", "named",
     "spokesperson"),
    # a body known by what it does, not by a name, is still a body
    ("The port authority says two cranes were damaged by the blast.", "named",
     "port authority"),
    ("The regional trauma centre says eleven people were admitted overnight.", "named",
     "trauma centre"),
    ("The army's press team said the bridge had been cleared of mines.", "named",
     "press team"),
    ("The Danish firm that owns the tanker told reporters the crew was safe.", "named",
     "Danish firm"),
    # the writers of a report speak for the report; an advisory is a text
    ("The authors write that they could not reach the camp.", "document", None),
    ("Its advisory said a mine had drifted into the shipping lane.", "document", None),
    # one group, not named
    ("A local militia group told the agency that the road was mined.", "anonymous", None),
    # the speaker of a participle is the subject of the verb it hangs on
    ('The ministry rejected the note, saying the islands "have always been ours".', "named",
     "ministry"),
    # a hyphenated place the parser cut out of the speaker's phrase
    ("Residents of Bab al-Bahr tell us that the shelling stopped at noon.", "anonymous",
     "Residents"),
    # a date glued to the speaker by a missing comma is not part of the speaker
    ("On Friday Kampala said its troops would stay in the border town.", "named", "Kampala"),
    # the writer's own finding or view
    ("We found no sign that the convoy had been shelled.", "author", None),
    ("I doubt that either army wants a long war.", "author", None),
    ("We firmly condemn the shelling of the market.", "author", None),
]


ANONYMOUS_STILL = [
    ("A defence ministry spokesman said on Monday that talks would resume.", "anonymous"),
    ("Local authorities said the curfew would stay in place.", "anonymous"),
]


@pytest.mark.parametrize(("text", "kind"), ANONYMOUS_STILL)
def test_unnamed_officials_stay_anonymous(nlp: Any, text: str, kind: str) -> None:
    cues = find_cues(next(iter(nlp(text).sents)))
    assert cues and cues[0].kind == kind


@pytest.mark.parametrize(("text", "kind", "source"), CASES)
def test_cue_kind_and_source(nlp: Any, text: str, kind: str, source: str | None) -> None:
    cues = find_cues(next(iter(nlp(text).sents)))
    assert cues, text
    assert cues[0].kind == kind
    if source:
        assert cues[0].source is not None and source in cues[0].source


@pytest.mark.parametrize("text", [
    "The fighting continued for three days.",
    "No casualties reported",
    "The talks ended without a deal.",
    "Troops suggested nothing.",
    "Prices reported a rise.",
    "The army issued new rifles to its recruits.",
    "It is worrying that the talks stalled.",
])
def test_no_cue_without_a_source(nlp: Any, text: str) -> None:
    assert find_cues(next(iter(nlp(text).sents))) == []


def test_speaker_set_off_by_commas_after_the_claim(nlp: Any) -> None:
    # the parser often takes "a senior official" as an apposition of the claim's last noun
    text = ("The army shelled the camp that sheltered the family of the commander, "
            "a senior official said on Monday.")
    cues = find_cues(next(iter(nlp(text).sents)))
    assert [(c.kind, c.source) for c in cues] == [("anonymous", "senior official")]


def test_speech_after_the_verb_stays_the_speakers(nlp: Any) -> None:
    # "said in a statement" keeps the speaker; only an act that is no speech takes the text
    said = find_cues(next(iter(nlp("The ministry said in a statement that two ships sank.")
                               .sents)))
    called = find_cues(next(iter(nlp("Chile and Peru called on both sides in a joint "
                                     "statement to stop the shelling.").sents)))
    assert [c.kind for c in said] == ["named"]
    assert [c.kind for c in called] == ["document"]


def test_transcript_label_is_not_the_speaker(nlp: Any) -> None:
    cues = find_cues(next(iter(nlp("A: The defence ministry said on Friday that no jets "
                                   "had crossed.").sents)))
    assert [(c.kind, c.source) for c in cues] == [("named", "defence ministry")]


def test_date_is_cut_from_the_speaker(nlp: Any) -> None:
    cues = find_cues(next(iter(nlp("On 2 May Nairobi said the talks had failed.").sents)))
    assert cues and cues[0].source == "Nairobi"
