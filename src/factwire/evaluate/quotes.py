"""Attribution against MEANTIME's partial gold: for each speech/cognition event mention
(REFERS_TO an EVENT instance of class SPEECH_COGNITIVE) with an Arg0 participant, does
factwire name the same source?

Our answer for a gold cue is the quote whose cue is that token, else a claim whose status cue
or source cue (the attribution verb) is that token, else a claim covering one of the events
the cue SLINKs to (the reported content). It is right when the gold Arg0 span overlaps our
speaker/source text or any mention of our resolved entity. ``speaker_accuracy`` counts every
gold case (a miss is wrong); ``answered_accuracy`` only the cases we answered. The gold is
not exhaustive, so there is no precision here; the hand-checked sets in tests/fixtures/ cover
that side.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from factwire.evaluate import attribution, attribution_articles
from factwire.evaluate.meantime import MeantimeDoc, analyse, iter_docs
from factwire.evaluate.scoring import Range, overlaps, ratio
from factwire.model import Document


def _answer(doc: Document, cue: Range, reported: list[Range]):
    """(speaker entity id, speaker span) that we give for a gold cue, or None."""
    for quote in doc.quotes:
        if overlaps(quote.cue_span, cue):
            return quote.speaker, quote.speaker_span
    for claim in doc.claims:
        if (overlaps(claim.cue_span, cue) or overlaps(claim.source_cue_span, cue)) and (
                claim.source or claim.source_span):
            return claim.source, claim.source_span
    for span in reported:
        inside = [c for c in doc.claims if c.span[0] <= span[0] and span[1] <= c.span[1]
                  and (c.source or c.source_span)]
        if inside:
            best = min(inside, key=lambda c: c.span[1] - c.span[0])
            return best.source, best.source_span
    return None


def _gold_cases(gold: MeantimeDoc):
    """(cue span, [Arg0 spans], [reported event spans]) for each attributed speech event."""
    for mention in gold.event_mentions:
        instance = gold.instance_of(mention.m_id)
        if instance is None or instance.cls != "SPEECH_COGNITIVE":
            continue
        agents = gold.participants(mention.m_id, "Arg0")
        if not agents:
            continue
        reported = [gold.span(gold.markables[t].t_ids) for rel in gold.relations_of("SLINK")
                    if mention.m_id in rel.sources for t in rel.targets if t in gold.markables]
        yield (gold.span(mention.t_ids), [gold.span(a.t_ids) for a in agents], reported,
               gold.span_text(mention.t_ids))


def evaluate(data: Path, *, limit: int | None = None) -> dict[str, Any]:
    """MEANTIME's attributed speech events; or, when ``data`` is or holds ``.jsonl`` files,
    a JSONL attribution case set (``evaluate.attribution``) or a set of exhaustively
    annotated articles (``evaluate.attribution_articles``: lines with ``attributions``)."""
    data = Path(data)
    if data.suffix == ".jsonl" or (data.is_dir() and any(data.glob("*.jsonl"))):
        cases = attribution.read_cases(data)[:limit]
        if cases and all("attributions" in c for c in cases):
            return attribution_articles.evaluate(cases)
        return attribution.evaluate_cases(cases)
    docs = list(iter_docs(Path(data)))[:limit]
    n = answered = correct = 0
    by_cue: dict[str, list[int]] = {}
    for gold, doc, _parsed in analyse(docs):
        for cue, agents, reported, cue_text in _gold_cases(gold):
            n += 1
            answer = _answer(doc, cue, reported)
            ok = False
            if answer is not None:
                answered += 1
                entity_id, span = answer
                entity = doc.entity(entity_id)
                spans = [span] + ([m.span for m in entity.mentions] if entity else [])
                ok = any(overlaps(s, a) for s in spans for a in agents)
                correct += ok
            stats = by_cue.setdefault(cue_text.lower(), [0, 0])
            stats[0] += 1
            stats[1] += ok
    return {
        "n": n,
        "docs": len(docs),
        "answered": answered,
        "correct": correct,
        "speaker_accuracy": ratio(correct, n, 3),
        "answered_accuracy": ratio(correct, answered, 3),
        "coverage": ratio(answered, n, 3),
        "by_cue": {k: {"n": v[0], "correct": v[1]} for k, v in sorted(by_cue.items())},
    }


def headline(result: dict[str, Any]) -> str:
    if "details" in result and "articles" in result:
        return attribution_articles.headline(result)
    if "speaker_accuracy" not in result:
        return attribution.headline(result)
    return (f"quotes: speaker_accuracy={result['speaker_accuracy']:.3f} "
            f"answered_accuracy={result['answered_accuracy']:.3f} "
            f"coverage={result['coverage']:.3f} n={result['n']}")
