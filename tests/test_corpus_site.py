"""Every real document of the corpus imported into one archive, as a clerk holding them all would import them, and
the site built from it in strict mode: whatever the importer writes from real documents must publish with no broken
link, no anchor missing and no record the site cannot read."""

from __future__ import annotations

import re
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
    pages = [tmp_path / "site" / record.relative_to(tmp_path / "content").with_suffix("") / "index.html"
             for record in records]
    assert all(page.is_file() for page in pages), [str(page) for page in pages if not page.is_file()]
    printed_lists = [str(page) for page, record in zip(pages, records, strict=True)
                     if not MARKDOWN_SOURCE_RE.search(record.read_text(encoding="utf-8").split("\n---\n")[0])
                     and "<ol" in article(page)]
    assert not printed_lists, printed_lists  # Markdown would number a printed list from 1: its numbers are as printed
    agenda = article(tmp_path / "site" / "meetings" / "city-council" / "2020-12-08" / "index.html")
    assert "<p>2. Authorize the City Manager to execute a funding agreement with " in agenda


MARKDOWN_SOURCE_RE = re.compile(r"^\s*-?\s*file: .*\.(?:md|markdown|rst|rest|adoc|asciidoc)$", re.M)


def article(page) -> str:
    html = page.read_text(encoding="utf-8")
    return html[html.index("<article"):html.index("</article>")]
