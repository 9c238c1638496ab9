"""assemble.py and merge.py: parts of one meeting merged; agenda and minute items matched."""

from pathlib import Path

from minutebook.importer import run_import
from minutebook.problems import Problems
from minutebook.records import read_record

AGENDA = """Planning Committee AGENDA

DATE: Wednesday 9 March 2022

TIME: 7.00 pm

VENUE: Council Chamber

1. APOLOGIES

2. MINUTES (Pages 1 - 4)

3. LAND AT MILL LANE (Pages 5 - 20)

Report of the Head of Planning.

4. ANY OTHER BUSINESS

REPORT FOR: Planning Committee

Date of Meeting: 9 March 2022
Subject: Land at Mill Lane
Responsible Officer: Head of Planning

Section 1 - Summary

The application is for 14 dwellings.
"""

MINUTES = """PLANNING COMMITTEE MINUTES

9 MARCH 2022

Present: * Councillor Helen Ashdown (Chair)

* Denotes Member present

31. Apologies

None.

32. Minutes

RESOLVED: That the minutes be approved.

33. Land at Mill Lane

RESOLVED: That permission be granted.
"""


def meeting(tmp_path: Path):
    (tmp_path / "agenda.txt").write_text(AGENDA, encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    report = run_import([tmp_path / "agenda.txt", tmp_path / "minutes.txt"], tmp_path / "content", root=tmp_path)
    assert not report.errors, report.summary()
    problems = Problems()
    found = read_record(tmp_path / "content/meetings/planning-committee/2022-03-09.md", problems)
    assert not problems.errors, problems.report()
    return found


def test_agenda_and_minutes_in_two_files_make_one_record(tmp_path):
    found = meeting(tmp_path)
    assert (found.venue, found.start, found.status) == ("Council Chamber", "19:00", "held")
    assert {s.part for s in found.sources} == {"agenda", "minutes", "report"}


def test_minute_items_matched_to_agenda_items_by_title(tmp_path):
    found = meeting(tmp_path)
    assert [(i.minute, i.agenda, i.pages) for i in found.items] == [
        ("31", "1", None), ("32", "2", "1 - 4"), ("33", "3", "5 - 20"), (None, "4", None)]


def test_report_linked_to_its_item_with_front_sheet_and_text(tmp_path):
    found = meeting(tmp_path)
    item = found.items[2]
    assert [(r.title, r.responsible_officer, r.pages) for r in item.reports] == [
        ("Land at Mill Lane", "Head of Planning", "5 - 20")]
    assert "### Report: Land at Mill Lane" in item.text and "14 dwellings" in item.text


def test_items_keep_their_source_file_and_lines(tmp_path):
    found = meeting(tmp_path)
    assert (found.items[0].source.file, found.items[0].source.first) == ("minutes.txt", 9)
