"""Throughput and memory, side by side with bare spaCy, on the same documents and workers.

One invocation runs two phases over the same corpus with the same number of worker processes:

1. bare spaCy: ``nlp.pipe`` over the clean texts (cleaning done beforehand, not timed);
2. factwire: read + clean + nlp + extract through ``scale.run_pool``.

Both phases first start their workers and wait until each has loaded spaCy (reported as
``startup_s``), then time the documents alone, so the ratio compares steady-state throughput
like for like. Peak memory is each worker's own ``ru_maxrss``, the largest over workers.
"""

from __future__ import annotations

import gzip
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factwire.model import Document, FactwireError, InputError
from factwire.pipeline import Pipeline
from factwire.scale import Split, WorkerPool, _peak_rss_mb, pool_for, run_pool

DEFAULT_DOCS = 1000
CORPUS_SUFFIXES = (".html", ".htm", ".txt", ".html.gz", ".htm.gz", ".txt.gz")


# Where ../shared may be: beside the checkout this module runs from, or beside the cwd.
CORPUS_CANDIDATES = [Path(__file__).resolve().parents[2].parent / "shared",
                     Path.cwd().parent / "shared", Path.cwd() / "shared"]


def default_corpus() -> Path:
    """The 121 article-extraction pages in ``../shared/eval/article-extraction/html``."""
    for shared in CORPUS_CANDIDATES:
        html = shared / "eval" / "article-extraction" / "html"
        if html.is_dir():
            return html
    raise FactwireError(
        "bench", "no corpus: pass --corpus DIR (a folder of .html/.txt pages, gzip allowed); "
        "the default ../shared/eval/article-extraction/html was not found",
    )


def corpus_files(corpus: Path) -> list[Path]:
    """The pages of a corpus folder, sorted, so every run uses the same documents."""
    if not corpus.is_dir():
        raise FactwireError(str(corpus), "corpus is not a folder")
    files = sorted(p for p in corpus.rglob("*")
                   if p.is_file() and p.name.lower().endswith(CORPUS_SUFFIXES))
    if not files:
        raise FactwireError(str(corpus), "corpus folder holds no .html/.txt pages")
    return files


@contextmanager
def unpacked(files: list[Path]) -> Iterator[list[Path]]:
    """Gzipped pages decompressed into a temporary folder (readers need no gzip support)."""
    tmp = Path(tempfile.mkdtemp(prefix="factwire-bench-"))
    try:
        out = []
        for i, path in enumerate(files):
            if path.suffix == ".gz":
                target = tmp / f"{i:05d}-{path.name[:-3]}"
                with gzip.open(path, "rb") as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst)
                out.append(target)
            else:
                out.append(path)
        yield out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def repeat_to(items: list[Any], n: int) -> list[Any]:
    """``items`` cycled to exactly ``n`` entries."""
    return [items[i % len(items)] for i in range(n)]


def count_words(text: str) -> int:
    return len(text.split())


def _spacy_batch(texts: list[str]) -> tuple[int, float, int]:
    """Worker task for the bare-spaCy phase: ``nlp.pipe`` only; returns the documents parsed."""
    from factwire import nlp

    n = sum(1 for _ in nlp.load().pipe(texts, batch_size=len(texts) or 1))
    return os.getpid(), _peak_rss_mb(), n


@dataclass
class PhaseResult:
    docs: int
    words: int
    seconds: float
    peak_rss_mb: float
    errors: int = 0
    startup: float = 0.0  # starting the workers and loading spaCy in each, not in ``seconds``

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def bare_spacy(texts: list[str], *, workers: int, batch_size: int,
               on_batch=None) -> PhaseResult:
    """Parse ``texts`` with plain ``nlp.pipe`` in ``workers`` processes (timed once warm)."""
    batches = [texts[i:i + batch_size] for i in range(0, len(texts), batch_size)]
    done = 0
    with WorkerPool(workers, {}, load_nlp=True, warm_extract=False) as pool:
        startup = pool.warm_up()
        started = time.perf_counter()
        for batch, result in pool.map(_spacy_batch, batches):
            if isinstance(result, (Exception, Split)):  # a split batch had a failure too
                raise FactwireError("bench", f"bare spaCy worker failed: {result}")
            done += result
            if on_batch:
                on_batch(len(batch))
        seconds = time.perf_counter() - started
        stats = pool.stats
    return PhaseResult(done, sum(map(count_words, texts)), seconds, stats.max_rss_mb,
                       startup=startup)


def full_pipeline(paths: list[Path], *, workers: int, batch_size: int, published: str | None,
                  on_doc=None) -> PhaseResult:
    """Read, clean, parse and extract ``paths`` through the worker pool (timed once warm)."""
    pipeline = Pipeline(published=published, batch_size=batch_size)
    docs = words = errors = 0
    with pool_for(pipeline, workers) as pool:
        startup = pool.warm_up()
        started = time.perf_counter()
        for item in run_pool(pipeline.read([str(p) for p in paths]), workers=workers,
                             pipeline=pipeline, batch_size=batch_size, pool=pool):
            if isinstance(item, InputError):
                errors += 1
            else:
                docs += 1
                words += count_words(item.text)
            if on_doc:
                on_doc(1)
        seconds = time.perf_counter() - started
    return PhaseResult(docs, words, seconds, pool.stats.max_rss_mb, errors, startup)


def clean_texts(paths: list[Path], published: str | None) -> tuple[list[Path], list[str]]:
    """Each page cleaned once (not timed); pages that fail to clean are left out of both phases."""
    pipeline = Pipeline(published=published, with_nlp=False)
    kept, texts = [], []
    for path in paths:
        for item in pipeline.run([str(path)]):
            if isinstance(item, Document) and item.text.strip():
                kept.append(path)
                texts.append(item.text)
            break
    return kept, texts


def run_bench(corpus: Path | None = None, *, workers: int = 1, docs: int | None = None,
              batch_size: int = 16, published: str | None = None,
              progress: Any = None) -> dict[str, Any]:
    """Both phases on the same documents; the figures as a plain dict (the ``--json`` keys)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    source = corpus or default_corpus()
    files = corpus_files(source)
    with unpacked(files) as pages:
        unique_paths, unique_texts = clean_texts(pages, published)
        if not unique_paths:
            raise FactwireError(str(source), "no page of the corpus gave any clean text")
        n = docs or max(DEFAULT_DOCS, len(unique_paths))
        paths, texts = repeat_to(unique_paths, n), repeat_to(unique_texts, n)
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn())
        with Progress(*columns, console=progress, transient=False) as bar:
            spacy_task = bar.add_task(f"bare spaCy ×{workers}", total=n)
            spacy = bare_spacy(texts, workers=workers, batch_size=batch_size,
                               on_batch=lambda k: bar.advance(spacy_task, k))
            ours_task = bar.add_task(f"factwire ×{workers}", total=n)
            ours = full_pipeline(paths, workers=workers, batch_size=batch_size,
                                 published=published, on_doc=lambda k: bar.advance(ours_task, k))
    return {
        "corpus": str(source),
        "unique_docs": len(unique_paths),
        "docs": n,
        "workers": workers,
        "batch_size": batch_size,
        "docs_per_s": round(ours.docs_per_s, 3),
        "words_per_s": round(ours.words_per_s, 1),
        "seconds": round(ours.seconds, 2),
        "errors": ours.errors,
        "peak_rss_mb": round(ours.peak_rss_mb, 1),
        "spacy_docs_per_s": round(spacy.docs_per_s, 3),
        "spacy_words_per_s": round(spacy.words_per_s, 1),
        "spacy_seconds": round(spacy.seconds, 2),
        "spacy_peak_rss_mb": round(spacy.peak_rss_mb, 1),
        "startup_s": round(ours.startup, 2),
        "spacy_startup_s": round(spacy.startup, 2),
        "ratio": round(ours.docs_per_s / spacy.docs_per_s, 3) if spacy.docs_per_s else None,
        "words_per_doc": round(spacy.words / n, 1) if n else 0,
    }


def render(result: dict[str, Any], console: Any) -> None:
    """The figures as a table, then a one-line headline."""
    from rich.table import Table

    table = Table(title=f"{result['docs']} documents, {result['workers']} worker(s)")
    for col in ("", "docs/s", "words/s", "seconds", "peak RSS / worker (MB)"):
        table.add_column(col, justify="right" if col else "left")
    table.add_row("bare spaCy (nlp.pipe)", f"{result['spacy_docs_per_s']:.2f}",
                  f"{result['spacy_words_per_s']:.0f}", f"{result['spacy_seconds']:.1f}",
                  f"{result['spacy_peak_rss_mb']:.0f}")
    table.add_row("factwire (clean+nlp+extract)", f"{result['docs_per_s']:.2f}",
                  f"{result['words_per_s']:.0f}", f"{result['seconds']:.1f}",
                  f"{result['peak_rss_mb']:.0f}")
    console.print(table)


def headline(result: dict[str, Any]) -> str:
    return (f"bench: docs_per_s={result['docs_per_s']:.2f} "
            f"spacy_docs_per_s={result['spacy_docs_per_s']:.2f} ratio={result['ratio']} "
            f"peak_rss_mb={result['peak_rss_mb']:.0f} workers={result['workers']} "
            f"docs={result['docs']} errors={result['errors']}")
