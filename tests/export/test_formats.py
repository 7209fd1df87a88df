"""The per-document CSV: one row per event, with where it sits and whether its target was
inferred, so a spreadsheet user can filter as the JSON user can."""

from __future__ import annotations

import csv
import io

from warpath.contract import to_dict
from warpath.document import Document
from warpath.export.formats import CSV_COLUMNS, write


def test_csv_rows_carry_embedding_and_inferred_targets(pipeline) -> None:  # type: ignore[no-untyped-def]
    analysis = to_dict(pipeline(Document(text=(
        "Germany said Russia must withdraw its troops from the border. Russian and German "
        "officials traded accusations. The German government said Russian jets had "
        "violated its airspace. Russia's army said its jets fired flares."))))
    out = io.StringIO()
    write("csv", [analysis], out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == CSV_COLUMNS
    assert {r["embedding"] for r in rows} >= {"main", "nested"}
    nested = [r for r in rows if r["embedding"] == "nested"]
    assert all(r["nested_in"] in {x["event_id"] for x in rows} for r in nested)
    assert {r["target_inferred"] for r in rows} <= {"", "counterpart", "answered"}
