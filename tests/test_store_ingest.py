"""``factwire ingest`` end to end: idempotent, resumable after SIGKILL, errors recorded."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from factwire.store import TABLES, open_db
from factwire.store.ingest import ingest

CITIES = ["Mosul", "Aleppo", "Goma", "Kherson", "Khartoum", "Tigray", "Gaza", "Donetsk",
          "Mogadishu", "Sanaa"]


def write_inputs(folder, n: int) -> list[str]:
    """``n`` short, distinct news items as text files."""
    folder.mkdir()
    for i in range(n):
        city = CITIES[i % len(CITIES)]
        (folder / f"item-{i:03d}.txt").write_text(
            f"Aid convoy reaches {city} after {i + 2} days\n\n"
            f"A convoy of {10 + i} trucks carrying food and medicine reached {city} on Monday, "
            f"the World Food Programme said, after {i + 2} days of talks with local commanders. "
            f"Officials said {1000 * (i + 1)} families would receive rations this week.\n",
            encoding="utf-8",
        )
    return sorted(str(p) for p in folder.iterdir())


def snapshot(db) -> dict[str, list]:
    con = open_db(db, read_only=False)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in [*TABLES, "stories", "story_documents", "merged_events"]}
    finally:
        con.close()


def paired_inputs(db) -> int:
    """How many ``seen_inputs`` rows name the input their document came from."""
    con = open_db(db)
    try:
        return con.execute("SELECT count(*) FROM seen_inputs s JOIN documents d USING (doc_id) "
                           "WHERE d.source_path = s.input").fetchall()[0][0]
    finally:
        con.close()


def test_ingest_is_idempotent_and_records_errors(tmp_path):
    paths = write_inputs(tmp_path / "in", 6)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    sources = [*paths, str(tmp_path / "empty.txt"), str(tmp_path / "missing.html")]
    db = tmp_path / "f.duckdb"

    first = ingest(sources, db, published="2025-03-11", batch_size=4, progress=False,
                   with_nlp=False)
    assert (first.stored, first.skipped, first.failed) == (6, 0, 2)
    con = open_db(db)
    errors = con.execute("SELECT input, stage, reason, run_id FROM errors ORDER BY input")
    rows = errors.fetchall()
    assert [r[0] for r in rows] == sorted([str(tmp_path / "empty.txt"),
                                           str(tmp_path / "missing.html")])
    assert all(r[2] and r[3] == first.run_id for r in rows)
    assert con.execute("SELECT count(DISTINCT published_date) FROM documents").fetchall() \
        == [(1,)]
    con.close()
    assert paired_inputs(db) == 6
    before = snapshot(db)

    again = ingest(sources, db, published="2025-03-11", batch_size=4, progress=False,
                   with_nlp=False)
    assert (again.stored, again.skipped, again.failed) == (0, 6, 2)  # skipped before NLP
    assert snapshot(db) == before


def test_cli_ingest_says_what_failed_and_exits_non_zero_when_nothing_was_read(tmp_path):
    from typer.testing import CliRunner

    from factwire.cli import app

    missing = tmp_path / "missing.html"
    out = CliRunner().invoke(app, ["ingest", str(missing), "--db", str(tmp_path / "f.duckdb"),
                                   "--no-nlp", "--quiet"])
    said = " ".join(out.stderr.split())
    assert out.exit_code == 1
    assert str(missing) in said and "0 stored, 0 skipped" in said and "1 failed" in said


def test_ingest_killed_mid_way_then_rerun_stores_every_document_once(tmp_path):
    n = 100
    folder = tmp_path / "in"
    write_inputs(folder, n)
    db = tmp_path / "f.duckdb"
    command = [sys.executable, "-m", "factwire.cli", "ingest", str(folder), "--db", str(db),
               "--batch-size", "2", "--published", "2025-03-11", "--no-nlp"]
    env = {**os.environ, "COLUMNS": "200"}
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True, env=env)
    deadline = time.monotonic() + 120
    try:
        for line in proc.stderr:  # one line per committed batch when stderr is not a terminal
            if line.startswith("batch 3:") or time.monotonic() > deadline:
                break
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    con = open_db(db, read_only=False)
    stored = con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    con.close()
    assert 6 <= stored < n  # the committed batches survived; the run was cut short

    rerun = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{n - stored} stored, {stored} skipped" in " ".join(rerun.stderr.split())
    con = open_db(db)
    for table in ("documents", "signatures", "story_documents"):
        total, distinct = con.execute(
            f"SELECT count(*), count(DISTINCT doc_id) FROM {table}").fetchall()[0]
        assert total == distinct == n, table
    per_doc = con.execute("SELECT doc_id, count(*) FROM seen_inputs GROUP BY doc_id "
                          "HAVING count(*) > 1").fetchall()
    assert per_doc == []
    con.close()


@pytest.mark.slow
def test_two_workers_store_the_same_rows_as_one(tmp_path):
    paths = write_inputs(tmp_path / "in", 8)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    ingest(paths, one, published="2025-03-11", batch_size=2, progress=False, with_nlp=False)
    report = ingest(paths, two, published="2025-03-11", batch_size=2, workers=2,
                    progress=False, with_nlp=False)
    assert report.stored == 8
    assert snapshot(one) == snapshot(two)
    assert paired_inputs(two) == paired_inputs(one) == 8


def test_bundled_examples_through_the_whole_pipeline(tmp_path, nlp, example_path):
    """What the CLI lists is what the pipeline extracted, whatever the extractors find."""
    from typer.testing import CliRunner

    from factwire import extract
    from factwire.cli import app
    from factwire.store import read

    examples = sorted(p for p in example_path.parent.iterdir() if p.suffix in (".txt", ".html"))
    db = tmp_path / "f.duckdb"
    report = ingest([str(p) for p in examples], db, published="2025-04-30", progress=False)
    assert (report.stored, report.failed) == (len(examples), 0)
    direct = extract(str(example_path), published="2025-04-30")
    con = open_db(db)
    assert read.get_document(con, direct.id) == direct
    n_events = sum(len(read.get_document(con, d["doc_id"]).events)
                   for d in read.list_documents(con)[0])
    con.close()
    out = CliRunner().invoke(app, ["events", "--db", str(db), "--format", "jsonl",
                                   "--limit", "1000"])
    assert out.exit_code == 0 and len(out.stdout.splitlines()) == n_events


def _open_between_batches(db, seconds: float = 30.0):
    """A read-only connection as soon as the ingest lets go of the file: tried every few
    milliseconds, as the gap between two short batches can be shorter than the back-off of
    ``open_db(wait=...)`` (which a user's query can afford, and a race in a test cannot)."""
    from factwire.model import FactwireError

    deadline = time.monotonic() + seconds
    while True:
        try:
            return open_db(db)
        except FactwireError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.005)


def test_readers_get_in_between_batches_of_a_running_ingest(tmp_path):
    # With the whole pipeline each batch takes a parse, long enough for a reader to get in;
    # without NLP the ingest can finish before the reader sees its first progress line.
    n = 40
    folder = tmp_path / "in"
    write_inputs(folder, n)
    db = tmp_path / "f.duckdb"
    proc = subprocess.Popen(
        [sys.executable, "-m", "factwire.cli", "ingest", str(folder), "--db", str(db),
         "--batch-size", "2", "--published", "2025-03-11"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    counts = []
    try:
        for line in proc.stderr:
            if line.startswith("batch ") and len(counts) < 5:
                con = _open_between_batches(db)  # read-only, while the ingest is still running
                counts.append(con.execute("SELECT count(*) FROM documents").fetchall()[0][0])
                con.close()
    finally:
        proc.wait(timeout=300)
    assert proc.returncode == 0
    assert len(counts) == 5 and counts == sorted(counts) and 0 < counts[0] < n
    con = open_db(db)
    assert con.execute("SELECT count(*) FROM documents").fetchall() == [(n,)]
    con.close()


@pytest.mark.slow
def test_dask_ingest_stores_the_same_rows_as_one_process(tmp_path):
    paths = write_inputs(tmp_path / "in", 6)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    one, dask = tmp_path / "one.duckdb", tmp_path / "dask.duckdb"
    ingest([*paths, str(tmp_path / "empty.txt")], one, published="2025-03-11", progress=False,
           with_nlp=False)
    report = ingest([*paths, str(tmp_path / "empty.txt")], dask, published="2025-03-11",
                    progress=False, with_nlp=False, dask="local", workers=2)
    assert (report.stored, report.failed) == (6, 1)
    assert report.errors[0].input == str(tmp_path / "empty.txt")
    assert snapshot(one) == snapshot(dask)
