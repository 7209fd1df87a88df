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


def _main_verb(doc):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.dep_ == "ROOT")


@pytest.mark.parametrize(
    ("text", "verb", "lemma", "subject"),
    [
        # the only word tagged as a verb is a name or sits inside a noun phrase
        ("Moscow hammers Odesa with drones.", "hammers", "hammer", "Moscow"),
        ("Militia shells army barracks near Bunia.", "shells", "shell", "Militia"),
        ("Riot police detain student leaders in Dhaka.", "detain", "detain", "police"),
        ("The air force scrambled fighters after the incursion.", "scrambled", "scramble",
         "force"),
        ("Armoured columns massed near the river crossing.", "massed", "mass", "columns"),
        # a plural body before a plain verb is its subject
        ("Security forces fire rubber bullets at strikers.", "fire", "fire", "forces"),
        ("Border guards fire warning shots at herders.", "fire", "fire", "guards"),
        ("Chinese trawlers swarm contested atoll.", "swarm", "swarm", "trawlers"),
    ],
)
def test_a_sentence_whose_verb_readings_are_implausible_gets_its_verb(nlp, text, verb, lemma,
                                                                      subject):
    doc = nlp(text)
    tok = _tok(doc, verb)
    assert (tok.pos_, tok.lemma_, tok.dep_) == ("VERB", lemma, "ROOT")
    assert _tok(doc, subject).head.i == tok.i


@pytest.mark.parametrize(
    ("text", "verb", "subject", "dep"),
    [
        ("Riot police tear-gassed the marchers outside the court.", "gassed", "police", "nsubj"),
        ("Gunmen machine-gunned a minibus on the highway.", "gunned", "Gunmen", "nsubj"),
        ("Iran test-fires a new cruise missile.", "fires", "Iran", "nsubj"),
        ("Bombers carpet-bomb the ridge at dawn.", "bomb", "Bombers", "nsubj"),
        ("Wounded fighters were air-lifted to the capital.", "lifted", "fighters", "nsubjpass"),
    ],
)
def test_a_compound_verb_is_the_clauses_verb(nlp, text, verb, subject, dep):
    doc = nlp(text)
    tok = _tok(doc, verb)
    assert tok.dep_ == "ROOT" and tok.pos_ == "VERB"
    assert (_tok(doc, subject).head.i, _tok(doc, subject).dep_) == (tok.i, dep)
    first = doc[tok.i - 2]
    assert first.head.i == tok.i and first.pos_ == "NOUN"


@pytest.mark.parametrize(
    ("text", "subject", "verb"),
    [
        ("Navy destroyer shadows Iranian tanker in the Gulf.", "destroyer", "shadows"),
        ("Relief lorries reach the flooded town.", "lorries", "reach"),
    ],
)
def test_a_headline_subject_read_as_a_helper_verb_is_the_subject(nlp, text, subject, verb):
    doc = nlp(text)
    tok = _tok(doc, subject)
    assert (tok.dep_, tok.head.text, tok.pos_) == ("nsubj", verb, "NOUN")


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Tehran had armed Shia militias across the region.", "armed", "Tehran"),
        ("Moscow has armed separatist fighters with anti-tank rockets.", "armed", "Moscow"),
        ("Japan's military scrambled fighters as Russian bombers neared Hokkaido.", "scrambled",
         "military"),
        ("Seoul's military fired flares when the drones crossed the line.", "fired",
         "military"),
    ],
)
def test_a_participle_read_as_an_adjective_is_the_verb(nlp, text, verb, subject):
    doc = nlp(text)
    tok = _tok(doc, verb)
    assert (tok.dep_, tok.pos_) == ("ROOT", "VERB")
    assert _tok(doc, subject).head.i == tok.i


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a verb read right the first time stays as it is
        ("The embassy has armed guards at the gate.", "has"),
        ("Police seized rifles after gunmen fled.", "seized"),
        ("Ukraine strikes fuel depots in Belgorod.", "strikes"),
        ("Inflation forces banks to raise rates.", "forces"),
        ("Jets carpet-bombed the villages south of the river.", "bombed"),
        ("The two-seater crashed into a field.", "crashed"),
        ("They must leave now.", "leave"),
    ],
)
def test_a_verb_read_right_keeps_its_place(nlp, text, verb):
    assert _main_verb(nlp(text)).text == verb


@pytest.mark.parametrize(
    "text",
    [
        "Storm damage in the north.",
        "The missile test-fire failed.",
        "A tear-gassed crowd fled the square.",
        "Harbour cranes and dock workers",
        "Turkish guard post near the buffer zone",
        "The blame game",
    ],
)
def test_noun_phrases_and_modifiers_stay_as_parsed(nlp, text):
    doc = nlp(text)
    first = nlp.make_doc(text)
    for name in ("warpath_prefixed_words", "tok2vec", "tagger", "parser"):
        first = nlp.get_pipe(name)(first)
    assert [(t.tag_, t.dep_, t.head.i) for t in doc] == [(t.tag_, t.dep_, t.head.i)
                                                          for t in first]


@pytest.mark.parametrize(
    ("text", "verb", "lemma", "subject"),
    [
        ("24 March - Azerbaijan summons Iran's ambassador in Baku and demands an apology.",
         "summons", "summon", "Azerbaijan"),
        ("Early May - Peru summons Chile's envoy in Lima and asks for an explanation.",
         "summons", "summon", "Peru"),
    ],
)
def test_a_plural_noun_with_an_object_is_the_verb_beside_another_verb(nlp, text, verb, lemma,
                                                                     subject):
    doc = nlp(text)
    tok = _tok(doc, verb)
    assert (tok.pos_, tok.lemma_, tok.dep_) == ("VERB", lemma, "ROOT")
    assert _tok(doc, subject).head.i == tok.i


@pytest.mark.parametrize(("text", "word"), [
    ("The court summons and the tax demands arrived on the same day.", "summons"),
    ("Farmers' protests and demands for subsidies grew louder.", "protests"),
])
def test_plural_nouns_without_an_object_stay_nouns(nlp, text, word):
    assert _tok(nlp(text), word).pos_ == "NOUN"


@pytest.mark.parametrize(
    ("text", "first_word"),
    [
        ("BUNIA, Congo, May 2 (Great Lakes Wire) - Militiamen who came down from the hills "
         "burned a clinic on Friday.", "Militiamen"),
        ("KHARTOUM (Nile Desk) -- Drones hit a fuel depot overnight.", "Drones"),
        ("Mopti, Mali (Sahel Agency) - Soldiers detained six traders at a checkpoint.",
         "Soldiers"),
        ("TAPACHULA, Mexico, Oct 3 — Police broke up a march of migrants.", "Police"),
    ],
)
def test_a_wire_dateline_is_no_part_of_the_first_sentence(nlp, text, first_word):
    doc = nlp(text)
    sents = list(doc.sents)
    assert sents[1][0].text == first_word
    assert not any(t.dep_ == "nsubj" for t in sents[0])


@pytest.mark.parametrize(
    "text",
    [
        "Iran - the country that struck first - says it will respond.",
        "Ukraine's army - backed by drones - pushed the attackers back.",
    ],
)
def test_a_dash_after_a_plain_name_is_no_dateline(nlp, text):
    assert len(list(nlp(text).sents)) == 1
