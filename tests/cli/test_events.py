"""`warpath events`: stored documents merged into events, printed in four formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.corpus.test_clusters import _analysis, _event
from warpath.cli import main
from warpath.export.acled import COLUMNS


@pytest.fixture
def db(tmp_path: Path) -> str:
    from warpath.store import Store

    path = str(tmp_path / "events.db")
    store = Store(path)
    text = "Shells hit the harbour of Port Town"
    store.save(_analysis("d1", _event("e1", killed=3, text=text)))
    store.save(_analysis("d2", _event("e1", killed=5, text=text)))
    return path


def _run(db: str, fmt: str) -> str:
    result = CliRunner().invoke(main, ["events", "--db", db, "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.output


def test_json_lists_clusters_and_checks(db: str) -> None:
    out = json.loads(_run(db, "json"))
    assert len(out["events"]) == 1
    assert out["events"][0]["documents"] == ["d1", "d2"]
    assert out["checks"][0]["kind"] == "casualty-conflict"


def test_csv_one_row_per_event(db: str) -> None:
    rows = list(csv.DictReader(io.StringIO(_run(db, "csv"))))
    assert len(rows) == 1 and rows[0]["documents"] == "d1 d2"


def test_acled_csv_header(db: str) -> None:
    reader = csv.DictReader(io.StringIO(_run(db, "acled-csv")))
    assert reader.fieldnames == COLUMNS
    assert next(reader)["event_type"] == "ASSAULT"


def test_plover_jsonl(db: str) -> None:
    lines = _run(db, "plover-jsonl").splitlines()
    assert json.loads(lines[0])["event"] == "ASSAULT"


def test_output_file(db: str, tmp_path: Path) -> None:
    target = tmp_path / "events.jsonl"
    result = CliRunner().invoke(main, ["events", "--db", db, "--format", "plover-jsonl",
                                       "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text().count("\n") == 1
