"""`analyze`, `ingest` and `export`: documents in, contract JSON/CSV out or into the store."""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from warpath import runner
from warpath.document import Document
from warpath.export import write
from warpath.ingest import Failure
from warpath.pipeline import Config

FORMATS = click.Choice(["json", "jsonl", "csv"])


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


def _config(actors: tuple[Path, ...], similar: bool = False) -> Config:
    config = Config(actor_files=list(actors))
    if similar:  # the optional stage (the `embed` extra): unknown predicates by similarity
        from warpath.events.similar import with_stage

        config = with_stage(config)
    return config


class FailureLog:
    """Writes each failure as one line on stderr and remembers that one happened."""

    def __init__(self, debug: bool = False) -> None:
        self.count = 0
        self.debug = debug

    def only_ok(self, items: Iterable[dict[str, Any] | Failure]) -> Iterator[dict[str, Any]]:
        for item in items:
            if isinstance(item, Failure):
                self.count += 1
                if self.debug and item.exception is not None:
                    click.echo("".join(traceback.format_exception(item.exception)), err=True)
                click.echo(f"warpath: {item.origin}: {item.reason}", err=True)
            else:
                yield item

    def exit(self) -> None:
        sys.exit(1 if self.count else 0)


common_input = [
    click.argument("inputs", nargs=-1, required=True),
    click.option("--published", callback=_date, metavar="YYYY-MM-DD",
                 help="Publication date; overrides the one the input states."),
    click.option("--actors", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                 multiple=True, help="Extra actor dictionary file (YAML/CSV), repeatable."),
    click.option("--any-language", is_flag=True, help="Analyse non-English text anyway."),
    click.option("--progress/--no-progress", default=None,
                 help="Progress bar on stderr (default: when stderr is a terminal)."),
    click.option("--similar-predicates", "similar", is_flag=True,
                 help="Type predicates the lexicon does not know by their nearest entry "
                      "(sentence embeddings; needs pip install 'warpath[embed]')."),
]


def with_inputs(f: Any) -> Any:
    for option in reversed(common_input):
        f = option(f)
    return f


@click.command()
@with_inputs
@click.option("--format", "fmt", type=FORMATS, default="json", show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Output file (default: stdout).")
@click.pass_context
def analyze(ctx: click.Context, inputs: tuple[str, ...], published: dt.date | None,
            actors: tuple[Path, ...], any_language: bool, progress: bool | None, similar: bool,
            fmt: str, output: TextIO) -> None:
    """Analyse INPUTS (files, directories, URLs, feeds, WARCs) without storing them.

    `json` prints one document per the contract (a list for several), `jsonl` one per line,
    `csv` one row per event.
    """
    failures = FailureLog(ctx.obj["debug"])
    docs = runner.documents(inputs, published=published, any_language=any_language)
    results = runner.analyse(docs, _config(actors, similar), progress=progress)
    if fmt == "json":  # one JSON value: collect, then write once
        write(fmt, list(failures.only_ok(results)), output)
    else:
        write(fmt, failures.only_ok(results), output)
    failures.exit()


@click.command()
@with_inputs
@click.option("--db", help="Store URL or SQLite path (default: $WARPATH_DB or warpath.db).")
@click.option("--replace", is_flag=True, help="Re-analyse documents already stored.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Run in this process, or on Ray Data (needs the `ray` extra).")
@click.option("--workers", type=int, default=2, show_default=True, help="Ray workers.")
@click.pass_context
def ingest(ctx: click.Context, inputs: tuple[str, ...], published: dt.date | None,
           actors: tuple[Path, ...], any_language: bool, progress: bool | None, similar: bool,
           db: str | None, replace: bool, engine: str, workers: int) -> None:
    """Analyse INPUTS and store them; documents already stored are skipped.

    A run that stops half way (crash, Ctrl-C) is resumed by running it again: every document
    is stored in its own transaction under its content hash, so nothing is stored twice.
    """
    from warpath.store import Store

    store = Store(db)
    failures = FailureLog(ctx.obj["debug"])
    skipped: list[bool] = []  # one entry per document seen by the local engine
    if engine == "ray":
        known = store.ids() if not replace else frozenset()
        results = _ray_results(inputs, known, workers, config=_config(actors, similar),
                               published=published, any_language=any_language)
    else:
        docs = runner.documents(inputs, published=published, any_language=any_language)

        def skip(document: Document) -> bool:
            known = not replace and store.has(document.id)
            skipped.append(known)
            return known

        results = runner.analyse(docs, _config(actors, similar), skip=skip, progress=progress)
    added = 0
    for analysis in failures.only_ok(results):
        added += store.save(analysis, replace=replace)
    counts = store.counts()
    click.echo(f"stored {added} new document(s), {sum(skipped)} already present; store now holds "
               f"{counts['documents']} documents, {counts['events']} events", err=True)
    failures.exit()


def _ray_results(inputs: tuple[str, ...], known: frozenset[str], workers: int,
                 **options: Any) -> Iterator[dict[str, Any] | Failure]:
    from warpath.engines import ray_engine
    from warpath.engines.batch import expand

    for name, analysis, error in ray_engine.run(expand(inputs), known, workers=workers,
                                                **options):
        yield analysis if analysis is not None else Failure(name, error or "unknown error")


@click.command("export")
@click.option("--db", help="Store URL or SQLite path (default: $WARPATH_DB or warpath.db).")
@click.option("--format", "fmt", type=FORMATS, default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
def export_cmd(db: str | None, fmt: str, output: TextIO) -> None:
    """Write every stored analysis as JSON, JSONL or CSV."""
    from warpath.store import Store

    write(fmt, Store(db).analyses(), output)

