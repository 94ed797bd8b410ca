"""Consistency of the curated actor rows (extract/data/actors_*.tsv): every code is a valid
ISO alpha-3 or IGO code, a national row whose name contains a country or demonym carries
that country, and no name belongs to two rows (two organisations never share a row's names)."""

from __future__ import annotations

import re

import pytest

from factwire.extract._common import data_json
from factwire.extract.actors_lexicon import _names, _tsv, lexicon

ROWS = [("org", r[0], r[3]) for r in _tsv("actors_organizations.tsv")] + \
       [("media", r[0], r[1]) for r in _tsv("actors_media.tsv")] + \
       [("igo", r[0], r[2]) for r in _tsv("actors_igos.tsv")] + \
       [("person", r[1], r[0] + ("|" + r[3] if len(r) > 3 else "")) for r in
        _tsv("actors_people.tsv")]


def valid_codes() -> set[str]:
    return set(data_json("actors_countries.json")) | set(lexicon().igo_codes)


@pytest.mark.parametrize("kind,code,names", ROWS, ids=[r[2].split("|")[0] for r in ROWS])
def test_row_code_is_valid_and_matches_the_country_it_names(kind, code, names):
    assert not code or code in valid_codes(), f"{names}: {code} is no ISO alpha-3 or IGO code"
    if not code or code in lexicon().igo_codes:
        return  # a transnational body may name the countries it spans ("... of Iraq and Syria")
    known, places = lexicon().known, lexicon().places
    for name in _names(names):
        named = set()
        words = name.replace("’", "'").split()
        inside_place = set()  # "Police Service of Northern Ireland": the place's country
        for n in (3, 2):
            for i in range(len(words) - n + 1):
                place = places.get(" ".join(words[i:i + n]))
                if place and known.get(" ".join(words[i:i + n])) is None:
                    named.add(place)
                    inside_place.update(range(i, i + n))
        for n in range(1, 4):  # a country or demonym of up to three words inside the name
            for i in range(len(words) - n + 1):
                if inside_place & set(range(i, i + n)):
                    continue
                k = known.get(re.sub(r"'s$", "", " ".join(words[i:i + n])))
                if k is not None and k.kind in ("country", "demonym") and k.code:
                    named.add(k.code)
        if named:
            assert code in named, f"{name!r} names {sorted(named)} but the row says {code!r}"


def test_no_name_is_in_two_rows():
    seen: dict[str, str] = {}
    for _, _, names in ROWS:
        first = _names(names)[0]
        for name in _names(names):
            assert seen.get(name, first) == first, f"{name!r} in rows {seen[name]!r}, {first!r}"
            seen[name] = first


def test_typeset_apostrophes_find_the_same_row():
    known = lexicon().known
    assert known["People’s Liberation Army"] == known["People's Liberation Army"]
