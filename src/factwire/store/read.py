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


def _party(filters: Filters, codes: str, names: str, value: str | None) -> None:
    """A code (PRK) matches the code list exactly; anything else is part of a name."""
    if not value or not value.strip():
        return
    value = value.strip()
    if is_code(value):
        filters.add(f"list_contains({codes}, ?)", value)
    else:
        filters.add(f"len(list_filter({names}, lambda x: x ILIKE ?)) > 0", f"%{value}%")


# --- events -------------------------------------------------------------------------------

EVENT_SORTS = {
    "date": "day DESC NULLS LAST, doc_id, event_id",
    "date_asc": "day ASC NULLS LAST, doc_id, event_id",
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
    "publisher, published_date, trigger_start, trigger_end, sentence_start, sentence_end"
)


# Where the event filters look: an event row, or a merged event spanning several days.
_EVENT_FIELDS = {"first": "day", "last": "day", "status": "list_contains(?, status)",
                 "doc": "doc_id = ?"}
_MERGED_FIELDS = {"first": "first_day", "last": "coalesce(last_day, first_day)",
                  "status": "len(list_intersect(statuses, ?)) > 0",
                  "doc": "merged_id IN (SELECT merged_id FROM merged_event_mentions "
                         "WHERE doc_id = ?)"}


def _event_filters(fields: dict[str, str], actor: str | None, recipient: str | None,
                   type: str | None, since: str | None, until: str | None,
                   status: str | list[str] | None, doc_id: str | None) -> Filters:
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
    return f


def list_events(
    con: Connection, *, actor: str | None = None, recipient: str | None = None,
    type: str | None = None, since: str | None = None, until: str | None = None,
    status: str | list[str] | None = None, merged: bool = False, doc_id: str | None = None,
    limit: int | None = 100, offset: int = 0, sort: str = "date",
    min_score: float | None = None,
) -> tuple[Rows, int]:
    """Events (or merged events with ``merged=True``) matching every given filter.

    ``actor``/``recipient``: a code in capitals (PRK) or part of a name (korea); ``status``: a
    list or a comma-separated string (confirmed,reported); ``since``/``until``: ISO dates,
    inclusive; ``min_score``: the coder's confidence at least this (events only; unscored
    events are left out).
    """
    if merged:
        return list_merged_events(con, actor=actor, recipient=recipient, type=type, since=since,
                                  until=until, status=status, doc_id=doc_id, limit=limit,
                                  offset=offset, sort=sort)
    f = _event_filters(_EVENT_FIELDS, actor, recipient, type, since, until, status, doc_id)
    if min_score is not None:
        f.add("score >= ?", float(min_score))
    return _page(con, EVENT_COLUMNS, "events", f, _sort(sort, EVENT_SORTS), limit, offset)


def list_merged_events(
    con: Connection, *, actor: str | None = None, recipient: str | None = None,
    type: str | None = None, since: str | None = None, until: str | None = None,
    status: str | list[str] | None = None, doc_id: str | None = None,
    limit: int | None = 100, offset: int = 0, sort: str = "date",
) -> tuple[Rows, int]:
    """Merged events (one per real-world event) with their mention/article/source counts;
    filters as in ``list_events`` (a merged event matches if any of its statuses does)."""
    f = _event_filters(_MERGED_FIELDS, actor, recipient, type, since, until, status, doc_id)
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
    if speaker:
        f.add("(speaker_country = upper(?) OR speaker_name ILIKE ? OR speaker_text ILIKE ?)",
              speaker.strip(), f"%{speaker.strip()}%", f"%{speaker.strip()}%")
    if doc_id:
        f.add("doc_id = ?", doc_id)
    if q:
        f.add("text ILIKE ?", f"%{q}%")
    return _page(
        con,
        "doc_id, quote_id, speaker_name, speaker_text, speaker_country, speaker_sector, kind, "
        "cue, text, medium, published_date, span_start, span_end",
        "quotes", f, "published_date DESC NULLS LAST, doc_id, span_start", limit, offset,
    )


ACTORS = (
    "(SELECT coalesce(country, '') || '|' || coalesce(sector, '') || '|' || lower(name) AS key, "
    "any_value(name) AS name, country, sector, any_value(kind) AS kind, "
    "count(DISTINCT doc_id) AS documents, sum(num_mentions) AS mentions "
    "FROM entities GROUP BY country, sector, lower(name))"
)


def list_actors(
    con: Connection, *, country: str | None = None, kind: str | None = None,
    q: str | None = None, limit: int | None = 100, offset: int = 0,
) -> tuple[Rows, int]:
    """Actors across documents (grouped by name, country and sector), most mentioned first."""
    f = Filters()
    if country:
        f.add("country = upper(?)", country.strip())
    if kind:
        f.add("kind = lower(?)", kind.strip())
    if q:
        f.add("name ILIKE ?", f"%{q}%")
    return _page(con, "name, country, sector, kind, documents, mentions", ACTORS, f,
                 "documents DESC, mentions DESC, name", limit, offset)


def actor_profile(con: Connection, key: str) -> dict[str, Any] | None:
    """What the database knows about one actor: a country code (PRK) or an exact name.

    Returns its names, document and mention counts, events as actor and as recipient by type,
    its most frequent counterparts, and how many quotes it is the speaker of.
    """
    key = key.strip()

    def match(alias: str = "") -> str:
        return f"({alias}country = upper(?) OR lower({alias}name) = lower(?))"

    names = _fetch(
        con,
        f"SELECT name, country, sector, kind, count(DISTINCT doc_id) AS documents, "
        f"sum(num_mentions) AS mentions FROM entities WHERE {match()} "
        f"GROUP BY name, country, sector, kind ORDER BY documents DESC, mentions DESC",
        [key, key],
    )
    if not names:
        return None
    roles = {}
    for role in ("actor", "recipient"):
        roles[f"as_{role}"] = _fetch(
            con,
            f"SELECT e.type, count(*) AS events FROM events e JOIN event_actors a "
            f"USING (doc_id, event_id) WHERE a.role = ? AND {match('a.')} "
            f"GROUP BY e.type ORDER BY events DESC, e.type",
            [role, key, key],
        )
    counterparts = _fetch(
        con,
        f"SELECT b.name, b.country, b.role, count(*) AS events FROM event_actors a "
        f"JOIN event_actors b USING (doc_id, event_id) "
        f"WHERE {match('a.')} AND a.role <> b.role GROUP BY b.name, b.country, b.role "
        f"ORDER BY events DESC, b.name LIMIT 10",
        [key, key],
    )
    quotes = scalar(
        con, "SELECT count(*) FROM quotes WHERE speaker_country = upper(?) "
        "OR lower(speaker_name) = lower(?)", [key, key],
    )
    return {
        "key": key, "names": names,
        "documents": scalar(
            con, f"SELECT count(DISTINCT doc_id) FROM entities WHERE {match()}", [key, key]
        ),
        **roles, "counterparts": counterparts, "quotes": quotes,
    }


# --- documents and stories ------------------------------------------------------------------


def list_documents(
    con: Connection, *, q: str | None = None, publisher: str | None = None,
    story_id: str | None = None, limit: int | None = 100, offset: int = 0,
) -> tuple[Rows, int]:
    """Documents, newest first; ``q`` searches title and text (case-insensitive substring)."""
    f = Filters()
    if q:
        f.add("(title ILIKE ? OR text ILIKE ?)", f"%{q}%", f"%{q}%")
    if publisher:
        f.add("publisher ILIKE ?", f"%{publisher}%")
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
        f.add("title ILIKE ?", f"%{q}%")
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
    names = ("actor", "recipient", "type", "since", "until", "status", "doc_id")
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


def actor_records(con: Connection, key: str, *, limit: int = 200) -> dict[str, Rows]:
    """An actor's events as actor and as recipient, its quotes and the claims sourced to it.

    ``key`` as in ``actor_profile``: a country code or an exact name.
    """
    key = key.strip()
    found: dict[str, Rows] = {}
    for role in ("actor", "recipient"):
        found[f"events_as_{role}"] = _fetch(
            con,
            f"SELECT {EVENT_COLUMNS} FROM events WHERE EXISTS (SELECT 1 FROM event_actors a "
            "WHERE a.doc_id = events.doc_id AND a.event_id = events.event_id AND a.role = ? "
            "AND (a.country = upper(?) OR lower(a.name) = lower(?))) "
            "ORDER BY day DESC NULLS LAST, doc_id, event_id LIMIT ?",
            [role, key, key, limit],
        )
    found["quotes"] = _fetch(
        con,
        "SELECT doc_id, quote_id, speaker_name, speaker_text, kind, cue, text, published_date "
        "FROM quotes WHERE speaker_country = upper(?) OR lower(speaker_name) = lower(?) "
        "ORDER BY published_date DESC NULLS LAST, doc_id, span_start LIMIT ?",
        [key, key, limit],
    )
    found["claims"] = _fetch(
        con,
        "SELECT c.doc_id, c.claim_id, c.status, c.source_name, c.source_text, c.cue, c.text "
        "FROM claims c WHERE EXISTS (SELECT 1 FROM entities n WHERE n.doc_id = c.doc_id "
        "AND n.entity_id = c.source_id AND (n.country = upper(?) OR lower(n.name) = lower(?))) "
        "ORDER BY c.doc_id, c.span_start LIMIT ?",
        [key, key, limit],
    )
    return found


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


def actor_counts(con: Connection, names: list[str]) -> dict[str, dict[str, int]]:
    """For each name (lower-cased key): events as actor and as recipient, quotes it spoke,
    claims sourced to it — the figures the actors list shows beside each actor."""
    keys = sorted({n.lower() for n in names if n})
    counts = {k: {"as_actor": 0, "as_recipient": 0, "quotes": 0, "claims": 0} for k in keys}
    if not keys:
        return counts
    queries = {
        "as_actor": "SELECT lower(name), count(*) FROM event_actors WHERE role = 'actor' "
                    "AND list_contains(?, lower(name)) GROUP BY 1",
        "as_recipient": "SELECT lower(name), count(*) FROM event_actors WHERE role = "
                        "'recipient' AND list_contains(?, lower(name)) GROUP BY 1",
        "quotes": "SELECT lower(speaker_name), count(*) FROM quotes "
                  "WHERE list_contains(?, lower(speaker_name)) GROUP BY 1",
        "claims": "SELECT lower(source_name), count(*) FROM claims "
                  "WHERE list_contains(?, lower(source_name)) GROUP BY 1",
    }
    for field, sql in queries.items():
        for key, n in con.execute(sql, [keys]).fetchall():
            counts[key][field] = n
    return counts
