"""Two ingests of the same inputs at once: each input is claimed once (issue 14.7)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factwire.store import open_db
from factwire.store.claims import claim, release

SRC = str(Path(__file__).resolve().parents[1] / "src")
KEYS = [("wire/a.txt", "h1"), ("wire/b.txt", "h2"), ("wire/c.txt", "h3")]


def _run(con, run_id: str, finished: bool = False) -> None:
    now = dt.datetime(2025, 5, 1, 9)
    con.execute("INSERT INTO runs (run_id, started, finished) VALUES (?, ?, ?)",
                [run_id, now, now if finished else None])


def test_a_live_runs_claims_are_skipped_and_a_dead_runs_are_taken_over(tmp_path):
    con = open_db(tmp_path / "f.duckdb", read_only=False)
    _run(con, "first")
    _run(con, "second")
    assert claim(con, "first", KEYS[:2]) == (set(), set())
    stored, busy = claim(con, "second", KEYS)  # the first run is this live process
    assert (stored, busy) == (set(), set(KEYS[:2]))
    con.execute("UPDATE runs SET finished = started WHERE run_id = 'first'")
    assert claim(con, "second", KEYS) == (set(), set())  # a finished run holds nothing
    con.execute("UPDATE ingest_claims SET run_id = 'third', pid = 2147483000")
    _run(con, "third")
    assert claim(con, "fourth", KEYS) == (set(), set())  # the claimer's process is gone
    release(con, "fourth")
    assert con.execute("SELECT count(*) FROM ingest_claims").fetchall() == [(0,)]
    con.close()


def test_stored_inputs_are_reported_as_stored_not_claimed(tmp_path):
    con = open_db(tmp_path / "f.duckdb", read_only=False)
    con.execute("INSERT INTO seen_inputs (input, content_hash, doc_id) VALUES (?, ?, ?)",
                ["wire/a.txt", "h1", "d1"])
    stored, busy = claim(con, "run", KEYS)
    assert (stored, busy) == ({KEYS[0]}, set())
    con.close()


@pytest.mark.slow
def test_two_ingests_of_the_same_folder_at_once_parse_each_input_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    n = 16
    for i in range(n):
        (folder / f"item-{i:02d}.txt").write_text(
            f"Ceasefire talks resume for round {i + 1}\n\nNegotiators met in Doha on Sunday for "
            f"round {i + 1} of the talks, the foreign ministry said. Officials said prisoners "
            "would be exchanged once both sides signed.\n", encoding="utf-8")
    db = tmp_path / "f.duckdb"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, "-m", "factwire.cli", "ingest", str(folder), "--db", str(db),
               "--batch-size", "2", "--quiet", "--published", "2025-03-11"]
    procs = [subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=600)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    outputs = [" ".join(out.split()) for out in outputs]  # rich wraps long lines
    assert not any("found already stored" in out for out in outputs), outputs  # no NLP redone
    con = open_db(db)
    assert con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchall() == [
        (n, n)]
    assert con.execute("SELECT count(*), count(DISTINCT (input, content_hash)) "
                       "FROM seen_inputs").fetchall() == [(n, n)]
    # every input parsed by one run only: the other skipped it, before NLP or at write time
    assert con.execute("SELECT sum(stored), sum(skipped), count(*) FROM runs").fetchall() == [
        (n, n, 2)]
    con.close()
