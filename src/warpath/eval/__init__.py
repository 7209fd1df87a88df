"""Benchmarks: score the pipeline against gold standards.

Three suites, each a module with a `run(...)` that returns a `Report`:
`plover_gsr` (PLOVER's CAMEO-manual sentences), `petrarch_gsr` (UniversalPetrarch's wire
sentences) and `gold` (whole articles annotated in the format of `../shared/corpus/gold`).
Scoring works on the contract dict (`warpath.contract.to_dict`), so what is measured is what
users get. None of these asserts a target: they print figures.
"""

from warpath.eval.report import Ratio, Report

__all__ = ["Ratio", "Report"]
