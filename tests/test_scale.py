"""run_parallel: worker processes give the same Documents as one process; bad inputs are errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from factwire.model import Document, InputError
from factwire.pipeline import Pipeline
from factwire.scale import PoolStats, expand_sources, run_parallel
from scale_texts import ARTICLES, write_corpus

pytestmark = pytest.mark.slow


def _summary(items):
    return [("doc", i.to_dict()) if isinstance(i, Document) else ("error", i.input, i.stage)
            for i in items]


def test_two_workers_give_the_same_documents_as_one(tmp_path):
    paths = write_corpus(tmp_path / "in")
    sources = [*paths, str(tmp_path / "missing.txt")]
    pipeline = Pipeline(published="2025-04-30")
    one = list(run_parallel(sources, workers=1, pipeline=pipeline))
    stats = PoolStats()
    two = list(run_parallel(sources, workers=2, pipeline=pipeline, batch_size=2, stats=stats))

    assert _summary(two) == _summary(one)  # same records, same order
    docs = [d for d in two if isinstance(d, Document)]
    assert len(docs) == len(ARTICLES)
    assert all(d.sentences for d in docs)  # parsed in the worker, not only cleaned
    errors = {Path(e.input).name: e.stage for e in two if isinstance(e, InputError)}
    # the page without an article failed inside a worker's batch; the batch went on
    assert errors == {"menu.html": "clean", "missing.txt": "ingest"}
    assert len(stats.peak_rss_mb) == 2 and 100 < stats.max_rss_mb < 1024


def test_expand_sources_splits_folders_but_keeps_urls(tmp_path):
    paths = write_corpus(tmp_path / "in")
    (tmp_path / "in" / ".hidden.txt").write_text("not news")
    names = expand_sources([str(tmp_path / "in"), "https://example.org/feed.xml"])
    assert names == [*paths, "https://example.org/feed.xml"]
