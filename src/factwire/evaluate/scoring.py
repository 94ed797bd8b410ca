"""What the scorers share: span overlap, one-to-one matching of gold and predicted spans,
precision/recall/F1, rounded ratios, reading gold JSON and a progress bar for the long runs.

Kept in one place so that every evaluation counts a hit, rounds a figure and names a bad file
the same way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from factwire.model import FactwireError

Range = tuple[int, int]
T = TypeVar("T")


def overlaps(a: Range | None, b: Range) -> bool:
    """Do two [start, end) spans share a character? (No span overlaps nothing.)"""
    return a is not None and a[0] < b[1] and b[0] < a[1]


def match(gold: list[Any], pred: list[Any], strict: bool) -> list[tuple[Any, Any]]:
    """One-to-one pairs of gold and predicted items with a ``span`` (greedy, by largest
    overlap; ``strict`` pairs only identical spans)."""
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


def ratio(part: float, whole: float, digits: int = 4) -> float:
    """``part / whole`` rounded, 0.0 when there is nothing to divide by."""
    return round(part / whole, digits) if whole else 0.0


def prf(tp: int, n_pred: int, n_gold: int, digits: int = 4) -> dict[str, float]:
    """Precision, recall and F1 from true positives, predictions and gold items."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {
        "precision": round(p, digits),
        "recall": round(r, digits),
        "f1": round(2 * p * r / (p + r), digits) if p + r else 0.0,
    }


def read_json(path: Path) -> Any:
    """One gold JSON file; a file that is not JSON is named in the error."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise FactwireError(str(path), f"not valid JSON: {err}", "eval") from err


def read_json_lists(data: Path) -> list[Any]:
    """The cases of every ``*.json`` list under ``data``, files in sorted path order."""
    return [case for path in sorted(data.rglob("*.json")) for case in read_json(path)]


def tracked(items: Iterable[T], label: str, total: int) -> Iterator[T]:
    """Yield ``items`` while a progress bar on stderr counts them (stdout stays the report)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=False,
    ) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)
