"""A static HTML report: per document, its events with evidence and who says so.

Everything shown comes from the analysed text, so every value passes through `html.escape`.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any

from warpath.report.summary import attribution_kind_of, summarise

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#222}
table{border-collapse:collapse;width:100%;margin:.5rem 0 2rem}
td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
.asserted{color:#222}.reported{color:#225}.planned,.hypothetical{color:#a60}.negated{color:#a00}
.check{background:#fff4e0;padding:.2rem .5rem;margin:.2rem 0}
"""


def _party(p: dict[str, Any] | None) -> str:
    if not p:
        return ""
    country = f" ({p['country']})" if p.get("country") else ""
    return f"{p.get('text') or ''}{country}"


def _date(d: dict[str, Any] | None) -> str:
    if not d:
        return ""
    return d["start"] if d["start"] == d["end"] else f"{d['start']} – {d['end']}"


def render_html(analyses: Iterable[dict[str, Any]]) -> str:
    items = list(analyses)
    summary = summarise(items)
    out = ["<!doctype html><meta charset=utf-8><title>warpath report</title>",
           f"<style>{STYLE}</style><h1>warpath report</h1><ul>"]
    out += [f"<li>{escape(line)}</li>" for line in summary.lines()]
    out.append("</ul>")
    for a in items:
        doc = a["document"]
        meta = " · ".join(escape(str(x)) for x in (doc["outlet"], doc["author"], doc["published"])
                          if x)
        out.append(f"<h2>{escape(doc['title'] or doc['id'])}</h2><p>{meta}</p>")
        for c in a["checks"]:
            out.append(f"<div class=check>{escape(c['severity'])}: {escape(c['kind'])} — "
                       f"{escape(c['message'])}</div>")
        out.append("<table><tr><th>date</th><th>type</th><th>status</th><th>source</th>"
                   "<th>target</th><th>place</th><th>killed</th><th>who says so</th>"
                   "<th>evidence</th></tr>")
        for e in a["events"]:
            loc = (e.get("location") or {}).get("name") or ""
            killed = "" if e.get("killed") is None else str(e["killed"])
            status = escape(e["status"])
            out.append(
                f"<tr class={status}><td>{escape(_date(e.get('date')))}</td>"
                f"<td>{escape(e['type'])}</td><td>{status}</td>"
                f"<td>{escape(_party(e.get('source')))}</td>"
                f"<td>{escape(_party(e.get('target')))}</td><td>{escape(loc)}</td>"
                f"<td>{escape(killed)}</td><td>{escape(attribution_kind_of(a, e))}</td>"
                f"<td>{escape(e['evidence']['text'])}</td></tr>")
        out.append("</table>")
    return "\n".join(out) + "\n"
