"""Optional Phoenix/PETRARCH actor dictionaries: named people and organisations with
date-ranged CAMEO codes (``factwire extract --actors-dict PATH``, ``actors.configure`` or
``$FACTWIRE_ACTORS_DICT``).

The dictionaries are read where the user keeps them; nothing of them is copied into factwire.
Format (TABARI/PETRARCH): a root phrase (``VLADIMIR_PUTIN_``, words joined by ``_``), optional
inline codes, ``+SYNONYM`` lines, then tab-indented codes ``[RUSGOV >080508]``,
``[RUSELI 700101-990809]`` or an undated default ``[RUSELI]``; ``#`` starts a comment.
A code is a three-letter country (or IGO/NGO/IMG/MNC) followed by three-letter roles.

Only entries whose code carries a role are used: countries, capitals and demonyms stay with
the built-in gazetteers, which must stand on their own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt")
CODE_RE = re.compile(r"\[([A-Za-z]{3,})\s*([<>]?\s*\d{6,8})?(?:\s*-\s*(\d{6,8}))?\s*\]")
INTERNATIONAL = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "MNC": "BUS"}


@dataclass(frozen=True)
class DatedCode:
    code: str
    start: str | None = None  # ISO date, inclusive
    end: str | None = None  # ISO date, inclusive


@dataclass(frozen=True)
class PhoenixActor:
    name: str
    codes: tuple[DatedCode, ...]
    person: bool

    def code_at(self, date: str | None) -> str | None:
        """The code valid at ``date`` (ISO); the undated default, else the latest range."""
        dated = [c for c in self.codes if c.start or c.end]
        day = date[:10] if date else None
        if day:
            for c in dated:
                if (c.start is None or c.start <= day) and (c.end is None or day <= c.end):
                    return c.code
        undated = [c for c in self.codes if not (c.start or c.end)]
        if undated:
            return undated[-1].code
        if dated:
            return max(dated, key=lambda c: c.end or "9999").code
        return None


def _date(value: str) -> str | None:
    """TABARI dates: YYMMDD (two-digit years 30-99 are 19xx) or YYYYMMDD → ISO."""
    digits = value.strip("<> ")
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{1900 + year if year >= 30 else 2000 + year}{digits[2:]}"
    if len(digits) != 8:
        return None  # malformed in the source (e.g. 2004017): ignored
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


def _codes(text: str) -> list[DatedCode]:
    out = []
    for code, first, second in CODE_RE.findall(text):
        first = first.replace(" ", "")
        if first.startswith(">"):
            out.append(DatedCode(code.upper(), start=_date(first)))
        elif first.startswith("<"):
            out.append(DatedCode(code.upper(), end=_date(first)))
        elif first and second:
            out.append(DatedCode(code.upper(), _date(first), _date(second)))
        else:
            out.append(DatedCode(code.upper()))
    return out


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def parse_file(path: Path) -> list[tuple[list[str], PhoenixActor]]:
    """(surface phrases, actor) records of one dictionary file."""
    records: list[tuple[list[str], PhoenixActor]] = []
    phrases: list[str] = []
    codes: list[DatedCode] = []
    person = False
    name = ""

    def flush():
        if phrases and codes:
            records.append((list(phrases), PhoenixActor(name, tuple(codes), person)))

    text = path.read_text(encoding="utf-8", errors="replace").replace("\x1a", "")
    for line in text.splitlines():
        body, _, comment = line.partition("#")
        if not body.strip():
            continue
        if line[:1] in ("\t", " ") and body.strip().startswith("["):
            codes += _codes(body)
            continue
        if body.startswith("+"):
            phrases.append(_phrase(CODE_RE.sub("", body[1:])))
            codes += _codes(body)
            continue
        root = CODE_RE.sub("", body)
        if phrases and not codes:  # a root line before any code: one more name of the actor
            phrases.append(_phrase(root))
            codes = _codes(body)
            continue
        flush()
        name = _phrase(root).title()
        phrases, codes = [_phrase(root)], _codes(body)
        person = "CountryInfo" in comment
    flush()
    return records


def split_code(code: str) -> tuple[str | None, str | None]:
    """CAMEO code → (country or IGO code, sector): RUSGOV → (RUS, GOV), IGOUNO → (UNO, IGO)."""
    head, rest = code[:3], code[3:]
    if head in INTERNATIONAL:
        return (rest[:3] or head if head == "IGO" else None), INTERNATIONAL[head]
    return head, rest[:3] or None


@functools.cache
def _load(path: str) -> list[tuple[list[str], PhoenixActor]]:
    root = Path(path)
    if root.is_dir():
        files = [root / f for f in ACTOR_FILES if (root / f).exists()]
    elif root.is_file():
        files = [root]
    else:
        raise FileNotFoundError(f"{path}: no Phoenix actor dictionary here")
    if not files:
        raise FileNotFoundError(f"{path}: none of {', '.join(ACTOR_FILES)} found")
    records = []
    for f in files:
        for phrases, actor in parse_file(f):
            if any(len(c.code) > 3 for c in actor.codes):
                records.append((phrases, actor))
    return records


_MATCHERS: dict[tuple[str, int], tuple[PhraseMatcher, list[PhoenixActor]]] = {}


def _matcher(parsed: Doc, path: str) -> tuple[PhraseMatcher, list[PhoenixActor]]:
    key = (path, id(parsed.vocab))
    if key not in _MATCHERS:
        import spacy

        make = spacy.blank("en").tokenizer
        matcher = PhraseMatcher(parsed.vocab, attr="LOWER")
        actors: list[PhoenixActor] = []
        for phrases, actor in _load(path):
            actors.append(actor)
            docs = list(make.pipe(p.title() for p in phrases if p))
            matcher.add(str(len(actors) - 1), docs)
        _MATCHERS[key] = (matcher, actors)
    return _MATCHERS[key]


def matches(parsed: Doc, path: str, date: str | None) -> list[tuple[int, int, dict]]:
    """(start token, end token, fields) of dictionary actors in ``parsed``, coded at ``date``.

    ``fields`` are kind ("person"/"org"), name, code, sector and entity_kind.
    """
    matcher, actors = _matcher(parsed, path)
    out = []
    for match_id, start, end in matcher(parsed):
        if not parsed[start].text[:1].isupper():
            continue  # dictionary phrases are names; "mobile" is not "MOBILE_"
        actor = actors[int(parsed.vocab.strings[match_id])]
        code = actor.code_at(date)
        if not code:
            continue
        country, sector = split_code(code)
        kind = "person" if actor.person else "org"
        out.append((start, end, {
            "kind": kind, "name": actor.name, "code": country, "sector": sector,
            "entity_kind": "person" if actor.person else "organization",
        }))
    return out
