"""WARC archives built in the test with warcio: one document per HTML response record."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.ingest.helpers import ARTICLES, failure
from warpath.document import Document
from warpath.ingest import read


def build_warc(path: Path, records: list[tuple[str, str, bytes]], gzip: bool) -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for uri, ctype, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                               http_headers=headers)
            writer.write_record(record)
    return path


@pytest.mark.parametrize(("name", "gzip"), [("pages.warc.gz", True), ("pages.warc", False)])
def test_html_records_become_documents(tmp_path: Path, name: str, gzip: bool) -> None:
    html = (ARTICLES / "border-clash.html").read_bytes()
    path = build_warc(tmp_path / name, [
        ("https://example.org/clash", "text/html; charset=utf-8", html),
        ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n"),
    ], gzip)
    (doc,) = list(read([str(path)]))
    assert isinstance(doc, Document)
    assert doc.url == "https://example.org/cat/2022/09/16/border-clash"  # canonical link
    assert doc.origin == f"{path}#https://example.org/clash"
    assert doc.meta["reader"] == "warc"
    assert doc.text.startswith("Fighting between Kyrgyz and Tajik")


def test_bad_record_fails_alone(tmp_path: Path) -> None:
    html = (ARTICLES / "border-clash.html").read_bytes()
    path = build_warc(tmp_path / "mixed.warc.gz", [
        ("https://example.org/nav", "text/html", b"<html><body><a href='/'>Home</a></body></html>"),
        ("https://example.org/clash", "text/html", html),
    ], True)
    first, second = list(read([str(path)]))
    assert not isinstance(first, Document) and "no article text" in first.reason
    assert isinstance(second, Document)


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(b"this is not an archive at all\n" * 10)
    assert "WARC" in failure(path).reason


def test_warc_without_pages(tmp_path: Path) -> None:
    path = build_warc(tmp_path / "img.warc", [("https://e.org/a.png", "image/png", b"x")], False)
    assert failure(path).reason == "no HTML response records in this WARC file"
