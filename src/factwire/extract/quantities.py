"""Quantities of a document: counts, ranges, money and percentages, with what is counted.

"between 4,000 and 6,000 police" → low 4000, high 6000, unit "police";
"a further 800 troops" → 800 troops; "more than 50 people" → low 50, high None, approx;
"$3bn" → 3e9 USD; "45%" → 45 percent; "large stocks of small arms" → no value,
unit "arms". Numbers inside time expressions (years, dates, clock times, durations) and
ordinals are not quantities.

Vague amounts follow one convention: a plural round number means at least two of it and
fewer than the next order of magnitude ("dozens" → 24–99, "hundreds" → 200–999, "thousands"
→ 2,000–9,999); a vague count of a round number multiplies it ("several hundred" → 300–999,
"a few thousand" → 2,000–5,999); "large quantities/numbers/amounts of" keep low and high None.
All are approx.
The word lists live in ``data/quantity_lexicon.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from factwire.extract.numbers import lexicon, parse_number_words, parse_numeral
from factwire.model import Document, Quantity

ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.I)
DIGIT_RANGE = re.compile(r"^(\d[\d,.]*[a-zA-Z]{0,3})[-–~](\d[\d,.]*[a-zA-Z]{0,3})$")
GLUED_CODE = re.compile(r"^(?:([a-zA-Z]{3})\$?(\d[\d,.]*)|(\d[\d,.]*)([a-zA-Z]{3}))$")
NUMBER_TAGS = {"CD"}
NOT_PREFIXES = frozenset(lexicon()["not_currency_prefixes"]["words"])
MAX_UNIT_GAP = 3


@dataclass
class Amount:
    """A number (or range) being assembled, as token indices and values."""

    start: int
    end: int
    low: float | None
    high: float | None
    unit: str | None = None
    approx: bool = False
    scaled: bool = False  # carries its own multiplier ("million", "bn")
    kind: str = "count"  # count | money | percent | vague


def is_number_token(tok: Token, in_time: list[bool]) -> bool:
    lex = lexicon()
    if in_time[tok.i] or ORDINAL.match(tok.text):
        return False
    low = tok.lower_
    if parse_numeral(tok.text) is not None or DIGIT_RANGE.match(tok.text):
        return not tok.is_alpha or tok.text[0].isdigit()
    if low in lex["ones"] or low in lex["tens"]:
        if low == "one":
            prev = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
            return tok.tag_ in NUMBER_TAGS and prev not in lex["pronoun_one_before"]
        return True
    if low in lex["scales"] or low == "dozen":
        return True
    prev = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    if low in ("half", "quarter") and (nxt in lex["scales"] or nxt in ("a", "an")):
        return True  # "half a million", "a quarter million"
    after_number = prev in lex["ones"] or prev in lex["tens"] or prev in ("a", "an")
    if low in lex["fractions"] and after_number:
        if prev in ("a", "an"):  # "a third of", not "a third round"
            return nxt in ("of", "") or tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].is_punct
        return True  # "two thirds"
    return low == "dozens" and (prev in lex["ones"] or prev in lex["tens"] or prev.isdigit())


def glued_money(tok: Token) -> Amount | None:
    """'USD115.5', '115USD', 'nzd$15': a currency code glued to a number."""
    m = GLUED_CODE.match(tok.text)
    if not m:
        return None
    code = (m.group(1) or m.group(4)).lower()
    value = parse_numeral(m.group(2) or m.group(3))
    if code not in lexicon()["currency_codes"] or value is None:
        return None
    return Amount(tok.i, tok.i + 1, value, value, code.upper(), kind="money")


def number_groups(parsed: Doc, in_time: list[bool]) -> list[Amount]:
    """Runs of number tokens read as one number each: '1.5 million', 'twenty-five',
    'one hundred and five', 'a hundred', '10 1/2'; '10,000-12,000' becomes a range."""
    lex = lexicon()
    groups: list[Amount] = []
    i, n = 0, len(parsed)
    while i < n:
        tok = parsed[i]
        money = None if in_time[i] else glued_money(tok)
        if money is not None:
            groups.append(money)
            i += 1
            continue
        if not is_number_token(tok, in_time):
            i += 1
            continue
        start = i
        if (
            i > 0
            and parsed[i - 1].lower_ in ("a", "an")
            and (
                tok.lower_ in lex["scales"]
                or tok.lower_ in ("dozen", "half", "quarter")
                or tok.lower_ in lex["fractions"]
            )
        ):
            start = i - 1
        j = i + 1
        while j < n:
            t = parsed[j]
            if (
                re.fullmatch(r"\d{3}(\.\d+)?", t.text)
                and re.fullmatch(r"\d{1,3}", parsed[j - 1].text)
                and parsed[j - 1].whitespace_ != ""
                and not in_time[j]
            ):
                j += 1  # "40 000"
            elif (
                t.is_space
                and t.text.strip(" \u00a0\u202f\u2009") == ""
                and j + 1 < n
                and re.fullmatch(r"\d{3}(\.\d+)?", parsed[j + 1].text)
                and re.fullmatch(r"\d{1,3}", parsed[j - 1].text)
            ):
                j += 2  # "40 000" with a no-break or thin space
            elif (
                is_number_token(t, in_time)
                and not DIGIT_RANGE.match(t.text)
                and (
                    t.lower_ in lex["scales"]
                    or t.lower_ == "dozen"
                    or not t.text[0].isdigit()
                    or "/" in t.text
                )
                and not (
                    parsed[j - 1].text[0].isdigit()
                    and t.text[0].isalpha()
                    and t.lower_ not in lex["scales"]
                    and t.lower_ not in ("dozen", "dozens")
                )
            ):
                j += 1
            elif (
                t.text in ("-", "and")
                and j + 1 < n
                and (parsed[j + 1].lower_ in lex["ones"] | lex["tens"] or parsed[j + 1].is_digit)
                and parsed[j - 1].lower_ in lex["tens"] | lex["scales"]
                and not in_time[j + 1]
            ):
                j += 2
            elif t.is_space or (
                t.lower_ in ("a", "an")
                and j + 1 < n
                and (parsed[j + 1].lower_ in lex["scales"] or parsed[j + 1].lower_ == "dozen")
            ):
                j += 1  # "half a dozen", doubled spaces
            elif t.is_digit and parsed[j - 1].lower_ in lex["scales"] and not in_time[j]:
                j += 1  # "4 thousand 3 hundred"
            elif (
                t.lower_ == "and"
                and j + 2 < n
                and parsed[j + 1].lower_ in ("a", "an", "one", "two", "three")
                and parsed[j + 2].lower_ in lex["fractions"]
            ):
                j += 3  # "one and a half", "five and a half million", "three and two thirds"
            else:
                break
        while j > start + 1 and parsed[j - 1].is_space:
            j -= 1
        words = [t.text for t in parsed[start:j] if not t.is_space]
        rng = DIGIT_RANGE.match(words[0]) if len(words) == 1 else None
        if rng:
            lo, hi = parse_numeral(rng.group(1)), parse_numeral(rng.group(2))
            if lo is not None and hi is not None:
                groups.append(Amount(start, j, lo, hi))
            i = j
            continue
        value = parse_number_words(words)
        if value is None:  # not one number after all: take the tokens one by one
            for k in range(start, j):
                v = parse_number_words([parsed[k].text])
                if v is not None and parsed[k].lower_ not in lex["scales"]:
                    groups.append(Amount(k, k + 1, v, v, scaled=parsed[k].lower_ in lex["scales"]))
        else:
            scaled = any(t.lower_ in lex["scales"] for t in parsed[start:j]) or bool(
                re.search(r"\d[a-zA-Z]+$", words[-1])
            )
            groups.append(Amount(start, j, value, value, scaled=scaled))
        i = j
    return groups


def phrase_at(
    parsed: Doc, i: int, phrases: dict[str, object], forward: bool = True, longest: int = 4
) -> tuple[str, int] | None:
    """The longest lexicon phrase that starts at token ``i`` (forward) or ends just before
    token ``i`` (backward); returns it and the index past/at its far end."""
    words, spaces = lowered(parsed)
    for size in range(longest, 0, -1):
        lo, hi = (i, i + size) if forward else (i - size, i)
        if lo < 0 or hi > len(words):
            continue
        text = " ".join(words[lo:hi])
        if text in phrases:
            return text, (hi if forward else lo)
        glued = "".join(words[lo:hi])
        spaced_ok = words[lo] not in NOT_PREFIXES  # "hk $ 10" yes, "a $ 10" no
        if size > 1 and glued in phrases and (spaced_ok or not any(spaces[lo : hi - 1])):
            return glued, (hi if forward else lo)
    return None


def lowered(parsed: Doc) -> tuple[list[str], list[bool]]:
    """Each token's lower-case text and whether whitespace follows it, computed once a doc."""
    cached = parsed.user_data.get("factwire_lowered")
    if cached is None or len(cached[0]) != len(parsed):
        cached = ([t.lower_ for t in parsed], [bool(t.whitespace_) for t in parsed])
        parsed.user_data["factwire_lowered"] = cached
    return cached


def attach_money_and_percent(parsed: Doc, amounts: list[Amount]) -> None:
    """Currency symbols, codes and words, multiplier suffixes and percent signs around numbers."""
    lex = lexicon()
    symbols, codes, words = (
        lex["currency_symbols"],
        set(lex["currency_codes"]),
        lex["currency_words"],
    )
    currencies = {**words, **{c: c.upper() for c in codes}}
    mults = lex["word_multipliers"]
    for a in amounts:
        if a.kind == "money":
            continue  # read whole from one token ("USD115.5")
        # a multiplier after the number: "3 bn", "10M", "$5 m"
        if a.end < len(parsed) and parsed[a.end].lower_ in mults and not a.scaled:
            nxt = parsed[a.end].lower_
            before = phrase_at(parsed, a.start, symbols, forward=False, longest=2)
            if len(nxt) > 1 or before or parsed[a.end - 1].whitespace_ == "":
                a.low = a.low * mults[nxt] if a.low is not None else None
                a.high = a.high * mults[nxt] if a.high is not None else None
                a.end += 1
                a.scaled = True
        before = phrase_at(parsed, a.start, symbols, forward=False, longest=2)
        if before:
            a.unit, a.start, a.kind = symbols[before[0]], before[1], "money"
        elif a.start > 0 and parsed[a.start - 1].lower_ in codes:
            a.unit, a.start, a.kind = parsed[a.start - 1].text.upper(), a.start - 1, "money"
        after = currency_after(parsed, a.end, currencies, symbols)
        if after and a.kind != "money":
            a.unit, a.end, a.kind = after[0], after[1], "money"
        elif a.kind == "money" and after and after[0] == a.unit:
            a.end = after[1]  # "$5 million dollars"
        pct = phrase_at(parsed, a.end, set(lex["percent_words"]), forward=True, longest=2)
        if pct and a.kind == "count":
            a.unit, a.end, a.kind = "percent", pct[1], "percent"
        if a.unit and "-" in a.unit:  # cents and pence: the main unit, a hundredth of it
            a.unit = a.unit.split("-")[0]
            a.low = a.low / 100 if a.low is not None else None
            a.high = a.high / 100 if a.high is not None else None
            a.kind = "subunit"


def currency_after(
    parsed: Doc, i: int, currencies: dict[str, str], symbols: dict[str, str]
) -> tuple[str, int] | None:
    """The currency named right after a number: 'dollars', 'Finnish markka', 'USD', '€',
    also after one qualifying word ('10 Turkish lira', '100 Chinese yuan')."""
    found = phrase_at(parsed, i, currencies, forward=True, longest=3)
    if found is None and i < len(parsed) and parsed[i].text == "-":
        found = phrase_at(parsed, i + 1, currencies, forward=True, longest=1)  # "one-yen"
    if found:
        return currencies[found[0]], found[1]
    if i < len(parsed) and parsed[i].text.lower() in symbols and parsed[i - 1].whitespace_ != "\n":
        return symbols[parsed[i].text.lower()], i + 1  # "5 €"
    if i + 1 < len(parsed) and parsed[i].is_alpha and parsed[i].pos_ in ("ADJ", "PROPN", "NOUN"):
        found = phrase_at(parsed, i + 1, currencies, forward=True, longest=1)
        if found and parsed[i + 1].lower_ not in lexicon()["ambiguous_currency_words"]:
            return currencies[found[0]], found[1]
    return None


def join_money_parts(parsed: Doc, amounts: list[Amount]) -> list[Amount]:
    """'thirteen dollars and forty-five cents' is one amount."""
    out: list[Amount] = []
    for a in amounts:
        prev = out[-1] if out else None
        gap = parsed[prev.end : a.start] if prev else None
        if (
            prev is not None
            and prev.kind == "money"
            and a.kind == "subunit"
            and prev.unit == a.unit
            and all(t.lower_ in ("and", ",") for t in gap)
        ):
            prev.end = a.end
            prev.low = (prev.low or 0) + (a.low or 0)
            prev.high = (prev.high or 0) + (a.high or 0)
            continue
        if a.kind == "subunit":
            a.kind = "money"
        out.append(a)
    return out


def join_ranges(parsed: Doc, amounts: list[Amount]) -> list[Amount]:
    """'between 4,000 and 6,000', '4,000-6,000', '10 to 12', '$10-12 million'."""
    out: list[Amount] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        b = amounts[i + 1] if i + 1 < len(amounts) else None
        if b is not None and b.start - a.end == 1 and a.low == a.high and b.low == b.high:
            joiner = parsed[a.end].lower_
            opener = parsed[a.start - 1].lower_ if a.start > 0 else ""
            between = opener in lexicon()["range_openers"] and joiner == "and"
            dash = joiner in lexicon()["range_joiners"] and (
                opener != "from" or parsed[a.start - 1].head.lemma_ not in lexicon()["change_verbs"]
            )
            if (between or dash) and a.kind in (b.kind, "count"):
                low, high = a.low, b.low
                if b.scaled and not a.scaled and low is not None and high is not None:
                    scale = next(
                        (s for s in (1e12, 1e9, 1e6, 1e3, 100) if high >= s and low * s <= high), 1
                    )
                    low *= scale
                if low is not None and high is not None and low <= high:
                    start = a.start - 1 if between or opener == "from" else a.start
                    out.append(
                        Amount(
                            start,
                            b.end,
                            low,
                            high,
                            b.unit or a.unit,
                            a.approx,
                            True,
                            b.kind if b.kind != "count" else a.kind,
                        )
                    )
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def attach_cues(parsed: Doc, amounts: list[Amount]) -> None:
    """Cues before ('about', 'more than', 'at least', 'up to', 'nearly', 'some') and after
    ('or more', 'or less', 'or so', '-plus') bound the amount and mark it approximate."""
    lex = lexicon()
    cues, after_cues = lex["approx_cues"], lex["after_cues"]
    for a in amounts:
        found = phrase_at(parsed, a.start, cues, forward=False, longest=6)
        if found and not (found[0] == "some" and parsed[a.start - 1].tag_ != "DT"):
            a.start, a.approx = found[1], True
            bound(a, cues[found[0]])
        if a.end < len(parsed) and parsed[a.end].text == "-":
            after = phrase_at(parsed, a.end + 1, after_cues, forward=True, longest=3)
            after = (after[0], after[1]) if after and after[0] == "plus" else None
        else:
            after = phrase_at(parsed, a.end, after_cues, forward=True, longest=3)
        if after and after[1] < len(parsed) and parsed[after[1]].like_num:
            after = None  # "above 1000 and below 1500": the next bound, not this one's
        if after:
            a.end, a.approx = after[1], True
            bound(a, after_cues[after[0]])


def bound(a: Amount, how: str) -> None:
    """'min': the number is the lower bound; 'max': the upper; 'point': about the number."""
    if how == "min" and a.low is not None:
        a.high = None
    elif how == "max" and a.high is not None:
        a.low = None


def join_bounds(parsed: Doc, amounts: list[Amount]) -> list[Amount]:
    """'more than 10 and less than 20', 'above 1000 and below 1500' are one range."""
    out: list[Amount] = []
    for a in amounts:
        prev = out[-1] if out else None
        if prev is not None and bounds_meet(parsed, prev, a):
            prev.end = a.end
            prev.low = prev.low if prev.low is not None else a.low
            prev.high = prev.high if prev.high is not None else a.high
            continue
        out.append(a)
    return out


def bounds_meet(parsed: Doc, prev: Amount, a: Amount) -> bool:
    """One amount bounded only below and the next only above (or the reverse), joined by
    'and' or a comma, the lower bound not above the upper."""
    if not (prev.approx and a.approx and prev.kind == a.kind and a.start - prev.end <= 2):
        return False
    if not all(t.lower_ in ("and", ",", "but") for t in parsed[prev.end : a.start]):
        return False
    lower, upper = (prev, a) if prev.high is None else (a, prev)
    return (
        lower.high is None
        and lower.low is not None
        and upper.low is None
        and upper.high is not None
        and lower.low <= upper.high
    )


def counted_noun(parsed: Doc, a: Amount) -> Token | None:
    """What a number counts: the noun it modifies in the parse, else the next noun after it
    ('3,000 heavily armed troops'), else the object of a following 'of' ('3,000 of the troops')."""
    skip = set(lexicon()["not_units"])
    numbers = [t for t in parsed[a.start : a.end] if t.tag_ in NUMBER_TAGS or t.like_num]
    for t in reversed(numbers):
        head = t.head
        while head.lower_ in lexicon()["scales"] and head.head.i != head.i:
            head = head.head
        if (
            head.pos_ in ("NOUN", "PROPN")
            and a.end <= head.i <= a.end + MAX_UNIT_GAP
            and head.lower_ not in skip
        ):
            return head
    for k in range(a.end, min(a.end + MAX_UNIT_GAP + 1, len(parsed))):
        t = parsed[k]
        if t.lower_ == "of" and k + 1 < len(parsed):
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None
        if t.pos_ in ("NOUN",) and t.lower_ not in skip:
            nxt = parsed[k + 1] if k + 1 < len(parsed) else None
            if nxt is not None and nxt.pos_ == "NOUN" and nxt.i <= a.end + MAX_UNIT_GAP:
                continue  # "3,000 combat troops": the last noun of the compound
            return t
        if t.pos_ not in ("ADJ", "ADV", "NOUN", "PROPN") or t.is_punct:
            return None
    return None


def vague_amounts(parsed: Doc, in_time: list[bool], taken: list[bool]) -> list[Amount]:
    """'dozens of people', 'tens of thousands of refugees', 'large quantities of weapons'."""
    phrases = {k: v for k, v in lexicon()["vague_amounts"].items() if not k.startswith("_")}
    firsts = {k.split()[0] for k in phrases}
    words, _ = lowered(parsed)
    out = []
    i = 0
    while i < len(parsed):
        skip = taken[i] or in_time[i] or words[i] not in firsts
        found = None if skip else phrase_at(parsed, i, phrases, forward=True)
        if found and found[1] < len(parsed) and parsed[found[1]].lower_ == "of":
            low, high = phrases[found[0]]
            a = Amount(i, found[1], low, high, approx=True, kind="vague")
            if i > 0 and parsed[i - 1].lower_ in ("a", "an"):
                a.start = i - 1
            out.append(a)
            i = found[1]
            continue
        i += 1
    return out


def is_name_part(parsed: Doc, a: Amount, names: set[str]) -> bool:
    """'Boeing 787 Dreamliner', 'Flight 17', and later 'the 787': a number inside a name."""
    if a.kind != "count" or a.end - a.start != 1:
        return False
    tok = parsed[a.start]
    if tok.text in names and not any(t.dep_ == "nummod" and t.head.i >= a.end for t in [tok]):
        return True
    if tok.dep_ == "nummod" and tok.head.i < tok.i and tok.head.is_title:
        return True  # "Resolution 2334", "Article 5", "Flight 17": a label after its noun
    if a.start == 0:
        return False
    prev = parsed[a.start - 1]
    return (
        prev.pos_ == "PROPN"
        and prev.is_title
        and (tok.head.pos_ == "PROPN" or tok.head == prev or prev.head == tok)
    )


def model_numbers(parsed: Doc) -> set[str]:
    """Numbers written right after a name ('Boeing 787', 'Airbus A380' excepted): the same
    number alone later in the text is that name again."""
    return {
        t.text
        for t in parsed[1:]
        if t.is_digit
        and parsed[t.i - 1].pos_ == "PROPN"
        and parsed[t.i - 1].is_title
        and (t.head.pos_ == "PROPN" or t.head.i == t.i - 1)
    }


def vague_multiples(parsed: Doc, amounts: list[Amount]) -> None:
    """'several hundred civilians' → 300–999, 'a few thousand' → 2,000–5,999: a vague count
    of a round number (multipliers in the lexicon), approximate."""
    table = {k: v for k, v in lexicon()["vague_multipliers"].items() if not k.startswith("_")}
    scales = lexicon()["scales"]
    for a in amounts:
        first = parsed[a.start].lower_
        if a.low != a.high or a.low is None or first not in scales:
            continue
        found = phrase_at(parsed, a.start, table, forward=False, longest=3)
        if found:
            low, high = table[found[0]]
            scale = a.low
            a.start, a.low, a.high, a.approx = found[1], low * scale, (high + 1) * scale - 1, True


def negate(parsed: Doc, amounts: list[Amount]) -> None:
    """'minus 5', 'negative ten' are below zero."""
    words = set(lexicon()["negative_words"])
    for a in amounts:
        if a.start > 0 and parsed[a.start - 1].lower_ in words and a.low == a.high and a.low:
            a.start -= 1
            a.low = a.high = -a.low


def tidy(value: float | None) -> float | None:
    """Drop binary noise from scaling: 16.4 * 1e6 → 16400000.0, not 16399999.999999998."""
    return None if value is None else float(f"{value:.12g}")


def find_quantities(doc: Document, parsed: Doc) -> list[Quantity]:
    """Every quantity in the parsed document, with its bounds, unit and approximation."""
    in_time = [False] * len(parsed)
    for t in doc.times:
        span = parsed.char_span(t.span[0], t.span[1], alignment_mode="expand")
        if span is not None:
            in_time[span.start : span.end] = [True] * len(span)
    amounts = number_groups(parsed, in_time)
    attach_money_and_percent(parsed, amounts)
    negate(parsed, amounts)
    vague_multiples(parsed, amounts)
    amounts = join_money_parts(parsed, amounts)
    names = model_numbers(parsed)
    amounts = [a for a in join_ranges(parsed, amounts) if not is_name_part(parsed, a, names)]
    taken = [False] * len(parsed)
    for a in amounts:
        taken[a.start : a.end] = [True] * (a.end - a.start)
    amounts += vague_amounts(parsed, in_time, taken)
    attach_cues(parsed, amounts)
    amounts = join_bounds(parsed, sorted(amounts, key=lambda x: x.start))
    out = []
    for a in sorted(amounts, key=lambda x: x.start):
        end = a.end
        if a.kind in ("count", "vague"):
            noun = counted_noun(parsed, a)
            if noun is not None and not in_time[noun.i]:  # "six, seven years": not years
                a.unit = noun.text
                end = max(end, noun.i + 1)
        span = parsed[a.start : end]
        out.append(
            Quantity(
                span=(span.start_char, span.end_char),
                text=span.text,
                low=tidy(a.low),
                high=tidy(a.high),
                unit=a.unit,
                approx=a.approx,
            )
        )
    return out
