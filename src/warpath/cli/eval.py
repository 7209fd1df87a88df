"""`warpath eval ...`: the benchmarks. Each prints figures; none asserts a target."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from warpath.eval.records import shared_dir
from warpath.eval.report import Report


def _emit(report: Report, as_json: bool, show_errors: bool) -> None:
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(report.table(show_errors=show_errors))


def _default(*parts: str) -> Path:
    return shared_dir().joinpath(*parts)


_json = click.option("--json", "as_json", is_flag=True, help="Machine-readable figures.")
_errors = click.option("--errors", "show_errors", is_flag=True,
                       help="List every miss (wrong type, missed event, violation, ...).")
_limit = click.option("--limit", type=int, default=None, help="Score only the first N items.")
_similar = click.option("--similar-predicates", "similar", is_flag=True,
                        help="Add the optional similar-predicates stage (needs the embed extra).")


def _pipeline(similar: bool) -> Any:
    """None (each suite's default pipeline), or the default one with the optional stage."""
    if not similar:
        return None
    from warpath.events.similar import with_stage
    from warpath.pipeline import Pipeline

    return Pipeline(with_stage())


@click.group("eval")
def eval_group() -> None:
    """Measure the pipeline against gold standards (benchmarks, not tests)."""


@eval_group.command("plover-gsr")
@click.argument("path", required=False, type=click.Path(exists=True, dir_okay=False,
                                                         path_type=Path))
@_json
@_errors
@_limit
@_similar
def plover_gsr(path: Path | None, as_json: bool, show_errors: bool, limit: int | None,
               similar: bool) -> None:
    """PLOVER gold sentences (default: $WARPATH_SHARED or ../shared, external/plover-gsr)."""
    from warpath.eval import plover_gsr as suite

    path = path or _default("external", "plover-gsr", "PLOVER_GSR_CAMEO.json")
    _need(path)
    _emit(suite.run(path, pipeline=_pipeline(similar), limit=limit,
                    progress=sys.stderr.isatty()), as_json, show_errors)


@eval_group.command("petrarch-gsr")
@click.argument("path", required=False, type=click.Path(exists=True, dir_okay=False,
                                                         path_type=Path))
@click.option("--cameo-table", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="CAMEO-to-PLOVER table (default: external/cameo).")
@_json
@_errors
@_limit
@_similar
def petrarch_gsr(path: Path | None, cameo_table: Path | None, as_json: bool,
                 show_errors: bool, limit: int | None, similar: bool) -> None:
    """UniversalPetrarch validation sentences, CAMEO codes mapped to PLOVER."""
    from warpath.eval import petrarch_gsr as suite

    path = path or _default("external", "petrarch-gsr", "PETR2_GSR_validation.xml")
    table = cameo_table or _default("external", "cameo", "CAMEO2PLOVER-2021.txt")
    _need(path)
    _need(table)
    _emit(suite.run(path, table, pipeline=_pipeline(similar), limit=limit,
                    progress=sys.stderr.isatty()), as_json, show_errors)


@eval_group.command("gold")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--texts", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, help="Where the texts are (default: DIRECTORY/../text).")
@click.option("--progress/--no-progress", default=True, help="Progress bar over documents.")
@_json
@_errors
@_limit
@_similar
def gold(directory: Path, texts: Path | None, progress: bool, as_json: bool,
         show_errors: bool, limit: int | None, similar: bool) -> None:
    """Articles with gold files in the format of ../shared/corpus/gold."""
    from warpath.eval import gold as suite

    _emit(suite.run(directory, texts, pipeline=_pipeline(similar), limit=limit,
                    progress=progress), as_json, show_errors)


@eval_group.command("phrases")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@_json
@_errors
@_limit
@_similar
def phrases(paths: tuple[Path, ...], as_json: bool, show_errors: bool, limit: int | None,
            similar: bool) -> None:
    """A phrase battery: JSONL files or directories of them (default: examples/phrases)."""
    from warpath.eval import phrases as suite

    chosen = list(paths) or [Path("examples") / "phrases"]
    for path in chosen:
        _need(path)
    try:
        report = suite.run(chosen, pipeline=_pipeline(similar), limit=limit,
                           progress=sys.stderr.isatty())
    except suite.BatteryError as exc:
        raise click.UsageError(str(exc)) from exc
    _emit(report, as_json, show_errors)


@eval_group.command("frames")
@click.argument("path", required=False, type=click.Path(exists=True, dir_okay=False,
                                                        path_type=Path))
@_json
@_errors
@_similar
def frames(path: Path | None, as_json: bool, show_errors: bool, similar: bool) -> None:
    """Hedge frames crossed with acts (default: examples/frames/hedge_frames.json)."""
    from warpath.eval import frames as suite

    chosen = path or Path("examples") / "frames" / "hedge_frames.json"
    _need(chosen)
    try:
        report = suite.run(chosen, pipeline=_pipeline(similar), progress=sys.stderr.isatty())
    except suite.FrameError as exc:
        raise click.UsageError(str(exc)) from exc
    _emit(report, as_json, show_errors)


@eval_group.command("train-status")
@click.option("--gold", "gold_dirs", multiple=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Gold article directories (default: examples/devset/gold).")
@click.option("--phrases", "phrase_paths", multiple=True,
              type=click.Path(exists=True, path_type=Path),
              help="Phrase batteries, files or directories (default: examples/phrases).")
@click.option("--threshold", type=float, default=0.8, show_default=True,
              help="Chance of a non-factual act above which an asserted event is turned.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the model (default: print the cross-validation only).")
def train_status(gold_dirs: tuple[Path, ...], phrase_paths: tuple[Path, ...], threshold: float,
                 out: Path | None) -> None:
    """Train the status model on dev gold and print what it would change, by cross-validation.

    Never pass held-out material here: what the model is trained on is no longer held out.
    """
    from warpath.eval import train_status as trainer
    from warpath.pipeline import Pipeline

    gold_list = list(gold_dirs) or [Path("examples") / "devset" / "gold"]
    phrase_list = list(phrase_paths) or [Path("examples") / "phrases"]
    for path in gold_list + phrase_list:
        _need(path)
    # the default pipeline has no model stage: the examples carry the rules' own statuses
    examples = trainer.collect(Pipeline(), gold_list, phrase_list, progress=sys.stderr.isatty())
    click.echo(f"{len(examples)} events matched to gold")
    click.echo("threshold  fixed  exact  wrong  (of hedged / factual events the rules assert)")
    for f in trainer.cross_validate(examples, thresholds=(0.5, 0.6, 0.7, 0.8, 0.9)):
        click.echo(f"{f.threshold:9.2f}  {f.fixed:5d}  {f.status_right:5d}  {f.wrong:5d}  "
                   f"({f.asserted_hedged} / {f.asserted_factual})")
    if out is not None:
        trainer.save(trainer.fit(examples, threshold=threshold), out)
        click.echo(f"model written to {out}")


def _need(path: Path) -> None:
    if not path.exists():
        raise click.UsageError(f"{path} not found; pass the path or set WARPATH_SHARED")
