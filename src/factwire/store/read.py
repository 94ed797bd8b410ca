"""The query layer shared by the CLI and the web app: every read of the database goes here.

Functions take an open connection (read-only is enough) and keyword filters, and return plain
dicts (``list_*`` also return the total number of matches, for paging). Every user value
reaches SQL as a parameter; sort orders are chosen from fixed lists.
"""

from __future__ import annotations

from typing import Any

from factwire.model import Document
from factwire.store.db import Connection, scalar
from factwire.store.db import fetch_dicts as _fetch

Rows = list[dict[str, Any]]


class Filters:
    """SQL conditions and their parameters, built together so they never drift apart."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.params: list[Any] = []

    def add(self, condition: str, *params: Any) -> None:
        self.conditions.append(condition)
        self.params.extend(params)

    @property
    def where(self) -> str:
        return " WHERE " + " AND ".join(self.conditions) if self.conditions else ""


def _page(con: Connection, select: str, source: str, filters: Filters, order: str,
          limit: int | None, offset: int) -> tuple[Rows, int]:
    total = scalar(con, f"SELECT count(*) FROM {source}{filters.where}", filters.params)
    sql = f"SELECT {select} FROM {source}{filters.where} ORDER BY {order}"
    params = list(filters.params)
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return _fetch(con, sql, params), total


def _page_once(con: Connection, select: str, source: str, filters: Filters, order: str,
               limit: int | None, offset: int) -> tuple[Rows, int]:
    """``_page`` in one query, the total riding along as a window count: for sources that are
    costly to compute twice (aggregates, joins)."""
    sql = (f"SELECT {select}, count(*) OVER () AS _total FROM {source}{filters.where} "
           f"ORDER BY {order}")
    params = list(filters.params)
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    rows = _fetch(con, sql, params)
    if not rows and offset:  # past the end: the total still has to be told
        return rows, scalar(con, f"SELECT count(*) FROM {source}{filters.where}",
                            filters.params)
    total = rows[0]["_total"] if rows else 0
    for row in rows:
        del row["_total"]
    return rows, total


def _one(con: Connection, sql: str, params: list[Any]) -> dict[str, Any] | None:
    """The first row of a query, or None when there is none."""
    rows = _fetch(con, sql, params)
    return rows[0] if rows else None


def _sort(sort: str, choices: dict[str, str]) -> str:
    if sort not in choices:
        raise ValueError(f"unknown sort {sort!r}; choose one of {', '.join(choices)}")
    return choices[sort]


def _statuses(status: str | list[str] | None) -> list[str] | None:
    if status is None:
        return None
    parts = status.split(",") if isinstance(status, str) else status
    return [s.strip().lower() for s in parts if s.strip()] or None


def is_code(value: str) -> bool:
    """A CAMEO-style country or IGO code (PRK, USA, NATO) rather than a name: 2-4 capitals."""
    return value.isalpha() and value.isupper() and 2 <= len(value) <= 4


LIKE = "ILIKE ? ESCAPE '\\'"  # every substring filter: the value comes from ``contains``


def contains(value: str) -> str:
    """An ILIKE pattern matching ``value`` anywhere, its ``%``, ``_`` and ``\\`` taken literally
    (they are wildcards and the escape in LIKE; ``q=_`` must not match every row)."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# Names of the entities some mention calls exactly this (``Pyongyang`` → North Korea).
_ALIAS_NAMES = ("(SELECT coalesce(list(DISTINCT e.name), []) FROM mentions m JOIN entities e "
                "USING (doc_id, entity_id) WHERE lower(m.text) = lower(?))")
_KNOWN_COUNTRY = "upper(?) IN (SELECT country FROM entities WHERE country IS NOT NULL)"


def party(codes: str, names: str, value: str) -> tuple[str, list[Any]]:
    """The one "who" predicate of every filter (actor, recipient, speaker, actors' q).

    ``codes``/``names`` are SQL list expressions. A value that is a country code in the
    database, in any case (``prk``), matches the codes exactly; anything else matches part of a
    name, or a name some mention was written as (an alias: ``Pyongyang``).
    """
    value = value.strip()
    sql = (f"(CASE WHEN {_KNOWN_COUNTRY} THEN list_contains({codes}, upper(?)) "
           f"ELSE len(list_filter({names}, lambda x: x {LIKE})) > 0 "
           f"OR list_has_any({names}, {_ALIAS_NAMES}) END)")
    return sql, [value, value, contains(value), value]


def _party(filters: Filters, codes: str, names: str, value: str | None) -> None:
    if value and value.strip():
        sql, params = party(codes, names, value)
        filters.add(sql, *params)


# --- events -------------------------------------------------------------------------------

EVENT_SORTS = {
    # by the first day the event's own date covers (a year-only date sorts by its year)
    "date": "coalesce(period_start, day) DESC NULLS LAST, doc_id, event_id",
    "date_asc": "coalesce(period_start, day) ASC NULLS LAST, doc_id, event_id",
    "type": "type, day DESC NULLS LAST, doc_id, event_id",
    "actor": "actor_names[1] NULLS LAST, day DESC NULLS LAST, doc_id, event_id",
    "recipient": "recipient_names[1] NULLS LAST, day DESC NULLS LAST, doc_id, event_id",
    "status": "status, day DESC NULLS LAST, doc_id, event_id",
    "publisher": "publisher NULLS LAST, day DESC NULLS LAST, doc_id, event_id",
}
MERGED_SORTS = {
    "date": "first_day DESC NULLS LAST, merged_id",
    "date_asc": "first_day ASC NULLS LAST, merged_id",
    "type": "type, first_day DESC NULLS LAST, merged_id",
    "mentions": "num_mentions DESC, num_stories DESC, merged_id",
    "stories": "num_stories DESC, num_mentions DESC, merged_id",
}

EVENT_COLUMNS = (
    "doc_id, event_id, day, type, mode, actor_codes, actor_names, recipient_codes, "
    "recipient_names, status, negated, trigger_text, event_text, date_value, date_text, "
    "location_name, location_country, size_low, size_high, size_unit, context, claim_id, "
    "publisher, published_date, trigger_start, trigger_end, sentence_start, sentence_end, "
    "date_precision, coalesce(period_start, day) AS period_start, "
    "coalesce(period_end, day) AS period_end, score, location_lat, location_lon, location_admin1"
)


# Where the event filters look: an event row, or a merged event spanning several days.
# An event's own date covers period_start..period_end (a year-only date, the whole year), and
# since/until keep the events whose period lies inside the range: "last" is compared with
# since, "first" with until.
_EVENT_FIELDS = {"first": "coalesce(period_end, day)", "last": "coalesce(period_start, day)",
                 "status": "list_contains(?, status)", "doc": "doc_id = ?",
                 "score": "coalesce(score, 1.0) >= ?", "place": "location_name = ?"}
_MENTIONS_WHERE = ("merged_id IN (SELECT m.merged_id FROM merged_event_mentions m "
                   "JOIN events e USING (doc_id, event_id) WHERE {})")
_MERGED_FIELDS = {"first": "first_day", "last": "coalesce(last_day, first_day)",
                  "status": "len(list_intersect(statuses, ?)) > 0",
                  "doc": "merged_id IN (SELECT merged_id FROM merged_event_mentions "
                         "WHERE doc_id = ?)",
                  # a merged event passes when one of its mentions does
                  "score": _MENTIONS_WHERE.format("coalesce(e.score, 1.0) >= ?"),
                  "place": _MENTIONS_WHERE.format("e.location_name = ?")}


def _event_filters(fields: dict[str, str], actor: str | None, recipient: str | None,
                   type: str | None, since: str | None, until: str | None,
                   status: str | list[str] | None, doc_id: str | None,
                   min_score: float | None = None, place: str | None = None) -> Filters:
    f = Filters()
    _party(f, "actor_codes", "actor_names", actor)
    _party(f, "recipient_codes", "recipient_names", recipient)
    if type:
        f.add("type = upper(?)", type.strip())
    if since:
        f.add(f"{fields['last']} >= CAST(? AS DATE)", since)
    if until:
        f.add(f"{fields['first']} <= CAST(? AS DATE)", until)
    if statuses := _statuses(status):
        f.add(fields["status"], statuses)
    if doc_id:
        f.add(fields["doc"], doc_id)
    if min_score is not None:  # an unscored event (NULL) counts as certain
        f.add(fields["score"], min_score)
    if place:
        f.add(fields["place"], place)
    return f


def list_events(
    con: Connection, *, actor: str | None = None, recipient: str | None = None,
    type: str | None = None, since: str | None = None, until: str | None = None,
    status: str | list[str] | None = None, merged: bool = False, doc_id: str | None = None,
    limit: int | None = 100, offset: int = 0, sort: str = "date",
    min_score: float | None = None, place: str | None = None,
) -> tuple[Rows, int]:
    """Events (or merged events with ``merged=True``) matching every given filter.

    ``actor``/``recipient``: a code in capitals (PRK) or part of a name (korea); ``status``: a
    list or a comma-separated string (confirmed,reported); ``since``/``until``: ISO dates,
    inclusive, matched against the days the event's own date covers; ``min_score``: the
    coder's confidence (unscored events pass); ``place``: the event's place name, exactly.
    """
    if merged:
        return list_merged_events(con, actor=actor, recipient=recipient, type=type, since=since,
                                  until=until, status=status, doc_id=doc_id, limit=limit,
                                  offset=offset, sort=sort, min_score=min_score, place=place)
    f = _event_filters(_EVENT_FIELDS, actor, recipient, type, since, until, status, doc_id,
                       min_score, place)
    return _page(con, EVENT_COLUMNS, "events", f, sort_order(sort, EVENT_SORTS), limit, offset)


def list_merged_events(
    con: Connection, *, actor: str | None = None, recipient: str | None = None,
    type: str | None = None, since: str | None = None, until: str | None = None,
    status: str | list[str] | None = None, doc_id: str | None = None,
    limit: int | None = 100, offset: int = 0, sort: str = "date",
    min_score: float | None = None, place: str | None = None,
) -> tuple[Rows, int]:
    """Merged events (one per real-world event) with their mention/article/source counts;
    filters as in ``list_events`` (a merged event matches if any of its statuses does)."""
    f = _event_filters(_MERGED_FIELDS, actor, recipient, type, since, until, status, doc_id,
                       min_score, place)
    return _page(con, "*", "merged_events", f, _sort(sort, MERGED_SORTS), limit, offset)


def get_merged_event(con: Connection, merged_id: str) -> dict[str, Any] | None:
    """One merged event with every mention (document, publisher, sentence, story)."""
    merged = _one(con, "SELECT * FROM merged_events WHERE merged_id = ?", [merged_id])
    if merged is None:
        return None
    merged["mentions"] = _fetch(
        con,
        "SELECT m.doc_id, m.event_id, m.story_id, d.title, d.publisher, d.published_date, "
        "d.source_url, e.day, e.status, e.event_text, e.trigger_text "
        "FROM merged_event_mentions m JOIN events e USING (doc_id, event_id) "
        "JOIN documents d USING (doc_id) WHERE m.merged_id = ? "
        "ORDER BY d.published_date NULLS LAST, m.doc_id, m.event_id",
        [merged_id],
    )
    return merged


# --- quotes, actors -------------------------------------------------------------------------


def list_quotes(
    con: Connection, *, speaker: str | None = None, doc_id: str | None = None,
    q: str | None = None, limit: int | None = 100, offset: int = 0,
) -> tuple[Rows, int]:
    """Quotes; ``speaker`` matches a country code or part of the speaker's name or words."""
    f = Filters()
    _party(f, "[speaker_country]", "[speaker_name, speaker_text]", speaker)
    if doc_id:
        f.add("doc_id = ?", doc_id)
    if q:
        f.add(f"text {LIKE}", contains(q))
    return _page(
        con,
        "doc_id, quote_id, speaker_name, speaker_text, speaker_country, speaker_sector, kind, "
        "cue, text, medium, published_date, span_start, span_end",
        "quotes", f, "published_date DESC NULLS LAST, doc_id, span_start", limit, offset,
    )


# An actor is an entity CODE: its country and sector (USA GOV, PRK, and MIL for soldiers of no
# known country), the way CAMEO/PLOVER code actors, so the United States is counted once
# however each article named it; the names it was seen as are listed with it. An entity with
# neither country nor sector has no code and stands alone under its name.
_ACTOR_GROUP = "country, sector, CASE WHEN country IS NULL AND sector IS NULL THEN lower(name) END"
_ENTITY_KEY = ("coalesce(country, '') || coalesce(sector, '') || "
               "CASE WHEN country IS NULL AND sector IS NULL THEN '~' || lower(name) ELSE '' END")

ACTOR_SORTS = {  # column → ORDER BY; "-column" reverses (the header's second click)
    "activity": "activity DESC, documents DESC, mentions DESC, key",
    "code": "code NULLS LAST, name, key",
    "name": "lower(name), key",
    "documents": "documents DESC, mentions DESC, key",
    "mentions": "mentions DESC, documents DESC, key",
    "as_actor": "as_actor DESC, activity DESC, key",
    "as_recipient": "as_recipient DESC, activity DESC, key",
    "quotes": "quotes DESC, activity DESC, key",
    "claims": "claims DESC, activity DESC, key",
}
ACTOR_SHOW = {  # which actors a list shows
    "active": "activity > 0",  # take part in events or speak (the default)
    "events": "as_actor + as_recipient > 0",
    "all": "true",
}


def _split_first(order: str) -> tuple[str, str]:
    """An ORDER BY split after its first key, at the first comma outside parentheses."""
    depth = 0
    for i, ch in enumerate(order):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            return order[:i], order[i + 1:]
    return order, ""


def _reverse(order: str) -> str:
    """An ORDER BY with its first (clicked) column's direction flipped; empty values stay
    last and the tie-breakers keep their order."""
    first, rest = _split_first(order)
    first, nulls = first.strip(), ""
    if first.endswith(" NULLS LAST"):
        first, nulls = first[:-len(" NULLS LAST")], " NULLS LAST"
    if first.endswith(" DESC"):
        first = first[:-len(" DESC")]
    else:
        first = first.removesuffix(" ASC") + " DESC"
    return first + nulls + ("," + rest if rest else "")


def sort_order(sort: str, choices: dict[str, str]) -> str:
    """``choices[sort]``, or reversed for ``-sort``; ValueError names the choices."""
    if sort.startswith("-") and sort[1:] in choices:
        return _reverse(choices[sort[1:]])
    return _sort(sort, choices)


def _actor_rows(entity_filter: Filters) -> tuple[str, list[Any]]:
    """One row per actor (see above) over the entities ``entity_filter`` keeps, with its names,
    kinds, documents, mentions, events as actor and recipient, quotes spoken, claims sourced."""
    sql = (
        "(WITH ent AS MATERIALIZED (SELECT doc_id, entity_id, name, kind, country, sector, "
        "num_mentions, " + _ENTITY_KEY + " AS key FROM entities" + entity_filter.where + "), "
        "roles AS (SELECT key, count(*) FILTER (WHERE role = 'actor') AS as_actor, "
        "count(*) FILTER (WHERE role = 'recipient') AS as_recipient FROM (SELECT DISTINCT "
        "e.key, a.doc_id, a.event_id, a.role FROM event_actors a JOIN ent e "
        "USING (doc_id, entity_id)) GROUP BY key), "
        "spoke AS (SELECT e.key, count(*) AS quotes FROM quotes q JOIN ent e "
        "ON q.doc_id = e.doc_id AND q.speaker_id = e.entity_id GROUP BY 1), "
        "sourced AS (SELECT e.key, count(*) AS claims FROM claims c JOIN ent e "
        "ON c.doc_id = e.doc_id AND c.source_id = e.entity_id GROUP BY 1), "
        "named AS (SELECT key, list(name ORDER BY n DESC, name) AS names FROM (SELECT key, name, "
        "sum(num_mentions) AS n FROM ent GROUP BY key, name) GROUP BY key), "
        "grouped AS (SELECT key, any_value(country) AS country, any_value(sector) AS sector, "
        "list(DISTINCT kind ORDER BY kind) FILTER (WHERE kind IS NOT NULL) AS kinds, "
        "count(DISTINCT doc_id) AS documents, sum(num_mentions) AS mentions "
        "FROM ent GROUP BY key) "
        "SELECT g.key, nullif(coalesce(g.country, '') || coalesce(g.sector, ''), '') AS code, "
        "g.country, g.sector, n.names[1] AS name, n.names, g.kinds, g.kinds[1] AS kind, "
        "g.documents, g.mentions, coalesce(r.as_actor, 0) AS as_actor, "
        "coalesce(r.as_recipient, 0) AS as_recipient, coalesce(s.quotes, 0) AS quotes, "
        "coalesce(c.claims, 0) AS claims, "
        "coalesce(r.as_actor, 0) + coalesce(r.as_recipient, 0) + coalesce(s.quotes, 0) "
        "AS activity FROM grouped g JOIN named n USING (key) LEFT JOIN roles r USING (key) "
        "LEFT JOIN spoke s USING (key) LEFT JOIN sourced c USING (key))"
    )
    return sql, entity_filter.params


def _entity_match(con: Connection, key: str) -> tuple[str, list[Any]]:
    """The entities an actor key stands for, as a condition on ``entities``: a country code
    (any sector, any case: ``prk``), a country+sector code (``USAGOV``), else a name or an
    alias (a mention's text), exactly but for case. Resolved here once, so the queries that
    use it stay simple."""
    key = key.strip()
    code = key.upper()
    if scalar(con, "SELECT count(*) FROM entities WHERE country = ?", [code]):
        return "country = ?", [code]
    if scalar(con, f"SELECT count(*) FROM entities WHERE {_CODE} = ?", [code]):
        return f"{_CODE} = ?", [code]
    names = scalar(con, f"SELECT list_distinct(list_concat({_ALIAS_NAMES}, (SELECT "
                        "coalesce(list(DISTINCT name), []) FROM entities "
                        "WHERE lower(name) = lower(?))))", [key, key])
    return "list_contains(?, name)", [names or []]


_CODE = "coalesce(country, '') || coalesce(sector, '')"


def count_actors(con: Connection) -> int:
    """How many actors (codes, and uncoded names) the database names in all."""
    return scalar(con, f"SELECT count(DISTINCT {_ENTITY_KEY}) FROM entities")


def list_actors(
    con: Connection, *, country: str | None = None, sector: str | None = None,
    kind: str | None = None, q: str | None = None, show: str = "active",
    sort: str = "activity", limit: int | None = 100, offset: int = 0,
) -> tuple[Rows, int]:
    """Actors (one per country+sector code, with the names each was seen as), most active
    first: events as actor or recipient plus quotes spoken.

    ``kind``/``country``/``sector`` keep only those entities; ``q`` keeps actors one of whose
    entities matches it (code in any case, part of a name, or an alias); ``show``: ``active``
    (takes part in events or speaks), ``events`` or ``all``; ``sort``: an ``ACTOR_SORTS`` key,
    ``-key`` reversed.
    """
    entities = Filters()
    if country:
        entities.add("country = upper(?)", country.strip())
    if sector:
        entities.add("sector = upper(?)", sector.strip())
    if kind:
        entities.add("kind = lower(?)", kind.strip())
    source, params = _actor_rows(entities)
    f = Filters()
    f.params.extend(params)  # the source's own parameters come first in the SQL text
    f.add(_sort(show, ACTOR_SHOW))
    if q and q.strip():
        match, match_params = party("[country, country || coalesce(sector, '')]", "[name]", q)
        f.add(f"key IN (SELECT {_ENTITY_KEY} FROM entities WHERE {match})", *match_params)
    return _page_once(con, "*", source + " AS actors", f, sort_order(sort, ACTOR_SORTS),
                      limit, offset)


def actor_facets(con: Connection) -> dict[str, list[str]]:
    """The kinds, countries and sectors entities have, for the actors page's filters."""
    return {col: [r[0] for r in con.execute(
        f"SELECT DISTINCT {col} FROM entities WHERE {col} IS NOT NULL ORDER BY 1").fetchall()]
        for col in ("kind", "country", "sector")}


def actor_profile(con: Connection, key: str) -> dict[str, Any] | None:
    """What the database knows about one actor key (``_entity_match``): the entities it covers
    with their counts and the texts they were written as, documents, events as actor and as
    recipient by type, its most frequent counterparts, how many quotes and claims are its.
    None when no entity matches."""
    match, params = _entity_match(con, key)
    ent = f"(SELECT * FROM entities WHERE {match})"
    names = _fetch(
        con,
        f"SELECT name, country, sector, kind, count(DISTINCT doc_id) AS documents, "
        f"sum(num_mentions) AS mentions FROM {ent} GROUP BY ALL "
        f"ORDER BY documents DESC, mentions DESC, name", params)
    if not names:
        return None
    aliases = _fetch(
        con, f"SELECT m.text, count(*) AS n FROM mentions m JOIN {ent} e USING (doc_id, entity_id) "
        "GROUP BY m.text ORDER BY n DESC, m.text LIMIT 40", params)
    roles: dict[str, Any] = {}
    for role in ("actor", "recipient"):
        roles[f"as_{role}"] = _fetch(
            con,
            f"SELECT v.type, count(DISTINCT v.doc_id || '/' || v.event_id) AS events "
            f"FROM events v JOIN event_actors a USING (doc_id, event_id) JOIN {ent} e "
            f"USING (doc_id, entity_id) WHERE a.role = ? GROUP BY v.type "
            f"ORDER BY events DESC, v.type", [*params, role])
    counterparts = _fetch(
        con,
        f"SELECT b.name, b.country, b.role, count(*) AS events FROM event_actors a "
        f"JOIN {ent} e USING (doc_id, entity_id) JOIN event_actors b "
        f"ON b.doc_id = a.doc_id AND b.event_id = a.event_id "
        f"WHERE a.role <> b.role GROUP BY b.name, b.country, b.role "
        f"ORDER BY events DESC, b.name LIMIT 10", params)
    codes = sorted({(n["country"] or "") + (n["sector"] or "") for n in names} - {""})
    by_code = key.strip().upper() in {*codes, *(n["country"] for n in names)}
    return {
        "key": key.strip(), "codes": codes, "names": names,
        "title": key.strip().upper() if by_code else names[0]["name"],
        "aliases": [a["text"] for a in aliases],
        "documents": scalar(con, f"SELECT count(DISTINCT doc_id) FROM {ent}", params),
        **roles, "counterparts": counterparts,
    }


ACTOR_RECORDS = ("events_as_actor", "events_as_recipient", "quotes", "claims")


def actor_records(con: Connection, key: str, *, limit: int | None = 200,
                  offsets: dict[str, int] | None = None) -> dict[str, Rows | int]:
    """An actor's events as actor and as recipient, its quotes and the claims sourced to it,
    a page of each (``offsets`` per ``ACTOR_RECORDS`` name), with ``<name>_total`` counts.

    ``key`` as in ``actor_profile``.
    """
    offsets = offsets or {}
    match, params = _entity_match(con, key)
    mine = f"SELECT doc_id, entity_id FROM entities WHERE {match}"
    found: dict[str, Rows | int] = {}

    def page(name: str, select: str, source: str, where: str, order: str,
             extra: list[Any]) -> None:
        f = Filters()
        f.add(where, *params, *extra)
        rows, total = _page_once(con, select, source, f, order, limit, offsets.get(name, 0))
        found[name], found[f"{name}_total"] = rows, total

    for role in ("actor", "recipient"):
        page(f"events_as_{role}", EVENT_COLUMNS, "events",
             "(doc_id, event_id) IN (SELECT a.doc_id, a.event_id FROM event_actors a "
             f"JOIN ({mine}) m USING (doc_id, entity_id) WHERE a.role = ?)",
             "day DESC NULLS LAST, doc_id, event_id", [role])
    page("quotes", "doc_id, quote_id, speaker_name, speaker_text, kind, cue, text, "
         "published_date", "quotes", f"(doc_id, speaker_id) IN ({mine})",
         "published_date DESC NULLS LAST, doc_id, span_start", [])
    page("claims", "doc_id, claim_id, status, source_name, source_text, cue, text", "claims",
         f"(doc_id, source_id) IN ({mine})", "doc_id, span_start", [])
    return found


# --- documents and stories ------------------------------------------------------------------


def list_documents(
    con: Connection, *, q: str | None = None, publisher: str | None = None,
    story_id: str | None = None, limit: int | None = 100, offset: int = 0,
) -> tuple[Rows, int]:
    """Documents, newest first; ``q`` searches title and text (case-insensitive substring)."""
    f = Filters()
    if q:
        f.add(f"(title {LIKE} OR text {LIKE})", contains(q), contains(q))
    if publisher:
        f.add(f"publisher {LIKE}", contains(publisher))
    if story_id:
        f.add("doc_id IN (SELECT doc_id FROM story_documents WHERE story_id = ?)", story_id)
    select = (
        "doc_id, title, published, published_date, publisher, source_kind, source_path, "
        "source_url, num_words, language, "
        "(SELECT count(*) FROM events e WHERE e.doc_id = documents.doc_id) AS events, "
        "(SELECT count(*) FROM quotes q WHERE q.doc_id = documents.doc_id) AS quotes, "
        "(SELECT story_id FROM story_documents s WHERE s.doc_id = documents.doc_id) AS story_id"
    )
    return _page(con, select, "documents", f, "published_date DESC NULLS LAST, doc_id",
                 limit, offset)


def document_titles(con: Connection, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Title, publisher and source URL of each of these documents, by id."""
    rows = _fetch(con, "SELECT doc_id, title, publisher, source_url FROM documents "
                       "WHERE list_contains(?, doc_id)", [sorted(set(doc_ids))])
    return {r["doc_id"]: r for r in rows}


def get_document(con: Connection, doc_id: str) -> Document | None:
    """The full Document, exactly as it was stored (its JSON)."""
    text = scalar(con, "SELECT json FROM documents WHERE doc_id = ?", [doc_id])
    return Document.from_json(text) if text else None


def list_stories(
    con: Connection, *, min_documents: int = 1, q: str | None = None,
    limit: int | None = 100, offset: int = 0,
) -> tuple[Rows, int]:
    """Stories, largest and newest first."""
    f = Filters()
    if min_documents > 1:
        f.add("num_documents >= ?", min_documents)
    if q:
        f.add(f"title {LIKE}", contains(q))
    return _page(con, "*", "stories", f,
                 "num_documents DESC, last_published DESC NULLS LAST, story_id", limit, offset)


def get_story(con: Connection, story_id: str) -> dict[str, Any] | None:
    """One story with its documents (similarity to the first, near-duplicate marks)."""
    story = _one(con, "SELECT * FROM stories WHERE story_id = ?", [story_id])
    if story is None:
        return None
    story["documents"] = _fetch(
        con,
        "SELECT s.doc_id, s.similarity, s.near_duplicate_of, d.title, d.publisher, "
        "d.published_date, d.source_url, d.source_path FROM story_documents s "
        "JOIN documents d USING (doc_id) WHERE s.story_id = ? "
        "ORDER BY d.published_date NULLS LAST, s.similarity DESC, s.doc_id",
        [story_id],
    )
    return story


def counts(con: Connection) -> dict[str, int]:
    """How many rows each main table holds (for summaries and the web front page)."""
    tables = ("documents", "entities", "quotes", "claims", "events", "stories", "merged_events",
              "errors")
    return {t: scalar(con, f"SELECT count(*) FROM {t}") for t in tables}


READ_STATEMENTS = {"SELECT", "EXPLAIN"}


def run_sql(con: Connection, sql: str, limit: int | None = None) -> tuple[list[str], Rows]:
    """Run one user SQL read statement (SELECT, WITH, SHOW, DESCRIBE, SUMMARIZE, EXPLAIN).

    Anything else is refused here before it runs; the connection should come from
    ``db.open_query_db`` (read-only, no file access), which refuses writes by itself too.
    Raises ``FactwireError`` with DuckDB's message for bad SQL.
    """
    import duckdb

    from factwire.model import FactwireError

    try:
        statements = duckdb.extract_statements(sql)
        kinds = [s.type.name for s in statements]
        if len(kinds) != 1 or kinds[0] not in READ_STATEMENTS:
            raise FactwireError("query", "only one read statement (SELECT, WITH, SHOW, "
                                f"DESCRIBE, EXPLAIN) is allowed, not {', '.join(kinds) or 'none'}",
                                "query")
        cursor = con.execute(sql)
        names = [c[0] for c in cursor.description or []]
        raw = cursor.fetchmany(limit) if limit is not None else cursor.fetchall()
    except duckdb.Error as err:
        raise FactwireError("query", str(err), "query") from err
    return names, [dict(zip(names, row, strict=True)) for row in raw]


# --- web additions (issue 8) ----------------------------------------------------------------

_BUCKETS = {"day": "day", "week": "week"}


def event_counts(con: Connection, *, bucket: str = "day", **filters: Any) -> Rows:
    """Events per day (or per week, by its Monday) and type, for the timeline; undated left out.

    ``filters`` are ``list_events``'s (actor, recipient, type, since, until, status, doc_id).
    """
    unit = _sort(bucket, _BUCKETS)
    f = _event_filters(_EVENT_FIELDS, **_only_filters(filters))
    f.add("day IS NOT NULL")
    return _fetch(
        con,
        f"SELECT CAST(date_trunc('{unit}', day) AS DATE) AS period, type, count(*) AS count "
        f"FROM events{f.where} GROUP BY ALL ORDER BY period, type", f.params,
    )


def _only_filters(filters: dict[str, Any]) -> dict[str, Any]:
    names = ("actor", "recipient", "type", "since", "until", "status", "doc_id", "min_score",
             "place")
    return {n: filters.get(n) for n in names}


def event_edges(con: Connection, *, limit: int = 300, **filters: Any) -> Rows:
    """Who did what to whom: one row per actor name, recipient name and type, with its count.

    ``filters`` are ``list_events``'s; negated events ("did not attack") are no edge.
    """
    f = _event_filters(_EVENT_FIELDS, **_only_filters(filters))
    f.add("NOT coalesce(negated, false)")
    return _fetch(
        con,
        "SELECT a.name AS actor, any_value(a.country) AS actor_country, r.name AS recipient, "
        "any_value(r.country) AS recipient_country, e.type, count(*) AS count "
        f"FROM (SELECT doc_id, event_id, type FROM events{f.where}) AS e "
        "JOIN event_actors a ON a.doc_id = e.doc_id AND a.event_id = e.event_id "
        "AND a.role = 'actor' JOIN event_actors r ON r.doc_id = e.doc_id "
        "AND r.event_id = e.event_id AND r.role = 'recipient' "
        "WHERE a.name IS NOT NULL AND r.name IS NOT NULL "
        "GROUP BY a.name, r.name, e.type ORDER BY count DESC, actor, recipient, e.type LIMIT ?",
        [*f.params, limit],
    )


def story_of(con: Connection, doc_id: str) -> dict[str, Any] | None:
    """The story a document belongs to (None before stories are computed)."""
    return _one(con, "SELECT s.* FROM stories s JOIN story_documents d USING (story_id) "
                "WHERE d.doc_id = ?", [doc_id])


def story_merged_events(con: Connection, story_id: str) -> Rows:
    """The merged events mentioned in one story's articles, most reported first."""
    return _fetch(
        con,
        "SELECT * FROM merged_events WHERE merged_id IN (SELECT merged_id "
        "FROM merged_event_mentions WHERE story_id = ?) "
        "ORDER BY num_articles DESC, first_day NULLS LAST, merged_id", [story_id],
    )


# --- web additions (issue 15): true dates, merged view, dyads, map, aggregated network ------

# Events scored below this are hidden by the workbench unless asked for (unscored count as 1).
DEFAULT_MIN_SCORE = 0.5
BUCKETS = ("day", "week", "month", "year")  # timeline bins, finest first
# an event's date stands in for nothing of its own: the publication day was used
STANDS_IN = ("(date_precision IN ('relative', 'publication') OR date_precision IS NULL) "
             "AND coalesce(period_start, day) = coalesce(period_end, day)")


_PRECISION_RANK = ("CASE date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 "
                   "WHEN 'year' THEN 2 WHEN 'relative' THEN 3 ELSE 4 END")


def _filtered_events(filters: dict[str, Any], merged: bool = False,
                     one_per_event: bool = False) -> tuple[str, list[Any]]:
    """A subquery of the events the filters keep, each with ``event_key``: the event itself,
    or with ``merged`` the merged event it belongs to (so counts are of real-world events).
    ``one_per_event`` keeps one mention per merged event — its best-dated — so a chart puts
    each real-world event at one date."""
    f = _event_filters(_EVENT_FIELDS, **_only_filters(filters))
    key = ("coalesce(m.merged_id, events.doc_id || '/' || events.event_id)" if merged
           else "events.doc_id || '/' || events.event_id")
    one = (f" QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY {_PRECISION_RANK}, "
           "coalesce(period_start, day) NULLS LAST, doc_id, event_id) = 1"
           if merged and one_per_event else "")
    return (
        f"(SELECT events.*, {key} AS event_key, coalesce(period_start, day) AS first, "
        f"coalesce(period_end, day) AS last, {STANDS_IN} AS stands_in FROM events "
        f"LEFT JOIN merged_event_mentions m USING (doc_id, event_id){f.where}{one}) AS ev",
        f.params,
    )


def event_range(con: Connection, *, merged: bool = False, **filters: Any) -> tuple[Any, Any]:
    """The first and last day the selected events' dates cover (None, None when none)."""
    source, params = _filtered_events(filters, merged)
    row = con.execute(f"SELECT min(first), max(last) FROM {source}", params).fetchone()
    return row[0], row[1]


def auto_bucket(first, last) -> str:
    """The bin that keeps a timeline readable: days up to three months, weeks up to two years,
    months up to twenty years, years beyond."""
    if first is None or last is None:
        return "day"
    days = (last - first).days
    return "day" if days <= 92 else "week" if days <= 731 else "month" if days <= 7305 else "year"


def timeline_bins(con: Connection, *, bucket: str, merged: bool = False,
                  **filters: Any) -> dict[str, Rows]:
    """Events per bin and type, for a chart on a true time axis.

    ``bars``: the events whose date falls in one bin (``period``, ``type``, ``stands_in`` — the
    publication day stood in for a date — and ``count``); ``spans``: those whose own date is
    coarser than a bin (a year-only date when binning by month), as ``first``/``last`` day,
    precision and count, never put on one day of it.
    """
    unit = BUCKETS[BUCKETS.index(_sort(bucket, {b: b for b in BUCKETS}))]
    source, params = _filtered_events(filters, merged, one_per_event=True)
    fits = f"date_trunc('{unit}', first) = date_trunc('{unit}', last)"
    bars = _fetch(
        con,
        f"SELECT CAST(date_trunc('{unit}', first) AS DATE) AS period, type, stands_in, "
        f"count(DISTINCT event_key) AS count FROM {source} WHERE first IS NOT NULL AND {fits} "
        "GROUP BY ALL ORDER BY period, type", params,
    )
    spans = _fetch(
        con,
        "SELECT first, last, coalesce(date_precision, 'day') AS precision, "
        f"count(DISTINCT event_key) AS count FROM {source} WHERE first IS NOT NULL "
        f"AND NOT ({fits}) GROUP BY ALL ORDER BY first, last", params,
    )
    return {"bars": bars, "spans": spans}


def merged_mentions(con: Connection, merged_ids: list[str]) -> dict[str, Rows]:
    """Every mention of some merged events, by merged id: its article, publisher, sentence."""
    found: dict[str, Rows] = {i: [] for i in merged_ids}
    if not merged_ids:
        return found
    for row in _fetch(
        con,
        # the day as text: a syndicated story can have hundreds of mentions, and JSON
        # encoders are slow on date objects
        "SELECT m.merged_id, e.doc_id, e.event_id, e.sentence_start, e.trigger_text, "
        "e.status, e.date_precision, e.publisher, d.title, "
        "CAST(d.published_date AS VARCHAR) AS published_date "
        "FROM (SELECT unnest(?) AS merged_id) AS wanted JOIN merged_event_mentions m "
        "USING (merged_id) JOIN events e USING (doc_id, event_id) JOIN documents d "
        "USING (doc_id) ORDER BY d.published_date NULLS LAST, e.doc_id, e.sentence_start",
        [merged_ids],
    ):
        found[row["merged_id"]].append(row)
    return found


def dyad_counts(con: Connection, *, merged: bool = False, limit: int = 100,
                **filters: Any) -> dict[str, Any]:
    """Actor country x recipient country: events per pair (an event with two actor countries
    counts for each), by type; plus how many selected events lack a country on a side."""
    source, params = _filtered_events(filters, merged)
    pairs = (f"(SELECT *, unnest(recipient_codes) AS recipient_country FROM (SELECT *, "
             f"unnest(actor_codes) AS actor_country FROM {source}) AS a) AS pairs")
    # one pass by pair and type: an event has one type, so a pair's count is the sum
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for r in _fetch(
        con,
        f"SELECT actor_country, recipient_country, type, count(DISTINCT event_key) AS count, "
        f"min(first) AS first, max(last) AS last FROM {pairs} GROUP BY ALL "
        "ORDER BY count DESC, type", params,
    ):
        pair = (r["actor_country"], r["recipient_country"])
        item = found.setdefault(pair, {"actor_country": pair[0], "recipient_country": pair[1],
                                       "count": 0, "first": r["first"], "last": r["last"],
                                       "types": {}})
        item["count"] += r["count"]
        item["types"][r["type"]] = r["count"]
        item["first"] = min(filter(None, (item["first"], r["first"])), default=None)
        item["last"] = max(filter(None, (item["last"], r["last"])), default=None)
    items = sorted(found.values(), key=lambda d: (-d["count"], d["actor_country"],
                                                  d["recipient_country"]))[:limit]
    total = len(found)
    uncoded = scalar(con, f"SELECT count(DISTINCT event_key) FROM {source} "
                          "WHERE len(actor_codes) = 0 OR len(recipient_codes) = 0", params)
    return {"items": items, "total": total, "uncoded": uncoded}


def dyad_series(con: Connection, *, bucket: str, pairs: list[tuple[str, str]],
                merged: bool = False, **filters: Any) -> dict[tuple[str, str], Rows]:
    """Events per bin for some dyads (only events whose date falls in one bin)."""
    unit = _sort(bucket, {b: b for b in BUCKETS})
    found: dict[tuple[str, str], Rows] = {p: [] for p in pairs}
    if not pairs:
        return found
    source, params = _filtered_events(filters, merged, one_per_event=True)
    for r in _fetch(
        con,
        f"SELECT actor_country, recipient_country, CAST(date_trunc('{unit}', first) AS DATE) "
        f"AS period, count(DISTINCT event_key) AS count FROM (SELECT *, "
        f"unnest(recipient_codes) AS recipient_country FROM (SELECT *, unnest(actor_codes) AS "
        f"actor_country FROM {source}) AS a) AS pairs WHERE first IS NOT NULL "
        f"AND date_trunc('{unit}', first) = date_trunc('{unit}', last) "
        "AND list_contains(?, actor_country || '>' || recipient_country) "
        "GROUP BY ALL ORDER BY period", [*params, [f"{a}>{r}" for a, r in pairs]],
    ):
        found[(r["actor_country"], r["recipient_country"])].append(
            {"period": r["period"], "count": r["count"]})
    return found


def map_places(con: Connection, *, merged: bool = False, **filters: Any) -> dict[str, Any]:
    """Events per geocoded place (name, country, coordinates, region) with their types; and
    how many selected events have a place that could not be located, or none."""
    source, params = _filtered_events(filters, merged)
    places = _fetch(
        con,
        "SELECT location_name AS place, location_country AS country, location_admin1 AS "
        "admin1, location_lat AS lat, location_lon AS lon, count(DISTINCT event_key) AS count, "
        f"list(DISTINCT type ORDER BY type) AS types FROM {source} "
        "WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL GROUP BY ALL "
        "ORDER BY count DESC, place", params,
    )
    missing = _one(
        con,
        "SELECT count(DISTINCT event_key) FILTER (WHERE location_name IS NULL) AS no_place, "
        "count(DISTINCT event_key) FILTER (WHERE location_name IS NOT NULL "
        f"AND location_lat IS NULL) AS not_located FROM {source}", params,
    )
    return {"places": places, **(missing or {})}


# what a network node stands for: a country, a country and sector, or one actor by name
NETWORK_LEVELS = {
    "country": "{t}.country",
    "sector": "CASE WHEN {t}.country IS NULL THEN NULL ELSE {t}.country || "
              "coalesce(' ' || {t}.sector, '') END",
    "entity": "{t}.name",
}


def network_edges(con: Connection, *, level: str = "country", merged: bool = False,
                  min_weight: int = 1, limit: int = 300, **filters: Any) -> Rows:
    """Who did what to whom at a ``level`` of NETWORK_LEVELS: one row per actor node,
    recipient node and type, with how many events (or merged events) it stands for; the
    ``limit`` heaviest with at least ``min_weight``. Negated events are no edge; parties
    without a country are left out at the country levels."""
    node = _sort(level, NETWORK_LEVELS)
    source, params = _filtered_events(filters, merged)
    a, r = node.format(t="a"), node.format(t="r")
    return _fetch(
        con,
        f"SELECT {a} AS actor, any_value(a.name) AS actor_name, {r} AS recipient, "
        "any_value(r.name) AS recipient_name, ev.type, count(DISTINCT ev.event_key) AS count "
        f"FROM {source} JOIN event_actors a ON a.doc_id = ev.doc_id "
        "AND a.event_id = ev.event_id AND a.role = 'actor' JOIN event_actors r "
        "ON r.doc_id = ev.doc_id AND r.event_id = ev.event_id AND r.role = 'recipient' "
        f"WHERE NOT coalesce(ev.negated, false) AND {a} IS NOT NULL AND {r} IS NOT NULL "
        f"GROUP BY {a}, {r}, ev.type HAVING count(DISTINCT ev.event_key) >= ? "
        "ORDER BY count DESC, actor, recipient, ev.type LIMIT ?",
        [*params, min_weight, limit],
    )
