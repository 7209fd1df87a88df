"""A spokesperson whose body the phrase names speaks in that body's name (session 11: the
newer dev gold codes "an army spokesman said" as named): the body is the known source, though
the person is not. A bare "a spokesman", one speaking only from a place, or one who asked not
to be named stays anonymous. All texts are our own."""

from __future__ import annotations

from typing import Any

import pytest

from warpath.provenance.cues import find_cues


def _kind(nlp: Any, text: str) -> str:
    cues = find_cues(next(iter(nlp(text).sents)))
    assert cues, text
    return cues[0].kind


@pytest.mark.parametrize("text", [
    "A navy spokesman said two patrol boats had been fired on near the atoll.",
    "An interior ministry spokeswoman told reporters the curfew would be lifted on Friday.",
    "A spokesperson for the Kivu Defence Front denied that its fighters had looted the mine.",
    "A government spokesman in Lome accused the rebels of recruiting children.",
    "An MNJTF spokesman said the joint force had retaken the island camp.",
])
def test_a_spokesperson_of_a_named_body_is_named(nlp: Any, text: str) -> None:
    assert _kind(nlp, text) == "named"


@pytest.mark.parametrize("text", [
    "A spokesman said two patrol boats had been fired on near the atoll.",
    "A spokeswoman in Lome told reporters the curfew would be lifted on Friday.",
    "A navy spokesman, who asked not to be named, said the boats had been fired on.",
])
def test_a_spokesperson_with_no_body_stays_anonymous(nlp: Any, text: str) -> None:
    assert _kind(nlp, text) == "anonymous"
