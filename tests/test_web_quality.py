"""Web quality of the built site, measured as a reviewer would: the Nu HTML checker over every page and
Lighthouse (accessibility, best practices, SEO) on the pages people land on, in Debian's Chromium.
`make test` installs both (`make webtools`: package-lock.json from the npm registry, Debian's Java)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import CHROMIUM, CHROMIUM_ARGS, ROOT, built_once

pytestmark = pytest.mark.browser
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
# The home page, a meeting, a person, the people index, the decisions register, the home page with the search
# box's results open, and the search page with its results and filters.
PAGES = ["", "meetings/cabinet/2017-07-13/", "people/mitzi-green/", "people/", "decisions/", "?q=pinner+wood",
         "search/?q=pinner+wood"]
CATEGORIES = ("accessibility", "best-practices", "seo")
FLOOR = 0.98


def _tool(path: Path) -> Path:
    if not path.exists():
        pytest.fail(f"{path.relative_to(ROOT)} is missing: `make webtools` installs it")
    return path


def test_the_nu_html_checker_finds_no_error_on_any_page(site_dir):
    java = shutil.which("java") or pytest.fail("the Nu HTML checker needs Java: `make webtools` installs it")
    result = subprocess.run([java, "-jar", str(_tool(VNU)), "--skip-non-html", "--errors-only", "--format", "gnu",
                             str(site_dir)], capture_output=True, text=True, timeout=600)
    errors = [line.replace(str(site_dir), "site") for line in result.stderr.splitlines() if line.strip()]
    assert not errors, f"{len(errors)} errors:\n" + "\n".join(errors[:40])


@pytest.fixture(scope="module")
def lighthouse_reports(site_url, tmp_path_factory) -> dict[str, dict]:
    """Lighthouse's report of every page in PAGES, from one run over all of them (tests/lighthouse.mjs), by the
    first worker of `pytest -n` that needs it (each serves the same built site)."""
    _tool(LIGHTHOUSE)
    with built_once(tmp_path_factory, "lighthouse") as (out, run_it):
        if run_it:
            env = {**os.environ, "CHROME_PATH": CHROMIUM, "CHROME_FLAGS": json.dumps(CHROMIUM_ARGS)}
            run = subprocess.run(["node", str(ROOT / "tests" / "lighthouse.mjs"), str(out),
                                  *(site_url + p for p in PAGES)],
                                 env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
            assert run.returncode == 0, run.stderr[-3000:]
    return {page: json.loads((out / f"{i}.json").read_text(encoding="utf-8")) for i, page in enumerate(PAGES)}


@pytest.mark.parametrize("page", PAGES)
def test_lighthouse_scores_at_least_098(page, lighthouse_reports):
    result = lighthouse_reports[page]
    scores = {c: result["categories"][c]["score"] for c in CATEGORIES}
    failing = [f"{a['id']}: {a['title']}" + "".join(f"\n    {i.get('node', {}).get('snippet', '')[:160]}"
                                                     for i in a.get("details", {}).get("items", [])[:3])
               for a in result["audits"].values()
               if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") in ("binary", "numeric")]
    assert all(score >= FLOOR for score in scores.values()), f"{page or 'home'}: {scores}\n" + "\n".join(failing)
