# ruff: noqa: E501, SIM115
"""Build the judgments of actor audit N (2026-12-07-news) and its tables.

Usage: python gen.py DUMP.json JDIR OUT_JUDGMENTS.json OUT_TABLES.md

JDIR holds one file per page (NAME.py) with a list J of records
(idx, verdict, class, extra_faults, close, alt, family, reason), idx being the entity's position
among the page's non-location entities in DUMP.json.  The script stops (exit 2) unless every
non-location entity of the dump has exactly one record.  It writes one JSON record per entity
(page, idx, id, name, kind, country, sector, country_source, mention spans and texts, verdict,
verdict_ac, class, faults, close, alt, family, reason) and the markdown tables (totals strict
and a-c, per page, WRONG by class (primary and all faults), JUNK by class, families, close
calls, country_source of wrong countries).
"""

import json
import runpy
import sys
from collections import Counter, defaultdict

WRONG_CLASSES = ["split", "merged", "wrong country", "wrong sector", "wrong kind", "missing code"]
JUNK_CLASSES = [
    "product",
    "generic noun",
    "fragment",
    "work title",
    "event/award",
    "place",
    "abbreviation",
    "other",
]
PAGES = ["oregonlive2", "nj1", "nola1", "oregonlive1", "theroot1"]


def pct(a, n):
    return f"{100 * a / n:.1f}%" if n else "–"


def main():
    dump_f, jdir, out_j, out_md = sys.argv[1:5]
    dump = json.load(open(dump_f))
    recs, problems = [], []
    for page in PAGES:
        ents = [e for e in dump["pages"][page]["entities"] if e["kind"] != "location"]
        J = runpy.run_path(f"{jdir}/{page}.py")["J"]
        seen = Counter(r[0] for r in J)
        for i, e in enumerate(ents):
            if seen[i] != 1:
                problems.append(f"{page} e{i} {e['name']!r}: {seen[i]} judgments")
        for r in J:
            if r[0] >= len(ents):
                problems.append(f"{page}: judgment for missing e{r[0]}")
        if problems:
            continue
        for idx, verdict, cls, extra, close, alt, fam, reason in sorted(J):
            e = ents[idx]
            assert verdict in ("RIGHT", "WRONG", "JUNK"), (page, idx)
            if verdict == "WRONG":
                assert cls in WRONG_CLASSES, (page, idx, cls)
            elif verdict == "JUNK":
                assert cls in JUNK_CLASSES, (page, idx, cls)
            else:
                assert cls is None and fam is None, (page, idx)
            if verdict != "RIGHT":
                assert fam, (page, idx)
            faults = ([cls] + list(extra)) if verdict == "WRONG" else []
            ac = "RIGHT" if (verdict == "WRONG" and faults == ["missing code"]) else verdict
            recs.append(
                {
                    "page": page,
                    "idx": idx,
                    "id": e["id"],
                    "name": e["name"],
                    "kind": e["kind"],
                    "country": e["country"],
                    "sector": e["sector"],
                    "country_source": e["country_source"],
                    "mentions": e["mentions"],
                    "verdict": verdict,
                    "verdict_ac": ac,
                    "class": cls,
                    "faults": faults,
                    "close": close,
                    "alt": alt,
                    "family": fam,
                    "reason": reason,
                }
            )
    if problems:
        print("\n".join(problems))
        sys.exit(2)
    json.dump(
        {"dump": dump_f, "git_head": dump["git_head"], "records": recs},
        open(out_j, "w"),
        ensure_ascii=False,
        indent=1,
    )

    L = []
    n = len(recs)
    cs = Counter(r["verdict"] for r in recs)
    ca = Counter(r["verdict_ac"] for r in recs)
    L.append("| | n | % |\n|---|---|---|")
    for v in ("RIGHT", "WRONG", "JUNK"):
        L.append(f"| {v} | {cs[v]} | {pct(cs[v], n)} |")
    L.append(
        f"| a–c RIGHT (WRONG only for blank codes counted RIGHT) | {ca['RIGHT']} | {pct(ca['RIGHT'], n)} |"
    )
    L.append(
        f"\nn = {n} non-location entities. Actual actors (RIGHT + WRONG): {cs['RIGHT'] + cs['WRONG']}; "
        f"RIGHT among them {pct(cs['RIGHT'], cs['RIGHT'] + cs['WRONG'])} strict, "
        f"{pct(ca['RIGHT'], cs['RIGHT'] + cs['WRONG'])} a–c."
    )
    # sensitivity
    up_s = sum(
        1 for r in recs if r["close"] and r["verdict"] != "RIGHT" and r["alt"].startswith("RIGHT")
    )
    dn_s = sum(
        1
        for r in recs
        if r["close"] and r["verdict"] == "RIGHT" and not r["alt"].startswith("RIGHT")
    )

    def ac_of(alt):
        return (
            "RIGHT"
            if alt.startswith("RIGHT") or alt.startswith("WRONG missing code")
            else alt.split()[0]
        )

    up_a = sum(
        1 for r in recs if r["close"] and r["verdict_ac"] != "RIGHT" and ac_of(r["alt"]) == "RIGHT"
    )
    dn_a = sum(
        1 for r in recs if r["close"] and r["verdict_ac"] == "RIGHT" and ac_of(r["alt"]) != "RIGHT"
    )
    ncl = sum(r["close"] for r in recs)
    L.append(
        f"\n{ncl} close calls. Taking every close call's other reading could move strict RIGHT by at most "
        f"+{up_s}/−{dn_s} ({100 * up_s / n:+.1f}/−{100 * dn_s / n:.1f} points) and a–c RIGHT by at most +{up_a}/−{dn_a} "
        f"({100 * up_a / n:+.1f}/−{100 * dn_a / n:.1f} points)."
    )
    L.append("\n### Per page\n")
    L.append(
        "| page | words | n | RIGHT | WRONG | JUNK | RIGHT % | a–c RIGHT % | close calls |\n|---|---|---|---|---|---|---|---|---|"
    )
    tw = 0
    for p in PAGES:
        pr = [r for r in recs if r["page"] == p]
        s = Counter(r["verdict"] for r in pr)
        a = Counter(r["verdict_ac"] for r in pr)
        w = dump["pages"][p]["words"]
        tw += w
        L.append(
            f"| {p} | {w} | {len(pr)} | {s['RIGHT']} | {s['WRONG']} | {s['JUNK']} | {pct(s['RIGHT'], len(pr))} | "
            f"{pct(a['RIGHT'], len(pr))} | {sum(r['close'] for r in pr)} |"
        )
    L.append(
        f"| **all** | {tw} | {n} | {cs['RIGHT']} | {cs['WRONG']} | {cs['JUNK']} | {pct(cs['RIGHT'], n)} | "
        f"{pct(ca['RIGHT'], n)} | {ncl} |"
    )

    def tag(r):
        return f"{r['page']} e{r['idx']} `{r['name']}`"

    L.append(f"\n### WRONG by class (primary class, {cs['WRONG']} entities)\n")
    L.append("| class | n | entities |\n|---|---|---|")
    for c in WRONG_CLASSES:
        rs = [r for r in recs if r["verdict"] == "WRONG" and r["class"] == c]
        L.append(f"| {c} | {len(rs)} | {'; '.join(tag(r) for r in rs)} |")
    L.append("\n| fault (all faults) | entities with it |\n|---|---|")
    for c in WRONG_CLASSES:
        L.append(f"| {c} | {sum(1 for r in recs if c in r['faults'])} |")
    L.append(f"\n### JUNK by class ({cs['JUNK']} entities)\n")
    L.append("| class | n | entities |\n|---|---|---|")
    for c in JUNK_CLASSES:
        rs = [r for r in recs if r["verdict"] == "JUNK" and r["class"] == c]
        L.append(f"| {c} | {len(rs)} | {'; '.join(tag(r) for r in rs)} |")
    L.append("\n### Families (every WRONG and JUNK entity in exactly one family)\n")
    fam = defaultdict(list)
    for r in recs:
        if r["verdict"] != "RIGHT":
            fam[r["family"]].append(r)
    L.append("| family | n | WRONG | JUNK | entities |\n|---|---|---|---|---|")
    for f, rs in sorted(fam.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        L.append(
            f"| {f} | {len(rs)} | {sum(r['verdict'] == 'WRONG' for r in rs)} | {sum(r['verdict'] == 'JUNK' for r in rs)} | "
            f"{'; '.join(tag(r) for r in rs)} |"
        )
    L.append("\n### country_source\n")
    L.append(
        "| country_source | all | RIGHT | WRONG | JUNK | with a wrong-country fault |\n|---|---|---|---|---|---|"
    )
    for src in sorted({str(r["country_source"]) for r in recs}):
        rs = [r for r in recs if str(r["country_source"]) == src]
        c = Counter(r["verdict"] for r in rs)
        wc = [r for r in rs if "wrong country" in r["faults"]]
        L.append(
            f"| {src} | {len(rs)} | {c['RIGHT']} | {c['WRONG']} | {c['JUNK']} | {len(wc)} ({'; '.join(tag(r) for r in wc)}) |"
        )
    L.append(f"\n### Close calls ({ncl})\n")
    for r in recs:
        if r["close"]:
            v = r["verdict"] + (f" ({r['class']})" if r["class"] else "")
            L.append(f"- {tag(r)}: **{v}**, other reading {r['alt']} — {r['reason']}")
    open(out_md, "w").write("\n".join(L) + "\n")
    print("\n".join(L[:12]))


if __name__ == "__main__":
    main()
