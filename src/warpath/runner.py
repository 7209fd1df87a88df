"""Runs many inputs through ingest and the pipeline, one failure never stopping the rest.

Shared by the CLI, the store loader and the corpus engines: inputs in, a stream of contract
dicts or `Failure`s out, with a progress bar on stderr for long work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from tqdm import tqdm

from warpath import ingest
from warpath.contract import to_dict
from warpath.document import Document
from warpath.ingest import Failure
from warpath.nlp import fold_capitals
from warpath.pipeline import Config, Pipeline

SUPPORTED_LANGUAGES = frozenset({"en"})


def documents(
    inputs: Iterable[str], published: dt.date | None = None, any_language: bool = False
) -> Iterator[Document | Failure]:
    """Ingested documents; non-English ones become failures unless `any_language`."""
    for item in ingest.read(inputs, published=published):
        if (isinstance(item, Document) and not any_language and item.language
                and item.language not in SUPPORTED_LANGUAGES):
            yield Failure(item.origin or "?", f"language {item.language!r} is not supported "
                          "(warpath reads English; --any-language forces it)")
        else:
            yield item


def analyse(
    items: Iterable[Document | Failure],
    config: Config | None = None,
    skip: Callable[[Document], bool] | None = None,
    progress: bool | None = None,
) -> Iterator[dict[str, Any] | Failure]:
    """Contract dicts for each document (failures pass through), in input order.

    `skip(document)` drops a document before the costly NLP, e.g. one already stored.
    """
    pipeline = Pipeline(config)
    bar = tqdm(desc="analysing", unit="doc", disable=None if progress is None else not progress)
    stream = iter(items)
    limit = pipeline.nlp.max_length
    try:
        while batch := list(islice(stream, pipeline.config.batch_size)):
            docs = [d for d in batch if isinstance(d, Document) and not (skip and skip(d))]
            parsed = _parse(pipeline, [d for d in docs if len(d.text) <= limit])
            for item in batch:
                if isinstance(item, Failure):
                    yield item
                elif len(item.text) > limit:
                    try:
                        yield to_dict(pipeline.run_stages(item, pipeline.parse_long(item.text)))
                    except Exception as exc:
                        yield Failure(item.origin or item.id, f"analysis of a long text "
                                      f"({len(item.text):,} characters) failed: "
                                      f"{type(exc).__name__}: {exc}", exc)
                elif id(item) in parsed:
                    sdoc = parsed[id(item)]
                    try:
                        if isinstance(sdoc, Exception):
                            raise sdoc
                        yield to_dict(pipeline.run_stages(item, sdoc))
                    except Exception as exc:  # one bad document must not stop the batch
                        yield Failure(item.origin or item.id,
                                      f"analysis failed: {type(exc).__name__}: {exc}", exc)
                bar.update(1)
    finally:
        bar.close()


def _parse(pipeline: Pipeline, docs: list[Document]) -> dict[int, Any]:
    """spaCy Docs by `id(document)`, batched; if the batch fails, each document is parsed
    alone so that only the one that fails carries the error."""
    try:
        texts = [fold_capitals(d.text) for d in docs]
        return {id(d): s for d, s in zip(docs, pipeline.nlp.pipe(texts), strict=True)}
    except Exception:
        out: dict[int, Any] = {}
        for d in docs:
            try:
                out[id(d)] = pipeline.nlp(fold_capitals(d.text))
            except Exception as exc:
                out[id(d)] = exc
        return out
