"""Hostile inputs never abort a batch (issue 14): long documents, hostile feeds, pathological
text, odd encodings and markup, and failures inside clean, nlp and extract."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from factwire import nlp as nlp_module
from factwire.clean import clean
from factwire.cli import app
from factwire.ingest import iter_inputs
from factwire.model import Document, InputError, RawInput
from factwire.pipeline import Pipeline

HOSTILE_FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Border Wire</title>'
                "<item><title>&#xFFFFFF;</title><description>The army said the talks would "
                "resume.</description></item></channel></rss>")
GLUED = "Officials said the army would " + "$" * 8000 + " withdraw on Monday."
STORY = ("Flooding closed the main road into Riverton on Tuesday, the regional council said. "
         "Engineers from the water authority inspected the levee and said repairs would take "
         "a week. Mayor Dana Holt told reporters that shelters had opened for 300 residents.")


def _cli(*args: str):
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, " ".join(result.stderr.split())


# --- long documents (14.1) --------------------------------------------------------------------


def test_a_text_over_spacys_max_length_is_parsed_in_chunks(nlp, monkeypatch):
    """Chunks are cut at paragraph ends and joined back: the Doc has exactly the text, and
    what lies in a later chunk is found at its own offsets."""
    paragraphs = [f"Paragraph {i}: the ministry said on Monday that talks in Geneva would "
                  f"resume, and officials from Kenya arrived in round {i}." for i in range(40)]
    text = "\n\n".join(paragraphs)
    monkeypatch.setattr(nlp, "max_length", 1_000)
    assert len(nlp_module.split_chunks(text, 1_000)) > 4
    doc = nlp_module.parse(text)
    assert doc.text == text
    kenya = [e for e in doc.ents if e.text == "Kenya"]
    assert len(kenya) == 40 and kenya[-1].start_char == text.rindex("Kenya")
    assert all(text[s.start_char] == "P" for s in doc.sents if s.text.startswith("Paragraph"))


def test_chunks_concatenate_to_the_text_and_respect_the_size():
    text = ("One sentence here. " * 300) + ("x" * 2_500) + "\nlast line"
    chunks = nlp_module.split_chunks(text, 1_000)
    assert "".join(chunks) == text
    assert all(len(c) <= 1_000 for c in chunks)
    assert all(c.endswith(" ") for c in chunks[:5])  # cut after a sentence end and its space


def test_extraction_on_a_chunked_text_keeps_spans_right(nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 600)
    text = "\n\n".join([STORY] * 6)
    (doc,) = Pipeline().process([RawInput(name="riverton.txt", kind="text", content=text)])
    assert isinstance(doc, Document), doc
    assert doc.entities and doc.sentences
    for entity in doc.entities:
        for mention in entity.mentions:
            assert doc.text[mention.span[0]:mention.span[1]] == mention.text


def test_a_text_over_the_parse_limit_is_refused_alone(monkeypatch):
    monkeypatch.setattr(nlp_module, "MAX_TEXT_CHARS", 5_000)
    raws = [RawInput(name="good.txt", kind="text", content=STORY),
            RawInput(name="long.txt", kind="text", content="\n\n".join([STORY] * 40)),
            RawInput(name="good2.txt", kind="text", content=STORY.replace("Riverton", "Lakeside"))]
    good, long, good2 = Pipeline().process(raws)
    assert isinstance(good, Document) and isinstance(good2, Document)
    assert isinstance(long, InputError) and (long.input, long.stage) == ("long.txt", "nlp")
    assert "5,000-character limit for parsing" in long.reason


def test_extract_on_a_long_file_is_one_clean_line(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("army talks border minister said would the of in " * 45_000)  # 2.2M chars
    code, out, err = _cli("extract", str(path))
    assert code == 1 and out == ""
    assert err.startswith(f"error: {path}: clean text of ") and "limit for parsing" in err
    assert "Traceback" not in err


# --- one isolation boundary per input (14.2) -------------------------------------------------


def test_a_feed_with_a_charref_outside_unicode_keeps_its_item(tmp_path):
    path = tmp_path / "f.xml"
    path.write_text(HOSTILE_FEED)
    (item,) = iter_inputs([str(path)])
    assert isinstance(item, RawInput) and item.name == f"{path}#1"
    assert item.content == "The army said the talks would resume." and item.title == "\ufffd"


def test_a_reader_crash_is_an_error_row_for_that_source_only(tmp_path, monkeypatch):
    import feedparser

    def crash(data):
        raise RuntimeError("parser state corrupted")

    monkeypatch.setattr(feedparser, "parse", crash)
    feed, text = tmp_path / "f.xml", tmp_path / "story.txt"
    feed.write_text(HOSTILE_FEED)
    text.write_text(STORY)
    err, raw = iter_inputs([str(feed), str(text)])
    assert isinstance(err, InputError) and err.input == str(feed)
    assert "cannot parse feed" in err.reason and "parser state corrupted" in err.reason
    assert isinstance(raw, RawInput) and raw.name == str(text)


def test_nlp_and_extract_failures_are_named_after_their_input(monkeypatch):
    """A batch spaCy fails on is parsed again text by text; only the failing text is an error,
    and an extractor crash names the input (the feed item), not its file."""
    import sys

    extract_stage = sys.modules["factwire.extract"]  # the stage package, not the function
    real_parse_many, real_annotate = nlp_module.parse_many, extract_stage.annotate

    def parse_many(texts, *args, **kwargs):
        texts = list(texts)
        if any("POISON" in t for t in texts):
            raise ValueError("[E088] text too long")
        return real_parse_many(texts, *args, **kwargs)

    def annotate(doc, parsed):
        if "Lakeside" in doc.text:
            raise KeyError("entity index")
        return real_annotate(doc, parsed)

    monkeypatch.setattr(nlp_module, "parse_many", parse_many)
    monkeypatch.setattr(extract_stage, "annotate", annotate)
    raws = [RawInput(name="wire/a.txt", kind="text", content=STORY),
            RawInput(name="wire/b.txt", kind="text", content=STORY + " POISON"),
            RawInput(name="feed.xml#2", kind="feed", path="feed.xml",
                     content=STORY.replace("Riverton", "Lakeside"))]
    a, b, c = Pipeline().process(raws)
    assert isinstance(a, Document)
    assert (b.input, b.stage) == ("wire/b.txt", "nlp") and "E088" in b.reason
    assert (c.input, c.stage) == ("feed.xml#2", "extract") and "entity index" in c.reason


def test_a_clean_crash_is_an_error_with_its_stage(monkeypatch):
    import factwire.clean as clean_stage

    def boom(raw):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(clean_stage, "clean", boom)
    (err,) = Pipeline(with_nlp=False).process(
        [RawInput(name="deep.html", kind="html", content="<p>x</p>", is_html=True)])
    assert (err.input, err.stage) == ("deep.html", "clean") and "RecursionError" in err.reason


# --- pathological text (14.3) ----------------------------------------------------------------


def test_a_long_symbol_run_is_cut_in_the_clean_text():
    doc = clean(RawInput(name="r.txt", kind="text", content=GLUED + "\n"))
    assert doc.text == "Officials said the army would $$$ withdraw on Monday."
    assert any("shortened" in w for w in doc.warnings)


def test_the_glued_dollar_sentence_goes_through_extraction_with_spans_in_the_text():
    (doc,) = Pipeline().process([RawInput(name="r.txt", kind="text", content=GLUED)])
    assert isinstance(doc, Document) and "$$$ withdraw" in doc.text
    for span in [*doc.sentences, *(e.trigger.span for e in doc.events),
                 *(m.span for e in doc.entities for m in e.mentions)]:
        assert 0 <= span[0] <= span[1] <= len(doc.text)


@pytest.mark.parametrize("run", ['"' * 50, "=-" * 40, "_" * 60, "!?" * 30])
def test_every_kind_of_symbol_run_is_cut(run):
    doc = clean(RawInput(name="r.txt", kind="text", content=f"Talks resumed {run} on Monday."))
    assert run not in doc.text and doc.text.startswith("Talks resumed ")


def test_short_symbol_runs_and_rules_are_kept():
    text = "Prices rose 40%!!! --- said the ministry... === Officials said *** nothing."
    assert clean(RawInput(name="r.txt", kind="text", content=text)).text == text


# --- small ones (14.10) ----------------------------------------------------------------------


def test_utf16_without_a_bom_is_decoded_not_refused(tmp_path):
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"story-{codec}.txt"
        path.write_bytes(STORY.encode(codec))
        (raw,) = iter_inputs([str(path)])
        assert isinstance(raw, RawInput), raw
        assert raw.content == STORY and f"decoded as {codec}" in raw.warnings[0]


def test_binary_with_scattered_nul_bytes_is_still_refused(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 8)
    (err,) = iter_inputs([str(path)])
    assert isinstance(err, InputError) and "binary" in err.reason


def test_text_inside_ten_thousand_nested_divs_is_kept():
    html = ("<html><body>" + "<div>" * 10_000 + f"<p>{STORY}</p>" + "</div>" * 10_000
            + "<script>var tracking = 1;</script></body></html>")
    doc = clean(RawInput(name="deep.html", kind="html", content=html, is_html=True))
    assert doc.text == STORY


def test_extract_on_jsonl_says_which_line_it_took_and_reports_bad_lines(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text("not json at all\n"
                    + json.dumps({"text": STORY, "title": "Riverton road closed"}) + "\n"
                    + json.dumps({"title": "no body"}) + "\n"
                    + json.dumps({"text": STORY.replace("Riverton", "Lakeside")}) + "\n")
    code, out, err = _cli("extract", str(path), "--no-nlp")
    assert code == 0 and json.loads(out)["title"] == "Riverton road closed"
    assert f"took {path}:2" in err and "1 other document(s) not extracted" in err
    assert f"skipped {path}:1 (ingest): invalid JSON" in err
    assert f"skipped {path}:3 (ingest): no text, html or url" in err
