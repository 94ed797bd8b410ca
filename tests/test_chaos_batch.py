"""The chaos batch (issue 14): every hostile input of the issue mixed with good ones in one
``ingest``, with 1 and 2 workers. Every good document is stored, every bad input is one
``errors`` row naming it, and nothing else is lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factwire.store import open_db
from factwire.store.ingest import ingest

ARTICLE = (Path(__file__).parent / "fixtures" / "ingest" / "article.html").read_text()


def story(place: str, n: int) -> str:
    return (f"Flooding closed the main road into {place} on Tuesday, the regional council said. "
            f"Engineers inspected the levee and said repairs would take {n} days. The mayor "
            f"told reporters that shelters had opened for {100 * n} residents.")


def write_chaos(folder: Path) -> tuple[list[str], set[str], set[str]]:
    """The inputs, the names of the documents that must be stored, and of the errors."""
    folder.mkdir()
    files = {
        "good1.txt": story("Riverton", 2).encode(),
        "good2.html": ARTICLE.encode(),
        "glued.txt": ("Officials said the army would " + "$" * 8000
                      + " withdraw from the valley on Monday.").encode(),
        "utf16.txt": story("Lakeside", 3).encode("utf-16-le"),
        "nested.html": ("<html><body>" + "<div>" * 10_000 + f"<p>{story('Hillford', 4)}</p>"
                        + "</div>" * 10_000 + "</body></html>").encode(),
        "hostile.xml": ('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
                        f"<item><title>&#xFFFFFF;</title><description>{story('Marsh End', 5)}"
                        "</description></item></channel></rss>").encode(),
        "wire.jsonl": "\n".join([json.dumps({"text": story("Eastport", 6)}), "{broken",
                                 json.dumps({"title": "no body"}),
                                 json.dumps({"text": story("Westbury", 7)})]).encode(),
        "long.txt": ("army talks border minister said would the of in " * 45_000).encode(),
        "empty.txt": b"",
        "photo.html": b"\x89PNG\r\n\x1a\n" + b"\x00" * 256,
        "crawl.warc": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\ncut off",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    sources = [str(folder), "file:///etc/passwd", "gopher://gopher.example/0/news",
               str(folder / "missing.txt")]
    good = {str(folder / n) for n in ("good1.txt", "good2.html", "glued.txt", "utf16.txt",
                                      "nested.html", "hostile.xml#1")}
    good |= {f"{folder / 'wire.jsonl'}:{line}" for line in (1, 4)}
    bad = {f"{folder / 'wire.jsonl'}:{line}" for line in (2, 3)}
    bad |= {str(folder / n) for n in ("long.txt", "empty.txt", "photo.html", "missing.txt")}
    bad |= {"file:///etc/passwd", "gopher://gopher.example/0/news", f"{folder / 'crawl.warc'}#1"}
    return sources, good, bad


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_chaos_batch_stores_every_good_document_and_records_every_bad_input(tmp_path, workers):
    sources, good, bad = write_chaos(tmp_path / "in")
    db = tmp_path / "f.duckdb"
    report = ingest(sources, db, workers=workers, batch_size=4, progress=False,
                    published="2025-05-01")
    assert {e.input for e in report.errors} == bad, report.errors
    assert (report.stored, report.failed) == (len(good), len(bad))
    con = open_db(db)
    stored = {row[0] for row in con.execute("SELECT input FROM seen_inputs").fetchall()}
    errors = con.execute("SELECT input, stage, reason FROM errors").fetchall()
    n_docs = con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    con.close()
    assert stored == good and n_docs == len(good)
    assert {e[0] for e in errors} == bad and len(errors) == len(bad)  # one row each
    reasons = {name.rsplit("/", 1)[-1]: (stage, reason) for name, stage, reason in errors}
    assert reasons["long.txt"][0] == "nlp" and "limit for parsing" in reasons["long.txt"][1]
    assert "unsupported scheme" in reasons["passwd"][1]
    assert all("worker" not in stage for stage, _ in reasons.values())
