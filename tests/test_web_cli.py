"""``factwire serve`` and ``factwire demo``: what they bind to, and what the demo stores.

The demo runs the real pipeline over the bundled examples, so its test asserts only what
that pipeline gives: every example stored, the two syndicated copies in one story, and
events and highlights in the defining example's article view.
"""

from __future__ import annotations

import pytest
import uvicorn
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from factwire.cli import app

runner = CliRunner()


@pytest.fixture()
def served(monkeypatch):
    """Record uvicorn.run's arguments instead of serving."""
    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    return calls


def test_serve_binds_loopback_unless_told(tmp_path, served):
    db = tmp_path / "x.duckdb"
    assert runner.invoke(app, ["serve", "--db", str(db)]).exit_code == 0
    assert served[-1]["host"] == "127.0.0.1" and served[-1]["port"] == 8000
    assert served[-1]["app"].state.db.path == db
    result = runner.invoke(app, ["serve", "--db", str(db), "--host", "0.0.0.0", "--port", "9001"])
    assert result.exit_code == 0 and "reachable from other machines" in result.output
    assert served[-1]["host"] == "0.0.0.0" and served[-1]["port"] == 9001


@pytest.mark.slow
def test_demo_ingests_the_examples_then_serves(tmp_path, served):
    db = tmp_path / "demo.duckdb"
    db.write_text("not a database")  # a stale file is replaced, not appended to
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "4 documents" in result.output and "http://127.0.0.1:8000/" in result.output
    assert served and served[-1]["host"] == "127.0.0.1"

    client = TestClient(served[-1]["app"])
    stories = client.get("/api/stories").json()["items"]
    wire = [s for s in stories if s["num_documents"] == 2]
    assert len(wire) == 1 and wire[0]["num_sources"] == 2
    story = client.get(f"/api/stories/{wire[0]['story_id']}").json()
    assert {d["publisher"] for d in story["documents"]} == {"The Harbour Post", "Midland Courier"}
    example = client.get("/api/documents", params={"q": "Pyongyang"}).json()["items"][0]
    assert example["published_date"] == "2025-04-30" and example["events"] > 0
    html = client.get(f"/documents/{example['doc_id']}").text
    assert all(f'<mark class="{kind} ' in html for kind in ("entity", "quote", "event"))

    again = runner.invoke(app, ["demo", "--db", str(db), "--no-serve"])
    assert again.exit_code == 0 and "4 documents" in again.output  # recreated, not doubled
    assert len(served) == 1
