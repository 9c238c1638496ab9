"""The import cache: unchanged files are not read again, a killed import resumes where it stopped without
leaving a half-written archive, and an entry this user did not sign is never loaded."""

from __future__ import annotations

import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutebook.importer import cache, parallel, run_import, worker
from minutebook.importer.cache import FOLDER, Cache

ROOT = Path(__file__).resolve().parent.parent
HARROW = sorted((ROOT / "sources" / "harrow").glob("*.txt"))


def minutes(body: str, day: int) -> str:
    return f"{body.upper()} MINUTES\n\n{day} MARCH 2022\n\n21. MINUTES\n\nRESOLVED: That the minutes be approved.\n"


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The files actually read (not taken from the cache), in one process."""
    seen: list[str] = []

    def counting(job):
        seen.append(job.shown)
        return worker.read_source(job)

    monkeypatch.setattr(parallel, "read_source", counting)
    return seen


def files(content: Path) -> dict[str, bytes]:
    return {p.relative_to(content).as_posix(): p.read_bytes() for p in sorted(content.rglob("*"))
            if p.is_file() and FOLDER not in p.parts}


def test_unchanged_files_are_not_read_again(tmp_path, reads):
    for n, body in enumerate(("Planning Committee", "Cabinet", "Licensing Panel")):
        (tmp_path / f"{n}.txt").write_text(minutes(body, n + 1), encoding="utf-8")
    content = tmp_path / "content"
    run_import([tmp_path / "0.txt", tmp_path / "1.txt", tmp_path / "2.txt"], content, root=tmp_path, workers=1)
    assert reads == ["0.txt", "1.txt", "2.txt"]
    (tmp_path / "1.txt").write_text(minutes("Cabinet", 5), encoding="utf-8")
    reads.clear()
    report = run_import([tmp_path / "1.txt"], content, root=tmp_path, workers=1)
    assert reads == ["1.txt"] and not report.errors
    assert "meetings/cabinet/2022-03-05.md" in report.meetings_created
    assert len(list((content / FOLDER).glob("*.pickle"))) == 3  # the old reading of the changed file was pruned


def test_a_killed_import_writes_nothing_and_resumes_where_it_stopped(tmp_path, reads):
    content = tmp_path / "content"

    def killed(done: int, total: int, label: str) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_import(HARROW, content, progress=killed, root=ROOT, workers=1)
    assert not (content / "meetings").exists() and not (content / ".import.yml").exists()
    assert reads == [p.relative_to(ROOT).as_posix() for p in HARROW[:2]]
    reads.clear()
    report = run_import(HARROW, content, root=ROOT, workers=1)
    assert reads == [p.relative_to(ROOT).as_posix() for p in HARROW[2:]] and not report.errors
    clean = tmp_path / "clean"
    run_import(HARROW, clean, root=ROOT, workers=1, cache=False)
    assert files(content) == files(clean)


def test_an_import_killed_by_a_signal_leaves_the_archive_whole(tmp_path):
    content = tmp_path / "content"
    command = [sys.executable, str(ROOT / "build.py"), "import", *map(str, HARROW), "--jobs", "1",
               "--content", str(content)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not list((content / FOLDER).glob("*.pickle")) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert process.poll() is None, "the import finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not (content / "meetings").exists()
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    clean = tmp_path / "clean"
    run_import(HARROW, clean, workers=1, cache=False)
    assert files(content) == files(clean)


def test_an_entry_not_signed_by_this_user_is_never_loaded(tmp_path, monkeypatch, reads):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    source = tmp_path / "planning.txt"
    source.write_text(minutes("Planning Committee", 9), encoding="utf-8")
    content = tmp_path / "content"
    run_import([source], content, root=tmp_path)
    (entry,) = (content / FOLDER).glob("*.pickle")
    marker = tmp_path / "pwned"
    payload = pickle.dumps(type("E", (), {"__reduce__": lambda self: (Path.touch, (marker,))})())
    entry.write_bytes(b"\0" * cache.SIGNATURE + payload)  # someone else's archive, someone else's cache
    reads.clear()
    report = run_import([source], content, root=tmp_path)
    assert not marker.exists() and reads == ["planning.txt"] and not report.errors


def test_another_importer_version_reads_the_files_again(tmp_path, monkeypatch, reads):
    source = tmp_path / "planning.txt"
    source.write_text(minutes("Planning Committee", 9), encoding="utf-8")
    run_import([source], tmp_path / "content", root=tmp_path)
    monkeypatch.setattr(cache, "VERSION", "another")
    reads.clear()
    run_import([source], tmp_path / "content", root=tmp_path)
    assert reads == ["planning.txt"]


def test_keys_differ_by_checksum_path_and_options():
    job = worker.Job("a.txt", "/x/a.txt", "0" * 64)
    others = [worker.Job("b.txt", "/x/a.txt", "0" * 64), worker.Job("a.txt", "/x/a.txt", "1" * 64),
              worker.Job("a.txt", "/x/a.txt", "0" * 64, worker.Options(body="Cabinet"))]
    assert len({Cache.key(j) for j in [job, *others]}) == 4
    assert Cache.key(job) == Cache.key(worker.Job("a.txt", "/elsewhere/a.txt", "0" * 64))
