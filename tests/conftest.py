"""Shared fixtures: one real `build.py build --strict` of the sample archive, served on 127.0.0.1,
and one headless Chromium (Debian's, never a downloaded one).

`make test` runs the suite on every core (`pytest -n`, pytest-xdist): each worker is a process of its own with
its own session fixtures, so a site that takes long to build is built once for all of them (`built_once`) and
each worker serves it on a port of its own. (pytest-xdist's own `xdist_group` mark cannot keep such tests on one
worker under pytest 9: it renames node ids in a way pytest 9 no longer reads.)"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "archive"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]

HOSTILE_RECORD = """---
body: planning-committee
date: 2017-08-02
start: "18:30"
venue: <img src=x onerror="window.__pwned='venue'">
attendance:
  - {person: keith-ferry, status: present, role: "<script>window.__pwned='role'</script>"}
items:
  - minute: "99"
    title: <script>window.__pwned='title'</script> Hostile zebracrossing
    decisions:
      - <img src=x onerror="window.__pwned='decision'"> zebracrossing decided
---

Intro with <b onmouseover="window.__pwned='intro'">bold</b> text.

## 99. Hostile zebracrossing {#minute-99}

<script>window.__pwned='text'</script>
<img src=x onerror="window.__pwned='img'">
[click me](javascript:window.__pwned='link') zebracrossing
<iframe src="javascript:window.__pwned='iframe'"></iframe>
"""


def build_cli(*args: str, cwd: Path = ROOT, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    """`build.py` as a user runs it, bounded in time: a hang fails the test instead of stalling the suite."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, str(ROOT / "build.py"), *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout, **kwargs)


@contextlib.contextmanager
def built_once(tmp_path_factory, name: str):
    """A folder that the first test process to need it fills inside this block, and the others (the workers of
    `pytest -n`) wait for and reuse: yields (folder, True) to the one that must build it, (folder, False) after
    it is built. A build that fails leaves no mark, so the next process tries again and fails as visibly."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the run's folder, which holds each worker's own
    folder, done = base / "shared" / name, base / "shared" / f"{name}.built"
    folder.parent.mkdir(parents=True, exist_ok=True)
    with (base / "shared" / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if done.exists():
            yield folder, False
            return
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        yield folder, True
        done.touch()


def copy_archive(target: Path) -> Path:
    shutil.copytree(FIXTURE, target)
    return target


@pytest.fixture(scope="session")
def archive_dir(tmp_path_factory) -> Path:
    """The sample archive plus one record full of injected HTML (its only warnings: `raw-html`)."""
    with built_once(tmp_path_factory, "archive") as (folder, build):
        content = folder / "content"
        if build:
            copy_archive(content)
            (content / "meetings" / "planning-committee" / "2017-08-02.md").write_text(HOSTILE_RECORD)
    return content


@pytest.fixture(scope="session")
def site_dir(archive_dir, tmp_path_factory) -> Path:
    with built_once(tmp_path_factory, "site") as (folder, build):
        site = folder / "site"
        if build:
            result = build_cli("build", "--content", str(archive_dir), "--site-dir", str(site))
            assert result.returncode == 0, result.stdout + result.stderr
            warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
            assert warnings and all("2017-08-02.md:" in w and w.endswith("[raw-html]") for w in warnings), warnings
    return site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(site_dir) -> str:
    url, server = serve_folder(site_dir)
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"the browser tests need Debian's chromium at {CHROMIUM} (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}  # a common phone's screen, in CSS pixels
VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}


def pytest_generate_tests(metafunc):
    """A module with AT_EVERY_SIZE = True runs each test that takes `page` at a desktop's and a phone's size."""
    if getattr(metafunc.module, "AT_EVERY_SIZE", False) and "page" in metafunc.fixturenames:
        metafunc.parametrize("page", VIEWPORTS, indirect=True)


@pytest.fixture
def page(browser, request):
    """A new page: at each size of VIEWPORTS in a module that sets AT_EVERY_SIZE, else the browser's default."""
    size = getattr(request, "param", None)
    context = browser.new_context(**({"viewport": VIEWPORTS[size]} if size else {}))
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def bundled_site(tmp_path_factory) -> Path:
    """The bundled archive (content/), built as `make site` builds it, from a copy: a build adds to the
    archive's address ledger, and a test never writes into the project."""
    with built_once(tmp_path_factory, "bundled") as (folder, build):
        content, site = folder / "content", folder / "site"
        if build:
            shutil.copytree(ROOT / "content", content)
            shutil.copytree(ROOT / "sources", folder / "sources")  # where the records' sources are published from
            result = build_cli("build", "--content", str(content), "--site-dir", str(site), "--strict", timeout=900)
            assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="session")
def bundled_url(bundled_site) -> str:
    url, server = serve_folder(bundled_site)
    yield url
    server.shutdown()
    server.server_close()


def serve_folder(folder: Path, handler_class: type[http.server.SimpleHTTPRequestHandler] = _QuietHandler):
    """Serve a built site on 127.0.0.1; returns (url, server) — shut the server down when done."""
    handler = functools.partial(handler_class, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


SYNTHETIC_MEETINGS = 2000


@pytest.fixture(scope="session")
def synthetic_archive(tmp_path_factory) -> Path:
    """A synthetic archive of 2,000 meetings (`build.py synth`, seed 1): search at a realistic size."""
    with built_once(tmp_path_factory, "synthetic") as (folder, build):
        content = folder / "content"
        if build:
            result = build_cli("synth", "--meetings", str(SYNTHETIC_MEETINGS), "--content", str(content),
                               timeout=900)
            assert result.returncode == 0, result.stdout + result.stderr
    return content


@pytest.fixture(scope="session")
def synthetic_site(synthetic_archive, tmp_path_factory):
    """The synthetic archive built once per session and served: yields (url, site folder)."""
    with built_once(tmp_path_factory, "synthetic-site") as (folder, build):
        site = folder / "site"
        if build:
            result = build_cli("build", "--content", str(synthetic_archive), "--site-dir", str(site), "--quiet",
                               timeout=3600)
            assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    url, server = serve_folder(site)
    yield url, site
    server.shutdown()
    server.server_close()
