"""Ingest of local inputs: text, HTML, JSONL, WARC, directories, globs, stdin, and bad input."""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from factwire.cli import app
from factwire.ingest import iter_inputs
from factwire.model import InputError, RawInput

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
STORY = (
    "Harbour workers end strike after pay deal\n\n"
    "Dock workers at the port of Eastmouth returned to work on Tuesday after their union "
    "accepted a pay offer of 6 percent, ending a strike that had lasted eleven days.\n\n"
    "The port authority said about 40 ships had been delayed by the walkout.\n"
)


def one(source: str | Path, **options) -> RawInput | InputError:
    items = list(iter_inputs([str(source)], **options))
    assert len(items) == 1, items
    return items[0]


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- text and HTML files ---------------------------------------------------------------------


def test_text_file_is_read_with_the_fallback_date(tmp_path):
    raw = one(write(tmp_path, "strike.txt", STORY), published="2024-06-04")
    assert isinstance(raw, RawInput)
    assert (raw.kind, raw.is_html, raw.path) == ("text", False, str(tmp_path / "strike.txt"))
    assert raw.content.startswith("Harbour workers end strike")
    assert raw.fallback_published == "2024-06-04" and raw.published is None


def test_html_is_detected_by_content_without_an_extension(tmp_path):
    raw = one(write(tmp_path, "page", (FIXTURES / "article.html").read_bytes()))
    assert raw.kind == "html" and raw.is_html
    assert "River Calder" in raw.content


def test_gzip_compressed_html_is_read(tmp_path):
    data = gzip.compress((FIXTURES / "article.html").read_bytes())
    raw = one(write(tmp_path, "page.html.gz", data))
    assert raw.is_html and "River Calder" in raw.content


def test_cp1252_text_without_declaration_is_decoded(tmp_path):
    text = "The caf\u00e9 owner said \u201cwe will reopen\u201d on Monday \u2013 after the storm.\n"
    raw = one(write(tmp_path, "legacy.txt", (text * 3).encode("cp1252")))
    assert raw.content.startswith("The caf\u00e9 owner said \u201cwe will reopen\u201d")
    assert any("cp1252" in w for w in raw.warnings)


def test_declared_html_charset_is_honoured(tmp_path):
    html = ('<html><head><meta charset="iso-8859-1"></head><body><p>Le ministre a d\u00e9clar\u00e9'
            ' que la r\u00e9forme \u00e9tait n\u00e9cessaire.</p></body></html>')
    raw = one(write(tmp_path, "fr.html", html.encode("cp1252")))
    assert "d\u00e9clar\u00e9" in raw.content and not raw.warnings


def test_invalid_utf8_bytes_are_replaced_with_a_warning(tmp_path):
    data = "Pr\u00e9sident Mac\u00e9 said the talks in Z\u00fcrich ended.".encode() + b"\xff\xfe!\n"
    raw = one(write(tmp_path, "broken.txt", data))
    assert "Pr\u00e9sident Mac\u00e9" in raw.content and "Z\u00fcrich" in raw.content
    assert any("invalid UTF-8" in w for w in raw.warnings)


def test_utf8_bom_and_utf16_are_decoded(tmp_path):
    assert one(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + STORY.encode())).content == STORY
    assert one(write(tmp_path, "u16.txt", STORY.encode("utf-16"))).content == STORY


# --- bad files: one clear line naming the input ----------------------------------------------


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\n \t\n", "empty input"),
    ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document)"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)"),
    ("blob.txt", bytes(range(256)) * 4, "binary file"),
])
def test_bad_files_give_one_line_errors(tmp_path, name, data, reason):
    err = one(write(tmp_path, name, data))
    assert isinstance(err, InputError)
    assert err.input == str(tmp_path / name)
    assert reason in err.reason and "\n" not in str(err)


def test_file_over_the_size_cap_is_refused(tmp_path):
    path = write(tmp_path, "long.txt", STORY * 50)
    err = one(path, max_bytes=1000)
    assert isinstance(err, InputError) and err.input == str(path)
    assert "over the size limit of 1,000 bytes" in err.reason
    assert isinstance(one(path), RawInput)  # the default cap is far larger


def test_size_cap_of_the_command_line_comes_from_the_environment(tmp_path):
    import os
    import subprocess

    path = write(tmp_path, "long.txt", STORY * 50)
    env = {**os.environ, "FACTWIRE_MAX_BYTES": "2000"}
    run = subprocess.run([sys.executable, "-m", "factwire.cli", "extract", str(path), "--no-nlp"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 1 and run.stdout == ""
    assert run.stderr.strip() == (f"error: {path}: input of {path.stat().st_size:,} bytes is "
                                  "over the size limit of 2,000 bytes")


def test_gzip_bomb_is_capped(tmp_path):
    err = one(write(tmp_path, "bomb.txt.gz", gzip.compress(b"a " * 100_000)), max_bytes=5000)
    assert isinstance(err, InputError) and "decompressed" in err.reason


def test_missing_paths_and_empty_globs(tmp_path):
    assert "no such file" in one(tmp_path / "nope.txt").reason
    assert "no files match" in one(str(tmp_path / "*.warc")).reason


# --- directories, globs, stdin, batches -------------------------------------------------------


def test_directories_and_globs_expand_sorted_skipping_hidden_files(tmp_path):
    write(tmp_path, "b.txt", STORY)
    write(tmp_path, "a.html", (FIXTURES / "article.html").read_bytes())
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "c.txt", STORY)
    write(tmp_path, ".hidden.txt", STORY)
    write(tmp_path, "logo.png", b"\x89PNG\r\n\x1a\n")
    names = [r.name for r in iter_inputs([str(tmp_path)])]
    assert names == [str(tmp_path / n) for n in ("a.html", "b.txt", "sub/c.txt")]
    globbed = [r.name for r in iter_inputs([str(tmp_path / "*.txt")])]
    assert globbed == [str(tmp_path / "b.txt")]


def test_stdin_dash(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode())))
    raw = one("-")
    assert raw.name == "-" and raw.kind == "text" and raw.content == STORY


def test_a_bad_input_in_a_batch_does_not_stop_it(tmp_path):
    good = write(tmp_path, "good.txt", STORY)
    empty = write(tmp_path, "empty.txt", b"")
    items = list(iter_inputs([str(good), str(empty), str(tmp_path / "gone.txt"), str(good)]))
    assert [type(i).__name__ for i in items] == ["RawInput", "InputError", "InputError",
                                                 "RawInput"]
    assert items[1].input == str(empty)


# --- JSONL ------------------------------------------------------------------------------------


def test_jsonl_documents_and_bad_lines(tmp_path):
    lines = [
        '{"text": "Dock workers returned to work on Tuesday.", "title": "Strike ends", '
        '"published": "2024-06-04"}',
        '{"html": "<html><body><p>Ministers met in Rome.</p></body></html>"}',
        "",
        "{not json",
        '{"title": "Only a title"}',
        '["a", "list"]',
        '{"text": 42}',
    ]
    path = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    items = list(iter_inputs([str(path)], published="2024-01-01"))
    first, second, *errors = items
    assert (first.kind, first.title, first.published) == ("jsonl", "Strike ends", "2024-06-04")
    assert first.fallback_published == "2024-01-01" and first.name == f"{path}:1"
    assert second.is_html and second.name == f"{path}:2"
    assert [e.input for e in errors] == [f"{path}:{n}" for n in (4, 5, 6, 7)]
    assert "invalid JSON" in errors[0].reason
    assert "no text, html or url" in errors[1].reason
    assert "JSON object" in errors[2].reason and "'text' must be a string" in errors[3].reason


# --- WARC -------------------------------------------------------------------------------------


def make_warc(pages: list[tuple[str, str, bytes, str]], gz: bool) -> bytes:
    """A WARC of response records: (uri, date, body, content type)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for uri, date, body, media in pages:
        status = "404 Not Found" if uri.endswith("missing") else "200 OK"
        headers = StatusAndHeaders(status, [("Content-Type", media)], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                           http_headers=headers,
                                           warc_headers_dict={"WARC-Date": date})
        writer.write_record(record)
    return buffer.getvalue()


ARTICLE = (FIXTURES / "article.html").read_bytes()
PAGES = [
    ("https://news.example.org/flood", "2024-03-14T09:00:00Z", ARTICLE, "text/html; charset=utf-8"),
    ("https://news.example.org/logo.png", "2024-03-14T09:00:01Z", b"\x89PNG\r\n", "image/png"),
    ("https://news.example.org/missing", "2024-03-14T09:00:02Z", b"<p>gone</p>", "text/html"),
    ("https://news.example.org/flood-2", "2024-03-15T10:00:00Z", ARTICLE, "text/html"),
]


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses_with_uri_and_date(tmp_path, gz):
    path = write(tmp_path, "crawl.warc.gz" if gz else "crawl.warc", make_warc(PAGES, gz))
    items = list(iter_inputs([str(path)], published="2000-01-01"))
    assert all(isinstance(i, RawInput) for i in items)
    assert [(i.url, i.fallback_published) for i in items] == [
        ("https://news.example.org/flood", "2024-03-14T09:00:00Z"),
        ("https://news.example.org/flood-2", "2024-03-15T10:00:00Z"),
    ]
    assert items[0].kind == "warc" and items[0].is_html and items[0].name == f"{path}#1"


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc_keeps_what_was_read(tmp_path, gz):
    data = make_warc(PAGES[:1] + PAGES[3:] + PAGES[:1], gz)
    path = write(tmp_path, "cut.warc", data[: int(len(data) * 0.8)])
    items = list(iter_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["RawInput", "RawInput", "InputError"]
    assert items[2].input == f"{path}#3" and "truncated" in items[2].reason


# --- the command line -------------------------------------------------------------------------


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty file"), (b"%PDF-1.4", "binary")])
def test_extract_exits_non_zero_with_one_line_naming_the_input(tmp_path, data, reason):
    path = write(tmp_path, "bad.txt", data)
    result = CliRunner().invoke(app, ["extract", str(path), "--no-nlp"])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and reason in lines[0]


def test_extract_prints_a_document(tmp_path):
    from factwire.model import Document

    path = write(tmp_path, "strike.txt", STORY)
    result = CliRunner().invoke(app, ["extract", str(path), "--no-nlp",
                                      "--published", "2024-06-04"])
    assert result.exit_code == 0, result.output
    doc = Document.from_json(result.stdout)
    assert doc.title == "Harbour workers end strike after pay deal"
    assert doc.published == "2024-06-04" and doc.source.kind == "text"
