# ruff: noqa: E501, SIM115
"""Report families of audit N: each fine family code (field `family` of the judgments) belongs
to exactly one report family.  `python fam.py judgments-c195edb.json` checks that every WRONG
and JUNK record is in exactly one report family and prints the counts, ranked."""

import json
import sys
from collections import defaultdict

FAMILIES = [
    (
        "A name's boundary is wrong: cut at 'and', '&', 'of' or a possessive, or glued to the next word",
        ["F_andcut", "F_orgperson", "F_span"],
    ),
    (
        "Blank codes where the text says what the body or person is",
        ["F_blankbody", "F_blankrole", "F_paper"],
    ),
    (
        "Sector read off a cue word of the name or title, not from the body it belongs to",
        ["F_sectorword", "F_parentsector", "F_pastrole"],
    ),
    (
        "Short names, name parts, titles and epithets of an actor already named are not joined",
        ["F_variant", "F_nameparts", "F_titlecut", "F_role"],
    ),
    (
        "Places (street, neighbourhood, building, facility, a state as a place) typed organization",
        ["F_placeorg"],
    ),
    (
        "Programmes, events and case names taken as actors",
        ["F_program", "F_eventword", "F_casename"],
    ),
    ("Generic, habitual or predicate nouns taken as actors", ["F_generic", "F_predicate"]),
    ("Company and brand names typed person", ["F_brandperson"]),
    (
        "Country from a gazetteer word or from the story's foreign country",
        ["F_gazetteer", "F_ctxforeign"],
    ),
    (
        "Mentions of two actors joined: a coordinated pair, a first name inside another name, a definite description",
        ["F_coord", "F_firstname", "F_defnp"],
    ),
    ("'a group of X': the collective head and X made two entities", ["F_partitive"]),
    ("Implied-agent country entities for acts whose agent is in the sentence", ["F_trigger"]),
    ("A person's bare surname typed organization with a company sector", ["F_surnameorg"]),
]

if __name__ == "__main__":
    recs = json.load(open(sys.argv[1]))["records"]
    owner = {}
    for i, (_, codes) in enumerate(FAMILIES):
        for c in codes:
            assert c not in owner, c
            owner[c] = i
    groups = defaultdict(list)
    for r in recs:
        if r["verdict"] == "RIGHT":
            continue
        groups[owner[r["family"]]].append(r)
    assert sum(len(v) for v in groups.values()) == sum(r["verdict"] != "RIGHT" for r in recs)
    for i in sorted(groups, key=lambda k: -len(groups[k])):
        rs = groups[i]
        print(
            f"{len(rs):3d} (W {sum(r['verdict'] == 'WRONG' for r in rs)}, J {sum(r['verdict'] == 'JUNK' for r in rs)})  {FAMILIES[i][0]}"
        )
