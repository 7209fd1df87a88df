"""Readers turn any input (path, directory, URL, feed, WARC) into `Document`s.

`read(inputs)` yields a `Document` per article, or a `Failure` naming the input and a one-line
reason, so one bad input never stops a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from warpath.document import Document


class IngestError(Exception):
    """An input that cannot be read; the message is one line a user can act on."""


@dataclass
class Failure:
    origin: str
    reason: str


def read(inputs: Iterable[str]) -> Iterator[Document | Failure]:
    """Documents from each input, in order; placeholder until the readers land."""
    from pathlib import Path

    from warpath.ingest.text import read_text_file

    for item in inputs:
        try:
            yield read_text_file(Path(item))
        except IngestError as exc:
            yield Failure(item, str(exc))
