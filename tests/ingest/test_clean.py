"""Boilerplate removal: line kinds, and the body of each example layout from first to last
paragraph with the surrounding boilerplate gone."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import ARTICLES, document
from warpath.ingest.clean import classify, clean, is_prose
from warpath.ingest.markup import to_lines


@pytest.mark.parametrize(("line", "kind"), [
    ("Please share this article with friends and colleagues.", "share"),
    ("Tweet | Share | Email", "share"),
    ("Sign up for our weekly newsletter on Gulf security.", "share"),
    ("Follow our live coverage on Telegram.", "share"),
    ("Keep independent reporting alive: donate now.", "donation"),
    ("Become a member of The Strait Review today", "donation"),
    ("Your support keeps us going. Support our independent journalism.", "donation"),
    ("ISBN: 978-1-2345-6789-0", "ad"),
    ("Special price: $12.50", "ad"),
    ("Buy the book now from our shop", "ad"),
    ("Advertisement", "ad"),
    ("The views expressed here are the author's own.", "disclaimer"),
    ("This article is for informational purposes only.", "disclaimer"),
    ("© 2024 Some Outlet. All rights reserved.", "copyright"),
    ("This material may not be republished without permission.", "copyright"),
    ("Media contact: press@example.org", "contact"),
    ("For more information, please contact the press office.", "contact"),
    ("Press office: +1 555 0100", "contact"),
    ("###", "end"),
    ("This article was originally published by Sahel Dispatch.", "crosspost"),
    ("The original source of this article is Harbour Weekly", "crosspost"),
    ("First published at The Caucasus Ledger.", "crosspost"),
    ("Republished from The Conversation under a Creative Commons license.", "crosspost"),
    ("Home > News > World", "nav"),
    ("READ MORE: Border villages empty as shelling intensifies", "nav"),
    ("Tags: Georgia, protests", "nav"),
    ("Related articles", "nav"),
    ("Photo: Residents flee a village near the border. Reuters", "credit"),
    ("Smoke rises over the port (Photo: Meridian/File)", "credit"),
    ("Screenshot from a ministry video", "credit"),
    ("Reporting by Jane Roe; Editing by John Poe", "credit"),
    ("Two reporters in Beirut contributed to this report.", "credit"),
    ("About the author", "bio"),
    ("Elena Varga is a senior analyst covering maritime security.", "bio"),
    ("By Jane Roe and John Poe", "byline"),
    ("FOR IMMEDIATE RELEASE", "label"),
    ("* * *", "decoration"),
])
def test_boilerplate_kinds(line: str, kind: str) -> None:
    assert classify(line) == kind


@pytest.mark.parametrize("line", [
    "Air strikes killed six fighters near Deir ez-Zor on Friday, a monitor said.",
    "By Tuesday, the fighting had spread to three districts of the city.",
    "Share prices fell in Moscow after the sanctions were announced.",
    "The ministry said it would not support the resolution at the Security Council.",
    "Talks will resume in Geneva next week, the foreign ministry said in a statement.",
    "Protesters demanded the release of 66 detainees held since Tuesday.",
    "The original plan was to meet in Doha, diplomats said.",
    "Jets bombed a depot on Monday, according to the army's media office, which gave no toll.",
    "The ministry's press office said two soldiers were wounded in the shelling overnight.",
])
def test_article_sentences_are_not_boilerplate(line: str) -> None:
    assert classify(line) is None
    assert is_prose(line)


def test_headlines_are_not_prose() -> None:
    assert not is_prose("Rocket fire kills four near Lebanese border as Israel vows response")
    assert not is_prose("Is War With Iran Coming?")


# (file, first words of the body, last words of the body, text that must be gone)
LAYOUTS = [
    ("wire-report.txt", "KIRYAT SHMONA, Israel (Meridian Wire) — Rockets fired",
     "according to government figures.",
     ["READ MORE", "Photo:", "Reporting by", "Share this story", "©", "June 3, 2024 |"]),
    ("press-release.txt", "Vilnius — The Ministry of Foreign Affairs today announced",
     "Belarusian opposition groups in exile.",
     ["FOR IMMEDIATE RELEASE", "###", "Media contact", "Follow the Ministry", "Date:"]),
    ("analysis.md", "Negotiators from Turkey, Russia and Ukraine met",
     "neither has changed its core demand since December.",
     ["ANALYSIS", "views expressed", "senior analyst covering", "Become a member", "Tags:"]),
    ("liveblog.txt", "20:50 GMT — Armenia's Defence Ministry says",
     "Azerbaijan says it was responding to Armenian provocations.",
     ["Live updates", "Share this live blog", "Advertisement", "Refresh the page",
      "Updated 21:15"]),
    ("crosspost.txt", "Niger's military government ordered the French ambassador",
     "who asked not to be named.",
     ["Africa Monitor Online, November", "Region:", "Topics:", "make a donation",
      "original source", "Copyright", "Disclaimer", "press inquiries"]),
    ("protest-report.txt", "Police in Tbilisi used water cannon",
     "though parliament can override her veto.",
     ["Home >", "Author:", "Posted on", "Photo:", "First published", "Tags:", "Read more",
      "Subscribe", "©"]),
    ("border-clash.html", "Fighting between Kyrgyz and Tajik border troops",
     "has not announced any deployment.",
     ["Share on Facebook", "Photo:", "Sign up", "Related", "Copyright", "Privacy"]),
]


@pytest.mark.parametrize(("name", "first", "last", "gone"), LAYOUTS)
def test_example_layout_body(name: str, first: str, last: str, gone: list[str]) -> None:
    doc = document(ARTICLES / name)
    assert doc.text.startswith(first)
    assert doc.text.endswith(last)
    for junk in gone:
        assert junk not in doc.text, junk
    assert 200 <= len(doc.text.split()) <= 500


def test_liveblog_entries_stay_separate_paragraphs() -> None:
    doc = document(ARTICLES / "liveblog.txt")
    entries = [p for p in doc.text.split("\n\n") if p[:2].isdigit()]
    assert len(entries) == 8


def test_caption_block_inside_body_goes_as_a_whole() -> None:
    text = """Troops crossed the river at dawn on Monday, officials said, and took two villages.

The Daily Courier
Army crosses river in surprise move
A tank near the river on Monday. Army press service, via Reuters
By John Poe
May 13, 2024
Screenshot from The Daily Courier

Fighting continued into the night, and at least nine soldiers were killed, the army said."""
    cleaned = clean(to_lines(text))
    assert cleaned.text == (
        "Troops crossed the river at dawn on Monday, officials said, and took two villages.\n\n"
        "Fighting continued into the night, and at least nine soldiers were killed, the army said.")


def test_section_headings_inside_the_body_stay() -> None:
    text = ("Rockets hit the base on Friday evening, killing one contractor, officials said.\n\n"
            "A long road to talks\n\n"
            "Diplomats met in Oman on Sunday to discuss a prisoner exchange, two sources said.")
    assert "\n\nA long road to talks\n\n" in clean(to_lines(text)).text


def test_footer_blurb_between_boilerplate_goes_but_late_body_text_stays() -> None:
    body = "\n\n".join(
        f"Paragraph {n} reports that shelling hit the town again and {n} people were hurt." for n
        in range(1, 6))
    text = body + """

Please share this article with your friends.

Our new book explains the hidden history of the war in vivid detail, drawing on years of work.

ISBN: 978-1-0000-0000-0
Click here to order.

© 2024 The Outlet. All rights reserved."""
    cleaned = clean(to_lines(text))
    assert cleaned.text == body
    kinds = {k for k, _ in cleaned.removed}
    assert {"share", "ad", "copyright", "footer"} <= kinds


def test_strict_mode_rejects_navigation_only() -> None:
    lines = to_lines("Home\n\nWorld\n\nPolitics\n\nSubscribe\n\nAbout | Contact | Privacy")
    assert clean(lines, strict=True).text == ""


def test_mid_article_ad_never_ends_the_article() -> None:
    text = """Washington announced sanctions on Friday against six shipping firms.

The Treasury said the firms had moved drone parts through the Caspian Sea.

Story continues below advertisement

European officials said they would consider similar measures at a summit in May.

Karim Nasser is a columnist for the Evening Ledger."""
    cleaned = clean(to_lines(text))
    assert cleaned.text.endswith("at a summit in May.")
    assert "advertisement" not in cleaned.text and "columnist" not in cleaned.text


def test_date_lines_under_a_standfirst_are_header_matter() -> None:
    text = """The new measures target shippers, but the factories are elsewhere.

Updated: April 2, 2024
Published: April 1, 2024

Washington announced sanctions on Friday against six shipping firms in Dubai and Baku."""
    cleaned = clean(to_lines(text))
    assert "2024" not in cleaned.text
    assert cleaned.text.startswith("The new measures")  # a standfirst is the article's own text


def test_long_paragraph_mentioning_boilerplate_words_in_passing_stays() -> None:
    line = ("The ministry said it would not comment on the report, which the agency published "
            "on its website alongside a map of the strikes and a list of the villages hit, and "
            "which it said was based on satellite images and interviews with residents. Later, "
            "the ministry asked readers to share the report and to donate to relief groups.")
    assert len(line) > 300
    assert classify(line) is None


def test_a_timelines_first_heading_is_not_header_matter() -> None:
    # Written for this test: a lead, then entries each headed by a date alone on its line.
    text = """The dispute over the dam has gone through three phases, set out here oldest first.

4 February 2024
Engineers close the sluice gates and the river below the dam runs dry within days.

19 February 2024
Farmers downstream block the highway to the capital for a week in protest.

2 March 2024
Both governments send delegations to a first round of talks in the border town."""
    cleaned = clean(to_lines(text))
    assert "4 February 2024" in cleaned.text
    assert "19 February 2024" in cleaned.text
