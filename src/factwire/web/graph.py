"""The actor network: who did what to whom, as nodes and typed, weighted edges.

By default a node is a country (or a country and sector, or on demand one actor by name):
an analyst first wants "Russia → Ukraine", not 88 overlapping names. Edges come from
``store.read.network_edges`` (one row per node pair and PLOVER type, with its count); this
module only shapes them for cytoscape and colours them by the cooperative / conflictual
grouping in ``static/plover.json``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from factwire.web import plover
from factwire.web.geo import country_name


def _label(level: str, key: str, name: str | None) -> str:
    if level == "entity":
        return key
    code, _, sector = key.partition(" ")
    return country_name(code) + (f" · {sector}" if sector else "")


def _url(level: str, key: str, filters) -> str:
    if level == "entity":
        return "/actors/" + quote(key, safe="")
    code = key.partition(" ")[0]
    return "/events?" + urlencode({**filters.query(), "actor": code})


def network_graph(con, filters, limit: int = 300, *, level: str = "country",
                  merged: bool = False, min_weight: int = 1) -> dict[str, Any]:
    """``{"nodes": [...], "edges": [...], "level": ...}``: the ``limit`` heaviest edges of at
    least ``min_weight`` events and their nodes, among the events the filters
    (``params.EventFilters``) select."""
    from factwire.store import read

    rows = read.network_edges(con, level=level, merged=merged, min_weight=min_weight,
                              limit=limit, **filters.__dict__)
    nodes: dict[str, dict[str, Any]] = {}
    edges = []
    for r in rows:
        for key, name in ((r["actor"], r["actor_name"]), (r["recipient"], r["recipient_name"])):
            node = nodes.setdefault(key, {"id": key, "label": _label(level, key, name),
                                          "events": 0, "url": _url(level, key, filters)})
            node["events"] += r["count"]
        kind = plover.kind_of(r["type"])
        edges.append({
            "id": f"{r['actor']}→{r['type']}→{r['recipient']}", "source": r["actor"],
            "target": r["recipient"], "type": r["type"], "count": r["count"], "kind": kind,
            "colour": plover.table()["groups"][kind]["colour"],
            "source_label": nodes[r["actor"]]["label"],
            "target_label": nodes[r["recipient"]]["label"],
        })
    return {"nodes": list(nodes.values()), "edges": edges, "total": len(edges), "level": level}
