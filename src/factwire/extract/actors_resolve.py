"""Resolving short names and pronouns to a document's entities.

- ``same_person(a, b)``: do two person names (as tuples of name words) name one person?
  A surname or first name alone joins the full name ("Dempsey" → "Owen John Dempsey"),
  and transliteration variants join through a normalised spelling and a similarity ratio
  ("Zelensky" / "Zelenskiy" / "Zelenskyy", "Gaddafi" / "Qaddafi"), not through a list.
- ``resolve_at(doc, offset)``: the entity a pronoun or short name at a character offset
  refers to — the nearest earlier compatible entity (a person for he/she, male- or
  female-marked where the text marks it by an honorific or a common first name; an
  organisation, group or country for it/they; never a place for a person pronoun).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from rapidfuzz import fuzz

from factwire.extract._common import data_json, data_text
from factwire.model import Document, Entity

_NAMES = data_json("actors_names.json")
HONORIFICS: dict[str, str | None] = _NAMES["honorifics"]
PRONOUNS: dict[str, list] = _NAMES["pronouns"]
NAME_SUFFIXES = frozenset(_NAMES["name_suffixes"])
FIRST_NAMES = {**{n: "m" for n in _NAMES["male"]}, **{n: "f" for n in _NAMES["female"]}}
FAMILY_NAME_FIRST = frozenset(_NAMES["family_name_first_countries"])


def _both_ways(table: dict[str, list[str]]) -> dict[str, set[str]]:
    """A formal first name and its short forms, looked up either way ("timothy" ↔ "tim")."""
    out: dict[str, set[str]] = {}
    for formal, shorts in table.items():
        for short in shorts:
            out.setdefault(formal, set()).add(short)
            out.setdefault(short, set()).add(formal)
    return out


NICKNAMES = _both_ways(_NAMES["nicknames"])
GENDERED_WORDS = {**{w: g for w, g in HONORIFICS.items() if g},
                  **{w: g for g in ("f", "m") for w in _NAMES["gendered_titles"][g]}}
# spelling variants of one sound in transliterated names, applied in order
SKELETON_RULES = [("kh", "h"), ("ck", "k"), ("q", "k"), ("x", "ks"), ("ph", "f"), ("w", "v"),
                  ("y", "i"), ("j", "i"), ("ou", "u"), ("ee", "i"), ("ie", "i")]
SIMILAR = 0.8  # ratio of two skeletons that still spell one name
MIN_SIMILAR = 6  # shorter names must match exactly (after the rules)


@functools.lru_cache(maxsize=8192)
def skeleton(word: str) -> str:
    """A name word's sound-alike form: no accents, no hyphens or apostrophes, common
    transliteration variants folded, doubled letters single ("Zelenskyy" → "zelenski")."""
    text = unicodedata.normalize("NFKD", word.replace("’", "'")).encode("ascii", "ignore")
    out = re.sub(r"[^a-z]", "", text.decode().lower())
    for a, b in SKELETON_RULES:
        out = out.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", out)


def same_word(a: str, b: str) -> bool:
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb:
        return bool(sa)
    if min(len(sa), len(sb)) < MIN_SIMILAR or sa[-3:] != sb[-3:]:
        return False
    return fuzz.ratio(sa, sb) >= SIMILAR * 100


# The Arabic article as romanised before a surname ("al-Nimri", "el-Sisi", "ash-Sharaa"):
# the surname alone ("Nimri") names the same person.
ARTICLES = frozenset({"al", "el", "ad", "ag", "an", "ar", "as", "ash", "at", "az", "ul"})


def surname_forms(word: str) -> set[str]:
    """A surname as written and as shortened: a double-barrelled one also by its first part
    ("Adeyemi" for "Adeyemi-Okafor"), one with an article also without it ("Nimri" for
    "al-Nimri"), never by the article alone."""
    head, _, rest = word.partition("-")
    if rest and head.lower() in ARTICLES:
        return {word, rest}
    return {word, head}


def same_person(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``short`` names the person ``full`` names (``len(short) <= len(full)``): all
    its words are in ``full``, the last one being the surname — or, alone, the first name."""
    short, full = name_words(short), name_words(full)
    if not short or not full:
        return False
    # a double-barrelled surname is also shortened to its first part ("Adeyemi" for
    # "Adeyemi-Okafor"); the parts of a hyphenated first name are not
    surnames = surname_forms(full[-1])
    words = set(full) | surnames
    if len(short) > 1 and short[0].lower() in NICKNAMES.get(full[0].lower(), ()):
        short = (full[0],) + short[1:]  # "Bill Barnes" for "William H. Barnes"
    if not all(any(same_word(w, f) for f in words) for w in short):
        return False
    if len(short) > 1:
        return any(same_word(short[-1], s) for s in surnames)
    return any(same_word(short[0], s) for s in surnames) or (
        len(full) > 1 and same_word(short[0], full[0]))


def name_words(name: tuple[str, ...]) -> tuple[str, ...]:
    """A name without honorifics ("Mr.") or a generational suffix after it ("Jr.", "III")."""
    words = tuple(w for w in name if w.lower() not in HONORIFICS)
    while len(words) > 1 and words[-1].lower().strip(",") in NAME_SUFFIXES:
        words = words[:-1]
    return words


def gender(ent: Entity, text: str) -> str | None:
    """"m"/"f" when the text marks it: an honorific or gendered title before or inside a
    mention ("Ms. Rahimi", "Congresswoman Farr", "Queen Sofia"), else a common first name;
    None when unknown."""
    for m in ent.mentions:
        before = text[max(0, m.span[0] - 20):m.span[0]].split()[-1:]
        for word in before + text[m.span[0]:m.span[1]].split():
            found = GENDERED_WORDS.get(word.lower().strip(",;:"))
            if found:
                return found
    first = ent.name.split()[0].lower() if ent.name.split() else ""
    return FIRST_NAMES.get(first)


@functools.cache
def _census_sexes() -> dict[str, str]:
    """Given name → "m"/"f" from the census lists (``actors_first_name_genders.tsv``)."""
    rows = data_text("actors_first_name_genders.tsv").splitlines()
    return dict(line.split("\t") for line in rows if line and not line.startswith("#"))


def likely_gender(ent: Entity, text: str) -> str | None:
    """``gender``, else the sex the census lists give the given name ("Senator Carla Boyd":
    f; a one-word name is a surname, none; nor for people of countries that write the family
    name first, ``family_name_first_countries``). Weaker
    than ``gender`` ("Kim" is a woman's name there, and Kim Jong Un no woman): it may prefer
    a person for a pronoun, never rule one out."""
    marked, words = gender(ent, text), ent.name.split()
    if marked or ent.kind != "person" or len(words) < 2 or \
            ent.country in FAMILY_NAME_FIRST:  # "Kim Jong Un", "Moon Jae-in": a surname
        return marked
    return next((sex for w in words[:-1] if (sex := _census_sexes().get(w.lower()))), None)


def pronoun_gender(word: str) -> str | None:
    """"m"/"f" for he/him/his, she/her/hers and their reflexives; None for any other word."""
    return PRONOUNS.get(word.lower(), (None, None))[1]


def _fits(ent: Entity, cls: str, sex: str | None, text: str) -> bool:
    if cls == "person":
        return ent.kind == "person" and (sex is None or gender(ent, text) in (None, sex))
    if cls == "thing":
        return ent.kind in ("organization", "country", "media")
    return ent.kind in ("group", "organization", "country")


def resolve_at(doc: Document, offset: int) -> Entity | None:
    """The entity the word at ``offset`` refers to: the entity mentioned there, else for a
    pronoun the nearest earlier compatible entity, else for a short name the entity whose
    name it shortens. Other extractors (quotes, events) call this for speakers and arguments."""
    for ent in doc.entities:
        if any(m.span[0] <= offset < m.span[1] for m in ent.mentions):
            return ent
    m = re.match(r"[\w’'-]+", doc.text[offset:])
    if not m:
        return None
    word = m.group(0)
    cue = PRONOUNS.get(word.lower())
    if cue is None:
        return person_named(doc, word)
    cls, sex = cue
    best, best_end = None, -1
    for ent in doc.entities:
        ends = [mm.span[1] for mm in ent.mentions if mm.span[1] <= offset]
        if ends and max(ends) > best_end and _fits(ent, cls, sex, doc.text):
            best, best_end = ent, max(ends)
    return best


def person_named(doc: Document, word: str) -> Entity | None:
    """The one person of ``doc`` whose name ``word`` shortens ("Dempsey", "Serena"); None
    when no person or several fit."""
    return PersonNames(doc.entities).named(word)


class PersonNames:
    """The persons of one document, looked up by a short name through a ``PersonIndex`` (so a
    lookup compares the few names that sound alike, not every person). Build once a document
    when many words are looked up."""

    def __init__(self, entities: list[Entity]) -> None:
        self.index = PersonIndex()
        for e in entities:
            if e.kind == "person":
                self.index.add(tuple(e.name.split()), e)

    def named(self, word: str) -> Entity | None:
        found = {id(e): e for n in self.index.matches((word,))
                 for e in [self.index.entries[n][1]]}
        return next(iter(found.values())) if len(found) == 1 else None


class PersonIndex:
    """Person names seen so far, looked up by sound so that each new name is compared with
    the few names that share a word's skeleton (or its ending), not with every name."""

    def __init__(self) -> None:
        self.entries: list[tuple[tuple[str, ...], object]] = []
        self._by_sound: dict[tuple[str, str], set[int]] = {}

    @staticmethod
    def _sounds(tokens: tuple[str, ...]) -> set[tuple[str, str]]:
        out = set()
        for w in tokens:
            if w.lower() in HONORIFICS:
                continue
            for part in surname_forms(w):  # "Adeyemi" under "Adeyemi-Okafor", "Nimri" too
                s = skeleton(part)
                if s:
                    out.add(("=", s))
                    if len(s) >= MIN_SIMILAR:
                        out.add(("~", s[-3:]))
        return out

    def _index(self, n: int, tokens: tuple[str, ...]) -> None:
        for sound in self._sounds(tokens):
            self._by_sound.setdefault(sound, set()).add(n)

    def add(self, tokens: tuple[str, ...], value: object) -> int:
        self.entries.append((tokens, value))
        self._index(len(self.entries) - 1, tokens)
        return len(self.entries) - 1

    def replace(self, n: int, tokens: tuple[str, ...]) -> None:
        """A longer name for entry ``n`` ("Putin", then "Vladimir Putin")."""
        self.entries[n] = (tokens, self.entries[n][1])
        self._index(n, tokens)

    def matches(self, tokens: tuple[str, ...]) -> list[int]:
        """Every entry naming the same person as ``tokens`` (either way round), in order."""
        candidates: set[int] = set()
        for sound in self._sounds(tokens):
            candidates |= self._by_sound.get(sound, set())
        out = []
        for n in sorted(candidates):
            other = self.entries[n][0]
            short, long_ = (tokens, other) if len(tokens) <= len(other) else (other, tokens)
            if same_person(short, long_):
                out.append(n)
        return out

    def find(self, tokens: tuple[str, ...]) -> int | None:
        """The first entry naming the same person as ``tokens``."""
        found = self.matches(tokens)
        return found[0] if found else None
