"""URLs, against a local server on 127.0.0.1: pages, texts, feeds, redirects, errors, caps."""

from __future__ import annotations

import datetime as dt

from tests.ingest.helpers import ARTICLES, Server, document, failure, read_one
from warpath.document import Document
from warpath.ingest import Limits, read

HTML = (ARTICLES / "border-clash.html").read_text(encoding="utf-8")


def test_html_url(server: Server) -> None:
    url = server.add("/news/clash", HTML)
    doc = document(url)
    assert doc.title == "Kyrgyz and Tajik troops clash at border; 24 dead, talks planned"
    assert doc.origin == url
    assert doc.text.startswith("Fighting between Kyrgyz and Tajik")


def test_text_url(server: Server) -> None:
    url = server.add("/a.txt", (ARTICLES / "wire-report.txt").read_bytes(), "text/plain")
    doc = document(url)
    assert doc.author == "Nadia Haddad and Tom Whitlow"
    assert doc.url == url


def test_redirects_are_followed_but_bounded(server: Server) -> None:
    server.add("/old", b"", status=301, headers={"Location": "/news/clash"})
    server.add("/news/clash", HTML)
    assert document(server.url("/old")).url  # followed
    server.add("/loop", b"", status=302, headers={"Location": "/loop"})
    assert "redirects" in failure(server.url("/loop")).reason


def test_http_errors(server: Server) -> None:
    assert failure(server.url("/missing")).reason == "HTTP 404 Not Found"


def test_size_cap(server: Server) -> None:
    url = server.add("/big", b"x" * 5000, "text/plain")
    result = read_one(url, limits=Limits(max_bytes=1000))
    assert not isinstance(result, Document)
    assert "over the" in result.reason and "limit" in result.reason


def test_unknown_scheme_and_unreachable_host() -> None:
    assert "unsupported URL scheme 'ftp:'" in failure("ftp://example.org/a.txt").reason
    reason = failure("http://127.0.0.1:9/nothing-listens-here").reason
    assert reason.startswith("cannot connect to 127.0.0.1:9")


def test_timeout(server: Server) -> None:
    import socket

    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        (result,) = read([f"http://127.0.0.1:{port}/"], limits=Limits(timeout=0.5))
    assert not isinstance(result, Document)
    assert result.reason == "timed out after 0.5 s"


def test_published_override_applies_to_urls(server: Server) -> None:
    url = server.add("/news/clash", HTML)
    assert document(url, published=dt.date(2022, 9, 17)).published == dt.date(2022, 9, 17)
