"""Every real document of the corpus imported into one archive, as a clerk holding them all would import them, and
the site built from it in strict mode: whatever the importer writes from real documents must publish with no broken
link, no anchor missing and no record the site cannot read."""

from __future__ import annotations

import shutil

from conftest import build_cli
from corpus_score import expected_files, original

# Documents that print no body's name anywhere (a page titled by its date alone): the importer stops on them and asks
# for the body, so the clerk imports them on their own, naming it, as its message says.
UNNAMED = {"fsug-thiruvananthapuram": "FSUG Thiruvananthapuram"}


def test_the_whole_corpus_imported_together_builds_a_strict_site(tmp_path):
    sources = tmp_path / "sources"
    for expected in expected_files([]):
        source = original(expected, False)
        folder = (tmp_path / "unnamed" if expected.parent.name in UNNAMED else sources) / expected.parent.name
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, folder / source.name)
    imported = build_cli("import", "sources", "--content", "content", "--ocr", cwd=tmp_path, timeout=900)
    assert imported.returncode == 0, imported.stdout[-4000:] + imported.stderr[-4000:]
    for folder, body in UNNAMED.items():  # (moved in among the published sources, where the site finds them)
        shutil.move(tmp_path / "unnamed" / folder, sources / folder)
        named = build_cli("import", f"sources/{folder}", "--content", "content", "--body", body, cwd=tmp_path,
                          timeout=300)
        assert named.returncode == 0, named.stdout[-4000:] + named.stderr[-4000:]
    records = sorted((tmp_path / "content" / "meetings").rglob("*.md"))
    assert len(records) >= len(expected_files([])), [r.name for r in records]
    built = build_cli("build", "--content", "content", "--site-dir", "site", "--strict", cwd=tmp_path, timeout=900)
    assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-4000:]
    for record in records:
        page = tmp_path / "site" / record.relative_to(tmp_path / "content").with_suffix("") / "index.html"
        assert page.is_file(), page
