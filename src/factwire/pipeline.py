"""The whole pipeline in one direction: ingest → clean → nlp → extract.

``Pipeline.run`` is what ``factwire ingest`` and the workers call; ``extract`` is the
one-document convenience behind ``factwire extract``.

Every per-input step is its own isolation boundary: whatever one input raises in clean, nlp
or extract becomes an ``InputError`` for that input (named as ingest named it, with the stage)
and the batch goes on. When spaCy fails on a batch, its texts are parsed again one at a time so
that only the text that fails is reported.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from factwire.model import Document, FactwireError, InputError, RawInput

Named = tuple[str, Document | InputError]  # the input's name and what it became


def _failure(name: str, err: Exception, stage: str) -> InputError:
    if isinstance(err, FactwireError):  # its own stage, unless it kept the default
        return InputError(name, err.reason, stage if err.stage == "ingest" else err.stage)
    return InputError(name, f"{type(err).__name__}: {err}", stage)


@dataclass
class Pipeline:
    """Settings for a run; ``run`` yields a Document or an InputError for every input found."""

    published: str | None = None
    allow_private: bool = False
    batch_size: int = 16
    with_nlp: bool = True

    def read(self, sources: Iterable[str]) -> Iterator[RawInput | InputError]:
        from factwire.ingest import iter_inputs

        yield from iter_inputs(
            list(sources), published=self.published, allow_private=self.allow_private
        )

    def clean(self, items: Iterable[RawInput | InputError]) -> Iterator[Document | InputError]:
        for _, item in self._clean(items):
            yield item

    def _clean(self, items: Iterable[RawInput | InputError]) -> Iterator[Named]:
        from factwire.clean import clean

        for item in items:
            if isinstance(item, InputError):
                yield item.input, item
                continue
            try:
                yield item.name, clean(item)
            except Exception as err:  # one bad page must not stop a batch
                yield item.name, _failure(item.name, err, "clean")

    def analyse(self, docs: Iterable[Document | InputError]) -> Iterator[Document | InputError]:
        """Parse clean documents in batches and run the extractors; errors pass through."""
        named = ((d.input if isinstance(d, InputError) else _doc_name(d), d) for d in docs)
        for _, item in self._analyse(named):
            yield item

    def _analyse(self, items: Iterable[Named]) -> Iterator[Named]:
        from factwire import nlp
        from factwire.extract import annotate

        it = iter(items)
        while batch := list(itertools.islice(it, self.batch_size)):
            results: list[Named] = []
            for name, item in batch:
                if isinstance(item, Document) and (why := nlp.too_long(item.text)):
                    item = InputError(name, why, "nlp")
                results.append((name, item))
            good = [d for _, d in results if isinstance(d, Document)]
            parsed = dict(zip(map(id, good), _parse_each([d.text for d in good]), strict=True))
            for name, item in results:
                if isinstance(item, Document):
                    doc = parsed[id(item)]
                    if isinstance(doc, Exception):
                        item = _failure(name, doc, "nlp")
                    else:
                        try:
                            item = annotate(item, doc)
                        except Exception as err:
                            item = _failure(name, err, "extract")
                yield name, item

    def run(self, sources: Iterable[str]) -> Iterator[Document | InputError]:
        return self.process(self.read(sources))

    def process(self, raws: Iterable[RawInput | InputError]) -> Iterator[Document | InputError]:
        """Run clean + nlp + extract over inputs already read (feeds, API posts, workers);
        read errors pass through."""
        for _, item in self.process_named(raws):
            yield item

    def process_named(self, raws: Iterable[RawInput | InputError]) -> Iterator[Named]:
        """``process``, each result with the name of the input it came from."""
        cleaned = self._clean(raws)
        return self._analyse(cleaned) if self.with_nlp else cleaned


def _doc_name(doc: Document) -> str:
    return doc.source.path or doc.source.url or doc.id


def _parse_each(texts: list[str]) -> list:
    """One spaCy Doc per text, or the exception parsing that text raised."""
    from factwire import nlp

    try:
        return list(nlp.parse_many(texts))
    except Exception:  # find the text that fails; the others are parsed alone
        out: list = []
        for text in texts:
            try:
                out.append(nlp.parse(text))
            except Exception as err:
                out.append(err)
        return out


@dataclass
class Extracted:
    """What ``factwire extract`` found in one source: the document it took, and notes on the
    others (a JSONL file or a feed holds many; bad lines or items are reported, not hidden)."""

    document: Document
    name: str
    notes: list[str] = field(default_factory=list)


def extract_one(source: str, published: str | None = None, *, allow_private: bool = False,
                with_nlp: bool = True) -> Extracted:
    """The first document of one input (path, URL or ``-``), with notes on the rest of it;
    raises FactwireError naming the input when it holds no document."""
    pipeline = Pipeline(published=published, allow_private=allow_private, with_nlp=with_nlp)
    errors: list[InputError] = []
    taken: Named | None = None
    others = 0
    for item in pipeline.read([source]):  # read everything: bad lines after the first count
        if isinstance(item, InputError):
            errors.append(item)
        elif taken is None:
            taken = next(pipeline.process_named([item]))
            if isinstance(taken[1], InputError):
                errors.append(taken[1])
                taken = None
        else:
            others += 1
    if taken is None:
        if len(errors) == 1:
            raise FactwireError(errors[0].input, errors[0].reason, errors[0].stage)
        detail = "; ".join(str(e) for e in errors[:3])
        raise FactwireError(source, f"no document found ({detail})" if errors
                            else "no document found")
    name, doc = taken
    assert isinstance(doc, Document)
    notes = []
    if others or errors:
        notes.append(f"{source} holds {others + 1 + len(errors)} inputs: took {name}; "
                     f"{others} other document(s) not extracted (use `factwire ingest`)")
    notes += [f"skipped {e.input} ({e.stage}): {e.reason}" for e in errors]
    return Extracted(doc, name, notes)


def extract(source: str, published: str | None = None, *, allow_private: bool = False,
            with_nlp: bool = True) -> Document:
    """One input (path, URL or ``-``) to one Document; raises FactwireError naming the input."""
    return extract_one(source, published, allow_private=allow_private,
                       with_nlp=with_nlp).document
