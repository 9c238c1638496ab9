"""Build a synthetic archive of N meetings and print how long it takes and how big the site is.

    .venv/bin/python benchmarks/build_site.py 2000

Figures, not a pass/fail: the domain phases (load, link, render) and the whole MkDocs build.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic import write_archive  # noqa: E402

from minutebook.archive import load_archive  # noqa: E402
from minutebook.site import build_site  # noqa: E402


def main(meetings: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        content = write_archive(Path(tmp) / "content", meetings)
        t0 = time.perf_counter()
        archive, problems = load_archive(content)
        t1 = time.perf_counter()
        site = build_site(archive)
        t2 = time.perf_counter()
        assert not problems.errors, problems.report()
        print(f"{meetings} meetings, {sum(len(m.items) for m in archive.meetings)} items, {len(site.pages)} pages")
        print(f"load + validate: {t1 - t0:.2f} s; link + render in memory: {t2 - t1:.2f} s")
        out = Path(tmp) / "site"
        t3 = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--content", str(content), "--site-dir",
                        str(out), "--quiet"], check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        t4 = time.perf_counter()
        html = list(out.rglob("*.html"))
        size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        index = out / "search" / "search_index.json"
        print(f"mkdocs build: {t4 - t3:.1f} s; site {size / 2**20:.1f} MiB, {len(html)} HTML pages, "
              f"{size / len(html) / 1024:.1f} KiB a page; search_index.json {index.stat().st_size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
