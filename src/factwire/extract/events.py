"""PLACEHOLDER — to be replaced by the real events extractor."""

from __future__ import annotations

from spacy.tokens import Doc

from factwire.model import Document, Event


def find_events(doc: Document, parsed: Doc) -> list[Event]:
    return []
