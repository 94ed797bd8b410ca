"""The records that flow through factwire, each defined once.

`Document` is the one record that passes from stage to stage. Every extracted item carries
character spans ``(start, end)`` — half-open offsets into ``Document.text`` — so each fact can
be traced back to the characters it came from. JSON is the serialisation: ``to_json`` and
``from_json`` round-trip exactly.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal

Span = tuple[int, int]

SourceKind = Literal["text", "html", "url", "feed", "warc", "jsonl"]
ResidueReason = Literal[
    "repeated-headline", "related-posts", "teaser", "boilerplate", "share", "advertisement",
    "subscribe",
]
EntityKind = Literal["country", "person", "organization", "group", "location", "media"]
QuoteKind = Literal["direct", "indirect", "mixed", "title"]  # title: a work, slogan or nickname
CountrySource = Literal["text", "role", "dictionary", "context"]
DatePrecision = Literal["day", "month", "year", "relative", "publication"]
Status = Literal[
    "asserted", "confirmed", "reported", "suspected", "possible", "expected", "denied", "negated",
]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
STATUSES: tuple[str, ...] = typing.get_args(Status)


class Record:
    """Mixin: plain-dict and JSON round trips for the dataclasses below."""

    def to_dict(self) -> dict[str, Any]:
        return _to_plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        return _from_plain(cls, data)


@dataclass
class Source(Record):
    """Where a document came from."""

    kind: SourceKind = "text"
    path: str | None = None
    url: str | None = None


@dataclass
class Residue(Record):
    """A piece removed from the body by cleaning; kept so nothing is silently dropped."""

    text: str
    reason: ResidueReason


@dataclass
class Related(Record):
    """A teaser or link to another article found on the page."""

    title: str
    snippet: str = ""


@dataclass
class Mention(Record):
    span: Span
    text: str


@dataclass
class Entity(Record):
    """One actor (or place) of a document, with all its mentions and its CAMEO-style codes."""

    id: str
    name: str
    kind: EntityKind
    country: str | None = None  # ISO 3166 alpha-3, or an IGO code (UNO, NATO, EUR, ...)
    sector: str | None = None  # GOV, MIL, REB, OPP, PTY, CVL, MED, BUS, JUD, LEG, SPY, IGO, NGO
    mentions: list[Mention] = field(default_factory=list)
    # How the country was found: named in the text, implied by a role ("Syrian President"),
    # from the knowledge base, or inferred from the document's country context.
    country_source: CountrySource | None = None


@dataclass
class Quote(Record):
    id: str
    text: str
    span: Span
    kind: QuoteKind
    speaker: str | None = None  # entity id
    speaker_text: str | None = None
    cue: str | None = None
    medium: str | None = None
    speaker_span: Span | None = None  # where speaker_text is in the text (None when inherited)
    cue_span: Span | None = None


@dataclass
class Claim(Record):
    """A statement in the text with its source and how firmly it is stated."""

    id: str
    span: Span
    status: Status = "asserted"
    source: str | None = None  # entity id
    source_text: str | None = None
    cue: str | None = None
    source_span: Span | None = None  # where source_text is in the text
    cue_span: Span | None = None
    # The attribution cue that gives the source ("said", "according to", "polls show"), kept
    # apart from ``cue`` when the status comes from the clause's own words ("would not").
    source_cue: str | None = None
    source_cue_span: Span | None = None


@dataclass
class Trigger(Record):
    span: Span
    text: str


@dataclass
class EventDate(Record):
    value: str | None  # TIMEX3 value, e.g. 2025-04-28, 2024, PAST_REF
    text: str | None = None  # the time expression it came from; None when the document date
    # day | month | year | relative | publication (the publication date stands in)
    precision: DatePrecision | None = None


@dataclass
class Location(Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None  # first-level region


@dataclass
class Size(Record):
    low: float | None
    high: float | None
    unit: str | None = None


@dataclass
class Dateline(Record):
    """The place and agency opening a wire story ("KABUL (AP) —"): metadata, never an actor."""

    span: Span
    place: str | None = None
    agency: str | None = None


@dataclass
class Event(Record):
    """Who did what to whom, coded in PLOVER."""

    id: str
    type: str  # PLOVER event type
    trigger: Trigger
    sentence: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor: list[str] = field(default_factory=list)  # entity ids
    recipient: list[str] = field(default_factory=list)  # entity ids
    date: EventDate | None = None
    location: Location | None = None
    size: Size | None = None
    status: Status = "asserted"
    claim: str | None = None  # claim id
    negated: bool = False
    score: float | None = None  # the coder's confidence, 0-1
    evidence: list[str] = field(default_factory=list)  # what proposed and decided it
    mentions: list[Trigger] = field(default_factory=list)  # further triggers of the same event


@dataclass
class TimeExpr(Record):
    span: Span
    text: str
    type: TimeType
    value: str | None  # TIMEX3 value


@dataclass
class Quantity(Record):
    span: Span
    text: str
    low: float | None
    high: float | None
    unit: str | None = None
    approx: bool = False


@dataclass
class Document(Record):
    """One article: its clean text and everything extracted from it."""

    id: str
    text: str
    source: Source = field(default_factory=Source)
    title: str | None = None
    published: str | None = None  # ISO 8601
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    residue: list[Residue] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # e.g. "non-english: de"
    dateline: Dateline | None = None

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Document:
        return cls.from_dict(json.loads(text))

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, or None."""
        return next((e for e in self.entities if e.id == entity_id), None)

    def referenced_ids(self) -> set[str]:
        """Ids of the entities an event, a quote or a claim refers to: those a record needs."""
        used = {i for e in self.events for i in e.actor + e.recipient}
        return used | {q.speaker for q in self.quotes} | {c.source for c in self.claims}

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping [start, end); the longest mention wins."""
        best: tuple[int, Entity] | None = None
        for e in self.entities:
            for m in e.mentions:
                if m.span[0] < end and start < m.span[1]:
                    size = m.span[1] - m.span[0]
                    if best is None or size > best[0]:
                        best = (size, e)
        return best[1] if best else None

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence span containing a character offset."""
        return next((s for s in self.sentences if s[0] <= offset < s[1]), None)


def document_id(text: str) -> str:
    """Stable id of a clean text: the same article always gets the same id."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


# --- generic (de)serialisation -------------------------------------------------------------


def _to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_plain(v) for k, v in value.items()}
    return value


def _from_plain(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _from_plain(args[0], value) if len(args) == 1 else value
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_from_plain(item, v) for v in value]
    if origin is tuple:
        return tuple(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        known = {k: _from_plain(hints[k], v) for k, v in value.items() if k in hints}
        return tp(**known)
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(tp: type) -> dict[str, Any]:
    if tp not in _HINTS:
        _HINTS[tp] = typing.get_type_hints(tp, globalns=globals())
    return _HINTS[tp]


# --- records before cleaning ---------------------------------------------------------------


@dataclass
class RawInput(Record):
    """One input as ingest found it: raw HTML or text plus whatever metadata came with it."""

    name: str  # what the user gave (path, URL, "feed.xml#3", "crawl.warc.gz#12", "-")
    kind: SourceKind
    content: str
    is_html: bool = False
    url: str | None = None
    path: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    fallback_published: str | None = None  # --published: used only when the page has no date
    warnings: list[str] = field(default_factory=list)  # e.g. "invalid UTF-8 bytes replaced"


@dataclass
class InputError(Record):
    """An input that could not be read or processed; becomes an `errors` row in a batch."""

    input: str
    reason: str
    stage: str = "ingest"

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}"


class FactwireError(Exception):
    """An error about one named input, with a one-line reason."""

    def __init__(self, input: str, reason: str, stage: str = "ingest"):
        super().__init__(f"{input}: {reason}")
        self.input = input
        self.reason = reason
        self.stage = stage

    def record(self) -> InputError:
        return InputError(self.input, self.reason, self.stage)
