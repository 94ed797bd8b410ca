"""How an event's date is shown: with its precision, and marked when the publication date
stands in — so "deployed last year" reads "2024 (year)", never as the day the article appeared.

One function for every view (tables, side panels, CSV, API), from the stored row's
``date_value``, ``date_precision``, ``period_start`` and ``published_date``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

# TIMEX3 reference values, as words
RELATIVE = {"PAST_REF": "recent past", "PRESENT_REF": "present", "FUTURE_REF": "future"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _iso(day: Any) -> str:
    return day.isoformat() if isinstance(day, dt.date) else str(day or "")


def date_label(row: dict[str, Any]) -> dict[str, Any]:
    """``{"text", "precision", "stands_in", "title"}`` for an events (or merged events) row.

    ``text`` never holds a raw reference value such as PAST_REF; ``stands_in`` is true when
    the publication date is shown because the article gave the event no date of its own.
    """
    precision = row.get("date_precision") or ("day" if row.get("date_value") else "publication")
    start = row.get("period_start") or row.get("first_day") or row.get("day")
    end = row.get("period_end") or row.get("last_day") or start
    published = _iso(row.get("published_date"))
    value = row.get("date_value") or ""
    said = row.get("date_text")
    if precision == "publication" or (precision == "relative" and start == end
                                       and _iso(start) == published and published):
        words = RELATIVE.get(value) or (said if precision == "relative" and said else None)
        text = f"{words} (relative)" if words else _iso(start)
        title = (f"the article gives “{said}”; " if said else "no date in the article; ") + \
            f"placed on its publication day {published or '?'}"
        return {"text": text, "precision": precision, "stands_in": True, "title": title}
    if precision == "month" and isinstance(start, dt.date) and start.day == 1:
        text = f"{MONTHS[start.month - 1]} {start.year}"
    elif precision == "year" and isinstance(start, dt.date):
        text = str(start.year)
    elif start != end:
        text = f"{_iso(start)} – {_iso(end)}"
    else:
        text = _iso(start)
    title = f"{precision} precision" + (f", from “{said}”" if said else "")
    return {"text": text, "precision": precision, "stands_in": False, "title": title}


def with_date_labels(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with ``date_shown`` (the label's text, marked * when the publication day stands
    in) for CSV and JSON readers."""
    out = []
    for row in items:
        label = date_label(row)
        shown = label["text"] + (" *publication date" if label["stands_in"]
                                 and "relative" not in label["text"] else "")
        out.append({**row, "date_shown": shown})
    return out


def event_date_label(doc, ev) -> dict[str, Any]:
    """``date_label`` of one event of a Document (the article view, before any row exists)."""
    from factwire.store.rows import as_date, date_period, date_precision

    precision = date_precision(ev.date)
    value = ev.date.value if ev.date else None
    published = as_date(doc.published)
    start, end = date_period(value, precision, published)
    return date_label({"date_value": value, "date_text": ev.date.text if ev.date else None,
                       "date_precision": precision, "period_start": start, "period_end": end,
                       "published_date": published})
