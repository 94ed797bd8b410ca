"""The whole pipeline in one direction: ingest → clean → nlp → extract.

``Pipeline.run`` is what ``factwire ingest`` and the workers call; ``extract`` is the
one-document convenience behind ``factwire extract``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from factwire.model import Document, FactwireError, InputError, RawInput


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
        from factwire.clean import clean

        for item in items:
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield clean(item)
            except FactwireError as err:
                yield err.record()
            except Exception as err:  # one bad page must not stop a batch
                yield InputError(item.name, f"{type(err).__name__}: {err}", "clean")

    def analyse(self, docs: Iterable[Document | InputError]) -> Iterator[Document | InputError]:
        """Parse clean documents in batches and run the extractors; errors pass through."""
        from factwire import nlp
        from factwire.extract import annotate

        it = iter(docs)
        while batch := list(itertools.islice(it, self.batch_size)):
            good = [d for d in batch if isinstance(d, Document)]
            parsed = dict(zip(map(id, good), nlp.parse_many([d.text for d in good]), strict=True))
            for item in batch:
                if isinstance(item, InputError):
                    yield item
                    continue
                try:
                    yield annotate(item, parsed[id(item)])
                except Exception as err:
                    yield InputError(item.source.path or item.source.url or item.id,
                                     f"{type(err).__name__}: {err}", "extract")

    def run(self, sources: Iterable[str]) -> Iterator[Document | InputError]:
        return self.process(self.read(sources))

    def process(self, raws: Iterable[RawInput | InputError]) -> Iterator[Document | InputError]:
        """Run clean + nlp + extract over inputs already read (feeds, API posts, workers);
        read errors pass through."""
        cleaned = self.clean(raws)
        return self.analyse(cleaned) if self.with_nlp else cleaned


def extract(source: str, published: str | None = None, *, allow_private: bool = False,
            with_nlp: bool = True) -> Document:
    """One input (path, URL or ``-``) to one Document; raises FactwireError naming the input."""
    pipeline = Pipeline(published=published, allow_private=allow_private, with_nlp=with_nlp)
    for item in pipeline.run([source]):
        if isinstance(item, InputError):
            raise FactwireError(item.input, item.reason, item.stage)
        return item
    raise FactwireError(source, "no document found")
