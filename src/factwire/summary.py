"""A readable, terminal summary of one Document (``factwire extract --format text``, demo)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from factwire.model import Document


def _names(doc: Document, ids: list[str]) -> str:
    return ", ".join((e.name if (e := doc.entity(i)) else i) for i in ids) or "?"


def size_text(size) -> str:
    """A readable size such as ``10,000–12,000 soldiers``; empty when unknown."""
    if size is None:
        return ""
    lo, hi, unit = size.low, size.high, size.unit or ""
    if lo is None and hi is None:
        return unit
    if lo is None or hi is None or lo == hi:
        value = lo if lo is not None else hi
        return f"{value:,.0f} {unit}".strip()
    return f"{lo:,.0f}–{hi:,.0f} {unit}".strip()


def render_summary(doc: Document, console: Console) -> None:
    console.rule(f"[bold]{doc.title or '(no title)'}")
    console.print(
        f"id {doc.id} · published {doc.published or '?'} · {doc.publisher or 'publisher ?'} · "
        f"language {doc.language or '?'} · {len(doc.text.split())} words · "
        f"{len(doc.residue)} residue pieces removed · {len(doc.related)} related teasers"
    )
    if doc.entities:
        table = Table("actor", "kind", "country", "sector", "mentions", title="Actors")
        for e in doc.entities:
            table.add_row(e.name, e.kind, e.country or "", e.sector or "", str(len(e.mentions)))
        console.print(table)
    if doc.quotes:
        table = Table("speaker", "quote", "cue", title="Quotes")
        for q in doc.quotes:
            speaker = (e.name if (e := doc.entity(q.speaker)) else q.speaker_text) or "?"
            table.add_row(speaker, q.text[:90] + ("…" if len(q.text) > 90 else ""), q.cue or "")
        console.print(table)
    if doc.claims:
        shown = [c for c in doc.claims if c.status != "asserted"]
        title = f"Claims ({len(doc.claims)}; hedged shown)"
        table = Table("status", "source", "claim", title=title)
        for c in shown:
            source = (e.name if (e := doc.entity(c.source)) else c.source_text) or ""
            text = doc.text[c.span[0]:c.span[1]]
            table.add_row(c.status, source, text[:90] + ("…" if len(text) > 90 else ""))
        console.print(table)
    if doc.events:
        table = Table("actor", "event", "recipient", "date", "size", "status", title="Events")
        for ev in doc.events:
            kind = ev.type + (f" ({ev.mode})" if ev.mode else "")
            table.add_row(_names(doc, ev.actor), kind, _names(doc, ev.recipient),
                          ev.date.value if ev.date else "", size_text(ev.size), ev.status)
        console.print(table)
