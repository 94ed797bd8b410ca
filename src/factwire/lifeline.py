"""Worker processes end when the process that started them ends, even by SIGKILL.

With ``forkserver``, a pool worker's parent is the fork server, not the ingest process, and
every worker holds the pipe the fork server watches to know its client is gone: after a
SIGKILL of ``factwire ingest --workers 2`` the fork server, both workers and the resource
tracker all lived on. So each worker, as it starts:

- ``exit_with(ingest pid)``: a daemon thread waits on the ingest process (a pidfd, else
  polling) and ends the worker when it is gone. With every worker gone the fork server reads
  EOF on its pipe and exits, and then the resource tracker does.
- ``die_with_parent``: Linux ``prctl(PR_SET_PDEATHSIG, SIGKILL)``, so the kernel kills the
  worker if its own parent (the fork server, or the ingest process under ``spawn``) dies.

(A fork server preload could set the kernel signal in the fork server too, but the fork server
of Python 3.11 imports preloads before it applies the parent's ``sys.path``.)
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
POLL_SECONDS = 1.0


def die_with_parent() -> bool:
    """Ask the kernel to SIGKILL this process when its parent dies (Linux); whether it could."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    return True


def exit_with(pid: int) -> None:
    """End this process (``os._exit``) as soon as process ``pid`` has exited."""
    if not _alive(pid):
        os._exit(1)
    threading.Thread(target=_watch, args=(pid,), name="factwire-lifeline", daemon=True).start()


def _watch(pid: int) -> None:
    try:
        fd = os.pidfd_open(pid)  # readable once the process has exited; immune to pid reuse
    except (AttributeError, OSError):
        while _alive(pid):
            time.sleep(POLL_SECONDS)
    else:
        select.select([fd], [], [])
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
