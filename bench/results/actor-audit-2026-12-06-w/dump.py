"""Dump every entity factwire finds on the 12 pages of actor audit W.

Usage:  PYTHONPATH=<worktree>/src python dump.py <worktree> <out.json> [<pages dir>]

<worktree> is a git worktree of factwire checked out at the commit to measure (never the
editable install); the script puts <worktree>/src first on sys.path, imports factwire from
there and stops if factwire.__file__ is not under <worktree>.  For each page it calls
factwire.pipeline.extract(path, published=DATE) and writes, per page, the document text,
title, published, language, warnings and every entity (id, name, kind, country, sector,
country_source, every mention span with the text of that span), plus factwire.__file__,
the worktree's git HEAD and PYTHONPATH.  Every mention span is checked against doc.text
(the script stops on a mismatch).

The dates are the field `published` of bench/results/events-gold-moz-w/<page>.json (only
that field was read); medicalnewstoday has none there (null), so it is run with None.
"""
import json
import os
import subprocess
import sys

PUBLISHED = {
    "bbc-1.html": "2015-07-24",
    "buzzfeed-1.html": "2015-04-21",
    "cnn.html": "2016-02-01",
    "guardian-1.html": "2019-01-03",
    "medicalnewstoday.html": None,
    "nytimes-1.html": "2017-01-13",
    "nytimes-3.html": "2019-02-21",
    "schema-org-context-object.html": "2024-12-07",
    "telegraph.html": "2017-11-16",
    "wapo-1.html": "2015-03-18",
    "yahoo-2.html": "2016-12-01",
    "yahoo-3.html": "2015-03-11",
}


def git_state(wt: str) -> tuple[str, str]:
    """The worktree's HEAD and its `git status --short`."""
    head = subprocess.run(["git", "-C", wt, "rev-parse", "HEAD"], capture_output=True,
                          text=True, check=True).stdout.strip()
    status = subprocess.run(["git", "-C", wt, "status", "--short"], capture_output=True,
                            text=True, check=True).stdout
    return head, status


def entity_records(name, doc) -> list[dict]:
    """Every entity of ``doc`` as a record, each mention span checked against doc.text."""
    ents = []
    for e in doc.entities:
        ms = []
        for m in e.mentions:
            s, t = m.span
            if doc.text[s:t] != m.text:
                sys.exit(f"{name} {e.id}: span {s}-{t} {doc.text[s:t]!r} != {m.text!r}")
            ms.append({"span": [s, t], "text": doc.text[s:t]})
        ents.append({"id": e.id, "name": e.name, "kind": e.kind, "country": e.country,
                     "sector": e.sector, "country_source": e.country_source,
                     "mentions": ms})
    return ents


def main() -> None:
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    wt = os.path.realpath(sys.argv[1])
    out = sys.argv[2]
    pages_dir = sys.argv[3] if len(sys.argv) == 4 else "/tmp/s37/pagesW"
    sys.path.insert(0, os.path.join(wt, "src"))
    import factwire
    import factwire.pipeline
    ffile = os.path.realpath(factwire.__file__)
    if not ffile.startswith(wt + os.sep):
        sys.exit(f"factwire imported from {ffile}, not from {wt}")
    head, status = git_state(wt)
    pages = {}
    for name in sorted(PUBLISHED):
        path = os.path.join(pages_dir, name)
        doc = factwire.pipeline.extract(path, published=PUBLISHED[name])
        ents = entity_records(name, doc)
        pages[name] = {"published_arg": PUBLISHED[name], "published": doc.published,
                       "title": doc.title, "language": doc.language,
                       "warnings": list(doc.warnings), "text": doc.text, "entities": ents}
        print(f"{name}: {len(doc.text)} chars, {len(ents)} entities "
              f"({sum(e['kind'] != 'location' for e in ents)} non-location)", file=sys.stderr)
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"factwire_file": ffile, "git_head": head, "git_status": status,
                   "worktree": wt, "pythonpath": os.environ.get("PYTHONPATH"),
                   "pages": pages}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
