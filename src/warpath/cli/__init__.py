"""The `warpath` command: a thin layer over the library.

Exit codes: 0 all went well, 1 some inputs failed (each named on stderr), 2 usage error.
"""

from __future__ import annotations

import importlib
import logging
import sys

import click

from warpath import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="warpath")
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logs.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """warpath: conflict and diplomacy reporting in, an auditable event record out."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING)


# Each command lives in its own module. The web server's module needs the `web` extra, so
# it is skipped when that is not installed; any other import error is a bug and surfaces.
for _module, _attr in (
    ("warpath.cli.documents", "analyze"),
    ("warpath.cli.documents", "ingest"),
    ("warpath.cli.documents", "export_cmd"),
    ("warpath.cli.events", "events"),
    ("warpath.cli.eval", "eval_group"),
    ("warpath.cli.serve", "serve"),
    ("warpath.cli.report", "report"),
):
    try:
        main.add_command(getattr(importlib.import_module(_module), _attr))
    except ModuleNotFoundError as exc:
        if exc.name not in (_module, "fastapi", "uvicorn"):
            raise


def run() -> None:
    """Console entry point: an unexpected error is one line on stderr unless --debug."""
    try:
        main(prog_name="warpath", standalone_mode=True)
    except Exception as exc:  # click handles usage errors (exit 2) itself
        if "--debug" in sys.argv:
            raise
        click.echo(f"warpath: error: {type(exc).__name__}: {exc} (--debug shows the traceback)",
                   err=True)
        sys.exit(1)
