"""The matching rule: same sentence, same family, one prediction per gold event."""

from warpath.eval.match import family, find_quote, match_events, sentence_region

TEXT = "Rebels shelled the town on Monday. Talks could resume, but the army might strike again."
SENTENCES = [(0, 34), (35, len(TEXT))]


def ev(kind: str, start: int, end: int, trigger: tuple[int, int] | None = None) -> dict:
    e = {"type": kind, "evidence": {"start": start, "end": end, "text": TEXT[start:end]}}
    if trigger:
        e["trigger"] = {"start": trigger[0], "end": trigger[1], "text": ""}
    return e


def test_families_split_cooperation_from_conflict():
    assert family("CONSULT") == family("AID") == "cooperation"
    assert family("ASSAULT") == family("REQUEST") == "conflict"


def test_quote_found_across_whitespace_differences():
    assert find_quote("a  b\nc", "a b c") == (0, 6)
    assert find_quote("abc", "xyz") is None


def test_sentence_region_covers_the_sentences_the_quote_touches():
    assert sentence_region(SENTENCES, 40, 45) == (35, len(TEXT))
    assert sentence_region(SENTENCES, 30, 40) == (0, len(TEXT))


def test_prediction_in_another_sentence_or_family_does_not_match():
    gold = [{"quote": "Rebels shelled the town", "type": "ASSAULT"}]
    assert match_events(gold, [ev("ASSAULT", 35, 60)], TEXT, SENTENCES)[0] == []
    assert match_events(gold, [ev("CONSULT", 0, 34)], TEXT, SENTENCES)[0] == []
    matches, _ = match_events(gold, [ev("COERCE", 0, 34)], TEXT, SENTENCES)
    assert [(m.gold, m.pred) for m in matches] == [(0, 0)]


def test_trigger_inside_the_quote_decides_between_two_events_of_a_sentence():
    strike = TEXT.index("strike")
    talks = TEXT.index("Talks")
    gold = [{"quote": "the army might strike again", "type": "ASSAULT"},
            {"quote": "Talks could resume", "type": "CONSULT"}]
    preds = [ev("ASSAULT", 35, len(TEXT), (talks, talks + 5)),
             ev("ASSAULT", 35, len(TEXT), (strike, strike + 6))]
    matches, _ = match_events(gold, preds, TEXT, SENTENCES)
    assert [(m.gold, m.pred) for m in matches] == [(0, 1)]


def test_a_quote_missing_from_the_text_is_reported():
    _, missing = match_events([{"quote": "not there", "type": "AID"}], [], TEXT, SENTENCES)
    assert missing == [0]
