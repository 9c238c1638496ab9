"""How long a whole archive takes to import: a folder of N copies of the Harrow sources (or any folder),
read with 1, 2, ... workers from an empty cache, then once more with every reading cached. Prints wall times.

    /work/main/.venv/bin/python benchmarks/import_archive.py --copies 200 --workers 1 2
    /work/main/.venv/bin/python benchmarks/import_archive.py --folder tests/corpus --workers 1 2
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minutebook.importer import run_import  # noqa: E402


def copies(folder: Path, count: int) -> Path:
    papers = folder / "papers"
    for n in range(count):
        target = papers / f"copy-{n:04d}"
        target.mkdir(parents=True)
        for source in sorted((ROOT / "sources" / "harrow").glob("*.txt")):
            shutil.copy(source, target / source.name)
    return papers


def timed(papers: Path, content: Path, workers: int) -> tuple[float, str]:
    started = time.perf_counter()
    report = run_import([papers], content, root=papers.parent, workers=workers)
    failed = f" (failed: {len(report.errors)} errors, first {report.errors[0]})" if report.failed else ""
    return time.perf_counter() - started, report.summary().splitlines()[0] + failed


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--copies", type=int, default=200, help="copies of sources/harrow (default 200)")
    options.add_argument("--folder", type=Path, help="import this folder instead of copies")
    options.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        papers = args.folder.resolve() if args.folder else copies(Path(temp), args.copies)
        count = sum(1 for p in papers.rglob("*") if p.is_file())
        print(f"{papers}: {count} files; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        for workers in args.workers:
            content = Path(temp) / f"content-{workers}"
            seconds, summary = timed(papers, content, workers)
            print(f"{workers} worker(s), nothing cached: {seconds:7.1f} s  {summary}")
        seconds, summary = timed(papers, content, args.workers[-1])
        print(f"every reading cached:          {seconds:7.1f} s  {summary}")


if __name__ == "__main__":
    main()
