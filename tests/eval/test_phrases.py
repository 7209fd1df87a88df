"""The phrase battery: one sentence per line, each with the event it states, or none."""

import json

import pytest

from warpath.eval import phrases
from warpath.eval.report import Report

LINES = [
    {"id": "p1", "text": "Ghana expelled two Togolese diplomats on Friday.", "type": "SANCTION",
     "source": "GHA", "target": "TGO", "status": "asserted", "trigger": "expelled"},
    {"id": "p2", "text": "Ghana could expel the envoys next week.", "type": "SANCTION",
     "source": "GHA", "target": None, "status": "hypothetical", "trigger": "expel"},
    {"id": "p3", "text": "The goalkeeper blocked the shot.", "type": None},
]


def event(kind, status="asserted", src=None, tgt=None, trigger=""):  # type: ignore[no-untyped-def]
    return {"type": kind, "status": status, "source": {"country": src},
            "target": {"country": tgt}, "trigger": {"text": trigger}}


def test_lines_are_checked_when_loaded(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text("\n".join(json.dumps(line) for line in LINES) + "\n", encoding="utf-8")
    assert [line["id"] for line in phrases.load([tmp_path])] == ["p1", "p2", "p3"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(dict(LINES[0], trigger="bombed")), encoding="utf-8")
    with pytest.raises(phrases.BatteryError, match="not in text"):
        phrases.load([bad])


def test_a_hedged_line_output_as_fact_and_a_false_alarm_are_both_counted():
    predictions = [
        {"events": [event("SANCTION", src="GHA", tgt="TGO", trigger="expelled")]},
        {"events": [event("SANCTION", "asserted", src="GHA", trigger="expel")]},
        {"events": [event("COERCE", trigger="blocked")]},
    ]
    report = phrases.score(LINES, predictions, Report("t"))
    assert report.value("gold type found") == 1.0
    assert report.value("non-factual output as asserted") == 1.0
    assert report.value("false alarms on negative lines") == 1.0
    assert report.value("target country (found events)") == 1.0


def test_a_hedged_act_paired_with_another_act_of_its_type_is_told_apart():
    # "Ghana recalled its envoy and could expel the diplomats": when only the recall is found,
    # the gold expulsion is paired with it; that is a miss of the hedged act, not the hedged
    # act stated as fact, and the stricter figure does not count it
    line = dict(LINES[1], text="Ghana recalled its envoy and could expel the diplomats.")
    recall = event("SANCTION", "asserted", src="GHA", trigger="recalled")
    report = phrases.score([line], [{"events": [recall]}], Report("t"))
    assert report.value("non-factual output as asserted") == 1.0
    assert report.value("non-factual asserted on the act's own words") == 0.0
    assert "another act of its type" in report.errors[0]
    own = event("SANCTION", "asserted", src="GHA", trigger="expel")
    report = phrases.score([line], [{"events": [recall, own]}], Report("t"))
    assert report.value("non-factual asserted on the act's own words") == 1.0


def test_the_event_on_the_gold_trigger_is_the_one_scored():
    line = dict(LINES[0])
    other = event("SANCTION", src="TGO", trigger="recalled")
    right = event("SANCTION", src="GHA", tgt="TGO", trigger="expelled")
    report = phrases.score([line], [{"events": [other, right]}], Report("t"))
    assert report.value("source country (found events)") == 1.0


def test_a_whole_word_trigger_beats_a_longer_one_and_else_the_nearest_is_scored():
    # "strike" on "strike", not on "air strikes"; with no trigger holding the gold word
    # ("hold" against "round" and "met"), the event nearest to it in the passage
    line = {"id": "p9", "text": "The two sides met on Monday. They agreed to hold a second round "
            "in Cairo.", "type": "CONSULT", "status": "planned", "trigger": "hold"}
    met = dict(event("CONSULT", "asserted", trigger="met"), trigger={"text": "met", "start": 13})
    rnd = dict(event("CONSULT", "planned", trigger="round"),
               trigger={"text": "round", "start": 58})
    report = phrases.score([line], [{"events": [met, rnd]}], Report("t"))
    assert report.value("status (found events)") == 1.0
    line = dict(LINES[0], text="Jets carried out air strikes; a strike on the port followed.",
                trigger="strike", type="ASSAULT", status="asserted")
    many = event("ASSAULT", "reported", trigger="air strikes")
    one = event("ASSAULT", "asserted", trigger="strike")
    report = phrases.score([line], [{"events": [many, one]}], Report("t"))
    assert report.value("status (found events)") == 1.0


def test_real_sentences_through_the_pipeline(pipeline, tmp_path):
    path = tmp_path / "lines.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in LINES), encoding="utf-8")
    report = phrases.run([path], pipeline=pipeline, progress=False)
    assert report.value("lines") == 3
    assert report.value("gold type found") == 1.0
    assert report.value("non-factual output as asserted") == 0.0



def test_the_shipped_battery_loads_and_covers_every_type():
    from pathlib import Path

    from warpath.document import EVENT_TYPES

    battery = Path(__file__).resolve().parents[2] / "examples" / "phrases"
    lines = phrases.load([battery])
    kinds = {line["type"] for line in lines}
    assert kinds == set(EVENT_TYPES) | {None}
    assert all(sum(1 for x in lines if x["type"] == t) >= 20 for t in EVENT_TYPES)
    assert len({line["id"] for line in lines}) == len(lines)
