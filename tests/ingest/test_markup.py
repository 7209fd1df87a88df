"""Front matter and light Markdown: text kept, links recorded against the stripped text."""

from __future__ import annotations

from warpath.ingest.markup import split_front_matter, strip_line, to_lines


def test_link_keeps_anchor_text_and_records_url() -> None:
    text, links = strip_line("Officials [confirmed the strike](https://example.org/a) on Monday.")
    assert text == "Officials confirmed the strike on Monday."
    (start, end, url), = links
    assert text[start:end] == "confirmed the strike"
    assert url == "https://example.org/a"


def test_emphasis_is_removed_and_offsets_follow() -> None:
    text, links = strip_line("**Minister** said [*talks* will resume](http://x.org/t_1) _soon_.")
    assert text == "Minister said talks will resume soon."
    (start, end, url), = links
    assert text[start:end] == "talks will resume"
    assert url == "http://x.org/t_1"  # underscores inside a URL are not emphasis


def test_fragment_links_keep_text_and_are_recorded_as_citations() -> None:
    text, links = strip_line("By [Jane Roe](#) and [John Poe](#top), ![photo](x.jpg)")
    assert text.rstrip() == "By Jane Roe and John Poe,"
    assert [(text[s:e], url) for s, e, url in links] == [("Jane Roe", "#"), ("John Poe", "#top")]


def test_plain_asterisks_underscores_and_escapes() -> None:
    assert strip_line("5 * 3 and snake_case_name")[0] == "5 * 3 and snake_case_name"
    assert strip_line(r"List price: \$20")[0] == "List price: $20"
    assert strip_line("## Section heading")[0] == "Section heading"
    assert strip_line("> quoted line")[0] == "quoted line"
    assert strip_line('"[P]erhaps," he said')[0] == '"[P]erhaps," he said'


def test_lines_are_numbered_by_paragraph() -> None:
    lines = to_lines("Title\n\nBy Jane Roe\nMay 1, 2024\n\n\nNext paragraph")
    assert [(line.text, line.para) for line in lines] == [
        ("Title", 0), ("By Jane Roe", 1), ("May 1, 2024", 1), ("Next paragraph", 2)]


def test_wrapped_lines_are_joined_and_links_shift() -> None:
    text = ("Shelling resumed along the line of contact on Sunday night,\n"
            "the [defence ministry](https://example.org/m) said, and two soldiers\n"
            "were wounded near the village of Tonashen.\n")
    (line,) = to_lines(text)
    assert line.text.startswith("Shelling resumed") and line.text.endswith("Tonashen.")
    (start, end, url), = line.links
    assert line.text[start:end] == "defence ministry"


def test_front_matter() -> None:
    fields, rest, error = split_front_matter('---\ntitle: "A"\npublished: 2020-01-02\n---\nBody\n')
    assert fields == {"title": "A", "published": __import__("datetime").date(2020, 1, 2)}
    assert rest == "Body\n" and error is None
    assert split_front_matter("No front matter\n---\n") == ({}, "No front matter\n---\n", None)
    fields, rest, error = split_front_matter("---\n: bad: [\n---\nBody")
    assert fields == {} and rest == "Body" and error and "YAML" in error


def test_header_lines_of_similar_width_are_not_joined() -> None:
    text = ("Rocket fire kills four near the border as the army vows a response\n"
            "By Nadia Haddad and Tom Whitlow, Meridian Wire\n"
            "Shelling resumed overnight in the hills above the town, officials said.\n")
    assert [line.text for line in to_lines(text)][:2] == [
        "Rocket fire kills four near the border as the army vows a response",
        "By Nadia Haddad and Tom Whitlow, Meridian Wire"]


def test_hard_wrapped_paragraph_is_one_line() -> None:
    text = ("The two delegations met for six hours in Muscat on Sunday and agreed\n"
            "To continue talks on a prisoner exchange, according to a statement\n"
            "Released by the mediators late in the evening after the session ended.\n")
    (line,) = to_lines(text)
    assert line.text.endswith("after the session ended.")
