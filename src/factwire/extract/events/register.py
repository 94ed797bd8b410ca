"""What kind of report a document is, where it changes what words mean: in a sports report
"Sri Lanka beat Bangladesh", "kept up the attack" and "struck twice" are play, not violence."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factwire.extract.events.lexicon import _WORDS

SPORTS_TERMS = frozenset(_WORDS["sports_terms"])
SPORTS_FIGURATIVE = frozenset(_WORDS["sports_figurative"])
SPORTS_MIN_TERMS = int(_WORDS["sports_min_terms"])
SPORTS_MIN_SHARE = float(_WORDS["sports_min_share"])
# The types a sports report's figurative triggers would wrongly take.
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})


def sports_report(parsed: Doc) -> bool:
    """Is the document a sports report: many of its words the vocabulary of a match?"""
    words = [t for t in parsed if t.is_alpha]
    if not words:
        return False
    terms = sum(1 for t in words if t.lemma_.lower() in SPORTS_TERMS)
    return terms >= SPORTS_MIN_TERMS and terms / len(words) >= SPORTS_MIN_SHARE


def figurative(token: Token, etype: str, sports: bool) -> bool:
    """A trigger that, in a sports report, names play ("beat", "attack", "struck")."""
    return sports and etype in VIOLENT_TYPES and token.lemma_.lower() in SPORTS_FIGURATIVE
