"""Server time of every workbench page and main API route on a database of 1,000 documents.

    python bench/pages.py [--docs 1000] [--runs 15] [--db PATH] [--json OUT]
                          [--seed-pages DIR --seeds N]

Builds the database first (unless ``--db`` names one that exists): the bundled examples are
parsed once by the real pipeline, then varied into ``--docs`` documents — other publishers
and publication days over two years (event days shifted with them), other countries and
people in the records (entity names and codes swapped from pools), a closing paragraph of
its own so each text (and id) differs — and stored through the store's own
``write_documents`` (search index included) and ``stories.update``, without running spaCy
1,000 times. Then each route is requested ``--runs`` times in-process (FastAPI's
TestClient; the first request of each route is a warm-up, not counted) and the median and
95th percentile of the server time are printed, with the 300 ms target.

Routes that answer 404 (a page this build does not have) are listed as absent. With
``--seed-pages DIR --seeds N`` the first N pages of DIR with events are parsed too, so the
1,000 documents come from more distinct texts (fewer, smaller stories).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from factwire.model import Document, document_id

TARGET_MS = 300.0
PUBLISHERS = [
    "The Harbour Post", "Midland Courier", "Northern Ledger", "Capital Tribune", "Coastal Herald",
    "Evening Dispatch", "Valley Gazette", "Metro Observer", "Frontier Times", "Union Chronicle",
    "Island Standard", "River City Press", "Highland Record", "Plains Journal", "Lakeside Echo",
    "Continental Wire", "Border Sentinel", "Eastern Monitor", "Western Register", "Daily Beacon",
]
COUNTRIES = [
    ("FRA", "France"), ("DEU", "Germany"), ("POL", "Poland"), ("TUR", "Turkey"),
    ("EGY", "Egypt"), ("NGA", "Nigeria"), ("KEN", "Kenya"), ("BRA", "Brazil"),
    ("ARG", "Argentina"), ("MEX", "Mexico"), ("CAN", "Canada"), ("JPN", "Japan"),
    ("CHN", "China"), ("IND", "India"), ("PAK", "Pakistan"), ("IDN", "Indonesia"),
    ("AUS", "Australia"), ("ZAF", "South Africa"), ("ETH", "Ethiopia"), ("SAU", "Saudi Arabia"),
    ("ISR", "Israel"), ("SYR", "Syria"), ("IRQ", "Iraq"), ("VEN", "Venezuela"),
    ("COL", "Colombia"), ("PHL", "Philippines"), ("VNM", "Vietnam"), ("THA", "Thailand"),
    ("SWE", "Sweden"), ("NOR", "Norway"), ("ITA", "Italy"), ("ESP", "Spain"),
]
FIRST = ["Amira", "Jonas", "Mei", "Tomasz", "Olu", "Grace", "Ravi", "Lucia", "Ivan", "Sara",
         "Kenji", "Fatima", "Pedro", "Anna", "Samuel", "Leila", "Marek", "Chen", "Nadia", "Omar"]
LAST = ["Haddad", "Berg", "Lin", "Nowak", "Adeyemi", "Kimani", "Patel", "Ferreira", "Petrov",
        "Cohen", "Tanaka", "Rahman", "Silva", "Larsen", "Okafor", "Moreau", "Novak", "Wu",
        "Karimi", "Said"]
CITIES = ["Geneva", "Nairobi", "Jakarta", "Warsaw", "Lima", "Cairo", "Manila", "Oslo", "Dakar",
          "Hanoi", "Quito", "Riga", "Accra", "Tbilisi", "Montevideo", "Amman"]
ROUTES = [  # (name, path); {doc}, {code}, {story}, {q} are filled from the database
    ("documents page", "/"),
    ("documents page 2", "/documents?offset=50"),
    ("article", "/documents/{doc}"),
    ("events", "/events"),
    ("events filtered", "/events?actor={code}&sort=-type"),
    ("timeline", "/timeline"),
    ("network", "/network"),
    ("actors", "/actors"),
    ("actors all", "/actors?show=all&sort=-documents"),
    ("actor (country)", "/actors/{country}"),
    ("actor (code)", "/actors/{code}"),
    ("stories", "/stories"),
    ("story", "/stories/{story}"),
    ("search", "/search?q={q}"),
    ("merged events", "/merged-events"),
    ("dyads", "/dyads"),
    ("map", "/map"),
    ("api documents", "/api/documents"),
    ("api document", "/api/documents/{doc}"),
    ("api events", "/api/events"),
    ("api events csv", "/api/events?format=csv&limit=500"),
    ("api merged", "/api/merged-events"),
    ("api timeline", "/api/timeline"),
    ("api network", "/api/network"),
    ("api actors", "/api/actors"),
    ("api actor", "/api/actors/{code}"),
    ("api quotes", "/api/quotes"),
    ("api stories", "/api/stories"),
    ("api search", "/api/search?q={q}"),
    ("api dyads", "/api/dyads"),
    ("api map", "/api/map"),
]


def seeds(extra: Path | None = None, count: int = 0) -> list[Document]:
    """The bundled examples, parsed once by the real pipeline (with their manifest dates),
    and the first ``count`` pages of the folder ``extra`` that give a document with events
    (more distinct texts: fewer, smaller stories)."""
    from factwire.model import InputError
    from factwire.pipeline import Pipeline, extract
    from factwire.web.demo import examples

    with examples() as found:
        parsed = [extract(str(path), published=published) for path, published in found]
    if extra and count:
        files = sorted(str(p) for p in extra.iterdir() if p.is_file())[: count * 2]
        more = [d for d in Pipeline(published="2025-01-15").run(files)
                if not isinstance(d, InputError) and d.events]
        parsed += more[:count]
    return parsed


def _shift(value: str | None, days: int) -> str | None:
    """An ISO day (or the day at the start of a date-time) moved by ``days``; else as it was."""
    if not value or len(value) < 10:
        return value
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return (day + dt.timedelta(days=days)).isoformat() + value[10:]


def variant(seed: Document, n: int, rng: random.Random) -> Document:
    """The ``n``-th variation of a parsed example (see the module docstring)."""
    doc = Document.from_json(seed.to_json())
    base = dt.date.fromisoformat((seed.published or "2025-04-30")[:10])
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 700))
    days = (day - base).days
    doc.published = _shift(seed.published or base.isoformat(), days)
    doc.publisher = rng.choice(PUBLISHERS)
    reporter = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    doc.text = (f"{doc.text.rstrip()}\n\n{reporter} reported from {rng.choice(CITIES)} for "
                f"the {doc.publisher}. Copy {n}.")
    doc.id = document_id(doc.text)
    swaps = {code: rng.choice(COUNTRIES) for code in {e.country for e in doc.entities}
             if code and rng.random() < 0.6}
    for entity in doc.entities:
        if entity.country in swaps:
            code, name = swaps[entity.country]
            if entity.kind == "country":
                entity.name = name
            entity.country = code
        if entity.kind == "person" and rng.random() < 0.5:
            entity.name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    for event in doc.events:
        if event.date is not None:
            event.date.value = _shift(event.date.value, days)
    return doc


def build(path: Path, docs: int, parsed: list[Document], batch: int = 100) -> float:
    """Write ``docs`` variations of ``parsed`` and their stories; returns the seconds it took."""
    from factwire.store import stories
    from factwire.store.db import open_db, write_documents

    rng = random.Random(15)
    started = time.perf_counter()
    con = open_db(path, read_only=False)
    try:
        made = (variant(parsed[i % len(parsed)], i, rng) for i in range(docs))
        while chunk := [d for _, d in zip(range(batch), made, strict=False)]:
            write_documents(con, chunk)
        stories.update(con)
    finally:
        con.close()
    return time.perf_counter() - started


def fill(con) -> dict[str, str]:
    """Values for the routes' placeholders: a document, busy codes, a story, search words."""
    def one(sql: str) -> str:
        row = con.execute(sql).fetchone()
        return str(row[0]) if row else "none"

    return {
        "doc": one("SELECT doc_id FROM documents ORDER BY num_words DESC LIMIT 1"),
        "country": one("SELECT country FROM entities WHERE country IS NOT NULL "
                       "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
        "code": one("SELECT country || coalesce(sector, '') FROM event_actors "
                    "WHERE country IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"),
        "story": one("SELECT story_id FROM stories ORDER BY num_documents DESC LIMIT 1"),
        "q": "sanctions+Iran",
    }


def measure(db: Path, runs: int) -> list[dict]:
    from fastapi.testclient import TestClient

    from factwire.store.db import open_db
    from factwire.web import create_app

    con = open_db(db)
    values = fill(con)
    con.close()
    client = TestClient(create_app(db))
    results = []
    for name, template in ROUTES:
        path = template.format(**values)
        first = client.get(path)  # warm-up (and the search index's first sync)
        if first.status_code == 404:
            results.append({"route": name, "path": path, "status": 404})
            continue
        times, cpu = [], []
        for _ in range(runs):
            started, used = time.perf_counter(), time.process_time()
            answer = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - used) * 1000)
            assert answer.status_code == 200, (path, answer.status_code, answer.text[:300])
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        results.append({"route": name, "path": path, "status": 200,
                        "median_ms": round(statistics.median(times), 1),
                        "p95_ms": round(p95, 1), "cpu_ms": round(statistics.median(cpu), 1),
                        "bytes": len(first.content)})
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--db", type=Path, default=None,
                        help="Use (or build, when missing) this database file.")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--seed-pages", type=Path, default=None,
                        help="A folder of pages (HTML or text) to parse as more seeds.")
    parser.add_argument("--seeds", type=int, default=0,
                        help="How many of --seed-pages to use (ones with events).")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory(prefix="factwire-bench-")
    db = args.db or Path(folder.name) / "bench.duckdb"
    built = None
    if not db.exists():
        parsed = seeds(args.seed_pages, args.seeds)
        built = build(db, args.docs, parsed)
        print(f"built {args.docs} documents from {len(parsed)} parsed seeds in {built:.1f}s "
              f"→ {db}", file=sys.stderr)
    results = measure(db, args.runs)
    width = max(len(r["path"]) for r in results)
    print(f"{'route':<18} {'path':<{width}} {'median ms':>10} {'p95 ms':>8} {'cpu ms':>7}  "
          f"p95 ≤{TARGET_MS:.0f}")
    for r in results:
        if r["status"] == 404:
            print(f"{r['route']:<18} {r['path']:<{width}} {'absent':>10}")
            continue
        ok = "yes" if r["p95_ms"] <= TARGET_MS else "NO"
        print(f"{r['route']:<18} {r['path']:<{width}} {r['median_ms']:>10.1f} "
              f"{r['p95_ms']:>8.1f} {r['cpu_ms']:>7.1f}  {ok}")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(cpu ms: this process's CPU time per request, which other jobs do not inflate)")
    if args.json:
        args.json.write_text(json.dumps({"docs": args.docs, "runs": args.runs,
                                         "build_s": built, "routes": results}, indent=2))
    folder.cleanup()


if __name__ == "__main__":
    main()
