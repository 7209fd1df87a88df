"""Whether the text says each event happened: asserted, reported, planned, hypothetical, negated."""

from __future__ import annotations

from warpath.document import Analysis
from warpath.pipeline import Config, Stage, stages


@stages.register("status")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        return None  # not built yet

    return run
