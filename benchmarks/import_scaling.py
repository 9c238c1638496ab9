"""Does importing grow linearly with the text? One file of N real minutes back to back (a parish
council's 2008 minutes from tests/corpus, each copy dated a day later, so each is its own meeting),
imported at doubling sizes up to about 20 MB; prints wall and CPU seconds, CPU seconds per MB and the
load average for each size (the machine may be shared: CPU time is the figure to compare).

    .venv/bin/python benchmarks/import_scaling.py [--max-mb 20]

Not part of `make test`: a time is a figure to read, not a test to pass (tests/test_import_bounds.py
counts comparisons instead). Linear means CPU seconds per MB stay flat as the size doubles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minutebook.importer import run_import  # noqa: E402

DOCUMENT = ROOT / "tests" / "corpus" / "hertingfordbury-pc" / "2008-01-09-parish-council-minutes.txt"
PRINTED_DATE = "Wednesday 9 January 2008"


def text_of(copies: int) -> str:
    """`copies` meetings in one file, one a day from 9 January 2008."""
    original = DOCUMENT.read_text(encoding="utf-8")
    day = dt.date(2008, 1, 9)
    parts = []
    for n in range(copies):
        date = day + dt.timedelta(days=n)
        parts.append(original.replace(PRINTED_DATE, f"{date:%A} {date.day} {date:%B %Y}"))
    return "\f".join(parts)


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--max-mb", type=float, default=20.0, help="the largest file, in MB (default 20)")
    options.add_argument("--min-mb", type=float, default=0.6, help="the smallest file, in MB (default 0.6)")
    args = options.parse_args()
    per_copy = len(DOCUMENT.read_bytes())
    print("| MB | meetings | wall s | CPU s | CPU s per MB | load average |\n|---:|---:|---:|---:|---:|---:|")
    copies = max(1, int(0.625e6 / per_copy))
    while copies * per_copy * 2 <= args.min_mb * 1e6 * 1.01:
        copies *= 2
    while copies * per_copy <= args.max_mb * 1e6 * 1.01:
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "minutes.txt"
            source.write_text(text_of(copies), encoding="utf-8")
            megabytes = source.stat().st_size / 1e6
            started, cpu = time.perf_counter(), time.process_time()
            report = run_import([source], Path(folder) / "content", root=Path(folder))
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        meetings = len(report.meetings_created)
        load = "/".join(f"{n:.1f}" for n in os.getloadavg())
        print(f"| {megabytes:.1f} | {meetings} | {seconds:.0f} | {cpu:.0f} | {cpu / megabytes:.2f} | {load} |",
              flush=True)
        copies *= 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
