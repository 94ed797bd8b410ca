"""Build ``actors_phoenix_kb.json.gz``: the Phoenix actor dictionaries in a compact form.

Usage: ``python src/factwire/extract/data/build_actors_kb.py ../shared/dictionaries/phoenix``

Parsing the TABARI files and building a phrase matcher over them takes seconds; the compact
form (normalised phrase → actor index, actors with their dated codes) loads in a fraction
of that. Only role-coded entries are kept: countries stay with the built-in gazetteer.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from factwire.extract import actors_phoenix
from factwire.extract.actors_lexicon import lexicon, norm_key

OUT = Path(__file__).with_name("actors_phoenix_kb.json.gz")


def leading_title_words() -> set[str]:
    """Role nouns and titles (whole terms) and other words a phrase may open with:
    "PRESIDENT_BORIS_YELTSIN" is dropped for "BORIS_YELTSIN", so the text's own title
    ("Russian President") decides the role; a generic body ("Ministry of Interior") is no one
    country's."""
    words = {term.replace(".", "") for term, agent in lexicon().agents.items()
             if not agent.name_title and not agent.doers_only}  # ("host", "owner": titles
    # only before a person's name, and the first words of bodies' names: "Host Marriott";
    # "man", "men": no title at all, and a name may open with them: "Men Sam An")
    return words | {"the", "former", "ex", "vice", "deputy", "acting", "interim", "chief",
                    "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "u", "us", "un"}


def opens_with_a_title(key: str, titles: set[str], first_words: set[str] | None) -> bool:
    """Does the phrase open with one of ``titles``? A person's name (``first_words`` given)
    with the first word of any ("REAR_X" of a rear admiral, "HOUSE_SPEAKER_X"); a body's
    with a whole one ("prison officer", not "Prison Fellowship International")."""
    words = key.split()
    if first_words is not None:
        return words[0] in first_words
    return any(" ".join(words[:n]) in titles for n in range(1, min(4, len(words)) + 1))


def build(folder: str) -> dict:
    titles = leading_title_words()
    first_words = {title.split()[0] for title in titles}
    actors: list[list] = []
    phrases: dict[str, int] = {}
    for names, actor in actors_phoenix.load_records(folder):
        if actor.country_level:
            continue
        keys = []
        for phrase in names:
            key = norm_key(phrase)
            if not key or key in phrases or opens_with_a_title(
                    key, titles, first_words if actor.person else None):
                continue
            keys.append(key)
        if not keys:
            continue
        codes = [[c.code, c.start, c.end] for c in actor.codes]
        actors.append([actor.name, int(actor.person), codes])
        for key in keys:
            phrases[key] = len(actors) - 1
    return {"source": "PETRARCH2 Phoenix actor dictionaries (MIT), see actors_phoenix_NOTICE.md",
            "actors": actors, "phrases": phrases}


if __name__ == "__main__":
    kb = build(sys.argv[1] if len(sys.argv) > 1 else "../shared/dictionaries/phoenix")
    data = json.dumps(kb, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    OUT.write_bytes(gzip.compress(data.encode("utf-8"), mtime=0))
    print(f"{OUT.name}: {len(kb['actors'])} actors, {len(kb['phrases'])} phrases, "
          f"{OUT.stat().st_size} bytes")
