"""Dump every entity factwire finds on the pages of actor audit N (2026-12-07-news).

Usage:  python dump.py OUT.json [PAGES_DIR]

Runs factwire.pipeline.extract(path) (defaults: NLP on) on each page of PAGES (default dir
/tmp/s51/audN/html) with the installed factwire (the editable install of /work/main; the script
records factwire.__file__, the git HEAD and `git status --short` of /work/main).  Writes, per
page, the document text, title, published, dateline, language, warnings, word count and every
entity of every kind (id, name, kind, country, sector, country_source, every mention's span
and text).  Every mention span is checked against doc.text (the script stops on a mismatch).
"""

import json
import os
import subprocess
import sys

PAGES = ["oregonlive2", "nj1", "nola1", "oregonlive1", "theroot1"]
REPO = "/work/main"


def git(*args):
    return subprocess.run(
        ["git", "-C", REPO, *args], capture_output=True, text=True, check=True
    ).stdout


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    out = sys.argv[1]
    pages_dir = sys.argv[2] if len(sys.argv) == 3 else "/tmp/s51/audN/html"
    import factwire
    import factwire.pipeline

    pages = {}
    n_ment = 0
    for name in PAGES:
        doc = factwire.pipeline.extract(os.path.join(pages_dir, name + ".html"))
        ents = []
        for e in doc.entities:
            ms = []
            for m in e.mentions:
                s, t = m.span
                if doc.text[s:t] != m.text:
                    sys.exit(f"{name} {e.id}: span {s}-{t} {doc.text[s:t]!r} != {m.text!r}")
                ms.append({"span": [s, t], "text": m.text})
                n_ment += 1
            ents.append(
                {
                    "id": e.id,
                    "name": e.name,
                    "kind": e.kind,
                    "country": e.country,
                    "sector": e.sector,
                    "country_source": e.country_source,
                    "mentions": ms,
                }
            )
        pages[name] = {
            "title": doc.title,
            "published": doc.published,
            "dateline": (str(doc.dateline) if getattr(doc, "dateline", None) is not None else None),
            "language": getattr(doc, "language", None),
            "warnings": list(getattr(doc, "warnings", []) or []),
            "words": len(doc.text.split()),
            "text": doc.text,
            "entities": ents,
        }
        print(
            f"{name}: {len(doc.text.split())} words, {len(ents)} entities "
            f"({sum(e['kind'] != 'location' for e in ents)} non-location)",
            file=sys.stderr,
        )
    with open(out, "w", encoding="utf-8") as f:
        json.dump(
            {
                "factwire_file": os.path.realpath(factwire.__file__),
                "git_head": git("rev-parse", "HEAD").strip(),
                "git_status": git("status", "--short"),
                "mentions_checked": n_ment,
                "pages": pages,
            },
            f,
            ensure_ascii=False,
            indent=1,
        )
    print(f"{n_ment} mentions checked, 0 span mismatches", file=sys.stderr)


if __name__ == "__main__":
    main()
