"""Fixtures for the actor tests: one actors-only pipeline and the analysed seed article."""

from __future__ import annotations

import pytest

from tests.conftest import shared_path
from warpath.document import Analysis, Document
from warpath.pipeline import Config, Pipeline


@pytest.fixture(scope="session")
def actor_pipeline() -> Pipeline:
    return Pipeline(Config(stages=("actors",)))


@pytest.fixture(scope="session")
def seed_analysis(actor_pipeline: Pipeline) -> Analysis:
    text = next(shared_path("seed").glob("*.txt")).read_text(encoding="utf-8")
    body = text[text.index("Though it narrowly"):]
    return actor_pipeline(Document(text=body))
