"""The stage registry and the function that runs documents through it.

A stage is made by a factory `make(config) -> run(analysis)`; `run` reads the layers earlier
stages wrote on the `Analysis` and adds its own. Stages are looked up by name, so a plugin
can register a new one and list it in `Config.stages`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from warpath import nlp
from warpath.document import Analysis, Document, Span
from warpath.registry import Registry

Stage = Callable[[Analysis], None]
StageFactory = Callable[["Config"], Stage]

stages: Registry[StageFactory] = Registry("stage")

DEFAULT_STAGES: tuple[str, ...] = (
    "actors",
    "events",
    "status",
    "time",
    "ahead",
    "places",
    "local",
    "party-places",
    "casualties",
    "attribution",
    "responses",
    "checks",
)


@dataclass
class Config:
    stages: tuple[str, ...] = DEFAULT_STAGES
    model: str | None = None
    actor_files: list[Path] = field(default_factory=list)
    batch_size: int = 16


class Pipeline:
    """Runs documents through spaCy (batched with `nlp.pipe`) and then the named stages."""

    def __init__(self, config: Config | None = None) -> None:
        import warpath.stages  # noqa: F401  (registers the built-in stages)

        self.config = config or Config()
        self.nlp = nlp.load(self.config.model)
        self.stages: list[tuple[str, Stage]] = [
            (name, stages.get(name)(self.config)) for name in self.config.stages
        ]

    def __call__(self, document: Document) -> Analysis:
        return next(iter(self.pipe([document])))

    def pipe(self, documents: Iterable[Document]) -> Iterator[Analysis]:
        docs = list(documents) if not isinstance(documents, list) else documents
        texts = (nlp.fold_capitals(d.text) for d in docs)
        for document, sdoc in zip(docs, self.nlp.pipe(texts, batch_size=self.config.batch_size),
                                  strict=True):
            yield self.run_stages(document, sdoc)

    def parse_long(self, text: str) -> object:
        """A text over the parser's length limit, parsed in parts cut at paragraph breaks (or
        line breaks, or sentence ends) and joined back into one Doc with the same text, so
        every stage sees the whole document."""
        from spacy.tokens import Doc

        size = max(self.nlp.max_length // 2, 1)
        parts = list(split_text(nlp.fold_capitals(text), size))
        return Doc.from_docs(list(self.nlp.pipe(parts, batch_size=4)), ensure_whitespace=False)

    def run_stages(self, document: Document, sdoc: object) -> Analysis:
        analysis = Analysis(document=document, doc=sdoc)
        analysis.sentences = [
            Span.of(document.text, s.start_char, s.end_char) for s in sdoc.sents  # type: ignore[attr-defined]
        ]
        for _name, run in self.stages:
            run(analysis)
        return analysis


def split_text(text: str, size: int) -> Iterator[str]:
    """`text` in consecutive parts of at most `size` characters (a part is longer only when
    no break is found), cut after a paragraph break, else a line break, else a sentence end,
    else a space; the parts joined give `text` back."""
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            at = window.rfind(mark)
            if at > 0:
                cut = at + len(mark)
                break
        end = start + cut if cut > 0 else start + size
        yield text[start:end]
        start = end
    if start < len(text):
        yield text[start:]
