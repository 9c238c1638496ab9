"""Search at size: bytes transferred and time to first results per query, in headless Chromium.

    .venv/bin/python benchmarks/search.py 2000 [10000] [--keep DIR]

For each size: writes a synthetic archive (`build.py synth`, seed 1), builds it, serves it on 127.0.0.1 and,
for each of 20 queries of one to three ordinary words, opens the home page in a fresh browser context
(cold cache), checks that loading the page fetched nothing from the index, types the query into the
header box and measures, from the last key, the time until its results are shown and every byte
Pagefind fetched (Chromium's own count of bytes on the wire; its worker's script, which Chromium counts
as 0, by the size of the file served), by part: Pagefind's code, its list of records, the chunks of the
query's words and the results shown. Targets (issue 8): median <= 300 KB, none
over 1 MB, first results within 1 s. Per-query lines are printed as they are measured.
"""

from __future__ import annotations

import argparse
import functools
import http.server
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
    def log_message(self, *args) -> None:
        pass


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


def measure(browser, url: str, site: Path, query: str) -> tuple[dict[str, int], float, int]:
    """(bytes Pagefind fetched for the query, by part, seconds from the last key to the results, index requests
    at page load). A fresh context has an empty cache; Playwright reports the requests of Pagefind's worker too."""
    context = browser.new_context()
    page = context.new_page()
    finished: list = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    at_load = [r for r in finished if "/pagefind/" in r.url]
    loaded = len(finished)
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query[:-1], delay=40)
    started = time.perf_counter()
    box.press(query[-1])
    page.wait_for_function("q => document.querySelector('.mb-search .md-search-result__list').dataset.query === q",
                           arg=query, timeout=120000)
    elapsed = time.perf_counter() - started
    page.wait_for_load_state("networkidle")
    parts: dict[str, int] = {}
    for request in finished[loaded:]:
        if "/pagefind/" in request.url:
            sizes = request.sizes()
            path = urllib.parse.urlsplit(request.url).path
            # Chromium counts a worker's own script as 0 bytes: that one is counted from the file served
            body = sizes["responseBodySize"] or (site / path.lstrip("/")).stat().st_size
            part = next(name for name, test in PARTS if test(path))
            parts[part] = parts.get(part, 0) + body + sizes["responseHeadersSize"]
    context.close()
    return parts, elapsed, len(at_load)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="+", type=int, help="meetings in each synthetic archive")
    parser.add_argument("--keep", type=Path, help="build into (and reuse) this folder instead of a temporary one")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    folder = args.keep or Path(tempfile.mkdtemp(prefix="minutebook-search-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        for meetings in args.sizes:
            site, seconds = build(meetings, folder)
            index = sum(f.stat().st_size for f in (site / "pagefind").rglob("*") if f.is_file())
            entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text())
            records = sum(language["page_count"] for language in entry["languages"].values())
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
            threading.Thread(target=server.serve_forever, daemon=True).start()
            url = f"http://127.0.0.1:{server.server_address[1]}/"
            results = []
            for query in QUERIES:
                results.append(measure(browser, url, site, query))
                parts, elapsed, _ = results[-1]
                shares = " ".join(f"{name} {parts.get(name, 0) / 1024:.0f}" for name, _ in PARTS if parts.get(name))
                print(f"  {meetings:>6} {query:<22} {sum(parts.values()) / 1024:7.0f} KB {elapsed:6.2f} s  ({shares})",
                      flush=True)
            server.shutdown()
            fetched = [sum(r[0].values()) / 1024 for r in results]
            print("  median KB by part: " + ", ".join(
                f"{name} {statistics.median(r[0].get(name, 0) / 1024 for r in results):.0f}" for name, _ in PARTS))
            times = [r[1] for r in results]
            rows.append((meetings, seconds, index, records, statistics.median(fetched), max(fetched),
                         statistics.median(times), max(times), sum(r[2] for r in results)))
        browser.close()
    print("\n| meetings | build s | index MB | records | KB per query, median | max | first results s, median | max "
          "| index requests at page load |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for m, s, index, records, med, top, tmed, tmax, at_load in rows:
        print(f"| {m:,} | {s:.0f} | {index / 2**20:.0f} | {records:,} | {med:.0f} | {top:.0f} | {tmed:.2f} "
              f"| {tmax:.2f} | {at_load} |")
    missed = [f"{m:,} meetings: {what} {value:.2f} > {TARGETS[what]}" for m, _, _, _, med, top, _, tmax, _ in rows
              for what, value in (("median KB", med), ("max KB", top), ("max first results s", tmax))
              if value > TARGETS[what]]
    print("\n".join(["targets not met:", *missed]) if missed else "every target met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
