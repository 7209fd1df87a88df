"""The predicate lexicon and the CAMEO table behind it."""

from __future__ import annotations

import pytest

from warpath.document import EVENT_TYPES
from warpath.events import lexicon


def test_cameo_table_maps_codes_to_plover_and_goldstein():
    table = lexicon.cameo_table()
    assert table["190"].plover == "ASSAULT"
    assert table["190"].goldstein == -10.0
    assert table["041"].plover == "CONSULT" and table["041"].mode == "phone"
    assert table["0871"].plover == "RETREAT"


def test_goldstein_falls_back_to_the_parent_code():
    assert lexicon.goldstein("1213") == lexicon.goldstein("121")
    assert lexicon.goldstein(None) is None


def test_every_sense_has_a_plover_type_and_a_known_cameo_code():
    lex = lexicon.load()
    table = lexicon.cameo_table()
    for senses in list(lex.verbs.values()) + list(lex.nouns.values()):
        for sense in senses:
            assert sense.type in EVENT_TYPES
            assert sense.cameo is None or sense.cameo in table, sense
            assert sense.intensity is None or -10 <= sense.intensity <= 10


@pytest.mark.parametrize(
    "lemma",
    ["strike", "attack", "bomb", "shell", "kill", "assassinate", "raid", "invade", "clash",
     "ambush", "seize", "arrest", "detain", "abduct", "besiege", "blockade", "expel", "deport",
     "sanction", "protest", "demonstrate", "riot", "threaten", "warn", "vow", "accuse",
     "blame", "condemn", "criticize", "denounce", "deny", "reject", "refuse", "veto", "demand",
     "urge", "appeal", "request", "meet", "negotiate", "visit", "host", "consult", "discuss",
     "agree", "sign", "praise", "support", "endorse", "donate", "cooperate", "notify",
     "deploy", "mobilize", "withdraw", "retreat", "concede", "apologize", "mediate",
     "retaliate"],
)
def test_common_news_verbs_are_in_the_lexicon(lemma):
    assert lemma in lexicon.load().verbs


@pytest.mark.parametrize(
    "word",
    ["strike", "airstrike", "attack", "barrage", "shoot-down", "protest", "sanctions", "talks",
     "meeting", "cease-fire", "ceasefire", "truce", "assassination", "killing"],
)
def test_event_nouns_are_found_by_their_written_form(word):
    key = lexicon.normalise(word)
    nouns = lexicon.load().nouns
    assert key in nouns or key.rstrip("s") in nouns


def test_yaml_booleans_in_object_lists_are_refused(tmp_path):
    path = tmp_path / "lexicon.yaml"
    path.write_text("verbs:\n  fire: {type: ASSAULT, cameo: '190', objects: [at, on]}\n")
    with pytest.raises(ValueError, match="quote"):
        lexicon.Lexicon.from_file(path)
