"""RSS and Atom feeds: full-content entries are read from the feed, teasers from their pages."""

from __future__ import annotations

import datetime as dt
from html import escape

from tests.ingest.helpers import ARTICLES, Server, Writer, document, failure
from warpath.document import Document
from warpath.ingest import Failure, read

PARAGRAPHS = [
    "Naval forces seized an oil tanker in the Gulf of Oman on Thursday, the country's navy said, "
    "accusing the ship of smuggling fuel. The crew of 21 was detained.",
    "The tanker's operator said the ship was in international waters and called the seizure "
    "an act of piracy. It said it had lost contact with the vessel at dawn.",
    "A spokesperson for a Western naval coalition said its ships had monitored the incident "
    "but did not intervene. The coalition has escorted merchant shipping in the area since 2019.",
    "Diplomats said the seizure could complicate talks on a prisoner exchange that were "
    "expected to resume in Muscat next week. No date has been confirmed.",
    "Insurers raised war-risk premiums for the Strait of Hormuz after the seizure, two brokers "
    "said, adding that some owners had paused bookings until the situation became clearer.",
]
FULL = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "<p>Share this story on Facebook</p>"


def rss(link: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Watch</title><link>https://example.org</link>
<item><title>Navy seizes tanker in Gulf of Oman</title><link>https://example.org/tanker</link>
<author>desk@example.org (Leila Farsi)</author><pubDate>Thu, 13 Apr 2023 09:00:00 GMT</pubDate>
<description>{escape(FULL)}</description></item>
<item><title>Border clash teaser</title><link>{link}</link>
<pubDate>Fri, 16 Sep 2022 12:00:00 GMT</pubDate>
<description>Fighting spread along the border. Read the full story.</description></item>
</channel></rss>"""


ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Strait Notes</title>
<entry><title>Navy seizes tanker in Gulf of Oman</title><link href="https://example.org/a/1"/>
<id>urn:1</id><updated>2023-04-14T08:00:00Z</updated><published>2023-04-13T08:00:00Z</published>
<author><name>Leila Farsi</name></author>
<content type="html">{escape(FULL)}</content></entry></feed>"""


def test_rss_file_with_full_content_and_a_teaser(write: Writer, server: Server) -> None:
    page = server.add("/clash", (ARTICLES / "border-clash.html").read_text(encoding="utf-8"))
    path = write("feed.rss", rss(page))
    first, second = list(read([str(path)]))
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.title == "Navy seizes tanker in Gulf of Oman"
    assert first.outlet == "Harbour Watch"
    assert first.published == dt.date(2023, 4, 13)
    assert first.url == "https://example.org/tanker"
    assert first.text.startswith("Naval forces seized an oil tanker")
    assert "Share this story" not in first.text
    assert first.origin == f"{path}#1"
    # the teaser was replaced by its linked page
    assert second.text.startswith("Fighting between Kyrgyz and Tajik")
    assert second.meta["feed_entry"] == f"{path}#2"


def test_atom_feed_url(server: Server) -> None:
    url = server.add("/feed", ATOM, "application/atom+xml")
    doc = document(url)
    assert doc.author == "Leila Farsi"
    assert doc.outlet == "Strait Notes"
    assert doc.published == dt.date(2023, 4, 13)
    assert doc.text.endswith("until the situation became clearer.")


def test_feed_served_as_plain_xml_is_sniffed(server: Server) -> None:
    url = server.add("/feed.xml", ATOM, "text/xml")
    assert document(url).title == "Navy seizes tanker in Gulf of Oman"


def test_unreachable_teaser_link_fails_alone(write: Writer) -> None:
    path = write("feed.xml", rss("http://127.0.0.1:9/gone"))
    results = list(read([str(path)]))
    assert isinstance(results[0], Document)
    assert isinstance(results[1], Failure) and results[1].origin == f"{path}#2"
    assert "cannot connect" in results[1].reason


def test_malformed_feed(write: Writer) -> None:
    reason = failure(write("broken.rss", "<rss><channel><item><title>x</ti")).reason
    assert reason.startswith("malformed feed:")


def test_feed_without_entries(write: Writer) -> None:
    path = write("empty.atom", '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>')
    assert failure(path).reason == "feed has no entries"
