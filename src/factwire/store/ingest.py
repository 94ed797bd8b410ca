"""Inputs → database: run the pipeline, write each batch in its own transaction, then update
stories and merged events.

Resumable by construction: a batch's documents, errors and ``seen_inputs`` rows are committed
together, so a run killed with SIGKILL loses at most the batch in flight. On the rerun an input
whose name and content hash are in ``seen_inputs`` is skipped before any NLP, and a document
whose id is already stored is skipped at write time; every document ends up stored once.
Each input is claimed (``claims.py``) in the same transaction as that check, so a second ingest
of the same inputs running at the same time skips what the first has taken instead of parsing
it again.

The database is opened for each batch and closed again (waiting up to ``LOCK_WAIT`` seconds
for other processes), so ``factwire serve`` and ``factwire query`` can read between batches
of a long ingest instead of being locked out for the whole run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import shutil
import tempfile
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from factwire.model import Document, InputError, RawInput
from factwire.pipeline import Pipeline
from factwire.store import claims, stories
from factwire.store.db import (
    Connection,
    WriteResult,
    default_db_path,
    import_parts,
    open_db,
    scalar,
    write_documents,
)

Item = Document | InputError
LOCK_WAIT = 60.0  # seconds a batch waits for readers of the database to let go


@dataclass
class IngestReport:
    """What one ingest run did."""

    run_id: str
    db_path: str
    stored: int = 0  # documents written by this run
    skipped: int = 0  # inputs or documents already in the database (or being ingested)
    claimed: int = 0  # of those, inputs another running ingest had claimed
    parsed_in_vain: int = 0  # of those, documents parsed but found stored at write time
    failed: int = 0  # inputs that became ``errors`` rows
    seconds: float = 0.0
    stories: int = 0
    merged_events: int = 0
    errors: list[InputError] = field(default_factory=list)

    @property
    def docs_per_s(self) -> float:
        return (self.stored + self.skipped) / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        busy = f", {self.claimed} being ingested by another run" if self.claimed else ""
        if self.parsed_in_vain:
            busy += f"; {self.parsed_in_vain} parsed, then found already stored"
        return (f"{self.stored} stored, {self.skipped} skipped (already in the database{busy}), "
                f"{self.failed} failed in {self.seconds:.1f}s; {self.stories} stories, "
                f"{self.merged_events} merged events → {self.db_path}")


def content_hash(raw: RawInput) -> str:
    return hashlib.sha256(raw.content.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class _Run:
    """Bookkeeping shared by the single-process, worker-pool and Dask paths."""

    def __init__(self, db_path: Path, report: IngestReport, show: Callable[[], None]):
        self.db_path, self.report, self.show = db_path, report, show
        self.batches = 0

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """The database for one step, closed afterwards so other processes can read."""
        con = open_db(self.db_path, read_only=False, wait=LOCK_WAIT)
        try:
            yield con
        finally:
            con.close()

    def add(self, result: WriteResult, errors: Sequence[InputError]) -> None:
        self.batches += 1
        self.report.stored += len(result.stored)
        self.report.skipped += len(result.skipped)
        self.report.parsed_in_vain += len(result.skipped)
        self.report.failed += len(errors)
        self.report.errors.extend(errors)
        self.show()

    def write(self, items: Sequence[Item], raws: Sequence[RawInput | None] | None = None) -> None:
        """Write one batch; ``raws`` (1:1 with items, None where unknown) lets later runs skip
        these inputs before NLP."""
        docs = [i for i in items if isinstance(i, Document)]
        errors = [i for i in items if isinstance(i, InputError)]
        seen = []
        if raws is not None and len(raws) == len(items):
            seen = [{"input": raw.name, "content_hash": content_hash(raw), "doc_id": item.id,
                     "run_id": self.report.run_id, "recorded_at": _now()}
                    for raw, item in zip(raws, items, strict=True)
                    if raw is not None and isinstance(item, Document)]
        with self.connect() as con:
            result = write_documents(con, docs, errors=errors, seen=seen,
                                     run_id=self.report.run_id)
        self.add(result, errors)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _unseen(run: _Run, items: Iterable[RawInput | InputError], batch_size: int,
            sent: deque[RawInput], unread: list[InputError]) -> Iterator[RawInput]:
    """Inputs not yet stored (by name and content hash), checked a batch at a time.

    Each input yielded is also appended to ``sent``, so results (one per input, in order) can
    be paired with the input they came from; inputs that could not be read go to ``unread``.
    """
    for batch in _batches(items, batch_size):
        unread.extend(e for e in batch if isinstance(e, InputError))
        raws = [r for r in batch if isinstance(r, RawInput)]
        keys = [(r.name, content_hash(r)) for r in raws]
        with run.connect() as con:
            done, busy = claims.claim(con, run.report.run_id, keys)
        for raw, key in zip(raws, keys, strict=True):
            if key in done or key in busy:
                run.report.skipped += 1
                run.report.claimed += key in busy
                continue
            sent.append(raw)
            yield raw


def _run_local(run: _Run, pipeline: Pipeline, sources: list[str], workers: int,
               batch_size: int) -> None:
    """This process (``workers == 1``) or a pool of worker processes (factwire.scale)."""
    sent: deque[RawInput] = deque()
    unread: list[InputError] = []
    fresh = _unseen(run, pipeline.read(sources), batch_size, sent, unread)
    if workers > 1:
        from factwire.scale import run_pool

        results = run_pool(fresh, workers=workers, pipeline=pipeline, batch_size=batch_size)
    else:
        results = pipeline.process(fresh)
    for batch in _batches(results, batch_size):
        # Both runners yield exactly one result per input, in input order.
        raws: list[RawInput | None] = [sent.popleft() for _ in batch]
        errors, unread[:] = list(unread), []
        run.write([*batch, *errors], [*raws, *[None] * len(errors)])
    if unread:
        run.write(list(unread))


def _run_dask(run: _Run, pipeline: Pipeline, sources: list[str], address: str,
              workers: int, parts_dir: Path | None) -> None:
    """Shards on a Dask cluster write Parquet parts; DuckDB imports them as one dataset."""
    from factwire.scale import run_dask

    own = parts_dir is None
    parts = Path(tempfile.mkdtemp(prefix="factwire-parts-")) if own else Path(parts_dir)
    try:
        run_dask(sources, address=address, parts_dir=parts, pipeline=pipeline,
                 workers=workers if workers > 1 else None, run_id=run.report.run_id)
        with run.connect() as con:
            result = import_parts(con, parts, run_id=run.report.run_id)
            errors = [InputError(*row) for row in con.execute(
                "SELECT input, reason, stage FROM errors WHERE run_id = ? ORDER BY input",
                [run.report.run_id]).fetchall()]
        run.add(result, errors)
    finally:
        if own:
            shutil.rmtree(parts, ignore_errors=True)


def ingest(
    sources: Iterable[str],
    db_path: str | Path | None = None,
    *,
    published: str | None = None,
    workers: int = 1,
    dask: str | None = None,
    allow_private: bool = False,
    batch_size: int = 16,
    progress: bool = True,
    with_nlp: bool = True,
    parts_dir: Path | None = None,
    console: Console | None = None,
) -> IngestReport:
    """Run the whole pipeline over inputs into the database; see the module docstring.

    ``workers > 1`` runs ``factwire.scale.run_pool`` over the inputs read here. ``dask`` (an
    address or ``"local"``) runs ``factwire.scale.run_dask``, whose shards write Parquet parts
    to ``parts_dir`` (a temporary folder when None; give a shared folder for a remote cluster);
    the parts are then imported (idempotent by document id; ``seen_inputs`` is not used there).
    ``progress`` shows a rich progress bar on a terminal and one line per batch otherwise;
    ``with_nlp=False`` stores clean documents without parsing or extraction.
    """
    sources = list(sources)
    path = Path(db_path) if db_path else default_db_path()
    report = IngestReport(run_id=uuid.uuid4().hex[:12], db_path=str(path))
    console = console or Console(stderr=True)
    pipeline = Pipeline(published=published, allow_private=allow_private, batch_size=batch_size,
                        with_nlp=with_nlp)
    started = time.perf_counter()
    bar = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.completed}[/] docs"),
        TextColumn("{task.fields[rate]:.1f} docs/s"),
        TextColumn("{task.fields[stored]} stored · {task.fields[skipped]} skipped · "
                   "[red]{task.fields[failed]} failed"),
        TimeElapsedColumn(),
        console=console,
        disable=not (progress and console.is_terminal),
    )
    task = bar.add_task("ingest", total=None, rate=0.0, stored=0, skipped=0, failed=0)
    run: _Run

    def show() -> None:
        report.seconds = time.perf_counter() - started
        done = report.stored + report.skipped + report.failed
        bar.update(task, completed=done, rate=report.docs_per_s, stored=report.stored,
                   skipped=report.skipped, failed=report.failed)
        if progress and not console.is_terminal:
            console.print(f"batch {run.batches}: {done} inputs done, {report.stored} stored, "
                          f"{report.skipped} skipped, {report.failed} failed, "
                          f"{report.docs_per_s:.1f} docs/s", highlight=False)

    run = _Run(path, report, show)
    with run.connect() as con:
        con.execute("INSERT INTO runs (run_id, started, sources) VALUES (?, ?, ?)",
                    [report.run_id, _now(), sources])
    with bar:
        if dask:
            _run_dask(run, pipeline, sources, dask, workers, parts_dir)
        else:
            _run_local(run, pipeline, sources, workers, batch_size)
    with run.connect() as con:
        if report.stored or _stories_stale(con):
            report.stories, report.merged_events = stories.update(con)
        else:
            report.stories = scalar(con, "SELECT count(*) FROM stories")
            report.merged_events = scalar(con, "SELECT count(*) FROM merged_events")
        report.seconds = time.perf_counter() - started
        claims.release(con, report.run_id)
        con.execute(
            "UPDATE runs SET finished = ?, stored = ?, skipped = ?, failed = ? WHERE run_id = ?",
            [_now(), report.stored, report.skipped, report.failed, report.run_id],
        )
    return report


def _stories_stale(con: Connection) -> bool:
    """True when some stored document is in no story (e.g. a previous run was killed)."""
    return bool(scalar(con, "SELECT count(*) FROM documents "
                            "WHERE doc_id NOT IN (SELECT doc_id FROM story_documents)"))
