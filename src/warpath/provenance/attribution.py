"""Who says so: the attribution of each claim."""

from __future__ import annotations

from warpath.document import Analysis
from warpath.pipeline import Config, Stage, stages


@stages.register("attribution")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        return None  # not built yet

    return run
