"""HTML pages: article body via trafilatura, metadata from meta tags, links made absolute."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.ingest.helpers import ARTICLES, Writer, document, failure
from warpath.ingest import IngestError, document_from_html

PAGE = """<html><head><title>Ceasefire talks open in Doha | Gulf Ledger</title>
<meta property="og:site_name" content="Gulf Ledger"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Log in</a></nav>
<article><h1>Ceasefire talks open in Doha</h1>
<p>By Rania Aziz</p>
<p>Published: 12 June 2024</p>
<p>Mediators from Qatar and Egypt opened a new round of ceasefire talks in Doha on Wednesday,
two officials briefed on the meeting said, as air strikes continued overnight.</p>
<p>A health official said eleven people were killed in the strikes. The <a href="/doc/7">text
of the proposal</a> has not been published.</p>
<p>This article was originally published by Doha Dispatch.</p>
</article>
<footer>Copyright 2024 Gulf Ledger | <a href="/privacy">Privacy</a></footer>
</body></html>"""


def test_page_body_and_metadata() -> None:
    doc = document_from_html(PAGE, url="https://gulf.example/news/talks")
    assert doc.text.startswith("Mediators from Qatar and Egypt")
    assert doc.text.endswith("has not been published.")
    assert doc.title == "Ceasefire talks open in Doha"
    assert doc.author == "Rania Aziz"
    assert doc.outlet == "Gulf Ledger"
    assert doc.published == dt.date(2024, 6, 12)
    assert doc.original_source == "Doha Dispatch"
    assert doc.url == "https://gulf.example/news/talks"


def test_links_are_absolute_and_point_at_anchor_text() -> None:
    doc = document_from_html(PAGE, url="https://gulf.example/news/talks")
    (link,) = doc.links
    assert doc.text[link.start:link.end] == "text of the proposal"
    assert link.url == "https://gulf.example/doc/7"


def test_example_html_file() -> None:
    doc = document(ARTICLES / "border-clash.html")
    assert doc.meta["reader"] == "html"
    assert "Residents leave a village" not in doc.text  # figure caption with photo credit
    assert [link.url for link in doc.links] == ["https://example.org/cat/2022/09/15/first-shots"]


def test_navigation_only_page_fails() -> None:
    nav = ("<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li>"
           "<li><a href='/s'>Subscribe</a></li></ul></nav><footer>© 2024 Site</footer>"
           "</body></html>")
    with pytest.raises(IngestError, match="no article text found"):
        document_from_html(nav)


def test_navigation_only_file_is_a_failure(write: Writer) -> None:
    html = "<html><body><a href='/'>Home</a> | <a href='/a'>About</a></body></html>"
    path = write("nav.html", html)
    assert "no article text found" in failure(path).reason


def test_html_bytes_in_legacy_encoding() -> None:
    html = ("<html><head><meta charset='windows-1252'></head><body><article><p>Le ministère a "
            "annoncé mardi que les négociations reprendraient à Genève après deux semaines de "
            "combats dans la région frontalière.</p></article></body></html>").encode("cp1252")
    doc = document_from_html(html)
    assert "ministère" in doc.text
    assert doc.language == "fr"
