"""PLOVER event types grouped as cooperative or conflictual, read from ``static/plover.json``.

The same file is served to the browser, so the network and the timeline colour edges and
series exactly as the server-rendered badges do.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def table() -> dict:
    return json.loads((resources.files("factwire.web") / "static" / "plover.json").read_text())


def kind_of(event_type: str | None) -> str:
    """``cooperative``, ``conflictual`` or ``other`` for a PLOVER type (case-insensitive)."""
    name = (event_type or "").upper()
    for group, spec in table()["groups"].items():
        if name in spec["types"]:
            return group
    return "other"


def colour_of(event_type: str | None) -> str:
    """The colour of one type (for a chart series); its group's colour when it has none."""
    spec = table()
    return spec["type_colours"].get((event_type or "").upper()) or \
        spec["groups"][kind_of(event_type)]["colour"]
