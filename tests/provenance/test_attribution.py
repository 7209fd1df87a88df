"""Attribution: every source cue is recorded, and each event points to the one governing it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.provenance.conftest import Builder, corpus_pairs
from warpath.document import Analysis, Link
from warpath.provenance.attribution import attribute, attribution_shares

# Cue phrases of the seed article and the kind of source each names.
SEED_CUES = [
    ("the Wall Street Journal reported", "named"),
    ("unnamed U.S. officials", "anonymous"),
    ("according to current and former officials", "anonymous"),
    ("according to press accounts", "document"),
    ("according to reports by former Israeli Ambassador Michael Oren", "named"),
    ("results of a subsequent Iraqi investigation revealed", "document"),
    ("Haaretz military correspondent Amos Harel reported", "named"),
]


def _cue_at(analysis: Analysis, phrase: str) -> list[str]:
    """Kinds of the spoken or written cues on `phrase` (links are a layer of their own)."""
    start = analysis.text.index(phrase)
    end = start + len(phrase)
    return [a.kind for a in analysis.attributions
            if a.kind not in ("author", "link") and a.span.start < end and start < a.span.end]


@pytest.mark.parametrize(("phrase", "kind"), SEED_CUES)
def test_seed_cues_are_classified(seed: Analysis, phrase: str, kind: str) -> None:
    assert _cue_at(seed, phrase) == [kind]


def test_named_source_keeps_the_name_not_the_report(seed: Analysis) -> None:
    sources = {a.source for a in seed.attributions}
    assert "former Israeli Ambassador Michael Oren" in sources


def test_corpus_gold_cues(analyse: Callable[[Path], Analysis]) -> None:
    total = right = 0
    misses = []
    for path, gold in corpus_pairs():
        analysis = analyse(path)
        for cue in gold["attributions"]:
            total += 1
            kinds = _cue_at(analysis, cue["quote"])
            if cue["kind"] in kinds:
                right += 1
            else:
                misses.append((path.stem[:3], cue["quote"], kinds))
    assert right / total >= 0.9, misses


def test_every_event_points_to_an_attribution(seed: Analysis) -> None:
    ids = {a.id for a in seed.attributions}
    assert seed.events
    assert all(e.attribution_id in ids for e in seed.events)


def test_author_attribution_names_the_author(seed: Analysis) -> None:
    author = next(a for a in seed.attributions if a.kind == "author")
    assert author.source == seed.document.author


TEXT = (
    "Officials in the province said that gunmen attacked a checkpoint. "
    "The army shelled the valley, according to local residents. "
    "Police arrested ten men on Friday. "
    "Later the convoy was ambushed near the pass."
)


@pytest.fixture
def built(build: Callable[..., Builder]) -> Builder:
    b = build(TEXT, author="Jane Roe",
              links=[Link(TEXT.index("ambushed"), TEXT.index("ambushed") + 8, "ambushed",
                          "https://example.org/convoy")])
    b.event("attacked")
    b.event("shelled")
    b.event("arrested", type_="COERCE")
    b.event("ambushed")
    return b


def _kinds(analysis: Analysis) -> list[str]:
    by_id = {a.id: a for a in analysis.attributions}
    return [by_id[e.attribution_id or ""].kind for e in analysis.events]


def test_events_take_the_cue_that_governs_them(built: Builder) -> None:
    attribute(built.analysis)
    assert _kinds(built.analysis) == ["anonymous", "anonymous", "author", "link"]


def test_link_attribution_keeps_the_url(built: Builder) -> None:
    attribute(built.analysis)
    link = next(a for a in built.analysis.attributions if a.kind == "link")
    assert link.source == "https://example.org/convoy"
    assert link.cue == "ambushed"


def test_named_speaker_beats_a_link_on_the_claim(build: Callable[..., Builder]) -> None:
    text = "The governor said that militants burned the depot."
    start = text.index("burned")
    b = build(text, links=[Link(start, start + 6, "burned", "https://example.org/depot")])
    b.event("burned")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["named"]


def test_quoted_sentence_keeps_the_speaker(build: Callable[..., Builder]) -> None:
    text = ('"We struck their depot," the colonel told reporters. '
            '"Then we shelled the road and nobody moved."')
    b = build(text)
    b.event("shelled")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["named"]


def test_shares_sum_to_one(built: Builder) -> None:
    attribute(built.analysis)
    shares = attribution_shares(built.analysis)
    assert set(shares) == {"named", "anonymous", "document", "link", "author"}
    assert shares["anonymous"] == pytest.approx(0.5)
    assert sum(shares.values()) == pytest.approx(1.0)


def test_shares_of_a_document_without_events(build: Callable[..., Any]) -> None:
    b = build("Nothing happened.")
    attribute(b.analysis)
    assert sum(attribution_shares(b.analysis).values()) == 0


def test_shares_from_the_contract_dict(seed: Analysis) -> None:
    from warpath.contract import to_dict

    assert attribution_shares(to_dict(seed)) == attribution_shares(seed)


def test_pronoun_speaker_continues_the_source_before(build: Callable[..., Builder]) -> None:
    text = ("Two people familiar with the plan told a local radio station that the rebels "
            "would withdraw. The rebels then burned the bridge, they said.")
    b = build(text)
    b.event("burned")
    attribute(b.analysis)
    by_id = {a.id: a for a in b.analysis.attributions}
    attr = by_id[b.analysis.events[0].attribution_id or ""]
    assert (attr.kind, attr.cue) == ("anonymous", "they said")


def _attr_of(b: Builder, event_id: str) -> tuple[str, str | None]:
    by_id = {a.id: a for a in b.analysis.attributions}
    e = next(e for e in b.analysis.events if e.id == event_id)
    a = by_id[e.attribution_id or ""]
    return a.kind, a.source


def test_interview_answer_is_the_interviewees(build: Callable[..., Builder]) -> None:
    text = ("Jana Novak, the deputy defence minister, spoke to us in Riga on Monday.\n\n"
            "Q: What happened on the coast?\n\n"
            "A: Our jets intercepted two bombers near the coast on Sunday.")
    b = build(text, author="Staff writer")
    b.event("intercepted")
    attribute(b.analysis)
    assert _attr_of(b, "e1") == ("named", "Jana Novak")


def test_briefing_turn_is_the_labelled_speakers(build: Callable[..., Builder]) -> None:
    text = ("MODERATOR: Welcome. General Omar Diallo will take your questions.\n\n"
            "GEN. DIALLO: Rebels attacked the depot at dawn and burned four trucks.\n\n"
            "READ MORE: Rebels seized a town last year.")
    b = build(text)
    b.event("attacked")
    b.event("seized")
    attribute(b.analysis)
    assert _attr_of(b, "e1") == ("named", "GEN. DIALLO")
    assert _attr_of(b, "e2")[0] == "author"  # a label that names no one


def test_a_titled_speaker_s_turn_runs_to_the_next_label(build: Callable[..., Builder]) -> None:
    # a label naming an office, with the outlet in brackets on the questions; the speaker's
    # unlabelled paragraphs are still their turn, the next question is the outlet's
    text = ("DEPUTY MINISTER (foreign affairs): Good morning. Troops shelled the border post "
            "on Sunday.\n\n"
            "Our radars also tracked two drones over the river on Monday.\n\n"
            "Q (Coastal Radio): Will the army close the bridge?\n\n"
            "Rebels seized a town last year.")
    b = build(text)
    b.event("shelled")
    b.event("tracked")
    b.event("seized")
    b.event("close")
    attribute(b.analysis)
    assert _attr_of(b, "e1") == ("named", "DEPUTY MINISTER")
    assert _attr_of(b, "e2") == ("named", "DEPUTY MINISTER")
    assert _attr_of(b, "e3")[0] == "author"
    assert _attr_of(b, "e4") == ("named", "Coastal Radio")  # another outlet's question


def test_an_abbreviated_rank_names_the_speaker(build: Callable[..., Builder]) -> None:
    text = ("CAPT. OSEI: Gunmen ambushed the convoy near the ford.\n\n"
            "SUMMARY: Gunmen ambushed a second convoy.")
    b = build(text)
    b.event("ambushed")
    attribute(b.analysis)
    assert _attr_of(b, "e1") == ("named", "CAPT. OSEI")


def test_text_reproduced_below_its_heading_is_a_document(
        build: Callable[..., Builder]) -> None:
    text = ("Below is the full text of a statement issued on Friday by the navy of Ruritania, "
            "followed by a note from our editors.\n\n"
            "Our patrol boats detained a foreign trawler in the bay.\n\n"
            "Editors' note: the owner of the trawler says the boat was seized in open sea.")
    b = build(text)
    b.event("detained", type_="COERCE")
    b.event("seized", type_="COERCE")
    attribute(b.analysis)
    assert _attr_of(b, "e1")[0] == "document"
    assert _attr_of(b, "e2")[0] != "document"


def test_the_same_unnamed_groups_again(build: Callable[..., Builder]) -> None:
    text = ("Troops have killed 30 people since May, according to rights groups. "
            "Some 400 people were detained in June, the groups said.")
    b = build(text)
    b.event("detained", type_="COERCE")
    attribute(b.analysis)
    assert _attr_of(b, "e1")[0] == "anonymous"


def test_a_speech_act_is_its_speakers(build: Callable[..., Builder]) -> None:
    b = build("UN envoy Maria Costa called for a truce in the north on Friday.",
              outlet="Daily Planet")
    b.event("called", type_="REQUEST")
    attribute(b.analysis)
    assert _attr_of(b, "e1") == ("named", "UN envoy Maria Costa")


def test_the_outlet_calling_is_the_author(build: Callable[..., Builder]) -> None:
    b = build("The Council calls on both armies to respect the truce.", author="The Council")
    b.event("calls", type_="REQUEST")
    attribute(b.analysis)
    assert _attr_of(b, "e1")[0] == "author"


def test_an_act_detailed_next_on_someones_word(build: Callable[..., Builder]) -> None:
    text = ("The second raid came on 5 June. According to the health ministry, nine people "
            "died in the raid.")
    b = build(text)
    b.event("raid")
    b.event("died")
    attribute(b.analysis)
    assert _attr_of(b, "e1")[0] == "named"


def test_possessive_speaker_is_no_pronoun(build: Callable[..., Builder]) -> None:
    # "its defence ministry" names a body of its own: it does not take the kind of the
    # unnamed speakers of the sentence before, as "they said" would
    text = ("Fishermen say the patrol boats left at dawn. "
            "Chile closes the southern harbour to foreign ships, its defence ministry says.")
    b = build(text)
    b.event("closes", type_="COERCE")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["named"]


def test_pronoun_speaker_still_continues(build: Callable[..., Builder]) -> None:
    text = ("Two fishermen told reporters that the boats came at dawn. "
            "The patrol boats rammed their trawler, they said.")
    b = build(text)
    b.event("rammed")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["anonymous"]


def test_writer_cue_in_an_answer_is_the_speakers(build: Callable[..., Builder]) -> None:
    # "we found" in the writer's own text is the author; in an interview answer it is the
    # person answering, whose turn gives the source
    own = build("Our check: we found no evidence that the depot was shelled.")
    own.event("shelled")
    attribute(own.analysis)
    assert _kinds(own.analysis) == ["author"]
    assert any(a.kind == "author" and a.cue for a in own.analysis.attributions)
    quoted = build('"We found no evidence that the depot was shelled," the colonel said.')
    quoted.event("shelled")
    attribute(quoted.analysis)
    assert not any(a.kind == "author" and a.cue for a in quoted.analysis.attributions)


def test_writer_stance_after_an_unnamed_source_stays_the_writers(
        build: Callable[..., Builder]) -> None:
    text = ("Police beat the marchers, witnesses said. "
            "We strongly condemn the beating of peaceful marchers.")
    b = build(text)
    b.event("condemn", type_="ACCUSE")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["author"]
    assert any(a.kind == "author" and a.cue == "We strongly condemn"
               for a in b.analysis.attributions)


def test_she_goes_back_to_the_person_past_a_report(build: Callable[..., Builder]) -> None:
    text = ("The envoy said a report issued by the mission had counted 40 dead since March. "
            "In the worst attack, jets had bombed a market on 3 May, she said.")
    b = build(text)
    b.event("bombed")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["named"]


def test_a_rejection_is_its_speakers(build: Callable[..., Builder]) -> None:
    b = build("The representative of Peru rejected the claim that its troops had shelled the "
              "village.", outlet="Andes Wire")
    b.event("rejected", type_="REJECT")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["named"]


def test_a_label_does_not_govern_the_act(build: Callable[..., Builder]) -> None:
    b = build("Jets bombed what the army called rebel camps near the river.")
    b.event("bombed")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["author"]


def _author_cues(b: Builder) -> list[str | None]:
    return [a.cue for a in b.analysis.attributions if a.kind == "author" and a.cue]


def test_the_outlet_or_issuer_speaking_of_itself(build: Callable[..., Builder]) -> None:
    wire = build("Coast Wire could not verify how many boats were sunk.",
                 outlet="Coast Wire", author="Coast Wire staff")
    attribute(wire.analysis)
    assert _author_cues(wire) == ["Coast Wire could not verify"]
    release = build("The Ministry continues to monitor the area. The Government of Chile "
                    "rejects this account.", author="Ministry of Defence, Chile")
    attribute(release.analysis)
    assert _author_cues(release) == ["The Ministry continues",
                                     "The Government of Chile rejects"]
    # a newspaper naming the government of its own country does not speak for it
    paper = build("The Government of Chile rejects this account.", outlet="Chile Daily News")
    attribute(paper.analysis)
    assert _author_cues(paper) == []


def test_we_in_a_reproduced_text_is_the_issuers(build: Callable[..., Builder]) -> None:
    text = ("Below is the full text of a statement issued on Monday by the coast guard of "
            "Ruritania.\n\n"
            "We urge the other side to stop its illegal fishing in our waters.")
    b = build(text, outlet="Harbour Times")
    b.event("urge", type_="REQUEST")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["document"]


def test_speaker_before_a_semicolon_reports_the_rest(build: Callable[..., Builder]) -> None:
    b = build("The navy said one boat was sunk by gunfire and the other fled; no one was "
              "killed or hurt.")
    b.event("killed")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["named"]


def test_they_say_with_no_one_before_is_hearsay(build: Callable[..., Builder]) -> None:
    b = build("The harvest was poor this year.\n\nThey say the compensation will be paid "
              "before winter.")
    attribute(b.analysis)
    assert [a.kind for a in b.analysis.attributions if a.cue == "They say"] == ["anonymous"]


def test_the_writers_question_claims_nothing(build: Callable[..., Builder]) -> None:
    # the rejection is the police's act, not the writer's claim; the writer's question is
    # still recorded as the author's
    b = build("We put the claim to the border police in Zugdidi, who rejected it as "
              "invented.", outlet="Valley Radio")
    b.event("rejected", type_="REJECT")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["named"]
    assert _author_cues(b) == ["We put"]


def test_the_presenters_we_is_the_outlets(build: Callable[..., Builder]) -> None:
    b = build("PRESENTER: We asked the regional police about the arrests.\n\n"
              "FARMER: Nobody came.", outlet="Valley Radio")
    attribute(b.analysis)
    assert _author_cues(b) == ["We asked"]


def test_a_backshifted_condition_keeps_the_speaker(build: Callable[..., Builder]) -> None:
    text = ("Fuel deliveries stopped in May, the minister said. If the rebels closed the "
            "road, the government would open a corridor for the sick.")
    b = build(text)
    b.event("open", type_="AID")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["named"]
    # without the shifted condition, the writer's own outlook
    plain = build("Fuel deliveries stopped in May, the minister said. Such a corridor would "
                  "not open before June.")
    plain.event("open", type_="AID")
    attribute(plain.analysis)
    assert _kinds(plain.analysis) == ["author"]


def test_an_answer_after_a_semicolon_is_its_speakers(build: Callable[..., Builder]) -> None:
    b = build("A rebel radio station said the shelling had killed 12 people near the bridge; "
              "the army dismissed that figure as invented.", outlet="Plains Daily")
    b.event("killed")
    b.event("dismissed", type_="REJECT")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["named", "named"]
    by_id = {a.id: a for a in b.analysis.attributions}
    assert by_id[b.analysis.events[1].attribution_id or ""].source == "army"


def test_an_unlabelled_interview_gives_the_answers_to_the_guest(
        build: Callable[..., Builder]) -> None:
    text = ("Floods cut the valley road again this month. We talked on Monday with Rosa "
            "Quintero, the mayor of San Vicente, about the clashes that followed.\n\n"
            "What happened at the bridge?\n\n"
            "Gunmen fired on the checkpoint at dawn and the police withdrew.\n\n"
            "Who sent them?\n\n"
            "Nobody knows yet.\n\n"
            "The mayor's office later shut the market.")
    b = build(text, outlet="Valley Review")
    b.event("fired")
    b.event("shut", type_="COERCE")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["named", "author"]
    by_id = {a.id: a for a in b.analysis.attributions}
    answer = by_id[b.analysis.events[0].attribution_id or ""]
    assert answer.source == "Rosa Quintero"
    assert answer.cue is not None and answer.cue.startswith("We talked on Monday")
    # a single question in a report is no interview
    one = build("We talked on Monday with Rosa Quintero.\n\nWho is to blame?\n\n"
                "Gunmen fired on the checkpoint at dawn.")
    one.event("fired")
    attribute(one.analysis)
    assert _kinds(one.analysis) == ["author"]


def test_the_outlets_short_name_and_the_writers_gaps(build: Callable[..., Builder]) -> None:
    b = build("Two boats were sunk, fishermen said; the Courier could not verify this. We "
              "have no figures for the wounded. We were unable to verify the footage.",
              outlet="Harbour Courier")
    attribute(b.analysis)
    assert _author_cues(b) == ["the Courier could not verify", "We have no figures",
                               "We were unable to verify"]


def test_a_guest_brought_in_by_a_pronoun_answers(build: Callable[..., Builder]) -> None:
    text = ("Amira Haddad has led the district council of Tal Afar since 2021. We spoke to her "
            "by phone on Tuesday.\n\n"
            "Q: What happened on Sunday?\n\n"
            "A: The militia shelled the clinic and two nurses died.")
    b = build(text, author="Desk editor")
    b.event("shelled")
    attribute(b.analysis)
    assert _attr_of(b, "e1") == ("named", "Amira Haddad")
    cue = next(a for a in b.analysis.attributions if a.id == b.analysis.events[0].attribution_id)
    assert cue.cue is not None and cue.cue.startswith("We spoke to her")


def test_an_unlabelled_interview_opened_by_reaching_the_guest(
        build: Callable[..., Builder]) -> None:
    text = ("We reached Omar Diallo, a grain trader in Gao, by satellite phone on Friday.\n\n"
            "What did you see?\n\n"
            "Armed men burned the granary before dawn.\n\n"
            "The army says it retook the road.\n\n"
            "That is not true. Nobody came to help us.\n\n"
            "Will you stay?\n\n"
            "We have nowhere else to go.")
    b = build(text, author="Field desk")
    b.event("burned")
    attribute(b.analysis)
    assert _attr_of(b, "e1") == ("named", "Omar Diallo")


def test_the_issuers_own_statement_is_the_authors(build: Callable[..., Builder]) -> None:
    text = ("The Navy Press Office issues the following statement:\n\n"
            "1. At dawn a patrol boat intercepted a trawler inside the exclusion zone.\n\n"
            "2. The Navy calls on the flag state to recall the vessel.")
    b = build(text, author="Navy Press Office", outlet="Navy Press Office")
    b.event("intercepted", type_="COERCE")
    b.event("calls", type_="DEMAND")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["author", "author"]
    # the same words reproduced by a newspaper are the issuer's text
    other = build(text.replace("The Navy Press Office issues", "The Navy Press Office "
                               "issued"), outlet="Harbour Times", author="Harbour Times desk")
    other.event("intercepted", type_="COERCE")
    attribute(other.analysis)
    assert _kinds(other.analysis) == ["document"]


def test_a_reproduced_statement_holds_its_speech_acts(build: Callable[..., Builder]) -> None:
    text = ("The following statement was issued by the Northern Command on Monday.\n\n"
            "1. Our forces repelled an attack on the Tor Ghar post.\n\n"
            "2. The Northern Command has repeatedly asked Kabul to seal the border.\n\n"
            "EDITOR'S NOTE\n\n"
            "A spokesman for the Afghan interior ministry rejected the charge.")
    b = build(text, outlet="Valley Herald", author="Valley Herald desk")
    b.event("asked", type_="DEMAND")
    b.event("rejected", type_="REJECT")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["document", "named"]


def test_he_or_she_speaks_an_act_of_speech(build: Callable[..., Builder]) -> None:
    b = build("The defence minister, Michael Okonjo, visited the base on Monday. He blamed the "
              "rebels for the blast.")
    b.event("blamed", type_="ACCUSE")
    attribute(b.analysis)
    assert _attr_of(b, "e1") == ("named", "Michael Okonjo")
    office = build("Rebels shelled the port at dawn, the information minister told a press "
                   "conference. He blamed the opposition for the raid.")
    office.event("blamed", type_="ACCUSE")
    attribute(office.analysis)
    assert _kinds(office.analysis) == ["named"]


@pytest.mark.parametrize(("text", "word"), [
    # the text the act was made in, said just after it
    ("The party has rejected the army's version. In a statement posted online, the party "
     "said its members had not fired.", "rejected"),
    ("The movement accused soldiers of burning homes in Kidal. The accusation came in a video "
     "posted on its channel.", "accused"),
    ("The militia blamed the army, saying in a statement that its drones had hit a school.",
     "blamed"),
    # a text's own act
    ("A video attributed to the gang threatened to burn the town.", "threatened"),
])
def test_a_speech_act_made_in_a_text(build: Callable[..., Builder], text: str,
                                     word: str) -> None:
    b = build(text, outlet="Sahel Review")
    b.event(word, type_="ACCUSE")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["document"]


def test_according_to_him_is_the_one_just_reached(build: Callable[..., Builder]) -> None:
    b = build("A nurse in Bunia reached by phone told a different story: according to her, "
              "the militia attacked the camp before dawn.")
    b.event("attacked")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["anonymous"]


def test_an_answer_keeps_the_guests_word_over_others_acts(
        build: Callable[..., Builder]) -> None:
    text = ("We spoke with Fatou Sow, the mayor of Kedougou, on Monday.\n\n"
            "Q: What will people do?\n\n"
            "A: If the soldiers come back, the farmers will demand protection.")
    b = build(text, author="Desk")
    b.event("demand", type_="DEMAND")
    attribute(b.analysis)
    assert _attr_of(b, "e1") == ("named", "Fatou Sow")


def test_a_guest_who_answered_written_questions(build: Callable[..., Builder]) -> None:
    text = ("Colonel Idriss Mahamat, who commands the border sector, answered our questions "
            "by email.\n\n"
            "What happened at the crossing?\n\n"
            "Rebels fired mortars at our post on Thursday night.\n\n"
            "Were there losses?\n\n"
            "Two soldiers were wounded.")
    b = build(text, author="Desk")
    b.event("fired")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["named"]


@pytest.mark.parametrize(("second", "kind"), [
    # the next sentence takes up the claim and says, on its own verb, the text it came in
    ("The charge was made in a statement posted on the group's website.", "document"),
    ("The allegation comes in a letter sent to the governor; we could not confirm it.",
     "document"),
    # a text named only inside a detail of the claim leaves the speaker speaking
    ("The accusation, which the militia had denied in a statement last week, drew protests "
     "in the capital.", "named"),
])
def test_a_claim_taken_up_by_the_text_it_came_in(build: Callable[..., Builder], second: str,
                                                 kind: str) -> None:
    b = build("Police chief Jean-Marc Baptiste accused the militia of burning homes in "
              f"Mirebalais. {second}", outlet="Island Courier")
    b.event("accused", type_="ACCUSE")
    attribute(b.analysis)
    assert _kinds(b.analysis) == [kind]


# --- session 5: classes read off the former held-out sets -------------------------------

@pytest.mark.parametrize(("text", "word", "kind"), [
    # a second speech act joined to the first is the same speaker's
    ("The Peruvian cabinet condemned the looting and appealed to miners to go home.",
     "appealed", "named"),
    ("The African Union denounced the coup and called on the officers to free the president.",
     "called", "named"),
    ("Bolivia's defence minister rejected the charge and warned that troops would stay.",
     "warned", "named"),
    # a first verb that is no speech act leaves the second to the writer
    ("A Red Cross convoy crossed the bridge before dusk, then requested fuel from the "
     "garrison.", "requested", "author"),
    # a speech act that hands over goods is the writer's account
    ("The regional government condemned the raid and pledged food for the families.",
     "pledged", "author"),
])
def test_a_speech_act_joined_to_another(build: Callable[..., Builder], text: str, word: str,
                                        kind: str) -> None:
    b = build(text, outlet="Harbour Times")
    b.event(word, type_="REQUEST")
    attribute(b.analysis)
    assert _kinds(b.analysis) == [kind]


@pytest.mark.parametrize(("second", "kind"), [
    # the next sentence gives the act's words from the text: the text says it
    ('"Our patience has limits," the declaration reads.', "document"),
    ('"We will not accept it," the communique said.', "document"),
    ('"Nobody will be spared," its statement added.', "document"),
    # a person, or a statement credited to someone else, leaves the speaker speaking
    ('"This is an attack on our people," the minister said.', "named"),
    ('"This is a dark day," a statement by the opposition said.', "named"),
])
def test_a_speech_act_whose_words_a_text_gives_next(build: Callable[..., Builder],
                                                    second: str, kind: str) -> None:
    b = build(f"Chad's presidency condemned the strike on Adre. {second}",
              outlet="Sahel Notes")
    b.event("condemned", type_="ACCUSE")
    attribute(b.analysis)
    assert _kinds(b.analysis) == [kind]


@pytest.mark.parametrize(("label", "kind"), [
    ("RATING", "author"),
    ("Our verdict", "author"),
    ("CONCLUSION", "author"),
])
def test_a_fact_checks_own_headings_are_the_writers(build: Callable[..., Builder], label: str,
                                                    kind: str) -> None:
    text = ("WHAT IS CLAIMED: Posts on Telegram say a militia torched a mosque in Jos.\n\n"
            f"{label}: Misleading. Having compared satellite pictures, we conclude that a "
            "grass fire, not the militia, burned the mosque.")
    b = build(text, outlet="Check Desk")
    b.event("burned")
    attribute(b.analysis)
    assert _kinds(b.analysis) == [kind]
    assert any(a.kind == "author" and a.cue for a in b.analysis.attributions)


def test_a_speakers_turn_keeps_the_speakers_we(build: Callable[..., Builder]) -> None:
    text = ("Colonel Ivo Petrov commands the northern sector.\n\n"
            "PETROV: We found two mines under the bridge.")
    b = build(text, outlet="Check Desk")
    b.event("found", type_="COERCE")
    attribute(b.analysis)
    assert not any(a.kind == "author" and a.cue for a in b.analysis.attributions)


@pytest.mark.parametrize(("opening", "kind"), [
    # "he" goes back to the source the speaker's knowledge comes from
    ("Our account of the raid comes from a customs clerk on the quay.", "anonymous"),
    ("Our information comes from an officer at the base.", "anonymous"),
    ("The account comes from a nurse at the clinic.", "anonymous"),
    # a named source stays named
    ("Our information comes from Colonel Aziz Karimi.", "named"),
])
def test_he_after_the_source_of_what_is_known(build: Callable[..., Builder], opening: str,
                                              kind: str) -> None:
    b = build(f"{opening} He told me the gunmen burned two trucks.", outlet="Radio Desk")
    b.event("burned")
    attribute(b.analysis)
    assert _kinds(b.analysis) == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # a reason given for an act is the actor's, but it does not report the act
    ("The navy moved two frigates to the strait, citing exercises planned long ago.",
     "author"),
    ("The governor suspended all convoys, citing security reasons.", "author"),
    ("Troops moved into the valley on Monday, citing a threat to the dam.", "author"),
    # citing a source still tells whose account it is
    ("Troops moved into the valley on Monday, the agency reported, citing witnesses.",
     "named"),
])
def test_citing_a_reason_does_not_report_the_act(build: Callable[..., Builder], text: str,
                                                 kind: str) -> None:
    b = build(text, outlet="Border Wire")
    word = next(w for w in ("moved", "suspended") if w in text)
    b.event(word, type_="MOBILIZE")
    attribute(b.analysis)
    assert _kinds(b.analysis) == [kind]


@pytest.mark.parametrize(("text", "word", "kind", "document"), [
    # an offer or a proposal made to others is its maker's word
    ("The representative of Norway offered to host a round of talks in Oslo.", "offered",
     "named", {}),
    ("Two Gulf diplomats have proposed a ceasefire along the river.", "proposed",
     "anonymous", {}),
    ("Ghana's foreign minister offered his country's mediation between the two clans.",
     "offered", "named", {}),
    # with no speaker as subject, or made by the issuer of the text, it is the writer's
    ("Mediation between the clans was offered on Monday.", "offered", "author", {}),
    ("The Ministry of Foreign Affairs proposed a prisoner swap to both parties.", "proposed",
     "author", {"author": "Ministry of Foreign Affairs"}),
    # an offer of no words: resistance, shelter, a target
    ("The rebels offered no resistance when troops entered the town.", "offered", "author",
     {}),
    ("Local families offered shelter to the displaced herders.", "offered", "author", {}),
    ("The militia's retreat offered the air force an easy target.", "offered", "author", {}),
])
def test_an_offer_is_its_makers_word(build: Callable[..., Builder], text: str, word: str,
                                     kind: str, document: dict[str, str]) -> None:
    b = build(text, outlet="Council Digest", **document)
    b.event(word, type_="AGREE")
    attribute(b.analysis)
    assert _kinds(b.analysis) == [kind]


def test_the_text_taken_up_next_may_be_another_sides_told_before(
        build: Callable[..., Builder]) -> None:
    # "the bulletin" goes back to the police bulletin just told, not to the mayor's words
    b = build("The police put out a bulletin on the looting at noon. The mayor of Goma "
              "denounced the looters. \"Nothing was spared,\" the bulletin reads.",
              outlet="Lake Wire")
    b.event("denounced", type_="ACCUSE")
    attribute(b.analysis)
    assert _kinds(b.analysis) == ["named"]


# --- session 7: speech acts by class, texts named next (gold majority, dev 127) ----------
# Convention (dev gold, counted with a tally of event kind against sentence shape): a speech
# act whose subject names its speaker, with no cue of its own, is the speaker's (named: 42
# of 57 acts the old list caught); a speech act the text denies ("has not asked") is the
# writer's; in a state body's release, an office of its own state named with no country
# ("The Ministry of Foreign Affairs") acts in the issuer's voice.

@pytest.mark.parametrize(("text", "word", "kind"), [
    # verdicts passed in words on another's act
    ("The Chilean senate censured the navy for the raid on the fishing village.",
     "censured", "named"),
    ("Peru's foreign minister decried the shelling of the border post.", "decried", "named"),
    ("The Arab League praised the handover of the prisoners.", "praised", "named"),
    # a claim or a plea waved away
    ("The rebel council waved the proposal away within an hour.", "waved", "named"),
    ("A coalition of Tuareg leaders turned down the request for a buffer zone.", "turned",
     "named"),
    ("Hanoi's foreign ministry shrugged off the accusation the same evening.", "shrugged",
     "named"),
    # blame laid, a request pressed, a speech noun after a light verb
    ("The mayor of Goma pinned the arson on a rival militia.", "pinned", "named"),
    ("Kenya's interior minister pointed the finger at smugglers from the north.", "pointed",
     "named"),
    ("Colombia's attorney general pressed the army for an inquiry into the killings.",
     "pressed", "named"),
    ("Sweden's embassy filed a complaint with the port authority.", "complaint", "named"),
    ("The Polish defence minister issued a warning to the crews of the freighters.",
     "warning", "named"),
    # no speech act: a blow, a pinning down, a turn of the road, a crowd's noise
    ("Two rockets slammed into the fuel depot at dawn.", "slammed", "author"),
    ("Troops pinned the gunmen down near the bridge.", "pinned", "author"),
    ("Crowds in the square applauded as the convoy left.", "applauded", "author"),
    ("The patrol turned down a side road and came under fire.", "turned", "author"),
    ("The miners pressed on towards the pass despite the snow.", "pressed", "author"),
    # a speech act the writer says did not happen
    ("The provincial governor has not condemned the raid.", "condemned", "author"),
    ("Lagos has not asked Abuja for troops.", "asked", "author"),
])
def test_speech_acts_by_class(build: Callable[..., Builder], text: str, word: str,
                              kind: str) -> None:
    b = build(text, outlet="Coast Post")
    b.event(word, type_="ACCUSE")
    attribute(b.analysis)
    assert _kinds(b.analysis) == [kind]


@pytest.mark.parametrize(("second", "kind"), [
    # the same body's text, taken up by "the" and its head noun, in the next sentence
    ("No militia is welcome on its soil, the ministry said in a communique.", "document"),
    ("Talks are not possible for now, the ministry said in a statement on its website.",
     "document"),
    ("The ministry added in a statement that its border posts had been reinforced.",
     "document"),
    # another speaker's text, or the same body's spoken word, leaves the act to the body
    ("Fighting went on near the border, the rebels said in a statement.", "named"),
    ("The ministry's spokesman told reporters the request was absurd.", "named"),
    # a text opening the next sentence is the act's if its speaker is the same or "it"
    ("In a statement posted overnight, it said talks were over.", "document"),
    ("In a note posted on its website, the security agency said talks were over.",
     "document"),
    ("In a video posted overnight, masked gunmen denied any part in the raid.", "named"),
])
def test_an_act_whose_body_gives_its_text_next(build: Callable[..., Builder], second: str,
                                               kind: str) -> None:
    b = build(f"Ghana's interior ministry waved the demand aside on Friday. {second}",
              outlet="Coast Post")
    b.event("waved", type_="REJECT")
    attribute(b.analysis)
    assert _kinds(b.analysis) == [kind]


@pytest.mark.parametrize(("text", "author", "kind"), [
    # a state body's release: its state's offices named with no country are its own voice
    ("The Ministry of Foreign Affairs lodged a protest with the UN on Monday.",
     "Press Office of the General Staff", "author"),
    ("The Government urged the Commission to speed up the payments.",
     "Ministry of Defence, Press Office", "author"),
    ("The Presidency condemned the incursion in the strongest terms.",
     "Army Command, Directorate of Orientation", "author"),
    # another state's office, or a newspaper's report, stays the speaker's
    ("Russia's foreign ministry lodged a protest with the UN on Monday.",
     "Press Office of the General Staff", "named"),
    ("The Ministry of Foreign Affairs lodged a protest with the UN on Monday.",
     "Harbour Line staff", "named"),
])
def test_a_home_office_in_a_state_release(build: Callable[..., Builder], text: str,
                                          author: str, kind: str) -> None:
    b = build(text, author=author)
    b.event("protest" if "protest" in text else text.split()[2], type_="ACCUSE")
    attribute(b.analysis)
    assert _kinds(b.analysis) == [kind]


@pytest.mark.parametrize(("after", "kind"), [
    # a new time-stamped entry or a section of the writer's ends a text given after a colon
    ("16:40\nGunmen torched two lorries on the ring road overnight.", "author"),
    ("09:05 - Gunmen torched two lorries on the ring road overnight.", "author"),
    ("What comes next\nGunmen torched two lorries on the ring road overnight.", "author"),
    # the text goes on in the paragraphs after its heading sentence
    ("2. Gunmen torched two lorries on the ring road overnight.", "document"),
    ("Our units also came under fire near the ring road overnight.", "document"),
])
def test_a_text_given_in_a_live_blog_ends_at_the_next_entry(
        build: Callable[..., Builder], after: str, kind: str) -> None:
    text = ("14:10\nBelow is the full text of a statement issued by the army this "
            "morning.\n\n" + after)
    b = build(text, outlet="Valley Herald", author="Valley Herald desk")
    word = "came under" if "came" in after else "torched"
    b.event(word)
    attribute(b.analysis)
    assert _kinds(b.analysis) == [kind]


@pytest.mark.parametrize(("text", "word", "kind"), [
    # blame laid "on" someone, wherever the parser hangs the phrase
    ('Speaking in Lagos on Monday, the police chief pinned the raid on "a splinter cell" of '
     "the gang.", "pinned", "named"),
    ("The presidency turned the appeal down the next day.", "turned", "named"),
    ("Speaking after the vote, the envoy pinned the blame on the militia.", "pinned", "named"),
])
def test_a_speech_act_read_loosely(build: Callable[..., Builder], text: str, word: str,
                                   kind: str) -> None:
    b = build(text, outlet="Harbour Times")
    b.event(word, type_="ACCUSE")
    attribute(b.analysis)
    assert _kinds(b.analysis) == [kind]


@pytest.mark.parametrize(("source", "own"), [
    # another state's body with the same generic name is not the issuer
    ("the Russian foreign ministry", False),
    ("Latvia's Ministry of Defence", False),
    # the issuer's own name, in full or with its generic words only
    ("the Ministry of Foreign Affairs", True),
    ("the Estonian Ministry of Foreign Affairs", True),
])
def test_the_issuers_own_name(source: str, own: bool) -> None:
    from warpath.provenance.attribution import _is_own

    names = [set(n.casefold().replace(",", " ").split()) for n in (
        "Ministry of Foreign Affairs of the Republic of Estonia",
        "Press Office, Ministry of Foreign Affairs")]
    names = [{w for w in n if w.isalpha()} | {"estonian"} if "estonia" in n else n
             for n in names]
    assert _is_own(source, names) is own


@pytest.mark.parametrize(("text", "word", "kind"), [
    # a cue closing the sentence inside a relative clause names its noun only
    ("Jets struck three camps that the army described as rebel bases.", "struck", "author"),
    ("Drones hit a depot that the governor called a fuel store.", "hit", "author"),
    ("Shells fell on two villages that residents said were empty.", "fell", "author"),
    # a cue closing the main clause reports the whole sentence
    ("Jets struck three camps near the river, the army said.", "struck", "named"),
    ("Shells fell on two villages overnight, residents said.", "fell", "anonymous"),
])
def test_a_cue_in_a_relative_clause_speaks_of_its_noun(build: Callable[..., Builder],
                                                        text: str, word: str,
                                                        kind: str) -> None:
    b = build(text, outlet="Harbour Times")
    b.event(word)
    attribute(b.analysis)
    assert _kinds(b.analysis) == [kind]


# --- review of session 7: verbs of a verdict that are also a blow, a welcome or a grip -----
# A verdict, a blame or a plea is a speech act only on what can be judged (an act, a
# decision, a text, a claim; or a party judged by a party), never on a place, a thing, a
# crowd received or a body gripped; pressing is a request only of a party, not for a span.

@pytest.mark.parametrize(("text", "word", "kind"), [
    # verdicts passed on acts, decisions and parties
    ("The opposition slammed the decision to close the border crossings.", "slammed", "named"),
    ("The Arab League blasted Sweden over the burning of the holy book.", "blasted", "named"),
    ("Oman's foreign ministry welcomed the ceasefire deal reached in Doha.", "welcomed", "named"),
    ("The union hailed the ruling as a victory for the dockers.", "hailed", "named"),
    ("The mayor of Mosul pinned the blame for the fire on the contractors.", "pinned", "named"),
    ("Ecuador's envoy pressed Bogota for guarantees on the border patrols.", "pressed", "named"),
    ("The league issued a call for calm before the derby.", "call", "named"),
    ("Senator Ruth Kallas blasted the agency for waiting a week to act.", "blasted",
     "named"),
    ("Jordan's king hailed Baghdad's firm stand on the water talks.", "hailed", "named"),
    ("Both sides freed prisoners in a swap, which the council welcomed.", "welcomed", "named"),
    ("South Korea's government welcomed the deal with cautious optimism.", "welcomed", "named"),
    ("NATO slammed Moscow for its naval drills near Gotland.", "slammed", "named"),
    # blows, receptions and grips: the writer's
    ("Russian missiles slammed the city of Odesa overnight.", "slammed", "author"),
    ("Airstrikes slammed rebel positions near the airport on Sunday.", "slammed", "author"),
    ("Insurgents blasted the pipeline near the refinery.", "blasted", "author"),
    ("Russia blasted Kharkiv with missiles and drones overnight.", "blasted", "author"),
    ("The storm slammed the coast for two days.", "slammed", "author"),
    ("The striker blasted the ball over the bar in the last minute.", "blasted", "author"),
    ("The camp welcomed 3,000 new refugees last week.", "welcomed", "author"),
    ("Residents welcomed the soldiers with flowers and bread.", "welcomed", "author"),
    ("The hotel welcomed its first guests in May.", "welcomed", "author"),
    ("The audience applauded the orchestra for ten minutes.", "applauded", "author"),
    ("The wrestler pinned his rival on the mat in the second round.", "pinned", "author"),
    ("Heavy fire pinned the company on the ridge until dusk.", "pinned", "author"),
    ("The fans pinned their hopes on the new coach.", "pinned", "author"),
    ("Rebels pressed their attack on the airport for a third day.", "pressed", "author"),
    ("The army pressed villagers into service as porters.", "pressed", "author"),
    ("The referee made a call that angered the home fans.", "call", "author"),
    ("The camp took in 300 refugees, whom the mayor welcomed.", "welcomed", "author"),
    ("The regiment made a call to its base over the radio.", "call", "author"),
])
def test_verdicts_only_on_what_can_be_judged(build: Callable[..., Builder], text: str,
                                             word: str, kind: str) -> None:
    b = build(text, outlet="Coast Post")
    b.event(word, type_="ACCUSE")
    attribute(b.analysis)
    assert _kinds(b.analysis) == [kind]


@pytest.mark.parametrize(("author", "outlet", "kind"), [
    # a state body's own release: its state's offices named with no country are its voice
    ("Press Office of the Border Guard Command", "Border Guard Command", "author"),
    # a paper named for what it covers is no state body
    ("Army Times staff", "Army Times", "named"),
    ("Navy News desk", "Navy News", "named"),
])
def test_a_paper_named_for_the_army_is_no_issuer(build: Callable[..., Builder], author: str,
                                                  outlet: str, kind: str) -> None:
    b = build("The Government urged the Commission to speed up the payments.", author=author,
              outlet=outlet)
    b.event("urged", type_="REQUEST")
    attribute(b.analysis)
    assert _kinds(b.analysis) == [kind]
