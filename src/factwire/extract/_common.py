"""Small pieces several extractors need: reading a lexicon from ``extract/data``, and the
parse token that heads a character span."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token


def data_path(name: str) -> Path:
    """The file ``name`` in the package's ``extract/data`` folder."""
    return Path(str(resources.files("factwire.extract") / "data" / name))


def data_text(name: str) -> str:
    """The text of a data file (UTF-8)."""
    return data_path(name).read_text(encoding="utf-8")


def data_json(name: str) -> Any:
    """A JSON data file, parsed afresh: callers cache what they derive from it, and may change
    the object they get without touching anyone else's copy."""
    return json.loads(data_text(name))


def token_span(token: Token) -> tuple[int, int]:
    """The characters [start, end) of one token."""
    return token.idx, token.idx + len(token.text)


def span_root(parsed: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens covering characters [start, end), or None when the
    span covers no token."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def without_article(text: str) -> str:
    """A name without its leading "the" ("the House" → "House")."""
    return text.removeprefix("the ").removeprefix("The ")


def according_to_object(according: Token) -> Token | None:
    """The X of "according to X": the object of the "to" under ``according``."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    return next((c for c in (to.children if to is not None else []) if c.dep_ == "pobj"), None)


def indefinite(head: Token) -> bool:
    """Does the noun open with "a" or "an" ("a 27-year-old nurse", "an army of lawyers")?"""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
