"""Full-text search: a SQLite FTS5 index in a sidecar file beside the DuckDB file.

DuckDB's own ``fts`` extension is downloaded on first use, which this project cannot rely on
(machines without network); FTS5 ships inside Python's ``sqlite3``. The index holds one row
per document (title and text), per quote and per event sentence, stemmed (Porter) and ranked
by BM25. It is derived data: ``sync`` compares it with the DuckDB ``documents`` table (count
and an XOR of DuckDB's ``hash(doc_id)``) and adds or drops what differs, so a missing,
half-written or stale sidecar is rebuilt from DuckDB; the store calls it after every write.

User text never reaches SQL text: each word is quoted as an FTS5 string (``"w1" "w2"``, all
words required) and passed as a bound parameter.
"""

from __future__ import annotations

import html
import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factwire.store.db import Connection, fetch_dicts, scalar

log = logging.getLogger(__name__)
SUFFIX = ".search.sqlite"
KINDS = ("document", "quote", "event")
# private-use characters mark the hits in a snippet, so the text can be escaped around them
_OPEN, _CLOSE = "\ue000", "\ue001"
_SCHEMA = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, body, doc_id UNINDEXED, "
    "kind UNINDEXED, ref UNINDEXED, tokenize = 'porter unicode61 remove_diacritics 2')",
    "CREATE TABLE IF NOT EXISTS indexed (doc_id TEXT PRIMARY KEY)",
    "CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT)",
)
_CHECKSUM = "SELECT count(*) || ':' || coalesce(bit_xor(hash(doc_id)), 0) FROM documents"


def sidecar_path(db_path: str | Path) -> Path:
    """``factwire.duckdb`` → ``factwire.duckdb.search.sqlite``."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + SUFFIX)


def db_file(con: Connection) -> Path | None:
    path = scalar(con, "SELECT path FROM duckdb_databases() "
                       "WHERE database_name = current_database()")
    return Path(path) if path else None  # None: an in-memory database has no sidecar


@contextmanager
def _open(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(path, timeout=30)) as lite:
        lite.execute("PRAGMA journal_mode = WAL")
        for statement in _SCHEMA:
            lite.execute(statement)
        yield lite


def _state(lite: sqlite3.Connection) -> str | None:
    row = lite.execute("SELECT value FROM state WHERE key = 'checksum'").fetchone()
    return row[0] if row else None


def sync(con: Connection, path: Path | None = None) -> int:
    """Bring the sidecar in step with the database ``con`` reads; returns documents indexed.

    Cheap when nothing changed (one aggregate over ``documents``). ``con`` may be read-only:
    only the sidecar is written.
    """
    path = path or (db_file(con) and sidecar_path(db_file(con)))
    if path is None:
        return 0
    checksum = scalar(con, _CHECKSUM)
    with _open(path) as lite:
        if _state(lite) == checksum:
            return 0
        lite.execute("BEGIN IMMEDIATE")  # one writer at a time; the others then see it done
        with lite:  # commits (or rolls back) that transaction
            if _state(lite) == checksum:
                return 0
            have = {r[0] for r in lite.execute("SELECT doc_id FROM indexed")}
            stored = {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
            gone, new = sorted(have - stored), sorted(stored - have)
            for doc_id in gone:
                lite.execute("DELETE FROM fts WHERE doc_id = ?", [doc_id])
                lite.execute("DELETE FROM indexed WHERE doc_id = ?", [doc_id])
            for start in range(0, len(new), 500):
                _add(con, lite, new[start:start + 500])
            lite.execute("INSERT OR REPLACE INTO state VALUES ('checksum', ?)", [checksum])
    return len(new)


def after_write(con: Connection) -> None:
    """The store's hook after a write: sync, and never fail the write over the index (it is
    rebuilt from DuckDB on the next sync; the reason goes to the log)."""
    try:
        sync(con)
    except (sqlite3.Error, OSError) as err:
        log.warning("search index not updated (it will be rebuilt on next use): %s", err)


def rebuild(con: Connection) -> int:
    """Drop the sidecar and index every document again; returns how many."""
    path = db_file(con)
    if path is None:
        return 0
    for stale in (sidecar_path(path), *(Path(f"{sidecar_path(path)}{s}")
                                        for s in ("-wal", "-shm"))):
        stale.unlink(missing_ok=True)
    return sync(con)


def _add(con: Connection, lite: sqlite3.Connection, ids: list[str]) -> None:
    rows: list[tuple[Any, ...]] = []
    for d in fetch_dicts(con, "SELECT doc_id, title, text FROM documents "
                              "WHERE list_contains(?, doc_id)", [ids]):
        rows.append((d["title"] or "", d["text"] or "", d["doc_id"], "document", None))
    # ref: the anchor of the record in the article page
    for q in fetch_dicts(con, "SELECT doc_id, quote_id, text FROM quotes "
                              "WHERE list_contains(?, doc_id)", [ids]):
        rows.append(("", q["text"] or "", q["doc_id"], "quote", f"q-{q['quote_id']}"))
    for e in fetch_dicts(con, "SELECT DISTINCT doc_id, sentence_start, event_text FROM events "
                              "WHERE list_contains(?, doc_id) AND event_text IS NOT NULL", [ids]):
        rows.append(("", e["event_text"], e["doc_id"], "event", f"s-{e['sentence_start']}"))
    lite.executemany("INSERT INTO fts (title, body, doc_id, kind, ref) VALUES (?, ?, ?, ?, ?)",
                     rows)
    lite.executemany("INSERT OR IGNORE INTO indexed VALUES (?)", [(i,) for i in ids])


_WORD = re.compile(r"\w", re.UNICODE)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def match_expression(text: str) -> str | None:
    """User text as an FTS5 query needing every word: ``"w1" "w2"``; None when it has no word.

    Quoting each word (``"`` doubled inside) makes FTS5 operators and punctuation in the text
    plain characters, so no input can be a syntax error; control characters (a NUL ends
    SQLite's reading of the string) separate words like spaces.
    """
    words = [w for w in _CONTROL.sub(" ", text).split() if _WORD.search(w)]
    return " ".join('"' + w.replace('"', '""') + '"' for w in words[:32]) or None


def highlight(snippet: str) -> str:
    """An FTS5 snippet as safe HTML: the text escaped, the hits in ``<mark>``."""
    return html.escape(snippet).replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")


@dataclass
class Hits:
    items: list[dict[str, Any]]
    total: int


def search(con: Connection, text: str, *, kind: str = "document", limit: int = 20,
           offset: int = 0, synced: bool = False) -> Hits:
    """Documents (or quotes, or event sentences) containing every word of ``text``, best
    first (BM25, a title hit weighing five times a body hit), each with its ``rank`` (lower is
    better) and an HTML ``snippet`` with the words in ``<mark>``. Syncs the sidecar first
    unless the caller just did (``synced``)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
    expression = match_expression(text)
    path = db_file(con)
    if expression is None or path is None:
        return Hits([], 0)
    if not synced:
        sync(con)
    with _open(sidecar_path(path)) as lite:
        total = lite.execute("SELECT count(*) FROM fts WHERE fts MATCH ? AND kind = ?",
                             [expression, kind]).fetchone()[0]
        found = lite.execute(
            "SELECT doc_id, ref, bm25(fts, 5.0, 1.0) AS rank, "
            f"snippet(fts, 1, '{_OPEN}', '{_CLOSE}', '…', 24) AS body, "
            f"highlight(fts, 0, '{_OPEN}', '{_CLOSE}') AS title "
            "FROM fts WHERE fts MATCH ? AND kind = ? ORDER BY rank LIMIT ? OFFSET ?",
            [expression, kind, limit, offset]).fetchall()
    items = [{"doc_id": d, "ref": r, "rank": round(rank, 4), "snippet": highlight(body),
              "title_html": highlight(title) if title else None}
             for d, r, rank, body, title in found]
    return Hits(_with_documents(con, items), total)


def _with_documents(con: Connection, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each hit with its document's title, publisher and date (from DuckDB)."""
    if not items:
        return items
    docs = {d["doc_id"]: d for d in fetch_dicts(
        con, "SELECT doc_id, title, publisher, published_date FROM documents "
             "WHERE list_contains(?, doc_id)", [[i["doc_id"] for i in items]])}
    return [{**docs.get(i["doc_id"], {}), **i} for i in items]
