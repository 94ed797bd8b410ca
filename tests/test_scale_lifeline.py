"""Workers die with the ingest that started them, even when it is SIGKILLed (issue 14.5)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _write_items(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"item-{i:03d}.txt").write_text(
            f"Talks on the border crossing resumed in round {i + 1}, the ministry said on "
            "Tuesday. Officials said the army would withdraw two battalions by Friday.\n",
            encoding="utf-8")


@pytest.mark.slow
def test_sigkill_of_an_ingest_with_two_workers_leaves_no_process(tmp_path):
    _write_items(tmp_path / "in", 60)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen(
        [sys.executable, "-m", "factwire.cli", "ingest", str(tmp_path / "in"), "--workers", "2",
         "--batch-size", "1", "--quiet", "--db", str(tmp_path / "f.duckdb")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    parent = psutil.Process(proc.pid)
    children: list[psutil.Process] = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            children = parent.children(recursive=True)
            workers = [c for c in children if c.ppid() != proc.pid]  # forked by the fork server
            if len(workers) >= 2:
                break
            time.sleep(0.2)
        assert len(children) >= 4, "tracker, fork server and two workers should be running"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        gone, alive = psutil.wait_procs(children, timeout=20)
        assert alive == [], [" ".join(p.cmdline()) for p in alive]
    finally:
        for child in children:  # only what this test started
            if child.is_running():
                child.kill()
