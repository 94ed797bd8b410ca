"""Dask: a LocalCluster of two worker processes writes Parquet parts that import to the same rows
as a single-process ingest of the same inputs."""

from __future__ import annotations

import pytest

from factwire.model import Document, InputError
from factwire.pipeline import Pipeline
from factwire.scale import run_dask
from factwire.store.db import import_parts, open_db, write_documents
from factwire.store.rows import TABLES
from scale_texts import ARTICLES, write_corpus

pytestmark = pytest.mark.slow

IGNORED = {"run_id", "recorded_at"}  # differ between two runs by design


def _table(con, table: str) -> list[tuple]:
    """A table's rows without run bookkeeping, sorted: contents ignoring order."""
    cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in IGNORED]
    rows = con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
    return sorted(rows, key=repr)


def test_local_cluster_gives_the_same_rows_as_one_process(tmp_path):
    folder = tmp_path / "in"
    write_corpus(folder)
    pipeline = Pipeline(published="2025-04-30")

    single = list(pipeline.run([str(folder)]))
    con_single = open_db(tmp_path / "single.duckdb", read_only=False)
    write_documents(con_single, [d for d in single if isinstance(d, Document)],
                    errors=[e for e in single if isinstance(e, InputError)])

    report = run_dask([str(folder)], address="local", workers=2, shard_size=2,
                      parts_dir=tmp_path / "parts", pipeline=pipeline)
    assert report.workers == 2 and report.shards == 3
    assert (report.documents, report.errors) == (len(ARTICLES), 1)
    con_dask = open_db(tmp_path / "dask.duckdb", read_only=False)
    import_parts(con_dask, tmp_path / "parts")

    for table in [*TABLES, "errors"]:
        assert _table(con_dask, table) == _table(con_single, table), table
    assert len(_table(con_dask, "documents")) == len(ARTICLES)
