"""Summaries of stored analyses: a few lines for the terminal and a static HTML report."""

from warpath.report.html import render_html
from warpath.report.summary import Summary, summarise

__all__ = ["Summary", "render_html", "summarise"]
