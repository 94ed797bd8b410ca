"""Running the pipeline on many cores and many machines.

Two runners share one rule: workers receive and return plain records (``RawInput`` and
``Document`` dicts), never spaCy ``Doc`` objects, and each worker process loads spaCy once.

- ``run_parallel``: N local worker processes (``forkserver``/``spawn``) fed batches of inputs
  read in the parent; results come back in input order. A document that fails becomes an
  ``InputError``; a worker that dies (segfault, OOM kill) or a document past its time budget
  (``DOC_TIMEOUT`` plus a second per ``CHARS_PER_SECOND`` characters) gets its worker replaced
  and its batch rerun one document at a time, so only the document at fault becomes an error
  and the run goes on — it never hangs. Workers die with the ingest process (``lifeline``).
- ``run_dask``: shards of the inputs go to a Dask cluster (``local`` starts a
  ``LocalCluster``); every shard runs ``process_shard``, which writes one Parquet part per
  table. The store then reads the parts as one dataset. Dask does the scheduling.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import resource
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from factwire import lifeline
from factwire.ingest import expand_sources
from factwire.model import Document, InputError, RawInput
from factwire.pipeline import Pipeline

# --- local worker processes -----------------------------------------------------------------


@dataclass
class PoolStats:
    """What the pool saw: peak resident memory of every worker process, batches and deaths."""

    peak_rss_mb: dict[int, float] = field(default_factory=dict)  # worker pid -> MB
    batches: int = 0
    worker_deaths: int = 0

    def record(self, pid: int, rss_mb: float) -> None:
        self.batches += 1
        self.saw(pid, rss_mb)

    def saw(self, pid: int, rss_mb: float) -> None:
        """A worker's memory, from a batch or from its warm-up report."""
        self.peak_rss_mb[pid] = max(rss_mb, self.peak_rss_mb.get(pid, 0.0))

    @property
    def max_rss_mb(self) -> float:
        return max(self.peak_rss_mb.values(), default=0.0)


class WorkerDied(Exception):
    """The worker process running a batch exited without returning (crash, kill, OOM)."""


def _context() -> multiprocessing.context.BaseContext:
    """``forkserver`` where the platform has it (fast starts, no inherited threads), else spawn."""
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


_WORKER: dict[str, Any] = {}


def _init_worker(settings: dict[str, Any], load_nlp: bool, parent: int | None = None,
                 warm_extract: bool = True) -> None:
    """Runs once in each worker: tie its life to ``parent`` (the process running the pool),
    rebuild the pipeline settings and load spaCy once."""
    lifeline.die_with_parent()
    if parent is not None:
        lifeline.exit_with(parent)
    _WORKER["pipeline"] = Pipeline(**settings)
    if load_nlp:
        from factwire import nlp

        nlp.load()
        if warm_extract:
            from factwire.extract import warm_up

            warm_up()


def _peak_rss_mb() -> float:
    """This process's peak resident set size (``ru_maxrss`` is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _ready(_batch: list) -> tuple[int, float, None]:
    """Warm-up task: runs once the initializer (spaCy load) is done; holds the worker a moment
    so the next warm-up task goes to another worker."""
    time.sleep(0.5)
    return os.getpid(), _peak_rss_mb(), None


def _process_batch(raws: list[dict[str, Any]]) -> tuple[int, float, list[dict[str, Any]]]:
    """Worker task: clean + nlp + extract a batch of ``RawInput`` dicts; plain dicts back."""
    pipeline: Pipeline = _WORKER["pipeline"]
    out = []
    for item in pipeline.process(RawInput.from_dict(r) for r in raws):
        key = "error" if isinstance(item, InputError) else "document"
        out.append({key: item.to_dict()})
    return os.getpid(), _peak_rss_mb(), out


# A document's time budget in a worker: DOC_TIMEOUT seconds plus one second per
# CHARS_PER_SECOND characters of its input (a long text parses at about 5,000 a second).
DOC_TIMEOUT = float(os.environ.get("FACTWIRE_DOC_TIMEOUT") or 60.0)
CHARS_PER_SECOND = 2_000


@dataclass
class Split:
    """The result of a batch that failed as a whole and was rerun one item at a time:
    ``(one-item batch, result or exception)`` for each of its items, in order."""

    parts: list[tuple[list, Any]]


class WorkerPool:
    """A process pool that maps a task over batches in order and survives worker deaths.

    When a worker dies, ``concurrent.futures`` fails every batch in flight at once; those
    batches are rerun one at a time in a fresh pool, and a batch that kills a worker again is
    rerun one item at a time (a ``Split`` result), so only the item at fault fails. A batch
    that runs past its budget (``timeout`` seconds per item, plus ``weigh(item)``) has its
    workers killed and is treated the same way: an endless loop on odd text costs a few
    budgets, never the run.
    """

    def __init__(self, workers: int, settings: dict[str, Any], *, load_nlp: bool = True,
                 warm_extract: bool = True, window: int | None = None,
                 timeout: float | None = DOC_TIMEOUT,
                 weigh: Callable[[Any], float] | None = None):
        self.workers = workers
        self.window = window or 2 * workers  # batches in flight: bounds the parent's memory
        self.timeout = timeout  # seconds per item of a batch; None: no budget
        self.weigh = weigh  # extra seconds an item may take (e.g. by its length)
        # warm_extract: also load the extractors' models and knowledge once in each worker
        self._initargs = (settings, load_nlp, os.getpid(), warm_extract)
        self._executor: ProcessPoolExecutor | None = None
        self.stats = PoolStats()

    def __enter__(self) -> WorkerPool:
        self._start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> None:
        self._executor = ProcessPoolExecutor(
            self.workers, mp_context=_context(), initializer=_init_worker,
            initargs=self._initargs,
        )

    def _restart(self, kill: bool = False) -> None:
        self.stats.worker_deaths += 1
        if self._executor is not None:
            if kill:  # concurrent.futures offers no way to stop a running task but this
                for process in list((self._executor._processes or {}).values()):
                    process.kill()
            self._executor.shutdown(wait=False, cancel_futures=True)
        self._start()

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def warm_up(self) -> float:
        """Start every worker and wait until each has loaded spaCy; the seconds it took.

        Lets a benchmark time the steady state, without process start and model load."""
        started = time.perf_counter()
        for _ in range(3):  # a fast worker may take two warm-up tasks; try again then
            futures = [self._submit(_ready, []) for _ in range(self.workers)]
            reports = [f.result() for f in futures]
            for pid, rss_mb, _none in reports:
                self.stats.saw(pid, rss_mb)
            if len({pid for pid, _rss, _none in reports}) == self.workers:
                break
        return time.perf_counter() - started

    def budget(self, batch: list) -> float | None:
        """Seconds ``batch`` may take once it is first in line; None: no limit."""
        if self.timeout is None:
            return None
        extra = sum(self.weigh(item) for item in batch) if self.weigh else 0.0
        return self.timeout * max(1, len(batch)) + extra

    def _submit(self, task: Callable, batch: list) -> Future:
        assert self._executor is not None, "use WorkerPool as a context manager"
        try:
            return self._executor.submit(task, batch)
        except BrokenProcessPool as err:  # a worker died since the last result was read
            failed: Future = Future()
            failed.set_exception(err)
            return failed

    def map(self, task: Callable, batches: Iterable[list]) -> Iterator[tuple[list, Any]]:
        """Yield ``(batch, result)`` in input order; ``result`` is an exception if it failed,
        or a ``Split`` when the batch was rerun item by item."""
        source = iter(batches)
        pending: deque[tuple[list, Future]] = deque()
        suspects: deque[list] = deque()  # in flight when a worker died: rerun alone
        exhausted = False
        while True:
            while not suspects and not exhausted and len(pending) < self.window:
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                else:
                    pending.append((batch, self._submit(task, batch)))
            if pending:
                batch, future = pending.popleft()
                alone = False
            elif suspects:
                batch = suspects.popleft()
                future, alone = self._submit(task, batch), True
            else:
                return
            try:
                yield batch, self._result(future, batch)
            except (BrokenProcessPool, FutureTimeout) as err:
                timed_out = isinstance(err, FutureTimeout)
                self._restart(kill=timed_out)
                later = [b for b, _ in pending]
                pending.clear()
                if alone:  # this batch is at fault: rerun it item by item
                    suspects.extendleft(reversed(later))
                    yield batch, self._split(task, batch, timed_out)
                else:  # any batch in flight (or a slow start) may be at fault: each alone
                    suspects.extendleft(reversed([batch, *later]))
            except Exception as err:  # the task itself raised, or its result did not pickle
                yield batch, err

    def _split(self, task: Callable, batch: list, timed_out: bool) -> Split | WorkerDied:
        """Rerun a failed batch one item at a time (nothing else is in flight)."""
        if len(batch) <= 1:
            return self._died(batch, timed_out)
        parts: list[tuple[list, Any]] = []
        for item in batch:
            single = [item]
            try:
                parts.append((single, self._result(self._submit(task, single), single)))
            except (BrokenProcessPool, FutureTimeout) as err:
                timed_out = isinstance(err, FutureTimeout)
                self._restart(kill=timed_out)
                parts.append((single, self._died(single, timed_out)))
            except Exception as err:
                parts.append((single, err))
        return Split(parts)

    def _died(self, batch: list, timed_out: bool) -> WorkerDied:
        if timed_out:
            return WorkerDied(f"took over its time budget of {self.budget(batch):.0f} s; "
                              "worker killed and replaced")
        return WorkerDied("worker process died while processing this input")

    def _result(self, future: Future, batch: list) -> Any:
        pid, rss_mb, result = future.result(timeout=self.budget(batch))
        self.stats.record(pid, rss_mb)
        return result


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def pipeline_settings(pipeline: Pipeline) -> dict[str, Any]:
    """The plain settings a worker needs to rebuild the same ``Pipeline``."""
    return asdict(pipeline)


def pool_for(pipeline: Pipeline, workers: int) -> WorkerPool:
    """A worker pool whose workers rebuild ``pipeline`` (and load spaCy when it parses)."""
    return WorkerPool(workers, pipeline_settings(pipeline), load_nlp=pipeline.with_nlp,
                      weigh=_raw_weight)


def _raw_weight(raw: dict[str, Any]) -> float:
    """Extra seconds of budget for a RawInput dict: one per CHARS_PER_SECOND characters."""
    return len(raw.get("content") or "") / CHARS_PER_SECOND


def run_pool(items: Iterable[RawInput | InputError], *, workers: int, pipeline: Pipeline,
             batch_size: int = 16, stats: PoolStats | None = None,
             pool: WorkerPool | None = None) -> Iterator[Document | InputError]:
    """Run clean + nlp + extract over inputs already read, in ``workers`` processes.

    Read errors pass straight through; each batch of ``RawInput`` goes to a worker as dicts and
    its Documents come back as dicts, in input order. ``pool`` is a started pool to use (made
    with ``pool_for(pipeline, workers)``; the caller closes it), else one is made for the run.
    """
    def raws_and_errors(batch: list) -> tuple[list[RawInput], list[InputError]]:
        return ([r for r in batch if isinstance(r, RawInput)],
                [e for e in batch if isinstance(e, InputError)])

    def payloads() -> Iterator[list[dict[str, Any]]]:
        # Read errors are yielded by the parent; only real inputs travel to workers.
        for batch in _batches(items, batch_size):
            raws, errors = raws_and_errors(batch)
            pending_errors.append(errors)
            yield [r.to_dict() for r in raws]

    pending_errors: deque[list[InputError]] = deque()
    own = pool is None
    with nullcontext(pool) if pool else pool_for(pipeline, workers) as pool:
        if own and workers > 1:  # every worker loaded before work is handed out: a short
            try:  # run is spread over all of them, and each reports its memory
                pool.warm_up()
            except BrokenProcessPool:  # a worker died loading: the batches' recovery takes over
                pool._restart()
        try:
            for sent, result in pool.map(_process_batch, payloads()):
                yield from pending_errors.popleft()
                parts = result.parts if isinstance(result, Split) else [(sent, result)]
                for part, outcome in parts:
                    yield from _outcomes(part, outcome)
        finally:
            if stats is not None:
                stats.peak_rss_mb.update(pool.stats.peak_rss_mb)
                stats.batches += pool.stats.batches
                stats.worker_deaths += pool.stats.worker_deaths


def _outcomes(sent: list[dict[str, Any]], result: Any) -> Iterator[Document | InputError]:
    """One Document or InputError per input of a batch from what its worker returned; a batch
    that failed as a whole (only ever one input, after a split) becomes one error per input."""
    if isinstance(result, Exception):
        reason = f"{type(result).__name__}: {result}"
        for raw in sent:
            yield InputError(raw["name"], reason, "worker")
        return
    for item in result:
        if "error" in item:
            yield InputError.from_dict(item["error"])
        else:
            yield Document.from_dict(item["document"])


def run_parallel(sources: list[str], *, workers: int, pipeline: Pipeline, batch_size: int = 16,
                 stats: PoolStats | None = None) -> Iterator[Document | InputError]:
    """The pipeline over ``sources`` in ``workers`` processes; one result per input, in order.

    Inputs are expanded and read in the parent (lazily, at most ``2 × workers`` batches ahead),
    so memory stays bounded and order is the order ``ingest`` finds the inputs. ``workers=1``
    runs in this process.
    """
    if workers <= 1:
        yield from pipeline.run(sources)
        return
    yield from run_pool(pipeline.read(sources), workers=workers, pipeline=pipeline,
                        batch_size=batch_size, stats=stats)


# --- Dask ---------------------------------------------------------------------------------

DEFAULT_SHARD_SIZE = 32


@dataclass
class ShardResult:
    """What one shard task wrote: its key, counts, and the Parquet files (one per table)."""

    shard: str
    documents: int
    errors: int
    files: list[str]


@dataclass
class DaskReport:
    """The outcome of a Dask run: where the parts are and how many documents and errors."""

    address: str
    parts_dir: str
    shards: int
    documents: int
    errors: int
    workers: int
    seconds: float
    files: list[str] = field(default_factory=list)


def shard_key(names: list[str]) -> str:
    """A stable name for a shard: a retried task overwrites its own parts, never duplicates."""
    return hashlib.sha256("\n".join(names).encode()).hexdigest()[:16]


def _write_parquet(rows: list[dict[str, Any]], path: Path, schema: Any = None) -> None:
    """Write rows atomically (temp file + rename) so a killed task leaves no half part."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=schema)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def process_shard(names: list[str], pipeline_settings: dict[str, Any], out_dir: str | Path,
                  run_id: str | None = None) -> ShardResult:
    """One Dask task: run the pipeline over ``names`` and write ``out_dir/<table>/<shard>.parquet``
    for every table that got rows, plus ``out_dir/errors/<shard>.parquet``."""
    from factwire.store.rows import TABLES, document_rows, error_row

    out = Path(out_dir)
    key = shard_key(names)
    rows: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
    errors: list[dict[str, Any]] = []
    documents = 0
    for item in Pipeline(**pipeline_settings).run(names):
        if isinstance(item, InputError):
            errors.append(error_row(item, run_id))
            continue
        documents += 1
        for table, table_rows in document_rows(item).items():
            rows[table].extend(table_rows)
    rows["errors"] = errors
    files = []
    for table, table_rows in rows.items():
        if table_rows:
            path = out / table / f"{key}.parquet"
            _write_parquet(table_rows, path, _arrow_schema(table))
            files.append(str(path))
    return ShardResult(key, documents, len(errors), files)


def _failed_shard(names: list[str], err: Exception, out: Path, run_id: str | None,
                  ) -> ShardResult:
    """A shard whose task never finished: one ``errors`` row per input name, written here."""
    from factwire.store.rows import error_row

    reason = f"{type(err).__name__}: {err}"
    rows = [error_row(InputError(name, reason, "worker"), run_id) for name in names]
    path = out / "errors" / f"{shard_key(names)}.parquet"
    _write_parquet(rows, path, _arrow_schema("errors"))
    return ShardResult(shard_key(names), 0, len(rows), [str(path)])


def _arrow_schema(table: str) -> Any:
    """The Arrow schema the store declares for a table, so every part has the same types."""
    from factwire.store.schema import arrow_schema

    return arrow_schema(table)


def _client(address: str, workers: int | None):
    """A Dask client: ``local`` starts a LocalCluster of single-threaded worker processes."""
    from distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, processes=True,
                               threads_per_worker=1, dashboard_address=":0")
        return Client(cluster), cluster
    return Client(address), None


def run_dask(sources: list[str], *, address: str, parts_dir: Path, pipeline: Pipeline,
             shard_size: int = DEFAULT_SHARD_SIZE, workers: int | None = None,
             run_id: str | None = None,
             progress: Callable[[ShardResult], None] | None = None) -> DaskReport:
    """Send shards of ``sources`` to a Dask cluster; each writes Parquet parts in ``parts_dir``.

    ``parts_dir`` must be a folder every worker can write and the caller can read (a shared
    file system on a real cluster). ``progress`` is called once per finished shard.
    """
    from distributed import as_completed

    started = time.perf_counter()
    names = expand_sources(sources)
    if address != "local":  # remote workers have another working directory
        names = [str(Path(n).resolve()) if Path(n).exists() else n for n in names]
    shards = [names[i:i + shard_size] for i in range(0, len(names), shard_size)]
    parts = Path(parts_dir).resolve()
    parts.mkdir(parents=True, exist_ok=True)
    settings = pipeline_settings(pipeline)
    client, cluster = _client(address, workers)
    try:
        n_workers = len(client.scheduler_info()["workers"])
        futures = [client.submit(process_shard, shard, settings, str(parts), run_id,
                                 key=f"factwire-shard-{shard_key(shard)}", pure=False)
                   for shard in shards]
        by_key = dict(zip((f.key for f in futures), shards, strict=True))
        results: list[ShardResult] = []
        for future in as_completed(futures):
            try:
                result = future.result()
            except Exception as err:  # e.g. KilledWorker after Dask's retries: errors, go on
                result = _failed_shard(by_key[future.key], err, parts, run_id)
            results.append(result)
            if progress is not None:
                progress(result)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return DaskReport(
        address=address, parts_dir=str(parts), shards=len(shards),
        documents=sum(r.documents for r in results), errors=sum(r.errors for r in results),
        workers=n_workers, seconds=time.perf_counter() - started,
        files=sorted(f for r in results for f in r.files),
    )
