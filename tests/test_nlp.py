"""The spaCy pipeline and the repairs warpath makes to its tokens and parse.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest


def _tok(doc, text):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(
    ("text", "word", "pos", "lemma"),
    [
        ("The rebels mounted a counter-attack at dawn.", "counter-attack", "NOUN",
         "counter-attack"),
        ("Troops counter-attacked near the bridge.", "counter-attacked", "VERB", "counter-attack"),
        ("Generals hinted at a counter-offensive before winter.", "counter-offensive", "NOUN",
         "counter-offensive"),
    ],
)
def test_a_bound_prefix_stays_on_its_word(nlp, text, word, pos, lemma):
    tok = _tok(nlp(text), word)
    assert (tok.pos_, tok.lemma_) == (pos, lemma)


def test_a_cross_border_raid_is_one_modifier_on_the_raid(nlp):
    doc = nlp("Militants staged a cross-border raid on a police post.")
    assert _tok(doc, "cross-border").head.text == "raid"


def test_a_name_after_a_prefix_keeps_its_own_token(nlp):
    doc = nlp("Anti-Houthi forces entered the port.")
    assert any(t.text == "Houthi" for t in doc)


@pytest.mark.parametrize(
    ("text", "noun", "verb"),
    [
        ("Witnesses say grenades thrown from a rooftop hit the patrol.", "grenades", "hit"),
        ("Rockets launched at dusk crashed into a farm near the border.", "Rockets", "crashed"),
        ("Mortar bombs fired during the night fell on a market in Goma.", "bombs", "fell"),
    ],
)
def test_a_reduced_relative_leaves_the_real_verb_its_subject(nlp, text, noun, verb):
    doc = nlp(text)
    subject = _tok(doc, noun)
    assert subject.head.text == verb and subject.dep_ == "nsubj"


def test_a_plain_past_tense_is_not_taken_for_a_reduced_relative(nlp):
    doc = nlp("Troops fired on the crowd and killed three.")
    assert _tok(doc, "fired").dep_ == "ROOT"


@pytest.mark.parametrize(
    ("text", "subject", "verb"),
    [
        ('The police and "self-defence groups" retook the village on Monday.', "police",
         "retook"),
        ('Witnesses said the army and "tribal fighters" pushed the militants out of Sirte.',
         "army", "pushed"),
        ('The police and "self-defence groups" launched a counter-attack on the gang.', "police",
         "launched"),
    ],
)
def test_quotation_marks_around_a_few_words_do_not_break_the_clause(nlp, subject, verb, text):
    doc = nlp(text)
    assert _tok(doc, subject).head.text == verb
    quote = next(t for t in doc if t.text == '"')
    assert quote.dep_ == "punct"


def test_an_irregular_verb_with_re_glued_on_gets_its_lemma(nlp):
    doc = nlp('Government troops and "local guards" retook the airstrip on Sunday.')
    assert _tok(doc, "retook").lemma_ == "retake"


def test_what_someone_was_told_is_the_telling_verbs_clause(nlp):
    doc = nlp("She told senators that a roadside mine had wrecked the truck.")
    wrecked = _tok(doc, "wrecked")
    assert (wrecked.dep_, wrecked.head.text) == ("ccomp", "told")


@pytest.mark.parametrize(
    ("text", "verb", "lemma", "subject"),
    [
        ("Kenya summons the Somali envoy over the border raid.", "summons", "summon", "Kenya"),
        ("Police fire rubber bullets into the crowd.", "fire", "fire", "Police"),
        ("Two men on a scooter shot dead a shopkeeper near the market.", "shot", "shoot",
         "men"),
    ],
)
def test_a_sentence_left_without_a_verb_gets_its_verb_back(nlp, text, verb, lemma, subject):
    doc = nlp(text)
    tok = _tok(doc, verb)
    assert (tok.pos_, tok.lemma_, tok.dep_) == ("VERB", lemma, "ROOT")
    assert _tok(doc, subject).head.i == tok.i


@pytest.mark.parametrize("text", ["Storm damage in the north.", "Flood relief for the valley.",
                                  "The minister's visit."])
def test_a_noun_phrase_headline_stays_without_a_verb(nlp, text):
    assert not any(t.pos_ == "VERB" for t in nlp(text))
