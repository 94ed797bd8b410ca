"""PLACEHOLDER — to be replaced by the real claims extractor."""

from __future__ import annotations

from spacy.tokens import Doc

from factwire.model import Claim, Document


def find_claims(doc: Document, parsed: Doc) -> list[Claim]:
    return []
