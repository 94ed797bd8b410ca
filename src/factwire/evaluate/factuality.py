"""Event factuality against MEANTIME: does our status of an event agree with the gold
certainty / polarity / time of its EVENT_MENTION?

For each labelled gold event mention, the event's head token in our parse gets its governing
cues (``claims.cues_for_token``, the same function events use), and we predict three minority
classes: uncertain (possible/suspected → gold certainty POSSIBLE or PROBABLE), negated
(negated/denied → gold polarity NEG) and future (expected → gold time FUTURE). About 90% of
MEANTIME events are certain, so each class is scored as F1 against the rest. As a cross-check
the status of the innermost clause-level claim covering the token is scored too (``claim_*``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from factwire.evaluate.meantime import MeantimeDoc, analyse, iter_docs
from factwire.evaluate.scoring import prf
from factwire.extract.claims import Cue, claim_at, cues_for_token

CLASSES = {
    "uncertain": ({"possible", "suspected"},
                  lambda m: m.get("certainty") in ("POSSIBLE", "PROBABLE")),
    "negated": ({"negated", "denied"}, lambda m: m.get("polarity") == "NEG"),
    "future": ({"expected", "future"}, lambda m: m.get("time") == "FUTURE"),
}


def _f1(tp: int, fp: int, fn: int) -> dict[str, float]:
    return {**prf(tp, tp + fp, tp + fn, digits=3), "tp": tp, "fp": fp, "fn": fn}


def event_token(gold: MeantimeDoc, parsed: Doc, t_ids: list[str]) -> Token | None:
    """Our token for a gold event mention: the syntactic head of its character span."""
    start, end = gold.span(t_ids)
    span = parsed.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def predicted_statuses(cues: list[Cue]) -> set[str]:
    """The statuses a token's cues predict, read as MEANTIME annotates: "future" when any cue
    puts the event ahead, an open condition included ("if prices rise"). MEANTIME leaves
    conditional events' certainty UNDERSPECIFIED, so under "if"/"unless"/"whether" neither
    the conditional nor a modal inside its clause ("unless the airlines can cut their costs")
    predicts POSSIBLE/PROBABLE."""
    kept = [c for c in cues if c.kind not in ("conditional", "counterfactual")]
    statuses = {c.status for c in kept} | ({"future"} if any(c.future for c in cues) else set())
    if len(kept) < len(cues):
        statuses -= CLASSES["uncertain"][0]
    return statuses


def evaluate(data: Path, *, limit: int | None = None) -> dict[str, Any]:
    docs = list(iter_docs(Path(data)))[:limit]
    counts = {k: [0, 0, 0] for k in CLASSES}
    claim_counts = {k: [0, 0, 0] for k in CLASSES}
    n = 0
    for gold, doc, parsed in analyse(docs):
        for mention in gold.event_mentions:
            if not mention.get("certainty") or not mention.t_ids:
                continue  # unlabelled mention
            tok = event_token(gold, parsed, mention.t_ids)
            if tok is None:
                continue
            n += 1
            statuses = predicted_statuses(cues_for_token(tok))
            claim = claim_at(doc, tok.idx, tok.idx + len(tok))
            claim_status = {claim.status} if claim else set()
            for name, (ours, is_gold) in CLASSES.items():
                for table, pred in ((counts, statuses), (claim_counts, claim_status)):
                    hit, truth = bool(pred & ours), is_gold(mention)
                    table[name][0] += hit and truth
                    table[name][1] += hit and not truth
                    table[name][2] += truth and not hit
    result: dict[str, Any] = {"n": n, "docs": len(docs)}
    for name in CLASSES:
        scores = _f1(*counts[name])
        result[f"{name}_f1"] = scores["f1"]
        result[name] = scores
        result[f"claim_{name}"] = _f1(*claim_counts[name])
    return result


def headline(result: dict[str, Any]) -> str:
    return (f"factuality: future_f1={result['future_f1']:.3f} "
            f"negated_f1={result['negated_f1']:.3f} uncertain_f1={result['uncertain_f1']:.3f} "
            f"n={result['n']}")
