"""One Document flattened into rows, one list per table (pure: no database, no clock).

The rows feed DuckDB directly (``store.db.write_documents``) and Parquet parts written by
workers (``factwire.scale``), which DuckDB later reads as one dataset (``store.db.import_parts``).
Column names and types are in ``store.schema``. Every row carries ``doc_id``; events carry their
actors' and recipients' country codes and names so filters need no join.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from factwire.model import Document, Entity, InputError
from factwire.store.schema import DOCUMENT_TABLES

TABLES: list[str] = list(DOCUMENT_TABLES)

_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def as_date(value: str | None) -> dt.date | None:
    """The calendar day of an ISO 8601 / TIMEX3 value, or None when it names no single day."""
    match = _FULL_DATE.match(value or "")
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def _entity_fields(doc: Document, entity_id: str | None) -> tuple[str | None, ...]:
    entity = doc.entity(entity_id)
    return (entity.name, entity.country, entity.sector) if entity else (None, None, None)


def _codes(entities: list[Entity]) -> list[str]:
    """Distinct country codes of some entities, sorted (the key merged events group on)."""
    return sorted({e.country for e in entities if e.country})


def document_rows(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """Rows for every table in ``TABLES`` from one Document."""
    from factwire.store.stories import signature

    doc_id = doc.id
    published_date = as_date(doc.published)
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    rows["documents"].append({
        "doc_id": doc_id, "title": doc.title, "published": doc.published,
        "published_date": published_date, "publisher": doc.publisher,
        "authors": list(doc.authors), "language": doc.language,
        "source_kind": doc.source.kind, "source_path": doc.source.path,
        "source_url": doc.source.url, "num_chars": len(doc.text),
        "num_words": len(doc.text.split()), "warnings": list(doc.warnings), "text": doc.text,
        "json": doc.to_json(),
        "dateline_place": doc.dateline.place if doc.dateline else None,
        "dateline_agency": doc.dateline.agency if doc.dateline else None,
    })
    for e in doc.entities:
        rows["entities"].append({
            "doc_id": doc_id, "entity_id": e.id, "name": e.name, "kind": e.kind,
            "country": e.country, "sector": e.sector, "num_mentions": len(e.mentions),
            "country_source": e.country_source,
        })
        rows["mentions"].extend(
            {"doc_id": doc_id, "entity_id": e.id, "span_start": m.span[0], "span_end": m.span[1],
             "text": m.text}
            for m in e.mentions
        )
    for q in doc.quotes:
        name, country, sector = _entity_fields(doc, q.speaker)
        rows["quotes"].append({
            "doc_id": doc_id, "quote_id": q.id, "text": q.text, "span_start": q.span[0],
            "span_end": q.span[1], "kind": q.kind, "speaker_id": q.speaker,
            "speaker_text": q.speaker_text, "speaker_name": name, "speaker_country": country,
            "speaker_sector": sector, "cue": q.cue, "medium": q.medium,
            "published_date": published_date,
        })
    for c in doc.claims:
        rows["claims"].append({
            "doc_id": doc_id, "claim_id": c.id, "text": doc.text[c.span[0]:c.span[1]],
            "span_start": c.span[0], "span_end": c.span[1], "status": c.status,
            "source_id": c.source, "source_text": c.source_text,
            "source_name": _entity_fields(doc, c.source)[0], "cue": c.cue,
        })
    for ev in doc.events:
        rows["events"].append(_event_row(doc, ev, published_date))
        for role, ids in (("actor", ev.actor), ("recipient", ev.recipient)):
            for entity_id in ids:
                name, country, sector = _entity_fields(doc, entity_id)
                rows["event_actors"].append({
                    "doc_id": doc_id, "event_id": ev.id, "entity_id": entity_id, "role": role,
                    "name": name, "country": country, "sector": sector,
                })
    rows["times"] = [
        {"doc_id": doc_id, "span_start": t.span[0], "span_end": t.span[1], "text": t.text,
         "type": t.type, "value": t.value}
        for t in doc.times
    ]
    rows["quantities"] = [
        {"doc_id": doc_id, "span_start": q.span[0], "span_end": q.span[1], "text": q.text,
         "low": q.low, "high": q.high, "unit": q.unit, "approx": q.approx}
        for q in doc.quantities
    ]
    rows["residue"] = [
        {"doc_id": doc_id, "seq": i, "text": r.text, "reason": r.reason}
        for i, r in enumerate(doc.residue)
    ]
    rows["related"] = [
        {"doc_id": doc_id, "seq": i, "title": r.title, "snippet": r.snippet}
        for i, r in enumerate(doc.related)
    ]
    rows["signatures"] = [{"doc_id": doc_id, "minhash": signature(doc.text)}]
    return rows


def _event_row(doc: Document, ev, published_date: dt.date | None) -> dict[str, Any]:
    actors = [e for e in map(doc.entity, ev.actor) if e]
    recipients = [e for e in map(doc.entity, ev.recipient) if e]
    date_value = ev.date.value if ev.date else None
    return {
        "doc_id": doc.id, "event_id": ev.id, "type": ev.type, "mode": ev.mode,
        "context": list(ev.context), "actor_ids": list(ev.actor),
        "recipient_ids": list(ev.recipient), "actor_codes": _codes(actors),
        "recipient_codes": _codes(recipients), "actor_names": [e.name for e in actors],
        "recipient_names": [e.name for e in recipients],
        "trigger_text": ev.trigger.text, "trigger_start": ev.trigger.span[0],
        "trigger_end": ev.trigger.span[1], "sentence_start": ev.sentence[0],
        "sentence_end": ev.sentence[1], "event_text": doc.text[ev.sentence[0]:ev.sentence[1]],
        "date_value": date_value, "date_text": ev.date.text if ev.date else None,
        # The day the event is placed on: its own full date, else the publication day.
        "day": as_date(date_value) or published_date,
        "location_name": ev.location.name if ev.location else None,
        "location_country": ev.location.country if ev.location else None,
        "size_low": ev.size.low if ev.size else None,
        "size_high": ev.size.high if ev.size else None,
        "size_unit": ev.size.unit if ev.size else None,
        "status": ev.status, "claim_id": ev.claim, "negated": ev.negated,
        "published_date": published_date, "publisher": doc.publisher,
        "date_precision": date_precision(ev.date),
        "score": ev.score, "evidence": list(ev.evidence),
        "location_lat": ev.location.lat if ev.location else None,
        "location_lon": ev.location.lon if ev.location else None,
        "location_admin1": ev.location.admin1 if ev.location else None,
        **dict(zip(("period_start", "period_end"),
                   date_period(date_value, date_precision(ev.date), published_date), strict=True)),
    }


_PRECISION_BY_LENGTH = {10: "day", 7: "month", 4: "year"}


def date_precision(date) -> str:
    """The precision of an event date: the extractor's own word, else read off the value
    (YYYY-MM-DD day, YYYY-MM month, YYYY year, anything else relative); no date or no text
    means the publication date stood in."""
    if date is None or not date.value or date.text is None:
        return "publication"
    if date.precision:
        return date.precision
    value = date.value
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value[:10]) and len(value) in _PRECISION_BY_LENGTH:
        return _PRECISION_BY_LENGTH[len(value)]
    return "day" if _FULL_DATE.match(value) else "relative"


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})|-W(\d{2})|-Q([1-4]))?")


def date_period(value: str | None, precision: str,
                published: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day an event date covers: a day itself, a month or a year whole
    (``2016-08`` is Aug 1-31; ``2024-W12`` its Monday to Sunday; ``2024-Q2`` April-June); the
    publication day when it stands in (no date, or a relative value such as PAST_REF: then
    ``period_start == period_end`` with precision relative or publication)."""
    if precision == "publication":
        return published, published
    if day := as_date(value):
        return day, day
    match = _PARTIAL_DATE.match(value or "")
    if not match:
        return published, published
    year, month, week, quarter = match.groups()
    try:
        if month:
            first = dt.date(int(year), int(month), 1)
            return first, _month_end(first)
        if week:
            monday = dt.date.fromisocalendar(int(year), int(week), 1)
            return monday, monday + dt.timedelta(days=6)
        if quarter:
            first = dt.date(int(year), 3 * int(quarter) - 2, 1)
            return first, _month_end(first.replace(month=first.month + 2))
        return dt.date(int(year), 1, 1), dt.date(int(year), 12, 31)
    except ValueError:
        return published, published


def _month_end(first: dt.date) -> dt.date:
    following = first.replace(year=first.year + first.month // 12, month=first.month % 12 + 1)
    return following - dt.timedelta(days=1)


def error_row(err: InputError, run_id: str | None, at: dt.datetime | None = None) -> dict:
    """An ``errors`` row for an input that could not be processed."""
    return {"run_id": run_id, "input": err.input, "stage": err.stage, "reason": err.reason,
            "recorded_at": at or dt.datetime.now(dt.UTC).replace(tzinfo=None)}
