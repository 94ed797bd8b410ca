"""Attribution against a hand-written JSONL case set (tests/fixtures/attribution_set/).

Each line is one short text with one expected attribution: a quote (its content as written
between the marks, or an indirect quote's reported clause), its ``speaker_text``, ``cue``,
``kind`` (direct / indirect / mixed / title) and ``medium``; or a claim (``claim``: text the
claim's span must contain, most tightly) with its ``status`` and ``source_text``. A null
``speaker_text`` / ``source_text`` means "no speaker / no source". ``part`` is "dev" or
"heldout"; both parts are scored separately, so rules written against the dev part show how
well they carry over. The format is described in that folder's README.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from factwire.evaluate.scoring import ratio
from factwire.model import Claim, Document, FactwireError, Quote, document_id

_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019'`"
FIELDS = ("quote", "speaker", "cue", "end_to_end", "medium", "title", "entity", "claim_status",
          "claim_source", "claim_cue")


def read_cases(data: Path) -> list[dict[str, Any]]:
    """Every case of every ``*.jsonl`` file under ``data`` (a file or a folder)."""
    files = [data] if data.is_file() else sorted(data.glob("*.jsonl"))
    if not files:
        raise FactwireError(str(data), "no .jsonl attribution case file found", "evaluate")
    cases = []
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
            except json.JSONDecodeError as err:
                raise FactwireError(f"{path}:{n}", f"not a JSON line: {err}", "evaluate") from err
            if not isinstance(case, dict) or "text" not in case:
                raise FactwireError(f"{path}:{n}", "a case needs a 'text' field", "evaluate")
            cases.append(case)
    return cases


def norm(text: str | None) -> str:
    """Compare texts without quote marks, edge punctuation, case or spacing."""
    if text is None:
        return ""
    text = "".join(" " if c in _MARKS and not _apostrophe(text, i) else c
                   for i, c in enumerate(text))
    return " ".join(text.split()).strip(" ,.;:—–-").lower()


def _apostrophe(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def _analyse(cases: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], Document]]:
    from factwire import nlp
    from factwire.extract import actors, claims, quotes

    texts = [c["text"] for c in cases]
    for case, parsed in zip(cases, nlp.parse_many(texts), strict=True):
        doc = Document(id=document_id(case["text"]), text=case["text"], language="en")
        doc.sentences = [(s.start_char, s.end_char) for s in parsed.sents]
        doc.entities = actors.find_entities(doc, parsed)
        doc.quotes = quotes.find_quotes(doc, parsed)
        doc.claims = claims.find_claims(doc, parsed)
        yield case, doc


def _our_quote(doc: Document, want: str) -> Quote | None:
    matching = [q for q in doc.quotes if norm(q.text) == want]
    return matching[0] if matching else None


def _our_claim(doc: Document, want: str) -> Claim | None:
    inside = [c for c in doc.claims if want in norm(doc.text[c.span[0]:c.span[1]])]
    return min(inside, key=lambda c: c.span[1] - c.span[0], default=None)


def score_case(case: dict[str, Any], doc: Document) -> dict[str, bool]:
    """The checked fields of one case, each right or wrong."""
    got: dict[str, bool] = {}
    if case.get("quote") is not None:
        want = norm(case["quote"])
        quote = _our_quote(doc, want)
        if case.get("kind") == "title":
            got["title"] = quote is not None and quote.kind == "title"
        else:
            got["quote"] = quote is not None and (
                "kind" not in case or quote.kind == case["kind"])
            speaker = norm(quote.speaker_text) if quote else None
            got["speaker"] = quote is not None and speaker == norm(case.get("speaker_text"))
            got["end_to_end"] = got["quote"] and got["speaker"]
            if case.get("cue"):
                got["cue"] = quote is not None and norm(quote.cue) == norm(case["cue"])
            if case.get("medium"):
                got["medium"] = quote is not None and norm(quote.medium) == norm(case["medium"])
            if case.get("speaker_entity"):
                ent = doc.entity(quote.speaker) if quote else None
                names = {norm(ent.name)} | {norm(m.text) for m in ent.mentions} if ent else set()
                got["entity"] = norm(case["speaker_entity"]) in " | ".join(names)
    if case.get("claim") is not None:
        claim = _our_claim(doc, norm(case["claim"]))
        if "status" in case:
            got["claim_status"] = claim is not None and claim.status == case["status"]
        if "source_text" in case:
            got["claim_source"] = claim is not None and (
                norm(claim.source_text) == norm(case["source_text"]))
        if case.get("cue"):
            got["claim_cue"] = claim is not None and claim.cue is not None and (
                norm(claim.cue) == norm(case["cue"]) and claim.cue_span is not None
                and doc.text[claim.cue_span[0]:claim.cue_span[1]] == claim.cue)
    return got


def evaluate(data: Path, *, limit: int | None = None) -> dict[str, Any]:
    return evaluate_cases(read_cases(Path(data))[:limit])


def evaluate_cases(cases: list[dict[str, Any]]) -> dict[str, Any]:
    """The case set's figures, dev and heldout parts apart."""
    tallies: dict[str, dict[str, list[int]]] = {}
    failures: dict[str, list[str]] = {}
    for case, doc in _analyse(cases):
        part = case.get("part", "dev")
        table = tallies.setdefault(part, {})
        for name, ok in score_case(case, doc).items():
            right_total = table.setdefault(name, [0, 0])
            right_total[0] += ok
            right_total[1] += 1
            if not ok:
                failures.setdefault(part, []).append(f"{case.get('id', '?')}:{name}")
    result: dict[str, Any] = {"n": len(cases)}
    for part, table in sorted(tallies.items()):
        right = sum(v[0] for v in table.values())
        total = sum(v[1] for v in table.values())
        result[part] = {
            "cases": sum(1 for c in cases if c.get("part", "dev") == part),
            "all": ratio(right, total, 3),
            **{name: {"accuracy": ratio(*table[name], 3), "n": table[name][1]}
               for name in FIELDS if name in table},
        }
    result["failures"] = failures
    return result


def headline(result: dict[str, Any]) -> str:
    def describe(r: dict[str, Any]) -> str:
        figures = " ".join(f"{k}={r[k]['accuracy']:.3f}" for k in FIELDS if k in r)
        return f"(n={r['cases']}): all={r['all']:.3f} {figures}"

    return parts_headline("attribution set", result, describe)


def parts_headline(title: str, result: dict[str, Any],
                   describe: Callable[[dict[str, Any]], str]) -> str:
    """One line for a result scored in dev and heldout parts: ``title: dev… | heldout…``."""
    return f"{title}: " + " | ".join(f"{part}{describe(result[part])}"
                                     for part in ("dev", "heldout") if part in result)
