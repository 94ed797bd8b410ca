"""Totals of actor audit goose for one dump (adapted from actor-audit-2026-12-06-w/gen.py).

Usage: python gen.py DUMP.json JUDGMENTS.json [MORE_JUDGMENTS.json ...] [--md OUT.md]

Every non-location entity of the dump gets the judgment whose identity (page, name, kind,
country, sector, country_source, mention spans in order) is the same; an entity no judgment
covers is listed and the script exits 2.  Prints the totals (strict and a-c), per page,
WRONG / JUNK by class and the close-call sensitivity; --md writes the same as markdown.
Prints no entity name.
"""
import json
import sys
from collections import Counter

WRONG_CLASSES = ["split", "merged", "wrong country", "wrong sector", "wrong kind", "missing code"]
JUNK_CLASSES = ["product", "generic noun", "fragment", "work title", "event/award", "place",
                "abbreviation", "other"]


def key(page, e):
    spans = e['spans'] if 'spans' in e else [m['span'] for m in e['mentions']]
    return (page, e['name'], e['kind'], e['country'], e['sector'], e['country_source'],
            tuple(tuple(s) for s in spans))


def pct(a, n):
    return f"{a} ({100 * a / n:.1f}%)" if n else "0"


def alt_ac(r):
    if r['alt'] == 'WRONG' and r.get('alt_class') == 'missing code':
        return 'RIGHT'
    return r['alt']


def main():
    args = sys.argv[1:]
    md = None
    if '--md' in args:
        i = args.index('--md')
        md = args[i + 1]
        del args[i:i + 2]
    with open(args[0]) as fh:
        dump = json.load(fh)
    judged = {}
    for f in args[1:]:
        with open(f) as fh:
            records = json.load(fh)['records']
        for r in records:
            k = key(r['page'], r)
            if k in judged and judged[k]['verdict_strict'] != r['verdict_strict']:
                sys.exit(f"conflicting judgments for an entity of {r['page']}")
            judged[k] = r
    rows, missing = [], []
    for page, pg in dump['pages'].items():
        for e in pg['entities']:
            if e['kind'] == 'location':
                continue
            r = judged.get(key(page, e))
            if r is None:
                missing.append((page, e['id']))
            else:
                rows.append((page, r))
    if missing:
        print("unjudged entities (page, id):")
        for m in missing:
            print("  ", *m)
        sys.exit(2)
    out = []
    n = len(rows)
    cs = Counter(r['verdict_strict'] for _, r in rows)
    ca = Counter(r['verdict_ac'] for _, r in rows)
    close = sum(r['close'] for _, r in rows)
    out.append(f"commit {dump['git_head'][:7]} ({dump['factwire_file']})\n")
    out.append("| rule | n | RIGHT | WRONG | JUNK |\n|---|---|---|---|---|")
    out.append(f"| strict | {n} | {pct(cs['RIGHT'], n)} | {pct(cs['WRONG'], n)} | "
               f"{pct(cs['JUNK'], n)} |")
    out.append(f"| a–c | {n} | {pct(ca['RIGHT'], n)} | {pct(ca['WRONG'], n)} | "
               f"{pct(ca['JUNK'], n)} |")
    act = cs['RIGHT'] + cs['WRONG']
    out.append(f"\nActual actors (RIGHT + WRONG): {act}; RIGHT among them "
               f"{100*cs['RIGHT']/act:.1f}% strict, {100*ca['RIGHT']/act:.1f}% a–c. "
               f"WRONG only for blank codes: {cs['WRONG'] - ca['WRONG']}. "
               f"Close calls: {close}.\n")
    out.append("### Per page\n")
    out.append("| page | n | R | W | J | R a–c | W a–c | J a–c | close calls |\n"
               "|---|---|---|---|---|---|---|---|---|")
    for page in dump['pages']:
        pr = [r for p, r in rows if p == page]
        s = Counter(r['verdict_strict'] for r in pr)
        a = Counter(r['verdict_ac'] for r in pr)
        out.append(f"| {page} | {len(pr)} | {s['RIGHT']} | {s['WRONG']} | {s['JUNK']} | "
                   f"{a['RIGHT']} | {a['WRONG']} | {a['JUNK']} | {sum(r['close'] for r in pr)} |")
    out.append(f"| **all** | {n} | {cs['RIGHT']} | {cs['WRONG']} | {cs['JUNK']} | {ca['RIGHT']} | "
               f"{ca['WRONG']} | {ca['JUNK']} | {close} |")
    out.append(f"\n### WRONG by class ({cs['WRONG']} entities, strict)\n")
    out.append("| class | primary | all faults |\n|---|---|---|")
    for c in WRONG_CLASSES:
        prim = sum(1 for _, r in rows if r['verdict_strict'] == 'WRONG' and r['class'] == c)
        allf = sum(1 for _, r in rows if r['verdict_strict'] == 'WRONG' and c in r['faults'])
        out.append(f"| {c} | {prim} | {allf} |")
    out.append(f"| **total** | **{cs['WRONG']}** | |")
    out.append(f"\n### JUNK by class ({cs['JUNK']} entities)\n")
    out.append("| class | count |\n|---|---|")
    for c in JUNK_CLASSES:
        count = sum(1 for _, r in rows if r['verdict_strict'] == 'JUNK' and r['class'] == c)
        out.append(f"| {c} | {count} |")
    out.append(f"| **total** | **{cs['JUNK']}** |")
    # sensitivity: taking each close call's other reading
    cl = [r for _, r in rows if r['close']]
    up_s = sum(1 for r in cl if r['verdict_strict'] != 'RIGHT' and r['alt'] == 'RIGHT')
    dn_s = sum(1 for r in cl if r['verdict_strict'] == 'RIGHT' and r['alt'] != 'RIGHT')
    up_a = sum(1 for r in cl if r['verdict_ac'] != 'RIGHT' and alt_ac(r) == 'RIGHT')
    dn_a = sum(1 for r in cl if r['verdict_ac'] == 'RIGHT' and alt_ac(r) != 'RIGHT')
    trans = Counter((r['verdict_strict'], r['alt']) for r in cl)
    out.append(f"\n### Close calls ({len(cl)})\n")
    out.append("| reading given → other reading | count |\n|---|---|")
    for (a, b), c in sorted(trans.items()):
        out.append(f"| {a} → {b} | {c} |")
    out.append(f"\nTaking every close call's other reading would move strict RIGHT by at most "
               f"+{up_s} / −{dn_s} entities ({100*up_s/n:.1f} / {100*dn_s/n:.1f} points) and "
               f"a–c RIGHT by at most +{up_a} / −{dn_a} ({100*up_a/n:.1f} / {100*dn_a/n:.1f} "
               f"points). All close calls: strict RIGHT {cs['RIGHT']+up_s-dn_s} "
               f"({100*(cs['RIGHT']+up_s-dn_s)/n:.1f}%) if every other reading were taken.")
    text = "\n".join(out) + "\n"
    print(text)
    if md:
        with open(md, 'w') as fh:
            fh.write(text)


if __name__ == '__main__':
    main()
