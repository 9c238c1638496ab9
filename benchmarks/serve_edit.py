"""How long an edited record takes to reach the browser while `build.py serve` runs.

    .venv/bin/python benchmarks/serve_edit.py 1000 10000 [--edits 3] [--archives DIR] [--write-docs]

For each size: write a synthetic archive (`build.py synth`), start `build.py serve` on a free port,
wait until it says it is ready for fast edits, then edit one meeting's venue and poll its served
page every 0.1 s until the new venue is there; the seconds from the save to the changed page are
printed (and the first build's, and how long after it serve was ready). The median of `--edits`
edits is the figure; `--write-docs` puts the table in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "performance.md"
START = "<!-- serve table: benchmarks/serve_edit.py --write-docs -->"
END = "<!-- end of serve table -->"
TIMEOUT = 3600.0  # seconds for any one build: a 10,000-meeting archive on a busy 2-core machine


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode()
    except OSError:
        return ""


def until(predicate, what: str, process: subprocess.Popen) -> float:
    """Seconds until `predicate()` holds, polled every 0.1 s."""
    start = time.perf_counter()
    while not predicate():
        if process.poll() is not None:
            raise SystemExit(f"build.py serve stopped (exit {process.returncode}) while waiting for {what}")
        if time.perf_counter() - start > TIMEOUT:
            raise SystemExit(f"no {what} within {TIMEOUT:.0f} s")
        time.sleep(0.1)
    return time.perf_counter() - start


def measure(meetings: int, edits: int, folder: Path, archives: Path | None) -> tuple[float, float, list[float]]:
    """The first build's seconds, the seconds after it until fast edits, and each edit's seconds from save
    to changed page. `archives`: where synthetic archives are kept between runs, by size (copied, never edited)."""
    content, site, log = folder / "content", folder / "site", folder / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    kept = archives / f"{meetings}" if archives else None
    if kept is None or not kept.is_dir():
        subprocess.run([sys.executable, str(ROOT / "build.py"), "synth", "--meetings", str(meetings), "--content",
                        str(kept or content)], check=True, env=env, stdout=subprocess.DEVNULL)
    if kept is not None:
        shutil.copytree(kept, content)
    record = sorted((content / "meetings").glob("*/*.md"))[len(list((content / "meetings").glob("*/*.md"))) // 2]
    url = f"http://127.0.0.1:{free_port()}/"
    page = url + f"meetings/{record.parent.name}/{record.stem}/"
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "serve", "--content", str(content),
                                    "--site-dir", str(site), "--port", url.rsplit(":", 1)[1].strip("/")],
                                   stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        first = until(lambda: "serving" in log.read_text(), "first build", process)
        ready = until(lambda: "ready to show edits" in log.read_text() or "edits will rebuild" in log.read_text(),
                      "fast edits", process)
        if "edits will rebuild" in log.read_text():
            print(f"  {meetings:,} meetings: no fast edits: {log.read_text()[-2000:]}", flush=True)
        times = []
        for edit in range(edits):
            venue = f"Benchmark Room {edit + 1}"
            text = record.read_text(encoding="utf-8")
            old = next(line for line in text.splitlines() if line.startswith("venue:"))
            time.sleep(1)  # the previous rebuild's reload settles
            start = time.perf_counter()
            record.write_text(text.replace(old, f"venue: {venue}", 1), encoding="utf-8")
            until(lambda venue=venue: venue in fetch(page), "changed page", process)
            times.append(time.perf_counter() - start)
            print(f"  {meetings:,} meetings, edit {edit + 1}: {times[-1]:.1f} s", flush=True)
    finally:
        process.send_signal(signal.SIGTERM)  # as Ctrl+C (a background job ignores SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return first, ready, times


def table(rows: list[tuple[int, float, float, list[float]]]) -> str:
    lines = ["| Meetings | First build | Then ready for fast edits | One edited record in the browser (median) "
             "| Each edit |", "|---:|---:|---:|---:|---|"]
    for meetings, first, ready, times in rows:
        lines.append(f"| {meetings:,} | {first:.0f} s | {ready:.0f} s | {statistics.median(times):.1f} s "
                     f"| {', '.join(f'{t:.1f} s' for t in times)} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("meetings", type=int, nargs="*", default=[1000])
    parser.add_argument("--edits", type=int, default=3, help="edits per size; the median is the figure")
    parser.add_argument("--archives", type=Path, help="keep the synthetic archives here, by size, for the next run")
    parser.add_argument("--write-docs", action="store_true", help=f"put the table in {DOCS.relative_to(ROOT)}")
    args = parser.parse_args()
    rows = []
    for meetings in args.meetings:
        with tempfile.TemporaryDirectory() as tmp:
            first, ready, times = measure(meetings, args.edits, Path(tmp), args.archives)
        rows.append((meetings, first, ready, times))
    text = table(rows)
    print(text)
    if args.write_docs:
        docs = DOCS.read_text(encoding="utf-8")
        before, _, rest = docs.partition(START)
        _, _, after = rest.partition(END)
        DOCS.write_text(f"{before}{START}\n\n{text}\n{END}{after}", encoding="utf-8")


if __name__ == "__main__":
    main()
