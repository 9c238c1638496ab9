"""Build synthetic archives with Minutebook and, interleaved in the same run, the baseline: plain MkDocs
with Material building the same meeting pages as ordinary Markdown files (none in the nav).

    .venv/bin/python benchmarks/build_site.py 1000 10000 [--write-docs]

Prints wall and CPU time, peak memory, site size and file count, the largest page, and the ratios.
Peak memory is the largest sum, over the build's processes, of their proportional set size (shared
pages counted once), sampled every 0.2 s. `--write-docs` puts the table in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minutebook.archive import load_archive  # noqa: E402
from minutebook.site import build_site  # noqa: E402
from minutebook.synthetic import write_archive  # noqa: E402

DOCS = ROOT / "docs" / "performance.md"
START = "<!-- benchmark table: benchmarks/build_site.py --write-docs -->"
END = "<!-- end of benchmark table -->"
BASELINE_CONFIG = """site_name: Baseline
theme:
  name: material
  font: false
plugins:
  - search:
      separator: '[\\s\\-,:!=\\[\\]()"/]+|(?!\\b)(?=[A-Z][a-z])'
markdown_extensions: [attr_list, md_in_html, admonition, tables, {toc: {permalink: "#"}}]
nav:
  - index.md
"""


@dataclass
class Run:
    name: str
    meetings: int
    wall: float
    cpu: float
    peak: int  # bytes
    size: int
    files: int
    largest: int
    largest_path: str


def tree_pss(root: int) -> int:
    """The proportional set size of a process and all its descendants, in bytes."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            text = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        found = re.search(r"^Pss:\s+(\d+) kB", text, re.M)
        total += int(found.group(1)) * 1024 if found else 0
    return total


def measure(name: str, meetings: int, command: list[str], site: Path, env: dict) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, tree_pss(process.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, errors = process.communicate()
    wall = time.perf_counter() - start
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        raise SystemExit(f"{name} build of {meetings} meetings failed:\n{errors[-3000:]}")
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    return Run(name, meetings, wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, peak,
               sum(p.stat().st_size for p in files), len(files), largest.stat().st_size,
               largest.relative_to(site).as_posix())


def baseline_project(content: Path, folder: Path) -> Path:
    """A plain MkDocs project of the same meeting pages Minutebook generates, as ordinary Markdown files."""
    archive, _ = load_archive(content)
    site = build_site(archive)
    docs = folder / "docs"
    for page in site.pages:
        if page.path.startswith("meetings/") and page.path.count("/") == 2:
            target = docs / page.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.markdown, encoding="utf-8")
    (docs / "index.md").write_text("# Baseline\n\nThe meeting pages, none in the navigation.\n")
    (folder / "mkdocs.yml").write_text(BASELINE_CONFIG)
    return folder


def table(runs: list[Run]) -> str:
    mib = 2 ** 20
    lines = ["| Meetings | Build | Wall | CPU | Peak memory | Site | Files | Largest page |",
             "|---:|---|---:|---:|---:|---:|---:|---|"]
    for run in runs:
        lines.append(f"| {run.meetings:,} | {run.name} | {run.wall:.0f} s | {run.cpu:.0f} s | {run.peak / mib:.0f} MiB "
                     f"| {run.size / mib:.0f} MiB | {run.files:,} | {run.largest / 1024:.0f} KB "
                     f"(`{run.largest_path}`) |")
    lines += ["", "| Meetings | Wall, Minutebook ÷ baseline | CPU ÷ baseline | Peak memory ÷ baseline "
              "| Site ÷ baseline |", "|---:|---:|---:|---:|---:|"]
    for ours, base in zip(runs[::2], runs[1::2], strict=True):
        lines.append(f"| {ours.meetings:,} | {ours.wall / base.wall:.2f} | {ours.cpu / base.cpu:.2f} "
                     f"| {ours.peak / base.peak:.2f} "
                     f"| {ours.size / base.size:.2f} |")
    return "\n".join(lines) + "\n" + verdict(runs)


TARGETS_AT = 10_000  # issue 8's targets are for an archive of this size, on 2 cores


def verdict(runs: list[Run]) -> str:
    """Each of issue 8's build targets, met or not, with the figure, for the runs at 10,000 meetings."""
    mib = 2 ** 20
    lines = []
    for ours, base in zip(runs[::2], runs[1::2], strict=True):
        if ours.meetings != TARGETS_AT:
            continue
        checks = [(f"full build at most 0.5 x the baseline's wall time ({base.wall:.0f} s)",
                   ours.wall <= 0.5 * base.wall, f"{ours.wall:.0f} s, {ours.wall / base.wall:.2f} x"),
                  ("peak memory under 700 MiB", ours.peak < 700 * mib, f"{ours.peak / mib:,.0f} MiB"),
                  ("site under 350 MiB", ours.size < 350 * mib, f"{ours.size / mib:,.0f} MiB"),
                  ("largest page under 200 KB", ours.largest < 200 * 1024,
                   f"{ours.largest / 1024:.0f} KB, `{ours.largest_path}`")]
        lines += ["", f"Targets at {TARGETS_AT:,} meetings (issue 8):", ""]
        lines += [f"- {'met' if ok else '**not met**'}: {what}: {figure}" for what, ok, figure in checks]
    return "\n".join(lines) + ("\n" if lines else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("meetings", type=int, nargs="*", default=[1000])
    parser.add_argument("--write-docs", action="store_true", help=f"put the table in {DOCS.relative_to(ROOT)}")
    args = parser.parse_args()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    runs = []
    for meetings in args.meetings:
        with tempfile.TemporaryDirectory() as tmp:
            content = write_archive(Path(tmp) / "content", meetings)
            base = baseline_project(content, Path(tmp) / "baseline")
            runs.append(measure("Minutebook", meetings, [
                sys.executable, str(ROOT / "build.py"), "build", "--content", str(content),
                "--site-dir", str(Path(tmp) / "site"), "--quiet"], Path(tmp) / "site", env))
            runs.append(measure("plain MkDocs + Material", meetings, [
                sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", str(base / "mkdocs.yml"),
                "--site-dir", str(base / "site")], base / "site", env))
        print(table(runs), flush=True)
    if args.write_docs:
        text = DOCS.read_text(encoding="utf-8")
        head, _, rest = text.partition(START)
        _, _, tail = rest.partition(END)
        cores = len(os.sched_getaffinity(0))
        when = f"On {cores} cores, {time.strftime('%Y-%m-%d')}:"
        DOCS.write_text(f"{head}{START}\n\n{when}\n\n{table(runs)}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
