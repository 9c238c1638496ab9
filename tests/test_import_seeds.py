"""The importer's reading of the five Harrow seeds, field by field against the hand-written
tests/expected/seeds.yml (its header gives the format and the comparison rules applied here).

Every meeting and item must match; at least 98% of attendance entries must match, and the misses are
printed so they can be read in the test output (pytest -s).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from compare_expected import compare, load, norm

from minutebook.importer import run_import

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "sources" / "harrow").glob("*.txt"))


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    content = tmp_path_factory.mktemp("content")
    shutil.copy(ROOT / "content" / "archive.yml", content / "archive.yml")
    report = run_import(SOURCES, content, root=ROOT)
    assert not report.errors, report.summary()
    return load(content)


@pytest.fixture(scope="module")
def comparison(imported):
    return compare(imported, ROOT / "tests" / "expected" / "seeds.yml")


def test_the_eleven_meetings_and_their_facts(imported, comparison):
    assert len(imported.meetings) == 11
    assert not comparison.meeting_misses, "\n".join(comparison.meeting_misses)


def test_every_item_numbers_titles_pages_and_decisions(comparison):
    assert not comparison.item_misses, "\n".join(comparison.item_misses)


def test_attendance_at_least_98_percent(comparison):
    matched = comparison.attendance_total - len(comparison.attendance_misses)
    print(f"\nattendance: {matched}/{comparison.attendance_total} matched ({comparison.attendance_rate:.1%})")
    print("\n".join(f"  miss: {m}" for m in comparison.attendance_misses))
    assert comparison.attendance_rate >= 0.98, "\n".join(comparison.attendance_misses)


def test_reports_attached_to_their_items(imported):
    reports = {(str(m.date), i.number): [r.title for r in i.reports] for m in imported.meetings for i in m.items
               if i.reports}
    assert reports[("2013-03-13", "114")] == ["Safer Harrow - Update"]
    assert ("2012-12-06", "108") in reports  # the stand-alone report of seed 002
    assert ("2017-07-20", "217") in reports  # the Board's own report, found inside the Council pack
    assert {n for (d, n) in reports if d == "2012-12-18"} == {"7", "8", "10", "11"}
    assert {n for (d, n) in reports if d == "2017-09-28"} == {"7", "13", "16"}


def test_papers_without_a_front_sheet_attached_by_pack_order(imported):
    attached = {(str(m.date), i.number) for m in imported.meetings for i in m.items if "### Attachment:" in i.text}
    assert ("2012-12-18", "9") in attached  # the Improvement Plan, between the reports for items 8 and 10
    assert ("2012-12-18", "11") in attached  # the 'Performance Update' its report lists as an enclosure
    assert ("2017-09-28", "20") in attached  # 'Document is Restricted': the exempt item's paper


def test_spelling_variants_merged_into_one_person(imported):
    meghjee = [p for p in imported.people if p["name"].endswith("Meghjee")]
    assert len(meghjee) == 1 and "Romzin Meghjee" in meghjee[0].get("aliases", [])
    organisation = [o for o in imported.organisations if norm(o["name"]).replace(" ", "") == "jobcentreplus"]
    assert len(organisation) == 1 and organisation[0].get("aliases")
