"""PLACEHOLDER — to be replaced by the real quantities extractor."""

from __future__ import annotations

from spacy.tokens import Doc

from factwire.model import Document, Quantity


def find_quantities(doc: Document, parsed: Doc) -> list[Quantity]:
    return []
