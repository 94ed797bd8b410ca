"""Issue 12's own actor cases (tests/fixtures/actor_cases*.json): every family of the actor
rules — surnames, honorifics, variants, acronyms, anaphora and pronouns, titles, appositions,
premodifiers, former office, dated roles, datelines, junk and context countries.

The dev cases must each pass; the held-out cases (written at the same time, not read while the
rules were written) are scored as a whole. ``python tests/test_actor_cases.py`` prints both
accuracies.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def load(name: str) -> list[dict]:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))["cases"]


def run_case(case: dict, nlp) -> list[str]:
    """The failed checks of one case, as readable messages (empty: the case passes)."""
    from factwire.extract import actors, datelines
    from factwire.model import Document

    text = case["text"]
    doc = Document(id=case["id"], text=text, published=case.get("published"))
    parsed = nlp(text)
    doc.dateline = datelines.find_dateline(doc)
    doc.entities = actors.find_entities(doc, parsed)
    return [msg for check in case["checks"] if (msg := _check(check, doc))]


def _span(text: str, mention: str, nth: int) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = text.find(mention, start + 1)
        if start < 0:
            raise AssertionError(f"case text has no {nth}th {mention!r}")
    return start, start + len(mention)


def _entity(doc, span: tuple[int, int]):
    """The entity with a mention at exactly ``span``, else the one whose mention overlaps it
    most ("the ECB chief": the person, not the bank named inside it)."""
    exact = [e for e in doc.entities for m in e.mentions if tuple(m.span) == span]
    if exact:
        return exact[0]
    loose = [(min(m.span[1], span[1]) - max(m.span[0], span[0]), e) for e in doc.entities
             for m in e.mentions if m.span[0] < span[1] and span[0] < m.span[1]]
    return max(loose, key=lambda pair: pair[0])[1] if loose else None


def _check(check: dict, doc) -> str | None:
    from factwire.extract import actors

    listing = [(e.name, e.kind, e.country, e.sector, [m.text for m in e.mentions])
               for e in doc.entities]
    if "dateline" in check:
        want = check["dateline"]
        got = doc.dateline
        if got is None or got.place != want["place"] or got.agency != want["agency"]:
            return f"dateline {want} != {got}"
        return None
    if "resolve" in check:
        start, _ = _span(doc.text, check["resolve"], check.get("nth", 1))
        ent = actors.resolve_at(doc, start)
        target = _entity(doc, _span(doc.text, check["to"], 1))
        if ent is None or target is None or ent.id != target.id:
            return f"resolve {check['resolve']!r} → {ent and ent.name}, want {check['to']}"
        return None
    span = _span(doc.text, check["mention"], check.get("nth", 1))
    ent = _entity(doc, span)
    if check.get("absent"):
        hits = [e.name for e in doc.entities for m in e.mentions
                if m.span[0] < span[1] and span[0] < m.span[1]
                and (m.text == check["mention"] or m.text.upper() == m.text)]
        return f"{check['mention']!r} is an entity: {hits}" if hits else None
    if "kind_not" in check:
        bad = ent is not None and ent.kind == check["kind_not"]
        return f"{check['mention']!r} is a {ent.kind}" if bad else None
    if ent is None:
        return f"no entity at {check['mention']!r}: {listing}"
    for other_key, same in (("same_as", True), ("not_same_as", False)):
        if other_key in check:
            other = _entity(doc, _span(doc.text, check[other_key], 1))
            if (other is not None and other.id == ent.id) != same:
                return f"{check['mention']!r} {other_key} {check[other_key]!r}: {listing}"
    for key in ("kind", "country", "sector", "country_source"):
        if key in check and getattr(ent, key) != check[key]:
            return (f"{check['mention']!r}: {key}={getattr(ent, key)!r}, want {check[key]!r} "
                    f"({ent.name}, {ent.country}, {ent.sector}, {ent.country_source})")
    return None


DEV = load("actor_cases.json")


PARAMS = [pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(reason=c["gap"], strict=True)]
                       if c.get("gap") else []) for c in DEV]


@pytest.mark.parametrize("case", PARAMS)
def test_dev_case(case, nlp):
    assert run_case(case, nlp) == []


def test_heldout_cases_mostly_pass(nlp):
    cases = load("actor_cases_heldout.json")
    passed = sum(not run_case(c, nlp) for c in cases)
    assert passed / len(cases) >= 0.7, f"{passed}/{len(cases)} held-out cases pass"


def assert_share_passes(name: str, floor: float, nlp) -> None:
    """At least ``floor`` of the case file ``name`` passes (a helper's file whose misses are
    names the small model does not tag as the checks need)."""
    cases = load(name)
    passed = sum(not run_case(c, nlp) for c in cases)
    assert passed / len(cases) >= floor, f"{passed}/{len(cases)} cases of {name} pass"


@pytest.mark.parametrize("name,floor", [("actor_cases_junk.json", 0.55),
                                        ("actor_cases_junk_heldout.json", 0.5)])
def test_junk_control_cases(name, floor, nlp):
    """Venues, awards, URLs, abbreviations and broken names on entertainment pages (a helper's
    text, written before the rules; the held-out part is not read). Some checks need names the
    small spaCy model does not tag at all, so the floor is a share, not every case."""
    assert_share_passes(name, floor, nlp)


@pytest.mark.parametrize("name,floor", [("actor_cases_business.json", 0.85),
                                        ("actor_cases_business_heldout.json", 0.4)])
def test_business_and_media_cases(name, floor, nlp):
    """Companies and newspapers: name words, "the automaker" and other definite descriptions,
    apposed descriptions, where a company is based, executives' titles, groups of companies
    (a helper's text, written before the rules; the held-out part is not read). The misses
    left are bodies the small model tags as people with no word that shows them a body."""
    assert_share_passes(name, floor, nlp)


@pytest.mark.parametrize("name,floor", [("actor_cases_names.json", 0.4),
                                        ("actor_cases_names_heldout.json", 0.4)])
def test_names_of_things_and_ordinary_words(name, floor, nlp):
    """Products and their features, capitalised ordinary words, market indexes, programmes
    and report titles are no actors; companies named by a kind ("chipmaker X") or a product
    ("the X5's maker"), and bodies named with ordinary words that act, stay (a helper's text,
    written before the rules; the held-out part is not read). Many misses left are names
    the small model tags as places or not at all, and sectors of bare company names."""
    assert_share_passes(name, floor, nlp)


@pytest.mark.parametrize("name,floor", [("actor_cases_offices.json", 0.7),
                                        ("actor_cases_offices_heldout.json", 0.4)])
def test_offices_countries_and_banks(name, floor, nlp):
    """Company offices ("named X as its next chief executive", "stepped down as Y's CEO",
    "who chairs the Y board"), countries and sectors given in words ("the Dutch bicycle maker
    X", "the state broadcaster X"), central banks as the state's, and offices with no holder
    ("the post of finance minister") (a helper's text, written before the rules; the held-out
    part is not read). 9 of 30 and 8 of 20 passed before the rules; misses left are names the
    small model tags as people or places, or not at all."""
    assert_share_passes(name, floor, nlp)


@pytest.mark.parametrize("name,floor", [("actor_cases_titles.json", 0.7),
                                        ("actor_cases_titles_heldout.json", 0.6)])
def test_titles_lists_name_variants_and_things_in_passing(name, floor, nlp):
    """A person's titles before or after the name ("the founder and chief executive of X Y",
    "X's global vice-president of sales for Asia, Y"), lists of companies under a kind of
    company ("the carmakers A, B and C", "A and B, two of Brazil's biggest meatpackers"),
    short forms of names and legal forms ("Bob" for "Robert", "X plc" and "X"), and things
    named in passing that are no actors (state television told something, a product, an
    index) (a helper's text, written before the rules from the -q reading's families; the
    held-out part is not read). 4 of 30 and 4 of 20 passed before the rules; 22 and 14 after."""
    assert_share_passes(name, floor, nlp)


SPANS = load("actor_cases_spans.json")


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in SPANS])
def test_span_and_kind_case(case, nlp):
    """Where a name starts and ends, and whether it is a person at all: a clause after "that",
    an acronym's open bracket, British title abbreviations, an envoy's post, a surname that is
    also a demonym, storms and things with an article (our own text, written before the rules)."""
    assert run_case(case, nlp) == []


def test_span_and_kind_second_batch_share(nlp):
    """A second batch of the same families, written by a helper that saw no code and read
    while writing rules (dev): 20 of 36 pass; the misses are names the small model does not
    tag, ships and horses named like people, and sectors of bodies with nothing that says."""
    assert_share_passes("actor_cases_spans_dev2.json", 0.5, nlp)


def test_span_and_kind_heldout_share(nlp):
    """The same families written by a helper that saw no code (not read while writing rules):
    11 of 30 cases pass (8 before the rules); the floor guards against losing ground."""
    assert_share_passes("actor_cases_spans_heldout.json", 0.3, nlp)


@pytest.mark.parametrize("name,floor", [("actor_cases_junk2.json", 0.8),
                                        ("actor_cases_junk2_heldout.json", 0.6)])
def test_second_junk_control_cases(name, floor, nlp):
    """Verbs and common nouns that open a sentence, towns after a direction ("west of X"),
    monarchs' regnal numbers, and guards: companies with ordinary names and people with
    -ing given names that act (a helper's text, written before the rules of stop 36; the
    held-out part is not read)."""
    assert_share_passes(name, floor, nlp)


def check_share(name: str, nlp) -> float:
    """The share of single checks of a case file that pass (a case holds several)."""
    cases = load(name)
    failed = sum(len(run_case(c, nlp)) for c in cases)
    total = sum(len(c["checks"]) for c in cases)
    return (total - failed) / total


@pytest.mark.parametrize("name,floor", [("actor_cases_datelines_dev.json", 0.6),
                                        ("actor_cases_datelines_heldout.json", 0.7)])
def test_stories_filed_from_a_bureau_abroad(name, floor, nlp):
    """Stories filed from a bureau in another country, and guards: the bureau's own stories
    naming an attacker or neighbour often, a capital's foreign news (two helpers' text, who
    saw no code; the held-out part is not read). Checks passing, stop 40's start → end: dev
    86 → 114 of 180, held-out 20 → 37 of 48."""
    assert check_share(name, nlp) >= floor


@pytest.mark.parametrize("name,floor", [("actor_cases_epithets_dev.json", 0.75),
                                        ("actor_cases_epithets_heldout.json", 0.7)])
def test_epithets_for_named_actors(name, floor, nlp):
    """"The Kazakh leader", "the ECB chief", "the bank's boss", "the former president", "the
    64-year-old", a repeated title, and guards where such words are someone else (a helper's
    text, who saw no code; the held-out part is not read). Checks passing, stop 41's start →
    end: see the README's actor rows."""
    assert check_share(name, nlp) >= floor


@pytest.mark.parametrize("name,floor", [("actor_cases_abstract_nouns_dev.json", 0.75),
                                        ("actor_cases_abstract_nouns_heldout.json", 0.7)])
def test_abstract_uses_of_body_words(name, floor, nlp):
    """"Steady leadership", "market forces", "treated as second-class citizens", "in her
    youth", and guards where the same words are bodies ("the leadership in Tehran", "youth
    groups marched"); a helper's text, who saw no code; the held-out part is not read."""
    assert check_share(name, nlp) >= floor


@pytest.mark.parametrize("name,floor", [("actor_cases_jobs_dev.json", 0.75),
                                        ("actor_cases_jobs_heldout.json", 0.55)])
def test_sectors_from_jobs_and_employers(name, floor, nlp):
    """"X, chief economist at Halvard Bank", "realtor X", "his campaign manager, X", "the
    union's general secretary, X", and guards where the same title words are the state's
    ("the central bank's chief economist"); a helper's text, who saw no code; the held-out
    part is not read. Checks passing, stop 42's start → end: see the README's actor rows."""
    assert check_share(name, nlp) >= floor


@pytest.mark.parametrize("name,floor", [("actor_cases_s47_dev.json", 0.75),
                                        ("actor_cases_s47_heldout.json", 0.7)])
def test_bystanders_envoys_things_hosts_offices_outlets(name, floor, nlp):
    """A bureau's country named only as a bystander or whose neighbour's envoy is summoned,
    things called by a name, bodies housed at a university, state offices by their noun,
    outlets as sides of events, words in capitals (a helper's text, written blind to the
    code after stop 47's rules; the held-out part is not read). Checks passing, stop 47's
    start → end: dev 0.49 → 0.83, held-out 0.60 → 0.79."""
    assert check_share(name, nlp) >= floor


@pytest.mark.parametrize("name,floor", [("actor_cases_s48_dev.json", 0.8),
                                        ("actor_cases_s48_heldout.json", 0.75)])
def test_bare_bodies_abroad_and_body_leaders(name, floor, nlp):
    """A bare "Congress", "Senate" or "Supreme Court" in a story set in another country (and
    India's Congress party), and "<body> leader X" taking the body's sector (a helper's text,
    written blind to the code after stop 48's rules; the held-out part is not read). Checks
    passing, stop 48's start → end: dev 0.69 → 0.85, held-out 0.72 → 0.83."""
    assert check_share(name, nlp) >= floor


@pytest.mark.parametrize("name,floor", [("actor_cases_s49_dev.json", 0.65),
                                        ("actor_cases_s49_heldout.json", 0.6)])
def test_business_technology_sport_and_entertainment_actors(name, floor, nlp):
    """Products that are no actors, company officers, figurative force words, people in
    business news, regulators and courts acting on companies, sport and entertainment bodies
    (a helper's text, written blind to the code after stop 49's first rules; the held-out
    part is not read). Checks passing, stop 49's start → end: dev 0.63 → 0.71, held-out 0.67
    → 0.67."""
    assert check_share(name, nlp) >= floor


@pytest.mark.parametrize("name,floor", [("actor_cases_s52_dev.json", 0.65),
                                        ("actor_cases_s52_heldout.json", 0.5)])
def test_local_news_bodies_brands_and_institutions(name, floor, nlp):
    """Bodies named with "and", institutions named for people, makers listed with their
    products, surnames after a full name, local bodies in stories set abroad, charities named
    like businesses (a helper's text, written blind to the code after stop 52's first rules;
    the held-out part is not read). Checks passing, stop 52's start → end: dev 0.57 → 0.68,
    held-out 0.54 → 0.57."""
    assert check_share(name, nlp) >= floor


@pytest.mark.parametrize("name,floor", [("actor_cases_s54_dev.json", 0.5),
                                        ("actor_cases_s54_heldout.json", 0.45)])
def test_collective_heads_places_generic_nouns_foundations_and_role_words(name, floor, nlp):
    """Collective heads ("a group of protesters"), places that look like bodies, generic
    statements, company foundations and boards, names with a possessive or "of", sectors from
    role words (a helper's text, written blind to the code at stop 54's start; the held-out
    part is not read). Checks passing, stop 54's start → end: dev 0.53 → 0.54, held-out 0.51
    → 0.52."""
    assert check_share(name, nlp) >= floor


def main() -> None:
    from factwire import nlp as nlp_module

    nlp = nlp_module.load()
    for name in ("actor_cases.json", "actor_cases_heldout.json", "actor_cases_junk.json",
                 "actor_cases_junk_heldout.json", "actor_cases_business.json",
                 "actor_cases_business_heldout.json", "actor_cases_names.json",
                 "actor_cases_names_heldout.json", "actor_cases_spans.json",
                 "actor_cases_spans_dev2.json", "actor_cases_spans_heldout.json",
                 "actor_cases_offices.json", "actor_cases_offices_heldout.json",
                 "actor_cases_titles.json", "actor_cases_titles_heldout.json",
                 "actor_cases_junk2.json", "actor_cases_junk2_heldout.json",
                 "actor_cases_datelines_dev.json", "actor_cases_datelines_heldout.json",
                 "actor_cases_epithets_dev.json", "actor_cases_epithets_heldout.json",
                 "actor_cases_abstract_nouns_dev.json", "actor_cases_abstract_nouns_heldout.json",
                 "actor_cases_jobs_dev.json", "actor_cases_jobs_heldout.json",
                 "actor_cases_s47_dev.json", "actor_cases_s47_heldout.json",
                 "actor_cases_s48_dev.json", "actor_cases_s48_heldout.json",
                 "actor_cases_s49_dev.json", "actor_cases_s49_heldout.json",
                 "actor_cases_s52_dev.json", "actor_cases_s52_heldout.json",
                 "actor_cases_s54_dev.json", "actor_cases_s54_heldout.json"):
        cases = load(name)
        failed = {c["id"]: run_case(c, nlp) for c in cases}
        bad = {k: v for k, v in failed.items() if v}
        print(f"{name}: {len(cases) - len(bad)}/{len(cases)} cases pass "
              f"({(len(cases) - len(bad)) / len(cases):.2f})")
        if "heldout" not in name:
            for k, v in bad.items():
                print(f"  {k}: {v}")


if __name__ == "__main__":
    main()

