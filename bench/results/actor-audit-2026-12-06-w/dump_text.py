"""Dump every entity factwire finds on the 12 pages of actor audit W, from the gold JSON texts.

Usage:  PYTHONPATH=<worktree>/src python dump_text.py <worktree> <out.json> [<gold dir>]

Like dump.py, but the HTML pages are gone: each page's Document is built from the `text`,
`title` and `published` of bench/results/events-gold-moz-w/<page>.json (factwire's own
extraction of that page, byte for byte) exactly as the evaluator does it, by
factwire.evaluate.events.annotated_articles(Path(<gold dir>)), which yields (gold, doc) pairs
with the documents fully annotated (nlp.parse + extract.annotate, settings=None; published
is the JSON's `published`, or the evaluator's GOLD_DATE when that is null).  Only `id`
(-> page name '<id>.html', the keys of dump.py's PUBLISHED), `published` and `title` of the
gold items are used here; the gold events are not read.

<worktree> is a git worktree of factwire at the commit to measure; <worktree>/src goes first
on sys.path and the script stops unless factwire.__file__ is under <worktree>.  The output
has dump.py's format (per page: published_arg, published, title, language, warnings, text,
entities with id, name, kind, country, sector, country_source and every mention span with
its text); every mention span is checked against doc.text, and doc.text against the JSON's
`text`.
"""
import json
import os
import sys
from pathlib import Path

from dump import entity_records, git_state  # (this folder: run as a script)

GOLD = "/work/main/bench/results/events-gold-moz-w"
PAGES = ["bbc-1.html", "buzzfeed-1.html", "cnn.html", "guardian-1.html",
         "medicalnewstoday.html", "nytimes-1.html", "nytimes-3.html",
         "schema-org-context-object.html", "telegraph.html", "wapo-1.html", "yahoo-2.html",
         "yahoo-3.html"]


def main() -> None:
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    wt = os.path.realpath(sys.argv[1])
    out = sys.argv[2]
    gold_dir = sys.argv[3] if len(sys.argv) == 4 else GOLD
    sys.path.insert(0, os.path.join(wt, "src"))
    import factwire
    from factwire.evaluate.events import annotated_articles
    ffile = os.path.realpath(factwire.__file__)
    if not ffile.startswith(wt + os.sep):
        sys.exit(f"factwire imported from {ffile}, not from {wt}")
    import factwire.evaluate.events as ev
    if not os.path.realpath(ev.__file__).startswith(wt + os.sep):
        sys.exit(f"evaluator imported from {ev.__file__}, not from {wt}")
    head, status = git_state(wt)
    pages = {}
    for item, doc in annotated_articles(Path(gold_dir)):
        name = f"{item['id']}.html"
        if doc.text != item["text"]:
            sys.exit(f"{name}: doc.text differs from the gold JSON's text")
        ents = entity_records(name, doc)
        pages[name] = {"published_arg": item.get("published"), "published": doc.published,
                       "title": doc.title, "language": doc.language,
                       "warnings": list(doc.warnings), "text": doc.text, "entities": ents}
        print(f"{name}: {len(doc.text)} chars, {len(ents)} entities "
              f"({sum(e['kind'] != 'location' for e in ents)} non-location)", file=sys.stderr)
    if sorted(pages) != sorted(PAGES):
        sys.exit(f"pages {sorted(pages)} are not the 12 of dump.py")
    pages = {p: pages[p] for p in PAGES}
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"factwire_file": ffile, "git_head": head, "git_status": status,
                   "worktree": wt, "pythonpath": os.environ.get("PYTHONPATH"),
                   "source": f"gold JSON texts in {gold_dir} via annotated_articles",
                   "pages": pages}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
