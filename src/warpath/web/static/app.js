// warpath UI. Every string from the store goes through textContent or an SVG text node
// (no HTML parsing of data), so article text cannot inject markup.
"use strict";
const SVG = "http://www.w3.org/2000/svg";

function el(tag, attrs = {}, text) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4))
                                      : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
async function get(path) { const r = await fetch(path); return r.json(); }
function party(p) { return p ? `${p.text || "?"}${p.country ? " (" + p.country + ")" : ""}` : "?"; }

function timeline(events) {
  const box = document.getElementById("timeline"); box.replaceChildren();
  const dated = events.filter(e => e.date).sort((a, b) => a.date.start.localeCompare(b.date.start));
  for (const e of dated) {
    const d = e.date.start === e.date.end ? e.date.start : `${e.date.start} – ${e.date.end}`;
    const where = e.embedding === "nested" ? `  (inside ${e.nested_in})`
      : e.embedding === "background" ? "  (background)" : "";
    const line = `${d}  ${e.type} [${e.status}]  ${party(e.source)} → ${party(e.target)}` +
      (e.killed != null ? `  killed ${e.killed}` : "") + where;
    const div = el("div", {class: `ev ${e.status} ${e.embedding || "main"}`}, line);
    div.title = e.evidence.text;
    box.append(div);
  }
}

function curve(events) {
  // Monthly sum of negative intensity (conflict) of events the text says happened.
  const svg = document.getElementById("curve"); svg.replaceChildren();
  const months = {};
  for (const e of events) {
    if (!e.date || e.intensity == null || !["asserted", "reported"].includes(e.status)) continue;
    const m = e.date.start.slice(0, 7);
    months[m] = (months[m] || 0) + Math.max(0, -e.intensity);
  }
  const keys = Object.keys(months).sort();
  if (!keys.length) return;
  const max = Math.max(...Object.values(months)), w = 800 / Math.max(keys.length, 1);
  keys.forEach((k, i) => {
    const h = 140 * months[k] / max;
    svg.append(el("svg:rect", {x: i * w + 4, y: 150 - h, width: w - 8, height: h, fill: "#c44"}));
    svg.append(el("svg:text", {x: i * w + 4, y: 170, "font-size": 10}, k));
  });
}

function network(events) {
  const svg = document.getElementById("network"); svg.replaceChildren();
  const names = new Set(), edges = {};
  for (const e of events) {
    if (!e.source || !e.target || !e.source.text || !e.target.text) continue;
    const a = e.source.country || e.source.text, b = e.target.country || e.target.text;
    if (a === b) continue;
    names.add(a); names.add(b);
    const key = JSON.stringify([a, b]); edges[key] = (edges[key] || 0) + 1;
  }
  const list = [...names], pos = {};
  list.forEach((n, i) => {
    const t = 2 * Math.PI * i / list.length;
    pos[n] = [400 + 200 * Math.cos(t), 250 + 200 * Math.sin(t)];
  });
  for (const [key, n] of Object.entries(edges)) {
    const [a, b] = JSON.parse(key);
    svg.append(el("svg:line", {x1: pos[a][0], y1: pos[a][1], x2: pos[b][0], y2: pos[b][1],
      stroke: "#888", "stroke-width": Math.min(1 + n, 8), opacity: 0.6}));
  }
  for (const n of list) {
    svg.append(el("svg:circle", {cx: pos[n][0], cy: pos[n][1], r: 6, fill: "#124"}));
    svg.append(el("svg:text", {x: pos[n][0] + 8, y: pos[n][1] - 8, "font-size": 12}, n));
  }
}

async function showDocument(id) {
  const a = await get(`/api/documents/${encodeURIComponent(id)}`);
  const box = document.getElementById("text"), checks = document.getElementById("checks");
  box.replaceChildren(); checks.replaceChildren();
  for (const c of a.checks) checks.append(el("div", {class: "check"}, `${c.severity}: ${c.kind} — ${c.message}`));
  const text = a.document.text;
  const spans = a.events.map(e => e.evidence).sort((x, y) => x.start - y.start);
  let at = 0;
  for (const [i, s] of spans.entries()) {
    if (s.start < at) continue;  // overlapping evidence: keep the first
    box.append(document.createTextNode(text.slice(at, s.start)));
    const e = a.events.find(ev => ev.evidence === s);
    const mark = el("mark", {}, text.slice(s.start, s.end));
    mark.title = `${e.type} [${e.status}] ${party(e.source)} → ${party(e.target)}`;
    box.append(mark); at = s.end;
  }
  box.append(document.createTextNode(text.slice(at)));
  draw(a.events);
}

// "main events only": each sentence's own news, as one-event-per-clause coders give it.
let shown = [];
function draw(events) {
  shown = events;
  const mainOnly = document.getElementById("mainOnly").checked;
  const kept = mainOnly ? events.filter(e => (e.embedding || "main") === "main") : events;
  timeline(kept); curve(kept); network(kept);
}

async function init() {
  const [summary, docs, events] = await Promise.all(
    [get("/api/summary"), get("/api/documents"), get("/api/events")]);
  document.getElementById("summary").textContent =
    `${summary.documents} documents, ${summary.events} events`;
  const list = document.getElementById("docs");
  for (const d of docs) {
    const a = el("a", {}, d.title || d.id);
    a.addEventListener("click", () => showDocument(d.id));
    list.append(a);
  }
  document.getElementById("mainOnly").addEventListener("change", () => draw(shown));
  draw(events);
}
init();
