"""Server-rendered pages: documents, article view, events, timeline, network, actors, stories.

Each page reads through ``factwire.store.read`` within one read-only connection, like the API;
the charts and the graph fetch their data from the API with a loading, empty and error state.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse

from factwire.model import STATUSES
from factwire.web import highlight, plover
from factwire.web.api import (
    ActorFilters,
    EventSort,
    MergedSort,
    actor_filters,
    reading,
    search_all,
)
from factwire.web.app import error_page
from factwire.web.dates import event_date_label
from factwire.web.params import EventFilters, Limit, Offset, Text, View, event_filters

router = APIRouter(include_in_schema=False)
PAGE = 50
CSV_ROWS = 500  # the API's page limit: one CSV holds at most this many events


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, template, context)


def pager(request: Request, total: int, limit: int, offset: int,
          param: str = "offset") -> dict[str, Any]:
    """Links to the previous and next page, keeping every other query value (``param``: the
    offset's name, when a page has several paged tables)."""
    params = dict(request.query_params)

    def link(at: int) -> str:
        return "?" + urlencode({**params, param: at, "limit": limit})

    return {"total": total, "first": offset + 1 if total else 0,
            "last": min(offset + limit, total),
            "prev": link(max(0, offset - limit)) if offset > 0 else None,
            "next": link(offset + limit) if offset + limit < total else None}


@router.get("/", response_class=HTMLResponse)
@router.get("/documents", response_class=HTMLResponse)
def home(request: Request, con=Depends(reading), q: Text = None, limit: Limit = PAGE,
         offset: Offset = 0):
    from factwire.store import read

    items, total = read.list_documents(con, q=q or None, limit=limit, offset=offset)
    counts = {**read.counts(con), "actors": read.count_actors(con)}
    return render(request, "documents.html", items=items, q=q or "", counts=counts,
                  page=pager(request, total, limit, offset))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def article(request: Request, doc_id: Annotated[str, Path(max_length=64)], con=Depends(reading)):
    from factwire.store import read

    doc = read.get_document(con, doc_id)
    if doc is None:
        return error_page(request, 404, "Document not found",
                          f"There is no document with id {doc_id!r} in this database.")
    story = read.story_of(con, doc.id)
    return render(request, "article.html", doc=doc, text_html=highlight.render_text(doc),
                  events=[event_view(doc, ev) for ev in doc.events],
                  quotes=[quote_view(doc, q) for q in doc.quotes],
                  claims=[c for c in doc.claims if c.status != "asserted"], story=story,
                  counts={k: sum(1 for h in highlight.highlights(doc) if h.kind == k)
                          for k in highlight.KINDS})


def _names(doc, ids: list[str]) -> list[str]:
    return [(e.name if (e := doc.entity(i)) else i) for i in ids]


def event_view(doc, ev) -> dict[str, Any]:
    """One event of the article for the side panel: names resolved, its source named."""
    claim = next((c for c in doc.claims if c.id == ev.claim), None)
    source = None
    if claim:
        source = (e.name if (e := doc.entity(claim.source)) else claim.source_text)
    return {"id": ev.id, "type": ev.type, "mode": ev.mode, "kind": plover.kind_of(ev.type),
            "actors": _names(doc, ev.actor), "recipients": _names(doc, ev.recipient),
            "date": event_date_label(doc, ev), "size": highlight.size_text(ev.size),
            "status": ev.status, "negated": ev.negated, "source": source or doc.publisher,
            "trigger": ev.trigger.text, "sentence": ev.sentence[0],
            "location": ev.location.name if ev.location else None}


def quote_view(doc, q) -> dict[str, Any]:
    speaker = (e.name if (e := doc.entity(q.speaker)) else q.speaker_text)
    return {"id": q.id, "text": q.text, "kind": q.kind, "speaker": speaker, "cue": q.cue}


# (sort key or None, header) of the events table; sort keys are store.read.EVENT_SORTS
EVENT_COLUMNS = [("date", "Date"), ("actor", "Actor"), ("type", "Event"),
                 ("recipient", "Recipient"), (None, "Size"), ("status", "Status"),
                 ("publisher", "Source")]


def sort_links(params: dict[str, Any], keys: list[str], current: str) -> dict[str, str]:
    """Each sortable column's link: its sort, or the reverse (``-key``) when it is the current
    one, so a second click on any header reverses it."""
    return {key: "?" + urlencode({**params, "sort": f"-{key}" if current == key else key})
            for key in keys}


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, con=Depends(reading), filters: EventFilters = Depends(event_filters),
           limit: Limit = PAGE, offset: Offset = 0, sort: EventSort = EventSort.date):
    from factwire.store import read

    try:
        items, total = read.list_events(con, **filters.__dict__, limit=limit, offset=offset,
                                        sort=sort.value)
    except ValueError as err:
        return error_page(request, 400, "Bad filter", str(err))
    params = {**filters.query(), "limit": limit}
    current = sort.value
    return render(request, "events.html", items=items, filters=filters, sort=current,
                  columns=EVENT_COLUMNS,
                  sort_links=sort_links(params, [k for k, _ in EVENT_COLUMNS if k], current),
                  csv_link="/api/events?" + urlencode({**params, "sort": current,
                                                       "format": "csv", "limit": CSV_ROWS}),
                  csv_rows=CSV_ROWS,
                  types=plover_types(), statuses=STATUSES,
                  switch="/merged-events?" + urlencode(filters.query()),
                  page=pager(request, total, limit, offset))


def plover_types() -> list[str]:
    groups = plover.table()["groups"]
    return groups["cooperative"]["types"] + groups["conflictual"]["types"]


# --- issue 15: timeline, network, merged events, dyads, map ---------------------------------

Bucket = Annotated[str, Query(pattern="^(auto|day|week|month|year)$")]


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, filters: EventFilters = Depends(event_filters),
             bucket: Bucket = "auto", view: View = "mentions"):
    return render(request, "timeline.html", bucket=bucket, filters=filters, types=plover_types(),
                  view=view, buckets=("auto", "day", "week", "month", "year"))


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, filters: EventFilters = Depends(event_filters),
            level: Annotated[str, Query(pattern="^(country|sector|entity)$")] = "country",
            view: View = "mentions",
            min_weight: Annotated[int, Query(ge=1, le=100_000)] = 1,
            limit: Annotated[int, Query(ge=1, le=2000)] = 150):
    return render(request, "network.html", groups=plover.table()["groups"], filters=filters,
                  types=plover_types(), level=level, view=view, min_weight=min_weight,
                  limit=limit)


@router.get("/merged-events", response_class=HTMLResponse)
def merged_events(request: Request, con=Depends(reading),
                  filters: EventFilters = Depends(event_filters), limit: Limit = PAGE,
                  offset: Offset = 0, sort: MergedSort = MergedSort.date):
    from factwire.store import read

    items, total = read.list_merged_events(con, **filters.__dict__, limit=limit,
                                           offset=offset, sort=sort.value)
    params = {**filters.query(), "limit": limit}
    return render(request, "merged_events.html", items=items, filters=filters,
                  mentions=read.merged_mentions(con, [m["merged_id"] for m in items]),
                  sort=sort.value, types=plover_types(), statuses=STATUSES,
                  sort_links={k: "?" + urlencode({**params, "sort": k}) for k in read.MERGED_SORTS},
                  switch="/events?" + urlencode(filters.query()),
                  page=pager(request, total, limit, offset))


@router.get("/dyads", response_class=HTMLResponse)
def dyads(request: Request, filters: EventFilters = Depends(event_filters),
          view: View = "mentions"):
    return render(request, "dyads.html", filters=filters, types=plover_types(), view=view)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, filters: EventFilters = Depends(event_filters),
             view: View = "mentions"):
    return render(request, "map.html", filters=filters, types=plover_types(), view=view)


# (sort key, header, numeric) of the actors table; sort keys are store.read.ACTOR_SORTS
ACTOR_COLUMNS = [("name", "Actor", False), ("code", "Code", False),
                 ("documents", "Documents", True), ("mentions", "Mentions", True),
                 ("as_actor", "As actor", True), ("as_recipient", "As recipient", True),
                 ("quotes", "Quotes", True), ("claims", "Claims", True)]


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, con=Depends(reading),
           filters: ActorFilters = Depends(actor_filters), limit: Limit = PAGE,
           offset: Offset = 0):
    from factwire.store import read

    items, total = read.list_actors(con, **filters.__dict__, limit=limit, offset=offset)
    params = {**filters.query(), "limit": limit}
    return render(request, "actors.html", items=items, filters=filters,
                  columns=ACTOR_COLUMNS, facets=read.actor_facets(con),
                  sort_links=sort_links(params, [c[0] for c in ACTOR_COLUMNS], filters.sort),
                  page=pager(request, total, limit, offset))


ACTOR_PAGE = 25  # rows per table on an actor's page


@router.get("/actors/{name}", response_class=HTMLResponse)
def actor(request: Request, name: Annotated[str, Path(max_length=200)], con=Depends(reading),
          events_as_actor: Offset = 0, events_as_recipient: Offset = 0, quotes: Offset = 0,
          claims: Offset = 0):
    from factwire.store import read

    profile = read.actor_profile(con, name)
    if not profile:
        return error_page(request, 404, "Actor not found",
                          f"No actor named {name!r} appears in this database.")
    offsets = {"events_as_actor": events_as_actor, "events_as_recipient": events_as_recipient,
               "quotes": quotes, "claims": claims}
    records = read.actor_records(con, name, limit=ACTOR_PAGE, offsets=offsets)
    pages = {k: pager(request, records[f"{k}_total"], ACTOR_PAGE, offsets[k], param=k)
             for k in read.ACTOR_RECORDS}
    sectors = []
    if profile["key"].upper() in {n["country"] for n in profile["names"]}:  # a whole country
        sectors = read.list_actors(con, country=profile["key"], show="all", limit=None)[0]
    return render(request, "actor.html", actor=profile, pages=pages, sectors=sectors,
                  **records)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, con=Depends(reading), q: Text = None, limit: Limit = 20,
           offset: Offset = 0):
    found = search_all(con, q or "", min(limit, 100), offset)
    return render(request, "search.html", q=q or "", found=found,
                  page=pager(request, found["documents"]["total"], min(limit, 100), offset))


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request, con=Depends(reading), limit: Limit = PAGE, offset: Offset = 0):
    from factwire.store import read

    items, total = read.list_stories(con, limit=limit, offset=offset)
    return render(request, "stories.html", items=items, page=pager(request, total, limit, offset))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: Annotated[str, Path(max_length=64)], con=Depends(reading)):
    from factwire.store import read

    found = read.get_story(con, story_id)
    if not found:
        return error_page(request, 404, "Story not found", f"There is no story {story_id!r}.")
    return render(request, "story.html", story=found,
                  merged=read.story_merged_events(con, story_id))
