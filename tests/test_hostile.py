"""The hostile archive (tests/fixtures/hostile): built with `build.py build`, every page opened in
headless Chromium. No script runs, nothing redirects, nothing covers the page, no record text
claims a permanent anchor, and every word that follows a payload is still there."""

from __future__ import annotations

import csv
import functools
import http.server
import io
import re
import shutil
import threading
from pathlib import Path

import pytest
from conftest import ROOT, build_cli

pytestmark = pytest.mark.browser
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
PAYLOAD = 'Evil Board" http-equiv="refresh" content="0;url=https://example.org/'
SENTINEL_RE = re.compile(r"KEEPME[A-Z]+\d*")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("hostile")
    shutil.copytree(HOSTILE / "content", project / "content")
    shutil.copytree(HOSTILE / "sources", project / "sources")
    result = build_cli("build", "--content", str(project / "content"), "--site-dir", str(project / "site"),
                       cwd=project, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return project / "site"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def hostile_url(hostile_site):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(hostile_site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


OVERLAY_JS = """() => {
  const big = [];
  for (const e of document.querySelectorAll('article *')) {
    const s = getComputedStyle(e);
    const r = e.getBoundingClientRect();
    if ((s.position === 'fixed' || s.position === 'absolute') && r.width * r.height > innerWidth * innerHeight / 4)
      big.push(e.outerHTML.slice(0, 80));
  }
  return big;
}"""


def open_page(page, url: str, outside: list[str]) -> None:
    page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_timeout(150)
    assert page.url == url, f"{url} went to {page.url}"


def test_no_page_runs_a_script_redirects_or_is_covered(browser, hostile_site, hostile_url):
    context = browser.new_context()
    outside: list[str] = []
    context.route("**/*", lambda route: (outside.append(route.request.url), route.abort())
                  if not route.request.url.startswith(hostile_url) else route.continue_())
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pages = sorted(p.relative_to(hostile_site).as_posix() for p in hostile_site.rglob("index.html"))
    assert len(pages) > 10
    for path in pages:
        url = hostile_url + path.removesuffix("index.html")
        open_page(page, url, outside)
        page.evaluate("document.querySelectorAll('article *').forEach(e => ['mouseover', 'mouseenter', 'focus']"
                      ".forEach(t => e.dispatchEvent(new MouseEvent(t, {bubbles: true}))))")
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("meta[http-equiv], article script, article iframe, article img, article style, "
                            "article template, article textarea, [onerror], [onmouseover]").count() == 0, path
        assert page.evaluate(OVERLAY_JS) == [], path
        assert page.locator("article [style]").evaluate_all(
            "es => es.map(e => e.getAttribute('style')).filter(s => !/^text-align: ?(left|right|center);?$/.test(s))"
        ) == [], path
    assert outside == [] and dialogs == []
    context.close()


def test_a_quote_in_a_name_stays_inside_its_attribute(page, hostile_url):
    open_page(page, hostile_url + "bodies/evil-board/", [])
    description = page.locator('meta[name="description"]').get_attribute("content")
    assert description.startswith(PAYLOAD + ":")
    assert page.locator('meta[property="og:title"]').get_attribute("content").startswith("Evil Board")
    open_page(page, hostile_url + "meetings/evil-board/2017-03-01/", [])
    cite = page.locator("button.mb-cite").first.get_attribute("data-cite")
    assert cite.startswith('=HYPERLINK("https://example.org/","x") Evil" onmouseover="window.__pwned=1 Council, '
                           + PAYLOAD)


def test_every_word_after_a_payload_is_kept_and_anchors_are_the_items(page, hostile_url):
    for path in ("meetings/evil-board/2017-03-01/", "meetings/other-board/2017-04-01/"):
        source = (HOSTILE / "content" / (path.rstrip("/") + ".md")).read_text()
        open_page(page, hostile_url + path, [])
        text = page.locator("article").inner_text()
        missing = [w for w in SENTINEL_RE.findall(source) if w not in text and not w.startswith("KEEPMESRC")]
        assert missing == [], path
    page.goto(hostile_url + "meetings/evil-board/2017-03-01/")
    for n in range(1, 6):
        assert page.evaluate(f"document.getElementById('minute-{n}').tagName") == "H2"
        assert page.locator(f'[id="minute-{n}"]').count() == 1


def test_sources_are_served_as_text_or_documents_never_as_pages(page, hostile_site, hostile_url):
    published = sorted(p.name for p in (hostile_site / "sources").iterdir())
    assert published == ["evil.html.txt", "evil.md.txt", "evil.pdf", "evil.svg.txt", "evil.txt", "evil.xml.txt"]
    open_page(page, hostile_url + "meetings/evil-board/2017-03-01/", [])
    links = page.locator('article a[href*="sources/"]').evaluate_all("es => es.map(e => e.href)")
    assert {link.rsplit("/", 1)[1] for link in links} == set(published)
    for link in links:
        if link.endswith(".pdf"):
            continue  # a document for the browser's viewer, never run as a page of the site
        response = page.goto(link)
        assert response.headers["content-type"].startswith("text/plain"), link
        assert page.evaluate("window.__pwned") is None, link
        assert "KEEPMESRC" in page.locator("body").inner_text()


def test_csv_cells_are_never_formulas(hostile_site):
    for table in (hostile_site / "data").glob("*.csv"):
        for row in csv.reader(io.StringIO(table.read_text())):
            assert [cell for cell in row if cell[:1] in ("=", "+", "-", "@", "\t", "\r")] == [], table.name
