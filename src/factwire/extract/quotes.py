"""PLACEHOLDER — to be replaced by the real quotes extractor."""

from __future__ import annotations

from spacy.tokens import Doc

from factwire.model import Document, Quote


def find_quotes(doc: Document, parsed: Doc) -> list[Quote]:
    return []
