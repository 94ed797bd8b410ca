"""Cleaning: the defining example, the residue cleaner on its own, HTML metadata, language."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factwire.clean import clean, normalise_date
from factwire.clean.residue import clean_text
from factwire.cli import app
from factwire.model import Document, FactwireError, RawInput

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
HEADLINE = "US issues bold new demand to North Korea amid latest \u2018war development\u2019"
QUOTE = ("\u201cWe continue to be concerned by North Korea\u2019s direct involvement in the war. "
         "Its military deployment to Russia, and any support provided by the Russian Federation "
         "in return, must end,\u201d a spokesperson said in a statement to The Independent.")


@pytest.fixture(scope="module")
def example(example_path) -> Document:
    """The example through `factwire extract --no-nlp`, exactly as a user runs it."""
    result = CliRunner().invoke(app, ["extract", str(example_path), "--no-nlp",
                                      "--published", "2025-04-30"])
    assert result.exit_code == 0, result.output
    return Document.from_json(result.stdout)


# --- the defining example ----------------------------------------------------------------------


def test_example_title_is_the_headline(example):
    assert example.title == HEADLINE
    assert not example.text.startswith("US issues")


def test_example_body_is_the_article(example, example_path):
    paragraphs = example.text.split("\n\n")
    source = example_path.read_text(encoding="utf-8")
    body = source[source.index("The United States has issued"):source.index("Related Posts")]
    blocks = [b.strip() for b in body.split("\n\n") if b.strip()]
    assert len(blocks) == 12
    # the 12 body blocks of the scrape; two are halves of the paragraph the headline copy broke
    assert len(paragraphs) == 11
    assert paragraphs[0].startswith("The United States has issued a strong warning")
    assert paragraphs[-1].endswith("a lasting resolution remains elusive.")
    assert 405 <= len(example.text.split()) <= 425
    assert example.published == "2025-04-30" and example.language == "en"


def test_example_quote_is_whole_in_one_paragraph(example):
    (paragraph,) = [p for p in example.text.split("\n\n") if "We continue to be" in p]
    assert paragraph.startswith("In response, the US State Department condemned")
    assert paragraph.endswith(QUOTE)
    assert "US issues bold new demand" not in example.text
    assert {"text": "US issues bold new demand to North Korea", "reason": "repeated-headline"} \
        in [r.to_dict() for r in example.residue]


def test_example_related_posts_are_teasers_not_text(example):
    for fragment in ("Related Posts", "Donald Trump Gets More Bad", "Gwen Stefani", "Texas A&M",
                     "Princess Diana", "Cordes", "JD Vance", "\u2026"):
        assert fragment not in example.text
    assert [r.title for r in example.related] == [
        "Donald Trump Gets More Bad News",
        "JD Vance with tears in their eyes make the sad announcement\u2026",
        "Gwen Stefani and Blake Shelton has \u2018strained\u2019 marriage and going through "
        "\u2018challenges\u2019 amid divorce rumors",
        "Mom of Texas A&M student who died after football game shares shocking theory about "
        "real cause of death",
        "The moment Diana realized Charles was having an affair",
        "Police release chilling details after doctor and his wife were fatally shot in their "
        "garage",
    ]
    assert all(r.snippet for r in example.related)
    # the glued "...rights that are gDonald Trump Gets More Bad…" was split at the title
    assert example.related[0].snippet.endswith("conspiracy to violate rights that are g")
    assert {r.reason for r in example.residue} == {"repeated-headline", "related-posts"}
    assert sum(r.reason == "related-posts" for r in example.residue) == 13  # heading + 12 lines


# --- the residue cleaner on its own -----------------------------------------------------------

ARTICLE_LINES = [
    "Thousands of farmers drove their tractors into central Brussels on Monday.",
    "Advertisement",
    "Police said about 4,000 people took part, and 14 people were detained.",
    "Share this article",
    "READ MORE: EU ministers delay vote on Mercosur trade deal",
    "France has said it will reject the deal in its current form.",
    "Subscribe to our daily newsletter for the latest news",
    "Protest organisers warned that more blockades could follow.",
    "Reuters contributed reporting from Paris.",
    "You may also like",
    "Dairy prices fall for a third month",
    "Farm incomes across the bloc dropped sharply last year as energy costs rose and\u2026",
    "Belgium braces for more tractor protests",
]


def test_boilerplate_lines_are_removed_with_their_reason():
    result = clean_text("\n".join(ARTICLE_LINES), title="Farmers block Brussels streets")
    assert result.text.split("\n\n") == [ARTICLE_LINES[i] for i in (0, 2, 5, 7)]
    reasons = {r.text: r.reason for r in result.residue}
    assert reasons["Advertisement"] == "advertisement"
    assert reasons["Share this article"] == "share"
    assert reasons["Subscribe to our daily newsletter for the latest news"] == "subscribe"
    assert reasons["Reuters contributed reporting from Paris."] == "boilerplate"
    assert reasons["You may also like"] == "related-posts"
    assert [(r.title, r.snippet) for r in result.related] == [
        ("EU ministers delay vote on Mercosur trade deal", ""),
        ("Dairy prices fall for a third month", ARTICLE_LINES[11]),
        ("Belgium braces for more tractor protests", ""),
    ]


def test_a_list_of_links_under_an_inline_teaser_goes_with_it():
    text = ("Scientists found plumes of water vapour above the moon's surface.\n"
            "Related: Possible water plumes on Europa in images\n"
            "- Mission could spot signs of life\n- Twin telescopes on Mauna Kea\n"
            "The findings were published on Monday.\n- Print Article")
    result = clean_text(text, title="Water found on Europa")
    assert result.text.split("\n\n") == [
        "Scientists found plumes of water vapour above the moon's surface.",
        "The findings were published on Monday."]
    assert [r.title for r in result.related] == [
        "Possible water plumes on Europa in images", "Mission could spot signs of life",
        "Twin telescopes on Mauna Kea"]
    assert result.residue[-1].to_dict() == {"text": "- Print Article", "reason": "share"}


def test_truncated_teasers_at_the_end_are_removed():
    text = ("Ministers met in Rome.\n\nThe talks lasted six hours and ended without a deal.\n\n"
            "Storm warning for the coast\n\n"
            "Forecasters said winds could reach 120 km/h as the\u2026")
    result = clean_text(text, title="Rome talks end without deal")
    assert result.text.endswith("ended without a deal.")
    assert [r.reason for r in result.residue] == ["teaser", "teaser"]
    assert result.related[0].title == "Storm warning for the coast"


def test_a_lone_ellipsis_ending_the_article_is_kept():
    text = "Ministers met in Rome.\n\nAsked what comes next, he said: \u201cWe will see\u2026\u201d"
    assert clean_text(text, title="Rome talks").text == text


def test_cue_heading_without_teasers_is_kept():
    text = ("The Thunder beat the Lakers 110-104.\n\nUP NEXT\n\nThunder: Host the Lakers on Friday."
            "\n\nLakers: Visit the Thunder on Friday.")
    assert clean_text(text, title="Thunder beat Lakers").text == text


def test_glue_splitting_is_conservative():
    text = ("McDonald's said iPhone and eBay sales rose. Visit www.example.com/News.Today or "
            "read the report.Its authors disagree.\n\nShe spoke to YouTube and LinkedIn staff.")
    result = clean_text(text, title="Sales rise")
    assert "McDonald's said iPhone and eBay sales rose." in result.text
    assert "www.example.com/News.Today" in result.text
    assert "the report. Its authors" in result.text
    assert "YouTube and LinkedIn" in result.text


def test_headline_found_only_when_it_looks_like_one():
    assert clean_text("Rain expected on Friday\n\nForecasters said.").title == \
        "Rain expected on Friday"
    no_title = clean_text("Forecasters said rain is expected.\n\nIt will be cold.")
    assert no_title.title is None and no_title.text.startswith("Forecasters")


def test_broken_paragraph_rejoined_only_where_the_copy_broke_it():
    text = ("Talks end without a deal\n\nThe minister said the talks had\n\nTalks end without a "
            "deal\n\nfailed after six hours.\n\nA new round is planned.")
    result = clean_text(text)
    assert result.text.split("\n\n") == [
        "The minister said the talks had failed after six hours.", "A new round is planned."]


# --- HTML, dates, language --------------------------------------------------------------------


def raw_html(**fields) -> RawInput:
    content = (FIXTURES / "article.html").read_text(encoding="utf-8")
    return RawInput(name="article.html", kind="html", content=content, is_html=True, **fields)


def test_html_main_content_and_metadata():
    doc = clean(raw_html(fallback_published="2000-01-01"))
    assert doc.title == "Flood barriers hold as river peaks in Riverton"
    assert doc.authors == ["Hannah Okafor"] and doc.publisher == "The Valley Ledger"
    assert doc.published == "2024-03-14"  # the page's date, not the fallback
    assert doc.text.startswith("Temporary flood barriers held overnight")
    assert "Most read" not in doc.text and "All rights reserved" not in doc.text
    assert doc.id and doc.source.kind == "html"


def test_date_precedence_ingest_then_page_then_fallback():
    assert clean(raw_html(published="Fri, 15 Mar 2024 07:00:00 GMT")).published == "2024-03-15"
    undated = RawInput(name="x.txt", kind="text", content="Rain expected\n\nIt will rain today.",
                       fallback_published="2025-04-30T10:00:00Z")
    assert clean(undated).published == "2025-04-30"


@pytest.mark.parametrize(("value", "iso"), [
    ("2024-03-14T08:30:00Z", "2024-03-14"), ("14 March 2024", "2024-03-14"),
    ("March 14, 2024", "2024-03-14"), ("Thu, 14 Mar 2024 08:30:00 +0000", "2024-03-14"),
    ("not a date", None), (None, None),
])
def test_normalise_date(value, iso):
    assert normalise_date(value) == iso


def test_malformed_html_still_yields_text():
    html = ("<html><body><div><p>The council approved the budget on Tuesday after a long debate"
            " about bus services.<p>Opposition members voted against the plan, saying fares "
            "would rise.<div><b>Unclosed <i>tags everywhere</body>")
    doc = clean(RawInput(name="bad.html", kind="html", content=html, is_html=True))
    assert "approved the budget" in doc.text and "fares would rise" in doc.text


def test_html_without_article_text_is_a_clear_error(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    result = CliRunner().invoke(app, ["extract", str(path), "--no-nlp"])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {path}: no article text found in the HTML"
    with pytest.raises(FactwireError, match="no article text"):
        clean(RawInput(name="nav.html", kind="html", content=path.read_text(), is_html=True))


def test_non_english_document_is_kept_and_flagged():
    text = ("Bauern blockieren Br\u00fcssel\n\nTausende Landwirte sind am Montag mit ihren "
            "Traktoren in die Br\u00fcsseler Innenstadt gefahren, um gegen das Handelsabkommen "
            "mit den Mercosur-Staaten zu protestieren. Die Polizei sprach von 4000 Teilnehmern.")
    doc = clean(RawInput(name="de.txt", kind="text", content=text))
    assert doc.language == "de" and "non-english: de" in doc.warnings
    assert doc.text.startswith("Tausende Landwirte")


def test_same_article_same_id():
    a = clean(RawInput(name="a.txt", kind="text", content="Rain expected\n\nIt will rain."))
    b = clean(RawInput(name="b.txt", kind="text", content="Rain expected\n\n\nIt  will rain.\n"))
    assert a.id == b.id and re.fullmatch(r"[0-9a-f]{16}", a.id)
    assert json.loads(a.to_json())["source"]["path"] is None


def test_a_wire_service_standards_footer_is_boilerplate():
    """"Our Standards: The Thomson Reuters Trust Principles." closes many wire pages: a line
    of the site, not of the story (its words would read as a body's name)."""
    text = ("The trial is scheduled to run through mid-December.\n"
            "Our Standards: The Thomson Reuters Trust Principles.\n"
            "Our editorial standards: read how we report the news")
    result = clean_text(text, title="Developer takes the stand")
    assert result.text == "The trial is scheduled to run through mid-December."


def test_an_end_of_story_marker_is_boilerplate():
    """"(END)", "-30-", "###": the end-of-copy marks of wire services."""
    for mark in ("(END)", "-30-", "###"):
        result = clean_text(f"Experts said another launch was possible.\n{mark}",
                            title="North Korea slams drills")
        assert result.text == "Experts said another launch was possible.", mark
