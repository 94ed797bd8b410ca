"""Score held-out family cases: stop 34's (``tests/fixtures/event_family_cases_heldout.jsonl``,
72 sentences a helper wrote blind, after the rules, for the 24 families of the stop's rules;
the default) or stop 35's (``tests/fixtures/event_family_cases_heldout_s35.jsonl``, the same way).
Prints totals and per-family counts only, never the texts: keep them unread.

    python bench/family_cases.py [CASES.jsonl]

Each line is ``{"id", "family", "text", "expect"}``; ``expect`` is "no_event", or one of
``{"type"[, "actor_country", "recipient_country", "mode", "context"]}``, ``{"not_type"}``,
``{"entity"[, "country", "sector"]}``, ``{"same_entity": [a, b]}``, ``{"no_entity"}`` (no
mention reads it), ``{"no_entity_within"}`` (no mention contains it), ``{"not_actor_text"}``.
A case may carry ``"part"`` ("dev" or "heldout"): the counts are then given for each part.
A mention given in the file matches an entity mention of the same text, else (for ``entity``
and ``same_entity``) one that contains it or is contained in it, articles aside.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from factwire.model import Document
from factwire.pipeline import extract

DEFAULT = Path(__file__).parent.parent / "tests/fixtures/event_family_cases_heldout.jsonl"


def _norm(text: str) -> str:
    return text.lower().strip().removeprefix("the ").strip()


def _entity(doc: Document, text: str, loose: bool = False):
    """The entity with a mention of this text (loosely: containing it or contained in it)."""
    for e in doc.entities:
        if any(m.text == text for m in e.mentions):
            return e
    if loose:
        for e in doc.entities:
            if any(_norm(m.text) and (_norm(m.text) in _norm(text) or _norm(text) in
                                      _norm(m.text)) for m in e.mentions):
                return e
    return None


def passes(doc: Document, expect) -> bool:
    """Does the document meet the case's expectation?"""
    ents = {e.id: e for e in doc.entities}

    def countries(ids):
        return {ents[i].country for i in ids if i in ents}

    if expect == "no_event":
        return not doc.events
    if "not_type" in expect:
        return not [e for e in doc.events if e.type == expect["not_type"]]
    if "type" in expect:
        return any(e.type == expect["type"]
                   and expect.get("actor_country") in countries(e.actor) | {None}
                   and expect.get("recipient_country") in countries(e.recipient) | {None}
                   and expect.get("mode") in {e.mode, None}
                   and expect.get("context") in set(e.context) | {None}
                   for e in doc.events)
    if "entity" in expect:
        found = _entity(doc, expect["entity"], loose=True)
        return found is not None and all(getattr(found, key) == expect[key]
                                         for key in ("country", "sector") if key in expect)
    if "same_entity" in expect:
        a, b = (_entity(doc, t, loose=True) for t in expect["same_entity"])
        return a is not None and a is b
    if "no_entity" in expect:
        return _entity(doc, expect["no_entity"]) is None
    if "no_entity_within" in expect:
        return not any(expect["no_entity_within"] in m.text for e in doc.entities
                       for m in e.mentions)
    if "not_actor_text" in expect:
        return bool(doc.events) and not any(
            expect["not_actor_text"] in ents[i].name
            for e in doc.events for i in e.actor if i in ents)
    return False


def main(path: Path) -> None:
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    passed, total = Counter(), Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            source = Path(tmp) / f"{case['id']}.txt"
            source.write_text(case["text"] + "\n", encoding="utf-8")
            doc = extract(str(source), published="2024-05-01")
            ok = passes(doc, case["expect"])
            for key in (case["family"], f"{case['family']}/{case.get('part')}",
                        f"part:{case.get('part')}"):
                total[key] += 1
                passed[key] += ok
    parts = sorted(k for k in total if k.startswith("part:") and k != "part:None")
    families = sorted(k for k in total if "/" not in k and not k.startswith("part:"))
    print(f"held-out family cases: {sum(passed[k] for k in families)}/"
          f"{sum(total[k] for k in families)} pass" + "".join(
              f"; {k[5:]} {passed[k]}/{total[k]}" for k in parts))
    print(" ".join(f"{k}:{passed[k]}/{total[k]}" + "".join(
        f" ({p[5:]} {passed[f'{k}/{p[5:]}']}/{total[f'{k}/{p[5:]}']})" for p in parts)
        for k in families))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
