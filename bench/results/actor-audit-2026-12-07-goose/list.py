"""Print one page of a dump: every entity with every mention in context (for judging).

Usage: python list.py DUMP.json PAGE [WIDTH]
"""
import json
import sys

with open(sys.argv[1]) as f:
    d = json.load(f)
page = sys.argv[2]
w = int(sys.argv[3]) if len(sys.argv) > 3 else 80
pg = d['pages'][page]
t = pg['text']
print(f"== {page} | {pg['title']} | {pg['published']}")
for e in pg['entities']:
    print(f"\n{e['id']} {e['name']!r} [{e['kind']}, {e['country'] or '-'}/{e['sector'] or '-'}"
          f" ({e['country_source']}), {len(e['mentions'])} mentions]")
    for m in e['mentions']:
        s, x = m['span']
        ctx = (t[max(0, s - w):s] + '[[' + t[s:x] + ']]' + t[x:x + w]).replace('\n', ' / ')
        print(f"   {s}-{x}: ...{ctx}...")
