"""`warpath analyze`, `ingest` and `export` from the command line, as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from warpath.cli import main

# Written for these tests.
ARTICLE = """Navy Moves Second Carrier Into the Gulf

By Dana Whitfield

June 3, 2021

The Navy moved a second aircraft carrier into the Gulf on Monday, officials said, a day after
militants fired rockets at a coalition base near Erbil, wounding two soldiers.

Iran's foreign ministry condemned the deployment and warned that it would respond to any attack.
"""


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "carrier.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_analyze_prints_one_contract_document(article: Path) -> None:
    code, out, err = run("analyze", str(article), "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["schema_version"] and doc["document"]["text"]
    assert "Navy moved a second aircraft carrier" in doc["document"]["text"]


def test_published_option_sets_the_reference_date(article: Path) -> None:
    code, out, _ = run("analyze", str(article), "--published", "2021-06-03")
    assert code == 0
    assert json.loads(out)["document"]["published"] == "2021-06-03"


def test_a_bad_date_is_a_usage_error(article: Path) -> None:
    code, _, err = run("analyze", str(article), "--published", "June 3")
    assert code == 2 and "YYYY-MM-DD" in err


def test_jsonl_gives_one_line_per_document(tmp_path: Path, article: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(ARTICLE.replace("Erbil", "Baghdad"), encoding="utf-8")
    code, out, _ = run("analyze", str(tmp_path), "--format", "jsonl")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 2
    assert {json.loads(x)["document"]["id"] for x in lines}.__len__() == 2


def test_csv_has_one_row_per_event(article: Path) -> None:
    code, out, _ = run("analyze", str(article), "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    doc = json.loads(run("analyze", str(article))[1])
    assert len(rows) == len(doc["events"])


def test_bad_inputs_are_named_and_the_rest_kept(tmp_path: Path, article: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 8)
    code, out, err = run("analyze", str(article), str(tmp_path / "empty.txt"),
                         str(tmp_path / "blob.txt"), "ftp://example.org/x", "--format", "jsonl")
    assert code == 1
    assert len(out.strip().splitlines()) == 1  # the good article survives
    lines = err.strip().splitlines()
    assert len(lines) == 3, err
    assert "empty.txt" in lines[0] and "blob.txt" in lines[1] and "ftp://" in lines[2]
    assert "Traceback" not in err


def test_ingest_twice_stores_once_and_export_reads_back(tmp_path: Path, article: Path) -> None:
    db = str(tmp_path / "w.db")
    assert run("ingest", str(article), "--db", db)[0] == 0
    code, _, err = run("ingest", str(article), "--db", db)
    assert code == 0 and "0 new" in err and "1 already" in err
    code, out, _ = run("export", "--db", db, "--format", "jsonl")
    assert code == 0 and len(out.strip().splitlines()) == 1


def test_every_command_has_help() -> None:
    for cmd in ([], ["analyze"], ["ingest"], ["export"], ["report"]):
        code, out, _ = run(*cmd, "--help")
        assert code == 0 and "Usage" in out
