"""The worker pool on its own: order, task errors and worker deaths (no spaCy needed)."""

from __future__ import annotations

import os

from factwire.scale import Split, WorkerDied, WorkerPool


def _shout_or_die(batch: list[str]) -> tuple[int, float, list[str]]:
    """A task that upper-cases its batch, raises on "bad" and kills its process on "die"."""
    if "die" in batch:
        os._exit(3)  # like a segfault or the OOM killer: no exception, the process is gone
    if "bad" in batch:
        raise ValueError("cannot shout 'bad'")
    return os.getpid(), 1.0, [word.upper() for word in batch]


def test_pool_keeps_order_and_survives_a_dying_worker():
    batches = [["troops"], ["arrived"], ["die"], ["in"], ["bad"], ["kursk"], ["region"]]
    with WorkerPool(2, {}, load_nlp=False, window=3) as pool:
        results = list(pool.map(_shout_or_die, batches))
    assert [batch for batch, _ in results] == batches  # every batch once, in input order
    by_word = {batch[0]: result for batch, result in results}
    assert isinstance(by_word["die"], WorkerDied)
    assert isinstance(by_word["bad"], ValueError)
    assert [by_word[w] for w in ("troops", "arrived", "in", "kursk", "region")] == [
        ["TROOPS"], ["ARRIVED"], ["IN"], ["KURSK"], ["REGION"]]
    assert pool.stats.worker_deaths >= 1
    assert pool.stats.peak_rss_mb  # every worker that answered reported its memory


def test_pool_with_one_worker_and_only_deaths_ends():
    with WorkerPool(1, {}, load_nlp=False) as pool:
        results = list(pool.map(_shout_or_die, [["die"], ["die"]]))
    assert [type(r) for _, r in results] == [WorkerDied, WorkerDied]


def _sleep_on_loop(batch: list[str]) -> tuple[int, float, list[str]]:
    """A task stuck forever on "loop", like an extractor in an endless loop on odd text."""
    import time

    while "loop" in batch:
        time.sleep(0.05)
    return os.getpid(), 1.0, batch


def test_a_stuck_batch_is_killed_and_reported():
    batches = [["before"], ["loop"], ["after"]]
    with WorkerPool(2, {}, load_nlp=False, timeout=2.0) as pool:
        results = list(pool.map(_sleep_on_loop, batches))
    assert [r for _, r in results][::2] == [["before"], ["after"]]
    assert isinstance(results[1][1], WorkerDied) and "worker killed" in str(results[1][1])


def test_a_stuck_item_fails_alone_and_its_batch_mates_come_back():
    """A batch holding one stuck item is rerun item by item: only that item is an error."""
    batches = [["troops", "loop", "arrived"], ["in", "kursk"]]
    with WorkerPool(2, {}, load_nlp=False, timeout=2.0) as pool:
        results = list(pool.map(_sleep_on_loop, batches))
    assert [batch for batch, _ in results] == batches
    split = results[0][1]
    assert isinstance(split, Split)
    assert [part for part, _ in split.parts] == [["troops"], ["loop"], ["arrived"]]
    assert split.parts[0][1] == ["troops"] and split.parts[2][1] == ["arrived"]
    assert isinstance(split.parts[1][1], WorkerDied)
    assert "time budget" in str(split.parts[1][1])
    assert results[1][1] == ["in", "kursk"]


def test_an_item_that_kills_its_worker_fails_alone():
    batches = [["north", "die", "korea"]]
    with WorkerPool(1, {}, load_nlp=False) as pool:
        ((_, split),) = list(pool.map(_shout_or_die, batches))
    assert isinstance(split, Split)
    assert [result for _, result in split.parts][0::2] == [["NORTH"], ["KOREA"]]
    assert isinstance(split.parts[1][1], WorkerDied)
