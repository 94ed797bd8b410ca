# ruff: noqa: E501, SIM115
"""Join transcribed read_file chunks into a page.
The read_file service returns each chunk's text with carriage returns removed, while offsets and
total_chars count them; so a page saved from it is the original with its CR characters dropped.
usage: assemble2.py NAME TOTAL 'file[:start[:end]]' ...   (slice of that piece's text used; pieces must be contiguous in the original)"""

import json
import sys

name, total = sys.argv[1], int(sys.argv[2])
out = []
for spec in sys.argv[3:]:
    f, *rng = spec.split(":")
    s = json.loads(open(f, encoding="utf-8").read())
    a = int(rng[0]) if rng else 0
    b = int(rng[1]) if len(rng) > 1 else len(s)
    out.append(s[a:b])
page = "".join(out)
assert "\r" not in page
open(f"/tmp/s51/audN/html/{name}.html", "w", encoding="utf-8", newline="").write(page)
print(
    name,
    "saved",
    len(page),
    "of total_chars",
    total,
    "-> CRs dropped by the service (inferred):",
    total - len(page),
)
