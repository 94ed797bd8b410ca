"""factwire bench: runs both phases on a tiny corpus and reports every figure it promises."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from factwire import benchmark
from factwire.cli import app
from factwire.model import FactwireError
from scale_texts import write_corpus

KEYS = {"docs_per_s", "spacy_docs_per_s", "ratio", "peak_rss_mb", "words_per_s", "workers",
        "docs"}


@pytest.mark.slow
def test_bench_runs_both_phases_and_writes_the_keys(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, with_bad=False)
    out = tmp_path / "bench.json"
    result = CliRunner().invoke(app, ["bench", "--corpus", str(corpus), "--docs", "4",
                                      "--json", str(out)])
    assert result.exit_code == 0, result.output
    figures = json.loads(out.read_text())
    assert figures.keys() >= KEYS
    assert figures["docs"] == 4 and figures["workers"] == 1 and figures["errors"] == 0
    assert figures["docs_per_s"] > 0 and figures["spacy_docs_per_s"] > 0
    # the ratio is reported to two decimals
    assert figures["ratio"] == pytest.approx(
        figures["docs_per_s"] / figures["spacy_docs_per_s"], abs=0.006)
    assert 100 < figures["peak_rss_mb"] < 2048  # a worker with spaCy loaded, measured
    assert result.output.strip().splitlines()[-1].startswith("bench: docs_per_s=")


def test_bench_without_a_corpus_says_what_to_pass(tmp_path, monkeypatch):
    monkeypatch.setattr(benchmark, "CORPUS_CANDIDATES", [tmp_path / "nowhere"])
    with pytest.raises(FactwireError, match="--corpus"):
        benchmark.default_corpus()
    result = CliRunner().invoke(app, ["bench", "--docs", "2"])
    assert result.exit_code == 1 and "--corpus" in result.output


def test_corpus_is_cycled_to_the_documents_asked(tmp_path):
    write_corpus(tmp_path, with_bad=False)
    files = benchmark.corpus_files(tmp_path)
    assert len(files) == 5
    assert benchmark.repeat_to(files, 12)[10:] == files[:2]
    (tmp_path / "empty").mkdir()
    with pytest.raises(FactwireError, match="no .html/.txt pages"):
        benchmark.corpus_files(tmp_path / "empty")
