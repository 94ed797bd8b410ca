"""Reader for MEANTIME (NewsReader CAT XML): tokens, markables and relations as dataclasses.

MEANTIME ships tokens only (PTB style, quotes as ``...''), so the article text is rebuilt from
them with light detokenisation, and every token gets its [start, end) character offsets in that
text. Scorers then run factwire on ``MeantimeDoc.text`` and compare by character overlap with
``MeantimeDoc.span(t_ids)``. The one reader of the corpus for every MEANTIME evaluation:
factuality and quotes (``READABLE`` text), time (TIMEX3 values, the DCT) and quantities (VALUE
spans), the last two on ``LINES`` text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.tokens import Doc

from factwire.model import Document, FactwireError, document_id


@dataclass(frozen=True)
class Layout:
    """How PTB tokens become text. The spacing sets hold raw MEANTIME token forms."""

    forms: dict[str, str]  # PTB form -> text (``/'' become curly quotes)
    no_space_before: frozenset[str]  # glued to the previous token
    no_space_after: frozenset[str]  # the next token is glued to these
    pair_straight_quotes: bool  # a straight " alternately opens (glued right) and closes (left)
    heading_break: str  # after the title (sentence 0) and the dateline (sentence 1)
    sentence_break: str  # between the other sentences


# Readable prose: title and dateline as paragraphs, body sentences run on (factuality, quotes).
READABLE = Layout(
    forms={"``": "\u201c", "''": "\u201d"},
    no_space_before=frozenset({
        ",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "''", "'s", "'", "n't", "'re", "'ve",
        "'ll", "'d", "'m", "...",
    }),
    no_space_after=frozenset({"(", "[", "{", "``", "`", "$", "US$", "CA$", "AU$", "£", "€", "#"}),
    pair_straight_quotes=True,
    heading_break="\n\n",
    sentence_break=" ",
)
# One line per sentence, fewer glue rules (time and quantities; their figures are measured on
# this text, so it stays as it was when they were written).
LINES = Layout(
    forms={"``": "\u201c", "''": "\u201d", "-LRB-": "(", "-RRB-": ")"},
    no_space_before=frozenset({
        ",", ".", ";", ":", "?", "!", "%", ")", "-RRB-", "'s", "n't", "'re", "'ve", "'ll", "'d",
        "'m", "\u201d", "''", "'",
    }),
    no_space_after=frozenset({"(", "-LRB-", "$", "\u201c", "``", "#"}),
    pair_straight_quotes=False,
    heading_break="\n",
    sentence_break="\n",
)
# The type a markable without one gets.
_DEFAULT_TYPE = {"TIMEX3": "DATE", "VALUE": "QUANTITY"}


@dataclass
class Token:
    t_id: str
    sentence: int
    number: int
    text: str  # the token as rebuilt in MeantimeDoc.text (``/'' become curly quotes)
    start: int = 0
    end: int = 0


@dataclass
class Markable:
    """Any MEANTIME markable anchored to tokens; ``attrs`` keeps every XML attribute."""

    m_id: str
    tag: str  # EVENT_MENTION, TIMEX3, ENTITY_MENTION, VALUE, SIGNAL
    t_ids: list[str]
    attrs: dict[str, str] = field(default_factory=dict)

    def get(self, name: str, default: str = "") -> str:
        return self.attrs.get(name, default) or default


@dataclass
class Instance:
    """A document-level EVENT or ENTITY instance (no tokens), e.g. class SPEECH_COGNITIVE."""

    m_id: str
    tag: str  # EVENT or ENTITY
    attrs: dict[str, str] = field(default_factory=dict)

    @property
    def cls(self) -> str:
        return self.attrs.get("class", "")


@dataclass
class Relation:
    """TLINK, SLINK, GLINK, CLINK, HAS_PARTICIPANT or REFERS_TO (which may have many sources)."""

    r_id: str
    tag: str
    sources: list[str]
    targets: list[str]
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class GoldSpan:
    """A gold markable as a character span of the text, with its type and value."""

    span: tuple[int, int]
    type: str
    value: str


@dataclass
class MeantimeDoc:
    doc_id: str
    name: str
    path: Path
    url: str
    text: str
    tokens: list[Token]
    markables: dict[str, Markable]
    instances: dict[str, Instance]
    relations: list[Relation]
    _by_tid: dict[str, Token] = field(default_factory=dict, repr=False)

    def token(self, t_id: str) -> Token:
        return self._by_tid[t_id]

    def span(self, t_ids: list[str]) -> tuple[int, int]:
        """Character span covering these tokens in ``text``."""
        toks = [self._by_tid[t] for t in t_ids if t in self._by_tid]
        if not toks:
            return (0, 0)
        return (min(t.start for t in toks), max(t.end for t in toks))

    def span_text(self, t_ids: list[str]) -> str:
        start, end = self.span(t_ids)
        return self.text[start:end]

    def of_tag(self, tag: str) -> list[Markable]:
        return [m for m in self.markables.values() if m.tag == tag]

    @property
    def event_mentions(self) -> list[Markable]:
        return self.of_tag("EVENT_MENTION")

    @property
    def timexes(self) -> list[Markable]:
        return self.of_tag("TIMEX3")

    def relations_of(self, tag: str) -> list[Relation]:
        return [r for r in self.relations if r.tag == tag]

    def instance_of(self, m_id: str) -> Instance | None:
        """The EVENT/ENTITY instance a mention REFERS_TO, if any."""
        for rel in self.relations_of("REFERS_TO"):
            if m_id in rel.sources:
                for target in rel.targets:
                    if target in self.instances:
                        return self.instances[target]
        return None

    def participants(self, m_id: str, role: str | None = None) -> list[Markable]:
        """HAS_PARTICIPANT targets of this event mention (optionally of one sem_role)."""
        found = []
        for rel in self.relations_of("HAS_PARTICIPANT"):
            if m_id in rel.sources and (role is None or rel.attrs.get("sem_role") == role):
                found += [self.markables[t] for t in rel.targets if t in self.markables]
        return found

    @property
    def sentence_ends(self) -> list[int]:
        """End offset of each sentence, in sentence order."""
        ends: dict[int, int] = {}
        for token in self.tokens:
            ends[token.sentence] = token.end
        return [ends[k] for k in sorted(ends)]

    def annotated_end(self, sentences: int) -> int:
        """Where the first ``sentences`` sentences end (see ``annotated_sentences``)."""
        ends = self.sentence_ends
        return ends[min(sentences, len(ends)) - 1]

    def gold_spans(self, tag: str) -> list[GoldSpan]:
        """The markables of ``tag`` that consume text, as spans, in document order."""
        return [
            GoldSpan(self.span(m.t_ids), m.get("type", _DEFAULT_TYPE.get(tag, "")), m.get("value"))
            for m in self.of_tag(tag)
            if m.t_ids
        ]

    @property
    def creation_time(self) -> Markable | None:
        """The DCT: the TIMEX3 marked CREATION_TIME, else the first date in the dateline (two
        articles lack the flag)."""
        timexes = self.timexes
        marked = [t for t in timexes if t.get("functionInDocument") == "CREATION_TIME"]
        if marked:
            return marked[0]
        dateline = [t for t in timexes if t.t_ids and self._by_tid[t.t_ids[0]].sentence <= 1
                    and t.get("type") == "DATE"]
        return dateline[0] if dateline else None

    @property
    def dct_span(self) -> tuple[int, int] | None:
        timex = self.creation_time
        return self.span(timex.t_ids) if timex is not None and timex.t_ids else None

    @property
    def dct_date(self) -> date | None:
        timex = self.creation_time
        return parse_date(timex.get("value")) if timex is not None else None

    @property
    def dct(self) -> str | None:
        """The creation date as ISO YYYY-MM-DD (a DD-MM-YYYY slip in the data is repaired)."""
        day = self.dct_date
        return day.isoformat() if day else None

    @property
    def gold_timexes(self) -> list[GoldSpan]:
        """The TIMEX3 spans to score: all that consume text except the DCT (the anchor)."""
        dct_span = self.dct_span
        return [g for g in self.gold_spans("TIMEX3") if g.span != dct_span]


def parse_date(value: str) -> date | None:
    """A date from ISO text (time of day ignored), also from the corpus' one DD-MM-YYYY slip."""
    value = value.strip()
    match = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", value)
    if match:
        value = f"{match[3]}-{match[2]}-{match[1]}"
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def annotated_sentences(docs: list[MeantimeDoc]) -> int:
    """How many leading sentences carry TIMEX3 annotation: MEANTIME annotates time
    expressions only in each article's first sentences (title, dateline and the first few
    of the body), although its events and entities run through the whole article."""
    last = 0
    for doc in docs:
        ends = doc.sentence_ends
        for gold in doc.gold_spans("TIMEX3"):
            last = max(last, next(i for i, end in enumerate(ends) if gold.span[1] <= end))
    return last + 1


def _detokenise(raw: list[tuple[str, int, int, str]], layout: Layout) -> tuple[str, list[Token]]:
    """Join PTB tokens into text by ``layout``, keeping each token's offsets."""
    parts: list[str] = []
    tokens: list[Token] = []
    pos = 0
    glue_next = False
    quote_open = False  # parity of straight double quotes seen so far
    prev_sentence = None
    for t_id, sentence, number, form in raw:
        text = layout.forms.get(form, form)
        straight = layout.pair_straight_quotes and form == '"'
        if prev_sentence is None:
            sep = ""
        elif sentence != prev_sentence:
            heading = prev_sentence <= 1 and sentence <= 2
            sep = layout.heading_break if heading else layout.sentence_break
        elif glue_next or form in layout.no_space_before or (straight and quote_open):
            sep = ""
        else:
            sep = " "
        if straight:
            quote_open = not quote_open
            glue_next = quote_open
        else:
            glue_next = form in layout.no_space_after
        parts.append(sep)
        pos += len(sep)
        tokens.append(Token(t_id, sentence, number, text, pos, pos + len(text)))
        parts.append(text)
        pos += len(text)
        prev_sentence = sentence
    return "".join(parts), tokens


def _t_ids(element: ET.Element) -> list[str]:
    return [a.get("t_id", "") for a in element.findall("token_anchor")]


def read_doc(path: Path, layout: Layout = READABLE) -> MeantimeDoc:
    """Parse one CAT XML file; raises FactwireError naming the file when it is not CAT XML."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as err:
        raise FactwireError(str(path), f"not a readable MEANTIME CAT XML file: {err}",
                            "evaluate") from err
    raw = [(t.get("t_id", ""), int(t.get("sentence", 0)), int(t.get("number", 0)), t.text or "")
           for t in root.iter("token")]
    text, tokens = _detokenise(raw, layout)
    markables: dict[str, Markable] = {}
    instances: dict[str, Instance] = {}
    for section in root.iter("Markables"):
        for el in section:
            attrs = dict(el.attrib)
            m_id = attrs.get("m_id", "")
            if el.tag in ("EVENT", "ENTITY"):
                instances[m_id] = Instance(m_id, el.tag, attrs)
            else:
                markables[m_id] = Markable(m_id, el.tag, _t_ids(el), attrs)
    relations = []
    for section in root.iter("Relations"):
        for el in section:
            relations.append(Relation(
                el.get("r_id", ""), el.tag,
                [s.get("m_id", "") for s in el.findall("source")],
                [t.get("m_id", "") for t in el.findall("target")],
                dict(el.attrib),
            ))
    return MeantimeDoc(
        doc_id=root.get("doc_id", ""), name=root.get("doc_name", path.stem), path=path,
        url=root.get("url", ""), text=text, tokens=tokens, markables=markables,
        instances=instances, relations=relations, _by_tid={t.t_id: t for t in tokens},
    )


def iter_docs(folder: Path, layout: Layout = READABLE) -> Iterator[MeantimeDoc]:
    """Every CAT XML article under ``folder``, in sorted path order."""
    files = sorted(Path(folder).rglob("*.xml"))
    if not files:
        raise FactwireError(str(folder), "no MEANTIME .xml files found", "evaluate")
    for path in files:
        yield read_doc(path, layout)


def analyse(docs: list[MeantimeDoc]) -> Iterator[tuple[MeantimeDoc, Document, Doc]]:
    """Run factwire's nlp + actors + quotes + claims on each rebuilt text (published = DCT).

    Only the stages attribution depends on run (events and times do not feed quotes or claims),
    which keeps the scorers fast and independent of later stages."""
    from factwire import nlp
    from factwire.extract import actors, claims, quotes

    for gold, parsed in zip(docs, nlp.parse_many([d.text for d in docs]), strict=True):
        doc = Document(id=document_id(gold.text), text=gold.text, published=gold.dct,
                       title=gold.name, language="en")
        doc.sentences = [(s.start_char, s.end_char) for s in parsed.sents]
        doc.entities = actors.find_entities(doc, parsed)
        doc.quotes = quotes.find_quotes(doc, parsed)
        doc.claims = claims.find_claims(doc, parsed)
        yield gold, doc, parsed
