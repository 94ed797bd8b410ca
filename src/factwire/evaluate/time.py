"""Score the time finder and normaliser against gold TIMEX3 annotations.

Two gold formats, chosen by what the folder holds:

- MEANTIME (NewsReader CAT XML, ``*.xml``): each article's text is rebuilt from its tokens
  (keeping every token's character offsets), parsed, and our time expressions are compared with
  the gold TIMEX3 markables — detection precision/recall/F1 with relaxed (overlap) and strict
  (same span) matching, and value accuracy on the relaxed matches. The creation time (DCT) is
  the anchor and is left out of the scoring, both as gold and as a prediction.
- Microsoft Recognizers-Text ``DateTimeModel.json``: short sentences with a reference time;
  accuracy of the TIMEX3 value we give the expression over the cases whose gold is a single
  TIMEX3 value (ranges written as ``(start,end,duration)`` and time zones are left out).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from factwire.evaluate.meantime import LINES, annotated_sentences, iter_docs, parse_date
from factwire.evaluate.scoring import match, overlaps, prf, ratio, read_json_lists, tracked
from factwire.model import FactwireError


def evaluate_meantime(data: Path) -> dict[str, Any]:
    from factwire import nlp
    from factwire.extract.times import find_times
    from factwire.model import Document

    articles = list(iter_docs(data, LINES))
    scope = annotated_sentences(articles)
    n_gold = n_pred = tp_relaxed = tp_strict = value_ok = 0
    by_type: Counter[str] = Counter()
    by_type_ok: Counter[str] = Counter()
    errors: list[dict[str, str]] = []
    missed: list[str] = []
    spurious: list[str] = []
    parses = zip(articles, nlp.parse_many(a.text for a in articles), strict=True)
    for article, parsed in tracked(parses, "time (MEANTIME)", len(articles)):
        doc = Document(id=article.name, text=article.text, published=article.dct)
        limit = article.annotated_end(scope)
        dct_span = article.dct_span
        pred = [
            t
            for t in find_times(doc, parsed)
            if t.span[0] < limit and not (dct_span and overlaps(t.span, dct_span))
        ]
        gold = article.gold_timexes
        n_gold += len(gold)
        n_pred += len(pred)
        relaxed = match(gold, pred, strict=False)
        tp_relaxed += len(relaxed)
        tp_strict += len(match(gold, pred, strict=True))
        hit_g = {id(g) for g, _ in relaxed}
        hit_p = {id(p) for _, p in relaxed}
        missed += [
            f"{article.text[g.span[0] : g.span[1]]} = {g.value}" for g in gold if id(g) not in hit_g
        ]
        spurious += [f"{p.text} = {p.value}" for p in pred if id(p) not in hit_p]
        for g, p in relaxed:
            by_type[g.type] += 1
            if p.value == g.value:
                value_ok += 1
                by_type_ok[g.type] += 1
            elif len(errors) < 400:  # kept for error analysis
                errors.append(
                    {
                        "doc": article.name,
                        "gold": f"{article.text[g.span[0] : g.span[1]]} = {g.value}",
                        "ours": f"{p.text} = {p.value}",
                    }
                )
    relaxed_s = prf(tp_relaxed, n_pred, n_gold)
    strict_s = prf(tp_strict, n_pred, n_gold)
    return {
        "dataset": "meantime",
        "articles": len(articles),
        "n": n_gold,
        "predicted": n_pred,
        "detection_precision_relaxed": relaxed_s["precision"],
        "detection_recall_relaxed": relaxed_s["recall"],
        "detection_f1_relaxed": relaxed_s["f1"],
        "detection_precision_strict": strict_s["precision"],
        "detection_recall_strict": strict_s["recall"],
        "detection_f1_strict": strict_s["f1"],
        "value_accuracy": ratio(value_ok, tp_relaxed),
        "matched": tp_relaxed,
        "value_accuracy_by_type": {t: ratio(by_type_ok[t], by_type[t]) for t in sorted(by_type)},
        "scored_sentences": scope,
        "excluded": "the creation time (DCT) of each article, TIMEX3 markables with no tokens, and "
        f"text after sentence {scope - 1} (0-based), where MEANTIME has no TIMEX3 annotation",
        "value_errors": errors,
        "spurious": spurious[:300],
        "missed": missed[:300],
    }


SINGLE_TIMEX = re.compile(r"^[^(),]+$")


def gold_timexes(result: dict[str, Any]) -> set[str]:
    """The TIMEX3 values a Recognizers result accepts. Where its TIMEX leaves the year or week
    open ('XXXX-04-22', 'XXXX-WXX-5'), the dates it resolves to (past and future reading) are
    accepted too: an anchored value is the same expression, more specific."""
    values = result.get("Resolution", {}).get("values", [])
    accepted = {canonical(v["timex"]) for v in values if "timex" in v}
    for v in values:
        timex = v.get("timex", "")
        if "X" not in timex:
            continue
        resolved = v.get("value") or v.get("start") or ""
        if not re.match(r"\d{4}-\d{2}-\d{2}", resolved):
            continue
        if timex.startswith("XXXX-WXX-") or v.get("value"):
            accepted.add(canonical(resolved if "T" in timex else resolved[:10]))
        elif re.fullmatch(r"XXXX-\d{2}", timex):
            accepted.add(resolved[:7])
    return accepted


def canonical(value: str) -> str:
    """One spelling per value: '2016-11-07 15:00:00' and '2016-11-07T15:00' agree, as do a
    bare 'T15' and our 'T15:00'."""
    value = value.replace(" ", "T")
    value = re.sub(r"(T\d{2}:\d{2}):00$", r"\1", value)
    return re.sub(r"(T\d{2})$", r"\1:00", value)


def same_value(ours: str | None, accepted: set[str]) -> bool:
    if ours is None:
        return False
    ours = canonical(ours)
    if ours in accepted:
        return True
    clock = ours[ours.index("T") :] if "T" in ours else None  # a time given without a date
    return clock is not None and clock in accepted


def recognizers_scope(case: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
    """The one gold result we score for a case, or None and why it is left out."""
    results = case.get("Results", [])
    if not results:
        return None, "no expression (tests for false positives)"
    if len(results) > 1:
        return None, "several expressions in one input"
    result = results[0]
    kind = (result.get("TypeName") or result.get("Type") or "").split(".")[-1]
    if kind == "timezone":
        return None, "time zone only"
    timexes = gold_timexes(result)
    if not timexes:
        return None, "no TIMEX value"
    if not all(SINGLE_TIMEX.match(t) for t in timexes):
        return None, "range with start/end only ((start,end,duration) TIMEX)"
    if "Mod" in str(result.get("Resolution", {})):
        return None, "modified range (before/after/since/approx): TIMEX3 value plus a mod"
    return result, ""


def evaluate_recognizers(data: Path) -> dict[str, Any]:
    from factwire import nlp
    from factwire.extract import timex
    from factwire.extract.times import find_times
    from factwire.model import Document

    cases: list[dict[str, Any]] = read_json_lists(data)
    left_out: Counter[str] = Counter()
    scored = []
    for case in cases:
        result, why = recognizers_scope(case)
        if result is None:
            left_out[why] += 1
        else:
            scored.append((case, result))
    correct = correct_given_span = found = 0
    by_kind: Counter[str] = Counter()
    by_kind_ok: Counter[str] = Counter()
    misses: list[dict[str, str]] = []
    texts = [c["Input"] for c, _ in scored]
    parses = zip(scored, nlp.parse_many(texts), strict=True)
    for (case, result), parsed in tracked(parses, "time (Recognizers-Text)", len(scored)):
        ref = case.get("Context", {}).get("ReferenceDateTime", "")
        anchor = parse_date(ref) if ref else date.today()
        doc = Document(
            id="case", text=case["Input"], published=anchor.isoformat() if anchor else None
        )
        gold_span = (result["Start"], result["End"] + 1)
        gold = gold_timexes(result)
        kind = (result.get("TypeName") or "").split(".")[-1]
        by_kind[kind] += 1
        ours = [t for t in find_times(doc, parsed) if overlaps(t.span, gold_span)]
        if ours:
            found += 1
        if any(same_value(t.value, gold) for t in ours):
            correct += 1
            by_kind_ok[kind] += 1
        elif len(misses) < 300:
            misses.append(
                {
                    "input": case["Input"],
                    "gold": " | ".join(sorted(gold)),
                    "ours": "; ".join(f"{t.text} = {t.value}" for t in ours),
                }
            )
        span_text = case["Input"][gold_span[0] : gold_span[1]]
        if same_value(timex.normalise(span_text, anchor, None)[1], gold):
            correct_given_span += 1
    n = len(scored)
    return {
        "dataset": "recognizers-text",
        "cases": len(cases),
        "n": n,
        "accuracy": ratio(correct, n),
        "detection_recall": ratio(found, n),
        "normaliser_accuracy_given_gold_span": ratio(correct_given_span, n),
        "accuracy_by_type": {k: ratio(by_kind_ok[k], by_kind[k]) for k in sorted(by_kind)},
        "left_out": dict(left_out),
        "scope": "cases with exactly one gold expression whose resolution is a single TIMEX3 value "
        "(no start/end-only ranges, no time zones, no before/after/since mods); a case is "
        "correct when one of our expressions overlapping the gold span has one of its "
        "TIMEX3 values, anchored at the case's ReferenceDateTime",
        "misses": misses,
    }


def evaluate(data: Path) -> dict[str, Any]:
    """Dispatch on what the folder holds: MEANTIME XML or a Recognizers-Text JSON spec."""
    data = Path(data)
    if any(data.rglob("*.xml")):
        return evaluate_meantime(data)
    if any(data.rglob("*.json")):
        return evaluate_recognizers(data)
    raise FactwireError(
        str(data), "no MEANTIME *.xml or Recognizers-Text *.json files found", "eval"
    )


def headline(result: dict[str, Any]) -> str:
    if result.get("dataset") == "meantime":
        return (
            f"time: detection_f1_relaxed={result['detection_f1_relaxed']:.3f} "
            f"detection_f1_strict={result['detection_f1_strict']:.3f} "
            f"value_accuracy={result['value_accuracy']:.3f} n={result['n']}"
        )
    return f"time: accuracy={result['accuracy']:.3f} n={result['n']} (of {result['cases']} cases)"
