"""Places of events from a gazetteer and conflict features."""

from __future__ import annotations

from warpath.document import Analysis
from warpath.pipeline import Config, Stage, stages


@stages.register("places")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        return None  # not built yet

    return run
