"""Finding time expressions in news sentences, and the time evaluator on small gold slices."""

from __future__ import annotations

import json

import pytest

from factwire.model import Document

PUBLISHED = "2025-04-30"


def times_of(nlp, text: str, published: str | None = PUBLISHED) -> dict[str, tuple[str, str]]:
    from factwire.extract.times import find_times

    doc = Document(id="t", text=text, published=published)
    found = find_times(doc, nlp(text))
    for t in found:
        assert text[t.span[0]:t.span[1]] == t.text
    return {t.text: (t.type, t.value) for t in found}


@pytest.fixture(scope="module")
def example(example_path):
    """The example through the whole pipeline (``factwire.extract`` the function is shadowed by
    the ``factwire.extract`` subpackage once that is imported, so call the pipeline's)."""
    from factwire.pipeline import extract

    return extract(str(example_path), published=PUBLISHED)


def test_example_article_dates(example):
    values = {t.text: t.value for t in example.times}
    assert values.get("April 28") == "2025-04-28"
    assert values.get("last year") == "2024"
    assert values.get("the start of the year") == "2025-01"
    assert any(t.value == "PAST_REF" and "recent weeks" in t.text for t in example.times)


def test_news_sentences(nlp):
    text = (
        "North Korea deployed troops to Russia last year. The ministry confirmed the move on "
        "Monday, three days after the talks. Officials will meet again in June, and the deal "
        "will run for two years. Inspectors visit the site every week and publish reports daily. "
        "The vote is scheduled for 3 p.m. on Friday."
    )
    found = times_of(nlp, text)
    assert found["last year"] == ("DATE", "2024")
    assert found["Monday"] == ("DATE", "2025-04-28")
    assert found["June"] == ("DATE", "2025-06")
    assert found["two years"] == ("DURATION", "P2Y")
    assert found["every week"] == ("SET", "P1W")
    assert found["daily"] == ("SET", "P1D")
    assert found["3 p.m."] == ("TIME", "2025-05-02T15:00")
    assert "on Monday" not in found  # the preposition is trimmed


def test_ages_and_counts_are_not_times(nlp):
    found = times_of(nlp, "Dr. Eric Cordes, 63, and a 10-year-old boy were among 300 people hurt.")
    assert found == {}


def test_year_in_the_past_tense_for_a_month(nlp):
    found = times_of(nlp, "Protests broke out in November, and elections will be held in March.")
    assert found["November"] == ("DATE", "2024-11")
    assert found["March"] == ("DATE", "2026-03")


def test_quote_anchored_to_when_it_was_said(nlp):
    text = '"We will sign the agreement tomorrow," the minister said on April 10.'
    found = times_of(nlp, text)
    assert found["April 10"] == ("DATE", "2025-04-10")
    assert found["tomorrow"] == ("DATE", "2025-04-11")


def test_without_publication_date(nlp):
    found = times_of(nlp, "The army withdrew last year and returned on April 28.", published=None)
    assert found["last year"] == ("DATE", "PAST_REF")
    assert found["April 28"] == ("DATE", "XXXX-04-28")


def test_odd_text_does_not_crash(nlp):
    for text in ["", "   ", "2025", "!!!", "—", "May may may.", "0800 0800 0800"]:
        times_of(nlp, text)


def test_eval_meantime_slice(shared, tmp_path):
    """Run the MEANTIME scorer on a few articles (a slice copied into tmp)."""
    from factwire.evaluate import time as time_eval

    source = shared / "eval" / "time" / "meantime_en" / "corpus_apple"
    for f in sorted(source.glob("*.xml"))[:4]:
        (tmp_path / f.name).write_bytes(f.read_bytes())
    result = time_eval.evaluate(tmp_path)
    assert result["n"] > 0
    assert result["detection_f1_relaxed"] >= 0.6
    assert result["value_accuracy"] >= 0.6
    assert "time: detection_f1_relaxed=" in time_eval.headline(result)


def test_eval_recognizers_slice(shared, tmp_path):
    from factwire.evaluate import time as time_eval

    spec = shared / "eval" / "time" / "recognizers_text_datetime_en" / "DateTimeModel.json"
    cases = json.loads(spec.read_text())
    (tmp_path / "DateTimeModel.json").write_text(json.dumps(cases[:60]))
    result = time_eval.evaluate(tmp_path)
    assert result["n"] + sum(result["left_out"].values()) == 60
    assert 0.0 < result["accuracy"] <= 1.0


def test_eval_rejects_empty_folder(tmp_path):
    from factwire.evaluate import time as time_eval
    from factwire.model import FactwireError

    with pytest.raises(FactwireError, match="no MEANTIME"):
        time_eval.evaluate(tmp_path)


def test_holidays_but_not_place_names(nlp):
    found = times_of(nlp, "The truce collapsed on Easter Sunday. Easter Island is remote.")
    assert found == {"Easter Sunday": ("DATE", "2025-04-20")}


def test_modifiers_stay_in_the_span_prepositions_do_not(nlp):
    found = times_of(
        nlp,
        "The talks will resume very soon. Prices rose for almost two years, after more than "
        "a decade of war. The army withdrew over the weekend.",
    )
    assert found["very soon"] == ("DATE", "FUTURE_REF")
    assert found["almost two years"] == ("DURATION", "P2Y")
    assert found["more than a decade"] == ("DURATION", "P10Y")
    assert found["the weekend"] == ("DATE", "2025-W17-WE")


def test_clock_time_takes_the_date_of_its_clause(nlp):
    found = times_of(
        nlp,
        "The new jet made its first test flight Tuesday in Everett, Washington at 18:00 UTC. "
        "A hearing has been scheduled for June 3.",
    )
    assert found["18:00 UTC"] == ("TIME", "2025-04-29T18:00Z")
    assert found["June 3"] == ("DATE", "2025-06-03")


def test_two_digit_years(nlp):
    found = times_of(nlp, "The worst fall since the crash of '87; since ’09 prices rose.")
    assert found["'87"] == ("DATE", "1987")
    assert found["’09"] == ("DATE", "2009")


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2025-04-30T10:00:00Z", "2025-04-30"),
        ("Wed, 30 Apr 2025 10:00:00 GMT", "2025-04-30"),
        ("30 April 2025", "2025-04-30"),
        ("not a date", None),
        (None, None),
    ],
)
def test_publication_dates_in_feed_formats(published, expected):
    from factwire.extract.times import anchor_date

    found = anchor_date(published)
    assert (found.isoformat() if found else None) == expected


def test_hours_next_to_a_part_of_the_day(nlp):
    found = times_of(
        nlp,
        "Sirens sounded tonight around 7, and police arrested 7 this morning. The blast came "
        "at 8 this morning.",
    )
    assert found["tonight around 7"] == ("TIME", "2025-04-30T19:00")
    assert found["this morning"] == ("TIME", "2025-04-30TMO")  # 7 people, not 7 o'clock
    assert found["8 this morning"] == ("TIME", "2025-04-30T08:00")


def test_patterns_near_time_words_find_what_whole_sentences_find(nlp):
    """The matcher runs only within reach of a time word or digit; on prose full of dates,
    clock times, holidays and numbers it finds exactly what a run over every sentence finds."""
    from factwire.extract import times

    text = ("The council met on Tuesday, March 4, 2025, at 9:30 a.m. and again two weeks later. "
            "Talks on the budget, which began in the spring of 2023, will resume after Easter "
            "Monday, officials said.\n\nBy the end of the third quarter, some 40 000 people had "
            "signed the petition; a decade ago, fewer than a hundred would have done so. "
            "The mayor, speaking at a long and noisy meeting of residents who had waited for "
            "hours in the rain outside the town hall, promised a vote before Christmas Eve.")
    parsed = nlp(text)
    matcher, _ = times._matchers(id(parsed.vocab), parsed.vocab)
    every_sentence = {(sent.start + s, sent.start + e)
                      for sent in parsed.sents for _, s, e in matcher(sent)}
    windowed = {(start + s, start + e) for start, end in times.trigger_windows(parsed)
                for _, s, e in matcher(parsed[start:end])}
    assert len(every_sentence) >= 8
    assert windowed == every_sentence
    assert sum(e - s for s, e in times.trigger_windows(parsed)) < len(parsed)


@pytest.mark.parametrize("text, year", [
    ("Israel took the heights in the 1973 Yom Kippur War.", "1973"),
    ("The border was redrawn after the 1991 Ten-Day War.", "1991"),
    ("Rebels have held the town since the 2011 Three-Week Siege.", "2011"),
])
def test_a_year_before_a_number_word_is_a_year_not_a_sum(nlp, text, year):
    """"the 1991 Ten-Day War": digits and a number word after them are two numbers (a year
    and a name's count), never one duration of 2,001 days."""
    found = times_of(nlp, text)
    assert found.get(year, (None, None))[1] == year, found
    assert not [t for t in found if year in t and t != year], found


def test_digits_then_a_number_word_are_two_numbers():
    from factwire.extract.numbers import parse_number_words

    assert parse_number_words(["1991", "ten"]) is None
    assert parse_number_words(["5", "million"]) == 5_000_000  # twin: a scale word multiplies
