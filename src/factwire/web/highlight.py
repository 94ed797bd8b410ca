"""Render a Document's clean text as HTML with its records highlighted, displaCy-style.

Every highlight is a ``<mark>`` whose class names its kind (``entity``, ``quote``, ``claim``,
``event``); sentences are ``<span class="sent" id="s-START">`` so an event row can link to the
sentence it came from. Spans may overlap in any way (a claim crossing a quote's end, an entity
inside a trigger): the text is cut at every span boundary and the open elements are kept as a
properly nested stack — an element that has to close while others sit above it closes them
too and reopens them after, so one record may render as several ``<mark>`` pieces that share a
``data-id``. Only the first piece carries the ``id`` attribute.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape

from factwire.model import Document
from factwire.summary import size_text
from factwire.web.dates import event_date_label

# Outer kinds first when two spans start and end at the same characters.
KIND_ORDER = {"sent": 0, "quote": 1, "claim": 2, "event": 3, "entity": 4}
KINDS = ("entity", "quote", "claim", "event")


@dataclass(eq=False)
class Highlight:
    """One span to mark: its kind, CSS classes, a tooltip and the record it points to."""

    start: int
    end: int
    kind: str  # sent | quote | claim | event | entity
    record_id: str
    title: str = ""
    classes: list[str] = field(default_factory=list)
    anchor: str | None = None  # the id attribute of the first piece

    def open_tag(self, first: bool) -> str:
        tag = "span" if self.kind == "sent" else "mark"
        attrs = [f'class="{escape(" ".join([self.kind, *self.classes]))}"']
        if first and self.anchor:
            attrs.append(f'id="{escape(self.anchor)}"')
        if self.kind != "sent":
            attrs.append(f'data-kind="{self.kind}" data-id="{escape(self.record_id)}"')
            if self.title:
                attrs.append(f'title="{escape(self.title)}"')
        return f"<{tag} {' '.join(attrs)}>"

    def close_tag(self) -> str:
        return "</span>" if self.kind == "sent" else "</mark>"


def _names(doc: Document, ids: Iterable[str]) -> str:
    return ", ".join((e.name if (e := doc.entity(i)) else i) for i in ids) or "?"


def highlights(doc: Document) -> list[Highlight]:
    """Every span of the document that the article view marks, with its tooltip."""
    n = len(doc.text)
    out: list[Highlight] = []

    def add(h: Highlight) -> None:
        h.start, h.end = max(0, h.start), min(n, h.end)
        if h.start < h.end:
            out.append(h)

    # every event's sentence is an anchor too, should it not be among doc.sentences
    sentences = {tuple(s) for s in doc.sentences} | {tuple(ev.sentence) for ev in doc.events}
    for start, end in sorted(sentences):
        add(Highlight(start, end, "sent", f"s-{start}", anchor=f"s-{start}"))
    for e in doc.entities:
        codes = " ".join(c for c in (e.country, e.sector) if c)
        title = f"{e.name} · {e.kind}" + (f" · {codes}" if codes else "")
        for m in e.mentions:
            add(Highlight(m.span[0], m.span[1], "entity", e.id, title, [f"entity-{e.kind}"]))
    for q in doc.quotes:
        speaker = (e.name if (e := doc.entity(q.speaker)) else q.speaker_text) or "unknown"
        title = f"{q.kind} quote · speaker: {speaker}" + (f" · cue: {q.cue}" if q.cue else "")
        add(Highlight(q.span[0], q.span[1], "quote", q.id, title, [f"quote-{q.kind}"],
                      anchor=f"q-{q.id}"))
    for c in doc.claims:
        source = (e.name if (e := doc.entity(c.source)) else c.source_text) or "the author"
        title = f"claim · {c.status} · source: {source}" + (f" · cue: {c.cue}" if c.cue else "")
        add(Highlight(c.span[0], c.span[1], "claim", c.id, title, [f"status-{c.status}"],
                      anchor=f"c-{c.id}"))
    for ev in doc.events:
        parts = [f"{_names(doc, ev.actor)} → {ev.type}"
                 + (f" ({ev.mode})" if ev.mode else "") + f" → {_names(doc, ev.recipient)}"]
        if ev.date and ev.date.value:  # with its precision; never a raw PAST_REF
            label = event_date_label(doc, ev)
            parts.append(f"date {label['text']}" + (" (publication day)" if label["stands_in"]
                         and "relative" not in label["text"] else f" ({label['precision']})"
                         if label["precision"] in ("month", "year") else ""))
        if s := size_text(ev.size):
            parts.append(s)
        parts.append(ev.status + (" · negated" if ev.negated else ""))
        add(Highlight(ev.trigger.span[0], ev.trigger.span[1], "event", ev.id, " · ".join(parts),
                      [f"event-{ev.type.lower()}"], anchor=f"ev-{ev.id}"))
    return out


def render_text(doc: Document) -> str:
    """The clean text as HTML, escaped and highlighted (shown with ``white-space: pre-wrap``)."""
    return render_spans(doc.text, highlights(doc))


def render_spans(text: str, spans: list[Highlight]) -> str:
    """Escape ``text`` and wrap each span, splitting crossing spans so the HTML stays nested."""
    starts: dict[int, list[Highlight]] = {}
    ends: dict[int, list[Highlight]] = {}
    for h in spans:
        starts.setdefault(h.start, []).append(h)
        ends.setdefault(h.end, []).append(h)
    cuts = sorted({0, len(text), *starts, *ends})
    stack: list[Highlight] = []
    opened: set[int] = set()  # ids of highlights whose first piece is out (anchor used)
    html: list[str] = []
    for i, pos in enumerate(cuts):
        closing = [h for h in ends.get(pos, ()) if h in stack]
        if closing:
            # close down to the deepest element that ends here, reopen the survivors after
            depth = min(_index(stack, h) for h in closing)
            survivors = [h for h in stack[depth:] if h not in closing]
            for h in reversed(stack[depth:]):
                html.append(h.close_tag())
            del stack[depth:]
            for h in survivors:
                html.append(h.open_tag(first=False))
                stack.append(h)
        # longest first so it is the outer element; kind order breaks ties
        for h in sorted(starts.get(pos, ()), key=lambda h: (-(h.end - h.start),
                                                            KIND_ORDER[h.kind])):
            html.append(h.open_tag(first=id(h) not in opened))
            opened.add(id(h))
            stack.append(h)
        if i + 1 < len(cuts):
            html.append(escape(text[pos:cuts[i + 1]], quote=False))
    for h in reversed(stack):
        html.append(h.close_tag())
    return "".join(html)


def _index(stack: list[Highlight], h: Highlight) -> int:
    return next(i for i, x in enumerate(stack) if x is h)
