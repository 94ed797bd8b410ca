"""The DuckDB store: rows, idempotent writes, Parquet parts, filters, read-only SQL, exports."""

from __future__ import annotations

import csv
import json

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from factwire.cli import app
from factwire.model import InputError
from factwire.store import (
    TABLES,
    document_rows,
    error_row,
    import_parts,
    open_db,
    read,
    write_documents,
    write_errors,
)
from factwire.store.export import export
from factwire.store.schema import arrow_schema
from factwire.store.stories import update
from test_store_corpus import OTHER_TOPIC, PUBLISHERS, WIRE, make_doc, syndicated


def corpus():
    return [make_doc(syndicated(WIRE, 0), PUBLISHERS[0], "2025-03-11",
                     url="https://www.harbourpost.example/world/1"),
            make_doc(OTHER_TOPIC, "Kyiv Wire", "2025-03-20")]


def table_rows(con) -> dict[str, list]:
    return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "f.duckdb"
    con = open_db(path, read_only=False)
    write_documents(con, corpus())
    update(con)
    con.close()
    return path


def test_rows_carry_doc_id_spans_and_denormalised_actors():
    doc = corpus()[0]
    rows = document_rows(doc)
    assert set(rows) == set(TABLES)
    assert all(r["doc_id"] == doc.id for table in rows.values() for r in table)
    aid = next(r for r in rows["events"] if r["type"] == "AID")
    assert (aid["actor_codes"], aid["actor_names"]) == (["PRK"], ["North Korea"])
    assert (aid["recipient_codes"], aid["recipient_names"]) == (["RUS"], ["Russia"])
    assert doc.text[aid["trigger_start"]:aid["trigger_end"]] == aid["trigger_text"]
    assert str(aid["day"]) == "2025-03-11"  # no date of its own: the publication day
    assert {(r["role"], r["country"]) for r in rows["event_actors"] if r["event_id"] == "v1"} \
        == {("actor", "PRK"), ("recipient", "RUS")}
    mention = rows["mentions"][0]
    assert doc.text[mention["span_start"]:mention["span_end"]] == mention["text"]
    # The rows fit the declared Arrow schema (what Parquet parts are written with).
    for table, table_rows_ in rows.items():
        pa.Table.from_pylist(table_rows_, schema=arrow_schema(table))
    err = error_row(InputError("feed.xml#3", "empty page", "clean"), "run1")
    assert (err["input"], err["stage"], err["reason"], err["run_id"]) == \
        ("feed.xml#3", "clean", "empty page", "run1")


def test_writes_are_idempotent_and_documents_round_trip(tmp_path):
    con = open_db(tmp_path / "f.duckdb", read_only=False)
    docs = corpus()
    first = write_documents(con, docs + docs[:1])
    assert (len(first.stored), len(first.skipped)) == (2, 1)
    before = table_rows(con)
    again = write_documents(con, docs)
    assert (again.stored, len(again.skipped)) == ([], 2)
    assert table_rows(con) == before
    assert read.get_document(con, docs[0].id) == docs[0]
    assert read.get_document(con, "no-such-id") is None
    write_errors(con, [InputError("missing.html", "no such file")], "run1")
    assert con.execute("SELECT input, reason FROM errors").fetchall() == \
        [("missing.html", "no such file")]


def test_a_failing_batch_leaves_nothing_behind(tmp_path):
    con = open_db(tmp_path / "f.duckdb", read_only=False)
    bad = corpus()[1]
    bad.events[0].trigger.span = ("not", "a number")  # cannot be written as INTEGER
    with pytest.raises(Exception):  # noqa: B017 - any Arrow/DuckDB conversion error
        write_documents(con, [corpus()[0], bad])
    assert all(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0 for t in TABLES)


def test_parquet_parts_import_once(tmp_path):
    docs = corpus()
    parts = tmp_path / "parts"
    for name, shard in (("a", docs), ("b", docs[:1])):  # the first document is in both parts
        rows = {t: [] for t in TABLES}
        for doc in shard:
            for table, table_rows_ in document_rows(doc).items():
                rows[table].extend(table_rows_)
        for table, table_rows_ in rows.items():
            (parts / table).mkdir(parents=True, exist_ok=True)
            pq.write_table(pa.Table.from_pylist(table_rows_, schema=arrow_schema(table)),
                           parts / table / f"{name}.parquet")
    (parts / "errors").mkdir()
    pq.write_table(pa.Table.from_pylist([error_row(InputError("x.html", "bad"), None)],
                                        schema=arrow_schema("errors")),
                   parts / "errors" / "a.parquet")
    imported = open_db(tmp_path / "parts.duckdb", read_only=False)
    result = import_parts(imported, parts, run_id="run7")
    assert sorted(result.stored) == sorted(d.id for d in docs)
    direct = open_db(tmp_path / "direct.duckdb", read_only=False)
    write_documents(direct, docs)
    assert table_rows(imported) == table_rows(direct)
    assert imported.execute("SELECT run_id FROM errors").fetchall() == [("run7",)]
    assert import_parts(imported, parts).stored == []  # a second import adds nothing
    assert table_rows(imported) == table_rows(direct)


def test_parts_with_only_errors_still_record_them(tmp_path):
    (tmp_path / "parts" / "errors").mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist([error_row(InputError("a.warc#2", "not HTML"), None)],
                                        schema=arrow_schema("errors")),
                   tmp_path / "parts" / "errors" / "s1.parquet")
    con = open_db(tmp_path / "f.duckdb", read_only=False)
    assert import_parts(con, tmp_path / "parts", run_id="r").stored == []
    assert con.execute("SELECT input, run_id FROM errors").fetchall() == [("a.warc#2", "r")]


def test_event_filters(db):
    con = open_db(db)
    assert read.list_events(con, actor="PRK")[1] == 1
    assert read.list_events(con, actor="north korea")[1] == 1
    assert read.list_events(con, recipient="RUS", type="protest")[1] == 1
    assert read.list_events(con, actor="RUS")[1] == 1  # the drone attack
    assert read.list_events(con, since="2025-03-15")[0][0]["type"] == "ASSAULT"
    assert read.list_events(con, until="2025-03-15")[1] == 2
    assert read.list_events(con, status="confirmed,reported")[1] == 3
    assert read.list_events(con, status=["asserted"])[1] == 0
    assert read.list_events(con, actor="x') OR 1=1 --")[1] == 0  # a value, never SQL
    assert read.list_events(con, merged=True, actor="KOR")[0][0]["type"] == "PROTEST"
    rows, total = read.list_events(con, limit=1, offset=1, sort="date_asc")
    assert (len(rows), total, rows[0]["type"]) == (1, 3, "PROTEST")
    with pytest.raises(ValueError):
        read.list_events(con, sort="day; DROP TABLE events")


def test_documents_quotes_actors_and_profiles(db):
    con = open_db(db)
    docs, total = read.list_documents(con, q="Kursk")
    assert total == 1 and docs[0]["publisher"] == PUBLISHERS[0] and docs[0]["events"] == 2
    actors, _ = read.list_actors(con)
    assert {a["country"] for a in actors} >= {"PRK", "RUS", "KOR"}
    assert {a["name"] for a in actors[:2]} == {"Russia", "North Korea"}  # in both documents
    assert actors[0]["documents"] == 2 and actors[2]["documents"] == 1
    profile = read.actor_profile(con, "RUS")
    assert profile["documents"] == 2
    assert {r["type"] for r in profile["as_recipient"]} == {"AID", "PROTEST"}
    assert read.actor_profile(con, "Atlantis") is None
    assert read.list_quotes(con)[1] == 0


def test_query_is_read_only(db):
    runner = CliRunner()
    ok = runner.invoke(app, ["query", "SELECT count(*) AS n FROM documents", "--db", str(db),
                             "--format", "json"])
    assert ok.exit_code == 0 and json.loads(ok.stdout) == [{"n": 2}]
    outside = db.with_name("outside.csv")
    for sql in ("DELETE FROM documents", "DROP TABLE events", "CREATE TABLE t AS SELECT 1",
                f"COPY documents TO '{outside}'", "SELECT 1; DELETE FROM documents",
                f"SELECT * FROM read_csv('{db}')", f"ATTACH '{outside}.db' AS other"):
        refused = runner.invoke(app, ["query", sql, "--db", str(db)])
        assert refused.exit_code == 1 and "error" in refused.stderr, sql
    assert not outside.exists()
    with pytest.raises(duckdb.Error):
        open_db(db).execute("UPDATE documents SET title = 'x'")
    assert open_db(db).execute("SELECT count(*) FROM documents").fetchone()[0] == 2


def test_cli_reading_commands(db):
    runner = CliRunner()
    out = runner.invoke(app, ["events", "--db", str(db), "--actor", "PRK", "--format", "jsonl"])
    assert out.exit_code == 0
    [event] = [json.loads(line) for line in out.stdout.splitlines()]
    assert (event["type"], event["mode"], event["day"]) == ("AID", "military", "2025-03-11")
    merged = runner.invoke(app, ["events", "--db", str(db), "--merged", "--format", "csv"])
    rows = list(csv.DictReader(merged.stdout.splitlines()))
    assert len(rows) == 3 and {r["num_articles"] for r in rows} == {"1"}
    table = runner.invoke(app, ["actors", "--db", str(db)])
    assert table.exit_code == 0 and "North Korea" in table.stdout
    missing = runner.invoke(app, ["events", "--db", str(db.with_name("none.duckdb"))])
    assert missing.exit_code == 1 and "no such database" in " ".join(missing.stderr.split())


def test_exports(db, tmp_path):
    con = open_db(db)
    plover = tmp_path / "events.plover.jsonl"
    assert export(con, "plover", plover) == {"events": 3}
    records = [json.loads(line) for line in plover.read_text().splitlines()]
    aid = next(r for r in records if r["event"] == ["AID"])
    assert aid["date"] == "2025-03-11" and aid["mode"] == ["military"]
    assert [(a["code"], a["actor_text"]) for a in aid["source"]] == [("PRK", "North Korea")]
    assert aid["actor"] == aid["source"]
    assert [a["code"] for a in aid["recipient"]] == ["RUS"]
    assert aid["event_text"] == ["has sent a second contingent of troops"]
    assert aid["quad_code"] == 2 and aid["factwire"]["status"] == "reported"
    assert aid["cite_info"]["url"] == "https://www.harbourpost.example/world/1"
    assert aid["factwire"]["merged_id"].startswith("m-")
    assert len({r["id"] for r in records}) == 3

    jsonl = tmp_path / "docs.jsonl"
    export(con, "jsonl", jsonl)
    stored = [read.get_document(con, json.loads(line)["id"]) for line in jsonl.open()]
    assert sorted(d.id for d in stored) == sorted(d.id for d in corpus())

    counts = export(con, "parquet", tmp_path / "pq")
    assert pq.read_table(tmp_path / "pq" / "events.parquet").num_rows == counts["events"] == 3
    assert pq.read_table(tmp_path / "pq" / "merged_events.parquet").num_rows == 3
    export(con, "csv", tmp_path / "csv")
    with open(tmp_path / "csv" / "events.csv", newline="") as handle:
        events = list(csv.DictReader(handle))
    assert {e["actor_codes"] for e in events} == {"PRK", "KOR", "RUS"}
