"""Addresses are forever: every address a build published keeps resolving (minutebook/ledger.py), tried
through the real commands on a copy of the sample archive, and in Chromium for a moved meeting."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import _QuietHandler, build_cli, copy_archive

AGENDA = """---
body: cabinet
date: 2027-01-14
start: "18:30"
status: {status}
items:
  - {numbers}
    title: Draft Revenue Budget 2027/28
---

## 5. Draft Revenue Budget 2027/28 {{#{anchor}}}

The budget.
"""
RECORD = Path("meetings/cabinet/2027-01-14.md")
PAGE = "meetings/cabinet/2027-01-14/"


def write(content: Path, numbers: str, anchor: str, status: str = "held", record: Path = RECORD) -> None:
    text = AGENDA.format(numbers=numbers, anchor=anchor, status=status).replace("2027-01-14", record.stem)
    (content / record).write_text(text, encoding="utf-8")


def build(content: Path, site: Path):
    return build_cli("build", "--content", str(content), "--site-dir", str(site), "--quiet")


def ids(site: Path, page: str) -> set[str]:
    soup = BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")
    return {tag["id"] for tag in soup.select("[id]")}


@pytest.fixture
def archive(tmp_path) -> Path:
    content = copy_archive(tmp_path / "content")
    write(content, 'agenda: "5"', "item-5", status="scheduled")
    result = build(content, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    return content


def test_a_build_records_every_address_it_published(archive):
    ledger = (archive / "addresses.yml").read_text(encoding="utf-8")
    assert f'"{PAGE}": ["item-5"]' in ledger
    assert '"meetings/cabinet/2017-07-13/": [' in ledger and '"minute-576"' in ledger
    assert '"people/mitzi-green/": []' in ledger


def test_agenda_anchor_keeps_working_when_the_item_gets_a_minute_number(archive, tmp_path):
    write(archive, 'minute: "300"\n    agenda: "5"', "minute-300")
    assert build_cli("check", "--content", str(archive)).returncode == 0
    assert build(archive, tmp_path / "site").returncode == 0
    assert {"item-5", "minute-300"} <= ids(tmp_path / "site", PAGE)


def test_a_renumbered_item_is_refused_unless_redirected(archive, tmp_path):
    write(archive, 'minute: "300"\n    agenda: "5"', "minute-300")
    assert build(archive, tmp_path / "site").returncode == 0
    write(archive, 'minute: "301"\n    agenda: "5"', "minute-301")
    result = build_cli("check", "--content", str(archive))
    line = next(n for n, text in enumerate((archive / "addresses.yml").read_text().splitlines(), 1) if PAGE in text)
    assert result.returncode == 1
    assert f"addresses.yml:{line}: " in result.stderr and f"'{PAGE}#minute-300'" in result.stderr
    assert build(archive, tmp_path / "refused").returncode == 1 and not (tmp_path / "refused").exists()
    ledger = (archive / "addresses.yml").read_text(encoding="utf-8")
    ledger = ledger.replace("redirects: {}", f'redirects:\n  "{PAGE}#minute-300": "{PAGE}#minute-301"')
    (archive / "addresses.yml").write_text(ledger, encoding="utf-8")
    assert build_cli("check", "--content", str(archive)).returncode == 0
    assert build(archive, tmp_path / "site").returncode == 0
    assert {"item-5", "minute-300", "minute-301"} <= ids(tmp_path / "site", PAGE)


def test_a_redirect_to_nowhere_is_an_error(archive):
    ledger = (archive / "addresses.yml").read_text(encoding="utf-8")
    (archive / "addresses.yml").write_text(
        ledger.replace("redirects: {}", f'redirects:\n  "{PAGE}#item-9": "{PAGE}#item-99"'), encoding="utf-8")
    result = build_cli("check", "--content", str(archive))
    assert result.returncode == 1 and "bad-redirect" in result.stderr and "#item-99" in result.stderr


def test_a_moved_meeting_forwards_its_readers_anchor_included(archive, tmp_path, browser):
    (archive / RECORD).unlink()
    moved = RECORD.with_name("2027-01-21.md")
    write(archive, 'agenda: "5"', "item-5", status="scheduled", record=moved)
    result = build_cli("check", "--content", str(archive))
    assert result.returncode == 1 and f"'{PAGE}' was published" in result.stderr
    ledger = (archive / "addresses.yml").read_text(encoding="utf-8")
    (archive / "addresses.yml").write_text(
        ledger.replace("redirects: {}", f'redirects:\n  "{PAGE}": "meetings/cabinet/2027-01-21/"'), encoding="utf-8")
    site = tmp_path / "site"
    assert build(archive, site).returncode == 0, "a redirected meeting builds"
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/{PAGE}#item-5")
        page.wait_for_url(lambda url: "/meetings/cabinet/2027-01-21/" in url and url.endswith("#item-5"))
        assert "Draft Revenue Budget 2027/28" in page.locator("#item-5").inner_text()
        page.close()
    finally:
        server.shutdown()
        server.server_close()
