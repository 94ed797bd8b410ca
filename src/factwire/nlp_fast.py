"""A faster parse for event extraction: the statistical pipeline only where an event can be.

An event, a quote or a claim needs a word that can trigger it: an event verb or noun from the
events lexicon, a speech verb, a claim cue ("reportedly", "according to"), or a quotation mark.
Most sentences of a news page hold none of them. ``parse_many`` therefore

1. tokenises the whole text and splits it into sentences by rule (``Sentencizer`` plus
   paragraph breaks) — both cheap;
2. marks a sentence as a *candidate* when one of its words can be a form of a lexicon lemma:
   every lemma spaCy's own rule lemmatizer could give the word as a verb or a noun (its
   exception tables and suffix rules, so "sent" → send, "talks" → talk) is looked up in the
   lemma set built from ``extract/data/`` — no tagger needed, and a word is never missed for
   want of a tag;
3. runs the full model (tok2vec, tagger, parser, attribute ruler, lemmatizer, NER) over the
   candidate sentences only, batched with ``nlp.pipe``; the other sentences get tags, POS and
   lemmas (the matchers of the time, quantity and actor extractors need them) but no parse,
   and entities only with ``ner_everywhere``;
4. joins everything back into one ``Doc`` with ``Doc.from_docs``: same tokens, same text,
   character offsets unchanged. A non-candidate sentence keeps its rule boundary; its first
   token is marked as the sentence root (head of itself) and its other tokens carry no head
   — spaCy's "missing annotation", not a guessed parse.

The extractors run unchanged on the result. What is lost lies only in sentences with no
trigger, speech verb, claim cue or quotation mark: their dependency parse, their names
(unless ``ner_everywhere``), and any quote or claim the lexicons do not name.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator
from importlib import resources

import numpy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from factwire import nlp

BATCH_SIZE = 64  # sentences per nlp.pipe batch


def _data(name: str) -> dict:
    return json.loads((resources.files("factwire") / "extract" / "data" / name).read_text())


def _words(value: object) -> set[str]:
    """Every string in a lexicon value (lists, dict keys and values), lower-cased."""
    if isinstance(value, str):
        return {value.lower()}
    if isinstance(value, dict):
        return {w for k, v in value.items() if not str(k).startswith("_")
                for w in _words(k) | _words(v)}
    if isinstance(value, list):
        return {w for v in value for w in _words(v)}
    return set()


@functools.cache
def candidate_lemmas() -> frozenset[str]:
    """Lemmas that make a sentence worth parsing: event triggers, speech verbs, claim cues."""
    events = _data("events_lexicon.json")
    quotes = _data("quote_cues.json")
    claims = _data("claim_cues.json")
    lemmas = {t["lemma"].lower() for t in events["triggers"]}
    for key in ("speech_verbs", "indirect_speech_verbs", "tell_verbs"):
        lemmas |= _words(quotes.get(key, []))
    for key in ("governing_verbs", "passive_report_verbs", "adverbs", "noun_governors"):
        lemmas |= set(_words(list(claims.get(key, {}))))
    lemmas |= {phrase.split()[0] for phrase in claims.get("source_prepositions", {})}
    return frozenset(w for w in lemmas if " " not in w)


@functools.cache
def quote_marks() -> frozenset[str]:
    marks = _data("quote_cues.json").get("quote_marks", {})
    return frozenset(_words(marks))


class CandidateFilter:
    """Whether a word form can be a form of a lexicon lemma, using spaCy's lemma tables."""

    def __init__(self, model: Language, lemmas: frozenset[str]):
        lookups = model.get_pipe("lemmatizer").lookups
        self.rules = lookups.get_table("lemma_rules")
        self.exc = lookups.get_table("lemma_exc")
        self.lemmas = lemmas
        self._seen: dict[str, bool] = {}

    def possible_lemmas(self, form: str) -> set[str]:
        out = {form}
        for pos in ("verb", "noun", "adv"):
            out.update(self.exc.get(pos, {}).get(form, ()))
            for old, new in self.rules.get(pos, ()):
                if form.endswith(old) and len(form) > len(old):
                    out.add(form[: len(form) - len(old)] + new)
        return out

    def is_trigger(self, form: str) -> bool:
        hit = self._seen.get(form)
        if hit is None:
            hit = self._seen[form] = bool(self.possible_lemmas(form) & self.lemmas)
        return hit

    def is_candidate(self, sent: Span) -> bool:
        marks = quote_marks()
        return any(self.is_trigger(t.lower_) or t.text in marks for t in sent)


@functools.cache
def _filter() -> CandidateFilter:
    return CandidateFilter(nlp.load(), candidate_lemmas())


@functools.cache
def _sentencizer() -> Sentencizer:
    return Sentencizer()


def split_sentences(doc: Doc) -> Doc:
    """Rule sentence boundaries: end punctuation, and every line break starts a sentence."""
    _sentencizer()(doc)
    for token in doc[1:]:
        if token.is_space:  # whitespace closes the sentence before it, as the parser does
            token.is_sent_start = False
            if "\n" in token.text and token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = True
    return doc


def _sentence_doc(span: Span) -> Doc:
    """A sentence as a Doc of the same tokens (``Span.as_doc`` copies the whole parent's
    arrays on every call, which is quadratic over a long page)."""
    return Doc(span.doc.vocab, words=[t.text for t in span],
               spaces=[bool(t.whitespace_) for t in span])


def _unparsed(span: Span) -> Doc:
    """A sentence kept as tokens only; its first token roots it so the boundary survives."""
    sent = _sentence_doc(span)
    sent[0].dep_ = "ROOT"
    return sent


def _no_tensor(doc: Doc) -> Doc:
    doc.tensor = numpy.zeros((0,), dtype="float32")  # from_docs cannot join mixed tensors
    return doc


# What runs outside candidate sentences: tags, POS and lemmas always (the time, quantity and
# actor matchers read them), entities only with ``ner_everywhere``. Never the parser.
TAGGING = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")


def _run(model: Language, names: Iterable[str], docs: Iterable[Doc], batch_size: int,
         ) -> Iterator[Doc]:
    for name in names:
        docs = model.get_pipe(name).pipe(docs, batch_size=batch_size)
    return iter(docs)


def parse_many(texts: Iterable[str], *, ner_everywhere: bool = False,
               batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts like ``nlp.parse_many``, running the parser (and, unless
    ``ner_everywhere``, the NER) only over candidate sentences."""
    model = nlp.load()
    keep = _filter()
    outside = (*TAGGING, "ner") if ner_everywhere else TAGGING
    for text in texts:
        doc = split_sentences(model.make_doc(text))
        sents = list(doc.sents)
        flags = [keep.is_candidate(s) for s in sents]
        parsed = model.pipe((_sentence_doc(s) for s, f in zip(sents, flags, strict=True) if f),
                            batch_size=batch_size)
        others = _run(model, outside,
                      (_unparsed(s) for s, f in zip(sents, flags, strict=True) if not f),
                      batch_size)
        parts = [_no_tensor(next(parsed) if f else next(others)) for f in flags]
        yield Doc.from_docs(parts, ensure_whitespace=False) if parts else doc


def candidate_share(texts: Iterable[str]) -> tuple[int, int, int, int]:
    """(candidate sentences, sentences, candidate tokens, tokens) over some texts."""
    model, keep = nlp.load(), _filter()
    counts = [0, 0, 0, 0]
    for text in texts:
        for sent in split_sentences(model.make_doc(text)).sents:
            hit = keep.is_candidate(sent)
            counts[0] += hit
            counts[1] += 1
            counts[2] += len(sent) if hit else 0
            counts[3] += len(sent)
    return tuple(counts)
