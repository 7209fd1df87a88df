"""Files and directories: readers chosen by extension (or content), directories recursively."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.helpers import ARTICLES, Writer, document, failure
from warpath.document import Document
from warpath.ingest import Failure, read
from warpath.ingest.paths import files_in


def test_directory_is_read_recursively_by_extension(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.md").write_bytes((ARTICLES / "analysis.md").read_bytes())
    (tmp_path / "top.txt").write_bytes((ARTICLES / "wire-report.txt").read_bytes())
    (tmp_path / "page.htm").write_bytes((ARTICLES / "border-clash.html").read_bytes())
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("secret notes")
    (tmp_path / "README.md").write_text("How this folder is organised.")
    names = [p.relative_to(tmp_path).as_posix() for p in files_in(tmp_path)]
    assert names == ["a/b/deep.md", "page.htm", "top.txt"]
    docs = list(read([str(tmp_path)]))
    assert all(isinstance(d, Document) for d in docs) and len(docs) == 3


def test_examples_directory_gives_every_article() -> None:
    docs = list(read([str(ARTICLES)]))
    assert len(docs) == 7
    assert all(isinstance(d, Document) for d in docs)


def test_one_bad_file_does_not_stop_the_directory(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_bytes((ARTICLES / "liveblog.txt").read_bytes())
    (tmp_path / "empty.txt").write_text("")
    results = list(read([str(tmp_path)]))
    assert [type(r) for r in results] == [Failure, Document]
    assert results[0].origin == str(tmp_path / "empty.txt")


def test_empty_directory(tmp_path: Path) -> None:
    assert failure(tmp_path).reason.startswith("no readable files")


def test_missing_path() -> None:
    assert failure("/no/such/file.txt").reason == "no such file or directory"


def test_file_without_extension_is_sniffed(write: Writer) -> None:
    html = write("page", (ARTICLES / "border-clash.html").read_text(encoding="utf-8"))
    assert document(html).meta["reader"] == "html"
    text = write("notes", (ARTICLES / "liveblog.txt").read_text(encoding="utf-8"))
    assert document(text).title == "Armenia-Azerbaijan border: clashes near Jermuk"


def test_file_urls_are_local_paths() -> None:
    doc = document((ARTICLES / "liveblog.txt").as_uri())
    assert doc.title == "Armenia-Azerbaijan border: clashes near Jermuk"
