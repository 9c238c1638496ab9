"""Provenance by page: a real corpus PDF imported with `build.py import`, every item's source naming the
file, its PDF pages and lines, and the meeting page of a real build linking "p. 3" to the PDF at page 3."""

from __future__ import annotations

import posixpath
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import build_cli

from minutebook.problems import Problems
from minutebook.records import read_record

ROOT = Path(__file__).resolve().parent.parent
PDF = ROOT / "tests" / "corpus" / "suffolk-libraries" / "2014-03-20-board-minutes.pdf"
RECORD = "meetings/board/2014-03-20.md"


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("project")
    (root / "sources").mkdir()
    shutil.copy(PDF, root / "sources" / "board-minutes.pdf")
    result = build_cli("import", "sources/board-minutes.pdf", "--content", "content", cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
    return root


@pytest.fixture(scope="module")
def meeting(project):
    problems = Problems()
    meeting = read_record(project / "content" / RECORD, problems)
    assert meeting is not None and not problems.errors, problems.items
    return meeting


def reference_page(minute: str, title: str) -> int | None:
    """The page pdftotext prints '5. Minutes of the previous meeting' on (the .txt beside the PDF)."""
    pages = PDF.with_suffix(".txt").read_text(encoding="utf-8").split("\f")
    words = r"\s+".join(re.escape(w) for w in title.split())
    found = [n for n, page in enumerate(pages, 1) if re.search(rf"(?m)^\s*{minute}\.?\s+{words}", page)]
    return found[0] if len(found) == 1 else None


def test_every_item_source_names_the_pdf_its_pages_and_lines(meeting):
    assert len(meeting.items) >= 10
    checked = 0
    for item in meeting.items:
        source = item.source
        assert source.file == "sources/board-minutes.pdf"
        assert source.first and source.last and source.first <= source.last
        assert 1 <= source.first_page <= source.last_page <= 5
        page = reference_page(item.minute, item.title)
        if page is not None:
            assert source.first_page == page, (item.minute, item.title)
            checked += 1
    assert checked >= 8  # most titles are found on exactly one page of pdftotext's text


def test_an_item_over_a_page_break_names_both_pages(meeting):
    spans = {item.minute: (item.source.first_page, item.source.last_page) for item in meeting.items}
    assert spans["4"] == (1, 2) and spans["12"] == (4, 5)


def test_the_record_lists_its_sources_with_their_pages(meeting):
    assert [(s.file, s.first_page, s.last_page, s.ocr_pages) for s in meeting.sources] == [
        ("sources/board-minutes.pdf", 1, 5, ())]


def test_the_meeting_page_links_each_page_to_the_published_pdf(project, meeting):
    site = project / "site"
    result = build_cli("build", "--content", "content", "--site-dir", str(site), cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    page = next(p for p in site.rglob("index.html") if p.parent.name == "2014-03-20")
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    links = {a.get_text(): a["href"] for p in soup.select("p.mb-source") for a in p.find_all("a")
             if "#page=" in a["href"]}
    item = next(i for i in meeting.items if i.minute == "8")
    label = f"p. {item.source.first_page}"
    assert links[label].endswith(f"board-minutes.pdf#page={item.source.first_page}")
    assert "pp. 1–2" in links  # minute 4 runs over a page break: the link opens its first page
    target = posixpath.normpath(posixpath.join(page.parent.relative_to(site).as_posix(), links[label].split("#")[0]))
    assert (site / target).read_bytes() == PDF.read_bytes()


SCAN = ROOT / "tests" / "corpus" / "ambridge-borough" / "2016-07-12-borough-council-agenda.pdf"


def test_a_scan_imported_without_ocr_is_an_error_naming_the_file_and_pages(tmp_path):
    (tmp_path / "sources").mkdir()
    shutil.copy(SCAN, tmp_path / "sources" / "agenda.pdf")
    result = build_cli("import", "sources/agenda.pdf", "--content", "content", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    assert ("sources/agenda.pdf: no text layer on pages 1-3 (a scan); import with --ocr to read it with "
            "Tesseract [needs-ocr]") in result.stdout
    assert not (tmp_path / "content" / "meetings").exists()


def test_a_scan_imported_with_ocr_says_which_pages_ocr_read_and_stays_read_on_reimport(tmp_path):
    """Needs Debian's tesseract-ocr: `make test` installs it (`make ocr`)."""
    (tmp_path / "sources").mkdir()
    shutil.copy(SCAN, tmp_path / "sources" / "agenda.pdf")
    result = build_cli("import", "sources/agenda.pdf", "--content", "content", "--ocr", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    [path] = (tmp_path / "content" / "meetings").rglob("*.md")
    meeting = read_record(path, Problems())
    assert [(s.file, s.first_page, s.last_page, s.ocr_pages) for s in meeting.sources] == [
        ("sources/agenda.pdf", 1, 3, (1, 2, 3))]
    text = path.read_text(encoding="utf-8")
    for words in ("Call to Order / Roll Call", "Pledge of Allegiance", "Approval of Previous Meeting",
                  "Consider action to adopt Ordinance No. 1286"):  # printed on page 1 of the scan
        assert words in " ".join(text.split()), words
    again = build_cli("import", "sources/agenda.pdf", "--content", "content", cwd=tmp_path)  # no --ocr
    assert again.returncode == 0 and "meetings: 0 created, 0 updated, 1 unchanged" in again.stdout, again.stdout
