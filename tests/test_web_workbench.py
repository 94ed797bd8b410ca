"""The analyst's workbench (issue 15) over hand-made Documents: dates with their precision,
merged events, dyads, the map's GeoJSON, the country network and the score threshold.

The database holds the three web fixtures plus one article written for these tests: events
dated to a year, a month, a relative "recently" and nothing at all; one scored low; places in
a city and a country, geocoded by the real offline geocoder.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from factwire.model import Document, Event, EventDate, Location, Source, Trigger, document_id
from factwire.web import create_app
from test_web_fixtures import _entity, _sentences, _span, sample_documents

FLOOD = (
    "Relief convoys reached Kharkiv on Monday after the river burst its banks, the regional "
    "governor said.\n\n"
    "Poland sent rescue teams to Ukraine in 2019 when a smaller flood struck the same valley.\n\n"
    "Hungary pledged tents to Ukraine in August 2016, officials recalled.\n\n"
    "Ukraine recently asked Poland for pumps.\n\n"
    "Poland might have criticised Ukraine over the dam, one blogger claimed."
)
PUBLISHED = "2020-03-10"


def flood_document() -> Document:
    text = FLOOD
    doc = Document(id=document_id(text), text=text, title="Floods reach Kharkiv",
                   source=Source("text", path="flood.txt"), published=PUBLISHED,
                   publisher="River Gazette", language="en", sentences=_sentences(text))
    doc.entities = [
        _entity(text, "e1", "Poland", "country", "POL", "GOV", "Poland"),
        _entity(text, "e2", "Ukraine", "country", "UKR", "GOV", "Ukraine"),
        _entity(text, "e3", "Hungary", "country", "HUN", "GOV", "Hungary"),
        _entity(text, "e4", "relief convoys", "group", None, "CVL", "Relief convoys"),
    ]

    def event(eid, type_, trigger, actor, recipient, **kw) -> Event:
        span = _span(text, trigger)
        sentence = next(s for s in doc.sentences if s[0] <= span[0] < s[1])
        return Event(eid, type_, Trigger(span, trigger), sentence, actor=actor,
                     recipient=recipient, **kw)

    doc.events = [
        event("v1", "AID", "reached", ["e4"], ["e2"], date=EventDate("2020-03-09", "Monday"),
              location=Location("Kharkiv", "UKR")),
        event("v2", "AID", "sent", ["e1"], ["e2"], date=EventDate("2019", "in 2019"),
              location=Location("Ukraine", "UKR"), score=0.9),
        event("v3", "AID", "pledged", ["e3"], ["e2"],
              date=EventDate("2016-08", "in August 2016")),
        event("v4", "REQUEST", "asked", ["e2"], ["e1"], date=EventDate("PAST_REF", "recently")),
        event("v5", "ACCUSE", "criticised", ["e1"], ["e2"], status="possible", score=0.3),
    ]
    return doc


def build_workbench_db(path: Path) -> Path:
    """The web fixtures and the flood article, geocoded and stored as ingest would."""
    from factwire.extract.geocode import geocode_events
    from factwire.store import stories
    from factwire.store.db import open_db, write_documents

    docs = [*sample_documents(), geocode_events(flood_document())]
    con = open_db(path, read_only=False)
    try:
        write_documents(con, docs)
        stories.update(con)
    finally:
        con.close()
    return path


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build_workbench_db(tmp_path_factory.mktemp("wb") / "wb.duckdb")
    return TestClient(create_app(db))


def events(client, **params) -> list[dict]:
    return client.get("/api/events", params={"limit": 500, **params}).json()["items"]


def by_trigger(items: list[dict], trigger: str) -> dict:
    return next(e for e in items if e["trigger_text"] == trigger)


# --- dates ----------------------------------------------------------------------------------


def test_events_carry_their_date_precision_and_period(client):
    items = events(client, min_score=0, doc_id=flood_document().id)
    sent = by_trigger(items, "sent")
    assert (sent["date_precision"], sent["period_start"], sent["period_end"]) == \
        ("year", "2019-01-01", "2019-12-31")
    assert sent["date_shown"] == "2019"
    pledged = by_trigger(items, "pledged")
    assert (pledged["period_start"], pledged["period_end"]) == ("2016-08-01", "2016-08-31")
    assert pledged["date_shown"] == "Aug 2016"
    asked = by_trigger(items, "asked")
    assert asked["date_shown"] == "recent past (relative)"
    criticised = by_trigger(items, "criticised")
    assert criticised["date_precision"] == "publication"
    assert criticised["date_shown"] == f"{PUBLISHED} *publication date"
    assert by_trigger(items, "reached")["date_shown"] == "2020-03-09"


def test_pages_show_precision_and_never_a_raw_reference_value(client):
    page = client.get("/events", params={"min_score": 0}).text
    assert "PAST_REF" not in page
    assert "recent past (relative)" in page
    assert re.search(r'>2019</span> <span class="prec">year</span>', page)
    assert re.search(r'>Aug 2016</span> <span class="prec">month</span>', page)
    assert 'class="prec stand-in"' in page  # the publication day standing in is marked
    doc_id = flood_document().id
    article = client.get(f"/documents/{doc_id}").text
    assert "PAST_REF" not in article and "recent past (relative)" in article
    story = next(s for s in client.get("/api/stories").json()["items"]
                 if s["num_documents"] == 2)["story_id"]
    assert '<span class="date' in client.get(f"/stories/{story}").text


def test_csv_has_the_date_as_shown(client):
    body = client.get("/api/events", params={"format": "csv", "min_score": 0,
                                             "doc_id": flood_document().id}).text
    rows = list(csv.DictReader(io.StringIO(body)))
    shown = {r["trigger_text"]: r["date_shown"] for r in rows}
    assert shown["sent"] == "2019" and shown["asked"] == "recent past (relative)"
    assert {"date_precision", "period_start", "period_end", "score"} <= set(rows[0])


def test_a_day_range_keeps_the_events_whose_own_date_lies_inside_it(client):
    year = events(client, since="2019-01-01", until="2019-12-31")
    assert [e["trigger_text"] for e in year] == ["sent"]
    june = events(client, since="2019-06-01", until="2019-06-30")
    assert june == []  # "in 2019" may not be June: not drawn on a day it may not be
    published_day = events(client, since=PUBLISHED, until=PUBLISHED, min_score=0)
    assert "sent" not in {e["trigger_text"] for e in published_day}


def test_timeline_bins_and_coarse_dates_as_spans(client):
    months = client.get("/api/timeline", params={"bucket": "month"}).json()
    assert months["bucket"] == "month"
    assert {"first": "2019-01-01", "last": "2019-12-31", "precision": "year", "count": 1} \
        in months["spans"]
    assert not any(b["period"].startswith("2019") for b in months["items"])
    assert {"period": "2016-08-01", "type": "AID", "stands_in": False, "count": 1} \
        in months["items"]
    years = client.get("/api/timeline", params={"bucket": "year"}).json()
    assert {"period": "2019-01-01", "type": "AID", "stands_in": False, "count": 1} \
        in years["items"] and years["spans"] == []
    # auto: a range of nine years is binned by month, one of a few days by day
    assert client.get("/api/timeline").json()["bucket"] == "month"
    days = client.get("/api/timeline", params={"since": "2025-05-01"}).json()
    assert days["bucket"] == "day"
    stand_in = [b for b in days["items"] if b["stands_in"]]
    assert stand_in and all(b["period"] in ("2025-05-13", "2025-05-14") for b in stand_in)


# --- merged events --------------------------------------------------------------------------


def test_merged_events_page_links_every_mention(client):
    page = client.get("/merged-events", params={"type": "AID", "actor": "JPN"}).text
    links = re.findall(r'class="mention-link" href="(/documents/[0-9a-f]+#s-\d+)"', page)
    assert len(links) == 4  # the pledge and the engineers, in two copies of one story
    assert 'aria-current="true">Merged events' in page
    api = client.get("/api/merged-events", params={"type": "AID", "actor": "JPN"}).json()
    assert api["total"] == 1
    merged = api["items"][0]
    assert (merged["num_mentions"], merged["num_articles"], merged["num_sources"]) == (4, 2, 2)
    assert sorted(x["publisher"] for x in merged["mentions"]) == \
        ["Harbour Post", "Harbour Post", "Midland Courier", "Midland Courier"]
    events_page = client.get("/events", params={"type": "AID"}).text
    assert 'href="/merged-events?type=AID"' in events_page


def test_merged_view_counts_real_world_events(client):
    mentions = client.get("/api/dyads", params={"type": "AID"}).json()["items"]
    merged = client.get("/api/dyads", params={"type": "AID", "view": "merged"}).json()["items"]
    pair = lambda items: next(d for d in items if (d["actor_country"], d["recipient_country"])  # noqa: E731
                              == ("JPN", "UKR"))
    assert pair(mentions)["count"] == 4 and pair(merged)["count"] == 1
    assert pair(merged)["events_url"].startswith("/merged-events?")
    net = client.get("/api/network", params={"type": "AID", "view": "merged"}).json()
    edge = next(e for e in net["edges"] if e["source"] == "JPN")
    assert edge["count"] == 1
    line = client.get("/api/timeline", params={"actor": "JPN", "type": "AID", "bucket": "year",
                                               "view": "merged"}).json()
    assert sum(b["count"] for b in line["items"]) == 1


# --- dyads, map, network --------------------------------------------------------------------


def test_dyads_count_country_pairs_with_types_and_series(client):
    body = client.get("/api/dyads", params={"min_score": 0}).json()
    pairs = {(d["actor_country"], d["recipient_country"]): d for d in body["items"]}
    assert pairs[("POL", "UKR")]["types"] == {"AID": 1, "ACCUSE": 1}
    assert pairs[("POL", "UKR")]["actor_name"] == "Poland"
    assert pairs[("UKR", "POL")]["count"] == 1
    assert body["uncoded"] >= 1  # the relief convoys and the farmers have no country
    assert pairs[("JPN", "UKR")]["series"]
    default = client.get("/api/dyads").json()  # the low-scored accusation is hidden
    assert {d["actor_country"] + d["recipient_country"]: d["types"]
            for d in default["items"]}["POLUKR"] == {"AID": 1}
    typed = client.get("/api/dyads", params={"type": "REQUEST"}).json()["items"]
    assert {(d["actor_country"], d["recipient_country"]) for d in typed} == {("UKR", "POL")}
    old = client.get("/api/dyads", params={"until": "2019-12-31"}).json()["items"]
    assert {(d["actor_country"], d["recipient_country"]) for d in old} == \
        {("POL", "UKR"), ("HUN", "UKR")}
    assert 'id="dyads-table"' in client.get("/dyads").text


def test_map_is_geojson_of_geocoded_places(client):
    body = client.get("/api/map").json()
    assert body["type"] == "FeatureCollection"
    places = {f["properties"]["place"]: f for f in body["features"]}
    lon, lat = places["Kharkiv"]["geometry"]["coordinates"]
    assert 49.5 < lat < 50.5 and 35.5 < lon < 37
    assert places["Kharkiv"]["properties"]["admin1"].startswith("UA.")
    lon, lat = places["Ukraine"]["geometry"]["coordinates"]  # a country alone: its centre
    assert 44 < lat < 53 and 22 < lon < 40
    assert body["no_place"] > 0
    url = places["Kharkiv"]["properties"]["events_url"]
    assert url == "/events?place=Kharkiv"
    listed = client.get(url).text
    assert "reached" in listed and "Hungary" not in listed
    typed = client.get("/api/map", params={"type": "REQUEST"}).json()
    assert typed["features"] == []


def test_network_is_by_country_by_default_with_min_weight_and_levels(client):
    graph = client.get("/api/network").json()
    assert graph["level"] == "country"
    assert {n["id"] for n in graph["nodes"]} >= {"JPN", "UKR", "POL", "RUS"}
    assert "farmers" not in {n["id"] for n in graph["nodes"]}
    heavy = client.get("/api/network", params={"min_weight": 3}).json()
    assert heavy["edges"] and all(e["count"] >= 3 for e in heavy["edges"])
    top = client.get("/api/network", params={"limit": 1}).json()
    assert len(top["edges"]) == 1 and top["edges"][0]["count"] == max(
        e["count"] for e in graph["edges"])
    sectors = client.get("/api/network", params={"level": "sector"}).json()
    assert "JPN GOV" in {n["id"] for n in sectors["nodes"]}
    entities = client.get("/api/network", params={"level": "entity"}).json()
    assert "farmers" in {n["id"] for n in entities["nodes"]}
    assert client.get("/api/network", params={"level": "galaxy"}).status_code == 422


# --- the score threshold --------------------------------------------------------------------


def test_low_scored_events_are_hidden_by_default(client):
    shown = {e["trigger_text"] for e in events(client)}
    assert "criticised" not in shown  # scored 0.3
    assert {"sent", "reached", "pledged"} <= shown  # 0.9 and unscored pass
    assert "criticised" in {e["trigger_text"] for e in events(client, min_score=0)}
    assert "sent" not in {e["trigger_text"] for e in events(client, min_score=0.95)}
    assert "criticised" not in client.get("/events").text
    assert "criticised" in client.get("/events", params={"min_score": "0"}).text
    assert client.get("/events", params={"min_score": ""}).status_code == 200  # blank field
    assert client.get("/api/events", params={"min_score": "2"}).status_code == 422
    spans = client.get("/api/timeline", params={"bucket": "day", "min_score": 0}).json()
    assert any(b["period"] == PUBLISHED for b in spans["items"])


def test_the_threshold_is_one_setting(client, monkeypatch, tmp_path):
    monkeypatch.setenv("FACTWIRE_MIN_SCORE", "0.95")
    assert "sent" not in {e["trigger_text"] for e in events(client)}
    monkeypatch.setenv("FACTWIRE_MIN_SCORE", "0")
    assert "criticised" in {e["trigger_text"] for e in events(client)}
