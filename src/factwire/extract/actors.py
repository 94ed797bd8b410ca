"""PLACEHOLDER — to be replaced by the real actors extractor."""

from __future__ import annotations

from spacy.tokens import Doc

from factwire.model import Document, Entity


def find_entities(doc: Document, parsed: Doc) -> list[Entity]:
    return []
