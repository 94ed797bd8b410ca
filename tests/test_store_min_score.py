"""The coder's score as a filter: events, export and the CLI keep only events scored at least
``min_score``; unscored events count as 1.0 (as the workbench counts them)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from factwire.cli import app
from factwire.store import open_db, read, write_documents
from factwire.store.export import export
from factwire.store.stories import update
from test_store_corpus import OTHER_TOPIC, PUBLISHERS, WIRE, make_doc, syndicated


def _scored_db(tmp_path):
    docs = [make_doc(syndicated(WIRE, 0), PUBLISHERS[0], "2025-03-11"),
            make_doc(OTHER_TOPIC, "Kyiv Wire", "2025-03-20")]
    scores = iter([0.95, 0.4, 0.7, 0.2, 0.99])
    for doc in docs:
        for event in doc.events:
            event.score = next(scores)
    path = tmp_path / "s.duckdb"
    con = open_db(path, read_only=False)
    write_documents(con, docs)
    update(con)
    con.close()
    return path, sorted(e.score for d in docs for e in d.events)


def test_min_score_filters_events_exports_and_the_cli(tmp_path):
    path, scores = _scored_db(tmp_path)
    expected = sum(s >= 0.6 for s in scores)
    assert 0 < expected < len(scores)
    con = open_db(path)
    assert read.list_events(con, min_score=0.6)[1] == expected
    assert read.list_events(con)[1] == len(scores)
    out = tmp_path / "ev.plover.jsonl"
    assert export(con, "plover", out, min_score=0.6) == {"events": expected}
    counts = export(con, "csv", tmp_path / "csv", min_score=0.6)
    assert counts["events"] == expected
    con.close()
    result = CliRunner().invoke(app, ["events", "--db", str(path), "--min-score", "0.6",
                                      "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert len(lines) == expected
    merged = CliRunner().invoke(app, ["events", "--db", str(path), "--merged",
                                      "--min-score", "0.6"])
    assert merged.exit_code != 0
