"""Where one process spends its CPU time: read, clean, spaCy, each extractor, serialisation.

    python bench/stages.py [--pages 25] [--corpus DIR] [--json OUT]

Runs the stages one after the other over the first N pages of the corpus (one process, no
workers) and prints CPU seconds per stage and its share of the total.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from factwire import nlp
from factwire.benchmark import corpus_files, default_corpus, unpacked
from factwire.extract import actors, claims, events, quantities, quotes, times
from factwire.model import Document
from factwire.pipeline import Pipeline

EXTRACTORS = [  # in the order extract.annotate runs them
    ("actors", actors.find_entities, "entities"),
    ("times", times.find_times, "times"),
    ("quantities", quantities.find_quantities, "quantities"),
    ("quotes", quotes.find_quotes, "quotes"),
    ("claims", claims.find_claims, "claims"),
    ("events", events.find_events, "events"),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=25)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    cpu: dict[str, float] = {}

    def timed(stage: str, work):
        started = time.process_time()
        out = work()
        cpu[stage] = cpu.get(stage, 0.0) + time.process_time() - started
        return out

    list(nlp.load().pipe(["Warm up."]))
    pipeline = Pipeline(with_nlp=False)
    files = corpus_files(args.corpus or default_corpus())[: args.pages]
    with unpacked(files) as pages:
        raws = timed("read", lambda: list(pipeline.read([str(p) for p in pages])))
        docs = timed("clean", lambda: [d for d in pipeline.clean(raws)
                                       if isinstance(d, Document)])
    parsed = timed("spacy", lambda: list(nlp.parse_many([d.text for d in docs])))
    for doc, parse in zip(docs, parsed, strict=True):
        doc.sentences = [(s.start_char, s.end_char) for s in parse.sents]
        for name, find, field in EXTRACTORS:
            setattr(doc, field, timed(name, lambda f=find, d=doc, p=parse: f(d, p)))
    timed("to/from dict", lambda: [Document.from_dict(d.to_dict()) for d in docs])
    total = sum(cpu.values())
    report = {"pages": len(docs), "cpu_s": {k: round(v, 2) for k, v in cpu.items()},
              "share": {k: round(v / total, 3) for k, v in cpu.items()},
              "total_cpu_s": round(total, 2)}
    for stage, seconds in cpu.items():
        print(f"{stage:>14} {seconds:7.2f} s  {seconds / total:6.1%}")
    print(f"{'total':>14} {total:7.2f} s  ({len(docs)} pages)")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
