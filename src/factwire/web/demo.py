"""``factwire demo``: the bundled example articles ingested into a fresh database.

``examples/manifest.json`` lists the examples with the publication date each is ingested with
(used only when a page carries no date of its own).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

DEMO_DB = Path("factwire-demo.duckdb")


@contextmanager
def examples() -> Iterator[list[tuple[Path, str | None]]]:
    """The bundled examples as (file path, published date), in manifest order."""
    folder = resources.files("factwire") / "examples"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    with resources.as_file(folder) as path:
        yield [(path / item["file"], item.get("published")) for item in manifest["examples"]]


def featured_document(db_path: Path):
    """The first example of the manifest (the defining one) as stored, or None."""
    from factwire.store import read
    from factwire.store.db import open_db

    with examples() as found:
        name = found[0][0].name
    con = open_db(db_path, read_only=True)
    try:
        for item in read.list_documents(con, limit=None)[0]:
            if (item["source_path"] or "").endswith(name):
                return read.get_document(con, item["doc_id"])
        return None
    finally:
        con.close()


def build_demo_db(db_path: Path = DEMO_DB, *, progress: bool = False) -> dict[str, int]:
    """Ingest every example into a database recreated at ``db_path``; returns its counts."""
    from factwire.store import read
    from factwire.store.db import open_db
    from factwire.store.ingest import ingest

    for stale in (db_path, *(db_path.with_name(db_path.name + suffix)
                             for suffix in (".wal", ".search.sqlite"))):
        stale.unlink(missing_ok=True)
    with examples() as found:
        by_date: dict[str | None, list[str]] = {}
        for path, published in found:
            by_date.setdefault(published, []).append(str(path))
        for published, paths in by_date.items():
            ingest(paths, db_path, published=published, progress=progress)
    con = open_db(db_path, read_only=True)
    try:
        return {**read.counts(con), "actors": read.count_actors(con)}
    finally:
        con.close()
