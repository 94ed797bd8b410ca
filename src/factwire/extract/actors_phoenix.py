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
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from factwire.extract._common import data_json

ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt")
CODE_RE = re.compile(r"\[([A-Za-z]{3,})\s*([<>]?\s*\d{6,8})?(?:\s*-\s*(\d{6,8}))?\s*\]")
BRACKET_RE = re.compile(r"\[[^\]]*\]")
INTERNATIONAL = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "MNC": "BUS"}
STATE_BRANCHES = frozenset({"LEG", "JUD"})  # the branches of a state after GOV in a body's code
# Years after a person's last dated office (the knowledge base's ranges often end when it was
# last updated, not when the office did) after which the person is taken for a former holder.
FORMER_AFTER_YEARS = 4


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
    country_level: bool = False  # a bare code the gazetteer lacks: a country of its own

    def code_at(self, date: str | None) -> str | None:
        """The code valid at ``date`` (ISO); the undated default, else the latest range. A
        person whose every office ended more than ``FORMER_AFTER_YEARS`` before the date is
        a former office holder of that country (ELI): no longer its government."""
        dated = [c for c in self.codes if c.start or c.end]
        day = date[:10] if date else None
        if day:
            for c in dated:
                if (c.start is None or c.start <= day) and (c.end is None or day <= c.end):
                    return c.code
        undated = [c for c in self.codes if not (c.start or c.end)]
        if undated:
            return undated[-1].code
        if not dated:
            return None
        latest = max(dated, key=lambda c: c.end or "9999")
        if self.person and day and latest.end and latest.code[:3] not in INTERNATIONAL and \
                int(day[:4]) - int(latest.end[:4]) > FORMER_AFTER_YEARS:
            return latest.code[:3] + "ELI"
        return latest.code


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
    awaiting = False
    name = ""

    def flush():
        if phrases and codes:
            records.append((list(phrases), PhoenixActor(name, tuple(codes), person)))

    text = path.read_text(encoding="utf-8", errors="replace").replace("\x1a", "")
    for line in text.splitlines():
        body, _, comment = line.partition("#")
        if not body.strip() or body.lstrip().startswith("<"):  # blank, or an <!-- note -->
            continue
        if line[:1] in ("\t", " ") and body.strip().startswith("["):
            codes += _codes(body)
            continue
        if body.startswith("+"):
            phrases.append(_phrase(CODE_RE.sub("", body[1:])))
            codes += _codes(body)
            continue
        root = BRACKET_RE.sub("", body)
        if phrases and not codes and awaiting:  # a root line before any code: one more name
            phrases.append(_phrase(root))
            codes = _codes(body)
            awaiting = "[" not in body
            continue
        flush()
        name = display_name(_phrase(root))
        phrases, codes = [_phrase(root)], _codes(body)
        # a root with a code block, even a null one ("BOROMIR [---]"), is complete
        awaiting = "[" not in body
        person = "CountryInfo" in comment
    flush()
    return records


REGNAL_RE = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})")


def display_name(phrase: str) -> str:
    """A dictionary's capitals as a name is written: "Elizabeth II" (a regnal number after
    a single name; inside a longer name it may be a word of it), "McConnell"."""
    words = phrase.title().split()
    for i, word in enumerate(words):
        if i == 1 and len(words) == 2 and REGNAL_RE.fullmatch(word.upper()):
            words[i] = word.upper()
        elif word.startswith("Mc") and len(word) > 3:
            words[i] = "Mc" + word[2:].capitalize()
    return " ".join(words)


@functools.cache
def _sector_codes() -> frozenset[str]:
    return frozenset(data_json("actors_cues.json")["cameo_sector_codes"])


@functools.cache
def _country_codes() -> frozenset[str]:
    from factwire.extract.actors_lexicon import lexicon

    return frozenset(lexicon().country_names)


def split_code(code: str) -> tuple[str | None, str | None]:
    """CAMEO code → (country or IGO code, sector): RUSGOV → (RUS, GOV), IGOUNO → (UNO, IGO),
    MNCJPN → (JPN, BUS) (a multinational's home country). A territory or region between them
    is no sector: GBRFLKGOV → (GBR, GOV), DNKFRO → (DNK, None)."""
    head, rest = code[:3], code[3:]
    if head == "MNC" and rest[:3] in _country_codes():  # MNCJPN: a company based in Japan
        return rest[:3], INTERNATIONAL[head]
    if head in INTERNATIONAL:
        return (rest[:3] or head if head == "IGO" else None), INTERNATIONAL[head]
    groups = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    return head, next((g for g in groups if g in _sector_codes()), None)


def _fields(actor: PhoenixActor, code: str) -> dict:
    """The entity fields of a dictionary actor coded ``code``. A body of the state coded with
    its branch after GOV (USAGOVLEG, the Congress; USAGOVJUD, the Supreme Court) is that
    branch; a person so coded is a government member with a portfolio (a minister), GOV."""
    country, sector = split_code(code)
    groups = [code[i:i + 3] for i in range(3, len(code), 3)]
    branch = groups[groups.index("GOV") + 1:][:1] if "GOV" in groups else []
    if not actor.person and sector == "GOV" and branch and branch[0] in STATE_BRANCHES:
        sector = branch[0]
    return {"kind": "person" if actor.person else "org", "name": actor.name, "code": country,
            "sector": sector, "entity_kind": "person" if actor.person else "organization"}


def actor_files(path: str) -> list[Path]:
    """The actor dictionary files at ``path``: one file, or a folder's Phoenix files (else its
    ``*actors*.txt``, e.g. ``PETR.Validate.actors.txt``)."""
    root = Path(path)
    if root.is_dir():
        files = [root / f for f in ACTOR_FILES if (root / f).exists()]
        files = files or sorted(root.glob("*actors*.txt"))
    elif root.is_file():
        files = [root]
    else:
        raise FileNotFoundError(f"{path}: no Phoenix actor dictionary here")
    if not files:
        raise FileNotFoundError(f"{path}: none of {', '.join(ACTOR_FILES)} or *actors*.txt "
                                "found")
    return files


@functools.cache
def load_records(path: str) -> list[tuple[list[str], PhoenixActor]]:
    """The usable (phrases, actor) records of the actor dictionaries at ``path``."""
    not_states = _not_state_codes()
    records = []
    for f in actor_files(path):
        for phrases, actor in parse_file(f):
            if any(len(c.code) > 3 for c in actor.codes):
                records.append((phrases, actor))
            elif all(c.code not in not_states for c in actor.codes):
                known = _gazetteer_code(phrases)
                if known is None:  # a state of its own ("ARNOR_ [ARN]")
                    records.append((phrases, replace(actor, country_level=True)))
                    continue
                # a state the gazetteer knows keeps its code and gains the dictionary's other
                # names for it ("+THE_HERMIT_KINGDOM" → PRK), not its towns and regions
                others = _unknown_names(phrases)
                if others:
                    records.append((others, replace(actor, codes=(DatedCode(known),),
                                                    country_level=True)))
    return records


def _unknown_names(phrases: list[str]) -> list[str]:
    """Names the gazetteer has no entry for, as an actor or as a place."""
    from factwire.extract.actors_lexicon import lexicon

    lex = lexicon()
    return [p for p in phrases if not any(
        form in lex.known or form in lex.places or form in lex.capitals
        for form in (p, p.title()))]


def _not_state_codes() -> frozenset[str]:
    """Bare codes that are no state: the IGO codes the gazetteer codes itself ("UNITED_NATIONS
    [UNO]") and CAMEO's sector codes ("REUTERS [MED]" is media)."""
    from factwire.extract.actors_lexicon import lexicon

    return lexicon().igo_codes | _sector_codes() | frozenset(INTERNATIONAL)


def _gazetteer_code(phrases: list[str]) -> str | None:
    """The gazetteer's code for a record naming a country, capital or people it knows: built-in
    knowledge wins ("EGYPT [UAR]" is EGY), the names themselves stay with the gazetteer."""
    from factwire.extract.actors_lexicon import lexicon

    known = lexicon().known
    for phrase in phrases:
        for surface in (phrase, phrase.title()):
            entry = known.get(surface)
            if entry is not None and entry.kind in ("country", "demonym", "capital", "people"):
                return entry.code
    return None


# --- agents: role nouns and the sector they give ("POLICE [~COP]") -----------------------------

AGENT_FILE_GLOB = "*agents*.txt"
SUBSTITUTION_RE = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
AGENT_RE = re.compile(r"^([^\[{#]+?)\s*(?:\{([^}]*)\})?\s*\[\s*(~?)\s*([A-Za-z]{3})[^\]]*\]")


def agent_files(path: str) -> list[Path]:
    """The agents dictionaries beside the actor dictionaries: ``*agents*.txt`` in the folder."""
    root = Path(path)
    return sorted(root.glob(AGENT_FILE_GLOB)) if root.is_dir() else []


def parse_agents(path: Path) -> dict[str, str]:
    """Lower-case role noun → sector, from a PETRARCH agents file. ``!PERSON!``-style markers
    are expanded with their ``!PERSON! = MAN, WOMAN`` lists, ``{PLURALS}`` are added as written;
    ``[~GOVFRM]`` and ``[NGO~]`` both give their first role (GOV, NGO)."""
    substitutions: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    text = path.read_text(encoding="utf-8", errors="replace").replace("\x1a", "")
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        if not body or body.startswith("<"):
            continue
        sub = SUBSTITUTION_RE.match(body)
        if sub:
            substitutions[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        m = AGENT_RE.match(body)
        if not m:
            continue
        forms = [m.group(1)] + [f for f in (m.group(2) or "").split() if f]
        for form in forms:
            for term in _expand(form, substitutions):
                out.setdefault(term, m.group(4).upper())
    return out


def _expand(form: str, substitutions: dict[str, list[str]]) -> list[str]:
    terms = [form]
    for marker, words in substitutions.items():
        terms = [t.replace(marker, w) for t in terms for w in words] if any(
            marker in t for t in terms) else terms
    out = []
    for t in terms:
        phrase = _phrase(t).lower()
        if phrase and "!" not in phrase:
            out.append(phrase)
    return out


@functools.cache
def agent_sectors(path: str) -> dict[str, str]:
    """Every role noun of the agents dictionaries at ``path`` (a folder), first file wins."""
    out: dict[str, str] = {}
    for f in agent_files(path):
        for term, sector in parse_agents(f).items():
            out.setdefault(term, sector)
    return out


_MATCHERS: dict[tuple[str, int], tuple[PhraseMatcher, list[PhoenixActor]]] = {}


def _matcher(parsed: Doc, path: str) -> tuple[PhraseMatcher, list[PhoenixActor]]:
    key = (path, id(parsed.vocab))
    if key not in _MATCHERS:
        from factwire.nlp import blank

        make = blank().tokenizer
        matcher = PhraseMatcher(parsed.vocab, attr="LOWER")
        actors: list[PhoenixActor] = []
        for phrases, actor in load_records(path):
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
        if actor.country_level:
            out.append((start, end, {"kind": "country", "name": actor.name, "code": code,
                                     "sector": None, "entity_kind": "country",
                                     "dictionary": True}))
            continue
        out.append((start, end, _fields(actor, code)))
    return out


# --- the bundled knowledge base: the Phoenix dictionaries in compact form ---------------------

KB_FILE = "actors_phoenix_kb.json.gz"


@dataclass(frozen=True)
class KnowledgeBase:
    """Normalised phrase → actor, from ``data/actors_phoenix_kb.json.gz`` (see its NOTICE)."""

    phrases: dict[str, int]
    actors: tuple[PhoenixActor, ...]
    longest: int  # words in the longest phrase
    prefixes: frozenset[str]  # every phrase's first words (1 to all but one): where to stop


@functools.cache
def knowledge_base() -> KnowledgeBase:
    """Loaded once per process (a fraction of a second; parsing the TABARI files takes
    seconds, which is why the package ships the compact form)."""
    import gzip
    import json

    from factwire.extract._common import data_path

    raw = json.loads(gzip.decompress(data_path(KB_FILE).read_bytes()).decode("utf-8"))
    actors = tuple(PhoenixActor(name, tuple(DatedCode(c, s, e) for c, s, e in codes),
                                bool(person)) for name, person, codes in raw["actors"])
    longest = max(len(k.split()) for k in raw["phrases"])
    prefixes = frozenset(" ".join(words[:n]) for words in map(str.split, raw["phrases"])
                         for n in range(1, len(words)))
    return KnowledgeBase(raw["phrases"], actors, longest, prefixes)


def bundled_matches(parsed: Doc, date: str | None) -> list[tuple[int, int, dict]]:
    """(start, end, fields) of the bundled knowledge base's people and organisations in
    ``parsed``, coded at ``date``; longest match first at each start, capitalised starts
    only, one-word names only where the word is a proper noun or an acronym."""
    from factwire.extract.actors_lexicon import norm_key

    kb = knowledge_base()
    tokens = list(parsed)
    words: dict[int, str] = {}

    def word(j: int) -> str:
        if j not in words:
            words[j] = norm_key(tokens[j].text)
        return words[j]

    out = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        found = None
        if t.text[:1].isupper() and word(i):
            key, n = "", 0
            for j in range(i, len(tokens)):
                if "\n" in tokens[j].text or (j > i and tokens[j].is_sent_start):
                    break
                if not word(j):
                    continue
                key = f"{key} {word(j)}" if key else word(j)
                n += 1
                if n > kb.longest:
                    break
                if key in kb.phrases and (j > i or t.pos_ == "PROPN" or t.is_upper):
                    found = (j + 1, kb.actors[kb.phrases[key]])
                if key not in kb.prefixes:
                    break  # no longer phrase begins so
        if found is None:
            i += 1
            continue
        end, actor = found
        code = actor.code_at(date)
        if code:
            out.append((i, end, _fields(actor, code)))
        i = end
    return out


@functools.cache
def surname_countries() -> dict[str, dict[str, int]]:
    """Last name (normalised) → how many of the knowledge base's people bearing it belong to
    each country: "President Bush" is a USA person whichever Bush it is."""
    kb = knowledge_base()
    people: dict[str, dict[int, set[str]]] = {}
    for key, index in kb.phrases.items():
        actor = kb.actors[index]
        if actor.person and len(key.split()) >= 2:
            countries = {split_code(c.code)[0] for c in actor.codes} - {None}
            people.setdefault(key.split()[-1], {}).setdefault(index, set()).update(countries)
    out: dict[str, dict[str, int]] = {}
    for last, actors in people.items():
        counts: dict[str, int] = {}
        for countries in actors.values():
            for c in countries:
                counts[c] = counts.get(c, 0) + 1
        out[last] = counts
    return out


def surname_country(surname: str) -> str | None:
    """The country of the knowledge base's people with this last name, when one country
    has at least twice as many of them as any other; else None."""
    from factwire.extract.actors_lexicon import norm_key

    counts = sorted(surname_countries().get(norm_key(surname), {}).items(),
                    key=lambda kv: -kv[1])
    if not counts or (len(counts) > 1 and counts[0][1] < 2 * counts[1][1]):
        return None
    return counts[0][0]
