"""Reading numbers written in digits or words ("10,000", "2.5k", "$3bn", "two dozen",
"one hundred and five", "1.5 million"), shared by the time normaliser and the quantity finder.

The word lists (number words, scales, multipliers, currencies, approximation cues) live in
``data/quantity_lexicon.json``; this module only combines them.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

NUMERAL = re.compile(
    r"^(?P<sign>[-+−])?(?P<int>\d{1,3}(?:,\d{3})+|\d+)?(?P<dec>\.\d+)?(?P<suffix>[a-zA-Z]{1,3})?$"
)
FRACTION = re.compile(r"^(\d+)/(\d+)$")


@functools.cache
def lexicon() -> dict[str, Any]:
    """The quantity word lists (loaded once)."""
    path = resources.files("factwire.extract") / "data" / "quantity_lexicon.json"
    return json.loads(path.read_text(encoding="utf-8"))


def parse_numeral(text: str) -> float | None:
    """A number written with digits, with an optional multiplier suffix: '10,000' → 10000,
    '2.5k' → 2500, '3bn' → 3e9, '1/2' → 0.5. None when ``text`` is not such a numeral."""
    text = text.strip().replace("\u2212", "-")
    frac = FRACTION.match(text)
    if frac:
        den = int(frac.group(2))
        return int(frac.group(1)) / den if den else None
    m = NUMERAL.match(text)
    if not m or not (m.group("int") or m.group("dec")):
        return None
    value = float((m.group("int") or "0").replace(",", "") + (m.group("dec") or ""))
    suffix = m.group("suffix")
    if suffix:
        mult = lexicon()["suffix_multipliers"].get(suffix)
        if mult is None:
            return None
        value *= mult
    return -value if m.group("sign") in ("-", "−") else value


def is_number_word(word: str) -> bool:
    lex = lexicon()
    w = word.lower()
    return w in lex["ones"] or w in lex["tens"] or w in lex["scales"] or w == "dozen"


def parse_number_words(words: list[str]) -> float | None:
    """Numbers in words or mixed digits and words: 'twenty five', 'one hundred and five',
    'a hundred', 'two dozen', '1.5 million', 'half a million', 'twenty-five'.
    None when the words do not form one number."""
    lex = lexicon()
    if len(words) == 1 and parse_numeral(words[0]) is not None:
        return parse_numeral(words[0])  # "-1" is minus one, not "1"
    if (
        len(words) > 1
        and all(re.fullmatch(r"\d{1,3}", w) for w in words)
        and all(len(w) == 3 for w in words[1:])
    ):
        return float("".join(words))  # thousands separated by spaces: "40 000"
    tokens = [t for w in words for t in w.lower().replace("-", " ").split()]
    if not tokens:
        return None
    total = 0.0
    current: float | None = None
    seen = False
    for i, tok in enumerate(tokens):
        if tok in ("a", "an") and i + 1 < len(tokens):
            current = (current or 0) + 1 if current is None else current
            continue
        if tok == "and" and seen:
            continue
        if tok in lex["ones"]:
            current = (current or 0) + lex["ones"][tok]
        elif tok in lex["tens"]:
            current = (current or 0) + lex["tens"][tok]
        elif tok == "half" and i + 1 < len(tokens):
            current = (current or 0) + 0.5
        elif tok == "dozen":
            current = (current if current is not None else 1) * 12
        elif tok in lex["scales"]:
            scale = lex["scales"][tok]
            base = current if current is not None else 1
            if scale >= 1000:
                total += base * scale
                current = None
            else:
                current = base * scale
        else:
            value = parse_numeral(tok)
            if value is None or (current is not None and current % 1000 != 0 and value >= 1):
                return None  # "60 and 90" is two numbers, not 150
            current = (current or 0) + value
        seen = True
    if not seen:
        return None
    return total + (current or 0)


def parse_number(text: str) -> float | None:
    """Any single number: digits, words or both ('1.5 million', 'twelve', '10,000')."""
    value = parse_numeral(text)
    if value is not None:
        return value
    return parse_number_words(text.split())
