"""The package's own YAML data parse without a key written twice: YAML keeps the last of two
equal keys silently, so an entry added at the end of a section could undo one above it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = sorted((Path(__file__).resolve().parents[1] / "src" / "warpath").rglob("data/*.yaml"))


class _Strict(yaml.SafeLoader):
    pass


def _mapping(loader: _Strict, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue  # "<<: *base" merges, it writes no key
        key = loader.construct_object(key_node)
        if key in seen:
            raise ValueError(f"key {key!r} written twice (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return loader.construct_mapping(node)


_Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_there_are_data_files() -> None:
    assert len(DATA) >= 5


@pytest.mark.parametrize("path", DATA, ids=[p.name for p in DATA])
def test_no_key_is_written_twice(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_Strict)  # noqa: S506


def test_a_key_written_twice_is_caught() -> None:
    with pytest.raises(ValueError, match="written twice"):
        yaml.load("a: 1\nb: 2\na: 3\n", Loader=_Strict)  # noqa: S506
