"""The report counts what the store holds and escapes everything it shows."""

from __future__ import annotations

from tests.store.test_repository import analysis
from warpath.report import render_html, summarise


def test_summary_counts_events_by_type_and_status() -> None:
    s = summarise([analysis("a"), analysis("b", killed=3)])
    assert s.documents == 2 and s.events == 2
    assert s.types["ASSAULT"] == 2 and s.statuses["asserted"] == 2
    assert s.killed == 4
    assert s.attribution_shares() == {"none": 1.0}


def test_html_escapes_text_from_the_article() -> None:
    a = analysis()
    a["document"]["title"] = "<script>alert(1)</script>"
    a["events"][0]["evidence"]["text"] = "<img src=x onerror=alert(1)>"
    html = render_html([a])
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_one_toll_told_on_two_events_of_a_sentence_counts_once() -> None:
    a = analysis("a", killed=17)
    attack = a["events"][0] | {"sentence": 0}
    killing = attack | {"id": "e2", "embedding": "nested", "nested_in": "e1"}
    later = attack | {"id": "e3", "sentence": 1, "killed": 2}
    a["events"] = [attack, killing, later]
    assert summarise([a]).killed == 19
