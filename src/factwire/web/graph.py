"""The actor network: who did what to whom, as nodes and typed, weighted edges.

Edges come from ``store.read.event_edges`` (one row per actor, recipient and PLOVER type, with
its count); this module only shapes them for cytoscape and colours them by the cooperative /
conflictual grouping in ``static/plover.json``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from factwire.web import plover


def network_graph(con, filters, limit: int = 300) -> dict[str, Any]:
    """``{"nodes": [...], "edges": [...]}``: the ``limit`` heaviest edges and their actors,
    among the events the filters (``params.EventFilters``) select."""
    from factwire.store import read

    rows = read.event_edges(con, limit=limit, **filters.__dict__)
    nodes: dict[str, dict[str, Any]] = {}
    edges = []
    for r in rows:
        for name, country in ((r["actor"], r.get("actor_country")),
                              (r["recipient"], r.get("recipient_country"))):
            node = nodes.setdefault(name, {"id": name, "label": name, "country": country,
                                           "events": 0, "url": "/actors/" + quote(name, safe="")})
            node["events"] += r["count"]
        kind = plover.kind_of(r["type"])
        edges.append({
            "id": f"{r['actor']}→{r['type']}→{r['recipient']}", "source": r["actor"],
            "target": r["recipient"], "type": r["type"], "count": r["count"], "kind": kind,
            "colour": plover.table()["groups"][kind]["colour"],
        })
    return {"nodes": list(nodes.values()), "edges": edges, "total": len(edges)}
