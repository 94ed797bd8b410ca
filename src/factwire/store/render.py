"""Rows from ``store.read`` printed for people (rich tables) or programs (CSV, JSON lines)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from typing import Any

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "csv", "jsonl", "json")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _short(text: str, width: int = 120) -> str:
    """A table cell cut to ``width`` characters (csv and json keep the whole value)."""
    return text if len(text) <= width else text[: width - 1] + "…"


def _default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def emit(rows: list[dict[str, Any]], fmt: str = "table", *, columns: list[str] | None = None,
         title: str | None = None, total: int | None = None, console: Console | None = None,
         ) -> None:
    """Print rows to stdout; ``columns`` picks and orders the table columns (all for csv/json)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=_default) + "\n")
        return
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, default=_default, indent=2) + "\n")
        return
    names = list(rows[0]) if rows else list(columns or [])
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(names)
        writer.writerows([_cell(row.get(n)) for n in names] for row in rows)
        return
    shown = [c for c in (columns or names) if not rows or c in rows[0]]
    caption = None
    if total is not None:
        caption = f"{len(rows)} of {total}" if total > len(rows) else f"{total} rows"
    table = Table(title=title, caption=caption, show_lines=False, expand=False)
    for name in shown:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(_short(_cell(row.get(n))) for n in shown))
    (console or Console()).print(table)
