"""Quantities in news sentences: counts, ranges, money, percentages, approximations, units."""

from __future__ import annotations

import json

import pytest

from factwire.extract.numbers import parse_number
from factwire.model import Document


def quantities_of(nlp, text: str) -> dict[str, tuple]:
    from factwire.extract.quantities import find_quantities
    from factwire.extract.times import find_times

    doc = Document(id="q", text=text, published="2025-04-30")
    parsed = nlp(text)
    doc.times = find_times(doc, parsed)
    found = find_quantities(doc, parsed)
    for q in found:
        assert text[q.span[0] : q.span[1]] == q.text
    return {q.text: (q.low, q.high, q.unit, q.approx) for q in found}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10,000", 10000),
        ("2.5k", 2500),
        ("3bn", 3e9),
        ("1/2", 0.5),
        ("twelve", 12),
        ("twenty-five", 25),
        ("one hundred and five", 105),
        ("a hundred", 100),
        ("two dozen", 24),
        ("1.5 million", 1.5e6),
        ("half a million", 5e5),
        ("-4", -4),
    ],
)
def test_number_reading(text, value):
    assert parse_number(text) == pytest.approx(value)


def test_example_sentences(nlp):
    found = quantities_of(
        nlp,
        "According to reports, North Korea initially deployed between 10,000 and 12,000 soldiers "
        "to Russia last year. In recent weeks, another 3,000 troops were sent. North Korea is "
        "reportedly supplying Russia with large quantities of conventional weapons.",
    )
    assert found["between 10,000 and 12,000 soldiers"] == (10000, 12000, "soldiers", False)
    assert found["3,000 troops"] == (3000, 3000, "troops", False)
    assert found["large quantities of conventional weapons"] == (None, None, "weapons", True)
    assert not any("year" in k or "weeks" in k for k in found)  # times are not quantities


def test_ranges_and_approximations(nlp):
    found = quantities_of(
        nlp,
        "More than 50 people were killed and up to 5,000 fled, while about 200 soldiers and "
        "10,000-12,000 troops stayed. At least 30 tanks and nearly 1.5 million civilians were "
        "hit; the army lost 10 to 12 helicopters.",
    )
    assert found["More than 50 people"] == (50, None, "people", True)
    assert found["up to 5,000"][:2] == (None, 5000)
    assert found["about 200 soldiers"] == (200, 200, "soldiers", True)
    assert found["10,000-12,000 troops"] == (10000, 12000, "troops", False)
    assert found["At least 30 tanks"] == (30, None, "tanks", True)
    assert found["nearly 1.5 million civilians"] == (1.5e6, 1.5e6, "civilians", True)
    assert found["10 to 12 helicopters"] == (10, 12, "helicopters", False)


def test_money_and_percentages(nlp):
    found = quantities_of(
        nlp,
        "The fund spent $3bn, another 3 billion dollars and €20 million, and £1.2bn on aid; "
        "support fell to 45% from 52 per cent.",
    )
    assert found["$3bn"] == (3e9, 3e9, "USD", False)
    assert found["3 billion dollars"] == (3e9, 3e9, "USD", False)
    assert found["€20 million"] == (2e7, 2e7, "EUR", False)
    assert found["£1.2bn"] == (1.2e9, 1.2e9, "GBP", False)
    assert found["45%"] == (45, 45, "percent", False)
    assert found["52 per cent"] == (52, 52, "percent", False)


def test_change_is_not_a_range(nlp):
    found = quantities_of(nlp, "Unemployment rose from 5% to 7% in a year.")
    assert found["5%"][:2] == (5, 5)
    assert found["7%"][:2] == (7, 7)


def test_vague_amounts_follow_the_convention(nlp):
    found = quantities_of(
        nlp, "Dozens of people were hurt and tens of thousands of refugees crossed the border."
    )
    assert found["Dozens of people"] == (24, 99, "people", True)
    assert found["tens of thousands of refugees"] == (20000, 99999, "refugees", True)


def test_words_and_non_quantities(nlp):
    found = quantities_of(
        nlp,
        "Twelve soldiers and two dozen officers arrived in 2024 on the first day; no one was "
        "hurt, and the Boeing 787 Dreamliner landed at 3 p.m.",
    )
    assert found["Twelve soldiers"] == (12, 12, "soldiers", False)
    assert found["two dozen officers"] == (24, 24, "officers", False)
    assert not any(k in found for k in ("2024", "first", "one", "787", "3"))


def test_odd_text_does_not_crash(nlp):
    for text in ["", "$", "%", "between and", "one hundred and", "10-", "- 5 -", "1,2,3,4"]:
        quantities_of(nlp, text)


def test_eval_recognizers_slice(shared, tmp_path):
    from factwire.evaluate import quantities as q_eval

    source = shared / "eval" / "quantities" / "recognizers_text_specs_en"
    for rel in ("Number/English/PercentModel.json", "NumberWithUnit/English/CurrencyModel.json"):
        target = tmp_path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(json.loads((source / rel).read_text())[:25]))
    result = q_eval.evaluate(tmp_path)
    assert result["n"] > 20
    assert result["accuracy"] >= 0.5
    assert q_eval.headline(result).startswith("quantities (recognizers-text): accuracy=")


def test_eval_quantulum_slice(shared, tmp_path):
    from factwire.evaluate import quantities as q_eval

    source = shared / "eval" / "quantities" / "quantulum3_tests_en" / "quantities.json"
    (tmp_path / "quantities.json").write_text(json.dumps(json.loads(source.read_text())[:30]))
    result = q_eval.evaluate(tmp_path)
    assert result["n"] > 5
    assert result["left_out"]  # physical units are reported as left out


def test_eval_meantime_value_spans_slice(shared, tmp_path):
    from factwire.evaluate import quantities as q_eval

    source = shared / "eval" / "time" / "meantime_en" / "corpus_gm"
    for f in sorted(source.glob("*.xml"))[:4]:
        (tmp_path / f.name).write_bytes(f.read_bytes())
    result = q_eval.evaluate(tmp_path)
    assert result["n"] > 0
    assert result["f1"] >= 0.6
    assert q_eval.headline(result).startswith("quantities (meantime): span_f1=")


def test_model_numbers_fractions_and_number_lists(nlp):
    found = quantities_of(
        nlp,
        "The Boeing 787 Dreamliner is popular; the 787 has 250 seats. Nearly three quarters of the "
        "vote went to him after six, seven years of war.",
    )
    assert "787" not in found
    assert found["250 seats"] == (250, 250, "seats", False)
    assert found["Nearly three quarters of the vote"] == (0.75, 0.75, "vote", True)
    assert found["six"] == (6, 6, None, False)  # the years are a time expression


def test_labels_fractions_and_vague_multiples(nlp):
    found = quantities_of(
        nlp,
        "Resolution 2334 passed. A third of the population fled after a third round of "
        "shelling, and several hundred civilians and a few thousand refugees left.",
    )
    assert "2334" not in found
    assert found["A third of the population"][:3] == (pytest.approx(1 / 3), pytest.approx(1 / 3),
                                                      "population")
    assert not any("round" in k for k in found)
    assert found["several hundred civilians"] == (300, 999, "civilians", True)
    assert found["a few thousand refugees"] == (2000, 5999, "refugees", True)


def test_thousands_with_no_break_spaces_and_dozens(nlp):
    found = quantities_of(nlp, "About 40\u202f000 people and three hundred and two dozen eggs.")
    assert found["About 40\u202f000 people"] == (40000, 40000, "people", True)
    assert found["three hundred and two dozen eggs"][:3] == (324, 324, "eggs")
