"""How long importing the five Harrow seeds takes (target: under 5 seconds). Prints the figure.

    /work/main/.venv/bin/python benchmarks/import_seeds.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minutebook.importer import run_import  # noqa: E402


def main(runs: int = 5) -> None:
    sources = sorted((ROOT / "sources" / "harrow").glob("*.txt"))
    timings = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            shutil.copy(ROOT / "content" / "archive.yml", Path(folder) / "archive.yml")
            started = time.perf_counter()
            report = run_import(sources, Path(folder), root=ROOT)
            timings.append(time.perf_counter() - started)
    lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in sources)
    print(f"imported {len(sources)} files ({lines} lines): {len(report.meetings_created)} meetings, "
          f"{report.items} items, {report.people} people")
    print(f"best {min(timings):.3f} s, median {sorted(timings)[len(timings) // 2]:.3f} s over {runs} runs "
          f"(target < 5 s)")


if __name__ == "__main__":
    main()
