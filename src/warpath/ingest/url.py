"""http(s) URLs with httpx: bounded time, size and redirects; a feed URL is read as a feed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlparse

import httpx

from warpath.document import Document
from warpath.ingest.errors import Failure, IngestError, Limits, too_big

USER_AGENT = "warpath/0.1 (+https://github.com/warpath; news event extraction)"


@dataclass
class Response:
    url: str  # after redirects
    content_type: str
    body: bytes


def check_scheme(url: str) -> None:
    scheme = urlparse(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise IngestError(f"unsupported URL scheme '{scheme}:' (only http and https are read)")
    if not urlparse(url).netloc:
        raise IngestError("URL has no host name")


def fetch(url: str, limits: Limits) -> Response:
    """GET `url`; one-line IngestErrors for every network or HTTP failure."""
    check_scheme(url)
    try:
        with httpx.Client(
            follow_redirects=True, max_redirects=limits.max_redirects,
            timeout=httpx.Timeout(limits.timeout), headers={"User-Agent": USER_AGENT},
        ) as client, client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                raise IngestError(f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise too_big(int(declared), limits)
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > limits.max_bytes:
                    raise too_big(size, limits)
                chunks.append(chunk)
            ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
            return Response(str(resp.url), ctype, b"".join(chunks))
    except httpx.TooManyRedirects as exc:
        raise IngestError(f"more than {limits.max_redirects} redirects") from exc
    except httpx.TimeoutException as exc:
        raise IngestError(f"timed out after {limits.timeout:g} s") from exc
    except httpx.ConnectError as exc:
        raise IngestError(f"cannot connect to {urlparse(url).netloc}: {_reason(exc)}") from exc
    except httpx.HTTPError as exc:
        raise IngestError(f"request failed: {_reason(exc)}") from exc


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def read_url(
    url: str, limits: Limits, published: dt.date | None = None, *, follow_feeds: bool = True
) -> Iterator[Document | Failure]:
    """Documents behind `url`: one for a page or a text, one per entry for a feed."""
    from warpath.ingest.feed import looks_like_feed, read_feed
    from warpath.ingest.html import document_from_html
    from warpath.ingest.text import decode, document_from_text

    resp = fetch(url, limits)
    ctype = resp.content_type
    if follow_feeds and ("rss" in ctype or "atom" in ctype or looks_like_feed(resp.body)):
        yield from read_feed(resp.body, origin=url, limits=limits, published=published)
    elif "html" in ctype or (not ctype and b"<html" in resp.body[:4096].lower()):
        doc = document_from_html(resp.body, url=resp.url, origin=url, published=published)
        yield doc
    elif ctype.startswith("text/") or not ctype:
        doc = document_from_text(decode(resp.body)[0], origin=url, published=published)
        doc.url = doc.url or resp.url
        yield doc
    else:
        raise IngestError(f"unsupported content type {ctype!r} (expected HTML, text or a feed)")
