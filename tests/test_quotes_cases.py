"""The hand-checked attribution set (tests/fixtures/attribution_cases.json, written by the
issue-4 owner): every quote and claim pattern of the issue, with expected speaker, cue,
medium, status and source. Run this file directly to print field-level accuracy."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factwire.extract.claims import find_claims
from factwire.extract.quotes import find_quotes
from factwire.model import Document, Entity, Mention, document_id

CASES_PATH = Path(__file__).parent / "fixtures" / "attribution_cases.json"
CASES = json.loads(CASES_PATH.read_text(encoding="utf-8"))["cases"]


def build(case: dict, nlp) -> Document:
    """A Document with the case's hand-given entities, quotes and claims extracted."""
    text = case["text"]
    entities = []
    for n, spec in enumerate(case["entities"], 1):
        mentions = [Mention((m.start(), m.end()), m.group())
                    for form in spec["forms"]
                    for m in re.finditer(r"\b" + re.escape(form) + r"\b", text)]
        entities.append(Entity(f"e{n}", spec["name"], spec["kind"], mentions=mentions))
    doc = Document(id=document_id(text), text=text, entities=entities)
    parsed = nlp(text)
    doc.sentences = [(s.start_char, s.end_char) for s in parsed.sents]
    doc.quotes = find_quotes(doc, parsed)
    doc.claims = find_claims(doc, parsed)
    return doc


def _flat(text: str) -> str:
    return " ".join(re.sub(r"[\u201c\u201d\"]", "", text).split())


def check(doc: Document, case: dict) -> list[tuple[str, bool, str]]:
    """(field, ok, detail) for every expectation of the case."""
    results = []
    for kind in ("quotes", "claims"):
        records = doc.quotes if kind == "quotes" else doc.claims
        def text_of(r, kind=kind):
            return _flat(r.text if kind == "quotes" else doc.text[r.span[0]:r.span[1]])

        for want in case.get(kind, []):
            found = [r for r in records if _flat(want["contains"]) in text_of(r)]
            label = f"{case['id']}/{kind}[{want['contains'][:25]}]"
            if not found:
                results.append((f"{kind}.found", False, f"{label}: nothing contains it"))
                continue
            rec = min(found, key=lambda r: r.span[1] - r.span[0])
            results.append((f"{kind}.found", True, label))
            for key, value in want.items():
                if key == "contains":
                    continue
                if key == "not_contains":
                    ok = _flat(value) not in text_of(rec)
                elif key == "span_text":
                    ok = doc.text[rec.span[0]:rec.span[1]] == value
                elif key in ("speaker", "source"):
                    ent = doc.entity(getattr(rec, key))
                    ok = ent is not None and ent.name == value
                else:
                    ok = getattr(rec, key) == value
                got = getattr(rec, key, None)
                results.append((f"{kind}.{key}", ok, f"{label}.{key}: want {value!r} got {got!r}"))
    if "quote_count" in case:
        ok = len(doc.quotes) == case["quote_count"]
        results.append(("quotes.count", ok, f"{case['id']}: {len(doc.quotes)} quotes"))
    return results


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case, nlp):
    doc = build(case, nlp)
    failed = [detail for _, ok, detail in check(doc, case) if not ok]
    assert not failed, failed


BLIND = json.loads(CASES_PATH.read_text(encoding="utf-8")).get("blind_cases", [])


def field_accuracy(cases: list[dict], nlp) -> tuple[int, int, list[str]]:
    """(right, checked, failure details) over every expectation of these cases."""
    right = checked = 0
    failures = []
    for case in cases:
        for _, ok, detail in check(build(case, nlp), case):
            checked += 1
            right += ok
            if not ok:
                failures.append(detail)
    return right, checked, failures


def test_blind_cases_floor(nlp):
    """Cases written before running the extractor on them: a floor, not per-case asserts."""
    right, checked, failures = field_accuracy(BLIND, nlp)
    assert checked > 30
    assert right / checked >= 0.8, failures


def main() -> None:  # pragma: no cover - a report, not a test
    from collections import Counter

    from factwire import nlp as nlp_module

    nlp = nlp_module.load()
    total, good = Counter(), Counter()
    right, checked, failures = field_accuracy(BLIND, nlp)
    print(f"blind cases: {right}/{checked} = {right / checked:.3f}")
    for detail in failures:
        print("BLIND FAIL", detail)
    for case in CASES:
        for field, ok, detail in check(build(case, nlp), case):
            total[field] += 1
            good[field] += ok
            if not ok:
                print("FAIL", detail)
    for field in sorted(total):
        print(f"{field:22s} {good[field]:3d}/{total[field]:3d} = {good[field] / total[field]:.3f}")
    print(f"{'all':22s} {sum(good.values()):3d}/{sum(total.values()):3d} = "
          f"{sum(good.values()) / sum(total.values()):.3f}")


if __name__ == "__main__":
    main()
