"""WARC and WARC.gz web archives (warcio): each HTML response record is one page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from warpath.document import Document
from warpath.ingest.errors import Failure, IngestError, Limits, too_big


def read_warc(
    path: Path, limits: Limits, published: dt.date | None = None
) -> Iterator[Document | Failure]:
    from warpath.ingest.html import document_from_html

    pages = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                status = record.http_headers.get_statuscode() or ""
                if "html" not in ctype or not status.startswith("2"):
                    continue
                pages += 1
                uri = record.rec_headers.get_header("WARC-Target-URI")
                name = f"{path}#{uri or pages}"
                body = record.content_stream().read(limits.max_bytes + 1)
                try:
                    if len(body) > limits.max_bytes:
                        raise too_big(len(body), limits)
                    doc = document_from_html(body, url=uri, origin=name, published=published)
                    doc.meta["reader"] = "warc"
                    yield doc
                except IngestError as exc:
                    yield Failure(name, str(exc), exc)
    except ArchiveLoadFailed as exc:
        raise IngestError(f"not a readable WARC file: {str(exc).splitlines()[0]}") from exc
    except OSError as exc:
        raise IngestError(f"cannot read WARC file: {exc}") from exc
    if pages == 0:
        raise IngestError("no HTML response records in this WARC file")
