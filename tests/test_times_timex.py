"""The time normaliser on its own: phrases from news copy, anchored at a fixed publication date."""

from __future__ import annotations

from datetime import date

import pytest

from factwire.extract.timex import normalise

PUBLISHED = date(2025, 4, 30)  # a Wednesday, ISO week 18


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        # absolute
        ("April 28", "past", ("DATE", "2025-04-28")),
        ("28 April 2025", None, ("DATE", "2025-04-28")),
        ("Monday, April 28", "past", ("DATE", "2025-04-28")),
        ("the 28th of April", "past", ("DATE", "2025-04-28")),
        ("2024", None, ("DATE", "2024")),
        ("October 1982", None, ("DATE", "1982-10")),
        ("fiscal 2008", None, ("DATE", "FY2008")),
        ("last fiscal year", None, ("DATE", "FY2024")),
        ("two weeks before May 13, 1999", None, ("DATE", "1999-04-29")),
        ("the first week of 2021", None, ("DATE", "2021-W01")),
        ("early 2009", None, ("DATE", "2009")),
        ("2025-04-28", None, ("DATE", "2025-04-28")),
        ("4/28/2025", None, ("DATE", "2025-04-28")),
        # a month without a year: the clause's tense decides
        ("in March", "past", ("DATE", "2025-03")),
        ("in June", "past", ("DATE", "2024-06")),
        ("in June", "future", ("DATE", "2025-06")),
        ("in March", "future", ("DATE", "2026-03")),
        ("June 1st", "past", ("DATE", "2024-06-01")),
        # relative to the publication date
        ("last year", "past", ("DATE", "2024")),
        ("next year", "future", ("DATE", "2026")),
        ("this week", None, ("DATE", "2025-W18")),
        ("last week", None, ("DATE", "2025-W17")),
        ("next month", None, ("DATE", "2025-05")),
        ("last weekend", "past", ("DATE", "2025-W17-WE")),
        ("yesterday", None, ("DATE", "2025-04-29")),
        ("today", None, ("DATE", "2025-04-30")),
        ("tomorrow", None, ("DATE", "2025-05-01")),
        ("the day before yesterday", None, ("DATE", "2025-04-28")),
        ("three days ago", "past", ("DATE", "2025-04-27")),
        ("a year ago", "past", ("DATE", "2024")),
        ("two years earlier", "past", ("DATE", "2023")),
        ("at the start of the year", "past", ("DATE", "2025-01")),
        ("the end of last year", None, ("DATE", "2024-12")),
        ("earlier this year", "past", ("DATE", "2025")),
        ("the first quarter", None, ("DATE", "2025-Q1")),
        ("the third quarter of 2024", None, ("DATE", "2024-Q3")),
        ("last quarter", "past", ("DATE", "2025-Q1")),
        ("Q4 2024", None, ("DATE", "2024-Q4")),
        ("the first half of 2024", None, ("DATE", "2024-H1")),
        ("last summer", "past", ("DATE", "2024-SU")),
        ("this spring", None, ("DATE", "2025-SP")),
        ("the 1990s", None, ("DATE", "199")),
        ("the '90s", None, ("DATE", "199")),
        ("the 21st century", None, ("DATE", "20")),
        # weekdays: nearest past in a past clause, next in a future clause
        ("on Monday", "past", ("DATE", "2025-04-28")),
        ("on Monday", "future", ("DATE", "2025-05-05")),
        ("on Friday", "past", ("DATE", "2025-04-25")),
        ("next Tuesday", None, ("DATE", "2025-05-06")),
        ("last Thursday", None, ("DATE", "2025-04-24")),
        ("Tuesday of last week", None, ("DATE", "2025-04-22")),
        # references
        ("now", None, ("DATE", "PRESENT_REF")),
        ("currently", None, ("DATE", "PRESENT_REF")),
        ("recently", None, ("DATE", "PAST_REF")),
        ("in recent weeks", "past", ("DATE", "PAST_REF")),
        ("the future", None, ("DATE", "FUTURE_REF")),
        # durations
        ("for two years", None, ("DURATION", "P2Y")),
        ("three months", None, ("DURATION", "P3M")),
        ("48 hours", None, ("DURATION", "PT48H")),
        ("the past three years", None, ("DURATION", "P3Y")),
        ("a decade", None, ("DURATION", "P10Y")),
        ("two and a half years", None, ("DURATION", "P2.5Y")),
        ("several weeks", None, ("DURATION", "PXW")),
        ("four-day", None, ("DURATION", "P4D")),
        # sets
        ("every week", None, ("SET", "P1W")),
        ("daily", None, ("SET", "P1D")),
        ("annually", None, ("SET", "P1Y")),
        ("every Monday", None, ("SET", "XXXX-WXX-1")),
        ("twice a year", None, ("SET", "P1Y")),
        # times of day
        ("3 p.m.", None, ("TIME", "2025-04-30T15:00")),
        ("10:30 a.m.", None, ("TIME", "2025-04-30T10:30")),
        ("16:08 UTC", None, ("TIME", "2025-04-30T16:08Z")),
        ("0800 GMT", None, ("TIME", "2025-04-30T08:00Z")),
        ("noon", None, ("TIME", "2025-04-30T12:00")),
        ("3 p.m. on Monday", "past", ("TIME", "2025-04-28T15:00")),
        ("Monday morning", "past", ("TIME", "2025-04-28TMO")),
        ("last night", None, ("TIME", "2025-04-29TNI")),
        ("tonight", None, ("TIME", "2025-04-30TNI")),
    ],
)
def test_normalise_against_publication_date(text, tense, expected):
    assert normalise(text, PUBLISHED, tense) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April 28", "XXXX-04-28"),
        ("in March", "XXXX-03"),
        ("on Monday", "XXXX-WXX-1"),
        ("last year", "PAST_REF"),
        ("next month", "FUTURE_REF"),
        ("this week", "PRESENT_REF"),
        ("28 April 2025", "2025-04-28"),
        ("the first quarter", "XXXX-Q1"),
    ],
)
def test_without_anchor_relative_values_stay_underspecified(text, expected):
    assert normalise(text, None, "past")[1] == expected


def test_the_anchor_moves_relative_values():
    said_on = date(2024, 12, 31)
    assert normalise("tomorrow", said_on, "future") == ("DATE", "2025-01-01")
    assert normalise("next year", said_on, "future") == ("DATE", "2025")
    assert normalise("last month", said_on, "past") == ("DATE", "2024-11")


@pytest.mark.parametrize("text", ["the troops", "63", "", "!!!", "may", "the", "second"])
def test_non_times_get_no_value(text):
    assert normalise(text, PUBLISHED, "past")[1] is None


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Christmas", "past", "2024-12-25"),
        ("Christmas", "future", "2025-12-25"),
        ("Easter 2018", None, "2018-04-01"),
        ("last Thanksgiving", None, "2024-11-28"),
        ("over the weekend", "past", "2025-W17-WE"),
        ("the weekend", "future", "2025-W18-WE"),
        ("H1 2024", None, "2024-H1"),
        ("FY24", None, "FY2024"),
    ],
)
def test_holidays_weekends_and_fiscal_periods(text, tense, expected):
    assert normalise(text, PUBLISHED, tense)[1] == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("February twenty second", None, "2025-02-22"),
        ("the first of May", "future", "2025-05-01"),
        ("Monday the 14th", "past", "2025-04-14"),
        ("22/04", None, "2025-04-22"),
    ],
)
def test_day_numbers_in_words_and_short_numeric_dates(text, tense, expected):
    assert normalise(text, PUBLISHED, tense)[1] == expected


@pytest.mark.parametrize("anchor", [date(1, 1, 1), date(9999, 12, 31)])
def test_anchors_at_the_ends_of_the_calendar_do_not_crash(anchor):
    for text in ["last year", "next month", "yesterday", "tomorrow", "on Monday", "last winter",
                 "three days ago", "the 1990s", "Christmas", "next week", "in two years"]:
        for tense in ("future", "past"):
            kind, _value = normalise(text, anchor, tense)
            assert kind in {"DATE", "TIME", "DURATION", "SET", None}


def test_qualified_units_are_still_durations():
    assert normalise("the past five trading days", PUBLISHED, "past") == ("DURATION", "P5D")
    assert normalise("two full years", PUBLISHED, None) == ("DURATION", "P2Y")


def test_halves():
    assert normalise("half an hour", PUBLISHED, None) == ("DURATION", "PT0.5H")
    assert normalise("a year and a half", PUBLISHED, None) == ("DURATION", "P1.5Y")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a quarter past nine", "2025-04-30T09:15"),
        ("twenty minutes to four", "2025-04-30T03:40"),
        ("ten past eight in the evening", "2025-04-30T20:10"),
        ("8 o'clock", "2025-04-30T08:00"),
    ],
)
def test_clock_times_in_words(text, expected):
    assert normalise(text, PUBLISHED, None) == ("TIME", expected)


def test_a_range_is_not_a_clock_time():
    assert normalise("10 to 12", PUBLISHED, None)[1] is None
