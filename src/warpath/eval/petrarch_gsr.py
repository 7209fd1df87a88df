"""`warpath eval petrarch-gsr`: UniversalPetrarch's validation sentences (real wire copy).

Gold is CAMEO codes per sentence, mapped to PLOVER types through the published CAMEO-to-PLOVER
table (longest code prefix in the table wins; 01x statements and 02x appeals have no PLOVER type
there and are left out). Figures: gold codings whose PLOVER type is predicted in that sentence
(found), and predicted events whose type has no gold coding in the sentence, as a share of all
predictions (false positives). UniversalPetrarch reported 68% found, 23% false positives.
A second false-positive figure counts only events the output states as fact (status asserted
or reported): a planned, hypothetical or negated event carries its status, so a database
user filtering on status never takes it for something that happened.

PETRARCH's gold codes a sentence's own news, about one event per clause, while warpath also
keeps the events nested in it ("alleged that troops carried out killings": an accusation
holding a killing) and background clauses ("the group that seized Mosul"), each marked by its
`embedding`. The "main events" figures score the events marked main, the view comparable with
a PETRARCH-style coder. Their false positives leave out sentences whose gold codes only CAMEO
statements and appeals (01x, 02x), which the CAMEO-to-PLOVER table gives no type: there, no
PLOVER type can be right or wrong.

The file is not well-formed XML (self-closed <Sentence/> tags later closed again), so it is read
with patterns rather than an XML parser.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warpath.document import Document
from warpath.eval.plover_gsr import FACTUAL, FACTUAL_FP, NON_STATE
from warpath.eval.records import predict_sentences
from warpath.eval.report import Report

_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>)", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*)/>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.S)
_TABLE_LINE = re.compile(r"^\s*(\d{2,4})\s*:\s*([A-Z]+)")


@dataclass
class Coding:
    cameo: str
    source: str | None
    target: str | None
    plover: str | None = None


@dataclass
class GoldSentence:
    id: str
    text: str
    codings: list[Coding] = field(default_factory=list)
    date: dt.date | None = None  # the wire date, used as publication date


def load_table(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type from CAMEO2PLOVER-2021.txt."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _TABLE_LINE.match(line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def to_plover(code: str, table: dict[str, str]) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def load(path: Path, table: dict[str, str]) -> list[GoldSentence]:
    raw = path.read_text(encoding="utf-8")
    body = raw[raw.find("<Sentences>"):]
    out = []
    for m in _SENTENCE.finditer(body):
        attrs = dict(_ATTR.findall(m.group(1)))
        if attrs.get("evaluate", "true") != "true":
            continue
        text_m = _TEXT.search(m.group(2))
        text = html.unescape(" ".join(text_m.group(1).split())) if text_m else ""
        if not text:  # one record has an empty <Text>; its words are in the parse
            text = _from_parse(m.group(2))
        if not text:
            continue
        sentence = GoldSentence(attrs.get("id", ""), text, date=_date(attrs.get("date")))
        for c in _CODING.finditer(m.group(2)):
            ca = dict(_ATTR.findall(c.group(1)))
            if "eventcode" in ca:
                sentence.codings.append(Coding(ca["eventcode"], ca.get("sourcecode"),
                                               ca.get("targetcode"),
                                               to_plover(ca["eventcode"], table)))
        out.append(sentence)
    return out


def _from_parse(block: str) -> str:
    """The sentence rebuilt from the CoNLL-U parse (form column, SpaceAfter=No honoured)."""
    m = _PARSE.search(block)
    out = []
    for line in (m.group(1).splitlines() if m else []):
        cols = line.split("\t")
        if len(cols) >= 10 and cols[0].isdigit():
            out.append(cols[1] + ("" if "SpaceAfter=No" in cols[9] else " "))
    return html.unescape("".join(out).strip())


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.datetime.strptime(value or "", "%Y%m%d").date()
    except ValueError:
        return None


def _country(code: str | None) -> str | None:
    head = (code or "")[:3]
    return head if head.isalpha() and head.isupper() and head not in NON_STATE else None


def score(sentences: list[GoldSentence], predictions: list[dict[str, Any]],
          report: Report) -> Report:
    found = report.ratio("gold codings found")
    fp = report.ratio("false positives (share of predictions)")
    fp_factual = report.ratio(FACTUAL_FP)
    found_main = report.ratio("main events: gold codings found")
    fp_main = report.ratio("main events: false positives")
    fp_main_factual = report.ratio("main events: false positives (asserted+reported)")
    src = report.ratio("source country (found codings)")
    unmapped = 0
    for s, rec in zip(sentences, predictions, strict=True):
        events = rec.get("events", [])
        main = [e for e in events if e.get("embedding", "main") == "main"]
        gold_types = {c.plover for c in s.codings if c.plover}
        if gold_types or not s.codings:  # gold with only untyped codes judges no type
            for e in main:
                fp_main.add(e.get("type") not in gold_types)
                if e.get("status", "asserted") in FACTUAL:
                    fp_main_factual.add(e.get("type") not in gold_types)
        for c in s.codings:
            if c.plover is None:
                unmapped += 1
                continue
            same = [e for e in events if e.get("type") == c.plover]
            found.add(bool(same))
            found_main.add(any(e.get("type") == c.plover for e in main))
            if not same:
                report.errors.append(f"{s.id}: missed {c.cameo}->{c.plover} "
                                     f"({c.source}->{c.target}): {s.text}")
            elif (want := _country(c.source)):
                src.add(any((e.get("source") or {}).get("country") == want for e in same))
        for e in events:
            wrong = e.get("type") not in gold_types
            fp.add(wrong)
            if e.get("status", "asserted") in FACTUAL:
                fp_factual.add(wrong)
            if wrong:
                ev = (e.get("evidence") or {}).get("text", "")
                report.errors.append(f"{s.id}: false positive {e.get('type')} "
                                     f"[{e.get('status')}, {e.get('embedding', 'main')}] "
                                     f"on {ev[:80]!r}")
    report.figures["sentences"] = len(sentences)
    report.figures["gold codings without PLOVER type (skipped)"] = unmapped
    report.figures["events per sentence"] = round(
        sum(len(r.get("events", [])) for r in predictions) / max(len(sentences), 1), 3)
    return report


def run(path: Path, table_path: Path, *, pipeline: Any = None, limit: int | None = None,
        progress: bool = True) -> Report:
    sentences = load(path, load_table(table_path))[:limit]
    if pipeline is None:
        from warpath.pipeline import Pipeline

        pipeline = Pipeline()
    report = Report(f"warpath eval petrarch-gsr {path.name}")
    docs = (Document(text=s.text, published=s.date, origin=s.id) for s in sentences)
    preds, errors = predict_sentences(pipeline, docs, len(sentences), report, progress)
    score(sentences, preds, report)
    report.figures["pipeline errors"] = errors
    report.notes.append("UniversalPetrarch reference (its own suite): 68% found, "
                        "23% false positives")
    return report
