"""Where files are read: in this process, in a pool of processes on every core, or on a Dask cluster.

Each runner calls `done(result)` as files finish, in whatever order they finish; the caller puts the
results back in file order, so the archive is the same bytes whichever runner read it and however fast.
Dask is imported only when a scheduler is named.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import replace
from pathlib import Path

from .version import VERSION
from .worker import Job, Result, read_source

Done = Callable[[Result], None]


def failed(job: Job, error: BaseException) -> Result:
    """A worker that died (out of memory, a crash in a PDF library) costs its file, reported, not the import."""
    from .assemble import Gathered

    return Result(job.shown, job.checksum, Gathered(), [(job.shown, 0, "import-failed", f"the worker reading this "
                  f"file failed ({type(error).__name__}: {error}); nothing was written", "error")])


def run_inline(jobs: list[Job], done: Done) -> None:
    for job in jobs:
        done(read_source(job))


def _bounded(jobs: list[Job], submit: Callable[[Job], Future], window: int) -> Iterator[tuple[Job, Future]]:
    """Keep at most `window` files in flight, so thousands of files never sit in memory at once."""
    pending: dict[Future, Job] = {}
    queue = iter(jobs)
    while True:
        while len(pending) < window and (job := next(queue, None)) is not None:
            pending[submit(job)] = job
        if not pending:
            return
        finished, _ = wait(list(pending), return_when=FIRST_COMPLETED)
        for future in finished:
            yield pending.pop(future), future


def run_pool(jobs: list[Job], done: Done, workers: int) -> None:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for job, future in _bounded(jobs, lambda job: pool.submit(read_source, job), window=4 * workers):
            try:
                done(future.result())
            except Exception as error:  # noqa: BLE001 - BrokenProcessPool and the like
                done(failed(job, error))


def run_dask(jobs: list[Job], done: Done, address: str) -> None:
    """On an existing cluster: the files' bytes travel with the tasks, so workers need not share our disks;
    they need Minutebook importable, at the same version (checked on every result)."""
    from distributed import Client, as_completed

    with Client(address, set_as_default=False) as client:
        pending: dict[str, Job] = {}
        queue = iter(jobs)
        window = 4 * max(1, sum(client.nthreads().values()))

        def submit() -> list:
            futures = []
            while len(pending) < window and (job := next(queue, None)) is not None:
                try:
                    job = replace(job, data=Path(job.path).read_bytes())
                except OSError as error:
                    done(failed(job, error))
                    continue
                future = client.submit(read_source, job, pure=False)
                pending[future.key] = job
                futures.append(future)
            return futures

        flow = as_completed(submit(), loop=client.loop)
        for future in flow:
            job = pending.pop(future.key)
            try:
                result = future.result()
            except Exception as error:  # noqa: BLE001 - a lost worker, a task that could not be unpickled
                result = failed(job, error)
            if result.version != VERSION:
                result = failed(job, RuntimeError(f"the Dask worker runs importer version {result.version}, "
                                                  f"this machine {VERSION}: install the same Minutebook on both"))
            done(result)
            flow.update(submit())


def run_jobs(jobs: list[Job], done: Done, workers: int | None = None, scheduler: str | None = None) -> None:
    """Read every job: on the Dask cluster at `scheduler`, else on `workers` processes (default: every core);
    one worker, or one file, is read in this process."""
    if scheduler:
        run_dask(jobs, done, scheduler)
        return
    workers = min(workers or os.cpu_count() or 1, len(jobs))
    if workers <= 1:
        run_inline(jobs, done)
    else:
        run_pool(jobs, done, workers)
