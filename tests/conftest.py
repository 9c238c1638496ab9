"""Shared fixtures: one real `build.py build --strict` of the sample archive, served on 127.0.0.1,
and one headless Chromium (Debian's, never a downloaded one)."""

from __future__ import annotations

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


def copy_archive(target: Path) -> Path:
    shutil.copytree(FIXTURE, target)
    return target


@pytest.fixture(scope="session")
def archive_dir(tmp_path_factory) -> Path:
    """The sample archive plus one record full of injected HTML (its only warnings: `raw-html`)."""
    content = copy_archive(tmp_path_factory.mktemp("archive") / "content")
    (content / "meetings" / "planning-committee" / "2017-08-02.md").write_text(HOSTILE_RECORD)
    return content


@pytest.fixture(scope="session")
def site_dir(archive_dir, tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("site") / "site"
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
    content = tmp_path_factory.mktemp("bundled") / "content"
    shutil.copytree(ROOT / "content", content)
    shutil.copytree(ROOT / "sources", content.parent / "sources")  # where the records' sources are published from
    site = content.parent / "site"
    result = build_cli("build", "--content", str(content), "--site-dir", str(site), "--strict", timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="session")
def bundled_url(bundled_site) -> str:
    url, server = serve_folder(bundled_site)
    yield url
    server.shutdown()
    server.server_close()


def serve_folder(folder: Path):
    """Serve a built site on 127.0.0.1; returns (url, server) — shut the server down when done."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


SYNTHETIC_MEETINGS = 2000


@pytest.fixture(scope="session")
def synthetic_archive(tmp_path_factory) -> Path:
    """A synthetic archive of 2,000 meetings (`build.py synth`, seed 1): search at a realistic size."""
    content = tmp_path_factory.mktemp("synthetic") / "content"
    result = build_cli("synth", "--meetings", str(SYNTHETIC_MEETINGS), "--content", str(content), timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    return content


@pytest.fixture(scope="session")
def synthetic_site(synthetic_archive, tmp_path_factory):
    """The synthetic archive built once per session and served: yields (url, site folder)."""
    site = tmp_path_factory.mktemp("synthetic-site") / "site"
    result = build_cli("build", "--content", str(synthetic_archive), "--site-dir", str(site), "--quiet", timeout=3600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    url, server = serve_folder(site)
    yield url, site
    server.shutdown()
    server.server_close()
