"""The document's country context: which country "the police", "the Senate", "the Supreme
Court" or "the ministry" belong to when the text names none.

In order: the dateline ("NAIROBI, Kenya (AP) —": the country written after the place, else
the place's own country), then the country the document names most (at least twice and more
than any other), then the outlet's home country, then the country its usage shows (a county
court, a city council, a police chief and dollar sums: ``usage_countries`` in
actors_cues.json). A code set this way is marked
``country_source = "context"``: inferred, not read.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import TYPE_CHECKING

from factwire.extract import datelines
from factwire.extract._common import data_json
from factwire.model import Dateline, Document

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from factwire.extract.actors_lexicon import Lexicon

# The state's own offices (known without their country: "NASA"), and with parties and the
# opposition the domestic institutions and office holders a context country may code.
STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY"})
DOMESTIC_SECTORS = STATE_SECTORS | {"OPP", "PTY"}
# Armed forces: in a story that names one country's and not the place's own, a bare "the
# military" or "soldiers" is that country's (an army abroad: occupation, deployment).
ARMED_SECTORS = frozenset({"MIL"})


def place_country(name: str, lex: Lexicon) -> str | None:
    """The country of a place or country name ("Kyiv", "Ukraine", "D.C." is none)."""
    for form in (name, name.title()):
        k = lex.known.get(form)
        if k is not None and k.kind in ("country", "capital", "demonym") and k.code:
            return k.code
        code = lex.capitals.get(form) or lex.places.get(form)
        if code:
            return code
    return None


def dateline_country(doc: Document, dateline: Dateline | None, lex: Lexicon) -> str | None:
    if dateline is None:
        return None
    parsed = datelines.parse(doc.text[dateline.span[0]:])
    region = parsed.region if parsed else None
    return (region and place_country(region, lex)) or place_country(dateline.place or "", lex)


@functools.cache
def _foreign_posts() -> frozenset[str]:
    return frozenset(data_json("actors_cues.json")["foreign_posts"])


def posted_abroad(name: str) -> bool:
    """An embassy, an ambassador or an envoy: a guest of the story's country."""
    low = name.lower()
    return any(word in _foreign_posts() for word in low.split()) or any(
        " " in post and post in low for post in _foreign_posts())


def _post_of(parsed: Doc | None, head: int) -> bool:
    """Is the name the country of a post abroad ("the ambassadors of Sweden and Finland")?"""
    if parsed is None or head < 0:
        return False
    tok = parsed[head]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
        posted_abroad(tok.head.head.text)


def dominant_country(phrases: list, lex: Lexicon, parsed: Doc | None = None) -> str | None:
    """The country the text names most, when it stands out (≥ 2 mentions, no tie); its posts
    abroad (embassies, ambassadors, envoys, and the countries they are of) and its name as a
    topic ("the Ukraine scandal") do not count. Each office holder the knowledge base knows
    counts once for their country: a story of Canada's prime minister and ministers that
    names Britain as a model is Canada's ("the Government" is Ottawa's)."""
    counts = Counter(p.code for p in phrases if p.code and p.code not in lex.igo_codes
                     and p.source in (None, "text") and p.anaphor is None
                     and not posted_abroad(p.name) and not _post_of(parsed, p.head)
                     and not _topic(parsed, p.head))
    holders = {p.name: p.code for p in phrases
               if p.kind == "person" and p.source == "dictionary" and p.code
               and p.sector in DOMESTIC_SECTORS and p.code not in lex.igo_codes
               and not posted_abroad(p.name)}
    counts.update(holders.values())
    return leading(counts)


def _topic(parsed: Doc | None, head: int) -> bool:
    """Is the name a topic: a country's name modifying a common noun ("the Ukraine scandal",
    "the Ukraine call"), what the story is about rather than where it is set?"""
    if parsed is None or head < 0:
        return False
    tok = parsed[head]
    return tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.head.pos_ == "NOUN" and \
        tok.head.i > tok.i


def leading(counts: Counter[str]) -> str | None:
    """The country counted most, when it stands out: twice at least, and no tie."""
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def outlet_country(doc: Document, lex: Lexicon) -> str | None:
    k = lex.known.get(doc.publisher or "")
    return k.code if k is not None and k.kind == "media" else None


@functools.cache
def _usage_cues() -> tuple[tuple[str, int, tuple[re.Pattern, ...]], ...]:
    table = data_json("actors_cues.json")["usage_countries"]
    return tuple((code, row["min_cues"], tuple(re.compile(c) for c in row["cues"]))
                 for code, row in table.items())


def usage_country(text: str) -> str | None:
    """The one country whose usage the text shows in enough distinct cues, if any."""
    found = [code for code, least, cues in _usage_cues()
             if sum(bool(c.search(text)) for c in cues) >= least]
    return found[0] if len(found) == 1 else None


def document_country(doc: Document, dateline: Dateline | None, phrases: list,
                     lex: Lexicon, parsed: Doc | None = None) -> str | None:
    return (dateline_country(doc, dateline, lex) or dominant_country(phrases, lex, parsed)
            or outlet_country(doc, lex) or usage_country(doc.text))


@functools.cache
def _many_country_words() -> frozenset[str]:
    return frozenset(data_json("actors_cues.json")["many_country_words"])


def of_many_countries(name: str) -> bool:
    """Does a group's own name say it spans countries ("European governments", "African
    leaders", "Gulf states", "world leaders")? Then no one country's context codes it."""
    return any(w.lower() in _many_country_words() for w in name.replace("-", " ").split())


def apply(phrases: list, country: str | None, lex: Lexicon | None = None) -> None:
    """Code the uncoded domestic institutions and office holders with ``country``; a bare
    post abroad ("the embassy", "the high commission") is a guest there, of the other
    country the story is about (when one leads), not of ``country``."""
    if not country:
        return
    other = other_country(phrases, country, lex) if lex is not None else None
    forces = {p.code for p in phrases if p.code and p.sector in ARMED_SECTORS}
    sole_force = next(iter(forces)) if len(forces) == 1 and country not in forces else None
    for p in phrases:
        if p.code is None and p.sector in DOMESTIC_SECTORS and p.kind != "country" and \
                not (p.kind == "group" and of_many_countries(p.name)) and \
                not p.many_countries:  # "ministers from 12 countries"
            if p.sector in ARMED_SECTORS and sole_force:  # "NABLUS, West Bank — … the Israel
                p.code, p.source = sole_force, "context"  # Defense Forces … the military"
            elif not posted_abroad(p.name):
                p.code, p.source = country, "context"
            elif other:
                p.code, p.source = other, "context"


@functools.cache
def _institutions_of_any_state() -> frozenset[str]:
    return frozenset(data_json("actors_cues.json")["institutions_of_any_state"])


@functools.cache
def _institution_homes() -> dict[str, frozenset[str]]:
    return {name: frozenset(codes)
            for name, codes in data_json("actors_cues.json")["institution_homes"].items()}


def rehome(phrases: list, home: str | None, text: str) -> None:
    """A bare state body the knowledge base files under one country ("Congress": USA) is the
    dateline country's in a story from there ("BRASILIA (Reuters) - … Congress can override
    the veto"): marked ``context``; not where no body goes by that name
    (``institution_homes``: "JERUSALEM — … a joint meeting of Congress" is the US one)."""
    if not home:
        return
    for p in phrases:
        words = text[p.start:p.end].removeprefix("the ").removeprefix("The ")
        if p.source == "dictionary" and p.code and p.code != home and \
                words in _institutions_of_any_state() and \
                home in _institution_homes().get(words, frozenset({home})):
            p.code, p.source = home, "context"


def other_country(phrases: list, home: str, lex: Lexicon) -> str | None:
    """The country other than ``home`` the text names most, when it stands out (≥ 2
    mentions, no tie)."""
    return leading(Counter(p.code for p in phrases if p.code and p.code != home
                           and p.code not in lex.igo_codes and p.anaphor is None
                           and not posted_abroad(p.name)))
