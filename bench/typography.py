"""Does typography change what factwire reads? Each page's clean text and the same text with
its typeset apostrophes (U+2019, U+2018, U+02BC) made straight go through the extractors; the
pages whose entities (name, kind, country, sector) or quotes (text, speaker as written) differ,
compared with their apostrophes made straight, are listed.

    python bench/typography.py [--corpus DIR] [--pages N]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from factwire import nlp
from factwire.benchmark import corpus_files, default_corpus, unpacked
from factwire.extract import annotate
from factwire.model import Document
from factwire.pipeline import Pipeline

STRAIGHT = nlp.TYPESET_APOSTROPHES  # the spellings the models are told to read as straight


def readings(doc: Document) -> tuple[set, set]:
    """What the extractors read from a document, its apostrophes made straight."""
    fresh = Document(id=doc.id, text=doc.text, title=doc.title, published=doc.published)
    annotate(fresh, nlp.parse(fresh.text))
    entities = {(e.name.translate(STRAIGHT), e.kind, e.country, e.sector)
                for e in fresh.entities}
    quotes = {(q.text.translate(STRAIGHT), (q.speaker_text or "").translate(STRAIGHT))
              for q in fresh.quotes}
    return entities, quotes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--pages", type=int, default=None)
    args = parser.parse_args()
    pipeline = Pipeline(with_nlp=False)
    files = corpus_files(args.corpus or default_corpus())[: args.pages]
    with unpacked(files) as pages:
        docs = [d for d in pipeline.clean(pipeline.read([str(p) for p in pages]))
                if isinstance(d, Document)]
    typeset = differing = 0
    for doc in docs:
        if doc.text == doc.text.translate(STRAIGHT):
            continue
        typeset += 1
        straight = Document(id=doc.id, text=doc.text.translate(STRAIGHT), title=doc.title,
                            published=doc.published)
        (e1, q1), (e2, q2) = readings(doc), readings(straight)
        if (e1, q1) != (e2, q2):
            differing += 1
            print(f"{doc.id[:12]}: entities {len(e1 ^ e2)}, quotes {len(q1 ^ q2)} differ")
    print(f"typography: pages_with_typeset_apostrophes={typeset} differing={differing}")


if __name__ == "__main__":
    main()
