"""Independent work on every core: forked workers, results in order, a bounded window ahead.

Forking shares the parent's archive with the workers for free (nothing is pickled on the way in);
only results come back. At most `WINDOW` batches per worker wait to be consumed, so a consumer
slower than the workers (MkDocs writing pages) never has every result in memory at once.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
WINDOW = 8  # batches in flight per worker: enough to keep every core busy, few enough to keep memory flat

_job: Callable[[int], object] | None = None  # what forked workers run, inherited from the parent


def workers() -> int:
    """Processes to work with: $MINUTEBOOK_WORKERS, else one per core this process may use."""
    setting = os.environ.get("MINUTEBOOK_WORKERS", "")
    if setting.isdigit() and int(setting) > 0:
        return int(setting)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _as_a_worker() -> None:
    """A worker is stopped by its pool, never by the parent's handlers (`build.py serve` turns SIGTERM into
    an exception, which a worker would print as a traceback); Ctrl+C is the parent's to handle."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _batch(start: int, stop: int) -> list:
    assert _job is not None
    return [_job(i) for i in range(start, stop)]


def fork_map(job: Callable[[int], T], count: int, batch: int = 8, processes: int | None = None,
             recycle: int | None = None) -> Iterator[T]:
    """`job(0)`, `job(1)`, … `job(count - 1)`, in order, computed `processes` at a time; each worker replaced by a
    new fork after `recycle` batches. A worker's memory grows as it reads what it inherited (reading an object
    writes its reference count, and the page of memory holding it is copied): over a long run each would end
    with its own copy of the parent's archive."""
    global _job
    processes = workers() if processes is None else processes
    if (processes <= 1 or count <= batch or "fork" not in multiprocessing.get_all_start_methods()
            or multiprocessing.current_process().daemon):  # a pool's worker may not start a pool of its own
        yield from map(job, range(count))
        return
    previous, _job = _job, job
    starts = iter(range(0, count, batch))
    # What the workers inherit is never collected in them: a collection writes to every object it walks,
    # and each worker would then hold its own copy of the parent's memory.
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(processes, initializer=_as_a_worker, maxtasksperchild=recycle) as pool:
            pending = deque(pool.apply_async(_batch, (i, min(i + batch, count)))
                            for i in islice(starts, WINDOW * processes))
            while pending:
                done = pending.popleft().get()
                for i in islice(starts, 1):
                    pending.append(pool.apply_async(_batch, (i, min(i + batch, count))))
                yield from done
    finally:
        gc.unfreeze()
        _job = previous
