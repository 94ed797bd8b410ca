"""Attribution on whole articles annotated exhaustively (every quote and reported clause), so
precision counts as well as recall: a title taken for a quote, or a quote split in two, costs.

One JSON object per line: ``id``, ``text`` (headline, optional dateline, paragraphs),
``published``, ``part`` (dev / heldout), ``attributions`` (each with ``kind`` direct / mixed
/ indirect, ``content`` as written, ``speaker_text`` as written at that attribution,
``speaker`` the full name or description of who it is, ``cue``, ``medium``) and
``not_quotes`` (titles, slogans, scare quotes in marks). The format is described in the
README of the folder that holds such a set.

Scores, as the held-back political-news corpus reports them:
- ``direct``: our direct and mixed quotes against the gold direct and mixed ones; a pair
  matches when their words overlap with Dice >= 0.8 (one-to-one, best first), so a quote cut
  at a "?" or missing a paragraph still counts when most of it is there;
- ``direct_end_to_end``: matched and the speaker right: our ``speaker_text`` is the gold's
  as written or its full name, or our resolved entity carries the full name;
- ``all``: every gold attribution against our quotes plus our claims with a source; indirect
  ones match with Dice >= 0.6 (a reported clause's edges are loosely defined);
- ``not_quotes_taken``: how many gold titles/slogans/scare quotes we report as quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from factwire.evaluate.attribution import norm, parts_headline
from factwire.evaluate.scoring import prf
from factwire.model import Document

DIRECT_MATCH = 0.8
INDIRECT_MATCH = 0.6
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Attribution:
    """One attribution as a scorer sees it, ours or gold."""

    kind: str
    content: str
    speaker_text: str | None
    speaker_names: frozenset[str]  # normalised names the speaker is known by
    span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None


def _words(text: str) -> list[str]:
    return _WORD.findall(norm(text))


def dice(a: str, b: str) -> float:
    """Word-multiset overlap of two texts, 0..1."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    pool: dict[str, int] = {}
    for w in wb:
        pool[w] = pool.get(w, 0) + 1
    common = 0
    for w in wa:
        if pool.get(w, 0):
            pool[w] -= 1
            common += 1
    return 2 * common / (len(wa) + len(wb))


def gold_attributions(article: dict[str, Any]) -> list[Attribution]:
    out = []
    for item in article.get("attributions", []):
        names = {norm(item.get("speaker")), norm(item.get("speaker_text"))} - {""}
        out.append(Attribution(item.get("kind", "direct"), item["content"],
                               item.get("speaker_text"), frozenset(names)))
    return out


def _entity_names(doc: Document, entity_id: str | None) -> set[str]:
    entity = doc.entity(entity_id) if entity_id else None
    if entity is None:
        return set()
    return {norm(entity.name)} | {norm(m.text) for m in entity.mentions}


def our_attributions(doc: Document) -> list[Attribution]:
    """Our quotes (titles left out) and our claims that name a source, read as the set's
    annotators read quotes: the quoted words of a mixed quote (each stretch in marks inside
    the reported clause we give), and one item per speaker's turn in a paragraph ('"A," she
    said. "B."' is one quote)."""
    out: list[Attribution] = []
    for quote in doc.quotes:
        if quote.kind == "title":
            continue
        names = frozenset(_entity_names(doc, quote.speaker) | {norm(quote.speaker_text)}) - {""}
        if quote.kind == "mixed":
            for start, end in _quoted_stretches(doc.text, quote.span):
                out.append(Attribution("mixed", doc.text[start:end], quote.speaker_text, names,
                                       (start, end)))
            continue
        item = Attribution(quote.kind, quote.text, quote.speaker_text, names, tuple(quote.span),
                           quote.cue_span)
        last = out[-1] if out else None
        # (a quote with a frame of its own is another turn: '…," said X. Asked …, she said:')
        if last is not None and last.kind == item.kind == "direct" and last.span and \
                "\n" not in doc.text[last.span[1]:item.span[0]] and \
                item.cue_span in (None, last.cue_span) and \
                (last.speaker_names & item.speaker_names):
            last.content += " " + item.content
            last.span = (last.span[0], item.span[1])
            continue
        out.append(item)
    for claim in doc.claims:
        if claim.source_text or claim.source:
            names = _entity_names(doc, claim.source) | {norm(claim.source_text)}
            out.append(Attribution("claim", doc.text[claim.span[0]:claim.span[1]],
                                   claim.source_text, frozenset(names - {""}),
                                   tuple(claim.span)))
    return out


def _quoted_stretches(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The stretches between quotation marks inside a mixed quote's span, paired as the quote
    extractor pairs them; the whole span when it holds none (the quote is the stretch)."""
    from factwire.extract.quotes import find_segments

    inside = text[span[0]:span[1]]
    found = [(span[0] + s, span[0] + e) for seg in find_segments(inside) for s, e in seg.inner
             if inside[s:e].strip()]
    return found or [span]


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def speaker_right(ours: Attribution, gold: Attribution) -> bool:
    """Our speaker is the gold one: a name in common, or our words a part of the gold
    speaker's phrase as written ("Official figures" of "Official figures released last
    week"), as span-overlap scorers count it."""
    if not gold.speaker_names:
        return ours.speaker_text is None
    if ours.speaker_names & gold.speaker_names:
        return True
    written = norm(gold.speaker_text)
    mine = norm(ours.speaker_text)
    return bool(mine) and len(mine) > 3 and f" {mine} " in f" {written} "


def match(ours: list[Attribution], gold: list[Attribution],
          threshold: float) -> list[tuple[Attribution, Attribution]]:
    """One-to-one pairs (ours, gold) whose content overlaps at least ``threshold``, best
    overlap first."""
    # best overlap first; at equal overlap a quote before a claim over the same words, and
    # the text's order
    pairs = sorted((-dice(o.content, g.content), o.kind == "claim", i, j)
                   for i, o in enumerate(ours) for j, g in enumerate(gold))
    used_o: set[int] = set()
    used_g: set[int] = set()
    out = []
    for neg_score, _claim, i, j in pairs:
        score = -neg_score
        if score < threshold:
            break
        if i in used_o or j in used_g:
            continue
        used_o.add(i)
        used_g.add(j)
        out.append((ours[i], gold[j]))
    return out


def score_article(article: dict[str, Any], doc: Document) -> dict[str, Any]:
    """Counts for one article: predicted, gold, matched, matched with the right speaker, for
    direct quotes and for all attributions; plus the misses and extras, for reading."""
    gold = gold_attributions(article)
    ours = our_attributions(doc)
    gold_direct = [g for g in gold if g.kind in ("direct", "mixed")]
    our_direct = [o for o in ours if o.kind in ("direct", "mixed")]
    direct = match(our_direct, gold_direct, DIRECT_MATCH)
    # every attribution: direct pairs first, then indirect gold against what is left
    left_ours = [o for o in ours if all(o is not p[0] for p in direct)]
    gold_indirect = [g for g in gold if g.kind == "indirect"]
    indirect = match(left_ours, gold_indirect, INDIRECT_MATCH)
    every = direct + indirect
    # a sourced claim over one of our quotes is that attribution read twice: it counts when
    # it is the one that matched, and is no extra otherwise
    quotes = [o for o in ours if o.kind != "claim"]
    matched_ours = {id(o) for o, _ in every}
    predicted_all = len(quotes) + sum(
        1 for o in ours if o.kind == "claim"
        and (id(o) in matched_ours or not any(_overlap(o.span, q.span) for q in quotes)))
    not_quotes = {norm(t) for t in article.get("not_quotes", [])}
    matched_gold = {id(g) for _, g in every}
    return {
        "direct": [len(our_direct), len(gold_direct), len(direct),
                   sum(speaker_right(o, g) for o, g in direct)],
        "all": [predicted_all, len(gold), len(every),
                sum(speaker_right(o, g) for o, g in every)],
        "not_quotes_taken": sum(norm(o.content) in not_quotes for o in our_direct),
        "missed": [f"{g.kind}: {g.content[:70]}" for g in gold if id(g) not in matched_gold],
        "wrong_speaker": [f"{g.content[:50]} → {o.speaker_text!r} (want {g.speaker_text!r})"
                          for o, g in every if not speaker_right(o, g)],
        "extra_quotes": [o.content[:70] for o in our_direct
                         if all(o is not p[0] for p in direct)],
        "extra_claims": [f"{o.content[:70]} ← {o.speaker_text!r}" for o in ours
                         if o.kind in ("claim", "indirect") and id(o) not in matched_ours
                         and (o.kind == "indirect" or not any(_overlap(o.span, q.span)
                                                               for q in quotes))],
    }


def _analyse(articles: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], Document]]:
    from factwire.model import RawInput
    from factwire.pipeline import Pipeline

    pipeline = Pipeline()
    raws = [RawInput(name=str(a.get("id", i)), kind="text", content=a["text"],
                     published=a.get("published")) for i, a in enumerate(articles)]
    for article, doc in zip(articles, pipeline.process(raws), strict=True):
        if isinstance(doc, Document):
            yield article, doc


def _figures(counts: dict[str, list[int]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("direct", "all"):
        predicted, gold, matched, right = counts[name]
        content = prf(matched, predicted, gold, digits=3)
        end = prf(right, predicted, gold, digits=3)
        out[name] = {"predicted": predicted, "gold": gold, "content": content,
                     "end_to_end": end}
    out["not_quotes_taken"] = counts["not_quotes_taken"][0]
    return out


def evaluate(articles: list[dict[str, Any]]) -> dict[str, Any]:
    tallies: dict[str, dict[str, list[int]]] = {}
    details: dict[str, Any] = {}
    for article, doc in _analyse(articles):
        part = article.get("part", "dev")
        scored = score_article(article, doc)
        table = tallies.setdefault(part, {"direct": [0] * 4, "all": [0] * 4,
                                          "not_quotes_taken": [0]})
        for name in ("direct", "all"):
            table[name] = [a + b for a, b in zip(table[name], scored[name], strict=True)]
        table["not_quotes_taken"][0] += scored["not_quotes_taken"]
        details[str(article.get("id"))] = {k: scored[k] for k in (
            "missed", "wrong_speaker", "extra_quotes", "extra_claims")}
    result: dict[str, Any] = {"articles": len(articles)}
    for part, table in sorted(tallies.items()):
        result[part] = {"articles": sum(1 for a in articles if a.get("part", "dev") == part),
                        **_figures(table)}
    result["details"] = details
    return result


def headline(result: dict[str, Any]) -> str:
    def describe(r: dict[str, Any]) -> str:
        return (f"(articles={r['articles']}): direct content F1="
                f"{r['direct']['content']['f1']:.3f} end-to-end F1="
                f"{r['direct']['end_to_end']['f1']:.3f}; all attributions end-to-end F1="
                f"{r['all']['end_to_end']['f1']:.3f}; titles taken as quotes="
                f"{r['not_quotes_taken']}")

    return parts_headline("attribution articles", result, describe)
