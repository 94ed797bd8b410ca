"""What an analyst relies on in the workbench (issue 15, its actors/search/API half; issue 14
items 6 and 10): actors counted by code, aliases and any-case codes, literal ``%``/``_``,
full-text search kept in step with writes, the write API's schema and answers, HTML errors
on pages, CSV with titles and an explicit cut.

Over the hand-made documents of ``test_web_fixtures`` (no extractor needed), written by the
store's own functions.
"""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest
from fastapi.testclient import TestClient

from factwire.store import read, search
from factwire.store.db import open_db, write_documents
from factwire.web import create_app
from test_web_fixtures import build_db, sample_documents, wire_document

TOKEN = "workbench-token-5678"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_db(tmp_path_factory.mktemp("workbench") / "wb.duckdb")


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db, token=TOKEN))


def total(client, path, **params) -> int:
    answer = client.get(path, params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()["total"]


# --- actors --------------------------------------------------------------------------------


def test_an_actor_is_counted_once_per_code_with_every_name(client):
    items = client.get("/api/actors", params={"show": "all", "limit": 100}).json()["items"]
    codes = [a["code"] for a in items]
    assert len(codes) == len(set(codes))  # no code twice, whatever the names
    japan = next(a for a in items if a["code"] == "JPNGOV")
    assert set(japan["names"]) == {"Japan", "Haruka Sato"}
    assert japan["documents"] == 2  # both copies of the wire story, counted once each
    # events by code: the two AID events of each copy, not once per name
    assert japan["as_actor"] == 4


def test_actor_filters_kind_country_sector_and_taking_part(client):
    def keys(**params):
        return {a["key"] for a in client.get("/api/actors", params=params).json()["items"]}

    assert keys(kind="person") == {"JPNGOV"}  # only Haruka Sato is a person
    people = client.get("/api/actors", params={"kind": "person"}).json()["items"]
    assert people[0]["names"] == ["Haruka Sato"] and people[0]["as_actor"] == 0
    assert keys(country="jpn") == {"JPNGOV"}
    assert keys(sector="IGO") == {"EURIGO"}
    assert "CVL" in keys(show="events")  # the farmers protest: no country, sector CVL
    assert keys(kind="person", show="events") == set()  # Sato speaks but does nothing


def test_actors_sort_by_any_column_both_ways(client):
    def names(sort):
        answer = client.get("/api/actors", params={"sort": sort, "show": "all"})
        return [a["key"] for a in answer.json()["items"]]

    for column in read.ACTOR_SORTS:
        assert names(f"-{column}") != names(column) or column == "claims", column
    by_docs = client.get("/api/actors", params={"sort": "-documents"}).json()["items"]
    assert [a["documents"] for a in by_docs] == sorted(a["documents"] for a in by_docs)


def test_aliases_and_codes_in_any_case_find_the_actor(client):
    # "Tokyo" is how the wire story also names Japan: an alias, not a name
    assert total(client, "/api/events", actor="Tokyo") == total(client, "/api/events",
                                                                actor="Japan") == 4
    assert total(client, "/api/events", actor="jpn") == total(client, "/api/events",
                                                              actor="JPN") == 4
    assert total(client, "/api/events", recipient="kyiv") == 4
    merged = total(client, "/api/merged-events", actor="Tokyo")
    assert merged == total(client, "/api/merged-events", actor="Japan") > 0
    assert {a["key"] for a in client.get("/api/actors", params={"q": "Moscow"}).json()[
        "items"]} == {"RUSGOV"}
    assert client.get("/api/actors/Tokyo").json()["codes"] == ["JPNGOV"]
    jpn = client.get("/api/actors/jpn").json()
    assert {n["name"] for n in jpn["names"]} == {"Japan", "Haruka Sato"}
    assert "Tokyo" in jpn["aliases"]


@pytest.mark.parametrize("wild", ["%", "_", "%%", "_a", "\\"])
def test_percent_and_underscore_are_plain_characters(client, wild):
    assert total(client, "/api/documents", q=wild) == 0
    for name in ("actor", "recipient"):
        assert total(client, "/api/events", **{name: wild}) == 0
    assert total(client, "/api/quotes", speaker=wild) == 0
    assert total(client, "/api/documents") == 3


def test_the_one_like_helper_escapes_its_wildcards():
    assert read.contains("50%_off\\") == "%50\\%\\_off\\\\%"


def test_actor_page_pages_its_tables_and_folds_long_name_lists(tmp_path):
    docs = [wire_document(f"Outlet {i}", f"2025-05-{i + 1:02d}", f"\n\nCopy {i}.")
            for i in range(14)]
    path = tmp_path / "many.duckdb"
    con = open_db(path, read_only=False)
    write_documents(con, docs)
    con.close()
    client = TestClient(create_app(path))
    html = client.get("/actors/JPNGOV").text
    assert "As actor <span class=\"muted small\">(28)</span>" in html
    assert html.count('class="sentence-link"') == 0  # actor tables link by trigger text
    assert "1–25 of 28" in html and "events_as_actor=25" in html
    second = client.get("/actors/JPNGOV", params={"events_as_actor": 25}).text
    assert "26–28 of 28" in second
    assert client.get("/api/actors/JPNGOV", params={"limit": 5}).json()[
        "events_as_actor_total"] == 28
    tail = client.get("/api/actors/JPNGOV", params={"limit": 5, "events_as_actor": 25}).json()
    assert len(tail["events_as_actor"]) == 3 and len(tail["events_as_recipient"]) == 5


def test_country_page_breaks_down_by_sector(client):
    html = client.get("/actors/JPN").text
    assert "By sector" in html and 'href="/actors/JPNGOV"' in html


def test_lists_say_how_many_there_are(client):
    html = client.get("/actors", params={"show": "all", "limit": 2}).text
    assert "1–2 of 6" in html and 'rel="next"' in html


# --- search --------------------------------------------------------------------------------


def test_search_needs_every_word_ranks_and_highlights(client):
    found = client.get("/api/search", params={"q": "engineers Tokyo"}).json()
    docs = found["documents"]
    assert docs["total"] == 2  # both copies of the wire story, no other document
    assert all("<mark>" in d["snippet"] for d in docs["items"])
    assert [d["rank"] for d in docs["items"]] == sorted(d["rank"] for d in docs["items"])
    assert client.get("/api/search", params={"q": "engineers Brussels"}).json()[
        "documents"]["total"] == 0  # the two words are in different documents
    assert found["quotes"]["total"] == 0
    stems = client.get("/api/search", params={"q": "protest farmer"}).json()
    assert stems["documents"]["total"] == 1  # "protested", "farmers"
    assert stems["events"]["total"] >= 1
    assert stems["events"]["items"][0]["ref"].startswith("s-")
    quote = client.get("/api/search", params={"q": "rebuild"}).json()["quotes"]
    assert quote["total"] == 2 and quote["items"][0]["ref"] == "q-q1"


@pytest.mark.parametrize("text", ['"', 'Japan" OR "', "NEAR(a b)", "*", "-Japan", "a:b",
                                  "' OR 1=1 --", "(", "%", "", "0\x00", "Japan\x00trade"])
def test_search_syntax_in_user_text_is_never_an_error(client, text):
    answer = client.get("/api/search", params={"q": text})
    assert answer.status_code == 200, answer.text


def test_search_snippets_escape_the_text(client):
    html = client.get("/search", params={"q": "producers"}).text
    assert "&lt;small <mark>producers</mark>&gt;" in html
    assert "<small producers>" not in html


def test_search_index_follows_writes_and_is_rebuilt_when_missing(tmp_path):
    path = tmp_path / "s.duckdb"
    con = open_db(path, read_only=False)
    write_documents(con, sample_documents()[:1])
    sidecar = search.sidecar_path(path)
    assert sidecar.exists()  # written with the documents
    assert search.search(con, "Brussels farmers").total == 0
    write_documents(con, sample_documents()[2:])
    assert search.search(con, "Brussels farmers").total == 1
    con.close()
    sidecar.unlink()
    with open_db(path) as reader:  # read-only: the sidecar is rebuilt from DuckDB
        assert search.search(reader, "Brussels farmers").total == 1
    with sqlite3.connect(sidecar) as lite:
        assert lite.execute("SELECT count(*) FROM indexed").fetchone()[0] == 2


def test_search_page_and_box_on_every_page(client):
    for path in ("/", "/events", "/actors", "/stories"):
        assert 'action="/search"' in client.get(path).text, path
    html = client.get("/search", params={"q": "water cannon"}).text
    assert "Farmers &lt;b&gt;protest&lt;/b&gt; in Brussels" in html
    assert "<mark>water</mark> <mark>cannon</mark>" in html


# --- the API -------------------------------------------------------------------------------


def test_openapi_has_a_bearer_scheme_and_a_typed_201(client):
    schema = client.get("/openapi.json").json()
    assert schema["components"]["securitySchemes"]["token"] == {
        "type": "http", "scheme": "bearer", "description": "The server's FACTWIRE_TOKEN."}
    post = schema["paths"]["/api/documents"]["post"]
    assert post["security"] == [{"token": []}]
    created = post["responses"]["201"]["content"]["application/json"]["schema"]
    assert created == {"$ref": "#/components/schemas/Stored"}
    assert "stored" in schema["components"]["schemas"]["Stored"]["properties"]


def test_a_repeated_post_answers_200_not_stored(tmp_path, monkeypatch):
    from factwire.web import writes

    path = build_db(tmp_path / "post.duckdb")
    doc = sample_documents()[2]
    monkeypatch.setattr(writes, "analyse", lambda body: doc)  # no NLP: a known document
    client = TestClient(create_app(path, token=TOKEN))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    answer = client.post("/api/documents", json={"text": doc.text}, headers=auth)
    assert answer.status_code == 200 and answer.json()["stored"] is False
    other = wire_document("New Outlet", "2025-06-01", "\n\nA new copy.")
    monkeypatch.setattr(writes, "analyse", lambda body: other)
    first = client.post("/api/documents", json={"text": other.text}, headers=auth)
    assert first.status_code == 201 and first.json()["stored"] is True
    assert set(first.json()) == {"id", "stored", "title", "entities", "quotes", "claims",
                                 "events", "url"}
    again = client.post("/api/documents", json={"text": other.text}, headers=auth)
    assert again.status_code == 200 and again.json()["stored"] is False
    assert client.get("/api/search", params={"q": "new copy"}).json()["documents"]["total"] == 1


def test_tokens_401_and_writes_off_403(db, monkeypatch):
    body = {"text": "The army said the talks would resume."}
    client = TestClient(create_app(db, token=TOKEN))
    assert client.post("/api/documents", json=body).status_code == 401
    wrong = client.post("/api/documents", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    monkeypatch.delenv("FACTWIRE_TOKEN", raising=False)
    off = TestClient(create_app(db))
    assert off.post("/api/documents", json=body,
                    headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 403


@pytest.mark.parametrize("published", ["2025-99-99", "2025-02-30", "yesterday",
                                       "2025-04-30T25:00"])
def test_an_invalid_published_date_is_refused_by_name(client, published):
    answer = client.post("/api/documents", json={"text": "The army said.",
                                                 "published": published},
                         headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 422
    assert f"published {published!r} is not an ISO 8601 date" in answer.text


def test_documents_page_lists_and_pages(client):
    html = client.get("/documents", params={"limit": 2}).text
    assert "1–2 of 3" in html and 'rel="next"' in html


def test_pages_answer_bad_values_in_html_and_the_api_in_json(client):
    page = client.get("/events", params={"since": "2025-13-45"})
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    assert "since &#39;2025-13-45&#39;: should be a day written YYYY-MM-DD" in page.text
    assert 'role="alert"' in page.text
    api = client.get("/api/events", params={"since": "2025-13-45"})
    assert api.status_code == 422 and api.json()["detail"][0]["loc"] == ["query", "since"]
    assert client.get("/actors", params={"sort": "nonsense"}).status_code == 422


def test_csv_has_titles_and_urls_and_says_when_it_was_cut(client):
    whole = client.get("/api/events", params={"format": "csv", "limit": 500})
    rows = list(csv.DictReader(io.StringIO(whole.text)))
    assert len(rows) == 12 and "x-factwire-truncated" not in whole.headers
    assert list(rows[0])[:2] == ["title", "url"]
    assert {r["url"] for r in rows} >= {"https://harbourpost.example/japan"}
    assert "Japan pledges aid to Ukraine (Harbour Post)" in {r["title"] for r in rows}
    cut = client.get("/api/events", params={"format": "csv", "limit": 5})
    assert "of 12 events" in cut.headers["x-factwire-truncated"]
    last = list(csv.reader(io.StringIO(cut.text)))[-1]
    assert last[0].startswith("# truncated: rows 1-5 of 12") and "offset=5" in last[0]


def test_events_page_says_when_the_csv_is_cut(client, monkeypatch):
    from factwire.web import pages

    monkeypatch.setattr(pages, "CSV_ROWS", 5)
    html = client.get("/events").text
    assert "the first 5 of 12" in html


def test_every_events_column_reverses_on_a_second_click(client):
    html = client.get("/events", params={"sort": "type"}).text
    assert "sort=-type" in html  # the Type header now reverses
    rows = client.get("/api/events", params={"sort": "-type", "limit": 100}).json()["items"]
    types = [r["type"] for r in rows]
    assert types == sorted(types, reverse=True)
    back = client.get("/events", params={"sort": "-type"}).text
    assert 'href="?limit=50&amp;sort=type"' in back


def test_search_index_follows_parquet_imports(tmp_path):
    """The Dask path writes Parquet parts that import_parts loads: the index follows too."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from factwire.store.db import import_parts
    from factwire.store.rows import document_rows
    from factwire.store.schema import arrow_schema

    parts = tmp_path / "parts"
    tables: dict[str, list] = {}
    for doc in sample_documents():
        for table, rows in document_rows(doc).items():
            tables.setdefault(table, []).extend(rows)
    for table, rows in tables.items():
        (parts / table).mkdir(parents=True)
        pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema(table)),
                       parts / table / "shard-1.parquet")
    con = open_db(tmp_path / "p.duckdb", read_only=False)
    assert len(import_parts(con, parts).stored) == 3
    assert search.sidecar_path(tmp_path / "p.duckdb").exists()
    with sqlite3.connect(search.sidecar_path(tmp_path / "p.duckdb")) as lite:
        assert lite.execute("SELECT count(*) FROM indexed").fetchone()[0] == 3
    assert search.search(con, "water cannon").total == 1
    con.close()
