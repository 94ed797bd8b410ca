"""A user-supplied CAMEO verb dictionary (Phoenix/PETRARCH ``CAMEO.2.0.txt`` format) as extra
event triggers, mapped to PLOVER through the CAMEO→PLOVER crosswalk.

Only what maps cleanly onto factwire's trigger rules is read: a verb block's own code (any verb
of the block is a trigger), and patterns whose words all come after the verb and are one
object word, a synonym set, a {multi word} phrase, or a (PREPOSITION ...) phrase. Patterns with
words before the verb, null codes ``[---]`` and transformations are skipped. The crosswalk
``cameo2plover_2021.csv`` is looked for beside the dictionary, then in a ``dictionaries/phoenix``
folder above it, or at ``$FACTWIRE_CAMEO_CROSSWALK``. Nothing of these files is copied into
factwire; they are read when the user names them.
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

from factwire.extract.events import TriggerRule
from factwire.model import FactwireError

CROSSWALK_NAME = "cameo2plover_2021.csv"
CROSSWALK_ENV = "FACTWIRE_CAMEO_CROSSWALK"
BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
PATTERN = re.compile(r"^-\s+(.*?)\[([^\]]*)\]")


def find_crosswalk(near: Path) -> Path | None:
    env = os.environ.get(CROSSWALK_ENV)
    if env and Path(env).is_file():
        return Path(env)
    start = near if near.is_dir() else near.parent
    for folder in [start, *start.parents]:
        for candidate in (folder / CROSSWALK_NAME,
                          folder / "dictionaries" / "phoenix" / CROSSWALK_NAME,
                          folder / "shared" / "dictionaries" / "phoenix" / CROSSWALK_NAME):
            if candidate.is_file():
                return candidate
    return None


def load_crosswalk(path: Path) -> dict[str, tuple[str, str | None]]:
    """CAMEO code → (PLOVER type, mode); codes are kept as strings (leading zeros matter)."""
    if not path.is_file():
        raise FactwireError(str(path), "CAMEO-to-PLOVER crosswalk not found", "extract")
    out: dict[str, tuple[str, str | None]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code = (row.get("cameo_code") or "").strip()
            event = (row.get("plover_event") or "").strip()
            if code and event:
                out.setdefault(code, (event, (row.get("plover_mode") or "").strip() or None))
    return out


def cameo_to_plover(code: str, crosswalk: dict[str, tuple[str, str | None]]
                    ) -> tuple[str, str | None] | None:
    """A CAMEO code's PLOVER type and mode, falling back to ever shorter prefixes (the root
    code); statements and appeals (01x, 02x) have none, as PLOVER drops them."""
    code = code.strip().rstrip("!")
    if not code.isdigit() or code[:2] in {"01", "02"}:
        return None
    for length in range(len(code), 1, -1):
        prefix = code[:length]
        if prefix in crosswalk:
            return crosswalk[prefix]
        if length == 2 and prefix + "0" in crosswalk:
            return crosswalk[prefix + "0"]
    return None


def _singular(word: str) -> set[str]:
    """The word and a naive singular, since patterns spell forms and factwire compares lemmas."""
    w = word.lower().replace("_", " ").split()[-1]
    out = {w}
    if w.endswith("ies"):
        out.add(w[:-3] + "y")
    elif w.endswith("s") and not w.endswith("ss"):
        out.add(w[:-1])
    return out


def _post_constraint(post: str, synsets: dict[str, set[str]]
                     ) -> tuple[tuple[str, ...], str | None] | None:
    """(object lemmas, preposition) for a simple post-verb pattern, else None."""
    post = re.sub(r"[$+%^]", " ", post).strip()
    prt = None
    m = re.search(r"\(([A-Z_]+)[^)]*\)", post)
    if m:
        prt = m.group(1).lower().replace("_", " ")
        post = (post[:m.start()] + post[m.end():]).strip()
    if not post:
        return ((), prt) if prt else None
    if post.startswith("{") and post.endswith("}") and post.count("{") == 1:
        return tuple(sorted(_singular(post[1:-1].split()[-1]))), prt
    if post.startswith("&") and " " not in post:
        words = synsets.get(post.rstrip("_"))
        if not words:
            return None
        lemmas: set[str] = set()
        for w in words:
            lemmas |= _singular(w)
        return tuple(sorted(lemmas)), prt
    if re.fullmatch(r"[A-Z][A-Z_'-]*", post):
        return tuple(sorted(_singular(post))), prt
    return None


def _verb_lemma(line: str) -> tuple[str, str | None] | None:
    word = line.split("#")[0].split("{")[0].strip().split()
    if not word or not re.fullmatch(r"[A-Z][A-Z_'-]*", word[0]):
        return None
    parts = word[0].lower().strip("_").split("_")
    return parts[0], (" ".join(parts[1:]) or None)


def parse_verb_dictionary(text: str, crosswalk: dict[str, tuple[str, str | None]]
                          ) -> list[TriggerRule]:
    synsets: dict[str, set[str]] = {}
    rules: list[TriggerRule] = []
    current_syn: str | None = None
    verbs: list[tuple[str, str | None]] = []
    block_code: str | None = None
    block_rules: list[TriggerRule] = []

    def close_block():
        if block_code:
            mapped = cameo_to_plover(block_code, crosswalk)
            if mapped:
                for lemma, prt in verbs:
                    block_rules.append(TriggerRule(lemma, "VERB", mapped[0], mapped[1],
                                                   prt=prt, source="verbs-dict"))
        rules.extend(block_rules)

    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("&"):
            current_syn = line.split("#")[0].strip().rstrip("_")
            synsets[current_syn] = set()
            continue
        if line.startswith("+") and current_syn is not None:
            synsets[current_syn].add(line[1:].split("#")[0].strip())
            continue
        block = BLOCK.match(line)
        if block:
            close_block()
            current_syn = None
            code = block.group(2).strip()
            block_code = None if code.startswith("-") else code
            verbs, block_rules = [], []
            continue
        pattern = PATTERN.match(line)
        if pattern and verbs:
            body, code = pattern.group(1), pattern.group(2).strip()
            code = code.split(":")[0].strip()
            if not code or code.startswith("-") or "*" not in body:
                continue
            pre, post = body.split("*", 1)
            if pre.strip():
                continue
            constraint = _post_constraint(post.split("#")[0].strip(), synsets)
            mapped = cameo_to_plover(code, crosswalk)
            if constraint is None or mapped is None:
                continue
            obj, prt = constraint
            for lemma, verb_prt in verbs:
                block_rules.append(TriggerRule(lemma, "VERB", mapped[0], mapped[1],
                                               prt=prt or verb_prt, obj=obj,
                                               source="verbs-dict"))
            continue
        if line[0] in "-~" or line.startswith("<"):
            continue
        if line[0].isupper():
            lemma = _verb_lemma(line)
            if lemma:
                verbs.append(lemma)
    close_block()
    return rules


def load_verb_rules(path: Path) -> list[TriggerRule]:
    """Trigger rules from a CAMEO verb dictionary file, mapped to PLOVER."""
    if not path.is_file():
        raise FactwireError(str(path), "no such CAMEO verb dictionary", "extract")
    crosswalk_path = find_crosswalk(path)
    if crosswalk_path is None:
        raise FactwireError(str(path), f"no {CROSSWALK_NAME} beside the verb dictionary "
                            f"(or set ${CROSSWALK_ENV})", "extract")
    text = path.read_text(encoding="utf-8", errors="replace")
    rules = parse_verb_dictionary(text, load_crosswalk(crosswalk_path))
    if not rules:
        raise FactwireError(str(path), "no CAMEO verb patterns found", "extract")
    return rules
