"""Both engines give the same analyses, skip known documents and name failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_documents import ARTICLE
from warpath.engines.batch import analyse_batch


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Erbil", "Baghdad"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    return tmp_path


def test_a_batch_gives_one_row_per_document_and_per_failure(corpus: Path) -> None:
    names = [str(corpus / n) for n in ("a.txt", "b.txt", "empty.txt")]
    out = analyse_batch(names)
    assert out["input"] == names
    assert [e is None for e in out["error"]] == [True, True, False]
    ids = {json.loads(a)["document"]["id"] for a in out["analysis"] if a}
    assert len(ids) == 2


def test_known_documents_are_skipped_before_analysis(corpus: Path) -> None:
    first = analyse_batch([str(corpus / "a.txt")])
    known = frozenset({json.loads(first["analysis"][0])["document"]["id"]})
    again = analyse_batch([str(corpus / "a.txt"), str(corpus / "b.txt")], known)
    assert again["input"] == [str(corpus / "b.txt")]


def test_ray_ingest_stores_each_document_once(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("ray")
    from click.testing import CliRunner

    from warpath.cli import main
    from warpath.store import Store

    db = str(tmp_path / "ray.db")
    args = ["ingest", str(corpus), "--db", db, "--engine", "ray", "--workers", "1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output  # empty.txt is named as a failure
    assert "empty.txt" in result.stderr
    assert Store(db).counts()["documents"] == 2
    CliRunner().invoke(main, args)  # a rerun resumes: nothing twice
    assert Store(db).counts()["documents"] == 2
