"""The meeting page answers at a glance: facts, decisions, attendance, then the items; long documents on
pages of their own. Read with an HTML parser from the built fixture and bundled archives."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from conftest import FIXTURE, ROOT

from minutebook import ledger
from minutebook.appendices import APPENDIX_WORDS
from minutebook.archive import load_archive
from minutebook.search import documents
from minutebook.site import build_site

LIMIT = 150_000  # bytes: a meeting page a phone loads over a poor connection


def soup(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_facts_then_decisions_then_attendance_then_the_items(site_dir):
    article = soup(site_dir, "meetings/cabinet/2017-07-13").select_one("article")
    order = [e.get("id") or e.get("class", [""])[0] for e in article.select("div.mb-facts, h2")]
    assert order[:4] == ["mb-facts", "decisions", "attendance", "minute-575"], order


def test_every_decision_is_listed_with_a_link_to_its_item(site_dir):
    page = soup(site_dir, "meetings/cabinet/2017-07-13")
    summary = page.select_one("div.mb-decisions")
    for box in page.select("div.admonition.decision"):
        item = box.find_previous("h2")
        link = summary.select_one(f'a[href="#{item["id"]}"]')
        assert link is not None and link.get_text().startswith(item.get_text().rstrip("#")[:20]), item["id"]
        for decision in box.select("li"):
            assert decision.get_text(" ", strip=True) in summary.get_text(" ", strip=True)
    assert "Recommended to Council:" in summary.get_text()


def test_attendance_is_a_list_a_group_with_roles_and_party(site_dir):
    present = soup(site_dir, "meetings/cabinet/2017-07-13").select_one("div.mb-attendance.mb-present")
    chair = next(li for li in present.select("li") if li.a.get_text() == "Sachin Shah")
    assert chair.select_one(".mb-about").get_text() == "Chair · Labour"


def test_the_contents_control_lists_every_item(site_dir):
    page = soup(site_dir, "meetings/cabinet/2017-07-13")
    control = page.select_one("details.mb-contents")
    assert control.summary.get_text() == "Contents: 3 items"
    targets = [a["href"] for a in control.select("a")]
    assert targets == ["#decisions", "#attendance"] + [f"#{h['id']}" for h in page.select("article h2[id^=minute-]")]


def _with_long_report(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    record = content / "meetings" / "cabinet" / "2017-09-14.md"
    text = record.read_text(encoding="utf-8")
    body = "\n\n".join(["Councillor Mitzi Green introduced the plan."] * (APPENDIX_WORDS // 5))
    record.write_text(text.rstrip() + f"\n\n### Report: Estates Renewal Plan\n\n{body}\n", encoding="utf-8")
    return content


def test_a_long_report_gets_a_page_linked_both_ways_searchable_and_in_the_ledger(tmp_path):
    archive, problems = load_archive(_with_long_report(tmp_path))
    assert not problems.errors
    meeting = next(m for m in archive.meetings if m.id == "cabinet/2017-09-14")
    item = meeting.items[-1]
    pages = {p.path: p.markdown for p in build_site(archive, today=dt.date(2027, 6, 1)).pages}
    report = pages["meetings/cabinet/2017-09-14/report-estates-renewal-plan.md"]
    assert f"](../2017-09-14.md#{item.anchor})" in report  # back to the item
    assert "[Councillor Mitzi Green](../../../people/mitzi-green.md)" in report  # still linked, one folder down
    on_meeting = pages["meetings/cabinet/2017-09-14.md"]
    link = ('<a class="mb-moved" href="2017-09-14/report-estates-renewal-plan.md" id="report-estates-renewal-plan">'
            "Estates Renewal Plan</a>")
    assert link in on_meeting  # from the item, with the id its heading had
    assert "introduced the plan" not in on_meeting
    found = [d for d in documents(archive) if d.ref == "meetings/cabinet/2017-09-14/report-estates-renewal-plan/"]
    assert found and "introduced the plan" in found[0].text
    now = ledger.published(archive)
    assert "meetings/cabinet/2017-09-14/report-estates-renewal-plan/" in now
    assert "report-estates-renewal-plan" in now["meetings/cabinet/2017-09-14/"]  # the heading's id, kept


def test_no_bundled_meeting_page_is_over_150_kb(bundled_site):
    sizes = {p.parent.relative_to(bundled_site).as_posix(): p.stat().st_size
             for p in (bundled_site / "meetings").glob("*/*/index.html")}
    assert len(sizes) == len(list((ROOT / "content" / "meetings").glob("*/*.md")))
    assert max(sizes.values()) <= LIMIT, sorted(sizes.items(), key=lambda kv: -kv[1])[:3]


def test_the_strategy_under_cabinet_minute_576_has_a_page_linked_both_ways(bundled_site):
    meeting = soup(bundled_site, "meetings/cabinet/2017-07-13")
    link = meeting.select_one("#minute-576 ~ p.mb-appendix a")
    assert link["href"] == "minute-576-full-text/"
    strategy = soup(bundled_site, "meetings/cabinet/2017-07-13/minute-576-full-text")
    assert "Harrow Community Safety Partnership" in strategy.select_one("article").get_text()
    back = [a["href"] for a in strategy.select("article a") if a["href"].endswith("#minute-576")]
    assert back and all(h == "../#minute-576" for h in back)
    source = strategy.select_one("div.mb-facts").get_text(" ")
    assert "2017-09-28-council-agenda.txt" in source and "lines 1196–1845" in source  # where, in the original


def test_every_anchor_in_the_bundled_ledger_is_on_its_page(bundled_site):
    addresses = yaml.safe_load((bundled_site.parent / "content" / "addresses.yml").read_text(encoding="utf-8"))
    for page, anchors in addresses["addresses"].items():
        html = (bundled_site / page / "index.html").read_text(encoding="utf-8")
        missing = [a for a in anchors if f'id="{a}"' not in html]
        assert not missing, (page, missing)
