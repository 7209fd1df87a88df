"""What the scorers read: documents in, contract dicts (plus sentence spans) out.

Scoring goes through `warpath.contract.to_dict` because the contract is what users get; the
sentence spans ride along because the matching rule is sentence-based and the contract does not
carry sentences. Each document is run on its own so a stage that fails on one input is counted
as an error instead of stopping the benchmark.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from warpath.document import Analysis, Document


@dataclass
class Prediction:
    """One analysed document as the scorers see it."""

    record: dict[str, Any]  # the contract dict
    sentences: list[tuple[int, int]]
    error: str | None = None


def shared_dir() -> Path:
    """`$WARPATH_SHARED`, else ../shared from the working directory, else next to the repo."""
    env = os.environ.get("WARPATH_SHARED")
    if env:
        return Path(env)
    here = Path.cwd() / ".." / "shared"
    if here.is_dir():
        return here.resolve()
    return (Path(__file__).resolve().parents[3] / ".." / "shared").resolve()


def to_record(analysis: Analysis) -> dict[str, Any]:
    try:
        from warpath.contract import to_dict  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return _fallback_dict(analysis)
    return dict(to_dict(analysis))


def predict(pipeline: Any, documents: Iterable[Document]) -> Iterator[Prediction]:
    """Run each document through the pipeline; a crash becomes an empty, flagged prediction."""
    for document in documents:
        try:
            analysis = pipeline(document)
            yield Prediction(to_record(analysis), [(s.start, s.end) for s in analysis.sentences])
        except Exception as exc:  # noqa: BLE001 - a benchmark reports failures, it does not stop
            empty = _fallback_dict(Analysis(document=document))
            yield Prediction(empty, [], error=f"{type(exc).__name__}: {exc}")


def predict_sentences(pipeline: Any, documents: Iterable[Document], total: int,
                      report: Any, progress: bool = True) -> tuple[list[dict[str, Any]], int]:
    """The records of one-sentence documents, with a progress bar, and how many crashed
    (each crash listed in `report.errors`)."""
    from tqdm import tqdm

    records = []
    errors = 0
    for p in tqdm(predict(pipeline, documents), total=total, desc="sentences",
                  disable=not progress):
        records.append(p.record)
        if p.error:
            errors += 1
            report.errors.append(f"pipeline error: {p.error}")
    return records, errors


def read_document(path: Path) -> Document:
    """A text file through `warpath.ingest`, with front matter parsed here if ingest left it."""
    from warpath.ingest import Failure, read

    got = next(iter(read([str(path)])), None)
    if isinstance(got, Failure) or got is None:
        raise ValueError(got.reason if got else f"nothing read from {path}")
    if got.text.lstrip().startswith("---") and got.title is None:
        return parse_front_matter(path.read_text(encoding="utf-8"), origin=str(path))
    return got


def parse_front_matter(raw: str, origin: str | None = None) -> Document:
    """`---` YAML `---` body, as in ../shared/corpus/text; the fallback until ingest reads it."""
    meta: dict[str, Any] = {}
    body = raw
    if raw.startswith("---"):
        head, sep, rest = raw[3:].partition("\n---")
        if sep:
            loaded = yaml.safe_load(head) or {}
            meta = loaded if isinstance(loaded, dict) else {}
            body = rest.split("\n", 1)[1] if "\n" in rest else ""
    published = meta.get("published")
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published[:10])
        except ValueError:
            published = None
    if not isinstance(published, dt.date):
        published = None

    def text(key: str) -> str | None:
        v = meta.get(key)
        return str(v) if v is not None else None

    return Document(text=body.strip(), title=text("title"), author=text("author"),
                    published=published, outlet=text("outlet"), url=text("url"),
                    origin=origin)


def _fallback_dict(analysis: Analysis) -> dict[str, Any]:
    """The contract's shape from the dataclasses, used until `warpath.contract` exists."""

    def plain(x: Any) -> Any:
        if dataclasses.is_dataclass(x) and not isinstance(x, type):
            return {f.name: plain(getattr(x, f.name)) for f in dataclasses.fields(x)}
        if isinstance(x, list | tuple):
            return [plain(i) for i in x]
        if isinstance(x, dict):
            return {k: plain(v) for k, v in x.items()}
        if isinstance(x, dt.date):
            return x.isoformat()
        return x

    d = analysis.document
    return {
        "schema_version": "fallback",
        "document": {"id": d.id, "url": d.url, "title": d.title, "author": d.author,
                     "published": d.published.isoformat() if d.published else None,
                     "outlet": d.outlet, "original_source": d.original_source,
                     "language": d.language, "text": d.text},
        "actors": plain(analysis.actors),
        "events": plain(analysis.events),
        "attributions": plain(analysis.attributions),
        "checks": plain(analysis.checks),
    }
