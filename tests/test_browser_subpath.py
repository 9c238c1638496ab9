"""The built site works when published under a sub-path, as GitHub Pages serves a project site.

The site is built with SITE_URL=http://127.0.0.1:<port>/archive/ and served only under /archive/, like
https://<account>.github.io/<repository>/; headless Chromium then checks that the home page's CSS and
JavaScript load, that a link to a meeting works, and that a missing address gets the 404 page with
its assets (the 404 page is served for any depth of URL, so its links must not be relative).
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from search_query import typed_into_box

from build import SiteHandler

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
PREFIX = "/archive/"


class SubPathHandler(SiteHandler):
    """Serve the site only under PREFIX; anything missing gets the site's 404 page (build.py's own
    handler, the one `build.py serve` uses), as Pages does."""

    def send_head(self):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path.startswith(PREFIX):
            target = Path(self.translate_path("/" + path[len(PREFIX):]))
            if (target / "index.html").is_file() or target.is_file():
                if target.is_dir() and not path.endswith("/"):
                    self.send_response(301)
                    self.send_header("Location", path + "/")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                self.path = "/" + self.path[len(PREFIX):]
                return super().send_head()
        self.send_error(404)
        return None

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The built site, served at http://127.0.0.1:<port>/archive/."""
    folder = tmp_path_factory.mktemp("site")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(SubPathHandler, directory=str(folder)))
    base = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    env = {**os.environ, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "build.py", "build", "--site-dir", str(folder), "--strict"]  # the bundled archive
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def page(browser, site):
    """A page that may only reach the local site; it records every asset it loads or fails to."""
    context = browser.new_context()
    page = context.new_page()
    page.assets = {}
    page.route(re.compile(r"^(?!http://127\.0\.0\.1:).*"), lambda route: route.abort())  # no outside fetches
    page.on("response", lambda response: page.assets.__setitem__(response.url, response.status))
    page.on("requestfailed", lambda request: page.assets.setdefault(request.url, "failed"))
    yield page
    context.close()


def assert_assets_loaded(page, site: str) -> None:
    local = {url: status for url, status in page.assets.items() if url.startswith(site)}
    styles = [u for u in local if u.endswith(".css")]
    scripts = [u for u in local if u.endswith(".js")]
    assert styles and scripts, f"no CSS or JavaScript requested from {site}: {sorted(local)}"
    broken = {url: status for url, status in local.items() if (url in styles or url in scripts) and status != 200}
    assert not broken, f"assets that did not load: {broken}"
    # Material's CSS is applied (the header is laid out as a bar) and its JavaScript has run.
    assert page.eval_on_selector(".md-header", "e => getComputedStyle(e).position") in ("sticky", "fixed")
    page.wait_for_function("() => typeof window.document$ !== 'undefined' || typeof window.location$ !== 'undefined'")


def test_home_page_loads_its_css_and_javascript(page, site):
    response = page.goto(site)
    assert response.status == 200
    assert_assets_loaded(page, site)


def test_a_meeting_link_on_the_home_page_works(page, site):
    page.goto(site)
    links = page.locator("article a[href]")
    hrefs = links.evaluate_all("links => links.map(a => a.href)")  # resolved against the page's address
    meeting = re.compile(re.escape(site) + r"meetings/[a-z0-9-]+/\d{4}-\d{2}-\d{2}(-\d+)?/$")
    found = [i for i, href in enumerate(hrefs) if meeting.match(href.split("#")[0])]
    assert found, f"no meeting link on the home page: {hrefs[:20]}"
    with page.expect_navigation():
        links.nth(found[0]).click()
    assert page.url.split("#")[0] == hrefs[found[0]].split("#")[0]
    assert page.locator("article h1").count() == 1
    assert_assets_loaded(page, site)


def test_a_folder_without_its_slash_is_redirected_within_the_sub_path(page, site):
    page.goto(site + "meetings")
    assert page.url == site + "meetings/"


def test_a_missing_address_gets_the_404_page_with_its_assets(page, site):
    response = page.goto(site + "no/such/meeting/")
    assert response.status == 404
    assert "404" in page.locator("article h1").inner_text()
    assert_assets_loaded(page, site)
    sections = page.locator("article li a").evaluate_all("links => links.map(a => a.href)")
    assert site + "meetings/" in sections and all(href.startswith(site) for href in sections)


def test_the_header_search_works_under_the_sub_path(page, site):
    """Pagefind's code, its worker and its index load from the sub-path, from a page below its root, and the
    results open there: a project site's search would otherwise fetch /pagefind/ at the host's root."""
    workers: list[str] = []
    page.on("worker", lambda worker: workers.append(worker.url))
    page.goto(site + "meetings/")
    typed_into_box(page, "Pinner Wood School")
    results = page.locator(".mb-search .md-search-result__item:not(.mb-search-more) a").evaluate_all(
        "links => links.map(a => a.href)")
    assert results and all(href.startswith(site) for href in results), results
    assert site + "pagefind/pagefind-worker.js" in workers, workers
    fetched = {url: status for url, status in page.assets.items() if "/pagefind/" in url}
    assert fetched and all(url.startswith(site) and status == 200 for url, status in fetched.items()), fetched
    with page.expect_navigation():
        page.locator(".mb-search .md-search-result__item:not(.mb-search-more) a").first.click()
    assert page.url.startswith(site + "meetings/") and "#" in page.url, page.url
