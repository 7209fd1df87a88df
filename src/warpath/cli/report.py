"""`report`: a short summary of the store on stdout and a static HTML report file."""

from __future__ import annotations

from pathlib import Path

import click

from warpath.report import render_html, summarise


@click.command()
@click.option("--db", help="Store URL or SQLite path (default: $WARPATH_DB or warpath.db).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("report.html"), show_default=True, help="HTML report to write.")
def report(db: str | None, output: Path) -> None:
    """Summarise the stored analyses and write an HTML report."""
    from warpath.store import Store

    analyses = list(Store(db).analyses())
    for line in summarise(analyses).lines():
        click.echo(line)
    output.write_text(render_html(analyses), encoding="utf-8")
    click.echo(f"report written to {output}")
