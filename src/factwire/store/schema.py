"""The database schema, defined once: every table's columns and DuckDB types.

The same column lists give the DuckDB DDL (``create_all``) and the Arrow schemas that Parquet
parts are written with (``arrow_schema``), so a part written by a Dask worker and a table in the
DuckDB file always agree. Spans are kept as ``*_start``/``*_end`` columns (half-open character
offsets into ``documents.text``). Child rows are keyed by ``(doc_id, <record id>)``; only
``documents.doc_id`` is a declared primary key (idempotence rests on it).
"""

from __future__ import annotations

import pyarrow as pa

Columns = list[tuple[str, str]]

# Tables filled from one Document (store/rows.py makes their rows; Parquet parts hold them).
DOCUMENT_TABLES: dict[str, Columns] = {
    "documents": [
        ("doc_id", "VARCHAR"), ("title", "VARCHAR"), ("published", "VARCHAR"),
        ("published_date", "DATE"), ("publisher", "VARCHAR"), ("authors", "VARCHAR[]"),
        ("language", "VARCHAR"), ("source_kind", "VARCHAR"), ("source_path", "VARCHAR"),
        ("source_url", "VARCHAR"), ("num_chars", "INTEGER"), ("num_words", "INTEGER"),
        ("warnings", "VARCHAR[]"), ("text", "VARCHAR"), ("json", "VARCHAR"),
        ("dateline_place", "VARCHAR"), ("dateline_agency", "VARCHAR"),
    ],
    "entities": [
        ("doc_id", "VARCHAR"), ("entity_id", "VARCHAR"), ("name", "VARCHAR"), ("kind", "VARCHAR"),
        ("country", "VARCHAR"), ("sector", "VARCHAR"), ("num_mentions", "INTEGER"),
        ("country_source", "VARCHAR"),
    ],
    "mentions": [
        ("doc_id", "VARCHAR"), ("entity_id", "VARCHAR"), ("span_start", "INTEGER"),
        ("span_end", "INTEGER"), ("text", "VARCHAR"),
    ],
    "quotes": [
        ("doc_id", "VARCHAR"), ("quote_id", "VARCHAR"), ("text", "VARCHAR"),
        ("span_start", "INTEGER"), ("span_end", "INTEGER"), ("kind", "VARCHAR"),
        ("speaker_id", "VARCHAR"), ("speaker_text", "VARCHAR"), ("speaker_name", "VARCHAR"),
        ("speaker_country", "VARCHAR"), ("speaker_sector", "VARCHAR"), ("cue", "VARCHAR"),
        ("medium", "VARCHAR"), ("published_date", "DATE"),
    ],
    "claims": [
        ("doc_id", "VARCHAR"), ("claim_id", "VARCHAR"), ("text", "VARCHAR"),
        ("span_start", "INTEGER"), ("span_end", "INTEGER"), ("status", "VARCHAR"),
        ("source_id", "VARCHAR"), ("source_text", "VARCHAR"), ("source_name", "VARCHAR"),
        ("cue", "VARCHAR"),
    ],
    "events": [
        ("doc_id", "VARCHAR"), ("event_id", "VARCHAR"), ("type", "VARCHAR"), ("mode", "VARCHAR"),
        ("context", "VARCHAR[]"), ("actor_ids", "VARCHAR[]"), ("recipient_ids", "VARCHAR[]"),
        ("actor_codes", "VARCHAR[]"), ("recipient_codes", "VARCHAR[]"),
        ("actor_names", "VARCHAR[]"), ("recipient_names", "VARCHAR[]"),
        ("trigger_text", "VARCHAR"), ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"),
        ("sentence_start", "INTEGER"), ("sentence_end", "INTEGER"), ("event_text", "VARCHAR"),
        ("date_value", "VARCHAR"), ("date_text", "VARCHAR"), ("day", "DATE"),
        ("location_name", "VARCHAR"), ("location_country", "VARCHAR"),
        ("size_low", "DOUBLE"), ("size_high", "DOUBLE"), ("size_unit", "VARCHAR"),
        ("status", "VARCHAR"), ("claim_id", "VARCHAR"), ("negated", "BOOLEAN"),
        ("published_date", "DATE"), ("publisher", "VARCHAR"),
        ("date_precision", "VARCHAR"), ("score", "DOUBLE"), ("evidence", "VARCHAR[]"),
        ("location_lat", "DOUBLE"), ("location_lon", "DOUBLE"), ("location_admin1", "VARCHAR"),
        # the days the event's own date covers (a year-only date: Jan 1 to Dec 31); the
        # publication day when it stands in (date_precision relative or publication)
        ("period_start", "DATE"), ("period_end", "DATE"),
    ],
    "event_actors": [
        ("doc_id", "VARCHAR"), ("event_id", "VARCHAR"), ("entity_id", "VARCHAR"),
        ("role", "VARCHAR"), ("name", "VARCHAR"), ("country", "VARCHAR"), ("sector", "VARCHAR"),
    ],
    "times": [
        ("doc_id", "VARCHAR"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
        ("text", "VARCHAR"), ("type", "VARCHAR"), ("value", "VARCHAR"),
    ],
    "quantities": [
        ("doc_id", "VARCHAR"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
        ("text", "VARCHAR"), ("low", "DOUBLE"), ("high", "DOUBLE"), ("unit", "VARCHAR"),
        ("approx", "BOOLEAN"),
    ],
    "residue": [
        ("doc_id", "VARCHAR"), ("seq", "INTEGER"), ("text", "VARCHAR"), ("reason", "VARCHAR"),
    ],
    "related": [
        ("doc_id", "VARCHAR"), ("seq", "INTEGER"), ("title", "VARCHAR"), ("snippet", "VARCHAR"),
    ],
    # MinHash signature of the text, computed where the document is made (also on workers).
    "signatures": [("doc_id", "VARCHAR"), ("minhash", "UBIGINT[]")],
}

# Tables written by ingest bookkeeping or recomputed from the document tables.
OTHER_TABLES: dict[str, Columns] = {
    "errors": [
        ("run_id", "VARCHAR"), ("input", "VARCHAR"), ("stage", "VARCHAR"), ("reason", "VARCHAR"),
        ("recorded_at", "TIMESTAMP"),
    ],
    # An input (name + content hash) already turned into a stored document: skipped before NLP.
    "seen_inputs": [
        ("input", "VARCHAR"), ("content_hash", "VARCHAR"), ("doc_id", "VARCHAR"),
        ("run_id", "VARCHAR"), ("recorded_at", "TIMESTAMP"),
    ],
    "runs": [
        ("run_id", "VARCHAR"), ("started", "TIMESTAMP"), ("finished", "TIMESTAMP"),
        ("sources", "VARCHAR[]"), ("stored", "INTEGER"), ("skipped", "INTEGER"),
        ("failed", "INTEGER"),
    ],
    "stories": [
        ("story_id", "VARCHAR"), ("num_documents", "INTEGER"), ("num_sources", "INTEGER"),
        ("first_published", "DATE"), ("last_published", "DATE"), ("title", "VARCHAR"),
    ],
    "story_documents": [
        ("story_id", "VARCHAR"), ("doc_id", "VARCHAR"), ("similarity", "DOUBLE"),
        ("near_duplicate_of", "VARCHAR"),
    ],
    "merged_events": [
        ("merged_id", "VARCHAR"), ("type", "VARCHAR"), ("mode", "VARCHAR"),
        ("actor_codes", "VARCHAR[]"), ("recipient_codes", "VARCHAR[]"),
        ("actor_names", "VARCHAR[]"), ("recipient_names", "VARCHAR[]"), ("negated", "BOOLEAN"),
        ("first_day", "DATE"), ("last_day", "DATE"), ("first_seen", "DATE"), ("last_seen", "DATE"),
        ("statuses", "VARCHAR[]"), ("num_mentions", "INTEGER"), ("num_articles", "INTEGER"),
        ("num_sources", "INTEGER"), ("num_stories", "INTEGER"), ("event_text", "VARCHAR"),
        # the finest date precision among the mentions (day|month|year|relative|publication)
        ("date_precision", "VARCHAR"),
    ],
    "merged_event_mentions": [
        ("merged_id", "VARCHAR"), ("doc_id", "VARCHAR"), ("event_id", "VARCHAR"),
        ("story_id", "VARCHAR"),
    ],
}

PRIMARY_KEYS = {"documents": "doc_id"}

_ARROW = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"),
    "UBIGINT": pa.uint64(),
}


def columns(table: str) -> Columns:
    return DOCUMENT_TABLES.get(table) or OTHER_TABLES[table]


def arrow_type(sql_type: str) -> pa.DataType:
    if sql_type.endswith("[]"):
        return pa.list_(arrow_type(sql_type[:-2]))
    return _ARROW[sql_type]


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a table, for writing its rows to Parquet (``pa.Table.from_pylist``)."""
    return pa.schema([(name, arrow_type(kind)) for name, kind in columns(table)])


def ddl(table: str) -> str:
    cols = [f"{name} {kind}" for name, kind in columns(table)]
    if table in PRIMARY_KEYS:
        cols.append(f"PRIMARY KEY ({PRIMARY_KEYS[table]})")
    return f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)})"


def create_all(con) -> None:
    """Create every table that does not exist yet, and add the columns that a database made by
    an older version lacks (safe to call on every open)."""
    for table in [*DOCUMENT_TABLES, *OTHER_TABLES]:
        con.execute(ddl(table))
        have = {row[0] for row in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table],
        ).fetchall()}
        for name, kind in columns(table):
            if name not in have:
                con.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
