"""The dyads table and the map's GeoJSON: store rows shaped for the dyads and map pages.

Country codes are named from the actors gazetteer (``extract/data/actors_countries.json``,
ISO alpha-3) and its IGO list; an unknown code is shown as itself.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlencode


@cache
def _country_names() -> dict[str, str]:
    data = resources.files("factwire.extract") / "data"
    names = {code: c["name"] for code, c in
             json.loads((data / "actors_countries.json").read_text(encoding="utf-8")).items()}
    for line in (data / "actors_igos.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and not line.startswith("#") and parts[1] == "IGO":
            names.setdefault(parts[0], parts[2].split("|")[0])
    return names


def country_name(code: str | None) -> str:
    return _country_names().get(code or "", code or "?")


def dyads_view(con, filters, *, merged: bool, limit: int, series: int,
               bucket: str) -> dict[str, Any]:
    """Dyads with names, type counts, a link to their events and, for the first ``series``
    pairs, events per bin over the common range (bucket ``auto`` picks by that range)."""
    from factwire.store import read

    found = read.dyad_counts(con, merged=merged, limit=limit, **filters.__dict__)
    first, last = read.event_range(con, merged=merged, **filters.__dict__)
    unit = read.auto_bucket(first, last) if bucket == "auto" else bucket
    top = [(d["actor_country"], d["recipient_country"]) for d in found["items"][:series]]
    by_pair = read.dyad_series(con, bucket=unit, pairs=top, merged=merged, **filters.__dict__)
    query = {k: v for k, v in filters.query().items() if k not in ("actor", "recipient")}
    view = {"view": "merged"} if merged else {}
    for d in found["items"]:
        pair = (d["actor_country"], d["recipient_country"])
        d["actor_name"], d["recipient_name"] = map(country_name, pair)
        d["events_url"] = ("/merged-events?" if merged else "/events?") + urlencode(
            {**query, "actor": pair[0], "recipient": pair[1]})
        if pair in by_pair:
            d["series"] = by_pair[pair]
    return {**found, "bucket": unit, "first": first, "last": last, **view}


def feature_collection(con, filters, *, merged: bool) -> dict[str, Any]:
    """GeoJSON points, one per place (name and coordinates), with their event counts."""
    from factwire.store import read

    found = read.map_places(con, merged=merged, **filters.__dict__)
    query = filters.query()
    features = [{
        "type": "Feature", "id": i,
        "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
        "properties": {
            "place": p["place"], "country": p["country"],
            "country_name": country_name(p["country"]) if p["country"] else None,
            "admin1": p["admin1"], "count": p["count"], "types": p["types"],
            # a city carries its region; a country alone is drawn at its centre
            "level": "city" if p["admin1"] else "country",
            "events_url": ("/merged-events?" if merged else "/events?")
            + urlencode({**query, "place": p["place"]}),
        },
    } for i, p in enumerate(found["places"])]
    return {"type": "FeatureCollection", "features": features,
            "total": sum(f["properties"]["count"] for f in features),
            "no_place": found.get("no_place") or 0, "not_located": found.get("not_located") or 0}
