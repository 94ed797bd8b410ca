"""Main-content extraction against the article-extraction gold set (``score.py``'s method).

Runs our whole cleaning path — ingest of each ``html/<id>.html.gz`` and ``clean`` (trafilatura
+ residue cleaner), no NLP — and scores the body text the way the set's ``score.py`` does
(the scrapinghub article-extraction-benchmark method): ``\\w+`` tokens, bags of 4-token
shingles, per-page precision and recall averaged over pages, F1 of the two averages; plus the
mean per-page F1 and the number of empty outputs. The same pages are also scored without our
residue cleaner, so that its effect (which must never be negative) is visible.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path

from factwire.model import InputError

NGRAM = 4
_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = NGRAM) -> Counter[tuple[str, ...]]:
    """The bag of n-token shingles; a text shorter than n is one shingle of all its tokens."""
    tokens = _WORD.findall(text or "")
    if len(tokens) <= n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def page_scores(gold: str, predicted: str, n: int = NGRAM) -> dict:
    """Precision, recall and F1 of one page (None where undefined, as in score.py)."""
    g, p = shingles(gold, n), shingles(predicted, n)
    tp = sum((g & p).values())
    fp, fn = sum(p.values()) - tp, sum(g.values()) - tp
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    if precision is None and recall is None:
        f1 = 1.0
    elif not precision or not recall:
        f1 = 0.0
    else:
        f1 = 2 * precision * recall / (precision + recall)
    return {"precision": precision, "recall": recall, "f1": f1,
            "empty": not _WORD.search(predicted or "")}


def aggregate(rows: list[dict]) -> dict:
    """Macro precision (pages with output) and recall (pages with gold), F1 of the averages."""
    ps = [r["precision"] for r in rows if r["precision"] is not None]
    rs = [r["recall"] for r in rows if r["recall"] is not None]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    return {
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "precision": p,
        "recall": r,
        "mean_page_f1": statistics.mean(x["f1"] for x in rows) if rows else 0.0,
        "empty": sum(1 for x in rows if x["empty"]),
        "pages": len(rows),
    }


def evaluate(data: Path, *, limit: int | None = None) -> dict:
    """Score ingest + clean on every page of the gold folder (or the first ``limit`` pages)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from factwire.clean import clean
    from factwire.ingest import iter_inputs

    data = Path(data)
    gold = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(gold)[:limit]
    rows, baseline, errors, seconds = [], [], [], 0.0
    progress = Progress("[progress.description]{task.description}", BarColumn(),
                        MofNCompleteColumn(), TimeRemainingColumn(),
                        console=Console(stderr=True), transient=True)
    with progress:
        for page_id in progress.track(ids, description="extraction"):
            expected = gold[page_id].get("articleBody") or ""
            started = time.perf_counter()
            ours, raw = "", None
            for item in iter_inputs([str(data / "html" / f"{page_id}.html.gz")]):
                if isinstance(item, InputError):
                    errors.append(str(item))
                    continue
                raw = item
                try:
                    ours = clean(item).text
                except Exception as err:  # scored as an empty output, and reported
                    errors.append(f"{page_id}: {type(err).__name__}: {err}")
            seconds += time.perf_counter() - started
            rows.append({"id": page_id, **page_scores(expected, ours)})
            try:
                bare = clean(raw, residue=False).text if raw else ""
            except Exception:
                bare = ""
            baseline.append({"id": page_id, **page_scores(expected, bare)})
    result = aggregate(rows)
    result["seconds_per_page"] = round(seconds / max(1, len(ids)), 4)
    result["errors"] = errors
    result["without_residue_cleaner"] = aggregate(baseline)
    result["residue_cleaner_lowered"] = [
        {"id": ours["id"], "f1": ours["f1"], "without": bare["f1"]}
        for ours, bare in zip(rows, baseline, strict=True) if ours["f1"] < bare["f1"] - 1e-9]
    result["residue_cleaner_raised"] = sum(
        1 for ours, bare in zip(rows, baseline, strict=True) if ours["f1"] > bare["f1"] + 1e-9)
    result["per_page"] = rows
    return result


def headline(result: dict) -> str:
    return (f"extraction: f1={result['f1']:.3f} precision={result['precision']:.3f} "
            f"recall={result['recall']:.3f} mean_page_f1={result['mean_page_f1']:.3f} "
            f"empty={result['empty']} pages={result['pages']}")
