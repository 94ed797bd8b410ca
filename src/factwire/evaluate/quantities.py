"""Score the quantity finder against two public test sets (chosen by what the folder holds).

- Microsoft Recognizers-Text specs (``Number/``, ``NumberWithUnit/`` JSON): in scope are the
  Number, NumberRange, Percent and Currency models — counts, ranges, percentages and money,
  what factwire reports. Left out: Ordinal (ordinals are not quantities by design), Age,
  Dimension and Temperature (measurement units factwire does not normalise).
- quantulum3 tests (``quantities*.json``): in scope are the quantities whose unit is
  dimensionless (counts), a percentage or a currency; physical units (metres, kilograms,
  watts ...) are left out for the same reason, and so are years that our time finder reads
  as dates ("in 1979"): factwire reports years as times, never as quantities.
- In both, numbers written in notations news copy does not use are left out and counted:
  powers and e-notation, ratios ("one over three", "1 in 21"), decimals spoken with "point",
  fractions named by ordinals ("a hundredth") or glyphs, non-English digit grouping.

A gold quantity is correct when one of ours overlaps its span and has its value (both bounds
for a range; for quantulum's "50 to 80%" = 65 ± 15, our low and high) and, for percentages and
money, its unit (currency as an ISO code when the gold currency name maps to one).
``accuracy`` is correct / in-scope gold quantities. Sentences are parsed by spaCy and run
through our time finder first (numbers in dates are not quantities), not the full pipeline.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

from factwire.evaluate.meantime import LINES, annotated_sentences, iter_docs
from factwire.evaluate.scoring import (
    match,
    overlaps,
    prf,
    ratio,
    read_json,
    read_json_lists,
    tracked,
)
from factwire.model import FactwireError, Quantity, TimeExpr

RECOGNIZERS_IN_SCOPE = {
    "NumberModel": "number",
    "NumberRangeModel": "range",
    "PercentModel": "percent",
    "CurrencyModel": "money",
}
RECOGNIZERS_LEFT_OUT = {
    "OrdinalModel": "ordinals are not quantities",
    "AgeModel": "ages: measurement unit not normalised",
    "DimensionModel": "dimensions: measurement units not normalised",
    "TemperatureModel": "temperatures: measurement units not normalised",
}
NOTATION_OUT_OF_SCOPE = [
    (re.compile(r"\^|\d[eE][-+]?\d|\dx10", re.I), "math notation (powers, scientific e-notation)"),
    (
        re.compile(
            r"\b(over|in|out of)\b\s+(\S+\s+)?\S*\d|\b(over|in|out of)\s+(one|two|three|"
            r"four|five|six|seven|eight|nine|ten|twenty|thirty|hundred)",
            re.I,
        ),
        "ratios written 'one over three', '1 in 21', 'two out of five hundred'",
    ),
    (re.compile(r"\bpoint\b", re.I), "decimals spoken as 'point'"),
    (
        re.compile(r"^\d{1,3}(\.\d{3})+,\d+$|^\d+,\d{2}$|^\d{1,2},\d{2},\d{3}"),
        "non-English digit grouping (1.111,11 / 5,00 / 12,34,567)",
    ),
    (
        re.compile(r"[⅓⅔¼½¾⅛]|\w+(th|ths|firsts?|seconds?)$", re.I),
        "fractions named by ordinals ('a hundredth', 'three twenty firsts') or fraction glyphs",
    ),
    (
        re.compile(r"^[a-z]*\d+\.\d+\.\d+|\+\d-\d{3}|\b(dzs|dozs)\b", re.I),
        "addresses, phone numbers and abbreviations ('192.168.1.2', '+1-222', 'dzs')",
    ),
]
NOTATION_REASONS = {why for _, why in NOTATION_OUT_OF_SCOPE}
YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
RANGE = re.compile(r"^([\[(])\s*([^,]*)\s*,\s*([^\])]*)\s*([\])])$")


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def currency_code(name: str | None) -> str | None:
    """An ISO code for a gold currency name ('Dollar', 'pound sterling', 'Finnish markka')."""
    from factwire.extract.numbers import lexicon

    if not name:
        return None
    lex = lexicon()
    low = name.lower()
    if low.upper() in {c.upper() for c in lex["currency_codes"]}:
        return low.upper()
    return lex["currency_words"].get(low) or lex["currency_words"].get(low + "s")


def run_finder(texts: list[str], label: str) -> list[list[Quantity]]:
    """Our quantities for each short text: spaCy parse, times, then quantities."""
    return [q for q, _ in run_finders(texts, label)]


def run_finders(texts: list[str], label: str) -> list[tuple[list[Quantity], list[TimeExpr]]]:
    """Our quantities and time expressions for each short text."""
    from factwire import nlp
    from factwire.extract.quantities import find_quantities
    from factwire.extract.times import find_times
    from factwire.model import Document

    out = []
    for text, parsed in tracked(zip(texts, nlp.parse_many(texts), strict=True), label, len(texts)):
        doc = Document(id="case", text=text)
        doc.times = find_times(doc, parsed)
        out.append((find_quantities(doc, parsed), doc.times))
    return out


def notation_left_out(text: str) -> str | None:
    """Why a gold number written in a notation news copy does not use is left out, or None."""
    return next(
        (why for pattern, why in NOTATION_OUT_OF_SCOPE if pattern.search(text.strip())), None
    )


def recognizers_gold(kind: str, result: dict[str, Any]) -> dict[str, Any] | None:
    """The bounds and unit a Recognizers result expects, or None when it has no number."""
    res = result.get("Resolution") or {}
    value = res.get("value")
    if value is None:
        return None
    if kind == "range":
        m = RANGE.match(value)
        if not m:
            return None
        try:
            lo = float(m.group(2)) if m.group(2).strip() not in ("", "null") else None
            hi = float(m.group(3)) if m.group(3).strip() not in ("", "null") else None
        except ValueError:
            return None
        return {"low": lo, "high": hi, "unit": None}
    if kind == "percent":
        try:
            number = float(value.rstrip("%"))
        except ValueError:
            return None
        return {"low": number, "high": number, "unit": "percent"}
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if kind == "money":
        code = res.get("isoCurrency") or currency_code(res.get("unit"))
        return {"low": number, "high": number, "unit": code, "money": True}
    return {"low": number, "high": number, "unit": None}


def agrees_exactly(q: Quantity, gold: dict[str, Any]) -> bool:
    same = close(q.low, gold["low"]) and close(q.high, gold["high"])
    # a point gold value also accepts our reading with one bound left open ("over 5")
    point = gold["low"] == gold["high"] and (
        close(q.low, gold["low"]) or close(q.high, gold["high"])
    )
    if not (same or point):
        return False
    if gold.get("unit") == "percent":
        return q.unit == "percent"
    if gold.get("money"):
        return gold["unit"] is None or q.unit == gold["unit"]
    return True


def agrees(q: Quantity, gold: dict[str, Any]) -> bool:
    """Our quantity has the gold value and unit; a gold amount in cents or pence is read as
    the main currency unit, as factwire reports it ('50 cents' = 0.5 USD)."""
    unit = gold.get("unit") or ""
    if gold.get("money") and "-" in unit:
        main = {
            k: (v / 100 if v is not None else None) for k, v in gold.items() if k in ("low", "high")
        }
        gold = {**gold, **main, "unit": unit.split("-")[0]}
    return agrees_exactly(q, gold)


def miss(text: str, surface: str, gold: dict[str, Any], ours: list[Quantity]) -> dict[str, str]:
    """One missed gold quantity, with what we found in its sentence (for error analysis)."""
    return {
        "input": text,
        "gold": f"{surface} = {gold}",
        "ours": "; ".join(f"{q.text} = {q.low}..{q.high} {q.unit}" for q in ours),
    }


def evaluate_recognizers(data: Path) -> dict[str, Any]:
    cases: list[tuple[str, str, dict[str, Any]]] = []
    left_out: Counter[str] = Counter()
    for f in sorted(data.rglob("*.json")):
        model = f.stem
        items = read_json(f)
        if model not in RECOGNIZERS_IN_SCOPE:
            left_out[RECOGNIZERS_LEFT_OUT.get(model, f"{model}: not in scope")] += len(items)
            continue
        cases += [(model, RECOGNIZERS_IN_SCOPE[model], c) for c in items]
    found = run_finder([c["Input"] for _, _, c in cases], "quantities (Recognizers-Text)")
    n = correct = spurious_cases = notation_correct = 0
    by_model: Counter[str] = Counter()
    by_model_ok: Counter[str] = Counter()
    misses = []
    for (model, kind, case), ours in zip(cases, found, strict=True):
        results = case.get("Results", [])
        if not results and ours:
            spurious_cases += 1
        for r in results:
            gold = recognizers_gold(kind, r)
            if gold is None:
                left_out["gold without a numeric value"] += 1
                continue
            span = (r["Start"], r["End"] + 1)
            hit = any(overlaps(q.span, span) and agrees(q, gold) for q in ours)
            why = notation_left_out(r["Text"])
            if why:
                left_out[why] += 1
                notation_correct += hit
                continue
            n += 1
            by_model[model] += 1
            if hit:
                correct += 1
                by_model_ok[model] += 1
            elif len(misses) < 300:
                misses.append(miss(case["Input"], r["Text"], gold, ours))
    return {
        "dataset": "recognizers-text",
        "n": n,
        "accuracy": ratio(correct, n),
        "accuracy_by_model": {m: ratio(by_model_ok[m], by_model[m]) for m in sorted(by_model)},
        "cases_without_gold_where_we_found_something": spurious_cases,
        "notation_cases_correct": notation_correct,
        "notation_cases": sum(v for k, v in left_out.items() if k in NOTATION_REASONS),
        "scope": "Number, NumberRange, Percent and Currency models (counts, ranges, percentages, "
        "money), minus numbers written in notations news copy does not use (see left_out)",
        "left_out": dict(left_out),
        "misses": misses,
    }


QUANTULUM_UNITS_IN_SCOPE = {"dimensionless", "percentage"}


def quantulum_gold(item: dict[str, Any]) -> dict[str, Any] | None:
    unit = item.get("unit", "")
    value = float(item["value"])
    spread = item.get("uncertainty")
    low, high = (value - spread, value + spread) if spread else (value, value)
    if unit == "dimensionless":
        return {"low": low, "high": high, "unit": None}
    if unit == "percentage":
        return {"low": low, "high": high, "unit": "percent"}
    code = currency_code(unit) if item.get("entity") in (None, "currency") else None
    if code or item.get("entity") == "currency":
        return {"low": low, "high": high, "unit": code, "money": True}
    return None


def evaluate_quantulum(data: Path) -> dict[str, Any]:
    cases: list[dict[str, Any]] = read_json_lists(data)
    found = run_finders([c["req"] for c in cases], "quantities (quantulum3)")
    n = correct = 0
    left_out: Counter[str] = Counter()
    misses = []
    for case, (ours, times) in zip(cases, found, strict=True):
        cursor = 0
        for item in case.get("res", []):
            start = case["req"].find(item.get("surface", ""), cursor)
            gold = quantulum_gold(item)
            if gold is None or start < 0:
                left_out[
                    "physical unit: " + item.get("unit", "?")
                    if gold is None
                    else "surface not found"
                ] += 1
                continue
            cursor = start + len(item["surface"])
            span = (start, cursor)
            if YEAR.match(item["surface"]) and any(
                t.type == "DATE" and overlaps(t.span, span) for t in times
            ):
                left_out["a year: a time expression, not a quantity (by design)"] += 1
                continue
            n += 1
            if any(overlaps(q.span, span) and agrees(q, gold) for q in ours):
                correct += 1
            elif len(misses) < 300:
                misses.append(miss(case["req"], item["surface"], gold, ours))
    return {
        "dataset": "quantulum3",
        "n": n,
        "accuracy": ratio(correct, n),
        "scope": "quantities whose unit is dimensionless (counts), a percentage or a currency",
        "left_out": dict(sorted(left_out.items(), key=lambda kv: -kv[1])),
        "misses": misses,
    }


def evaluate_meantime(data: Path) -> dict[str, Any]:
    """Span detection against MEANTIME's VALUE markables (news; spans and a type, no values):
    relaxed (overlap) precision, recall and F1 in the sentences MEANTIME annotates, and how
    often a matched MONEY / PERCENT span is money / a percentage for us."""
    articles = list(iter_docs(data, LINES))
    scope = annotated_sentences(articles)
    found = run_finder([a.text for a in articles], "quantities (MEANTIME)")
    n_gold = n_pred = tp = typed = typed_ok = 0
    missed: list[str] = []
    for article, ours in zip(articles, found, strict=True):
        limit = article.annotated_end(scope)
        ours = [q for q in ours if q.span[0] < limit]
        gold = [v for v in article.gold_spans("VALUE") if v.span[0] < limit]
        pairs = match(gold, ours, strict=False)
        n_gold, n_pred, tp = n_gold + len(gold), n_pred + len(ours), tp + len(pairs)
        for g, q in pairs:
            if g.type in ("MONEY", "PERCENT"):
                typed += 1
                is_percent = q.unit == "percent"
                typed_ok += (g.type == "PERCENT") == is_percent and (is_percent or bool(q.unit))
        hit = {id(g) for g, _ in pairs}
        missed += [article.text[g.span[0] : g.span[1]] for g in gold if id(g) not in hit]
    scores = prf(tp, n_pred, n_gold)
    return {
        "dataset": "meantime",
        "n": n_gold,
        "predicted": n_pred,
        "precision": scores["precision"],
        "recall": scores["recall"],
        "f1": scores["f1"],
        "accuracy": scores["recall"],
        "money_percent_type_accuracy": ratio(typed_ok, typed),
        "scope": f"VALUE markables in the first {scope} sentences (MEANTIME annotates no further); "
        "spans only, so 'accuracy' here is span recall",
        "missed": missed[:300],
    }


def evaluate(data: Path) -> dict[str, Any]:
    """Dispatch on the folder: Recognizers-Text specs (Number/, NumberWithUnit/), quantulum3,
    or MEANTIME CAT XML (VALUE spans)."""
    data = Path(data)
    pointer = data.parent.parent / "time" / data.name  # quantities/meantime_en points there
    if not any(data.rglob("*.xml")) and data.name.startswith("meantime") and pointer.is_dir():
        data = pointer
    if any(data.rglob("*.xml")):
        return evaluate_meantime(data)
    if (data / "Number").is_dir() or (data / "NumberWithUnit").is_dir():
        return evaluate_recognizers(data)
    if any(data.glob("quantities*.json")):
        return evaluate_quantulum(data)
    raise FactwireError(
        str(data), "neither Recognizers-Text specs nor quantulum3 tests found", "eval"
    )


def headline(result: dict[str, Any]) -> str:
    if result["dataset"] == "meantime":
        return (
            f"quantities (meantime): span_f1={result['f1']:.3f} "
            f"precision={result['precision']:.3f} recall={result['recall']:.3f} n={result['n']}"
        )
    return f"quantities ({result['dataset']}): accuracy={result['accuracy']:.3f} n={result['n']}"
