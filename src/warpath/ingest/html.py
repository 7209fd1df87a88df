"""HTML pages: trafilatura finds the article and the page metadata, our cleaner does the rest.

trafilatura's Markdown output keeps links, so they land in `Document.links` with body offsets.
When trafilatura finds nothing, a plain block-by-block rendering of the page goes through the
same cleaner in strict mode: a page of navigation then fails with "no article text found".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import urljoin

import lxml.html
import trafilatura
from lxml import etree

from warpath.document import Document, Link
from warpath.ingest.clean import classify
from warpath.ingest.errors import IngestError
from warpath.ingest.markup import to_lines
from warpath.ingest.metadata import source_name
from warpath.ingest.text import decode, document_from_text

_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
           "article", "header", "footer", "td", "tr", "pre", "figcaption", "dd", "dt"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "form"}


def _parse(html: str) -> Any:
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(f"not parseable as HTML: {exc}") from exc


def plain_markdown(root: Any, base: str | None = None) -> str:
    """Every visible text block of a page as a Markdown line (links kept)."""
    out: list[str] = []
    line: list[str] = []

    def flush() -> None:
        text = re.sub(r"\s+", " ", "".join(line)).strip()
        if text:
            out.append(text)
        line.clear()

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP:
            if el.tail:
                line.append(el.tail)
            return
        block = tag in _BLOCKS or tag == "br"
        if block:
            flush()
        if tag == "a" and el.get("href"):
            anchor = re.sub(r"\s+", " ", el.text_content()).strip()
            line.append(f"[{anchor}]({urljoin(base or '', el.get('href'))})")
        else:
            line.append(el.text or "")
            for child in el:
                walk(child)
        if block:
            flush()
        if el.tail:
            line.append(el.tail)

    walk(root)
    flush()
    return "\n\n".join(out)


def _page_meta(html: str, url: str | None) -> dict[str, Any]:
    meta = trafilatura.extract_metadata(html, default_url=url)
    if meta is None:
        return {}
    found: dict[str, Any] = {
        "title": meta.title, "author": meta.author, "outlet": meta.sitename, "url": meta.url or url,
        "published": meta.date,
    }
    if found["outlet"] and re.fullmatch(r"[\w.-]+\.[a-z]{2,}", found["outlet"]):
        found["hostname"] = found.pop("outlet")  # a bare host name is not an outlet's name
    return {k: v for k, v in found.items() if v}


def document_from_html(
    html: str | bytes,
    url: str | None = None,
    origin: str | None = None,
    published: dt.date | None = None,
    known: dict[str, Any] | None = None,
) -> Document:
    """One article from an HTML page (`url` resolves relative links and names the page)."""
    if isinstance(html, bytes):
        html = decode(html)[0]
    if not html.strip():
        raise IngestError("empty input: nothing to read")
    root = _parse(html)
    body = None
    for recall in (False, True):
        body = trafilatura.extract(
            html, url=url, output_format="markdown", include_links=True, include_formatting=True,
            include_comments=False, include_tables=False, favor_recall=recall,
        )
        if body:
            break
    page = plain_markdown(root, url)
    fields = _page_meta(html, url)
    fields.update({k: v for k, v in (known or {}).items() if v})
    hostname = fields.pop("hostname", None)
    try:
        doc = document_from_text(body or page, origin=origin or url, published=published,
                                 known=fields, strict=True)
    except IngestError:
        if not body:
            raise
        doc = document_from_text(page, origin=origin or url, published=published,
                                 known=fields, strict=True)
    if url:
        doc.links = [Link(k.start, k.end, k.text, urljoin(url, k.url)) for k in doc.links]
    if doc.original_source is None:
        # trafilatura drops cross-posting notes as boilerplate; look for them on the whole page
        for line in to_lines(page):
            if classify(line.text) == "crosspost" and (src := source_name(line.text)):
                doc.original_source = src
                break
    if doc.outlet is None and hostname:
        doc.meta["hostname"] = hostname
    doc.meta["reader"] = "html"
    return doc
