"""Exports of the database: Parquet or CSV (one file per table), Documents as JSON lines, and
events as PLOVER JSON lines.

PLOVER records follow the "JSON Data Fields" chapter of the PLOVER manual (openeventdata/PLOVER,
draft 0.7b1): ``id``, ``date`` (YYYY-MM-DD), ``source`` and ``recipient`` (lists of actor
objects ``{code, sector, actor_text}``; ``actor`` repeats ``source`` under the newer name),
``event`` (list of categories), ``mode``, ``context``, ``event_loc`` (location object),
``event_text``, ``quad_code``, ``text_info`` (character offsets), ``cite_info`` (url, title,
publication, language, coder, codebook), ``coded_date``; factwire's own fields (status, negation,
document and merged-event ids, size) go under ``factwire``.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from factwire import __version__
from factwire.model import FactwireError
from factwire.store.db import Connection
from factwire.store.rows import TABLES
from factwire.store.schema import OTHER_TABLES

Format = Literal["parquet", "jsonl", "csv", "plover"]
FORMATS: tuple[str, ...] = ("parquet", "jsonl", "csv", "plover")
EXPORT_TABLES = [*TABLES, *(t for t in OTHER_TABLES if t != "seen_inputs")]

# PLOVER quad categories (manual, "PLOVER quad categories" table).
QUAD_CODE = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "INVESTIGATE": 2,
    "DEMAND": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3, "REQUEST": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


def export(con: Connection, fmt: Format, out: str | Path,
           min_score: float | None = None) -> dict[str, int]:
    """Write the database in ``fmt`` to ``out``; returns rows written per table (or kind).

    parquet/csv: ``out`` is a folder, one file per table. jsonl: one Document JSON a line.
    plover: one PLOVER event record a line. For jsonl and plover, ``out`` may be ``-`` (stdout).
    ``min_score``: only events the coder scored at least this, unscored ones counting as 1.0 as
    in the workbench (the events table and PLOVER records; Documents in jsonl are whole).
    """
    if fmt not in FORMATS:
        raise FactwireError(str(out), f"unknown export format {fmt!r}; choose one of "
                            + ", ".join(FORMATS), "export")
    if fmt in ("parquet", "csv"):
        return _tables(con, fmt, Path(out), min_score)
    lines = _documents(con) if fmt == "jsonl" else plover_records(con, min_score)
    count = _write_lines((json.dumps(r, ensure_ascii=False, default=str) for r in lines), out)
    return {"documents" if fmt == "jsonl" else "events": count}


def _tables(con: Connection, fmt: str, folder: Path,
            min_score: float | None = None) -> dict[str, int]:
    if folder.exists() and not folder.is_dir():
        raise FactwireError(str(folder), f"{fmt} export needs a folder (one file per table)",
                            "export")
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in EXPORT_TABLES:
        scored = min_score is not None and table == "events"
        where = " WHERE coalesce(score, 1.0) >= ?" if scored else ""
        data = con.cursor().execute(f"SELECT * FROM {table}{where}",
                                    [float(min_score)] if scored else []).to_arrow_table()
        if fmt == "parquet":
            pq.write_table(data, folder / f"{table}.parquet")
        else:
            pacsv.write_csv(_flat(data), folder / f"{table}.csv")
        counts[table] = data.num_rows
    return counts


def _flat(data: pa.Table) -> pa.Table:
    """CSV has no lists: join list columns with '; ' and drop the Document JSON column."""
    if "json" in data.column_names:
        data = data.drop_columns(["json"])
    for i, column in enumerate(data.schema):
        if pa.types.is_list(column.type):
            joined = pc.binary_join(pc.cast(data.column(i), pa.list_(pa.string())), "; ")
            data = data.set_column(i, column.name, joined)
    return data


def _write_lines(lines: Iterator[str], out: str | Path) -> int:
    count = 0
    handle = sys.stdout if str(out) == "-" else open(out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for line in lines:
            handle.write(line + "\n")
            count += 1
    finally:
        if handle is not sys.stdout:
            handle.close()
    return count


def _documents(con: Connection) -> Iterator[dict[str, Any]]:
    cursor = con.execute("SELECT json FROM documents ORDER BY published_date NULLS LAST, doc_id")
    while rows := cursor.fetchmany(256):
        for (text,) in rows:
            yield json.loads(text)


def plover_records(con: Connection, min_score: float | None = None
                   ) -> Iterator[dict[str, Any]]:
    """Every stored event (scored at least ``min_score``) as a PLOVER record (see the module
    docstring)."""
    cursor = con.execute(
        "SELECT e.*, d.title, d.source_url, d.language, sd.story_id, m.merged_id, "
        "list(a ORDER BY a.role, a.entity_id) FILTER (WHERE a.entity_id IS NOT NULL) AS parties "
        "FROM events e JOIN documents d USING (doc_id) "
        "LEFT JOIN story_documents sd USING (doc_id) "
        "LEFT JOIN merged_event_mentions m USING (doc_id, event_id) "
        "LEFT JOIN event_actors a USING (doc_id, event_id) "
        + ("WHERE coalesce(e.score, 1.0) >= ? " if min_score is not None else "")
        + "GROUP BY ALL ORDER BY e.day NULLS LAST, e.doc_id, e.event_id",
        [float(min_score)] if min_score is not None else [],
    )
    names = [c[0] for c in cursor.description]
    coded = dt.date.today().isoformat()
    while rows := cursor.fetchmany(256):
        for row in rows:
            yield _plover(dict(zip(names, row, strict=True)), coded)


def _actor_objects(parties: list[dict[str, Any]] | None, role: str) -> list[dict[str, Any]]:
    return [
        {"code": p["country"], "sector": p["sector"], "actor_text": p["name"],
         "identifier_id": p["entity_id"]}
        for p in parties or [] if p["role"] == role
    ]


def _plover(ev: dict[str, Any], coded: str) -> dict[str, Any]:
    source = _actor_objects(ev["parties"], "actor")
    location = None
    if ev["location_name"]:
        location = {"name": ev["location_name"], "cc3": ev["location_country"]}
    return {
        "id": f"factwire-{ev['doc_id']}-{ev['event_id']}",
        "date": ev["day"].isoformat() if ev["day"] else None,
        "source": source,
        "actor": source,
        "recipient": _actor_objects(ev["parties"], "recipient"),
        "event": [ev["type"]],
        "mode": [ev["mode"]] if ev["mode"] else [],
        "context": ev["context"] or [],
        "event_loc": location,
        "event_text": [ev["trigger_text"]],
        "quad_code": QUAD_CODE.get(ev["type"]),
        "text": ev["event_text"],
        "text_info": {"start": ev["sentence_start"], "end": ev["sentence_end"]},
        "cite_info": {
            "url": ev["source_url"], "title": ev["title"], "publication": ev["publisher"],
            "language": ev["language"], "coder": f"factwire {__version__}",
            "codebook": "PLOVER",
        },
        "coder": "factwire",
        "coded_date": coded,
        "factwire": {
            "doc_id": ev["doc_id"], "event_id": ev["event_id"], "status": ev["status"],
            "negated": ev["negated"], "claim_id": ev["claim_id"],
            "date_value": ev["date_value"], "date_text": ev["date_text"],
            "size": {"low": ev["size_low"], "high": ev["size_high"], "unit": ev["size_unit"]}
            if ev["size_low"] is not None or ev["size_high"] is not None else None,
            "story_id": ev["story_id"], "merged_id": ev["merged_id"],
            "trigger": [ev["trigger_start"], ev["trigger_end"]],
        },
    }
