"""Reading numbers written in digits or words ("10,000", "2.5k", "$3bn", "two dozen",
"one hundred and five", "1.5 million"), shared by the time normaliser and the quantity finder.

The word lists (number words, scales, multipliers, currencies, approximation cues) live in
``data/quantity_lexicon.json``; this module only combines them.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from factwire.extract._common import data_json

NUMERAL = re.compile(
    r"^(?P<sign>[-+−])?(?P<int>\d{1,3}(?:,\d{3})+|\d+)?(?P<dec>\.\d+)?(?P<suffix>[a-zA-Z]{1,3})?$"
)
FRACTION = re.compile(r"^(\d+)/(\d+)$")


@functools.cache
def lexicon() -> dict[str, Any]:
    """The quantity word lists (loaded once)."""
    return data_json("quantity_lexicon.json")


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


def _integer(tokens: list[str]) -> tuple[float, float] | None:
    """'one hundred and five', 'two dozen', 'half a million', 'two thirds': the value and
    the last scale word's size (1 when none)."""
    lex = lexicon()
    total = 0.0
    current: float | None = None
    last_scale = 1.0
    small = 0.0  # the words' value since the last scale word ("two" in "three hundred and two")
    seen = False
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok in ("a", "an"):
            if nxt is None:
                return None
            current = 1.0 if current is None else current
            continue
        if tok == "and" and seen:
            continue
        prev = tokens[i - 1] if i > 0 else None
        if tok in lex["ones"] or tok in lex["tens"]:
            if prev in lex["ones"] or (prev in lex["tens"] and tok in lex["tens"]):
                return None  # "six, seven" and "nineteen eighty" are two numbers
            if prev is not None and parse_numeral(prev) is not None:
                return None  # "the 1991 Ten-Day War": a year, then a name's count
            value = lex["ones"].get(tok) or lex["tens"].get(tok) or 0
            current = (current or 0) + value
            small += value
        elif tok in ("half", "quarter") and (nxt in lex["scales"] or nxt in ("a", "an")):
            current = (current if current is not None else 1) * lex["fractions"][tok]
        elif (
            tok in lex["fractions"]
            and current is not None
            and nxt is None
            and tokens[i - 1] not in lex["tens"]  # "twenty third" is an ordinal
        ):
            current *= lex["fractions"][tok]  # "two thirds", "twenty-three fifths"
        elif tok == "dozen" or (tok == "dozens" and current is not None):
            if current is None:
                current = 12.0
            else:  # "three hundred and two dozen": the dozen multiplies the two
                current += (small or current) * 11
            small = 0.0
        elif tok in lex["scales"]:
            scale = lex["scales"][tok]
            base = current if current is not None else 1
            last_scale = scale
            small = 0.0
            if scale >= 1000:
                total += base * scale
                current = None
            else:
                current = base * scale
        else:
            value = parse_numeral(tok)
            after_scale = i > 0 and (
                tokens[i - 1] in lex["scales"]
                or tokens[i - 1] == "and"
                and i > 1
                and tokens[i - 2] in lex["scales"]
            )
            if value is None or (
                current is not None and current % 1000 != 0 and value >= 1 and not after_scale
            ):
                return None  # "60 and 90" is two numbers, not 150
            current = (current or 0) + value
        seen = True
    if not seen:
        return None
    return total + (current or 0), last_scale


def _fraction_part(tokens: list[str]) -> bool:
    """Whether words after an 'and' are a fraction: 'a half', 'two thirds', 'a quarter million'."""
    fractions = lexicon()["fractions"]
    body = tokens[:-1] if tokens and tokens[-1] in lexicon()["scales"] else tokens
    return bool(body) and body[-1] in fractions


def parse_number_words(words: list[str]) -> float | None:
    """Numbers in words or mixed digits and words: 'twenty five', 'one hundred and five',
    'a hundred', 'two dozen', '1.5 million', 'half a million', 'two thirds',
    'five and a half million', '3 million and a half'. None when the words are not one number."""
    if len(words) == 1 and parse_numeral(words[0]) is not None:
        return parse_numeral(words[0])  # "-1" is minus one, not "1"
    if (
        len(words) > 1
        and re.fullmatch(r"\d{1,3}", words[0])
        and all(re.fullmatch(r"\d{3}(\.\d+)?", w) for w in words[1:])
    ):
        return float("".join(words))  # thousands separated by spaces: "40 000", "1 234 567.89"
    tokens = [t for w in words for t in w.lower().replace("-", " ").split()]
    segments: list[list[str]] = [[]]
    for i, tok in enumerate(tokens):
        if tok == "and" and segments[-1] and _fraction_part(tokens[i + 1 :]):
            segments.append([])
        else:
            segments[-1].append(tok)
    first = _integer(segments[0])
    if first is None:
        return None
    value, last_scale = first
    scales = lexicon()["scales"]
    for seg in segments[1:]:
        scale = scales.get(seg[-1]) if seg else None
        body = seg[:-1] if scale else seg
        part = _integer(body if body[0] not in ("a", "an") else ["one", *body[1:]])
        if part is None:
            return None
        if scale and last_scale == 1:
            value = (value + part[0]) * scale  # "five and a half million"
        elif scale:
            value += part[0] * scale  # "one billion and a quarter million"
        else:
            value += part[0] * (last_scale if last_scale >= 1000 else 1)  # "3 million and a half"
    return value


def parse_number(text: str) -> float | None:
    """Any single number: digits, words or both ('1.5 million', 'twelve', '10,000')."""
    value = parse_numeral(text)
    if value is not None:
        return value
    return parse_number_words(text.split())
