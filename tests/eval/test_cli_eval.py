"""`warpath eval ...` runs end to end and prints a table or JSON."""

import json

from click.testing import CliRunner

from tests.conftest import shared_path
from warpath.cli.eval import eval_group


def test_gold_command_prints_json_figures(monkeypatch):
    shared = shared_path()
    monkeypatch.setenv("WARPATH_SHARED", str(shared))
    result = CliRunner().invoke(
        eval_group, ["gold", str(shared / "corpus" / "gold"), "--limit", "1", "--json",
                     "--no-progress"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["figures"]
    assert figures["documents"] == 1
    assert "core event recall" in figures


def test_gsr_commands_find_their_files_through_warpath_shared(monkeypatch):
    monkeypatch.setenv("WARPATH_SHARED", str(shared_path()))
    for command, first in (("plover-gsr", "gold type found"),
                           ("petrarch-gsr", "gold codings found")):
        result = CliRunner().invoke(eval_group, [command, "--limit", "2"])
        assert result.exit_code == 0, result.output
        assert first in result.output


def test_a_missing_default_file_is_a_usage_error(monkeypatch, tmp_path):
    monkeypatch.setenv("WARPATH_SHARED", str(tmp_path))
    result = CliRunner().invoke(eval_group, ["plover-gsr"])
    assert result.exit_code == 2
    assert "WARPATH_SHARED" in result.output
