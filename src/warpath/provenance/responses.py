"""Response chains: link an answering event to what it answers."""

from __future__ import annotations

from warpath.document import Analysis
from warpath.pipeline import Config, Stage, stages


@stages.register("responses")
def make(config: Config) -> Stage:
    def run(analysis: Analysis) -> None:
        return None  # not built yet

    return run
