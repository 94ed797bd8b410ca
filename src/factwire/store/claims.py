"""Claims on inputs, so two ingests of the same inputs at once never do the same work twice.

DuckDB lets one process write at a time, and ``factwire ingest`` holds the database only while
it checks or writes a batch, so two ingests started together take turns batch by batch. Before
it parses an input, a run claims it — checking ``seen_inputs`` and ``ingest_claims`` and
inserting its claim in one transaction — and skips any input that is already stored or claimed
by another run that is still alive. A claim by a run that died (its process gone, or the run
finished) no longer counts and is taken over; a run drops its claims when it ends.

The table is created here (``CREATE TABLE IF NOT EXISTS``): it is bookkeeping of ingest runs,
never exported.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from collections.abc import Sequence

import psutil

from factwire.store.db import Connection, transaction

DDL = ("CREATE TABLE IF NOT EXISTS ingest_claims (input VARCHAR, content_hash VARCHAR, "
       "run_id VARCHAR, pid INTEGER, host VARCHAR, claimed_at TIMESTAMP, "
       "PRIMARY KEY (input, content_hash))")
Key = tuple[str, str]  # (input name, content hash)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def claim(con: Connection, run_id: str, keys: Sequence[Key]) -> tuple[set[Key], set[Key]]:
    """Claim ``keys`` for ``run_id`` atomically; returns (already stored, claimed by another
    live run). Every other key is now this run's."""
    con.execute(DDL)
    names = sorted({name for name, _ in keys})
    with transaction(con):
        stored = set(con.execute(
            "SELECT input, content_hash FROM seen_inputs WHERE list_contains(?, input)",
            [names]).fetchall())
        others = con.execute(
            "SELECT c.input, c.content_hash, c.pid, c.host, r.finished IS NOT NULL "
            "FROM ingest_claims c LEFT JOIN runs r USING (run_id) "
            "WHERE list_contains(?, c.input) AND c.run_id <> ?", [names, run_id]).fetchall()
        busy = {(name, digest) for name, digest, pid, host, finished in others
                if not finished and _alive(pid, host)}
        mine = [k for k in dict.fromkeys(keys) if k not in stored and k not in busy]
        now, pid, host = _now(), os.getpid(), socket.gethostname()
        for name, digest in mine:
            con.execute(
                "INSERT INTO ingest_claims VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (input, content_hash) DO UPDATE SET run_id = excluded.run_id, "
                "pid = excluded.pid, host = excluded.host, claimed_at = excluded.claimed_at",
                [name, digest, run_id, pid, host, now])
    return stored & set(keys), busy & set(keys)


def release(con: Connection, run_id: str) -> None:
    """Drop a run's claims (its inputs are in ``seen_inputs`` or ``errors`` by now)."""
    con.execute(DDL)
    con.execute("DELETE FROM ingest_claims WHERE run_id = ?", [run_id])


def _alive(pid: int | None, host: str | None) -> bool:
    """Whether the claiming process still runs; a claim from another machine is trusted."""
    if host != socket.gethostname():
        return True
    return pid is not None and psutil.pid_exists(pid)
