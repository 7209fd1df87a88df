"""`read` never raises for bad input: each bad input is one `Failure` with one clear line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.ingest.helpers import ARTICLES, Writer, failure
from warpath.document import Document
from warpath.ingest import Failure, Limits, read, read_string


def test_bad_inputs_each_fail_with_one_line(tmp_path: Path, write: Writer) -> None:
    cases = {
        write("empty.txt", b""): "empty input",
        write("binary.txt", bytes(range(256)) * 40): "binary data",
        write("nav.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"):
            "no article text found",
        write("broken.xml", "<rss><channel><item><title>x</ti"): "malformed feed",
        "gopher://example.org/x": "unsupported URL scheme",
        "http://127.0.0.1:9/": "cannot connect",
    }
    results = list(read([str(c) for c in cases]))
    assert len(results) == len(cases)
    for result, (case, expected) in zip(results, cases.items(), strict=True):
        assert isinstance(result, Failure), case
        assert result.origin == str(case)
        assert expected in result.reason
        assert "\n" not in result.reason and "Traceback" not in result.reason


def test_invalid_utf8_is_decoded_by_detection(write: Writer) -> None:
    text = ("Officials said the convoy was attacked near the border crossing on Monday, and "
            "that the attackers fled towards the hills. “We will respond,” a commander said.")
    path = write("legacy.txt", text.encode("cp1252"))
    (doc,) = read([str(path)])
    assert isinstance(doc, Document)
    assert "“We will respond,”" in doc.text


def test_50mb_text_hits_the_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:  # written in chunks; tmp_path removes it
        chunk = b"Shelling continued overnight, officials said.\n" * 20_000
        while out.tell() < 50_000_000:
            out.write(chunk)
    reason = failure(path).reason
    assert reason.startswith("input is 50.") and "over the 20.0 MB limit" in reason
    (ok,) = read([str(ARTICLES / "wire-report.txt")], limits=Limits(max_bytes=60_000_000))
    assert isinstance(ok, Document)


def test_size_cap_from_environment(monkeypatch: pytest.MonkeyPatch, write: Writer) -> None:
    monkeypatch.setenv("WARPATH_MAX_BYTES", "100")
    path = write("small.txt", "x" * 500)
    assert "over the" in failure(path).reason
    assert Limits.from_env().max_bytes == 100


def test_published_override() -> None:
    (doc,) = read([str(ARTICLES / "crosspost.txt")], published=dt.date(2024, 1, 1))
    assert isinstance(doc, Document) and doc.published == dt.date(2024, 1, 1)


def test_read_string_rejects_empty() -> None:
    from warpath.ingest import IngestError

    with pytest.raises(IngestError, match="empty"):
        read_string("   ")


def test_document_ids_are_stable() -> None:
    (a,) = read([str(ARTICLES / "analysis.md")])
    (b,) = read([str(ARTICLES / "analysis.md")])
    assert isinstance(a, Document) and isinstance(b, Document) and a.id == b.id
