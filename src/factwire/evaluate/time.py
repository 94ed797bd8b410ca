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

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from factwire.model import FactwireError

PTB_QUOTES = {"``": "\u201c", "''": "\u201d", "-LRB-": "(", "-RRB-": ")"}
NO_SPACE_BEFORE = {
    ",",
    ".",
    ";",
    ":",
    "?",
    "!",
    "%",
    ")",
    "'s",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "\u201d",
    "'",
}
NO_SPACE_AFTER = {"(", "$", "\u201c", "#"}


@dataclass
class GoldTimex:
    span: tuple[int, int]
    type: str
    value: str


@dataclass
class Article:
    name: str
    text: str
    dct: date | None
    dct_span: tuple[int, int] | None
    timexes: list[GoldTimex] = field(default_factory=list)
    sentence_ends: list[int] = field(default_factory=list)  # end offset of each sentence
    values: list[GoldTimex] = field(default_factory=list)  # VALUE markables (MONEY, PERCENT, ...)


def detokenise(tokens: list[tuple[str, str, str]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Text from (t_id, sentence, word) tokens with light PTB detokenisation; one line per
    sentence. Returns the text and each token's character span."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    prev_sent = None
    prev_word = None
    for t_id, sent, word in tokens:
        word = PTB_QUOTES.get(word, word)
        if prev_sent is None:
            sep = ""
        elif sent != prev_sent:
            sep = "\n"
        elif word in NO_SPACE_BEFORE or prev_word in NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        pos += len(sep)
        offsets[t_id] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        prev_sent, prev_word = sent, word
    return "".join(parts), offsets


def read_dct_value(value: str) -> date | None:
    """The creation date, also from the corpus' one DD-MM-YYYY slip."""
    value = value.strip()
    m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", value)
    if m:
        value = f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_meantime(path: Path) -> Article:
    """One CAT XML article: text rebuilt from tokens, the DCT and the gold TIMEX3 spans."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as err:
        raise FactwireError(str(path), f"not readable CAT XML: {err}", "eval") from err
    tokens = [(t.get("t_id"), t.get("sentence"), t.text or "") for t in root.iter("token")]
    text, offsets = detokenise(tokens)
    sentence_of = {t_id: sent for t_id, sent, _ in tokens}
    dct = dct_span = None
    timexes: list[tuple[GoldTimex, str, bool]] = []
    markables = root.find("Markables")
    for t in markables.iter("TIMEX3") if markables is not None else []:
        ids = [a.get("t_id") for a in t.iter("token_anchor")]
        if not ids:
            continue  # non-text-consuming timex: nothing to find
        span = (offsets[ids[0]][0], offsets[ids[-1]][1])
        gold = GoldTimex(span, t.get("type", "DATE"), t.get("value", ""))
        is_dct = t.get("functionInDocument") == "CREATION_TIME"
        timexes.append((gold, sentence_of[ids[0]], is_dct))
    flagged = [g for g, _, is_dct in timexes if is_dct]
    if not flagged:
        # two articles lack the flag: their dateline (the first timex of sentence 1) is the DCT
        flagged = [g for g, sent, _ in timexes if sent == "1"][:1]
    if flagged:
        dct, dct_span = read_dct_value(flagged[0].value), flagged[0].span
    gold = [g for g, _, _ in timexes if g.span != dct_span]
    ends: dict[int, int] = {}
    for t_id, sent, _ in tokens:
        ends[int(sent)] = offsets[t_id][1]
    sentence_ends = [ends[k] for k in sorted(ends)]
    values = []
    for v in markables.iter("VALUE") if markables is not None else []:
        ids = [a.get("t_id") for a in v.iter("token_anchor")]
        if ids:
            span = (offsets[ids[0]][0], offsets[ids[-1]][1])
            values.append(GoldTimex(span, v.get("type", "QUANTITY"), ""))
    return Article(path.stem, text, dct, dct_span, gold, sentence_ends, values)


def annotated_sentences(articles: list[Article]) -> int:
    """How many leading sentences carry TIMEX3 annotation: MEANTIME annotates time
    expressions only in each article's first sentences (title, dateline and the first few
    of the body), although its events and entities run through the whole article."""
    last = 0
    for a in articles:
        for g in a.timexes + ([GoldTimex(a.dct_span, "DATE", "")] if a.dct_span else []):
            last = max(last, next(i for i, end in enumerate(a.sentence_ends) if g.span[1] <= end))
    return last + 1


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match(gold: list[Any], pred: list[Any], strict: bool) -> list[tuple[Any, Any]]:
    """One-to-one pairs of gold and predicted expressions (greedy, by largest overlap)."""
    pairs = []
    for g in gold:
        for p in pred:
            if (g.span == p.span) if strict else overlaps(g.span, p.span):
                ov = min(g.span[1], p.span[1]) - max(g.span[0], p.span[0])
                pairs.append((ov, id(g), id(p), g, p))
    pairs.sort(key=lambda x: -x[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, ig, ip, g, p in pairs:
        if ig in used_g or ip in used_p:
            continue
        used_g.add(ig)
        used_p.add(ip)
        out.append((g, p))
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
    }


def progress():
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=False,
    )


def evaluate_meantime(data: Path) -> dict[str, Any]:
    from factwire import nlp
    from factwire.extract.times import find_times
    from factwire.model import Document

    files = sorted(data.rglob("*.xml"))
    articles = [read_meantime(f) for f in files]
    scope = annotated_sentences(articles)
    n_gold = n_pred = tp_relaxed = tp_strict = value_ok = 0
    by_type: Counter[str] = Counter()
    by_type_ok: Counter[str] = Counter()
    errors: list[dict[str, str]] = []
    missed: list[str] = []
    spurious: list[str] = []
    with progress() as bar:
        task = bar.add_task("time (MEANTIME)", total=len(articles))
        for article, parsed in zip(articles, nlp.parse_many(a.text for a in articles), strict=True):
            published = article.dct.isoformat() if article.dct else None
            doc = Document(id=article.name, text=article.text, published=published)
            limit = article.sentence_ends[min(scope, len(article.sentence_ends)) - 1]
            pred = [
                t
                for t in find_times(doc, parsed)
                if t.span[0] < limit
                and not (article.dct_span and overlaps(t.span, article.dct_span))
            ]
            n_gold += len(article.timexes)
            n_pred += len(pred)
            relaxed = match(article.timexes, pred, strict=False)
            tp_relaxed += len(relaxed)
            tp_strict += len(match(article.timexes, pred, strict=True))
            hit_g = {id(g) for g, _ in relaxed}
            hit_p = {id(p) for _, p in relaxed}
            missed += [
                f"{article.text[g.span[0] : g.span[1]]} = {g.value}"
                for g in article.timexes
                if id(g) not in hit_g
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
            bar.advance(task)
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
        "value_accuracy": round(value_ok / tp_relaxed, 4) if tp_relaxed else 0.0,
        "matched": tp_relaxed,
        "value_accuracy_by_type": {
            t: round(by_type_ok[t] / by_type[t], 4) for t in sorted(by_type)
        },
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

    cases: list[dict[str, Any]] = []
    for f in sorted(data.rglob("*.json")):
        try:
            cases += json.loads(f.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            raise FactwireError(str(f), f"not valid JSON: {err}", "eval") from err
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
    with progress() as bar:
        task = bar.add_task("time (Recognizers-Text)", total=len(scored))
        for (case, result), parsed in zip(scored, nlp.parse_many(texts), strict=True):
            ref = case.get("Context", {}).get("ReferenceDateTime", "")
            anchor = read_dct_value(ref) if ref else date.today()
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
            bar.advance(task)
    n = len(scored)
    return {
        "dataset": "recognizers-text",
        "cases": len(cases),
        "n": n,
        "accuracy": round(correct / n, 4) if n else 0.0,
        "detection_recall": round(found / n, 4) if n else 0.0,
        "normaliser_accuracy_given_gold_span": round(correct_given_span / n, 4) if n else 0.0,
        "accuracy_by_type": {k: round(by_kind_ok[k] / by_kind[k], 4) for k in sorted(by_kind)},
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
