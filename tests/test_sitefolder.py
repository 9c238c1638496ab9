"""`build.py build --site-dir`: only a previous Minutebook site is ever replaced; a killed build leaves
no MkDocs running and no staging folder; the site can be read by a web server running as another user."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, build_cli, copy_archive

from minutebook import sitefolder


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def content(tmp_path) -> Path:
    return copy_archive(tmp_path / "content")


@pytest.mark.parametrize("target", ["content", "content/meetings", ".", ".."])
def test_a_folder_holding_or_inside_the_archive_or_project_is_never_replaced(tmp_path, content, target):
    before = tree(tmp_path)
    result = build_cli("build", "--content", str(content), "--site-dir", target, cwd=tmp_path)
    assert result.returncode == 1 and "refusing to build into" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert tree(tmp_path) == before


def test_a_folder_that_is_not_a_previous_site_is_never_replaced(tmp_path, content):
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "holiday.jpg").write_bytes(b"\xff\xd8 a photo")
    result = build_cli("build", "--content", str(content), "--site-dir", "photos", cwd=tmp_path)
    assert result.returncode == 1 and "is not a site Minutebook built" in result.stderr
    assert (tmp_path / "photos" / "holiday.jpg").read_bytes() == b"\xff\xd8 a photo"


def test_a_previous_site_is_replaced_and_readable_by_others(tmp_path, content):
    for _ in range(2):  # the second build replaces the first, recognised by its marker
        result = build_cli("build", "--content", str(content), "--site-dir", "out", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    site = tmp_path / "out"
    files = [p for p in site.rglob("*") if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    assert f"built {site}: {total / 2**20:,.1f} MiB in {len(files):,} files" in result.stdout, result.stdout
    assert "GitHub Pages" not in result.stderr  # a small archive is far below the limit
    assert (site / ".minutebook-site").is_file()
    assert site.stat().st_mode & 0o055 == 0o055  # group and others can list and read it (umask 022)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def _build_process(tmp_path: Path, content: Path) -> subprocess.Popen:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.Popen([sys.executable, str(ROOT / "build.py"), "build", "--content", str(content),
                             "--site-dir", "out"], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _mkdocs_processes(staging_prefix: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            if "mkdocs" in command and staging_prefix in command:
                found.append(int(entry.name))
    return found


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_killed_build_stops_mkdocs_and_leaves_nothing_behind(tmp_path, signum):
    content = ROOT / "content"  # the bundled archive: a build that takes long enough to interrupt
    process = _build_process(tmp_path, content)
    deadline = time.monotonic() + 60
    # Stopped while MkDocs has forked its workers (rendering pages): they must go with it, silently.
    while len(_mkdocs_processes(str(tmp_path / ".out.building-"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(_mkdocs_processes(str(tmp_path / ".out.building-"))) >= 2, "MkDocs never started its workers"
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "stopped" in stderr
    time.sleep(0.2)
    assert _mkdocs_processes(str(tmp_path / ".out.building-")) == []
    assert list(tmp_path.iterdir()) == []


def test_a_stale_staging_folder_is_removed_by_the_next_build(tmp_path, content):
    stale = tmp_path / ".out.building-999999999-abc"  # no such process
    stale.mkdir()
    (stale / "index.html").write_text("half a site")
    result = build_cli("build", "--content", str(content), "--site-dir", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not stale.exists()


def test_a_site_over_github_pages_limit_is_said_before_it_is_published():
    assert sitefolder.too_large(999_999_999) is None
    notice = sitefolder.too_large(1_391_000_000)
    assert "1.39 GB" in notice and "GitHub Pages" in notice and "docs/publishing.md" in notice
    assert "Large archives" in (ROOT / "docs" / "publishing.md").read_text(encoding="utf-8")
