"""The REST API (``/api/...``): JSON views of the database, CSV for events, one guarded write.

Every list answers ``{"items": [...], "total": N}`` (``total`` counts all matches, not the
page). Reads go through ``factwire.store.read`` — the CLI's query layer — so the API, the pages
and ``factwire events`` always agree.
"""

from __future__ import annotations

import csv
import datetime as dt
import hmac
import io
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, field_validator, model_validator

from factwire.store import read
from factwire.web.dates import date_label, with_date_labels
from factwire.web.params import EventFilters, Limit, Offset, Text, View, event_filters

router = APIRouter(prefix="/api", responses={
    400: {"description": "A value the query layer rejects, or a body that is not JSON"},
    404: {"description": "No such record, or no database file yet"},
    503: {"description": "The database is held by a writer; retry after Retry-After seconds"},
})
# the sort orders store.read offers, as enums so the schema lists them
EventSort = StrEnum("EventSort", {k: k for k in read.EVENT_SORTS}
                    | {f"-{k}": f"-{k}" for k in read.EVENT_SORTS})  # -key: reversed
MergedSort = StrEnum("MergedSort", {k: k for k in read.MERGED_SORTS})


class Page(BaseModel):
    """One page of a list."""

    items: list[dict[str, Any]]
    total: int


def reading(request: Request):
    """Dependency: a read-only connection for the length of one request."""
    with request.app.state.db.read() as con:
        yield con


def _page(items: list, total: int) -> dict[str, Any]:
    return {"items": jsonable_encoder(items), "total": total}


def _call(fn, *args, **kwargs):
    """Run a store query; a value the query layer rejects (bad sort column...) becomes 400."""
    try:
        return fn(*args, **kwargs)
    except ValueError as err:
        raise HTTPException(400, str(err)) from err


@router.get("/health", summary="Is the server up, and is there a database to read?")
def health(request: Request) -> dict[str, Any]:
    db = request.app.state.db
    from factwire import __version__

    answer: dict[str, Any] = {"status": "ok", "version": __version__, "database": str(db.path),
                              "writes": bool(request.app.state.token), "documents": None}
    if db.path.exists():
        try:
            with db.read() as con:
                answer["documents"] = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        except Exception as err:  # health must answer even when the database cannot be read
            answer["database_error"] = str(err)
    return answer


# --- documents -----------------------------------------------------------------------------


@router.get("/documents", response_model=Page, summary="Documents, newest first; q= searches")
def documents(con=Depends(reading), q: Text = None, limit: Limit = 50, offset: Offset = 0):
    return _page(*_call(read.list_documents, con, q=q or None, limit=limit, offset=offset))


@router.get("/documents/{doc_id}", summary="One document with all its records and spans")
def document(doc_id: Annotated[str, Path(max_length=64)], con=Depends(reading)):
    doc = read.get_document(con, doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return doc.to_dict()


# --- events --------------------------------------------------------------------------------


@router.get("/events", response_model=Page,
            responses={200: {"content": {"text/csv": {}}}},
            summary="Events with the CLI's filters; format=csv for a spreadsheet")
def events(con=Depends(reading), filters: EventFilters = Depends(event_filters),
           limit: Limit = 100, offset: Offset = 0, sort: EventSort = EventSort.date,
           format: Literal["json", "csv"] = "json"):
    items, total = _call(read.list_events, con, **filters.__dict__, limit=limit, offset=offset,
                         sort=sort.value)
    items = with_date_labels(items)  # issue 15: the date as shown, with its precision
    if format == "csv":
        return events_csv(con, items, total, offset)
    return _page(items, total)


def events_csv(con, items: list[dict[str, Any]], total: int, offset: int) -> Response:
    """Events as CSV with their article's title and URL; when the page limit cut the list,
    a last row and the ``X-Factwire-Truncated`` header say so and where the rest starts."""
    titles = read.document_titles(con, [e["doc_id"] for e in items])
    rows = [{**e, "title": titles.get(e["doc_id"], {}).get("title"),
             "url": titles.get(e["doc_id"], {}).get("source_url")} for e in items]
    fields = ["title", "url", *(k for k in (rows[0] if rows else {}) if k not in ("title", "url"))]
    text = to_csv(rows, fields=fields)
    headers = {"Content-Disposition": 'attachment; filename="events.csv"',
               "X-Total-Count": str(total)}
    if offset + len(items) < total:
        note = (f"truncated: rows {offset + 1}-{offset + len(items)} of {total} events; "
                f"ask again with offset={offset + len(items)} for the rest")
        headers["X-Factwire-Truncated"] = note
        text += to_csv([{"title": "# " + note}], header=False, fields=fields)
    return Response(text, media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/merged-events", response_model=Page,
            summary="Events merged across articles, with article and source counts")
def merged_events(con=Depends(reading), filters: EventFilters = Depends(event_filters),
                  limit: Limit = 100, offset: Offset = 0, sort: MergedSort = MergedSort.date):
    items, total = _call(read.list_merged_events, con, **filters.__dict__, limit=limit,
                         offset=offset, sort=sort.value)
    mentions = read.merged_mentions(con, [m["merged_id"] for m in items])
    # mentions are plain JSON values already: added after encoding (hundreds for a wire story)
    shown = [date_label(m)["text"] for m in items]
    items = [{**m, "date_shown": text, "mentions": mentions[m["merged_id"]]}
             for m, text in zip(jsonable_encoder(items), shown, strict=True)]
    return {"items": items, "total": total}


# --- issue 15: timeline, network, dyads, map ------------------------------------------------


class Timeline(Page):
    """Events per bin on a time axis; ``spans`` hold events whose date is coarser than a bin."""

    bucket: str
    first: str | None
    last: str | None
    spans: list[dict[str, Any]]


@router.get("/timeline", response_model=Timeline,
            summary="Events per day, week, month or year (bucket=auto picks by the range) and "
            "PLOVER type, each on the days its own date covers")
def timeline(con=Depends(reading), filters: EventFilters = Depends(event_filters),
             bucket: Literal["auto", "day", "week", "month", "year"] = "auto",
             view: View = "mentions"):
    merged = view == "merged"
    first, last = read.event_range(con, merged=merged, **filters.__dict__)
    unit = read.auto_bucket(first, last) if bucket == "auto" else bucket
    bins = read.timeline_bins(con, bucket=unit, merged=merged, **filters.__dict__)
    return jsonable_encoder({"items": bins["bars"], "total": len(bins["bars"]), "bucket": unit,
                             "first": first, "last": last, "spans": bins["spans"]})


@router.get("/network", summary="Who did what to whom: countries (or countries and sectors, "
            "or actors) as nodes, typed edges weighted by events")
def network(con=Depends(reading), filters: EventFilters = Depends(event_filters),
            level: Literal["country", "sector", "entity"] = "country", view: View = "mentions",
            min_weight: Annotated[int, Query(ge=1, le=100_000)] = 1,
            limit: Annotated[int, Query(ge=1, le=2000, description="Top N edges.")] = 300,
            ) -> dict[str, Any]:
    from factwire.web.graph import network_graph

    return network_graph(con, filters, limit, level=level, merged=view == "merged",
                         min_weight=min_weight)


@router.get("/dyads", summary="Actor country x recipient country: events per pair, by type, "
            "and per bin over time for the top pairs")
def dyads(con=Depends(reading), filters: EventFilters = Depends(event_filters),
          view: View = "mentions", limit: Annotated[int, Query(ge=1, le=1000)] = 100,
          series: Annotated[int, Query(ge=0, le=50, description="Pairs given a series.")] = 12,
          bucket: Literal["auto", "day", "week", "month", "year"] = "auto") -> dict[str, Any]:
    from factwire.web.geo import dyads_view

    return jsonable_encoder(dyads_view(con, filters, merged=view == "merged", limit=limit,
                                       series=series, bucket=bucket))


@router.get("/map", summary="Events per place as a GeoJSON FeatureCollection (points, "
            "geocoded offline), with how many events had no place or an unlocated one",
            responses={200: {"content": {"application/geo+json": {}}}})
def map_points(con=Depends(reading), filters: EventFilters = Depends(event_filters),
               view: View = "mentions") -> dict[str, Any]:
    from factwire.web.geo import feature_collection

    return jsonable_encoder(feature_collection(con, filters, merged=view == "merged"))


# --- actors, quotes, stories ---------------------------------------------------------------


ActorSort = StrEnum("ActorSort", {k: k for k in read.ACTOR_SORTS}
                    | {f"-{k}": f"-{k}" for k in read.ACTOR_SORTS})
ActorShow = StrEnum("ActorShow", {k: k for k in read.ACTOR_SHOW})


@dataclass
class ActorFilters:
    """Which actors to list (``store.read.list_actors``'s filters)."""

    q: str | None = None
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    show: str = "active"
    sort: str = "activity"

    def query(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}


def actor_filters(
    q: Annotated[str | None, Query(max_length=200, description=(
        "A code in any case (PRK, usagov), part of a name, or a name a mention used "
        "(Pyongyang).")),
    ] = None,
    kind: Annotated[str | None, Query(max_length=32, description="person, country...")] = None,
    country: Annotated[str | None, Query(max_length=8, description="e.g. USA")] = None,
    sector: Annotated[str | None, Query(max_length=8, description="e.g. GOV, MIL")] = None,
    show: Annotated[ActorShow, Query(description=(
        "active: takes part in events or speaks; events: takes part in events; all"))
    ] = ActorShow.active,
    sort: Annotated[ActorSort, Query(description="A column; -column reverses it.")
                    ] = ActorSort.activity,
) -> ActorFilters:
    return ActorFilters(q or None, kind or None, country or None, sector or None, show.value,
                        sort.value)


@router.get("/actors", response_model=Page,
            summary="Actors: one per country+sector code (with the names it was seen as), "
            "with events as actor and recipient, quotes and claims (details at "
            "/api/actors/{key})")
def actors(con=Depends(reading), filters: ActorFilters = Depends(actor_filters),
           limit: Limit = 100, offset: Offset = 0):
    return _page(*_call(read.list_actors, con, **filters.__dict__, limit=limit, offset=offset))


@router.get("/actors/{name}",
            summary="One actor (a country code, a country+sector code such as USAGOV, a name "
            "or an alias; any case): its events as actor and as recipient, its quotes, the "
            "claims sourced to it, its counterparts (each list: a page of `limit` from its own "
            "offset parameter, with its `<list>_total`)")
def actor(name: Annotated[str, Path(max_length=200)], con=Depends(reading),
          limit: Limit = 50, events_as_actor: Offset = 0, events_as_recipient: Offset = 0,
          quotes: Offset = 0, claims: Offset = 0):
    profile = read.actor_profile(con, name)
    if not profile:
        raise HTTPException(404, f"no actor {name!r}")
    offsets = {"events_as_actor": events_as_actor, "events_as_recipient": events_as_recipient,
               "quotes": quotes, "claims": claims}
    return jsonable_encoder({**profile, **read.actor_records(con, name, limit=limit,
                                                             offsets=offsets)})


@router.get("/quotes", response_model=Page, summary="Quotes with their speakers")
def quotes(con=Depends(reading), speaker: Text = None,
           doc_id: Annotated[str | None, Query(max_length=64)] = None,
           limit: Limit = 100, offset: Offset = 0):
    return _page(*_call(read.list_quotes, con, speaker=speaker or None, doc_id=doc_id or None,
                        limit=limit, offset=offset))


@router.get("/stories", response_model=Page, summary="Stories: the same article across outlets")
def stories(con=Depends(reading), limit: Limit = 100, offset: Offset = 0):
    return _page(*_call(read.list_stories, con, limit=limit, offset=offset))


@router.get("/stories/{story_id}", summary="One story: its articles and merged events")
def story(story_id: Annotated[str, Path(max_length=64)], con=Depends(reading)):
    found = read.get_story(con, story_id)
    if not found:
        raise HTTPException(404, f"no story {story_id!r}")
    return jsonable_encoder({**found, "merged_events": read.story_merged_events(con, story_id)})


# --- search --------------------------------------------------------------------------------


class SearchHits(BaseModel):
    """One kind of record that matched: a page of hits, best first, and how many in all."""

    items: list[dict[str, Any]]
    total: int


class SearchAnswer(BaseModel):
    """Every word of ``query`` found in documents (title and text), quotes, event sentences."""

    query: str
    documents: SearchHits
    quotes: SearchHits
    events: SearchHits


@router.get("/search", response_model=SearchAnswer,
            summary="Full-text search (all words, stemmed, ranked by BM25) over titles, texts, "
                    "quotes and event sentences; snippets are HTML with the words in <mark>")
def search(con=Depends(reading),
           q: Annotated[str, Query(max_length=200, description="Words, all required.")] = "",
           limit: Annotated[int, Query(ge=1, le=100)] = 20, offset: Offset = 0):
    return search_all(con, q, limit, offset)


def search_all(con, q: str, limit: int, offset: int = 0) -> dict[str, Any]:
    """Documents (paged) and the first quotes and event sentences matching ``q``."""
    from factwire.store import search as fts

    answer: dict[str, Any] = {"query": q}
    fts.sync(con)
    for kind, key in (("document", "documents"), ("quote", "quotes"), ("event", "events")):
        hits = fts.search(con, q, kind=kind, limit=limit, offset=offset if kind == "document"
                          else 0, synced=True)
        answer[key] = {"items": jsonable_encoder(hits.items), "total": hits.total}
    return answer


# --- writing -------------------------------------------------------------------------------


class NewDocument(BaseModel):
    """One article to analyse and store: exactly one of text, html or url."""

    text: str | None = Field(None, max_length=1_000_000)
    html: str | None = Field(None, max_length=1_000_000)
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://")
    published: str | None = Field(None, max_length=40, examples=["2025-04-30"],
                                  description="ISO 8601 date or date-time, used when the page "
                                  "carries no date.")
    title: str | None = Field(None, max_length=500)
    publisher: str | None = Field(None, max_length=200)

    @field_validator("published")
    @classmethod
    def iso_date(cls, value: str | None) -> str | None:
        """A real calendar date (2025-99-99 is refused, naming the value)."""
        if value is None:
            return None
        try:
            if len(value) == 10:
                dt.date.fromisoformat(value)
            else:
                dt.datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"published {value!r} is not an ISO 8601 date (YYYY-MM-DD) or "
                             "date-time") from None
        return value

    @model_validator(mode="after")
    def one_source(self):
        given = [k for k in ("text", "html", "url") if getattr(self, k)]
        if len(given) != 1:
            raise ValueError("give exactly one of text, html or url")
        return self


class Stored(BaseModel):
    """What ``POST /api/documents`` did with the article."""

    id: str = Field(description="The document id (a hash of its clean text).")
    stored: bool = Field(description="False when the same document was already stored.")
    title: str | None
    entities: int
    quotes: int
    claims: int
    events: int
    url: str = Field(description="Its page in the workbench.")


# Swagger UI's "Authorize" button sends this header; auto_error is off so that a missing token
# is our 401 (with WWW-Authenticate), and writes switched off stay a 403.
bearer = HTTPBearer(auto_error=False, scheme_name="token",
                    description="The server's FACTWIRE_TOKEN.")


def require_token(request: Request, credentials: Annotated[
        HTTPAuthorizationCredentials | None, Depends(bearer)] = None) -> None:
    """401 without the right bearer token; 403 when the server has no token (writes off)."""
    expected = request.app.state.token
    if not expected:
        raise HTTPException(403, "writes are disabled: start the server with FACTWIRE_TOKEN set")
    given = credentials.credentials.strip() if credentials else ""
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong bearer token",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post("/documents", status_code=201, response_model=Stored,
             dependencies=[Depends(require_token)],
             responses={200: {"model": Stored,
                              "description": "Already stored: nothing written (stored: false)"},
                        401: {"description": "Missing or wrong token"},
                        403: {"description": "Writes disabled (no FACTWIRE_TOKEN)"},
                        413: {"description": "Body too large"},
                        422: {"description": "Invalid body, or no article text in it"}},
             summary="Analyse one article (text, html or url) and store it")
def post_document(body: NewDocument, request: Request, response: Response) -> Stored:
    from factwire.web.writes import analyse_and_store

    stored = analyse_and_store(request.app.state.db, body)
    if not stored.stored:
        response.status_code = 200
    return stored


def to_csv(items: list[dict[str, Any]], *, header: bool = True,
           fields: list[str] | None = None) -> str:
    """Rows as CSV (columns ``fields``, else the first row's); list values joined with ``;``
    so each cell stays one value."""
    out = io.StringIO()
    if not items:
        return ""
    fields = fields or list(items[0])
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    if header:
        writer.writeheader()
    for row in items:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue()


def _cell(value: Any) -> Any:
    """One CSV cell; text that a spreadsheet would run as a formula gets a leading quote."""
    if isinstance(value, list):
        value = ";".join(map(str, value))
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
