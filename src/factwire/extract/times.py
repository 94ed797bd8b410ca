"""PLACEHOLDER — to be replaced by the real times extractor."""

from __future__ import annotations

from spacy.tokens import Doc

from factwire.model import Document, TimeExpr


def find_times(doc: Document, parsed: Doc) -> list[TimeExpr]:
    return []
