"""Status of a trigger from its wording and the claims around it: negation, hypothetical
("if", "may", a question), expected ("will", "is expected to").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factwire.extract.events.lexicon import Lexicon
from factwire.extract.events.syntax import _reporting_verb
from factwire.model import (
    Claim,
    Document,
)


def _claim_for(token: Token, doc: Document) -> Claim | None:
    """The smallest claim around the trigger, unless the trigger is that claim's own cue
    ("accusing Tehran of ...", "rejected the accusation": the act is not what is claimed)."""
    best: Claim | None = None
    for claim in doc.claims:
        if claim.cue and claim.cue.lower().split()[0] == token.lower_:
            continue
        if claim.span[0] <= token.idx < claim.span[1] and (
            best is None or claim.span[1] - claim.span[0] < best.span[1] - best.span[0]
        ):
            best = claim
    return best


def _local_status(token: Token, sent: Span, lexicon: Lexicon) -> str | None:
    """Hypothetical ("if", "may", a question) or expected ("will", "is expected to") wording."""
    chain = [token]
    governors = []  # what the trigger is the complement of: "is expected to receive"
    cur = token
    while cur.head.i != cur.i and cur.dep_ not in {"ccomp", "relcl", "parataxis", "advcl", "acl"}:
        if cur.dep_ == "conj" and _reporting_verb(cur) is not None:
            break  # "said the scheme would fail and accused X": the accusation was made
        if cur.dep_ == "xcomp":
            governors.append(cur.head)
        cur = cur.head
        chain.append(cur)
    for tok in chain:
        for child in tok.children:
            low = child.lower_
            if child.dep_ == "mark" and low in lexicon.conditional_marks:
                return "possible"
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in lexicon.conditional_marks for g in child.children
            ):
                return "possible"  # "will impose sanctions if Iran refuses"
            if child.dep_ in {"aux", "advmod"} and low in lexicon.possible_modals:
                return "possible"
    if sent.text.rstrip().rstrip("\"”’'").endswith("?"):
        return "possible"
    for tok in chain:
        for child in tok.children:
            if child.dep_ == "aux" and child.lower_ in lexicon.expected_modals:
                return "expected"
    if any(g.lemma_.lower() in lexicon.expected_governors for g in governors):
        return "expected"
    return None


def _inside_quote_of(token: Token, doc: Document) -> str | None:
    for quote in doc.quotes:
        if quote.span[0] <= token.idx < quote.span[1]:
            return quote.speaker
    return None

