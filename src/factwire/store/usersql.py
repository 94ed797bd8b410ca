"""``factwire query``: one read statement of user SQL, bounded in rows and in time.

The statement runs on ``db.open_query_db``'s sandbox (read-only, no file access) through
``read.run_sql`` (one read statement). On top of that: ``EXPLAIN ANALYZE`` is refused (it runs
the statement it explains, outside the row cap), at most ``max_rows`` rows are fetched (the
result says when more were cut), and a statement still running after ``timeout`` seconds is
interrupted (``con.interrupt()`` from a timer thread).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from factwire.model import FactwireError
from factwire.store.db import QUERY_LOCK_WAIT, open_query_db

DEFAULT_MAX_ROWS = 10_000
DEFAULT_TIMEOUT = 30.0  # seconds
_COMMENTS = re.compile(r"--[^\n]*|/\*.*?\*/", re.S)
_ANALYZE = re.compile(r"^\s*EXPLAIN\b[^;]*?\bANALY[SZ]E\b", re.I)
_BODY = re.compile(r"\b(SELECT|WITH|FROM|TABLE|VALUES|SHOW|DESCRIBE|SUMMARIZE)\b", re.I)


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool  # the statement had more than max_rows rows


def run_query(db: str | Path | None, sql: str, *, max_rows: int = DEFAULT_MAX_ROWS,
              timeout: float | None = DEFAULT_TIMEOUT,
              lock_wait: float = QUERY_LOCK_WAIT) -> QueryResult:
    """Run one read statement of user SQL; FactwireError (one line) for anything refused,
    failed, or stopped by the time limit."""
    from factwire.store.read import run_sql

    if explains_analyze(sql):
        raise FactwireError("query", "EXPLAIN ANALYZE is not allowed (it runs the statement "
                            "outside the row and time limits); use EXPLAIN", "query")
    con = open_query_db(db, wait=lock_wait)
    timer = threading.Timer(timeout, con.interrupt) if timeout else None
    try:
        if timer is not None:
            timer.start()
        names, rows = run_sql(con, sql, limit=max_rows + 1)
    except FactwireError as err:
        if timer is not None and timer.finished.is_set() and _interrupted(err):
            raise FactwireError("query", f"stopped after {timeout:g} s (the --timeout); narrow "
                                "the query or raise the limit", "query") from None
        raise
    finally:
        if timer is not None:
            timer.cancel()
        con.close()
    return QueryResult(names, rows[:max_rows], len(rows) > max_rows)


def explains_analyze(sql: str) -> bool:
    """Whether ``sql`` is an ``EXPLAIN ANALYZE`` (in any spelling, comments removed)."""
    text = _COMMENTS.sub(" ", sql)
    body = _BODY.search(text)
    head = text[: body.start()] if body else text
    return bool(_ANALYZE.search(head))


def _interrupted(err: FactwireError) -> bool:
    cause = err.__cause__
    return isinstance(cause, duckdb.InterruptException) or "interrupt" in err.reason.lower()
