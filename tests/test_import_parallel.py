"""Files are read in parallel (a process pool, or a Dask cluster) and merged in file order: the archive is
the same bytes whatever the number of workers or the order they finish in; Dask is imported only on demand."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from minutebook.importer import parallel, run, run_import

ROOT = Path(__file__).resolve().parent.parent
HARROW = ROOT / "sources" / "harrow"


def archive(tmp_path: Path, name: str) -> Path:
    content = tmp_path / name
    content.mkdir()
    shutil.copy(ROOT / "content" / "archive.yml", content / "archive.yml")
    return content


def files(content: Path) -> dict[str, bytes]:
    return {p.relative_to(content).as_posix(): p.read_bytes() for p in sorted(content.rglob("*"))
            if p.is_file() and ".import-cache" not in p.parts}


def test_one_worker_and_two_workers_write_the_same_bytes(tmp_path):
    one, two = archive(tmp_path, "one"), archive(tmp_path, "two")
    first = run_import([HARROW], one, root=ROOT, workers=1, cache=False)
    second = run_import([HARROW], two, root=ROOT, workers=2, cache=False)
    assert not first.errors and not second.errors, second.summary()
    assert len(first.meetings_created) == 11
    assert files(one) == files(two)


def test_the_order_files_finish_in_does_not_change_the_archive(tmp_path, monkeypatch):
    """Workers finish in any order: here the last file first, then the others backwards."""
    forwards = archive(tmp_path, "forwards")
    run_import([HARROW], forwards, root=ROOT, workers=1, cache=False)

    def backwards(jobs, done, workers=None, scheduler=None):
        parallel.run_inline(list(reversed(jobs)), done)

    monkeypatch.setattr(run, "run_jobs", backwards)
    reverse = archive(tmp_path, "backwards")
    run_import([HARROW], reverse, root=ROOT, cache=False)
    assert files(forwards) == files(reverse)


def test_a_worker_that_dies_costs_its_file_reported_not_the_import(tmp_path, monkeypatch):
    def crash(jobs, done, workers=None, scheduler=None):
        for job in jobs:
            done(parallel.failed(job, MemoryError("out of memory")))

    monkeypatch.setattr(run, "run_jobs", crash)
    content = archive(tmp_path, "content")
    report = run_import([HARROW / "2013-03-13-harrow-partnership-board-minutes.txt"], content, root=ROOT)
    assert [(p.code, "out of memory" in p.message) for p in report.errors] == [("import-failed", True)]
    assert not (content / "meetings").exists()


def test_dask_cluster_reads_the_files_and_writes_the_same_bytes(tmp_path):
    """`build.py import --scheduler ADDRESS` against a real local cluster (threads, in this process)."""
    from distributed import LocalCluster

    local = archive(tmp_path, "local")  # sources cited by absolute path in both: they are outside tmp_path
    run_import([HARROW], local, workers=1, cache=False)
    on_dask = archive(tmp_path, "dask")
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp://", host="127.0.0.1",
                      dashboard_address=None) as cluster:
        result = subprocess.run([sys.executable, str(ROOT / "build.py"), "import", str(HARROW), "--content",
                                 str(on_dask), "--scheduler", cluster.scheduler_address],
                                capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert files(local) == files(on_dask)


def test_dask_is_imported_only_when_a_scheduler_is_named(tmp_path):
    source = tmp_path / "planning.txt"
    source.write_text("PLANNING COMMITTEE MINUTES\n\n9 MARCH 2022\n\n21. MINUTES\n\nRESOLVED: approved.\n",
                      encoding="utf-8")
    code = ("import sys, build; code = build.main(['import', sys.argv[1], '--content', sys.argv[2]]); "
            "print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    result = subprocess.run([sys.executable, "-c", code, str(source), str(tmp_path / "content")],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert "LOADED []" in result.stdout, result.stdout + result.stderr
