"""Does parsing only candidate sentences (factwire.nlp_fast) keep what the extractors find?

Cleans N pages of a corpus once, then for each parse mode (the standard ``nlp.parse_many``,
``nlp_fast`` with tokens only outside candidate sentences, and ``nlp_fast`` with NER
everywhere) measures the parse CPU time and runs the same extractors, and compares events,
quotes, claims and entity names against the standard parse. Usage:

    python bench/fast_parse.py [--pages 40] [--corpus DIR] [--json OUT] [--repeat 2] [--show]
"""

from __future__ import annotations

import argparse
import copy
import json
import time
from pathlib import Path

from factwire import nlp, nlp_fast
from factwire.benchmark import corpus_files, default_corpus, unpacked
from factwire.extract import annotate
from factwire.model import Document
from factwire.pipeline import Pipeline

MODES = {
    "standard": lambda texts: nlp.parse_many(texts),
    "fast": lambda texts: nlp_fast.parse_many(texts),
    "fast+ner": lambda texts: nlp_fast.parse_many(texts, ner_everywhere=True),
}


def facts(doc: Document) -> dict[str, set]:
    return {
        "events": {(e.type, e.trigger.span, tuple(sorted(doc.entity(a).name for a in e.actor
                                                         if doc.entity(a))))
                   for e in doc.events},
        "quotes": {(q.span, q.speaker_text) for q in doc.quotes},
        "claims": {(c.span, c.status) for c in doc.claims},
        "cued_claims": {(c.span, c.status) for c in doc.claims if c.status != "asserted"},
        "entities": {(e.name, e.country) for e in doc.entities},
    }


def agreement(gold: set, found: set) -> tuple[int, int, int]:
    return len(gold & found), len(gold), len(found)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--show", action="store_true", help="print the events that differ")
    args = parser.parse_args()
    files = corpus_files(args.corpus or default_corpus())[: args.pages]
    with unpacked(files) as pages:
        docs = [d for d in Pipeline(with_nlp=False).run([str(p) for p in pages])
                if isinstance(d, Document)]
    texts = [d.text for d in docs]
    list(nlp.parse_many(texts[:2]))  # load and warm up both paths
    list(nlp_fast.parse_many(texts[:2]))
    sents, total_sents, toks, total_toks = nlp_fast.candidate_share(texts)
    report = {"pages": len(docs), "words": sum(len(t.split()) for t in texts),
              "candidate_sentences": round(sents / total_sents, 3),
              "candidate_tokens": round(toks / total_toks, 3), "modes": {}}
    # CPU time of each parse, modes interleaved and repeated, best kept: the machine is shared
    cpu = {mode: float("inf") for mode in MODES}
    for _ in range(args.repeat):
        for mode, parse in MODES.items():
            started = time.process_time()
            list(parse(texts))
            cpu[mode] = min(cpu[mode], time.process_time() - started)
    baseline: list[dict[str, set]] = []
    for mode, parse in MODES.items():
        parsed = list(parse(texts))
        seconds = cpu[mode]
        found = [facts(annotate(copy.deepcopy(d), p)) for d, p in zip(docs, parsed, strict=True)]
        if mode == "standard":
            baseline = found
        row = {"parse_cpu_s": round(seconds, 2)}
        for key in ("events", "quotes", "claims", "cued_claims", "entities"):
            pairs = [agreement(b[key], f[key]) for b, f in zip(baseline, found, strict=True)]
            same, base, got = (sum(p[i] for p in pairs) for i in range(3))
            row[key] = {"standard": base, "found": got, "same": same,
                        "recall": round(same / base, 3) if base else None}
        report["modes"][mode] = row
        if args.show and mode != "standard":
            for i, (b, f) in enumerate(zip(baseline, found, strict=True)):
                for lost in sorted(b["events"] - f["events"], key=repr):
                    print(f"  {mode} page {i} lost  {lost}")
                for new in sorted(f["events"] - b["events"], key=repr):
                    print(f"  {mode} page {i} added {new}")
        print(mode, json.dumps(row), flush=True)
    std = report["modes"]["standard"]["parse_cpu_s"]
    for row in report["modes"].values():
        row["speedup"] = round(std / row["parse_cpu_s"], 2)
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
