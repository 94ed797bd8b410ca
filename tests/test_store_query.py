"""``factwire query`` bounds: a lock held by an ingest, a row cap, a time limit, no EXPLAIN
ANALYZE (issue 14.4 and 14.8)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from factwire.cli import app
from factwire.store import open_db
from factwire.store.usersql import explains_analyze

HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])  # a writer, like an ingest committing a batch
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
print("released", flush=True)
time.sleep(30)
"""


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "f.duckdb"
    con = open_db(path, read_only=False)
    con.execute("INSERT INTO runs (run_id, sources) VALUES ('r1', ['wire/a.txt'])")
    con.close()
    return path


def _writer(db, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "holding"
    return proc


def _query(*args: str):
    result = CliRunner().invoke(app, ["query", *args])
    return result.exit_code, result.stdout, " ".join(result.stderr.split())


def test_query_during_an_ingest_says_plainly_that_the_database_is_busy(db):
    proc = _writer(db, 60)
    try:
        code, out, err = _query("SELECT count(*) AS n FROM runs", "--db", str(db), "--wait", "0.5")
    finally:
        proc.kill()
        proc.wait()
    assert code == 1 and out == ""
    assert "the database is busy" in err and "factwire ingest" in err
    assert err.count("error:") == 1 and "Traceback" not in err


def test_query_waits_for_a_batch_to_commit_then_runs(db):
    proc = _writer(db, 1.0)
    try:
        code, out, err = _query("SELECT count(*) AS n FROM runs", "--db", str(db),
                                "--format", "json", "--wait", "30")
    finally:
        proc.kill()
        proc.wait()
    assert code == 0, err
    assert json.loads(out) == [{"n": 1}]


def test_row_cap_cuts_and_says_so(db):
    code, out, err = _query("SELECT * FROM range(50000000) t(i)", "--db", str(db),
                            "--format", "csv", "--max-rows", "25")
    assert code == 0
    assert out.splitlines()[0] == "i" and len(out.splitlines()) == 26
    assert "cut at 25 rows" in err
    code, out, err = _query("SELECT * FROM range(3) t(i)", "--db", str(db), "--format", "csv",
                            "--max-rows", "3")
    assert len(out.splitlines()) == 4 and "cut" not in err


def test_a_long_statement_is_stopped_at_the_timeout(db):
    code, out, err = _query("SELECT count(*) FROM range(100000000000) a, range(10) b",
                            "--db", str(db), "--timeout", "0.5")
    assert code == 1 and "stopped after 0.5 s" in err


@pytest.mark.parametrize("sql", [
    "EXPLAIN ANALYZE SELECT * FROM runs",
    "explain analyse select 1",
    "/* look */ EXPLAIN (ANALYZE) SELECT 1",
    "EXPLAIN -- profile it\n  ANALYZE SELECT 1",
])
def test_explain_analyze_is_refused(db, sql):
    assert explains_analyze(sql)
    code, _, err = _query(sql, "--db", str(db))
    assert code == 1 and "EXPLAIN ANALYZE is not allowed" in err


def test_plain_explain_and_a_column_named_analyze_still_run(db):
    assert not explains_analyze("EXPLAIN SELECT 1")
    assert not explains_analyze("SELECT 'analyze' AS analyze_note")
    code, out, _ = _query("EXPLAIN SELECT * FROM runs", "--db", str(db))
    assert code == 0 and out
