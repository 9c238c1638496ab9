"""Search at size: bytes transferred and time to first results per query, in headless Chromium.

    .venv/bin/python benchmarks/search.py 2000 [10000] [--keep DIR] [--serve gzip plain]
    .venv/bin/python benchmarks/search.py --site BUILT_SITE_FOLDER

For each size: writes a synthetic archive (`build.py synth`, seed 1), builds it, serves it on 127.0.0.1 and,
for each of 20 queries of one to three ordinary words, opens the home page in a fresh browser context
(cold cache), checks that loading the page fetched nothing from the index, types the query into the
header box and measures, from the first key, the time from the last key until its results are shown and every
byte Pagefind fetched while the query was typed (Chromium's own count of bytes on the wire; a worker's script,
which Chromium counts as 0, by the body the server sent), by part: Pagefind's code, its list of records, the
chunks of the query's words and the results shown; and the longest the page was frozen (its longest task on
the main thread, as Chromium's Long Tasks API reports one of 50 ms or more) between the first key and the
results: a frozen page drops keys and scrolling. Each site is served twice: compressed as GitHub Pages
serves it (gzip for text: HTML, scripts, JSON; Pagefind's own index files are gzip already) and uncompressed
(Python's http.server). Targets (issue 8): median <= 300 KB, none over 1 MB, first results within 1 s.
Per-query lines are printed as they are measured.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
QUERIES = ["budget", "school places", "council tax support", "library services", "waste collection", "housing",
           "planning application", "parking", "adult social care", "children", "petition", "recycling",
           "leisure centre", "road safety", "pension fund", "community safety", "air quality", "public health",
           "apprenticeships", "street lighting"]
TARGETS = {"median KB": 300, "max KB": 1024, "max first results s": 1.0}


class Quiet(http.server.SimpleHTTPRequestHandler):
    """Serves files as they are (Python's http.server) and remembers the body it sent for each path."""

    sent: dict[str, int] = {}

    def log_message(self, *args) -> None:
        pass

    def copyfile(self, source, outputfile) -> None:
        start = source.tell()
        super().copyfile(source, outputfile)
        self.sent[urllib.parse.urlsplit(self.path).path] = source.tell() - start


COMPRESSED = (".html", ".js", ".css", ".json", ".svg", ".xml", ".txt")  # what GitHub Pages sends gzip-encoded


class Compressing(Quiet):
    """Serves text gzip-encoded to a browser that accepts it, as GitHub Pages does."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not (path.suffix in COMPRESSED and path.is_file() and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


SERVERS = {"gzip": Compressing, "plain": Quiet}


def build(meetings: int, folder: Path) -> tuple[Path, float]:
    content, site = folder / f"content-{meetings}", folder / f"site-{meetings}"
    if not content.exists():
        subprocess.run([sys.executable, str(ROOT / "build.py"), "synth", "--meetings", str(meetings),
                        "--content", str(content)], check=True, capture_output=True)
    started = time.perf_counter()
    if not site.exists():
        subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--content", str(content), "--site-dir",
                        str(site), "--quiet"], check=True, capture_output=True)
    return site, time.perf_counter() - started


# What each file Pagefind fetches is, to say where a query's bytes go: the first row that matches wins.
PARTS = (
    ("code", lambda url: url.endswith((".js", ".pagefind", ".json"))),  # pagefind.js, its worker, WebAssembly
    ("records", lambda url: url.endswith(".pf_meta")),  # every record's id and length: grows with the archive
    ("words", lambda url: url.endswith(".pf_index")),  # the chunks of the query's words
    ("results", lambda url: url.endswith(".pf_fragment")),  # one per result shown
    ("other", lambda url: True),  # filters
)


# Every task of 50 ms or more on the page's main thread, from the moment the page starts.
LONG_TASKS = """window.longTasks = [];
new PerformanceObserver(list => list.getEntries().forEach(t => window.longTasks.push([t.startTime, t.duration])))
  .observe({type: "longtask", buffered: true});"""


def measure(browser, url: str, query: str) -> tuple[dict[str, int], float, int, float]:
    """(bytes Pagefind fetched for the query, by part, seconds from the last key to the results, index requests
    at page load, the longest main-thread task in ms from the first key to the results). A fresh context has an
    empty cache; Playwright reports the requests of Pagefind's worker too."""
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(LONG_TASKS)
    finished: list = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    at_load = [r for r in finished if "/pagefind/" in r.url]
    loaded = len(finished)
    box = page.locator("input.md-search__input")
    box.click()
    typing = page.evaluate("performance.now()")
    box.press_sequentially(query[:-1], delay=40)
    started = time.perf_counter()
    box.press(query[-1])
    page.wait_for_function("q => document.querySelector('.mb-search .md-search-result__list').dataset.query === q",
                           arg=query, timeout=120000)
    elapsed = time.perf_counter() - started
    frozen = page.evaluate("t => Math.max(0, ...window.longTasks.filter(([at]) => at >= t).map(([, d]) => d))", typing)
    page.wait_for_load_state("networkidle")
    parts: dict[str, int] = {}
    for request in finished[loaded:]:
        if "/pagefind/" in request.url:
            sizes = request.sizes()
            path = urllib.parse.urlsplit(request.url).path
            # Chromium counts a worker's own script as 0 bytes: that one is counted from the body served
            body = sizes["responseBodySize"] or Quiet.sent.get(path, 0)
            part = next(name for name, test in PARTS if test(path))
            parts[part] = parts.get(part, 0) + body + sizes["responseHeadersSize"]
    context.close()
    return parts, elapsed, len(at_load), frozen


def run_queries(browser, site: Path, serve: str, label: str) -> list[tuple[dict[str, int], float, int, float]]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(SERVERS[serve], directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    results = []
    for query in QUERIES:
        results.append(measure(browser, url, query))
        parts, elapsed, _, frozen = results[-1]
        shares = " ".join(f"{name} {parts.get(name, 0) / 1024:.0f}" for name, _ in PARTS if parts.get(name))
        print(f"  {label:>8} {serve:<5} {query:<22} {sum(parts.values()) / 1024:7.0f} KB {elapsed:6.2f} s  "
              f"frozen {frozen:5.0f} ms  ({shares})", flush=True)
    server.shutdown()
    print(f"  {label} {serve}, median KB by part: " + ", ".join(
        f"{name} {statistics.median(r[0].get(name, 0) / 1024 for r in results):.0f}" for name, _ in PARTS))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, help="meetings in each synthetic archive")
    parser.add_argument("--keep", type=Path, help="build into (and reuse) this folder instead of a temporary one")
    parser.add_argument("--site", type=Path, action="append", default=[], help="measure this built site as it is")
    parser.add_argument("--serve", nargs="+", choices=SERVERS, default=list(SERVERS), help="how (default: both)")
    args = parser.parse_args()
    if not args.sizes and not args.site:
        parser.error("give the sizes of synthetic archives to build, or --site")
    from playwright.sync_api import sync_playwright

    folder = args.keep or Path(tempfile.mkdtemp(prefix="minutebook-search-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        sites = [(f"{m:,}", *build(m, folder)) for m in args.sizes] + [(s.name, s, 0.0) for s in args.site]
        for label, site, seconds in sites:
            index = sum(f.stat().st_size for f in (site / "pagefind").rglob("*") if f.is_file())
            entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
            records = sum(language["page_count"] for language in entry["languages"].values())
            for serve in args.serve:
                results = run_queries(browser, site, serve, label)
                fetched = [sum(r[0].values()) / 1024 for r in results]
                times = [r[1] for r in results]
                rows.append((label, serve, seconds, index, records, statistics.median(fetched), max(fetched),
                             statistics.median(times), max(times), sum(r[2] for r in results),
                             max(r[3] for r in results)))
        browser.close()
    print("\n| site | served | build s | index MB | records | KB per query, median | max | first results s, median "
          "| max | index requests at page load | page frozen, longest ms |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, serve, seconds, index, records, med, top, tmed, tmax, at_load, frozen in rows:
        print(f"| {label} | {serve} | {seconds:.0f} | {index / 2**20:.0f} | {records:,} | {med:.0f} | {top:.0f} "
              f"| {tmed:.2f} | {tmax:.2f} | {at_load} | {frozen:.0f} |")
    missed = [f"{label} ({serve}): {what} {value:.2f} > {TARGETS[what]}"
              for label, serve, _, _, _, med, top, _, tmax, _, _ in rows
              for what, value in (("median KB", med), ("max KB", top), ("max first results s", tmax))
              if value > TARGETS[what]]
    print("\n".join(["targets not met:", *missed]) if missed else "every target met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
