"""Hand-made annotated Documents for the web tests (no extractor needed), and the database
built from them through the store's own write functions.

Spans are found in the text rather than typed as numbers, so the fixtures stay right when a
sentence is edited. The first two articles are one wire story from two publishers, so the
database has a story and merged events; the third carries markup-like text to test escaping.
"""

from __future__ import annotations

import re
from pathlib import Path

from factwire.model import (
    Claim,
    Document,
    Entity,
    Event,
    EventDate,
    Mention,
    Quote,
    Residue,
    Size,
    Source,
    Trigger,
    document_id,
)

WIRE = (
    "Japan pledged 500 million dollars in humanitarian aid to Ukraine on Tuesday, "
    "the foreign ministry in Tokyo said.\n\n"
    "“We stand with the people of Ukraine and will help them rebuild,” Foreign Minister "
    "Haruka Sato told reporters in Kyiv, adding that Tokyo would send engineers next month.\n\n"
    "Russia accused Japan of prolonging the war. According to Russian officials, Moscow may "
    "expel two Japanese diplomats in response.\n\n"
    "Ukraine’s president thanked Japan and said the money would repair power plants."
)
PROTEST = (
    "Police used water cannon against farmers who protested outside the parliament in Brussels "
    "on Monday, a spokeswoman said.\n\n"
    "The farmers’ union accused the European Commission of ignoring <small producers> & "
    "demanded a vote, reportedly threatening new blockades."
)


def _span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(phrase), text)]
    start = starts[nth]
    return (start, start + len(phrase))


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n.!?]+[.!?”]+", text)]


def _entity(text: str, eid: str, name: str, kind: str, country: str | None, sector: str | None,
            *phrases: str) -> Entity:
    mentions = []
    for phrase in phrases:
        for m in re.finditer(re.escape(phrase), text):
            mentions.append(Mention(span=(m.start(), m.end()), text=phrase))
    return Entity(eid, name, kind, country, sector, mentions)


def _event(text: str, eid: str, type_: str, trigger: str, actor: list[str],
           recipient: list[str], **kw) -> Event:
    span = _span(text, trigger)
    sentence = next(s for s in _sentences(text) if s[0] <= span[0] < s[1])
    return Event(eid, type_, Trigger(span, trigger), sentence, actor=actor, recipient=recipient,
                 **kw)


def wire_document(publisher: str, published: str, extra: str = "") -> Document:
    """The Japan aid wire story as one publisher ran it (``extra`` varies the copies)."""
    text = WIRE + extra
    doc = Document(
        id=document_id(text), text=text, title=f"Japan pledges aid to Ukraine ({publisher})",
        source=Source("html", url=f"https://{publisher.lower().replace(' ', '')}.example/japan"),
        published=published, publisher=publisher, language="en",
        residue=[Residue("Japan pledges aid to Ukraine", "repeated-headline"),
                 Residue("Share this article", "share")],
        sentences=_sentences(text),
    )
    doc.entities = [
        _entity(text, "e1", "Japan", "country", "JPN", "GOV", "Japan", "Tokyo"),
        _entity(text, "e2", "Ukraine", "country", "UKR", "GOV", "Ukraine", "Kyiv"),
        _entity(text, "e3", "Haruka Sato", "person", "JPN", "GOV", "Haruka Sato"),
        _entity(text, "e4", "Russia", "country", "RUS", "GOV", "Russia", "Moscow"),
    ]
    quote = _span(text, "“We stand with the people of Ukraine and will help them rebuild,”")
    doc.quotes = [Quote("q1", text[quote[0] + 1:quote[1] - 2], quote, "direct", "e3",
                        "Foreign Minister Haruka Sato", "told")]
    # the claim starts inside the quote and ends after it: the renderer must split it
    claim_start = _span(text, "will help them rebuild")[0]
    claim_end = _span(text, "next month.")[1]
    reported = _span(text, "Moscow may expel two Japanese diplomats in response.")
    doc.claims = [
        Claim("c1", (claim_start, claim_end), "asserted", "e3", "Haruka Sato", "adding"),
        Claim("c2", reported, "possible", "e4", "Russian officials", "According to ... may"),
    ]
    doc.events = [
        _event(text, "v1", "AID", "pledged", ["e1"], ["e2"], mode="humanitarian",
               date=EventDate(published, "Tuesday"), size=Size(500e6, 500e6, "dollars")),
        _event(text, "v2", "ACCUSE", "accused", ["e4"], ["e1"], date=EventDate(published)),
        _event(text, "v3", "COERCE", "expel", ["e4"], ["e1"], status="possible", claim="c2",
               size=Size(2, 2, "diplomats")),
        _event(text, "v4", "AID", "send engineers", ["e1"], ["e2"], status="expected"),
    ]
    return doc


def protest_document() -> Document:
    text = PROTEST
    doc = Document(
        id=document_id(text), text=text, title="Farmers <b>protest</b> in Brussels",
        source=Source("text", path="farmers.txt"), published="2025-02-03",
        publisher="Lowland Times", language="en", sentences=_sentences(text),
        residue=[Residue("Subscribe for unlimited access", "subscribe")],
    )
    doc.entities = [
        _entity(text, "e1", "Belgian police", "organization", "BEL", "GOV", "Police"),
        _entity(text, "e2", "farmers", "group", None, "CVL", "farmers"),
        _entity(text, "e3", "European Commission", "organization", "EUR", "IGO",
                "European Commission"),
    ]
    doc.claims = [Claim("c1", _span(text, "reportedly threatening new blockades"), "reported",
                        None, None, "reportedly")]
    doc.events = [
        _event(text, "v1", "COERCE", "used water cannon", ["e1"], ["e2"],
               date=EventDate("2025-02-03", "Monday")),
        _event(text, "v2", "PROTEST", "protested", ["e2"], ["e3"],
               date=EventDate("2025-02-03", "Monday")),
        _event(text, "v3", "ACCUSE", "accused", ["e2"], ["e3"]),
        _event(text, "v4", "THREATEN", "threatening", ["e2"], ["e3"], status="reported",
               claim="c1"),
    ]
    return doc


def sample_documents() -> list[Document]:
    return [
        wire_document("Harbour Post", "2025-05-13"),
        wire_document("Midland Courier", "2025-05-14", "\n\nAdditional reporting by staff."),
        protest_document(),
    ]


def build_db(path: Path) -> Path:
    """A database holding the sample documents, written by the store (stories included)."""
    from factwire.store import stories
    from factwire.store.db import open_db, write_documents

    con = open_db(path, read_only=False)
    try:
        write_documents(con, sample_documents())
        stories.update(con)
    finally:
        con.close()
    return path


def test_sample_spans_point_at_their_text():
    for doc in sample_documents():
        for e in doc.entities:
            assert e.mentions, e.name
            for m in e.mentions:
                assert doc.text[m.span[0]:m.span[1]] == m.text
        for ev in doc.events:
            assert doc.text[ev.trigger.span[0]:ev.trigger.span[1]] == ev.trigger.text
            assert ev.sentence[0] <= ev.trigger.span[0] < ev.sentence[1]
        for q in doc.quotes:
            assert q.text in doc.text[q.span[0]:q.span[1]]
