"""``factwire ingest`` on a folder of N documents of which a share is hostile (issue 14).

    python bench/chaos_ingest.py [--docs 1000] [--hostile 0.05] [--workers 2] [--json OUT]

Writes N inputs into a temporary folder: small news items (three sentences each) and, for the
hostile share, a rotation of the inputs issue 14 found aborting a batch: empty files, binary
files named .html, texts over the parse limit, sentences with 8,000 glued ``$``, feeds with a
``&#xFFFFFF;`` title, text inside 10,000 nested divs, UTF-16 without a BOM, and JSONL files with
one good line and one broken line. It knows which of them must be stored (the recoverable
ones) and which must become ``errors`` rows, runs one ``ingest`` over the folder, and checks
the counts in the report and in the database. Exit status 1 when a count is off.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from factwire.store import open_db
from factwire.store.ingest import ingest

PLACES = ["Riverton", "Lakeside", "Hillford", "Marsh End", "Eastport", "Westbury", "Northgate",
          "Southwold", "Kingsbridge", "Ashby"]


def story(i: int) -> str:
    place = PLACES[i % len(PLACES)]
    return (f"Flooding closed road {i} into {place} on Tuesday, the regional council said. "
            f"Engineers said repairs would take {i % 9 + 2} days. The mayor told reporters that "
            f"{100 + i} residents had moved to shelters.")


# name suffix, bytes maker, documents stored, errors recorded
HOSTILE = [
    ("empty.txt", lambda i: b"", 0, 1),
    ("photo.html", lambda i: b"\x89PNG\r\n\x1a\n" + bytes(256), 0, 1),
    ("long.txt", lambda i: (f"talk {i} army border minister said would the of in " * 42_000)
     .encode(), 0, 1),
    ("glued.txt", lambda i: (story(i) + " Officials said the army would " + "$" * 8000
                             + " withdraw.").encode(), 1, 0),
    ("feed.xml", lambda i: ('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
                            f"<item><title>&#xFFFFFF;</title><description>{story(i)}"
                            "</description></item></channel></rss>").encode(), 1, 0),
    ("nested.html", lambda i: ("<html><body>" + "<div>" * 10_000 + f"<p>{story(i)}</p>"
                               + "</div>" * 10_000 + "</body></html>").encode(), 1, 0),
    ("utf16.txt", lambda i: story(i).encode("utf-16-le"), 1, 0),
    ("lines.jsonl", lambda i: (json.dumps({"text": story(i)}) + "\n{broken\n").encode(), 1, 1),
]


def write_folder(folder: Path, docs: int, hostile: float) -> tuple[int, int, int]:
    """Write the inputs; the number of hostile files and the documents and errors expected."""
    n_hostile = round(docs * hostile)
    stored, errors = docs - n_hostile, 0
    for i in range(docs - n_hostile):
        (folder / f"item-{i:05d}.txt").write_text(story(i), encoding="utf-8")
    for j in range(n_hostile):
        suffix, make, good, bad = HOSTILE[j % len(HOSTILE)]
        (folder / f"hostile-{j:04d}-{suffix}").write_bytes(make(docs + j))
        stored, errors = stored + good, errors + bad
    return n_hostile, stored, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--hostile", type=float, default=0.05)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factwire-chaos-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        n_hostile, want_stored, want_errors = write_folder(folder, args.docs, args.hostile)
        started = time.perf_counter()
        report = ingest([str(folder)], Path(tmp) / "chaos.duckdb", workers=args.workers,
                        batch_size=args.batch_size, progress=True, published="2025-05-01")
        seconds = time.perf_counter() - started
        con = open_db(Path(tmp) / "chaos.duckdb")
        in_db = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                 for t in ("documents", "errors", "seen_inputs")}
        stages = dict(con.execute("SELECT stage, count(*) FROM errors GROUP BY ALL").fetchall())
        con.close()
    result = {
        "command": "python bench/chaos_ingest.py " + " ".join(sys.argv[1:] if argv is None
                                                             else argv),
        "docs": args.docs, "hostile_files": n_hostile, "workers": args.workers,
        "expected": {"stored": want_stored, "errors": want_errors},
        "report": {"stored": report.stored, "skipped": report.skipped, "failed": report.failed},
        "database": in_db, "error_stages": stages, "seconds": round(seconds, 1),
        "docs_per_s": round(args.docs / seconds, 2),
    }
    ok = (report.stored == in_db["documents"] == in_db["seen_inputs"] == want_stored
          and report.failed == in_db["errors"] == want_errors)
    result["counts_right"] = ok
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
