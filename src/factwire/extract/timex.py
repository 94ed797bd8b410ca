"""The time normaliser: one time expression's text → its TIMEX3 type and value.

``normalise("April 28", date(2025, 4, 30), "past")`` → ``("DATE", "2025-04-28")``. Relative
expressions are resolved against an anchor (the document creation time, or when a quote was
said) and the tense of their clause decides ambiguous directions ("in March", "on Monday").
Without an anchor, relative values stay underspecified (``PAST_REF``, ``XXXX-04-28``).

The rules are ours (a small ordered set of readers, each for one shape of expression); the
word lists live in ``data/time_lexicon.json``; dateparser reads numeric date formats that no
rule covers.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, Literal

from dateutil.relativedelta import relativedelta

from factwire.extract._common import data_json
from factwire.extract.numbers import parse_number_words, parse_numeral

Tense = Literal["past", "present", "future"] | None
Result = tuple[str, str | None]

WORD = re.compile(
    r"\d{1,2}/\d{1,2}/\d{2,4}|\bq[1-4]\b|\bh[12]\b|\bfy\d{2,4}\b|\d{1,2}[:.]\d{2}(?::\d{2})?(?:am|pm|a|p)?\b|\d{1,2}(?:am|pm|a|p)\b|[ap]\.m\.?|'\d0s|'\d\d\b|\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th|s|am|pm)?"
    r"|o'clock|[a-z]+(?:'s)?|&"
)
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?(?:[t ](\d{2}):(\d{2}))?\b")
DAY_MONTH = re.compile(r"(?:on |by |until )?(\d{1,2})/(\d{1,2})")
NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
YEAR = re.compile(r"^(1[0-9]|20|21)\d\d$")


@functools.cache
def lexicon() -> dict[str, Any]:
    return data_json("time_lexicon.json")


# --- formatting values at a granularity ------------------------------------------------------


def fmt(d: date, granularity: str) -> str:
    """The TIMEX3 value of the ``granularity``-sized period that contains ``d``."""
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity in ("week", "weekend"):
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if granularity == "weekend" else "")
    if granularity == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if granularity == "decade":
        return f"{d.year // 10:03d}"
    if granularity == "century":
        return f"{d.year // 100:02d}"
    if granularity == "millennium":
        return f"{d.year // 1000}"
    return d.isoformat()


def shift(d: date, granularity: str, n: float) -> date:
    """``d`` moved by ``n`` units of ``granularity``."""
    n = int(n)
    steps = {
        "year": relativedelta(years=n),
        "month": relativedelta(months=n),
        "week": relativedelta(weeks=n),
        "weekend": relativedelta(weeks=n),
        "quarter": relativedelta(months=3 * n),
        "decade": relativedelta(years=10 * n),
        "century": relativedelta(years=100 * n),
        "millennium": relativedelta(years=1000 * n),
    }
    return d + steps.get(granularity, relativedelta(days=n))


def direction_ref(offset: float) -> str:
    """The underspecified value of a relative expression with no anchor."""
    return "PAST_REF" if offset < 0 else "FUTURE_REF" if offset > 0 else "PRESENT_REF"


def duration(n: float | None, unit: str) -> str:
    """A TIMEX3 duration: P3Y, PT48H, PXM (unknown number)."""
    designator, per, _ = lexicon()["units"][unit]
    if n is None:
        amount = "X"
    else:
        total = n * per
        amount = str(int(total)) if float(total).is_integer() else f"{total:g}"
    if designator.startswith("T"):
        return f"PT{amount}{designator[1:]}"
    return f"P{amount}{designator}"


# --- reading the words ----------------------------------------------------------------------


def words_of(text: str) -> list[str]:
    """The lower-cased words of an expression: clock times, numbers with their suffixes and
    numeric dates stay whole; hyphens split ('mid-March' → 'mid', 'march')."""
    return WORD.findall(text.lower().replace("’", "'").replace("-", " "))


def unit_of(word: str) -> str | None:
    """The unit name of a unit word, singular or plural ('weeks' → 'week')."""
    lex = lexicon()
    word = word.rstrip("'")
    if word in lex["units"] and not word.startswith("_"):
        return word
    if word in lex["unit_plurals"]:
        return lex["unit_plurals"][word]
    if word.endswith("s") and word[:-1] in lex["units"]:
        return word[:-1]
    return None


def number_of(words: list[str]) -> float | None:
    """The number written by ``words`` ('three', '48', 'a', 'two and a half')."""
    if not words:
        return None
    if words in (["a"], ["an"], ["one"], ["single"], ["a", "single"]):
        return 1.0
    if len(words) >= 3 and words[-3:] == ["and", "a", "half"]:
        base = number_of(words[:-3])
        return None if base is None else base + 0.5
    if len(words) == 1:
        value = parse_numeral(words[0])
        if value is not None:
            return value
    return parse_number_words(words)


def strip_edges(words: list[str]) -> list[str]:
    """Drop leading prepositions/approximators and trailing possessives ('in', 'for', 'about')."""
    lex = lexicon()
    lead = set(lex["strip_leading"]) | set(lex["approx_modifiers"])
    out = list(words)
    while out and out[0] in lead and len(out) > 1:
        out.pop(0)
    while out and out[-1] in ("'s", "s"):
        out.pop()
    return [w[:-2] if w.endswith("'s") else w for w in out]


# --- resolving months, weekdays and seasons against an anchor --------------------------------


def resolve_month(month: int, day: int | None, anchor: date, tense: Tense) -> date:
    """The year of a month (and day) given without one: past tense → the latest such date
    not after the anchor, future → the next one not before it, otherwise the anchor's year."""
    candidate = date(
        anchor.year,
        month,
        min(day or 1, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31),
    )
    if tense == "past" and (candidate > anchor if day else month > anchor.month):
        candidate = candidate.replace(year=anchor.year - 1)
    elif tense == "future" and (candidate < anchor if day else month < anchor.month):
        candidate = candidate.replace(year=anchor.year + 1)
    return candidate


def resolve_weekday(weekday: int, anchor: date, tense: Tense, cue: str | None = None) -> date:
    """The date of a weekday: the nearest past one in a past clause (or after 'last'), the
    next one in a future clause (or after 'next'), otherwise the one in the anchor's week."""
    delta = weekday - anchor.isoweekday()
    if cue == "last":
        back = (anchor.isoweekday() - weekday) % 7 or 7
        return anchor - timedelta(days=back)
    if cue == "next":
        ahead = (weekday - anchor.isoweekday()) % 7 or 7
        return anchor + timedelta(days=ahead)
    if cue == "this":
        return anchor + timedelta(days=delta)
    if tense == "future":
        return anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7)
    if tense == "present":
        return anchor + timedelta(days=delta)  # the one in this week
    return anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7)  # news default: past


def season_value(code: str, year: int) -> str:
    return f"{year:04d}-{code}"


def resolve_season(code: str, anchor: date, offset: int, tense: Tense) -> str:
    """'last summer' (published April 2025) → 2024-SU: the latest season that has ended;
    'next winter' the first not yet begun; 'this summer' the one of the anchor's year."""
    start_month = lexicon()["season_start_month"][code]
    spans = []
    for year in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1):
        start = date(year, start_month, 1)
        spans.append((year, start, start + relativedelta(months=3, days=-1)))
    if offset < 0 or (offset == 0 and tense == "past" and anchor < spans[2][1]):
        year = max(y for y, _, end in spans if end < anchor)
    elif offset > 0:
        year = min(y for y, start, _ in spans if start > anchor)
    else:
        year = next((y for y, start, end in spans if start <= anchor <= end), anchor.year)
    return season_value(code, year)


# --- the readers: each returns (type, value) or None ------------------------------------------


def read_reference(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    phrase = " ".join(w)
    refs = lexicon()["references"]
    if phrase in refs:
        return "DATE", refs[phrase]
    if w and w[0] == "the" and " ".join(w[1:]) in refs:
        return "DATE", refs[" ".join(w[1:])]
    if len(w) >= 2 and w[0] in ("recent", "past") and unit_of(w[-1]) and w[-1].endswith("s"):
        return "DATE", "PAST_REF"  # "recent weeks", "recent years"
    return None


def read_set(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'every week' → P1W, 'daily' → P1D, 'every Monday', 'on Tuesdays', 'twice a year'."""
    lex = lexicon()
    if len(w) == 1 and w[0].endswith("s") and w[0][:-1] in lex["weekdays"] and len(w[0]) > 4:
        return "SET", f"XXXX-WXX-{lex['weekdays'][w[0][:-1]]}"  # "on Tuesdays"
    if len(w) == 1 and w[0] in lex["set_adverbs"]:
        return "SET", lex["set_adverbs"][w[0]]
    if w and w[0] in lex["set_cues"] and len(w) >= 2:
        rest = w[1:]
        if rest[-1] in lex["weekdays"]:  # "every Monday", "every other Friday"
            return "SET", f"XXXX-WXX-{lex['weekdays'][rest[-1]]}"
        if rest[-1] in lex["months"] and len(rest) == 1:
            return "SET", f"XXXX-{lex['months'][rest[-1]]:02d}"
        if rest[-1] in lex["parts_of_day"]:
            return "SET", f"XXXX-XX-XXT{lex['parts_of_day'][rest[-1]]}"
        unit = unit_of(rest[-1])
        if unit:
            n = number_of(rest[:-1]) if len(rest) > 1 else 1.0
            if rest[:-1] in (["other"], ["second"]):
                n = 2.0
            return "SET", duration(n if n else 1.0, unit)
    if (
        len(w) >= 3
        and w[0] in lex["frequency_words"]
        and w[1] in ("a", "an", "per", "every", "each")
    ):
        unit = unit_of(w[-1])
        if unit:
            return "SET", duration(1.0, unit)
    return None


def read_day_word(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'yesterday', 'today', 'tomorrow morning', 'tonight', 'last night', 'earlier today'."""
    lex = lexicon()
    phrase = " ".join(w)
    if len(w) == 2 and w[0] in ("earlier", "later") and w[1] in lex["day_words"]:
        w = w[1:]
    offset = lex["day_phrases"].get(phrase)
    rest: list[str] = []
    if offset is None and w and w[0] in lex["day_words"]:
        offset, rest = lex["day_words"][w[0]], w[1:]
    if offset is None and len(w) == 2 and w[0] in ("last", "this") and w[1] in lex["parts_of_day"]:
        offset, rest = (-1 if w[0] == "last" and w[1] in ("night", "evening") else 0), w[1:]
    if offset is None:
        return None
    part = lex["parts_of_day"].get(rest[0]) if rest else None
    if w[0] == "tonight":
        part = "NI"
    if rest and part is None:
        return None
    if anchor is None:
        return "DATE", direction_ref(offset)
    day = (anchor + timedelta(days=offset)).isoformat()
    return ("TIME", f"{day}T{part}") if part else ("DATE", day)


def read_ago(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'three days ago', 'two years earlier', 'a week from now', 'a month later'."""
    lex = lexicon()
    if len(w) < 2:
        return None
    if w[-2:] == ["from", "now"]:
        sign, body = 1, w[:-2]
    elif w[-1] in lex["ago_cues"]:
        sign, body = -1, w[:-1]
    elif w[-1] in lex["later_cues"]:
        sign, body = 1, w[:-1]
    else:
        return None
    if not body:
        return None
    unit = unit_of(body[-1])
    if not unit:
        return None
    count = body[:-1]
    n = number_of(count) if count else 1.0
    if n is None:
        if anchor is None or any(x in lex["vague_counts"] for x in count) or count in (["few"],):
            return "DATE", direction_ref(sign)
        return None
    if anchor is None:
        return "DATE", direction_ref(sign)
    if unit == "fortnight":
        unit, n = "week", n * 2
    gran = lexicon()["units"][unit][2]
    if gran == "week":
        return "DATE", (anchor + timedelta(weeks=sign * n)).isoformat()  # "a week ago": that day
    if gran in ("hour", "minute", "second"):
        return "DATE", anchor.isoformat()
    return "DATE", fmt(shift(anchor, gran, sign * n), gran)


def read_duration(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'two years', '48 hours', 'the past three months', 'several weeks', 'a decade'."""
    lex = lexicon()
    body = list(w)
    if (
        body
        and body[0] == "the"
        and len(body) > 2
        and (body[1] in lex["past_cues"] + lex["next_cues"] + ["first"])
    ):
        body = body[2:]
    elif (
        body
        and body[0] in ("another", "the", "a", "an", "full", "whole", "entire")
        and len(body) > 1
        and body[0] not in ("a", "an")
    ):
        body = body[1:]
    while body and body[-1] in ("long", "old", "period", "term", "span"):
        if body[-1] == "old":
            return None
        body = body[:-1]
    if body[:2] in (["half", "a"], ["half", "an"]) and len(body) == 3 and unit_of(body[2]):
        return "DURATION", duration(0.5, unit_of(body[2]))  # "half an hour"
    if len(body) > 4 and body[-3:] == ["and", "a", "half"] and unit_of(body[-4]):
        whole = number_of(body[:-4])  # "one hour and a half"
        return ("DURATION", duration(whole + 0.5, unit_of(body[-4]))) if whole else None
    if not body:
        return None
    unit = unit_of(body[-1])
    if not unit:
        return None
    if unit == "weekend":  # "three weekends" → P3WE
        n = number_of(body[:-1]) if len(body) > 1 else None
        return ("DURATION", f"P{int(n)}WE") if n and float(n).is_integer() else None
    qualifiers = set(lex["unit_qualifiers"])  # "five trading days", "two full years"
    count = [x for x in body[:-1] if x not in qualifiers]
    plural = body[-1].endswith("s")
    if not count:
        if plural:
            return "DURATION", duration(None, unit)
        return None
    n = number_of(count)
    if n is None:
        if any(" ".join(count) == v or v in count for v in lex["vague_counts"]):
            return "DURATION", duration(None, unit)
        return None
    return "DURATION", duration(n, unit)


def read_relative_unit(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'last year', 'this week', 'next month', 'last weekend', 'last summer', 'the previous
    year', 'earlier this year', 'next Monday', 'last March'."""
    lex = lexicon()
    body = [x for x in w if x not in ("the", "of")]
    while body and body[0] in ("earlier", "later", "early", "late", "mid", "all", "throughout"):
        body = body[1:]
    if len(body) != 2:
        return None
    cue, noun = body
    if cue in lex["past_cues"]:
        offset, kind = -1, "last"
    elif cue in lex["next_cues"]:
        offset, kind = 1, "next"
    elif cue in lex["this_cues"]:
        offset, kind = 0, "this"
    else:
        return None
    if noun in lex["weekdays"]:
        if anchor is None:
            return "DATE", f"XXXX-WXX-{lex['weekdays'][noun]}"
        return "DATE", resolve_weekday(lex["weekdays"][noun], anchor, tense, kind).isoformat()
    if noun in lex["seasons"]:
        if anchor is None:
            return "DATE", direction_ref(offset)
        return "DATE", resolve_season(lex["seasons"][noun], anchor, offset, tense)
    if noun in lex["months"]:
        month = lex["months"][noun]
        if anchor is None:
            return "DATE", f"XXXX-{month:02d}"
        if kind == "this":
            return "DATE", f"{anchor.year:04d}-{month:02d}"
        t = {"last": "past", "next": "future"}.get(kind, tense)
        probe = (
            anchor - timedelta(days=31)
            if kind == "last"
            else anchor + timedelta(days=31)
            if kind == "next"
            else anchor
        )
        return "DATE", fmt(
            resolve_month(month, None, probe if kind != "this" else anchor, t), "month"
        )
    unit = unit_of(noun)
    if not unit or unit in ("hour", "minute", "second", "night"):
        if noun in lex["parts_of_day"] and anchor is not None:
            day = anchor + timedelta(
                days=-1 if kind == "last" and noun in ("night", "evening") else 0
            )
            return "TIME", f"{day.isoformat()}T{lex['parts_of_day'][noun]}"
        return None
    if noun.endswith("s") and unit not in ("weekend",):
        return None  # "the past years" is a duration, read elsewhere
    gran = lex["units"][unit][2]
    if anchor is None:
        return "DATE", direction_ref(offset)
    if unit == "fortnight":
        gran = "week"
    return "DATE", fmt(shift(anchor, gran, offset), gran)


def read_position(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'start of this year' → 2025-01, 'in late 2023', 'early 2011' → 2011,
    'mid-March', 'the first half of 2024' → 2024-H1."""
    lex = lexicon()
    body = [x for x in w if x not in ("the", "of", "at", "in", "by", "until", "toward", "towards")]
    if len(body) < 2:
        return None
    pos = None
    for phrase, p in lex["position_words"].items():
        n = len(phrase.split())
        if body[:n] == phrase.split():
            pos, body = p, body[n:]
            break
    if pos is None or not body:
        return None
    if pos in ("H1", "H2"):
        inner = read_year_like(body, anchor, tense)
        if inner and re.fullmatch(r"\d{4}", inner[1] or ""):
            return "DATE", f"{inner[1]}-{pos}"
        return None
    if len(body) == 1 and body[0] in ("year", "month", "week", "day", "decade", "century"):
        inner = ("DATE", fmt(anchor, body[0])) if anchor else ("DATE", None)
    else:
        inner = normalise_words(body, anchor, tense)
    if inner is None or inner[1] is None:
        return None
    typ, value = inner
    explicit = w[0] in ("early", "late", "mid") or body[0] not in (
        "year",
        "this",
        "last",
        "next",
        "current",
        "past",
    )
    if re.fullmatch(r"\d{4}", value) and not explicit and pos in lex["position_month"]:
        month = lex["position_month"][pos]["year"]
        return "DATE", f"{value}-{month:02d}"
    return typ, value


def read_quarter(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'the first quarter' → 2025-Q1, 'Q3 2024', 'this year's second quarter'."""
    lex = lexicon()
    body = [x for x in w if x not in ("the", "of", "fiscal", "financial", "calendar")]
    if not body:
        return None
    quarter: int | None = None
    rest: list[str] = []
    half = re.fullmatch(r"h([12])", body[0])
    if half and len(body) == 2 and YEAR.match(body[1]):
        return "DATE", f"{body[1]}-H{half.group(1)}"
    m = re.fullmatch(r"q([1-4])", body[0])
    if m:
        quarter, rest = int(m.group(1)), body[1:]
    elif len(body) == 2 and body[1] == "quarter" and body[0] in ("last", "final", "past"):
        if anchor is None:
            return "DATE", "PAST_REF"
        return "DATE", fmt(shift(anchor, "quarter", -1), "quarter")
    elif len(body) >= 2 and body[1] in ("quarter", "half") and body[0] in lex["ordinal_words"]:
        which = lex["ordinal_words"][body[0]]
        ordinal = re.fullmatch(r"(\d)(st|nd|rd|th)", body[0])
        which = int(ordinal.group(1)) if ordinal else which
        size = 4 if body[1] == "quarter" else 2
        if which == -1:
            which = size
        if not 1 <= which <= size:
            return None
        if body[1] == "half":
            inner = read_year_like(body[2:], anchor, tense) if body[2:] else None
            year = inner[1] if inner else (f"{anchor.year:04d}" if anchor else "XXXX")
            return "DATE", f"{year}-H{which}" if year else None
        quarter, rest = which, body[2:]
    elif (
        len(body) == 2
        and body[1] == "quarter"
        and body[0] in lex["past_cues"] + lex["next_cues"] + lex["this_cues"]
    ):
        if anchor is None:
            return "DATE", direction_ref(
                -1 if body[0] in lex["past_cues"] else 1 if body[0] in lex["next_cues"] else 0
            )
        offset = -1 if body[0] in lex["past_cues"] else 1 if body[0] in lex["next_cues"] else 0
        return "DATE", fmt(shift(anchor, "quarter", offset), "quarter")
    if quarter is None:
        return None
    if rest:
        inner = read_year_like(rest, anchor, tense)
        if not inner or not inner[1] or not re.fullmatch(r"\d{4}", inner[1]):
            return None
        year = inner[1]
    else:
        year = f"{anchor.year:04d}" if anchor else "XXXX"
    return "DATE", f"{year}-Q{quarter}"


def read_year_like(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """A year alone: '2024', 'fiscal 2008', 'this year', 'last year'."""
    fiscal = any(x in lexicon()["fiscal_words"] for x in w)
    prefix = "FY" if fiscal else ""  # TIMEX3 writes fiscal years FY2008
    body = [x for x in w if x not in lexicon()["fiscal_words"] and x not in ("the", "year", "of")]
    if len(body) == 1 and YEAR.match(body[0]):
        return "DATE", prefix + body[0]
    short = re.fullmatch(r"'(\d\d)", body[0]) if len(body) == 1 else None
    if short:  # "the crash of '87": the century that keeps it in the past or near future
        pivot = (anchor.year % 100 + 5) if anchor else 30
        two = int(short.group(1))
        return "DATE", prefix + (f"19{two:02d}" if two > pivot else f"20{two:02d}")
    fy = re.fullmatch(r"fy(\d{2}|\d{4})", w[0]) if len(w) == 1 else None
    if fy:
        y = fy.group(1)
        return "DATE", "FY" + (y if len(y) == 4 else f"20{y}")
    if w and w[-1] == "year":
        rest = [x for x in w if x not in lexicon()["fiscal_words"] and x != "calendar"]
        found = read_relative_unit(rest, anchor, tense)
        if found and fiscal and found[1] and re.fullmatch(r"\d{4}", found[1]):
            return "DATE", "FY" + found[1]
        if fiscal and rest in (["year"], ["the", "year"]):  # "the financial year": the current one
            return "DATE", f"FY{anchor.year:04d}" if anchor else "FYXXXX"
        return found
    return None


def read_week_number(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'the first week of 2021' → 2021-W01, 'week 31' → (anchor's year)-W31."""
    lex = lexicon()
    body = [x for x in w if x not in ("the", "of")]
    if len(body) == 3 and body[1] == "week" and YEAR.match(body[2]):
        m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th)", body[0])
        n = int(m.group(1)) if m else lex["ordinal_words"].get(body[0])
        if n and 1 <= n <= 53:
            return "DATE", f"{body[2]}-W{n:02d}"
    if len(body) == 2 and body[0] == "week" and body[1].isdigit() and 1 <= int(body[1]) <= 53:
        year = f"{anchor.year:04d}" if anchor else "XXXX"
        return "DATE", f"{year}-W{int(body[1]):02d}"
    return None


def read_offset(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'two days after today', '2 weeks before May 13 1999', '3 days from Tuesday': a date
    moved by a duration."""
    cut = next((i for i, x in enumerate(w) if x in ("before", "after", "from") and i > 0), None)
    if cut is None or cut == len(w) - 1:
        return None
    span = read_duration(w[:cut], anchor, tense)
    m = re.fullmatch(r"P(\d+)([YMWD])", span[1] or "") if span else None
    base = day_value(w[cut + 1 :], anchor, tense) if m else None
    if not m or base is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", base):
        return None
    n = int(m.group(1)) * (-1 if w[cut] == "before" else 1)
    step = {
        "Y": relativedelta(years=n),
        "M": relativedelta(months=n),
        "W": relativedelta(weeks=n),
        "D": relativedelta(days=n),
    }[m.group(2)]
    return "DATE", (date.fromisoformat(base) + step).isoformat()


def read_decade(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'the 1990s' → 199, 'the '90s', 'the nineties', 'the 1800s' → 18, 'the 21st century' → 20,
    'this decade', 'the past decade'."""
    lex = lexicon()
    body = [x for x in w if x not in ("the", "early", "late", "mid")]
    if len(body) != 1 and not (len(body) == 2 and body[1] in ("century", "decade", "millennium")):
        return None
    word = body[0]
    m = re.fullmatch(r"(\d{2})(\d)0s", word)
    if m and len(body) == 1:
        if m.group(2) == "0" and word != "2000s":
            return "DATE", m.group(1)
        return "DATE", m.group(1) + m.group(2)
    m = re.fullmatch(r"'(\d)0s", word)
    if m and len(body) == 1:
        return "DATE", ("19" if m.group(1) != "0" else "20") + m.group(1)
    if word in lex["decade_words"] and len(body) == 1:
        return "DATE", f"19{lex['decade_words'][word]}"
    if len(body) == 2 and body[1] == "century":
        ordinal = re.fullmatch(r"(\d{1,2})(st|nd|rd|th)", word)
        n = int(ordinal.group(1)) if ordinal else lex["ordinal_words"].get(word)
        if n and n > 0:
            return "DATE", f"{n - 1:02d}"
        cue = word
        if anchor is None:
            return None
        offset = -1 if cue in lex["past_cues"] else 1 if cue in lex["next_cues"] else 0
        return "DATE", fmt(shift(anchor, "century", offset), "century")
    if len(body) == 2 and body[1] == "decade" and anchor is not None:
        if body[0] in lex["this_cues"]:
            return "DATE", fmt(anchor, "decade")
        if body[0] in lex["past_cues"]:
            return "DATE", fmt(shift(anchor, "decade", -1), "decade")
        if body[0] in lex["next_cues"]:
            return "DATE", fmt(shift(anchor, "decade", 1), "decade")
    return None


def read_clock_words(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'a quarter past nine', 'half past ten', '20 minutes to 4', 'ten past eight in the
    evening': clock times told in words."""
    lex = lexicon()
    cut = next((i for i, x in enumerate(w) if x in ("past", "to", "after") and i > 0), None)
    if cut is None or cut + 1 >= len(w):
        return None
    left = [
        x for x in w[:cut] if x not in ("a", "min", "mins", "minute", "minutes", "at", "around")
    ]
    minutes = {"quarter": 15, "half": 30}.get(left[0]) if len(left) == 1 else None
    if minutes is None:
        minutes = number_of(left) if left else None
        if w[cut] == "to" and not any(x.startswith("min") for x in w[:cut]):
            return None  # "10 to 12" is a range, "10 minutes to 12" a time
    hour = number_of([w[cut + 1]])
    if minutes is None or hour is None or not (0 < minutes < 60 and 1 <= hour <= 12):
        return None
    rest = w[cut + 2 :]
    if any(
        x
        not in (
            "o'clock",
            "oclock",
            "in",
            "the",
            "at",
            "night",
            *lex["am_pm"],
            *lex["parts_of_day"],
        )
        for x in rest
    ):
        return None
    total = int(hour) * 60 + (int(minutes) if w[cut] != "to" else -int(minutes))
    hour, minute = divmod(total, 60)
    later = any(x in ("evening", "afternoon", "night", "pm", "p.m.", "p.m") for x in rest)
    if later and hour < 12:
        hour += 12
    day = anchor.isoformat() if anchor else "XXXX-XX-XX"
    return "TIME", f"{day}T{hour:02d}:{minute:02d}"


def read_clock(w: list[str], anchor: date | None, tense: Tense, text: str = "") -> Result | None:
    """Clock times, alone or with a date: '3 p.m.', '15:30', 'noon', '0800 UTC',
    '10:30 a.m. on Monday', 'Monday morning'."""
    lex = lexicon()
    hour = minute = None
    second: int | None = None
    used: set[int] = set()
    for i, x in enumerate(w):
        m = re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", x)
        if m:
            hour, minute = int(m.group(1)), int(m.group(2))
            second = int(m.group(3)) if m.group(3) else None
            used.add(i)
            break
        m = re.fullmatch(r"(\d{1,2})(?:[.:](\d{2}))?(am|pm|a|p)", x) or (
            re.fullmatch(r"(\d{1,2})\.(\d{2})()", x)
            if i + 1 < len(w) and w[i + 1] in lex["am_pm"]
            else None
        )
        if m and m.group(2) is not None and m.group(3) == "":
            hour, minute = int(m.group(1)), int(m.group(2))
            used.add(i)
            break
        if m:
            hour, minute = int(m.group(1)), int(m.group(2) or 0)
            used.add(i)
            if m.group(3) in ("pm", "p") and hour < 12:
                hour += 12
            elif m.group(3) in ("am", "a") and hour == 12:
                hour = 0
            break
        if x in lex["named_times"]:
            hour, minute = map(int, lex["named_times"][x].split(":"))
            used.add(i)
            break
        if (
            re.fullmatch(r"\d{4}", x)
            and i + 1 < len(w)
            and w[i + 1] in lex["utc_zones"] + ["hours", "hrs", "local", "gmt"]
        ):
            hour, minute = int(x[:2]), int(x[2:])
            used.add(i)
            break
        if (
            re.fullmatch(r"\d{1,2}", x)
            and i + 1 < len(w)
            and (w[i + 1] in lex["am_pm"] or w[i + 1] in ("o'clock", "oclock"))
        ):
            hour, minute = int(x), 0
            used.add(i)
            break
    if hour is None:
        return None
    for i, x in enumerate(w):
        if x in lex["am_pm"] or x in ("a", "p") and i + 1 < len(w) and w[i + 1] == "m":
            used.add(i)
            if lex["am_pm"].get(x, "pm" if x == "p" else "am") == "pm" and hour < 12:
                hour += 12
            elif lex["am_pm"].get(x) == "am" and hour == 12:
                hour = 0
    if hour > 24 or (minute or 0) > 59:
        return None
    zone = "Z" if any(x in lex["utc_zones"] for x in w) else ""
    clock = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
    fillers = set(lex["utc_zones"]) | set(lex["am_pm"]) | set(lex["clock_fillers"])
    fillers |= set(lex["time_zones"])
    rest = [x for i, x in enumerate(w) if i not in used and x not in fillers]
    day: str | None = None
    if rest:
        day = day_value(rest, anchor, tense)
        if day is None:
            return None
    elif anchor is not None:
        day = anchor.isoformat()
    return "TIME", f"{day or 'XXXX-XX-XX'}T{clock}{zone}"


def read_part_of_day(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'Monday morning', 'the morning of April 28', 'this afternoon'."""
    lex = lexicon()
    parts = [x for x in w if x in lex["parts_of_day"]]
    if len(parts) != 1:
        return None
    rest = [x for x in w if x not in lex["parts_of_day"] and x not in ("the", "of", "on", "in")]
    code = lex["parts_of_day"][parts[0]]
    if not rest:  # "in the morning": of the day in question, the anchor's
        if w[0] != "the" or len(w) != 2:
            return None
        return "TIME", f"{anchor.isoformat() if anchor else 'XXXX-XX-XX'}T{code}"
    day = day_value(rest, anchor, tense)
    return None if day is None else ("TIME", f"{day}T{code}")


def day_value(words: list[str], anchor: date | None, tense: Tense) -> str | None:
    """The value of words that name one day ('Monday', 'April 28'), else None."""
    inner = normalise_words(words, anchor, tense)
    if inner is None or inner[1] is None:
        return None
    return inner[1] if re.fullmatch(r"(\d{4}|XXXX)-\d{2}-\d{2}|XXXX-WXX-\d", inner[1]) else None


def read_weekday_of_week(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'Tuesday of last week', 'next week Wednesday', 'Monday of the following week'."""
    lex = lexicon()
    days = [x for x in w if x in lex["weekdays"]]
    rest = [x for x in w if x not in lex["weekdays"] and x not in ("the", "of", "on")]
    if len(days) != 1 or len(rest) != 2 or rest[1] != "week":
        return None
    week = read_relative_unit(rest, anchor, tense)
    if week is None or anchor is None or not week[1] or "W" not in week[1]:
        return None
    offset = -1 if rest[0] in lex["past_cues"] else 1 if rest[0] in lex["next_cues"] else 0
    monday = anchor - timedelta(days=anchor.isoweekday() - 1) + timedelta(weeks=offset)
    return "DATE", (monday + timedelta(days=lex["weekdays"][days[0]] - 1)).isoformat()


@functools.cache
def day_number_words() -> dict[str, int]:
    """'first' → 1 ... 'thirty first' → 31, 'twenty nine' → 29: days of the month in words."""
    from factwire.extract.numbers import lexicon as numbers

    ones = {k: v for k, v in numbers()["ones"].items() if 1 <= v <= 19}
    ordinals = {k: v for k, v in lexicon()["ordinal_words"].items() if 0 < v < 20}
    out: dict[str, int] = {**ordinals}
    for tens, value in (("twenty", 20), ("thirty", 30)):
        out[tens[:-1] + "ieth"] = value
        for word, n in list(ones.items()) + list(ordinals.items()):
            if n < 10 and value + n <= 31:
                out[f"{tens} {word}"] = value + n
    return out


def day_words_to_digits(w: list[str]) -> list[str]:
    """Day numbers written in words next to a month or weekday become digits:
    'february twenty second' → 'february 22'."""
    lex = lexicon()
    if not any(x in lex["months"] or x in lex["weekdays"] for x in w):
        return w
    table = day_number_words()
    out: list[str] = []
    i = 0
    while i < len(w):
        two = " ".join(w[i : i + 2])
        if two in table:
            out.append(str(table[two]))
            i += 2
        elif w[i] in table and (
            w[i] not in lex["ordinal_words"]
            or i == 0
            or w[i - 1] in ("the", *lex["months"], *lex["weekdays"])
            or i + 1 < len(w)
            and w[i + 1] == "of"
        ):
            out.append(str(table[w[i]]))
            i += 1
        else:
            out.append(w[i])
            i += 1
    return out


def weekday_with_day(weekday: int, day: int, anchor: date, tense: Tense) -> date | None:
    """The date nearest the anchor (past ones first in a past clause) that falls on both this
    weekday and this day of the month."""
    candidates = []
    for months in range(-12, 13):
        first = date(anchor.year, anchor.month, 1) + relativedelta(months=months)
        try:
            d = first.replace(day=day)
        except ValueError:
            continue
        if d.isoweekday() == weekday:
            candidates.append(d)
    if tense == "past":
        candidates = [d for d in candidates if d <= anchor] or candidates
    elif tense == "future":
        candidates = [d for d in candidates if d >= anchor] or candidates
    return min(candidates, key=lambda d: abs((d - anchor).days), default=None)


def read_calendar(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """Month, day, year and weekday names in any order: 'April 28', '28 April 2025',
    'Monday, April 28', 'the 28th of April', 'March 2008', 'June 1st', 'Monday'."""
    lex = lexicon()
    month = day = year = weekday = None
    leftovers = []
    w = day_words_to_digits(w)
    for i, x in enumerate(w):
        if x in lex["months"] and month is None and not (x == "may" and len(w) == 1):
            if x in ("mar", "sat", "sun", "jan", "dec") and len(w) == 1:
                return None
            month = lex["months"][x]
        elif x in lex["weekdays"] and weekday is None:
            weekday = lex["weekdays"][x]
        elif YEAR.match(x) and year is None:
            year = int(x)
        elif re.fullmatch(r"'\d\d", x) and year is None:
            year = 2000 + int(x[1:]) if int(x[1:]) < 50 else 1900 + int(x[1:])
        elif (
            re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", x)
            and day is None
            and 1 <= int(re.match(r"\d+", x).group()) <= 31
        ):
            day = int(re.match(r"\d+", x).group())
        elif (
            x in lex["ordinal_words"]
            and day is None
            and lex["ordinal_words"][x] > 0
            and i + 1 < len(w)
            and w[i + 1] == "of"
        ):
            day = lex["ordinal_words"][x]
        elif x in (
            "the",
            "of",
            "on",
            "in",
            "early",
            "late",
            "mid",
            "middle",
            "during",
            "this",
            "last",
            "next",
            "and",
        ):
            continue
        else:
            leftovers.append(x)
    seasons = [x for x in leftovers if x in lex["seasons"]]
    if seasons and len(leftovers) == 1 and month is None and weekday is None and day is None:
        code = lex["seasons"][seasons[0]]
        if year is not None:
            return "DATE", season_value(code, year)
        if anchor is None:
            return "DATE", f"XXXX-{code}"
        return "DATE", resolve_season(code, anchor, 0, tense)
    if leftovers or (month is None and weekday is None):
        return None
    if month is None:
        if year is not None:
            return None
        if day is not None:  # "Tuesday the 11th": the nearest such day in the clause's direction
            if weekday is None or anchor is None:
                return None
            found = weekday_with_day(weekday, day, anchor, tense)
            return ("DATE", found.isoformat()) if found else None
        if anchor is None:
            return "DATE", f"XXXX-WXX-{weekday}"
        return "DATE", resolve_weekday(weekday, anchor, tense).isoformat()
    if day is not None and year is not None:
        try:
            return "DATE", date(year, month, day).isoformat()
        except ValueError:
            return None
    if year is not None:
        return "DATE", f"{year:04d}-{month:02d}"
    if anchor is None:
        return "DATE", f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
    if "last" in w or "next" in w:
        return None
    resolved = resolve_month(month, day, anchor, tense)
    if day is None:
        return "DATE", fmt(resolved, "month")
    try:
        return "DATE", resolved.replace(day=day).isoformat()
    except ValueError:  # "February 29" in a common year: the day, its year left open
        return "DATE", f"XXXX-{month:02d}-{day:02d}"


def holiday_date(name: str, year: int) -> date | None:
    """The date of a named holiday in a year: fixed dates, nth weekdays, Easter-based days."""
    from dateutil.easter import easter

    lex = lexicon()
    fixed = lex["holidays_fixed"].get(name)
    if fixed:
        month, day = map(int, fixed.split("-"))
        return date(year, month, day)
    rule = lex["holidays_rules"].get(name)
    if rule is None or name.startswith("_"):
        return None
    if rule[0] == "easter":
        return easter(year) + timedelta(days=rule[1])
    if rule[0] == "thanksgiving":
        base = holiday_date("thanksgiving", year)
        return base + timedelta(days=rule[1]) if base else None
    month, weekday, nth = rule
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = date(year, month, 1) + relativedelta(months=1, days=-1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def read_holiday(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'Christmas', 'Easter 2018', 'last Thanksgiving', 'Black Friday': the holiday's date,
    its year from the text, or else the nearest one in the clause's direction."""
    lex = lexicon()
    body = [x for x in w if x not in ("the", "on", "at", "over")]
    year = next((int(x) for x in body if YEAR.match(x)), None)
    cue = next((x for x in body if x in ("last", "next", "this")), None)
    name = " ".join(x for x in body if not YEAR.match(x) and x not in ("last", "next", "this"))
    known = name in lex["holidays_fixed"] or name in lex["holidays_rules"]
    if not known or name.startswith("_"):
        return None
    if year is None and anchor is None:  # a fixed date keeps its day, a moveable feast does not
        fixed = lex["holidays_fixed"].get(name)
        return "DATE", f"XXXX-{fixed}" if fixed else "XXXX-XX-XX"
    if year is None:
        this = holiday_date(name, anchor.year)
        if this is None:
            return None
        direction = {"last": "past", "next": "future"}.get(cue or "", tense)
        if direction == "past" and this > anchor:
            this = holiday_date(name, anchor.year - 1)
        elif direction == "future" and this < anchor:
            this = holiday_date(name, anchor.year + 1)
        return "DATE", this.isoformat() if this else None
    found = holiday_date(name, year)
    return "DATE", found.isoformat() if found else None


def read_weekend(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'the weekend', 'over the weekend': the last one in a past clause, the next in a future."""
    if [x for x in w if x not in ("the", "over", "during", "at", "on")] != ["weekend"] or len(
        w
    ) < 2:
        return None
    if anchor is None:
        return "DATE", "XXXX-WXX-WE"
    weekday = anchor.isoweekday()
    offset = (
        -1 if tense == "past" and weekday < 6 else 1 if tense == "future" and weekday == 7 else 0
    )
    return "DATE", fmt(shift(anchor, "week", offset), "weekend")


def read_numeric_word(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """One numeric date word ('01/02/2018'), so that other readers can build on it."""
    if len(w) == 1 and NUMERIC_DATE.fullmatch(w[0]):
        return read_numeric_date(w[0], anchor)
    return None


def read_generic_unit(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    """'the year', 'the week', 'that day': deictic units, read as the anchor's period."""
    body = [x for x in w if x not in ("the", "that", "same")]
    if (
        len(body) == 1
        and body[0] in ("year", "month", "week", "day")
        and anchor is not None
        and len(w) > 1
    ):
        if w[0] == "the" and body[0] == "week":
            return "DURATION", "P1W"
        return "DATE", fmt(anchor, body[0])
    return None


READERS: list[Callable[[list[str], date | None, Tense], Result | None]] = [
    read_reference,
    read_set,
    read_day_word,
    read_ago,
    read_decade,
    read_quarter,
    read_position,
    read_relative_unit,
    read_weekday_of_week,
    read_week_number,
    read_holiday,
    read_weekend,
    read_numeric_word,
    read_clock_words,
    read_offset,
    read_year_like,
    read_calendar,
    read_part_of_day,
    read_duration,
    read_generic_unit,
]


def normalise_words(w: list[str], anchor: date | None, tense: Tense) -> Result | None:
    if not w:
        return None
    try:
        clock = read_clock(w, anchor, tense)
    except (ValueError, OverflowError):
        clock = None
    if clock:
        return clock
    for reader in READERS:
        try:
            result = reader(w, anchor, tense)
        except (ValueError, OverflowError):  # a date beyond the calendar (year 0, 10000)
            continue
        if result is not None:
            return result
    return None


def normalise(text: str, anchor: date | None = None, tense: Tense = None) -> Result:
    """The TIMEX3 ``(type, value)`` of a time expression; value None when it cannot be read.

    ``anchor`` is the date relative expressions count from (the publication date); ``tense``
    of the clause ('past', 'present', 'future' or None) decides the year of "in March" and
    the week of "on Monday".
    """
    lowered = text.lower().strip()
    iso = ISO_DATE.search(lowered)
    if iso and iso.group(0) == lowered:
        y, mo, d, hh, mm = iso.groups()
        if hh:
            return "TIME", f"{y}-{mo}-{d}T{hh}:{mm}"
        return "DATE", f"{y}-{mo}" + (f"-{d}" if d else "")
    raw = words_of(text)
    words = strip_edges(raw)
    result = read_reference(raw, anchor, tense) or normalise_words(words, anchor, tense)
    if result and result[0] == "DURATION" and raw[:1] == ["in"] and tense == "future" and anchor:
        with contextlib.suppress(ValueError, OverflowError):  # beyond year 9999
            result = in_future(result[1], anchor) or result
    if result is None and len(words) > 1 and words[0] in ("the", "a", "an"):
        result = normalise_words(words[1:], anchor, tense)
    if result is not None:
        return result
    if NUMERIC_DATE.search(lowered):
        return read_numeric_date(lowered, anchor)
    day_month = DAY_MONTH.fullmatch(lowered)
    if day_month:
        return read_day_month(int(day_month.group(1)), int(day_month.group(2)), anchor, tense)
    return "DATE", None


def read_day_month(a: int, b: int, anchor: date | None, tense: Tense) -> Result:
    """'22/04' (day first, since 22 is no month), '4/22', '5/12' (month first, as US news)."""
    month, day = (b, a) if a > 12 else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return "DATE", None
    if anchor is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    try:
        return "DATE", resolve_month(month, day, anchor, tense).replace(day=day).isoformat()
    except ValueError:
        return "DATE", None


def read_numeric_date(text: str, anchor: date | None) -> Result:
    """Numeric dates ('4/28/2025', '28.04.2025') through dateparser (month first, as in US news)."""
    import dateparser

    settings: dict[str, Any] = {"DATE_ORDER": "MDY", "PREFER_DAY_OF_MONTH": "first"}
    parsed = dateparser.parse(
        NUMERIC_DATE.search(text).group(0), languages=["en"], settings=settings
    )
    return ("DATE", parsed.date().isoformat()) if parsed else ("DATE", None)


def in_future(value: str | None, anchor: date) -> Result | None:
    """'(will leave) in two weeks' is a date: the anchor moved forward by the duration."""
    m = re.fullmatch(r"P(\d+)([YMWD])", value or "")
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    gran = {"Y": "year", "M": "month", "W": "day", "D": "day"}[unit]
    moved = (
        anchor
        + {
            "Y": relativedelta(years=n),
            "M": relativedelta(months=n),
            "W": relativedelta(weeks=n),
            "D": relativedelta(days=n),
        }[unit]
    )
    return "DATE", fmt(moved, gran)
