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


def test_main_only_leaves_out_nested_events(tmp_path: Path) -> None:
    from warpath.store import Store

    path = str(tmp_path / "nested.db")
    accusation = _event("e1", type_="ACCUSE", text="The ministry said rockets hit Port Town")
    accusation["embedding"] = "main"
    strike = _event("e2", text="rockets hit Port Town", status="reported")
    strike |= {"embedding": "nested", "nested_in": "e1"}
    Store(path).save(_analysis("d1", accusation, strike))
    everything = json.loads(_run(path, "json"))
    result = CliRunner().invoke(main, ["events", "--db", path, "--main-only"])
    assert result.exit_code == 0, result.output
    main_only = json.loads(result.output)
    assert sorted(e["type"] for e in everything["events"]) == ["ACCUSE", "ASSAULT"]
    assert [e["type"] for e in main_only["events"]] == ["ACCUSE"]
