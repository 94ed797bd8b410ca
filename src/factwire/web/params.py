"""Query parameters shared by the API and the pages, validated once by FastAPI.

The event filters are the CLI's (``factwire events --actor ... --type ...``); they travel to
``store.read`` as values, never as SQL text.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import asdict, dataclass
from typing import Annotated, Literal

from fastapi import Query
from fastapi.exceptions import RequestValidationError

MAX_PAGE = 500
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Text = Annotated[str | None, Query(max_length=200)]
# YYYY-MM-DD or blank (an empty form field means no filter); Feb 30 still gets a 422
DAY = r"^(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$"
SCORE = r"^(0?\.\d{1,3}|[01](\.0{0,3})?)?$"  # 0 to 1, or blank
Code = Annotated[str | None, Query(max_length=64, description="A name or a country code.")]


@dataclass
class EventFilters:
    """Which events to list: by party (name or country code), type, day range, status."""

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    status: str | None = None
    doc_id: str | None = None
    # the coder's confidence, 0-1: events scored below are hidden (unscored ones count as 1)
    min_score: float | None = None
    place: str | None = None

    def query(self) -> dict[str, str]:
        """The non-empty filters as URL query values (for links and the pager); the default
        score threshold goes without saying."""
        return {k: str(v) for k, v in asdict(self).items() if v not in (None, "")
                and not (k == "min_score" and v == default_min_score())}


def default_min_score() -> float:
    """The score threshold when a request names none: ``$FACTWIRE_MIN_SCORE``, else
    ``store.read.DEFAULT_MIN_SCORE``."""
    from factwire.store.read import DEFAULT_MIN_SCORE

    try:
        return float(os.environ.get("FACTWIRE_MIN_SCORE", DEFAULT_MIN_SCORE))
    except ValueError:
        return DEFAULT_MIN_SCORE


def event_filters(
    actor: Code = None,
    recipient: Code = None,
    type: Annotated[str | None, Query(max_length=32, description="PLOVER type, e.g. AID.")] = None,
    since: Annotated[str | None, Query(pattern=DAY, description="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(pattern=DAY, description="Last day, YYYY-MM-DD.")] = None,
    status: Annotated[str | None, Query(max_length=32, description="e.g. confirmed.")] = None,
    doc_id: Annotated[str | None, Query(max_length=64)] = None,
    min_score: Annotated[str | None, Query(
        pattern=SCORE, description="Hide events the coder scored lower (0-1; unscored events "
        "count as 1). Default 0.5, or $FACTWIRE_MIN_SCORE; 0 shows every event.")] = None,
    place: Annotated[str | None, Query(max_length=200,
                                       description="The event's place, exactly.")] = None,
) -> EventFilters:
    """FastAPI dependency; empty strings (from a blank form field) count as no filter."""
    return EventFilters(actor or None, recipient or None, (type or None) and type.upper(),
                        _day(since, "since"), _day(until, "until"), status or None, doc_id or None,
                        float(min_score) if min_score else default_min_score(), place or None)


View = Annotated[Literal["mentions", "merged"], Query(
    description="mentions: one per report; merged: one per real-world event (syndicated "
    "copies and repeated reports counted once).")]


def _day(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:  # shaped like FastAPI's own validation errors
        raise RequestValidationError([{
            "type": "date_parsing", "loc": ("query", name), "input": value,
            "msg": f"{value!r} is not a calendar day"}]) from err
