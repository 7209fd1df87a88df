"""A modal hung on a noun has lost its verb: the parse is mended so the verb keeps its modal.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest


def _tok(doc, text):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(("text", "word"), [
    ("The rebels might one day raid the border villages.", "raid"),
    ("The militia may one day fire rockets at the base.", "fire"),
    ("Special forces might one day strike smuggling targets across the border.", "strike"),
])
def test_a_noun_after_a_stranded_modal_is_read_as_its_verb(nlp, text, word):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    verb = _tok(doc, word)
    assert verb.pos_ == "VERB"
    assert any(c.tag_ == "MD" and c.dep_ == "aux" for c in verb.children)


@pytest.mark.parametrize(("text", "word"), [
    ("The union might call a one-day strike next week.", "strike"),
    ("Dockers could stage a two-day walkout in March.", "walkout"),
])
def test_a_noun_with_its_own_verb_stays_a_noun(nlp, text, word):  # type: ignore[no-untyped-def]
    assert _tok(nlp(text), word).pos_ == "NOUN"
