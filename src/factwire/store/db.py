"""Opening the DuckDB file and writing to it: batches of documents, errors, Parquet parts.

Every write of a batch is one transaction, idempotent by document id: a document already
stored is skipped, so re-ingesting changes nothing and a run killed mid-way loses at most the
batch in flight. User values only ever reach SQL as parameters.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from factwire.model import Document, FactwireError, InputError
from factwire.store.rows import TABLES, document_rows, error_row
from factwire.store.schema import arrow_schema, create_all

Connection = duckdb.DuckDBPyConnection


def default_db_path() -> Path:
    """``$FACTWIRE_DB``, else ./factwire.duckdb."""
    return Path(os.environ.get("FACTWIRE_DB") or "factwire.duckdb")


def _connect(path: Path, read_only: bool, wait: float) -> Connection:
    """``duckdb.connect``, retrying while another process holds the file's lock (up to
    ``wait`` seconds): DuckDB lets one process write, or several read, never both at once."""
    return _retry_locked(path, wait, lambda: duckdb.connect(str(path), read_only=read_only))


def _retry_locked(path: Path, wait: float, open_it):
    """``open_it()``, retried with back-off while the file is locked by another process; then
    a plain one-line FactwireError saying that another process (an ingest) holds it."""
    deadline = time.monotonic() + wait
    pause = 0.05
    while True:
        try:
            return open_it()
        except duckdb.Error as err:
            if not _is_lock_error(err):
                raise FactwireError(str(path), f"cannot open database: {err}", "store") from err
            if time.monotonic() + pause > deadline:
                raise FactwireError(str(path), _locked_reason(err, wait), "store") from err
        time.sleep(pause)
        pause = min(pause * 2, 1.0)


def _is_lock_error(err: duckdb.Error) -> bool:
    return "lock" in str(err).lower()


def _locked_reason(err: duckdb.Error, wait: float) -> str:
    pid = re.search(r"\(PID (\d+)\)", str(err))
    who = f"another process (PID {pid.group(1)})" if pid else "another process"
    waited = f" (waited {wait:g} s)" if wait else ""
    return (f"the database is busy: {who}, probably a running `factwire ingest`, holds it for "
            f"writing{waited}; try again when it has finished")


def open_db(path: str | os.PathLike | None = None, read_only: bool = True,
            wait: float = 0.0) -> Connection:
    """Open (and when writable, create or upgrade) the factwire database.

    ``wait``: seconds to keep retrying while another process holds the file (e.g. ``factwire
    serve`` reading while ``factwire ingest`` writes a batch).
    """
    path = Path(path) if path else default_db_path()
    if read_only:
        if not path.exists():
            raise FactwireError(
                str(path), "no such database (run `factwire ingest` first)", "store"
            )
        return _connect(path, True, wait)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = _connect(path, False, wait)
    create_all(con)
    return con


QUERY_LOCK_WAIT = 10.0  # seconds ``factwire query`` waits for an ingest's batch to commit


def open_query_db(path: str | os.PathLike | None = None,
                  wait: float = QUERY_LOCK_WAIT) -> Connection:
    """A connection for user SQL: the database attached read-only to a private in-memory
    DuckDB with file system access disabled (no COPY TO, ATTACH or read_csv of other files)
    and the configuration locked so SQL cannot undo it. A private instance, so these settings
    never leak into other connections of the process. While an ingest holds the file it waits
    up to ``wait`` seconds (ingest commits batch by batch), then says so in one line."""
    path = Path(path) if path else default_db_path()
    if not path.exists():
        raise FactwireError(str(path), "no such database (run `factwire ingest` first)", "store")
    con = duckdb.connect(":memory:")
    try:
        _retry_locked(path, wait,
                      lambda: con.execute("ATTACH ? AS factwire (READ_ONLY)", [str(path)]))
    except FactwireError:
        con.close()
        raise
    con.execute("USE factwire")
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def scalar(con: Connection, sql: str, params: list[Any] | None = None) -> Any:
    """The first value of the first row (or None), with the result fully consumed: DuckDB
    refuses new work on a connection while a result is half read."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0][0] if rows else None


@contextmanager
def transaction(con: Connection) -> Iterator[Connection]:
    """One transaction: committed when the block ends, rolled back if it raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def fetch_dicts(con: Connection, sql: str, params: list[Any] | None = None,
                ) -> list[dict[str, Any]]:
    """All rows of a query as dicts keyed by column name."""
    cursor = con.execute(sql, params or [])
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def insert_rows(con: Connection, table: str, rows: list[dict[str, Any]]) -> None:
    """Append rows (dicts keyed by column name) to a table through one Arrow batch."""
    if not rows:
        return
    batch = pa.Table.from_pylist(rows, schema=arrow_schema(table))
    con.register("_factwire_rows", batch)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _factwire_rows")
    finally:
        con.unregister("_factwire_rows")


@dataclass
class WriteResult:
    stored: list[str] = field(default_factory=list)  # ids written by this call
    skipped: list[str] = field(default_factory=list)  # ids already in the database (or repeated)


def stored_ids(con: Connection, ids: Iterable[str]) -> set[str]:
    """Those of the given document ids that are already stored."""
    ids = list(ids)
    if not ids:
        return set()
    found = con.execute(
        "SELECT doc_id FROM documents WHERE list_contains(?, doc_id)", [ids]
    ).fetchall()
    return {row[0] for row in found}


def write_documents(
    con: Connection,
    docs: list[Document],
    *,
    errors: Iterable[InputError] = (),
    seen: Iterable[dict[str, Any]] = (),
    run_id: str | None = None,
) -> WriteResult:
    """Store a batch in ONE transaction; documents already stored are skipped.

    ``errors`` (as ``errors`` rows) and ``seen`` (``seen_inputs`` rows) are committed in the same
    transaction, so the bookkeeping never disagrees with what is stored.
    """
    result = WriteResult()
    with transaction(con):
        existing = stored_ids(con, (d.id for d in docs))
        tables: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        for doc in docs:
            if doc.id in existing:
                result.skipped.append(doc.id)
                continue
            existing.add(doc.id)
            result.stored.append(doc.id)
            for table, rows in document_rows(doc).items():
                tables[table].extend(rows)
        for table, rows in tables.items():
            insert_rows(con, table, rows)
        insert_rows(con, "errors", [error_row(e, run_id) for e in errors])
        insert_rows(con, "seen_inputs", _unrecorded(con, list(seen)))
    if result.stored:
        _search_after_write(con)
    return result


def _search_after_write(con: Connection) -> None:
    """Keep the full-text sidecar (store.search) in step with what was just committed."""
    from factwire.store import search

    search.after_write(con)


def _unrecorded(con: Connection, seen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``seen_inputs`` rows whose (input, content hash) is not recorded yet, each once."""
    if not seen:
        return []
    have = set(con.execute(
        "SELECT input, content_hash FROM seen_inputs WHERE list_contains(?, input)",
        [[r["input"] for r in seen]]).fetchall())
    fresh = []
    for row in seen:
        key = (row["input"], row["content_hash"])
        if key not in have:
            have.add(key)
            fresh.append(row)
    return fresh


def write_errors(con: Connection, errors: Iterable[InputError], run_id: str | None = None) -> int:
    """Record inputs that failed as ``errors`` rows; returns how many."""
    rows = [error_row(e, run_id) for e in errors]
    insert_rows(con, "errors", rows)
    return len(rows)


def _parts(parts_dir: str | os.PathLike, table: str) -> str | None:
    """The glob of a table's Parquet parts, or None when there are none."""
    folder = Path(parts_dir) / table
    return str(folder / "*.parquet") if any(folder.glob("*.parquet")) else None


def import_parts(con: Connection, parts_dir: str | os.PathLike,
                 run_id: str | None = None) -> WriteResult:
    """Insert what is new from Parquet parts laid out as ``parts_dir/<table>/*.parquet``.

    DuckDB reads each table's parts as one dataset. A document present in several parts (or
    already stored) is taken once: from the first part that has it (parts of one shard have
    the same file name in every table folder, as ``factwire.scale.process_shard`` writes
    them). ``errors`` parts (``rows.error_row`` rows) are appended, their missing ``run_id``
    set to ``run_id``.
    """
    result = WriteResult()
    documents = _parts(parts_dir, "documents")
    errors = _parts(parts_dir, "errors")
    with transaction(con):
        if documents:
            con.execute(
                "CREATE OR REPLACE TEMP TABLE _new_parts AS "
                "SELECT doc_id, min(parse_filename(filename)) AS part "
                "FROM read_parquet(?, filename = true, union_by_name = true) "
                "WHERE doc_id NOT IN (SELECT doc_id FROM documents) GROUP BY doc_id",
                [documents],
            )
            result.skipped = [r[0] for r in con.execute(
                "SELECT DISTINCT doc_id FROM read_parquet(?) "
                "WHERE doc_id IN (SELECT doc_id FROM documents)", [documents],
            ).fetchall()]
            for table in TABLES:
                if table_parts := _parts(parts_dir, table):
                    con.execute(
                        f"INSERT INTO {table} BY NAME SELECT p.* EXCLUDE (filename) "
                        "FROM read_parquet(?, filename = true, union_by_name = true) AS p "
                        "JOIN _new_parts AS n "
                        "ON p.doc_id = n.doc_id AND parse_filename(p.filename) = n.part",
                        [table_parts],
                    )
            result.stored = [r[0] for r in con.execute("SELECT doc_id FROM _new_parts").fetchall()]
            con.execute("DROP TABLE _new_parts")
        if errors:
            con.execute(
                "INSERT INTO errors BY NAME SELECT * REPLACE (coalesce(run_id, ?) AS run_id) "
                "FROM read_parquet(?, union_by_name = true)",
                [run_id, errors],
            )
    if result.stored:
        _search_after_write(con)
    return result
