"""A line wholly in capitals (a caption, a headline, a heading) is parsed in ordinary case, with
the document's own spelling of its names, while every offset still points into the original text.

Texts written for these tests.
"""

from __future__ import annotations

from warpath.document import Document
from warpath.nlp import fold_capitals

SCRIPT = """ANCHOR: Good evening. Police in Velmora used water cannon on farmers at the Ostrava
bridge this afternoon, and the interior ministry says the bridge stays open.

[CAPTION: VELMORA RULES OUT CLOSING OSTRAVA BRIDGE]

REPORTER: The farmers say they will come back on Monday."""


def test_a_caption_in_capitals_is_folded_with_the_documents_own_names():
    folded = fold_capitals(SCRIPT)
    assert len(folded) == len(SCRIPT)
    assert "[CAPTION: Velmora rules out closing Ostrava bridge]" in folded


def test_labels_short_headings_and_mixed_lines_stay_as_written():
    text = "SUMMARY\nNEXT STEPS\nKYIV - The army said on Monday that it had shelled the bridge."
    assert fold_capitals(text) == text  # two-word headings and a dateline keep their capitals
    heading = "BACKGROUND: WHAT HAS HAPPENED\nThe talks collapsed in May."
    assert fold_capitals(heading).startswith("BACKGROUND: What has happened")


def test_an_acronym_keeps_its_capitals_when_the_text_writes_it_so():
    text = "The UN said on Friday that the talks would resume.\n\nUN TEAM REACHES THE VALLEY"
    assert fold_capitals(text).endswith("UN team reaches the valley")


def test_the_act_of_a_caption_is_found_and_quoted_in_the_original_capitals(pipeline):  # type: ignore[no-untyped-def]
    analysis = pipeline(Document(text=SCRIPT))
    hits = [e for e in analysis.events if e.evidence.text.isupper()
            and "CLOSING" in e.evidence.text]
    assert hits, [(e.type, e.evidence.text) for e in analysis.events]
    assert hits[0].status == "negated"


def test_a_text_without_lines_in_capitals_is_returned_as_it_is():
    text = "Troops shelled the ridge. NATO said little."
    assert fold_capitals(text) is text
