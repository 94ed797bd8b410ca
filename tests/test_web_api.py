"""The REST API and pages over a database built from hand-made Documents (no extractor needed).

FastAPI's TestClient drives the app in-process; the database is written by the store's own
write functions, so these tests read exactly what ``factwire ingest`` would have stored.
"""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from factwire.web import create_app
from factwire.web.highlight import Highlight, render_spans
from test_web_fixtures import build_db, sample_documents

TOKEN = "test-token-1234"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("web") / "web.duckdb")


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db, token=TOKEN, max_body_bytes=50_000))


@pytest.fixture()
def readonly_client(db, monkeypatch):
    monkeypatch.delenv("FACTWIRE_TOKEN", raising=False)
    return TestClient(create_app(db))


def wire_id() -> str:
    return sample_documents()[0].id


# --- health and lists ----------------------------------------------------------------------


def test_health_reports_the_database(client, db):
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["documents"] == 3
    assert body["writes"] is True
    assert body["database"] == str(db)


def test_health_answers_without_a_database(tmp_path):
    body = TestClient(create_app(tmp_path / "none.duckdb")).get("/api/health").json()
    assert body["status"] == "ok" and body["documents"] is None


def test_documents_page_through_and_search(client):
    first = client.get("/api/documents", params={"limit": 2}).json()
    rest = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == rest["total"] == 3
    assert len(first["items"]) == 2 and len(rest["items"]) == 1
    ids = {d["doc_id"] for d in first["items"] + rest["items"]}
    assert ids == {d.id for d in sample_documents()}
    found = client.get("/api/documents", params={"q": "water cannon"}).json()
    assert [d["title"] for d in found["items"]] == ["Farmers <b>protest</b> in Brussels"]


def test_document_detail_has_every_record_with_spans(client):
    doc = client.get(f"/api/documents/{wire_id()}").json()
    text = doc["text"]
    assert {e["name"] for e in doc["entities"]} >= {"Japan", "Ukraine", "Russia"}
    event = next(e for e in doc["events"] if e["type"] == "COERCE")
    start, end = event["trigger"]["span"]
    assert text[start:end] == "expel" and event["status"] == "possible"
    assert doc["quotes"][0]["speaker"] == "e3"
    assert [r["reason"] for r in doc["residue"]] == ["repeated-headline", "share"]
    assert client.get("/api/documents/0000000000000000").status_code == 404


def test_event_filters_match_the_cli_semantics(client):
    def events(**params):
        return client.get("/api/events", params=params).json()

    by_code = events(actor="JPN")
    assert by_code["total"] == 4  # two AID events in each copy of the wire story
    assert {e["type"] for e in by_code["items"]} == {"AID"}
    assert events(actor="japan", type="aid")["total"] == 4
    assert events(recipient="Japan")["total"] == 4
    assert [e["trigger_text"] for e in events(status="possible")["items"]] == ["expel"] * 2
    feb = events(since="2025-02-01", until="2025-02-28")
    assert feb["total"] == 4 and {e["day"] for e in feb["items"]} == {"2025-02-03"}
    page = events(limit=5, offset=10)
    assert page["total"] == 12 and len(page["items"]) == 2
    types = [e["type"] for e in events(sort="type", limit=100)["items"]]
    assert types == sorted(types)


def test_bad_filters_are_refused_not_run(client):
    assert client.get("/api/events", params={"sort": "nonsense"}).status_code == 422
    assert client.get("/api/events", params={"since": "yesterday"}).status_code == 422
    assert client.get("/api/events", params={"since": "2025-02-31"}).status_code == 422
    assert client.get("/api/events", params={"limit": 0}).status_code == 422


@pytest.mark.parametrize("value", [
    "' OR '1'='1", "JPN') OR 1=1 --", "%'; DROP TABLE events; --", "x\"; SELECT * FROM errors",
])
def test_filters_are_values_never_sql(client, value):
    for name in ("actor", "recipient", "type", "status", "doc_id"):
        answer = client.get("/api/events", params={name: value})
        assert answer.status_code == 200, (name, answer.text)
        assert answer.json()["total"] == 0
    assert client.get("/api/documents", params={"q": value}).json()["total"] == 0
    assert client.get("/api/events").json()["total"] == 12  # nothing was dropped


def test_events_as_csv(client):
    answer = client.get("/api/events", params={"format": "csv", "type": "COERCE"})
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert len(rows) == int(answer.headers["x-total-count"]) == 3
    assert {r["trigger_text"] for r in rows} == {"expel", "used water cannon"}
    assert {r["actor_names"] for r in rows} == {"Russia", "Belgian police"}


def test_merged_events_count_articles_and_sources(client):
    items = client.get("/api/merged-events", params={"type": "AID"}).json()["items"]
    aid = next(m for m in items if m["mode"] == "humanitarian")
    assert aid["actor_names"] == ["Japan"] and aid["recipient_names"] == ["Ukraine"]
    assert aid["num_articles"] == 2 and aid["num_sources"] == 2


def test_actor_has_its_events_quotes_and_claims(client):
    russia = client.get("/api/actors/Russia").json()
    assert {e["type"] for e in russia["events_as_actor"]} == {"ACCUSE", "COERCE"}
    assert russia["events_as_recipient"] == []
    assert {c["status"] for c in russia["claims"]} == {"possible"}
    sato = client.get("/api/actors/Haruka Sato").json()
    assert len(sato["quotes"]) == 2 and sato["quotes"][0]["text"].startswith("We stand")
    listed = client.get("/api/actors", params={"limit": 3}).json()
    # one actor per country+sector code: Japan and its minister Haruka Sato are JPN GOV
    assert listed["total"] == 6 and len(listed["items"]) == 3
    assert client.get("/api/actors/Atlantis").status_code == 404


def test_quotes_and_stories(client):
    quotes = client.get("/api/quotes", params={"speaker": "Sato"}).json()
    assert quotes["total"] == 2
    stories = client.get("/api/stories").json()
    story = next(s for s in stories["items"] if s["num_documents"] == 2)
    detail = client.get(f"/api/stories/{story['story_id']}").json()
    assert {d["publisher"] for d in detail["documents"]} == {"Harbour Post", "Midland Courier"}
    assert {m["type"] for m in detail["merged_events"]} == {"AID", "ACCUSE", "COERCE"}


def test_timeline_and_network(client):
    days = client.get("/api/timeline", params={"bucket": "day"}).json()["items"]
    assert {"period": "2025-02-03", "type": "PROTEST", "count": 1, "stands_in": False} in days
    weeks = client.get("/api/timeline", params={"bucket": "week"}).json()["items"]
    assert all(w["period"] in ("2025-02-03", "2025-05-12") for w in weeks)  # Mondays
    graph = client.get("/api/network", params={"level": "entity"}).json()
    edge = next(e for e in graph["edges"] if e["source"] == "Japan" and e["type"] == "AID")
    assert edge["target"] == "Ukraine" and edge["count"] == 4 and edge["kind"] == "cooperative"
    coerce = next(e for e in graph["edges"] if e["type"] == "COERCE")
    assert coerce["kind"] == "conflictual" and coerce["colour"] != edge["colour"]
    assert {n["id"] for n in graph["nodes"]} >= {"Japan", "Ukraine", "Russia", "farmers"}


# --- writing: token, size cap -------------------------------------------------------------


def test_writes_are_off_without_a_configured_token(readonly_client):
    answer = readonly_client.post("/api/documents", json={"text": "Hello."},
                                  headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 403


@pytest.mark.parametrize("header", [None, "Bearer wrong-token", f"Basic {TOKEN}", "Bearer "])
def test_writes_refuse_a_missing_or_wrong_token(client, header):
    headers = {"Authorization": header} if header else {}
    answer = client.post("/api/documents", json={"text": "Hello."}, headers=headers)
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "Bearer"


def test_bodies_over_the_cap_are_refused(client):
    big = {"text": "Troops moved. " * 5000}  # about 70 kB, the test app's cap is 50 kB
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post("/api/documents", json=big, headers=auth).status_code == 413

    def chunks():  # no Content-Length: the bytes are counted as they arrive
        for _ in range(20):
            yield b"x" * 5000

    answer = client.post("/api/documents", content=chunks(),
                         headers={**auth, "Content-Type": "application/json"})
    assert answer.status_code == 413


def test_a_post_needs_exactly_one_source(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    both = client.post("/api/documents", json={"text": "a", "html": "<p>a</p>"}, headers=auth)
    assert both.status_code == 422
    assert client.post("/api/documents", json={}, headers=auth).status_code == 422
    local = client.post("/api/documents", json={"url": "file:///etc/passwd"}, headers=auth)
    assert local.status_code == 422


@pytest.mark.slow
def test_a_posted_article_is_analysed_and_stored(tmp_path):
    db = build_db(tmp_path / "post.duckdb")
    client = TestClient(create_app(db, token=TOKEN))
    text = ("Protesters marched through the capital on Saturday, demanding the resignation of "
            "the interior minister after a week of clashes with police.\n\n"
            "The government said it would open an inquiry into the clashes.")
    answer = client.post("/api/documents", json={"text": text, "published": "2025-03-01",
                                                 "title": "March in the capital"},
                         headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 201, answer.text
    stored = answer.json()
    assert stored["stored"] is True
    doc = client.get(f"/api/documents/{stored['id']}").json()
    assert "inquiry into the clashes" in doc["text"]
    assert client.get("/api/documents").json()["total"] == 4
    again = client.post("/api/documents", json={"text": text},
                        headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert again["id"] == stored["id"] and again["stored"] is False


def test_cors_is_closed_by_default(client):
    answer = client.get("/api/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in answer.headers
    preflight = client.options("/api/documents", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


# --- database states -----------------------------------------------------------------------


def test_a_missing_database_reads_as_a_clear_404(tmp_path):
    client = TestClient(create_app(tmp_path / "absent.duckdb"))
    api = client.get("/api/events")
    assert api.status_code == 404 and "factwire ingest" in api.json()["detail"]
    page = client.get("/events")
    assert page.status_code == 404 and "factwire demo" in page.text


def test_a_database_held_by_a_writer_answers_503(tmp_path):
    from factwire.store.db import open_db

    db = build_db(tmp_path / "busy.duckdb")
    writer = open_db(db, read_only=False)  # as `factwire ingest` would hold it
    try:
        answer = TestClient(create_app(db)).get("/api/events")
    finally:
        writer.close()
    assert answer.status_code == 503
    assert answer.headers["retry-after"] == "2"
    assert "try again" in answer.json()["detail"]


def test_an_empty_database_shows_empty_states(tmp_path):
    from factwire.store.db import open_db

    open_db(tmp_path / "empty.duckdb", read_only=False).close()
    client = TestClient(create_app(tmp_path / "empty.duckdb"))
    assert "The database is empty" in client.get("/").text
    assert "No events in this database yet" in client.get("/events").text
    assert "No actors yet" in client.get("/actors").text
    assert client.get("/api/network").json() == {"nodes": [], "edges": [], "total": 0,
                                                 "level": "country"}


# --- pages ---------------------------------------------------------------------------------


class _Nesting(HTMLParser):
    """Fails on a closing tag that does not match the element open at that point."""

    VOID = {"br", "input", "meta", "link", "img", "hr"}

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def test_crossing_spans_are_split_into_well_nested_marks():
    text = "Alpha beta gamma delta epsilon."
    spans = [Highlight(0, 16, "quote", "q1", anchor="q-q1"),
             Highlight(6, 29, "claim", "c1", anchor="c-c1"),
             Highlight(11, 22, "event", "v1"),
             Highlight(11, 16, "entity", "e1")]
    html = render_spans(text, spans)
    parser = _Nesting()
    parser.feed(html)
    assert parser.stack == [] and "".join(parser.text) == text
    assert html.count('data-id="c1"') == 2 and html.count('id="c-c1"') == 1
    assert html.count('data-id="v1"') == 2  # the event crosses the quote's end too


def test_article_page_marks_every_kind_and_lists_events(client):
    page = client.get(f"/documents/{wire_id()}")
    assert page.status_code == 200
    html = page.text
    for kind in ("entity", "quote", "claim", "event"):
        assert f'<mark class="{kind} ' in html, kind
    assert 'title="Russia → COERCE → Japan · 2 diplomats · possible"' in html
    assert 'id="s-114"' in html  # sentence anchors for the events table's links
    assert "Haruka Sato" in html and "according to Russia" in html
    assert "<details class=\"residue\">" in html and "repeated-headline" in html
    body = html[html.index('<div class="article-text">'):html.index('<div id="inspector"')]
    parser = _Nesting()
    parser.feed(body)
    assert parser.stack == []


def test_article_page_escapes_the_text(client):
    protest = sample_documents()[2]
    html = client.get(f"/documents/{protest.id}").text
    assert "&lt;small producers&gt; &amp; demanded" in html
    assert "Farmers &lt;b&gt;protest&lt;/b&gt; in Brussels" in html
    assert "<small producers>" not in html


def test_events_page_filters_sorts_and_links_to_sentences(client):
    html = client.get("/events", params={"type": "COERCE", "sort": "actor"}).text
    rows = html.split("<tbody>")[1].split("</tbody>")[0].count("<tr>")
    assert rows == 3
    assert html.index("Belgian police") < html.index(">Russia<")
    protest = sample_documents()[2]
    assert f'href="/documents/{protest.id}#s-0"' in html
    assert "No events match these filters" in client.get("/events",
                                                         params={"actor": "Atlantis"}).text


@pytest.mark.parametrize("path", ["/", "/events", "/timeline", "/network", "/actors",
                                  "/actors/Japan", "/actors/JPN", "/stories"])
def test_pages_render(client, path):
    answer = client.get(path)
    assert answer.status_code == 200 and "<main>" in answer.text


def test_unknown_records_get_a_readable_404_page(client):
    for path in ("/documents/nope", "/actors/Atlantis", "/stories/s-nope"):
        answer = client.get(path)
        assert answer.status_code == 404 and 'role="alert"' in answer.text


def test_wrong_methods_and_addresses_say_what_is_there(client):
    answer = client.request("DELETE", "/api/documents")
    assert answer.status_code == 405
    assert {"GET", "POST"} <= set(answer.headers["allow"].split(", "))
    page = client.get("/no/such/page")
    assert page.status_code == 404 and "There is no page at this address" in page.text


def test_actor_list_counts_roles_quotes_and_claims(client):
    items = client.get("/api/actors", params={"limit": 100}).json()["items"]
    by_code = {a["code"]: a for a in items}
    assert by_code["RUSGOV"]["as_actor"] == 4 and by_code["RUSGOV"]["as_recipient"] == 0
    japan = by_code["JPNGOV"]
    assert japan["names"] == ["Japan", "Haruka Sato"]  # most mentioned name first
    assert japan["as_actor"] == 4 and japan["as_recipient"] == 4
    assert japan["quotes"] == 2 and japan["claims"] == 2


def test_timeline_and_network_take_the_event_filters(client):
    days = client.get("/api/timeline", params={"actor": "RUS"}).json()["items"]
    assert {d["type"] for d in days} == {"ACCUSE", "COERCE"}
    graph = client.get("/api/network", params={"type": "AID", "level": "entity"}).json()
    assert {(e["source"], e["target"]) for e in graph["edges"]} == {("Japan", "Ukraine")}
    countries = client.get("/api/network", params={"type": "AID"}).json()
    assert {(e["source"], e["target"]) for e in countries["edges"]} == {("JPN", "UKR")}
    assert {n["label"] for n in countries["nodes"]} == {"Japan", "Ukraine"}
    assert "<option selected>AID</option>" in client.get("/network?type=AID").text
