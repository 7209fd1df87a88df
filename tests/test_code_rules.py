"""Rules the source keeps that no linter checks.

spaCy builds a new `Token` object on every access, so `tok.head is tok` is never true, even at
the root of a sentence. A walk up the tree written as `while node.head is not node` never ends
there: two such loops hung the pipeline in session 11. Tokens are compared by index.
"""

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "warpath"
IDENTITY_ON_HEAD = re.compile(r"\.head is (not )?(?!None\b)\w")


def test_tokens_are_never_compared_by_identity_with_their_head():
    offenders = [f"{path.relative_to(SRC)}:{n}"
                 for path in sorted(SRC.rglob("*.py"))
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if IDENTITY_ON_HEAD.search(line)]
    assert offenders == []


def test_the_rule_catches_the_loop_that_hung():
    assert IDENTITY_ON_HEAD.search("    while node.head is not node and node.i != verb.i:")
    assert IDENTITY_ON_HEAD.search("        if node.head is node:")
    assert not IDENTITY_ON_HEAD.search("    while node.head.i != node.i:")
    assert not IDENTITY_ON_HEAD.search("    if tok.head is None:")


def test_a_sentence_whose_speaker_is_not_above_the_unit_does_not_hang():
    from warpath.document import Document
    from warpath.pipeline import Pipeline

    text = ("Gunmen raided a police post near the market on Sunday, torching a truck. "
            "Officers at the post did not shoot back, a district official said, and the "
            "gunmen escaped into the hills.")
    analysis = Pipeline()(Document(text=text, origin="hang-check"))
    assert any(e.type == "ASSAULT" for e in analysis.events)
