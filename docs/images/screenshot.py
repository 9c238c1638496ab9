"""The README's screenshot: the bundled archive's meeting page, as a desktop browser shows it.

Run `make screenshot` (or `python docs/images/screenshot.py`) after changing how meeting pages look. The
bundled archive is copied and built into a temporary folder (a build adds to the archive's address
ledger, and a screenshot should change nothing else), served on 127.0.0.1 and photographed in Debian's
headless Chromium with Playwright, as the browser tests drive it.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = "meetings/cabinet/2017-07-13/"  # facts, decisions, attendance and the start of the items in one view
VIEWPORT = {"width": 1280, "height": 1500}
OUT = ROOT / "docs" / "images" / "meeting-page.png"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def build(folder: Path) -> Path:
    shutil.copytree(ROOT / "content", folder / "content")
    shutil.copytree(ROOT / "sources", folder / "sources")
    site = folder / "site"
    subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--content", str(folder / "content"),
                    "--site-dir", str(site)], check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return site


def photograph(site: Path, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
            page = browser.new_page(viewport=VIEWPORT, color_scheme="light")
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/{PAGE}")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(out))
            browser.close()
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        photograph(build(Path(folder)), OUT)
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
