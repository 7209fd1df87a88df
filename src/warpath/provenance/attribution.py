"""Who says so: the attribution of each claim.

Every source cue in the text becomes an `Attribution` (kind, source, cue words, span); the
document's author (or outlet) is one more, kind `author`. Each event then points to the cue
that governs it, tried in this order:

1. a reporting verb whose complement holds the event's trigger (the innermost one wins:
   in "the paper reported that aides cited …", the aides are the closer source),
   or the trigger is the reporting verb itself ("the group denied …");
2. "according to X" in the event's sentence;
3. a link whose anchor covers the trigger: the claim's own words point to the source.
   A cue of steps 1-2 is stronger than a link because it says who speaks; a link on the
   claim only says where to read more, so it only decides when no speaker is named;
4. a parenthetical, root-level or sentence-final cue elsewhere in the sentence
   ("…, officials said");
5. a sentence that continues an open quotation keeps the speaker of the quote;
6. a link on the words of the trigger's own clause (not on a clause below it);
7. a speech act whose subject names its speaker ("UN envoy X called for a truce", "the
   governor lambasted the agencies", "the presidency turned the appeal down", "X pinned the
   attack on Y", "lodged a protest"), unless the speaker is the document's own author or
   outlet, an office of the issuer's own state named with no country in a state body's
   release, a country or capital named alone ("Caracas dismissed the charge"; in a meeting
   summary the delegations do speak), a stance held over time ("has long accused", "rejected
   it last year"), or the act is denied ("has not asked"): those are the writer's;
8. a bare act whose details the next sentence gives "according to X", or an act put with the
   shifted "if X closed …, Y would" of reported speech right after a sentence closing on
   "…, he said" (the same speaker goes on);
9. a paragraph whose speaker is set outside its sentences: a turn of an interview or a
   briefing ("A: …" is the person introduced before the first turn, "COL. LEE: …" the
   labelled speaker), or a text reproduced below a sentence introducing it ("Below is the
   full text of a statement issued by …"), up to the next labelled paragraph;
10. the author.

A negated reporting verb ("Hezbollah has not claimed an attack", "Asmara does not comment")
governs nothing, unless it leaves a question open ("would not say whether troops might …").
A cue whose speaker is a pronoun ("they said") takes the kind and source of the speaker
named in the sentences just before, so "two people familiar with it … they said" stays
anonymous; a text's cue ("In a statement, it said") keeps its kind and takes the source.
"The groups said" after "according to rights groups" stays anonymous; "she said" goes back
to the last person, past a report named in between; "They say …" with no one named just
before is hearsay (anonymous). A source's word for a thing ("what the army called camps")
governs only that word; the writer's question ("we put the claim to X, who denied it")
governs nothing; a speech act with its own speaker ("…; the army dismissed that toll")
answers a cue below it rather than being reported by it. A sentence whose subject is the
document's own outlet or issuer ("Horn Desk could not verify", "The Ministry continues …")
is the author's.

Conventions follow the majority of the dev gold (a tally of event kind against sentence
shape, session 7): a bare speech act with its speaker as subject is `named` (42 of 57 such
acts); "X said in a statement" is a `document` for a body, an armed force or a spokesperson
and `named` for one person; a person's post on a platform ("he wrote on X") is a `document`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from warpath.document import Analysis, Attribution, AttributionKind, Event, Link
from warpath.pipeline import Config, Stage, stages
from warpath.provenance.cues import (
    DOCUMENT_HEADS,
    FRAMING_TEXTS,
    VERIFY_VERBS,
    Cue,
    classify,
    find_cues,
    is_final,
    source_like,
)

KINDS: tuple[AttributionKind, ...] = ("named", "anonymous", "document", "link", "author")
QUOTES = ('"', "“", "”")


@stages.register("attribution")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        attribute(analysis)

    return run


def attribute(analysis: Analysis) -> None:
    """Fill `analysis.attributions` and set each event's `attribution_id`."""
    analysis.attributions = []
    author = _author_attribution(analysis)
    analysis.attributions.append(author)
    doc = analysis.doc
    if doc is None:
        for event in analysis.events:
            event.attribution_id = author.id
        return
    sents = list(doc.sents)
    cues_by_sent: list[list[tuple[Cue, Attribution]]] = []
    last: Cue | None = None  # the latest cue that names its source with a noun phrase
    person: Cue | None = None  # the latest such cue whose source is no text ("he", "she")
    own = _own_names(analysis)
    for si, sent in enumerate(sents):
        found = []
        cues = find_cues(sent)
        voice = _own_voice(analysis, sent, cues, own)
        if voice is not None:
            cues = sorted([*cues, voice], key=lambda c: c.start)
        for cue in cues:
            if not cue.first_person and cue.kind in ("named", "document") \
                    and _is_own(cue.source, own) and not _spoken(analysis, cue.start):
                # "The Navy Press Office issues this communique" in the Office's own
                # release: the writer speaks
                cue.kind, cue.first_person = "author", True
            if cue.first_person and _spoken(analysis, cue.start):
                continue  # "we found" in a quotation or an answer is the speaker's, not ours
            if cue.first_person:
                cue.source = author.source  # the writer: no speaker named before it
            else:
                # "he"/"she" goes back to a person, past a report named in between
                kept = _continue_speaker(cue, person if _personal_pronoun(cue) else last,
                                         sents, si)
                if kept is cue:
                    last = cue
                    if cue.kind != "document" and _one_speaker(cue):
                        person = cue
            end = cue.end
            cut = analysis.text.find("[", cue.start, end)  # a wiki citation mark ends the cue
            if cut > cue.start:
                end = len(analysis.text[:cut].rstrip(" ."))
            made = Attribution(
                id=f"attr{len(analysis.attributions)}", kind=cue.kind, source=cue.source,
                cue=analysis.text[cue.start:end], span=analysis.span(cue.start, end),
            )
            analysis.attributions.append(made)
            found.append((cue, made))
        cues_by_sent.append(found)
    _texts_named_after(analysis, sents, cues_by_sent)
    link_attrs: dict[int, Attribution] = {}
    voices = _paragraph_voices(analysis, cues_by_sent)
    for event in analysis.events:
        attr: Attribution | None = _governing(analysis, event, sents, cues_by_sent)
        if attr is None:
            link = _link_for(analysis, event, evidence=False)
            if link is None:
                attr = _quoted_speaker(analysis, event, sents, cues_by_sent)
            if link is None and attr is None:
                link = _link_for(analysis, event, evidence=True)
            if link is not None and attr is None:
                attr = _link_attribution(analysis, link, link_attrs)
        if attr is not None and attr.kind == "author" and attr.cue:
            # "We urge …" in a text reproduced below its heading is the issuer's, not ours
            attr = next((v for a, b, v in voices if a <= event.trigger.start < b), attr)
        if attr is None:  # "Pakistan has asked Kabul …" in a text reproduced in full: its
            # issuer's; "the farmers will demand protection" in an answer: the guest's word
            attr = next((v for a, b, v in voices if a <= event.trigger.start < b), None)
        if attr is None:  # "an official, speaking on condition of anonymity, ruled out …"
            attr = _unnamed_speaker(analysis, event)
        if attr is None:  # "Bachelet called for a cease-fire": the speaker of her own act
            attr = _own_speech(analysis, event, sents, cues_by_sent)
        if attr is None:  # "The third attack came on 11 October. According to X, seven died"
            attr = _told_next(analysis, event, sents, cues_by_sent)
        if attr is None:  # "…, he said. If X closed the road, the government would …"
            attr = _backshifted(analysis, event, sents, cues_by_sent)
        if attr is None:  # a turn of a transcript, or a text reproduced below its heading
            attr = next((v for a, b, v in voices if a <= event.trigger.start < b), None)
        event.attribution_id = (attr or author).id
    _speakers_we(analysis)


# A speaker's words for their own side: "we", "us", "our troops" (not a lone "I").
SPEAKERS_WE = frozenset({"we", "us", "our", "ours"})


def _speakers_we(analysis: Analysis) -> None:
    """A side an event's speaker calls "we" or "our …" ("We have not fired a shot", "our
    coast", in a minister's speech, an envoy's interview answers, a ministry's statement) is
    the speaker's state, when the speaker's own words name it ("Venezuela's defence
    minister", "the Kenyan army said"): over a side left without a state or given one by a
    guess. The writer's own "we" is not touched (its events are the author's)."""
    doc = analysis.doc
    if doc is None:
        return
    from warpath.events.parties import party_of  # the events stage's reading of a phrase

    found: dict[str, str | None] = {}
    by_id = {a.id: a for a in analysis.attributions}
    for event in analysis.events:
        attr = by_id.get(event.attribution_id or "")
        if attr is None or attr.kind not in ("named", "document") or not attr.source:
            continue
        sides = [p for p in (event.source, event.target)
                 if p is not None and p.text and p.text.split()[0].lower() in SPEAKERS_WE
                 and (p.country is None or p.inferred is not None)]
        if not sides:
            continue
        if attr.id not in found:
            found[attr.id] = _source_country(analysis, attr, party_of)
        country = found[attr.id]
        if country is None:
            continue
        for party in sides:
            if party.country != country:
                party.country, party.inferred = country, "speaker"


def _source_country(analysis: Analysis, attr: Attribution, party_of: Any) -> str | None:
    """The state of an attribution's source, read on its words inside the cue."""
    text = analysis.text
    at = text.find(attr.source or "", attr.span.start, attr.span.end) if attr.span else -1
    if at < 0:
        return None
    span = analysis.doc.char_span(at, at + len(attr.source or ""), alignment_mode="expand")
    if span is None:
        return None
    return party_of(analysis, span.root, 1).country


# A paragraph opening on a speaker label: "A: …", "COL. LEE: …", "Newsroom note: …".
LABEL = re.compile(r"^(?P<label>[A-Z][\w.'’ -]{0,40}?)(?:\s*\((?P<aside>[^)\n]{1,40})\))?"
                   r"\s*:\s+\S")
# A turn of a parliamentary record or a hearing's transcript, in mixed case: "Mr Ferrant:",
# "3. Dr Ana Pell (Northfield) (Lab):" (a numbered question, a seat and a party beside the
# name), "The Minister of State, Home Office (Ms Jo Lane):" (an office, the holder beside it).
RECORD_LABEL = re.compile(r"^(?:\d{1,3}\.\s+)?(?P<label>[A-Z][\w.'’ ,-]{0,100}?)"
                          r"(?:\s*\((?P<aside>[^)\n]{1,40})\))?(?:\s*\([^)\n]{1,40}\))*"
                          r"\s*:\s+\S")
# Words a speaker's name opens on in such a record.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady",
                        "baroness", "baron", "prof", "professor", "senator", "sen", "rep",
                        "representative", "deputy", "hon", "judge", "justice", "magistrate",
                        "madam", "mister"})
# Labels of a question, which another outlet asks when the label names it: "Q (Daily Star):"
# at a ministry's briefing is that paper's question, "Q:" in our interview is ours.
ASKING_LABELS = frozenset({"q", "question", "reporter", "journalist"})
# Labels of the side asking or of the outlet itself: the author speaks there.
OWN_LABELS = frozenset({"q", "question", "moderator", "interviewer", "host", "anchor",
                        "presenter", "reporter", "correspondent",
                        # a fact-check's or an analysis's own headings: "VERDICT: … we found"
                        "verdict", "our verdict", "rating", "conclusion", "summary",
                        "bottom line", "assessment", "our assessment", "context",
                        "editor's note", "update", "correction"})
ANSWER_LABELS = frozenset({"a", "answer"})
# A sentence saying that a text follows it ("Below is the full text of a statement …").
FRAME = re.compile(r"\b(?:below|following|here)\b[^.]*\b(?:text|transcript|statement|"
                   r"communiqu[eé]|readout|excerpt|extract|speech|remarks|address|letter|"
                   r"declaration)s?\b|\b(?:reads|read) as follows\b|\bfull text of\b"
                   # "We publish an excerpt from the transcript", "we reproduce the letter"
                   r"|\b(?:publish|reproduce|print|run)(?:es|s|ed|ing)?\b(?:\s+\w+){0,4}?"
                   r"\s+(?:excerpts?|extracts?|transcript|full text|text)\b",
                   re.IGNORECASE)
# Labels that head the text reproduced below a frame ("READOUT: Call with …", "TRANSCRIPT:"):
# the text goes on under them.
TEXT_LABELS = frozenset({"readout", "transcript", "statement", "text", "communique",
                         "communiqué", "excerpt", "extract", "speech", "remarks", "letter",
                         "declaration", "full text"})
# Verbs of giving a speech in person ("the minister addressed officers", "she spoke to
# cadets"): the speaker of a text reproduced after the sentence that says so.
ADDRESS_VERBS = frozenset({"address", "speak", "tell", "brief", "deliver", "give"})


def _spoken(analysis: Analysis, offset: int) -> bool:
    """Whether `offset` is in someone else's words: inside quotation marks, or in a
    paragraph opening on a speaker label ("A: ...")."""
    text = analysis.text
    para = text.rfind("\n\n", 0, offset)
    para = 0 if para < 0 else para + 2
    if _inside_quote(text, para, offset):
        return True
    rec = RECORD_LABEL.match(text[para:offset + 1])
    if rec is not None and _record_speaker(rec) is not None:
        return True  # "Mr Ferrant: We regard the seizure as unlawful": the member's words
    m = LABEL.match(text[para:offset + 1])
    if m is None:
        return False
    label = m.group("label").strip()  # "A:", "COL. LEE:"; not the outlet's "Our verdict:"
    if label.lower() in ASKING_LABELS and m.group("aside"):
        return True  # "Q (Daily Star): …": another outlet's question
    if label.lower() in OWN_LABELS:  # "PRESENTER: we put that to the army": the outlet's
        return False
    return label.lower() in ANSWER_LABELS or label.isupper()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m in re.finditer(r"\n\s*\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _heading(para: str) -> bool:
    """A short paragraph in capitals with no sentence in it ("NEWSROOM NOTE", "WHAT IT
    MEANS")."""
    words = re.findall(r"[A-Za-z]+", para)
    return bool(words) and len(para.strip()) <= 60 and para.strip()[-1:] not in ".!?" \
        and all(w.isupper() for w in words if len(w) > 1)


# A live blog's time stamp opening an entry ("12:15", "09:40 -").
STAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}\b")


def _new_entry(para: str) -> bool:
    """A paragraph opening a new entry or section of the writer's: a time stamp ("12:15"),
    or a short first line with no closing stop, set on a line of its own ("Background")."""
    first = para.strip().split("\n", 1)[0].strip()
    if STAMP.match(first):
        return True
    return "\n" in para.strip() and 0 < len(first) <= 40 and first[-1] not in ".!?:;,\"”'’"


def _paragraph_voices(analysis: Analysis, cues_by_sent: list[list[tuple[Cue, Attribution]]],
                      ) -> list[tuple[int, int, Attribution]]:
    """Paragraphs whose speaker is set outside their sentences: the turns of an interview or
    a briefing ("A: …", "COL. LEE: …"), and the paragraphs of a text reproduced after a
    sentence that introduces it ("Below is the full text of a statement issued by …"), up
    to the next labelled paragraph ("Newsroom note: …")."""
    text = analysis.text
    paras = _paragraphs(text)
    people = [e for e in analysis.doc.ents if e.label_ == "PERSON"] if analysis.doc else []
    made: dict[str, Attribution] = {}
    out: list[tuple[int, int, Attribution]] = []
    frame: Attribution | None = None
    turn: Attribution | None = None  # a labelled speaker's turn goes on to the next label
    roles: dict[str, str] = {}  # "analyst" -> the name given beside that label
    for a, b in paras:
        rec = RECORD_LABEL.match(text[a:b])
        speaker = _record_speaker(rec) if rec is not None else None
        if rec is not None and speaker is not None:
            # "Mr Ferrant: …", "The Minister of State (Ms Jo Lane): …": a turn of a record
            frame = None
            if speaker not in made:
                end = a + (rec.end("aside") + 1 if speaker == rec.group("aside")
                           else rec.end("label"))
                made[speaker] = Attribution(
                    id=f"attr{len(analysis.attributions)}", kind="named", source=speaker,
                    cue=text[a + rec.start("label"):end],
                    span=analysis.span(a + rec.start("label"), end))
                analysis.attributions.append(made[speaker])
            out.append((a, b, made[speaker]))
            turn = made[speaker]
            continue
        m = LABEL.match(text[a:b])
        if m is None and _heading(text[a:b]):
            if frame is not None and not any(v is frame for _, _, v in out):
                continue  # "THE ADDRESS" right below the frame: the reproduced text's title
            frame = turn = None  # "NEWSROOM NOTE": the reproduced text ends at a heading
            continue
        if m is None and _new_entry(text[a:b]):
            frame = turn = None  # "12:15 …", "Background …": a new entry or section of ours
        if m is None:
            if frame is not None:
                out.append((a, b, frame))
            elif turn is not None:
                out.append((a, b, turn))  # the speaker's next paragraph, still their turn
            frame = _frame_in(analysis, a, b, cues_by_sent) or frame
            continue
        label = m.group("label").strip()
        key = label.lower()
        if frame is not None and key in TEXT_LABELS:
            out.append((a, b, frame))  # "READOUT: Call with …": the heading of the text
            continue
        frame = turn = None
        aside = (m.group("aside") or "").strip()
        if key in ASKING_LABELS and aside:
            if aside not in made:  # "QUESTION (Kaieteur Radio):": that outlet asks
                made[aside] = Attribution(
                    id=f"attr{len(analysis.attributions)}", kind="named", source=aside,
                    cue=text[a + m.start("label"):a + m.end("aside")],
                    span=analysis.span(a + m.start("label"), a + m.end("aside")))
                analysis.attributions.append(made[aside])
            out.append((a, b, made[aside]))
            continue
        if key in OWN_LABELS:
            continue
        if key in ANSWER_LABELS:  # the person introduced before the first turn
            guest = _interviewee(analysis, a, people)
            if guest is not None:  # the cue is the sentence introducing the guest
                guest_name, cue_at = guest
                if guest_name not in made:
                    made[guest_name] = Attribution(
                        id=f"attr{len(analysis.attributions)}", kind="named",
                        source=guest_name, cue=text[cue_at[0]:cue_at[1]],
                        span=analysis.span(*cue_at))
                    analysis.attributions.append(made[guest_name])
                out.append((a, b, made[guest_name]))
                turn = made[guest_name]
                continue
            who = next((p for p in people if p.end_char <= a), None)
            source = str(who.text) if who is not None else None
        elif label.isupper() and aside and _person_aside(aside):
            # "ANALYST (Dorin Lupașcu):", "GUEST (Amina Yusuf):": a role with the speaker's
            # name beside it; a later "ANALYST:" is the same person
            source = roles[key] = aside
        elif label.isupper() and key in roles:
            source = roles[key]
        elif label.isupper() and (_names_person(label, people) or _titled(label)):
            source = label  # "COL. LEE:", "DIRECTOR-GENERAL:": a speaker at a briefing
        else:
            continue  # "READ MORE:", "Newsroom note:": no speaker
        key = source or ""
        if key not in made:
            end = a + (m.end("aside") + 1 if aside and source == aside else m.end("label"))
            made[key] = Attribution(
                id=f"attr{len(analysis.attributions)}", kind="named", source=source,
                cue=text[a + m.start("label"):end], span=analysis.span(a + m.start("label"),
                                                                      end))
            analysis.attributions.append(made[key])
        out.append((a, b, made[key]))
        turn = made[key]
    return out + _unlabelled_turns(analysis, paras, people) + _listed(analysis, paras,
                                                                      cues_by_sent) + (
        _record_evidence(analysis, paras, cues_by_sent))


# Words that open a record of what was heard: a hearing's or a sitting's summary, minutes.
_RECORD_OPENERS = re.compile(
    r"\b(summary record|record of (?:the )?(?:open |closed |public )?(?:session|sitting|hearing|"
    r"meeting|proceedings)|summary of (?:the )?(?:proceedings|hearing|sitting|session)|minutes "
    r"of (?:the )?(?:meeting|session|sitting|hearing)|the committee heard|witnesses are "
    r"identified)\b", re.IGNORECASE)


def _record_evidence(analysis: Analysis, paras: list[tuple[int, int]],
                     cues_by_sent: list[list[tuple[Cue, Attribution]]],
                     ) -> list[tuple[int, int, Attribution]]:
    """A record of a hearing or a sitting ("Summary record of the open session …", "Minutes of
    the meeting …") gives every witness's evidence in the witness's name: after "The Deputy
    Chief told members that …", the sentences that follow with no source of their own are
    still the Deputy Chief's account, up to the next section heading or the next speaker.
    Only in such a record, told so in its opening: a news report's own background after a
    quote stays the writer's."""
    text = analysis.text
    if not paras or not _RECORD_OPENERS.search(text[paras[0][0]:paras[min(1, len(paras) - 1)][1]]):
        return []
    sents = list(analysis.doc.sents)
    out: list[tuple[int, int, Attribution]] = []
    speaker: Attribution | None = None
    for a, b in paras:
        para = text[a:b].strip()
        if len(para) <= 80 and para[-1:] not in ".!?\"”":
            speaker = None  # "3. Evidence of the Ministry": a new section, a new witness
            continue
        for si, sent in enumerate(sents):
            if not (a <= sent.start_char < b):
                continue
            said = [attr for cue, attr in cues_by_sent[si]
                    if attr.kind in ("named", "document") and not cue.first_person
                    and not cue.label and not cue.inquiry and attr.source
                    and cue.verb.dep_ == "ROOT"]  # the sentence's own saying, not "denying …"
            if said:
                speaker = said[-1]
            elif speaker is not None:
                out.append((sent.start_char, sent.end_char, speaker))
    return out


# A line of a list: "- suspending transit", "• a curfew", "* new drills", "2) talks".
BULLET = re.compile(r"^\s*(?:[-–—•*▪·]|\d{1,2}[.)]|\([a-z\d]\))\s+\S")


def _listed(analysis: Analysis, paras: list[tuple[int, int]],
            cues_by_sent: list[list[tuple[Cue, Attribution]]],
            ) -> list[tuple[int, int, Attribution]]:
    """The items of a list set out below a sentence that gives its source and ends on a colon
    ("Two officials described the measures under study:", "The ministry listed its demands:")
    are that source's words, up to the first paragraph that is not a list."""
    text = analysis.text
    out: list[tuple[int, int, Attribution]] = []
    sents = list(analysis.doc.sents)
    for i, (a, b) in enumerate(paras[:-1]):
        if not text[a:b].rstrip().endswith(":"):
            continue
        last = next((si for si in range(len(sents) - 1, -1, -1)
                     if a <= sents[si].start_char < b), None)
        attr = _source_cue(cues_by_sent, last) if last is not None else None
        if attr is None:
            continue
        for c, d in paras[i + 1:]:
            lines = [ln for ln in text[c:d].split("\n") if ln.strip()]
            if not lines or not all(BULLET.match(ln) for ln in lines):
                break
            out.append((c, d, attr))
    return out


def _source_cue(cues_by_sent: list[list[tuple[Cue, Attribution]]], si: int) -> Attribution | None:
    """The last cue of sentence `si` that names a source ("according to" included), not the
    newsroom's own ("our team reported")."""
    found = [attr for cue, attr in cues_by_sent[si] if attr.kind != "author"
             and not cue.first_person and (attr.source or "").split(" ")[0].lower()
             not in ("our", "we", "i", "my")]
    return found[-1] if found else None


def _record_speaker(m: re.Match[str]) -> str | None:
    """The speaker a mixed-case turn label names: the name after an honorific ("Mr Ferrant",
    "Dr Ana Pell"), or the holder named beside an office ("The Minister of State, Home
    Office (Ms Jo Lane)" -> "Ms Jo Lane"); None for any other label ("Update:", "Note:",
    "Kyiv:", "The army said:")."""
    label = m.group("label").strip()
    aside = (m.group("aside") or "").strip()
    words = label.split()
    if not words:
        return None
    if words[0].strip(".").lower() in HONORIFICS:
        if "," in label or len(words) > 5 or not all(w[:1].isupper() for w in words):
            return None
        return label
    if words[0] != "The" or not _titled(label):
        return None
    if aside and _person_aside(aside) and aside.split()[0].strip(".").lower() in HONORIFICS:
        return aside  # "The Secretary of State for Defence (Mr Hal Roe):"
    small = {"of", "for", "and", "the"}
    if not aside and "," not in label and len(words) <= 5 and \
            all(w[:1].isupper() or w in small for w in words):
        return label  # "The Prime Minister:", "The Minister for Europe:"
    return None


def _person_aside(aside: str) -> bool:
    """A person's name in brackets beside a speaker label ("Dorin Lupașcu", "Col. Ana
    Reyes"): two to four capitalised words, no digits."""
    words = aside.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not any(ch.isdigit() for ch in w)
                                        for w in words)


# A sentence introducing the person answering an interview's questions.
INTERVIEW = re.compile(r"\b(?:spoke|speak|talked|talk|interview(?:ed)?|sat down|asked|"
                       r"reached|phoned|called|met|joined|caught up with|put (?:our|these|"
                       r"some) questions|answered (?:our|these|some|written) questions)\b",
                       re.IGNORECASE)
OBJECT_PRONOUNS = frozenset({"him", "her"})


def _interviewee(analysis: Analysis, before: int, people: list[Any],
                 ) -> tuple[str, tuple[int, int]] | None:
    """The person an interview's opening introduces ("We spoke by telephone with X", "We
    reached X, mayor of …", "X has led the police since March. We spoke to him …") and the
    span of the words introducing them (up to the name, or the whole sentence)."""
    doc = analysis.doc
    for sent in doc.sents:
        if sent.start_char >= before:
            break
        if not INTERVIEW.search(sent.text):
            continue
        who = next((p for p in people if sent.start_char <= p.start_char < sent.end_char), None)
        if who is not None:
            return str(who.text), (sent.start_char, who.end_char)
        named = _proper_subject(sent)
        if named is not None:  # "Hanna Wolde-Mariam, a retired diplomat, spoke to us": a
            # name the tagger missed, as the subject of the verb of the interview
            return analysis.text[named[0]:named[1]], (sent.start_char, named[1])
        if any(t.lower_ in OBJECT_PRONOUNS for t in sent):
            # "X runs the clinic in Y. We spoke to him": the first person named in the
            # closest sentence before that names one
            before_people = [p for p in people if p.end_char <= sent.start_char]
            who = None
            if before_people:
                last_sent = before_people[-1].sent
                who = next(p for p in before_people if p.sent.start == last_sent.start)
            if who is not None:
                end = len(analysis.text[:sent.end_char].rstrip(" .\n"))
                return str(who.text), (sent.start_char, end)
    return None


def _proper_subject(sent: Any) -> tuple[int, int] | None:
    """The span of a name of two or more capitalised words (no place, group or country)
    that is the subject of the main verb of a sentence introducing an interview ("X spoke
    to us", "X answered our questions")."""
    for tok in sent:
        if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.head.i != sent.root.i:
            continue
        words = [t for t in tok.subtree if t.i <= tok.i and (
            t.dep_ in ("compound", "nsubj") and t.pos_ == "PROPN" or t.text in ("-", "‑"))]
        names = [t for t in words if t.pos_ == "PROPN"]
        # a name the tagger took for a body counts when a description of a person stands
        # beside it ("X, a retired diplomat, …")
        described = any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in tok.children)
        if len(names) < 2 or words[0].i + len(words) - 1 != tok.i \
                or any(t.ent_type_ in ("GPE", "NORP", "LOC", "FAC")
                       or t.ent_type_ == "ORG" and not described for t in words):
            continue
        return words[0].idx, tok.idx + len(tok.text)
    return None


def _unlabelled_turns(analysis: Analysis, paras: list[tuple[int, int]], people: list[Any],
                      ) -> list[tuple[int, int, Attribution]]:
    """The answers of an interview laid out without speaker labels: question paragraphs (one
    line ending in "?") alternating with answer paragraphs, after an opening that introduces
    the person asked ("We spoke by telephone with X, …"). The answers are X's words."""
    text = analysis.text
    asked = [i for i, (a, b) in enumerate(paras)
             if text[a:b].strip().endswith("?") and "\n" not in text[a:b].strip()]
    if len(asked) < 2:
        return []
    first = asked[0]
    # every question sits on a question turn: paragraphs alternate from the first one
    if any((i - first) % 2 for i in asked) or first == 0:
        return []
    guest = _interviewee(analysis, paras[first][0], people)
    if guest is None:
        return []
    source, (start, end) = guest
    attr = Attribution(id=f"attr{len(analysis.attributions)}", kind="named", source=source,
                       cue=text[start:end], span=analysis.span(start, end))
    analysis.attributions.append(attr)
    return [(a, b, attr) for i, (a, b) in enumerate(paras)
            if i > first and (i - first) % 2 == 1 and i not in asked]


# Verbs whose subject speaks the act they name: a call, a demand, a condemnation, a vow.
SPEECH_ACTS = frozenset({"call", "urge", "demand", "appeal", "condemn", "denounce", "threaten",
                         "vow", "pledge", "criticise", "criticize", "ask", "request", "protest",
                         "warn", "insist", "reiterate", "reject", "dismiss", "refute", "rebuff",
                         "blame",
                         # an offer or a proposal put to others ("the representative of X
                         # offered help", "Norway proposed talks")
                         "offer", "propose",
                         # a verdict passed in words on another's act, blame or praise
                         # ("the governor lambasted the agencies", "Russia deplored the
                         # bombing", "Egypt hailed the swap")
                         "deplore", "decry", "slam", "blast", "lambast", "lambaste",
                         "castigate", "berate", "rebuke", "chide", "censure", "hail",
                         "praise", "commend", "welcome", "applaud", "laud",
                         # a plea put to someone ("implored donors to …")
                         "plead", "implore", "beseech", "exhort"})
# Of those, the verbs of a verdict that are also verbs of a blow or of a noise ("slammed
# into", "blasted through", "the crowd applauded"): a speech act only with what they judge.
VERDICTS = frozenset({"slam", "blast", "hail", "welcome", "applaud", "praise", "commend",
                      "laud", "deplore", "decry", "lambast", "lambaste", "castigate", "berate",
                      "rebuke", "chide", "censure"})
# Verbs that are a speech act only with a particle or a phrase that makes them one: a claim
# or a request waved away ("brushed the charge aside", "turned the appeal down", "shrugged off
# the criticism"), blame laid on someone ("pinned the attack on X", "pointed the finger at
# X"), and a request pressed ("pressed the government for a base").
PHRASAL_SPEECH = {"brush": ("off", "aside", "away"), "shrug": ("off", "aside"),
                  "wave": ("off", "aside", "away"), "swat": ("away", "aside", "off"),
                  "turn": ("down",), "laugh": ("off",), "play": ("down",)}
# What a claim or a plea is called when it is waved away ("brushed off the charge").
CLAIM_OBJECTS = frozenset({"charge", "accusation", "allegation", "claim", "criticism", "report",
                           "request", "appeal", "demand", "call", "offer", "proposal", "warning",
                           "complaint", "protest", "note", "suggestion", "idea", "plea",
                           "account", "version", "assertion", "concern", "threat", "ultimatum",
                           "invitation", "plan", "accusations", "charges", "claims",
                           "allegations", "criticisms", "reports", "demands", "calls",
                           "offers", "it", "this", "that", "them"})
# Nouns of a speech act made with a light verb ("lodged a protest", "issued a warning").
SPEECH_NOUNS = frozenset({"protest", "complaint", "warning", "appeal", "demand", "ultimatum",
                          "condemnation", "plea", "objection", "rebuke", "denial", "accusation",
                          "request", "call"})
LIGHT_VERBS = frozenset({"lodge", "file", "issue", "voice", "deliver", "register", "make",
                         "send", "launch",
                         # a plea made again ("repeated its call for", "renewed its appeal")
                         "repeat", "renew", "reiterate", "restate"})
# Of the verdicts, those that are also a blow, a noise or a welcome in person ("missiles
# slammed the city", "artillery blasted the ridge", "the camp welcomed 3,000 refugees", "the
# audience applauded the orchestra", "hailed a taxi"): a verdict only on what can be judged.
BLOWS = frozenset({"slam", "blast", "hail", "welcome", "applaud"})
# What a verdict, a blame or a plea is passed on: an act, a decision, a text or a claim
# ("slammed the decision", "welcomed the ceasefire deal", "pinned the blame on X"); no
# place, thing or crowd ("slammed rebel positions", "welcomed the guests").
JUDGED = CLAIM_OBJECTS | frozenset({
    "decision", "move", "step", "measure", "ruling", "verdict", "judgment", "judgement",
    "policy", "law", "bill", "budget", "deal", "agreement", "accord", "pact", "treaty",
    "ceasefire", "cease-fire", "truce", "release", "swap", "exchange", "handover", "vote",
    "election", "referendum", "outcome", "resolution", "initiative", "talks", "announcement",
    "remarks", "comment", "comments", "statement", "speech", "response", "handling",
    "conduct", "action", "actions", "behaviour", "behavior", "reform", "visit", "progress",
    "effort", "efforts", "approach", "stance", "strategy", "news", "sanction", "sanctions",
    "embargo", "ban", "expulsion", "execution", "executions", "attack", "attacks", "raid",
    "raids", "strike", "strikes", "airstrike", "airstrikes", "bombing", "bombings", "shelling",
    "killing", "killings", "murder", "massacre", "arrest", "arrests", "detention", "invasion",
    "incursion", "offensive", "assault", "ambush", "blockade", "siege", "occupation",
    "annexation", "deployment", "withdrawal", "crackdown", "violence", "arson", "blast",
    "explosion", "bombardment", "abduction", "kidnapping", "shooting", "incident",
    "blame", "responsibility", "fault", "stand", "gesture", "pledge", "commitment",
    "promise", "bid", "appointment", "nomination", "cut", "hike", "victory", "win", "result"})
# Words of a span of time, which "for" and "over" may take ("pressed their attack for a third
# day", "blasted the town over the weekend"): no reason given.
TIME_WORDS = frozenset({"day", "days", "hour", "hours", "week", "weeks", "month", "months",
                        "year", "years", "night", "nights", "time", "while", "minute",
                        "minutes", "weekend", "decade", "morning", "afternoon", "evening"})


OFFERS = frozenset({"offer", "propose"})
# What a side can put to others in words: talks, help, a truce, a plan.
OFFERED_THINGS = frozenset({"talks", "talk", "help", "assistance", "aid", "support", "mediation",
                            "truce", "ceasefire", "cease-fire", "plan", "deal", "dialogue",
                            "negotiations", "meeting", "exchange", "swap", "amnesty", "pause",
                            "settlement", "compromise", "guarantee", "guarantees", "proposal",
                            "services", "corridor", "referendum", "election", "elections"})


def _offered_to_others(tok: Any) -> bool:
    """An offer or proposal made in words: with a clause ("offered to host talks") or an
    object naming what can be put to others ("proposed a truce", "offered its help"), never
    with "no"/"little" ("offered no resistance")."""
    if any(c.dep_ == "xcomp" for c in tok.children):
        return True
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in OFFERED_THINGS or o.lower_ in OFFERED_THINGS
               for o in objs) and not any(
        d.dep_ == "det" and d.lower_ in ("no", "little", "any") for o in objs
        for d in o.children)


def _own_speech(analysis: Analysis, event: Event, sents: list[Any],
                cues_by_sent: list[list[tuple[Cue, Attribution]]]) -> Attribution | None:
    """A speech act whose trigger has a subject that names its speaker ("UN rights chief
    Michelle Bachelet called for a cease-fire", "She accused the rebels" after the minister
    is named): the claim is the speaker's, unless the speaker is the document's own author
    or outlet. Where the next sentence gives the text it was made in ("The party rejected
    the account. In a statement posted online, it said …"), the text is the source."""
    tok = _speech_verb(_trigger_token(analysis, event))
    if tok is None:
        return None
    if tok.lemma_.lower() in OFFERS and not _offered_to_others(tok):
        return None  # "offered no resistance", "offered shelter": no words put to anyone
    if any(c.dep_ == "neg" for c in tok.children):
        return None  # "the governor has not asked for troops": the writer says it did not
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and tok.dep_ == "relcl" and subj.lower_ in ("who", "which", "that"):
        subj = tok.head  # "the authorities in X, who dismissed it": the one the clause is of
    verb = tok
    while subj is None and verb.dep_ == "conj" and _speech_verb(verb.head) is not None \
            and _addressed(tok):
        # "The embassy deplored the arrests and called for calm …": the subject of the first
        # speech act ("landed at the airstrip and requested fuel" is told by the writer)
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "DET":
        return None
    if subj.pos_ == "PRON":
        return _pronoun_speech(analysis, tok, subj)
    si = _sent_index(sents, tok)
    # "The front denied it, saying in a communique read on its radio that …": the text it
    # was said in
    text = next((attr for cue, attr in (cues_by_sent[si] if si is not None else [])
                 if cue.kind == "document" and cue.framed and cue.verb.head.i == tok.i
                 and cue.verb.i > tok.i), None) or _text_next(analysis, tok, sents, cues_by_sent)
    if text is not None:
        return text
    kind, source, (a, b) = classify(subj)
    # "a recording credited to the militia warned …": a text's own act is the text's
    if kind not in ("named", "anonymous", "document") or not source:
        return None
    d = analysis.document
    own = {x.casefold() for x in (d.author, d.outlet, d.original_source) if x}
    if any(source.casefold() in x or x in source.casefold() for x in own):
        return None
    if _home_office(subj, own):
        return None  # "The Ministry of Foreign Affairs lodged a protest" in the state's release
    if _place_for_state(subj) and not _meeting(analysis):
        return None  # "Caracas dismissed the allegation", "Ankara brushed it aside": a capital
        # or a country names no one who spoke; the writer tells what the state did
    if _standing(tok):
        return None  # "has long accused X", "rejected it last year": a stance the writer sums up
    doc = analysis.doc
    start, end = doc[a].idx, tok.idx + len(tok.text)
    attr = Attribution(id=f"attr{len(analysis.attributions)}", kind=kind, source=source,
                       cue=analysis.text[start:end], span=analysis.span(start, end))
    analysis.attributions.append(attr)
    return attr


# Prepositions of a blow or a movement ("slammed into the depot", "blasted through the wall"):
# no speech act.
MOTION_PREPS = frozenset({"into", "onto", "through", "against", "across", "past", "at"})


def _speech_verb(tok: Any) -> Any:
    """The verb of a speech act made by its subject, if `tok` is one: a verb of the class
    ("urged", "deplored", "hailed the swap"), a phrasal one ("brushed the charge aside",
    "turned the appeal down", "pinned the attack on X", "pointed the finger at X", "pressed
    the government for a base"), or a speech noun after a light verb ("lodged a protest",
    "issued a warning": the light verb). None for the blow of "missiles slammed into"."""
    if tok is None:
        return None
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEECH_NOUNS and tok.dep_ == "dobj" \
            and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in LIGHT_VERBS:
        if tok.lemma_.lower() == "call" and not any(
                c.dep_ == "prep" and c.lower_ == "for" or c.dep_ in ("acl", "relcl")
                and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
                for c in tok.children):
            return None  # "made a call to her mother", "the referee made a call": no plea
        return tok.head
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    objs = [c for c in kids if c.dep_ == "dobj"]
    if lemma in SPEECH_ACTS:
        if lemma in VERDICTS and (not objs and not any(c.dep_ in ("ccomp", "xcomp")
                                                          for c in kids)
                                  or any(c.dep_ == "prep" and c.lower_ in MOTION_PREPS
                                         for c in kids)):
            return None  # "the shells slammed into the depot", "the crowd applauded"
        if lemma in BLOWS and not _judging(tok, objs):
            return None  # "missiles slammed the city", "the camp welcomed 3,000 refugees"
        return tok
    # the particle, or the same word read as a preposition ("turned the appeal down the
    # next day"); the object that names a claim keeps out "turned down the road"
    parts = {c.lower_ for c in kids if c.dep_ in ("prt", "advmod", "prep")}
    if lemma in PHRASAL_SPEECH and parts & set(PHRASAL_SPEECH[lemma]) \
            and any(o.lemma_.lower() in CLAIM_OBJECTS or o.lower_ in CLAIM_OBJECTS
                    for o in objs):
        return tok
    preps = {c.lower_ for c in kids if c.dep_ == "prep"}
    # "pinned the attack on X": the parser may hang "on X" on the object
    held = {c.lower_ for o in objs for c in o.children if c.dep_ == "prep"}
    if lemma == "pin" and "on" in preps | held and any(_judged(o) for o in objs):
        return tok  # "pinned the attack on the cartel" (not "pinned his rival on the mat")
    if lemma == "point" and any(o.lemma_.lower() == "finger" for o in objs):
        return tok  # "pointed the finger at army aircraft"
    if lemma == "press" and all(_a_party(o) for o in objs) and (
            any(c.dep_ == "xcomp" for c in kids) or any(
                c.dep_ == "prep" and c.lower_ == "for" and not _a_span(c) for c in kids)):
        # "pressed Kabul for guarantees", "pressed the council to act", "pressed for talks"
        # (not "pressed their attack for a third day")
        return tok
    return None


def _judged(obj: Any) -> bool:
    """An object that names what a verdict or a blame is passed on (see JUDGED)."""
    return obj.lemma_.lower() in JUDGED or obj.lower_ in JUDGED


def _a_party(obj: Any) -> bool:
    """An object that names someone who can be asked: a person, a body or a state."""
    kind, _, _ = classify(obj)
    return kind in ("named", "anonymous") and source_like(obj, kind)


def _a_span(prep: Any) -> bool:
    """"for a third day", "over the weekend": a preposition that gives a span of time."""
    obj = next((o for o in prep.children if o.dep_ in ("pobj", "pcomp")), None)
    return obj is None or obj.dep_ == "pobj" and (obj.ent_type_ in ("DATE", "TIME")
                                                  or obj.lemma_.lower() in TIME_WORDS)


def _judging(tok: Any, objs: list[Any]) -> bool:
    """Whether a verb of a blow, a noise or a welcome passes a verdict: with a clause, "as"
    ("hailed the swap as a step"), a reason ("slammed X for the raid", "blasted Y over its
    handling"), or an object naming what is judged ("welcomed the truce"); for a blow or a
    cry, also a party judged by a party ("Moscow slammed Kyiv"), but not one hit with an
    instrument ("Russia blasted Kharkiv with missiles")."""
    kids = list(tok.children)
    if any(c.dep_ in ("ccomp", "xcomp") for c in kids):
        return True
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "as":
            return True
        if c.dep_ == "prep" and c.lower_ in ("for", "over") and not _a_span(c):
            obj = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and (_judged(obj) or obj.tag_ == "VBG"):
                return True
    # "an exchange, which the council welcomed": the noun the clause is of
    objs = [tok.head if o.lower_ in ("which", "that") and tok.dep_ == "relcl" else o
            for o in objs]
    if any(_judged(o) for o in objs):
        return True
    if tok.lemma_.lower() in ("welcome", "applaud") or any(
            c.dep_ == "prep" and c.lower_ == "with" for c in kids):
        return False  # "welcomed the envoy", "applauded the orchestra", "blasted Kharkiv
        # with missiles": a reception, a blow
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    return subj is not None and subj.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") and any(
        o.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for o in objs)


# Words of a state body's name: a text issued by one speaks for its state (an aid group's
# "country office" is none).
ISSUER = re.compile(r"\b(?:ministry|department|embassy|presidency|command|army|navy|government|"
                    r"division|general staff|press office|press service)\b")
# Words of a newspaper's or a broadcaster's name.
PRESS = re.compile(r"\b(?:times|news|post|herald|journal|gazette|tribune|daily|weekly|magazine|"
                   r"review|bulletin|desk|newsroom|radio|tv|television|wire)\b")
# Offices of a state that a state's own release names with no country ("The Ministry of
# Foreign Affairs", "the Government").
HOME_OFFICES = frozenset({"ministry", "government", "presidency", "department", "cabinet",
                          "office", "embassy", "mission"})


def _home_office(subj: Any, own: set[str]) -> bool:
    """In a release of a state body, an office of the state named with no country ("The
    Ministry of Foreign Affairs summoned …", "the Government has asked …"): the issuer's own
    state acts, told by the issuer; "Russia's foreign ministry" is another state's."""
    if not any(ISSUER.search(x) and not PRESS.search(x) for x in own):
        return False  # "Army Times", "Navy News": a paper named for what it covers
    if subj.lemma_.lower() not in HOME_OFFICES or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return False
    return not any(t.ent_type_ in ("GPE", "NORP") or t.dep_ == "poss" for t in subj.subtree)


# Adverbs of a stance held over time rather than a statement made once ("has long accused",
# "has repeatedly demanded", "has always denied").
HABITUAL = frozenset({"long", "repeatedly", "always", "consistently", "routinely", "often",
                      "frequently", "regularly", "persistently", "historically", "constantly"})
LONG_UNITS = frozenset({"year", "years", "decade", "decades"})


def _standing(verb: Any) -> bool:
    """A speech act told as a stance kept over time or long past ("has long accused X of …",
    "has repeatedly demanded", "rejected it last year", "for years has called for …"): the
    writer's summary of a record, not a statement reported from its speaker."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in HABITUAL:
            return True
        if c.dep_ == "npadvmod" and c.lower_ in LONG_UNITS and any(
                d.lower_ in ("last", "previous") for d in c.children):
            return True  # "last year"
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                o.dep_ == "pobj" and o.lower_ in LONG_UNITS for o in c.children):
            return True  # "for years"
    return False


MEETING = re.compile(r"\b(?:security council|general assembly|board of governors|human rights "
                     r"council|meetings?|session|debate|delegations?|hears)\b", re.I)


def _meeting(analysis: Analysis) -> bool:
    """A summary of a meeting ("Security Council hears …", "UN Meetings Digest"), where states
    speak in the room through their delegations ("France called on …")."""
    d = analysis.document
    return any(MEETING.search(x) for x in (d.title, d.outlet) if x)


def _place_for_state(subj: Any) -> bool:
    """A subject that is only a country's or a capital's name ("Caracas", "New Delhi", "the
    United States"), standing for its government."""
    if subj.ent_type_ != "GPE":
        return False
    phrase = [t for t in subj.subtree if t.dep_ not in ("det", "punct")]
    return all(t.ent_type_ == "GPE" for t in phrase)


def _addressed(verb: Any) -> bool:
    """Whether a speech act is put to someone or says something ("urged partners to …",
    "called on X", "warned that …"), not a thing handed over ("pledged food packs")."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("on", "to")):
            return True
        if c.dep_ == "dobj":
            kind, _, _ = classify(c)
            if kind in ("named", "anonymous") and source_like(c, kind):
                return True
    return False


def _pronoun_speech(analysis: Analysis, tok: Any, subj: Any) -> Attribution | None:
    """"She accused the rebels of the raid": a speech act by "he" or "she" is the person's
    named last before it in the same paragraph or the one before."""
    if subj.lower_ not in ("he", "she"):
        return None
    doc = analysis.doc
    sent_start = tok.sent.start_char
    para = analysis.text.rfind("\n\n", 0, sent_start)
    para = analysis.text.rfind("\n\n", 0, para) if para > 0 else 0
    who = next((e for e in reversed(list(doc.ents)) if e.label_ == "PERSON"
                and max(para, 0) <= e.start_char and e.end_char <= subj.idx), None)
    if who is None:
        # "The information minister … he told a press conference. He blamed …": the person
        # a cue of the sentences before names by office
        return _last_person_cue(analysis, subj.idx, max(para, 0))
    start, end = subj.idx, tok.idx + len(tok.text)
    attr = Attribution(id=f"attr{len(analysis.attributions)}", kind="named",
                       source=str(who.text), cue=analysis.text[start:end],
                       span=analysis.span(start, end))
    analysis.attributions.append(attr)
    return attr


def _last_person_cue(analysis: Analysis, before: int, after: int) -> Attribution | None:
    """The latest named cue between `after` and `before` whose speaker is a person ("he told
    a press conference", "the minister said")."""
    for attr in reversed(analysis.attributions):
        if attr.kind != "named" or attr.span is None or not attr.cue:
            continue
        if after <= attr.span.start and attr.span.end <= before:
            return attr
    return None


# Nouns that take up a claim just reported ("The accusation came in a statement …").
CLAIM_NOUNS = frozenset({"accusation", "claim", "charge", "allegation", "denial", "rejection",
                         "threat", "warning", "announcement", "demand", "call", "appeal",
                         "condemnation", "statement", "claims", "accusations", "charges"})


def _texts_named_after(analysis: Analysis, sents: list[Any],
                       cues_by_sent: list[list[tuple[Cue, Attribution]]]) -> None:
    """"The front has accused the police of … The charge was made in a communique read on
    its radio": a sentence that takes up the claim just told and names, on its own verb, the
    text it came in makes the speaker's cue of the sentence before the text's (kind
    `document`)."""
    for si in range(1, len(sents)):
        prev = [pair for pair in cues_by_sent[si - 1]
                if pair[0].kind == "named" and pair[0].verb.dep_ == "ROOT"]
        if not prev or "\n" in analysis.text[sents[si - 1].end_char - 1:sents[si].start_char]:
            continue
        # the sentence opens on the claim ("The accusation …") and names the text it came in
        words = [t for t in sents[si] if not t.is_space][:2]
        if len(words) < 2 or words[0].lower_ not in ("the", "this", "that") \
                or words[1].lemma_.lower() not in CLAIM_NOUNS:
            continue
        # the text hangs on the main verb of the claim's clause (the sentence's root, or the
        # verb the claim is the subject of), where the claim came, not on a detail of it
        # ("the accusation, which X had denied in a statement, …"); a verb right after the
        # claim noun counts too where the parser hung it on the noun
        claim = words[1]
        verbs = [sents[si].root, *(c for c in claim.children
                                   if c.dep_ in ("acl", "relcl") and c.i == claim.i + 1)]
        if claim.dep_ in ("nsubj", "nsubjpass"):
            verbs.append(claim.head)
        if any(t.dep_ == "prep" and t.lower_ in ("in", "through", "via")
               and any(o.dep_ == "pobj" and o.lemma_.lower() in FRAMING_TEXTS
                       for o in t.children)
               for v in verbs for t in v.children):
            for cue, attr in prev:
                cue.kind = attr.kind = "document"


def _text_next(analysis: Analysis, tok: Any, sents: list[Any],
               cues_by_sent: list[list[tuple[Cue, Attribution]]]) -> Attribution | None:
    """The text cue opening the next sentence of the paragraph ("In a statement posted on
    its page, the party said …") when its speaker is the subject of `tok`'s act."""
    si = _sent_index(sents, tok)
    if si is None or si + 1 >= len(sents) or cues_by_sent[si]:
        return None
    # a text named in the sentences before the act: "the statement" takes that one up
    told = {t.lemma_.lower() for s in sents[max(0, si - 2):si] for t in s
            if t.pos_ == "NOUN" and t.lemma_.lower() in FRAMING_TEXTS}
    nxt = sents[si + 1]
    if "\n" in analysis.text[sents[si].end_char - 1:nxt.start_char + 1]:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    for cue, attr in cues_by_sent[si + 1]:
        if cue.kind == "document" and cue.framed and cue.start - nxt.start_char <= 1 \
                and not _other_speaker(cue, subj):
            return attr
        if cue.kind == "document" and cue.framed and _same_body(cue, subj):
            return attr  # "X brushed the request aside. …, the ministry said in a communique"
        # '"…," the declaration says': the text the act was made in, taken up by "the"
        a, b = cue.source_tokens
        head = cue.verb.doc[a:b].root
        if cue.kind == "document" and head.lemma_.lower() in FRAMING_TEXTS \
                and head.lemma_.lower() not in told and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their")
                for c in head.children) and not any(c.dep_ == "prep" for c in head.children):
            return attr
    return None


def _other_speaker(cue: Cue, subj: Any) -> bool:
    """Whether a text cue names a speaker other than the act's subject: "masked men claiming
    to speak for the cartel" after "the governor pinned the attack on the cartel", not "it",
    "the party" again or the same name."""
    a, b = cue.source_tokens
    doc = cue.verb.doc
    head = doc[a:b].root
    if subj is None or head.pos_ in ("PRON", "DET") or _same_body(cue, subj):
        return False
    mine = {t.lower_ for t in subj.subtree if t.is_alpha and t.pos_ != "DET"}
    theirs = {t.lower_ for t in doc[a:b] if t.is_alpha and t.pos_ != "DET"}
    if mine & theirs:
        return False
    # "the opposition party" takes up the one just named; a name of its own, or an
    # indefinite phrase ("masked men", "a group"), brings in someone new
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their")
                   for c in head.children)
    return not definite or any(t.pos_ == "PROPN" for t in doc[a:b])


def _same_body(cue: Cue, subj: Any) -> bool:
    """Whether a text cue's speaker is taken up by "the" with the head noun of `subj`, a body
    ("Ghana's foreign ministry …" then "the ministry said in a communique")."""
    if subj is None or subj.pos_ != "NOUN":
        return False
    a, b = cue.source_tokens
    head = cue.verb.doc[a:b].root
    return bool(head.lemma_.lower() == subj.lemma_.lower() and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children))


FAMILY = {"ASSAULT": "force", "COERCE": "force", "SANCTION": "force"}


def _told_next(analysis: Analysis, event: Event, sents: list[Any],
               cues_by_sent: list[list[tuple[Cue, Attribution]]]) -> Attribution | None:
    """An act told bare, whose details the next sentence gives on someone's word, opening on
    "According to X": X is the source of the account of the act."""
    tok = _trigger_token(analysis, event)
    si = _sent_index(sents, tok) if tok is not None else None
    if si is None or si + 1 >= len(sents) or cues_by_sent[si]:
        return None
    nxt = sents[si + 1]
    if "\n\n" in analysis.text[sents[si].end_char - 1:nxt.start_char + 1]:
        return None
    opening = next(((c, a) for c, a in cues_by_sent[si + 1]
                    if c.according and c.start - nxt.start_char <= 1), None)
    if opening is None:
        return None
    family = FAMILY.get(event.type, event.type)
    same = any(FAMILY.get(e.type, e.type) == family for e in analysis.events
               if e.id != event.id and nxt.start_char <= e.trigger.start < nxt.end_char)
    return opening[1] if same else None


def _backshifted(analysis: Analysis, event: Event, sents: list[Any],
                 cues_by_sent: list[list[tuple[Cue, Attribution]]]) -> Attribution | None:
    """"The EU has pledged aid, he said. If Tiraspol closed the crossings, the Government
    would open corridors": a sentence with no cue of its own whose act is put with the
    backshifted "would" of reported speech goes on with the speaker of the sentence just
    before it in the paragraph, when that sentence closes on its speaker."""
    tok = _trigger_token(analysis, event)
    si = _sent_index(sents, tok) if tok is not None else None
    if si is None or si == 0 or cues_by_sent[si] or not cues_by_sent[si - 1]:
        return None
    if "\n\n" in analysis.text[sents[si - 1].end_char - 1:sents[si].start_char + 1]:
        return None
    if _inside_quote(analysis.text, sents[si].start_char, tok.idx):
        return None
    clause = next((t for t in [tok, *tok.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if clause is None or not any(c.dep_ == "aux" and c.lower_ == "would"
                                 for c in clause.children):
        return None
    # "if X closed …, Y would": the shifted "if X closes, Y will" of the speaker
    if not any(c.dep_ == "advcl" and c.tag_ == "VBD" and any(
            m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
            for c in clause.children):
        return None
    cue, attr = cues_by_sent[si - 1][-1]
    if cue.kind not in ("named", "anonymous") or cue.first_person or cue.verb.tag_ != "VBD" \
            or not is_final(cue.verb):
        return None
    return attr


# Words of an office that name the speaker of a briefing's turn ("DIRECTOR-GENERAL:",
# "SPOKESPERSON:", "DEPUTY MINISTER:"); the outlet's own labels are in OWN_LABELS.
TITLE_WORDS = frozenset({"director", "director-general", "spokesperson", "spokesman",
                         "spokeswoman", "minister", "secretary", "ambassador", "envoy",
                         "general", "colonel", "commander", "governor", "mayor", "president",
                         "chief", "commissioner", "official", "prefect", "chairman", "chair",
                         "chairwoman", "captain", "admiral", "representative", "coordinator",
                         "capt", "col", "gen", "lt", "maj", "cmdr", "cdr", "adm", "brig",
                         "sgt", "cpt", "supt"})


def _titled(label: str) -> bool:
    words = {w.strip(".").lower() for w in re.split(r"[\s]+", label)}
    parts = {p for w in words for p in w.split("-")}
    return bool((words | parts) & TITLE_WORDS)


def _names_person(label: str, people: list[Any]) -> bool:
    """Whether an upper-case label holds a word of a person's name met in the text."""
    words = {w.strip(".").lower() for w in label.split()}
    return any(w.lower() in words for p in people for w in str(p.text).split() if len(w) > 2)


def _frame_in(analysis: Analysis, a: int, b: int,
              cues_by_sent: list[list[tuple[Cue, Attribution]]]) -> Attribution | None:
    """The document cue of a sentence in `a:b` that introduces a text to follow."""
    for sent, cues in zip(analysis.doc.sents, cues_by_sent, strict=False):
        if not (a <= sent.start_char < b) or not FRAME.search(sent.text):
            continue
        for cue, attr in cues:
            if cue.kind == "document":
                return attr
        return _address_speaker(analysis, a, sent.end_char)
    return None


def _address_speaker(analysis: Analysis, a: int, b: int) -> Attribution | None:
    """The speaker of a speech reproduced below its frame, named in the frame's paragraph as
    the subject of a verb of speaking in person ("The defence minister addressed officers
    …. We publish an excerpt from the transcript"): a `named` source, the subject's words."""
    for sent in analysis.doc.sents:
        if not (a <= sent.start_char < b):
            continue
        root = sent.root
        if root.lemma_.lower() not in ADDRESS_VERBS or root.tag_ in ("VB", "VBG"):
            continue
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in ("we", "i", "it", "they", "this", "that"):
            continue
        if not (subj.ent_type_ == "PERSON" or _titled(subj.text)
                or subj.lower_ in TITLE_WORDS):
            continue
        start = subj.left_edge.idx
        end = subj.idx + len(subj.text)
        made = Attribution(id=f"attr{len(analysis.attributions)}", kind="named",
                           source=analysis.text[start:end], cue=analysis.text[start:end],
                           span=analysis.span(start, end))
        analysis.attributions.append(made)
        return made
    return None


def attribution_shares(analysis: Analysis | dict[str, Any]) -> dict[str, float]:
    """Share of the document's events by attribution kind: every kind is listed and the
    shares sum to 1 (all 0 without events). Takes an `Analysis` or its contract dict."""
    if isinstance(analysis, dict):
        kinds = {a["id"]: a["kind"] for a in analysis.get("attributions", [])}
        ids = [e.get("attribution_id") for e in analysis.get("events", [])]
    else:
        kinds = {a.id: a.kind for a in analysis.attributions}
        ids = [e.attribution_id for e in analysis.events]
    counts = Counter(kinds.get(i or "", "author") for i in ids)
    total = sum(counts.values())
    return {k: (counts[k] / total if total else 0.0) for k in KINDS}


def _continue_speaker(cue: Cue, last: Cue | None, sents: list[Any], si: int) -> Cue | None:
    """"Two people familiar with it told Reuters. …, they said": a pronoun cue takes the kind
    and source of the speaker named just before; returns the cue to remember next."""
    a, b = cue.source_tokens
    doc = cue.verb.doc
    first = doc[a]
    # "they said", but not "its interior ministry says": the phrase must be the pronoun alone
    head = doc[a:b].root
    pronoun = (head.pos_ == "PRON" or (first.pos_ == "DET" and b - a == 1)) \
        and (not cue.according or first.lower_ in ("him", "her"))  # "according to him"
    near = last is not None and si - _sent_of(sents, last.verb_i) <= 2
    if not pronoun:
        # "according to rights groups … the groups said": the same unnamed speakers again
        if near and last is not None and cue.kind == "named" and last.kind == "anonymous" \
                and first.lower_ == "the" and _same_head(cue, last):
            cue.kind = "anonymous"
        return cue
    if last is not None and near:
        if not cue.framed:  # "In a statement, it said": a text's word, by the last speaker
            cue.kind = last.kind
        cue.source = last.source
    elif _generic_they(cue):  # "They say it will be paid": people say, no one in particular
        cue.kind, cue.source = "anonymous", None
    return last


def _one_speaker(cue: Cue) -> bool:
    """Whether a cue's speaker could be "he" or "she" later: not several people ("two
    officers") and no text passed around ("accounts spreading on social media")."""
    a, b = cue.source_tokens
    head = cue.verb.doc[a:b].root
    return head.tag_ not in ("NNS", "NNPS") and head.lemma_.lower() not in DOCUMENT_HEADS


def _generic_they(cue: Cue) -> bool:
    """"They say …" in the present with no speaker named just before: the impersonal
    "they" of hearsay, not a body that speaks."""
    a, b = cue.source_tokens
    doc = cue.verb.doc
    return b - a == 1 and doc[a].lower_ == "they" and cue.verb.lemma_ == "say" \
        and cue.verb.tag_ == "VBP" and not cue.according


def _personal_pronoun(cue: Cue) -> bool:
    """"she said", "he told reporters": a speaker who is a person, never a text."""
    a, b = cue.source_tokens
    word = cue.verb.doc[a].lower_
    return b - a == 1 and (word in ("he", "she") and not cue.according
                           or word in ("him", "her") and cue.according)


# Words of a document's own name that say nothing of who it is.
OWN_FILLER = frozenset({"the", "of", "and", "for", "press", "release", "unofficial", "official",
                        "english", "text", "summary", "staff", "news", "digest"})
# Heads of a body that may stand alone for the document's issuer ("The Ministry").
OWN_BODIES = frozenset({"ministry", "government", "office", "department", "embassy", "mission",
                        "presidency", "council", "secretariat", "desk", "newsroom", "command"})


def _own_names(analysis: Analysis) -> list[set[str]]:
    d = analysis.document
    names = (d.author, d.outlet, d.original_source)
    return [set(re.findall(r"[a-z]+", n.casefold())) for n in names if n]


# Words that many bodies' names share ("foreign ministry", "press office").
BODY_WORDS = frozenset({"ministry", "foreign", "affairs", "defence", "defense", "office",
                        "government", "department", "national", "army", "command", "armed",
                        "forces", "spokesperson", "spokesman", "information", "public",
                        "interior", "security", "service", "directorate", "general"})


def _is_own(source: str | None, own: list[set[str]]) -> bool:
    """Whether a cue's source is the document's own author or issuer: at least two of its
    words, and two thirds of them, belong to one of the document's own names."""
    if not source:
        return False
    words = [w for w in re.findall(r"[a-z]+", source.casefold()) if w not in OWN_FILLER]
    for name in own:
        inside = [w for w in words if w in name]
        # every word that tells one body from another must be in the name: "the Russian
        # foreign ministry" is not the Estonian ministry's own "Ministry of Foreign Affairs"
        telling = [w for w in words if w not in BODY_WORDS]
        if len(inside) >= 2 and 3 * len(inside) >= 2 * len(words) \
                and all(w in name for w in telling):
            return True
    return False


def _own_voice(analysis: Analysis, sent: Any, cues: list[Cue],
               own: list[set[str]]) -> Cue | None:
    """A sentence whose subject is the document's own issuer or outlet ("Horn Desk could not
    verify …", "The Ministry continues to gather information", in a ministry's release "The
    Government of Japan does not accept …"): the author speaks (kind `author`)."""
    if not own:
        return None
    # the sentence's main verb, or a check it reports on ("…; the Herald could not verify it")
    verbs = [sent.root, *(t for t in sent if t.i != sent.root.i and t.pos_ == "VERB"
                          and t.lemma_.lower() in VERIFY_VERBS)]
    for root in verbs:
        cue = _own_subject(root, cues, own)
        if cue is not None:
            return cue
    return None


def _own_subject(root: Any, cues: list[Cue], own: list[set[str]]) -> Cue | None:
    """An author cue for `root` when its subject names the document's own issuer or outlet."""
    if root.pos_ not in ("VERB", "AUX") or any(c.verb.i == root.i for c in cues):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [t for t in subj.subtree if t.is_alpha and t.lower_ not in OWN_FILLER
             and t.pos_ != "DET"]
    if not words or any(a <= subj.i < b for c in cues for a, b in [c.source_tokens]):
        return None
    head = subj.lower_
    # "The Ministry", or the outlet's own acronym ("NNSP cannot verify"), not "The UN"
    # or the outlet's short name after "the" ("the Herald" for the "Frontier Herald")
    lone = len(words) == 1 and (head in OWN_BODIES or (subj.text.isupper() and len(head) > 2)
                                or (subj.pos_ == "PROPN" and any(
                                    c.dep_ == "det" and c.lower_ == "the"
                                    for c in subj.children)))
    for name in own:
        inside = [t for t in words if t.lower_ in name]
        if head in name and (lone or (len(words) > 1 and 3 * len(inside) >= 2 * len(words))):
            break
        # a ministry's release calling its state's government by name
        places = [t for t in words if t.i != subj.i and t.pos_ == "PROPN"]
        if head == "government" and places and all(t.lower_ in name for t in places) \
                and name & OWN_BODIES:
            break
    else:
        return None
    end = root.idx + len(root.text)
    return Cue("author", None, subj.left_edge.idx, end, root, (subj.i, subj.i + 1),
               first_person=True)


def _same_head(cue: Cue, other: Cue) -> bool:
    """Whether two source phrases end in the same noun ("human rights groups", "the groups")."""
    doc = cue.verb.doc
    mine = doc[cue.source_tokens[0]:cue.source_tokens[1]].root.lemma_.lower()
    theirs = other.verb.doc[other.source_tokens[0]:other.source_tokens[1]].root.lemma_.lower()
    return bool(mine == theirs)


def _sent_of(sents: list[Any], i: int) -> int:
    return next((k for k, s in enumerate(sents) if s.start <= i < s.end), -99)


def _author_attribution(analysis: Analysis) -> Attribution:
    d = analysis.document
    source = d.author or d.outlet or d.original_source
    return Attribution(id="attr0", kind="author", source=source, cue=None,
                       span=analysis.span(0, 0))


def _trigger_token(analysis: Analysis, event: Event) -> Any:
    doc = analysis.doc
    if event.trigger_token is not None and 0 <= event.trigger_token < len(doc):
        return doc[event.trigger_token]
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is not None and len(span):
        return span.root
    for tok in doc:
        if tok.idx <= event.trigger.start < tok.idx + len(tok.text) + 1:
            return tok
    return None


def _governing(analysis: Analysis, event: Event, sents: list[Any],
               cues_by_sent: list[list[tuple[Cue, Attribution]]]) -> Attribution | None:
    tok = _trigger_token(analysis, event)
    if tok is None:
        return None
    si = _sent_index(sents, tok)
    cues = cues_by_sent[si] if si is not None else []
    if not cues:
        return None
    by_verb: dict[int, list[tuple[Cue, Attribution]]] = {}
    # "we put the claim to the army, who denied it": the writer's question claims nothing
    cues = [pair for pair in cues if not pair[0].inquiry and not _unsaid(pair[0])
            # "has long accused Chad of …": the writer sums up a stance
            and not (pair[0].verb_i == tok.i and _standing(tok))]
    for pair in cues:
        if not pair[0].according:
            by_verb.setdefault(pair[0].verb_i, []).append(pair)
    # 1. the innermost reporting verb above the trigger, unless the trigger is in its subject;
    #    a "reportedly" gives way to a named speaker further up who relays it
    governing: list[tuple[Cue, Attribution]] = []
    for node in [tok, *tok.ancestors]:
        for cue, attr in by_verb.get(node.i, []):
            a, b = cue.source_tokens
            if not a <= tok.i < b:  # not when the event sits in the source phrase
                governing.append((cue, attr))
    if governing:
        return next((attr for cue, attr in governing if not cue.hearsay), governing[0][1])
    # 2. "according to" in the sentence
    for cue, attr in cues:
        if cue.according:
            return attr
    # 3. a link on the trigger beats a loose cue elsewhere in the sentence
    if _link_for(analysis, event, evidence=False) is not None:
        return None
    # 4. a parenthetical or root cue ("…, officials said") not inside another clause
    for cue, attr in cues:
        if cue.according:
            continue
        # a cue closing the sentence inside a relative clause ("… nine sites that Delhi
        # described as camps.") speaks of its noun, not of the whole sentence
        loose = cue.verb.dep_ in ("ROOT", "parataxis") \
            or (is_final(cue.verb) and cue.verb.dep_ not in ("relcl", "acl")) \
            or _opens_before_semicolon(cue.verb)
        if loose and not cue.label and not _in_phrase(tok, cue) and not _answers(tok, cue):
            return attr
    return None


def _unsaid(cue: Cue) -> bool:
    """A reporting verb that is negated ("Hezbollah has not claimed an attack", "Asmara does
    not comment"): no one is said to say anything; the writer tells that nothing was said."""
    verb = cue.verb
    if cue.first_person or not any(c.dep_ == "neg" for c in verb.children):
        return False
    # "would not say whether troops might push on": the question left open is the speaker's
    return not any(c.dep_ in ("ccomp", "advcl") and any(
        m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
        for c in verb.children)


def _answers(tok: Any, cue: Cue) -> bool:
    """"X said A; the army dismissed that toll": a speech act with a speaker of its own,
    whose clause holds the cue, answers the cue rather than being reported by it."""
    if tok.lemma_.lower() not in SPEECH_ACTS or not tok.is_ancestor(cue.verb):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.i > cue.verb.i


def _opens_before_semicolon(verb: Any) -> bool:
    """"X said A; no one was killed": the parser may hang the speaker's clause under the
    clause after the semicolon; the speaker still opens the sentence and reports all of it."""
    head = verb.head
    return bool(verb.dep_ == "ccomp" and verb.i < head.i and any(
        c.text == ";" and verb.i < c.i < head.i for c in head.children))


def _in_phrase(tok: Any, cue: Cue) -> bool:
    a, b = cue.source_tokens
    return bool(a <= tok.i < b)


def _sent_index(sents: list[Any], tok: Any) -> int | None:
    for i, s in enumerate(sents):
        if s.start <= tok.i < s.end:
            return i
    return None


def _quoted_speaker(analysis: Analysis, event: Event, sents: list[Any],
                    cues_by_sent: list[list[tuple[Cue, Attribution]]]) -> Attribution | None:
    """A sentence inside a quotation opened earlier keeps the quoted speaker."""
    tok = _trigger_token(analysis, event)
    if tok is None:
        return None
    si = _sent_index(sents, tok)
    if si is None:
        return None
    text = analysis.text
    if not _inside_quote(text, sents[si].start_char, tok.idx):
        return None
    for j in (si - 1, si + 1):  # the cue of the quote sits just before or just after
        if 0 <= j < len(sents) and cues_by_sent[j]:
            between = text[min(sents[j].end_char, sents[si].end_char):
                           max(sents[j].start_char, sents[si].start_char)]
            if "\n\n" in between:
                continue
            cues = [ca for ca in cues_by_sent[j] if not ca[0].according]
            if cues:
                return cues[-1][1] if j < si else cues[0][1]
    return None


def _inside_quote(text: str, sent_start: int, offset: int) -> bool:
    """Whether `offset` sits inside quotation marks opened in its paragraph."""
    para_start = text.rfind("\n\n", 0, offset)
    para_start = 0 if para_start < 0 else para_start
    before = text[para_start:offset]
    opened = before.count("“") - before.count("”")
    if opened > 0:
        return True
    return before.count('"') % 2 == 1


def _link_for(analysis: Analysis, event: Event, evidence: bool) -> Link | None:
    """A link on the trigger, or (with `evidence`) on the words of the trigger's own clause."""
    links = analysis.document.links
    if not links:
        return None
    spans = [(event.trigger.start, event.trigger.end)]
    if evidence:
        spans = _clause_spans(analysis, event) or spans
    for link in links:
        for start, end in spans:
            if link.start < end and start < link.end:
                return link
    return None


def _clause_spans(analysis: Analysis, event: Event) -> list[tuple[int, int]]:
    """Char spans of the tokens in the trigger's own clause, not in clauses below it."""
    if analysis.doc is None:
        return []
    tok = _trigger_token(analysis, event)
    if tok is None:
        return []
    head = next((t for t in [tok, *tok.ancestors] if t.pos_ in ("VERB", "AUX")), tok)

    def clause_of(t: Any) -> int:
        return int(next((x for x in [t, *t.ancestors] if x.pos_ in ("VERB", "AUX")), t).i)

    return [(t.idx, t.idx + len(t.text)) for t in head.subtree if clause_of(t) == head.i]


def _link_attribution(analysis: Analysis, link: Link,
                      made: dict[int, Attribution]) -> Attribution:
    if link.start not in made:
        attr = Attribution(id=f"attr{len(analysis.attributions)}", kind="link",
                           # a blanked target ("#") still marks a citation, of an unknown source
                           source=None if link.url.startswith("#") else link.url, cue=link.text,
                           span=analysis.span(link.start, link.end))
        analysis.attributions.append(attr)
        made[link.start] = attr
    return made[link.start]


# Words by which a speaker is kept unnamed at their own request.
_UNNAMED_WORDS = frozenset({"anonymity", "anonymously"})


def _unnamed_speaker(analysis: Analysis, event: Event) -> Attribution | None:
    """A subject who spoke on condition of anonymity ("A senior official, speaking on condition
    of anonymity, ruled out ground operations", "Two officers, who spoke anonymously, denied
    the raid"): whatever their verb says, with or without a verb of saying, is told by an
    unnamed source. Only for the subject's own verb and what hangs below it."""
    tok = _trigger_token(analysis, event)
    if tok is None:
        return None
    chain = [tok, *tok.ancestors]
    for verb in chain:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        marked = any(t.lower_ in _UNNAMED_WORDS for c in subj.children
                     if c.dep_ in ("acl", "relcl", "advcl", "prep") for t in c.subtree) or any(
            t.lower_ in _UNNAMED_WORDS for c in verb.children
            if c.dep_ in ("advcl", "prep") and c.i < verb.i for t in c.subtree)
        if not marked:
            return None  # the nearest subject is the one that counts
        doc = analysis.doc
        start = subj.left_edge.idx
        end = next((c.idx for c in subj.children if c.dep_ in ("acl", "relcl") or c.is_punct
                    and c.i > subj.i), subj.idx + len(subj.text))
        end = min(end, subj.right_edge.idx + len(subj.right_edge.text))
        cue = analysis.text[start:end].rstrip(" ,")
        attr = Attribution(id=f"attr{len(analysis.attributions)}", kind="anonymous",
                           source=cue, cue=cue, span=analysis.span(start, start + len(cue)))
        del doc
        analysis.attributions.append(attr)
        return attr
    return None
