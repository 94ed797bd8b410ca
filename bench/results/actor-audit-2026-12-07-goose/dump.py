"""Dump every entity factwire finds on the 11 goose pages (actor audit goose).

Usage:  PYTHONPATH=<worktree>/src python dump.py <worktree> <out.json>

Adapted from actor-audit-2026-12-06-w/dump_text.py (and its dump.py, whose entity_records
and git_state are copied here).  Each page's Document is built from the `text`, `title` and
`published` of bench/results/events-gold-goose-{d,h}/<id>.json (factwire's own extraction of
the page, byte for byte) exactly as the evaluator does it, by
factwire.evaluate.events.annotated_articles(Path(<gold dir>)), which yields (gold, doc) pairs
with the documents fully annotated (nlp.parse + extract.annotate, settings=None).  Only `id`,
`title` and `published` of the gold items are used here (and `text`, to check doc.text); the
gold events are never read or written.  Page names are '<set>/<id>' (set goose-d or goose-h).

<worktree> is a git worktree of factwire at the commit to measure; <worktree>/src goes first
on sys.path and the script stops unless factwire.__file__ (and the evaluator's file) is under
<worktree>.  Per page: published_arg, published, title, language, warnings, text, and every
entity (id, name, kind, country, sector, country_source, every mention span with its text);
every mention span is checked against doc.text, and doc.text against the JSON's `text`.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

GOLD = "/work/main/bench/results"
SETS = ["goose-d", "goose-h"]


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
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    wt = os.path.realpath(sys.argv[1])
    out = sys.argv[2]
    sys.path.insert(0, os.path.join(wt, "src"))
    import factwire
    ffile = os.path.realpath(factwire.__file__)
    if not ffile.startswith(wt + os.sep):
        sys.exit(f"factwire imported from {ffile}, not from {wt}")
    import factwire.evaluate.events as ev
    if not os.path.realpath(ev.__file__).startswith(wt + os.sep):
        sys.exit(f"evaluator imported from {ev.__file__}, not from {wt}")
    head, status = git_state(wt)
    pages = {}
    for s in SETS:
        for item, doc in ev.annotated_articles(Path(GOLD) / f"events-gold-{s}"):
            name = f"{s}/{item['id']}"
            if doc.text != item["text"]:
                sys.exit(f"{name}: doc.text differs from the gold JSON's text")
            ents = entity_records(name, doc)
            pages[name] = {"published_arg": item.get("published"), "published": doc.published,
                           "title": doc.title, "language": doc.language,
                           "warnings": list(doc.warnings), "text": doc.text, "entities": ents}
            print(f"{name}: {len(doc.text)} chars, {len(ents)} entities "
                  f"({sum(e['kind'] != 'location' for e in ents)} non-location)",
                  file=sys.stderr)
    if len(pages) != 11:
        sys.exit(f"{len(pages)} pages, not 11")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"factwire_file": ffile, "git_head": head, "git_status": status,
                   "worktree": wt, "pythonpath": os.environ.get("PYTHONPATH"),
                   "source": "gold JSON texts (id, title, published, text only) of "
                             "events-gold-goose-d and events-gold-goose-h via annotated_articles",
                   "pages": pages}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
