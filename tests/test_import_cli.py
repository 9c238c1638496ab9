"""`build.py import` as a user runs it: folders, unsupported files, --body and --date, exit codes and messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import build_cli

ROOT = Path(__file__).resolve().parent.parent

MINUTES = """\
PLANNING COMMITTEE MINUTES

9 MARCH 2022

21. MINUTES

RESOLVED: That the minutes of the meeting held on 9 February 2022 be approved.
"""

NOTES = """\
Notes taken at the village hall.

Present: Councillors Ann Hill and Bob Lee.

1. Playground

It was agreed to repair the swings.
"""


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "import", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=120)


def records(content: Path) -> list[str]:
    return sorted(p.relative_to(content).as_posix() for p in (content / "meetings").rglob("*.md"))


def test_a_folder_is_imported_recursively_skipping_hidden_files_and_the_archive(tmp_path):
    papers = tmp_path / "papers"
    (papers / "2022" / "march").mkdir(parents=True)
    (papers / "2022" / "march" / "planning.txt").write_text(MINUTES, encoding="utf-8")
    (papers / "cabinet.md").write_text(MINUTES.replace("PLANNING COMMITTEE", "CABINET"), encoding="utf-8")
    (papers / ".hidden").mkdir()
    (papers / ".hidden" / "old.txt").write_text(MINUTES.replace("PLANNING", "LICENSING"), encoding="utf-8")
    (papers / ".draft.txt").write_text(MINUTES.replace("PLANNING", "AUDIT"), encoding="utf-8")
    content = papers / "content"  # the archive inside the folder: its own records are not sources
    result = run("papers", "--content", "papers/content", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert records(content) == ["meetings/cabinet/2022-03-09.md", "meetings/planning-committee/2022-03-09.md"]
    again = run("papers", "--content", "papers/content", cwd=tmp_path)
    assert again.returncode == 0 and "2 unchanged" in again.stdout, again.stdout + again.stderr


def test_files_no_reader_handles_are_listed_in_the_summary(tmp_path):
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "planning.txt").write_text(MINUTES, encoding="utf-8")
    (papers / "budget.xlsx").write_bytes(b"PK\x03\x04")
    (papers / "photo.jpg").write_bytes(b"\xff\xd8")
    result = run("papers", "--content", "content", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "papers/budget.xlsx: warning: no reader handles '.xlsx' files: not imported [unsupported]" in result.stdout
    assert "papers/photo.jpg: warning: no reader handles '.jpg' files" in result.stdout


def test_an_unsupported_file_named_explicitly_is_an_error(tmp_path):
    (tmp_path / "planning.txt").write_text(MINUTES, encoding="utf-8")
    (tmp_path / "budget.xlsx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00")
    result = run("planning.txt", "budget.xlsx", "--content", "content", cwd=tmp_path)
    assert result.returncode == 1
    assert "budget.xlsx: cannot read this kind of file; the importer reads .pdf, .txt" in result.stdout
    assert "[unsupported]" in result.stdout and "nothing was written" in result.stdout
    assert not (tmp_path / "content" / "meetings").exists()


def test_a_pdf_in_a_folder_is_read_through_text_extraction(tmp_path):
    papers = tmp_path / "papers"
    papers.mkdir()
    pdf = ROOT / "tests" / "corpus" / "hertingfordbury-pc" / "2019-09-11-parish-council-minutes.pdf"
    (papers / pdf.name).write_bytes(pdf.read_bytes())
    result = run("papers", "--content", "content", "--jobs", "2", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert [Path(r).name for r in records(tmp_path / "content")] == ["2019-09-11.md"]


def test_a_missing_path_is_an_error(tmp_path):
    result = run("nowhere", "--content", "content", cwd=tmp_path)
    assert result.returncode == 1 and "nowhere: no such file or folder [unreadable]" in result.stdout


def test_a_file_without_a_meeting_fails_naming_the_file_and_the_options(tmp_path):
    (tmp_path / "planning.txt").write_text(MINUTES, encoding="utf-8")
    (tmp_path / "notes.txt").write_text(NOTES, encoding="utf-8")
    result = run("planning.txt", "notes.txt", "--content", "content", cwd=tmp_path)
    assert result.returncode == 1
    assert ("notes.txt:1: no meeting found in this file: no meeting body and no date could be found; give the "
            "body and date with --body NAME and --date YYYY-MM-DD [no-meeting]") in result.stdout
    assert "nothing was written" in result.stdout and not (tmp_path / "content" / "meetings").exists()


def test_body_and_date_import_a_file_without_a_meeting_heading(tmp_path):
    (tmp_path / "notes.txt").write_text(NOTES, encoding="utf-8")
    result = run("notes.txt", "--body", "Parish Council", "--date", "2024-01-09", "--content", "content",
                 cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    record = (tmp_path / "content" / "meetings" / "parish-council" / "2024-01-09.md").read_text(encoding="utf-8")
    assert "Playground" in record and "repair the swings" in record
    manifest = (tmp_path / "content" / ".import.yml").read_text(encoding="utf-8")
    assert "body: Parish Council" in manifest and "date: '2024-01-09'" in manifest
    (tmp_path / "planning.txt").write_text(MINUTES, encoding="utf-8")
    later = run("planning.txt", "--content", "content", cwd=tmp_path)  # notes.txt re-read with its options
    assert later.returncode == 0, later.stdout + later.stderr
    assert records(tmp_path / "content") == ["meetings/parish-council/2024-01-09.md",
                                             "meetings/planning-committee/2022-03-09.md"]


def test_a_heading_without_a_date_needs_only_the_date(tmp_path):
    undated = ("Minutes of a meeting of the Planning Committee held in the Council Chamber\n\n"
               "21. MINUTES\n\nRESOLVED: That the minutes of the last meeting be approved.\n")
    (tmp_path / "planning.txt").write_text(undated, encoding="utf-8")
    failed = run("planning.txt", "--content", "content", cwd=tmp_path)
    assert failed.returncode == 1
    assert "planning.txt:1: no meeting found in this file: no meeting date could be found; give the date with " \
           "--date YYYY-MM-DD [no-meeting]" in failed.stdout
    dated = run("planning.txt", "--date", "2022-03-09", "--content", "content", cwd=tmp_path)
    assert dated.returncode == 0, dated.stdout + dated.stderr
    assert records(tmp_path / "content") == ["meetings/planning-committee/2022-03-09.md"]


def test_a_bad_date_option_is_a_usage_error(tmp_path):
    (tmp_path / "notes.txt").write_text(NOTES, encoding="utf-8")
    result = run("notes.txt", "--date", "9 March", cwd=tmp_path)
    assert result.returncode == 2 and "'9 March' is not a date of the form YYYY-MM-DD" in result.stderr


def test_minutes_from_a_website_s_markdown_with_links_to_its_own_pages_build_with_no_broken_link(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "2009-02-21-annual-meeting-minutes.md").write_text(
        "Hadbury Club Annual Meeting February 21, 2009\n\nMembers Present: Ann Bell, Tom Hale\n\n"
        "## New Business {#new_business}\n\nDebate centered around whether the [bylaws](bylaws) allowed it.\n\n"
        "**The Members resolved** to adopt [the resolution]({{ site.baseurl }}/assets/resolution.pdf) (PDF), as "
        "published on [our website](https://example.org/minutes/).\n", encoding="utf-8")
    imported = build_cli("import", "sources", "--content", "content", cwd=tmp_path)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    record = next((tmp_path / "content" / "meetings").rglob("2009-02-21.md")).read_text(encoding="utf-8")
    assert "whether the bylaws allowed it" in record and "[our website](https://example.org/minutes/)" in record
    built = build_cli("build", "--content", "content", "--site-dir", "site", "--strict", cwd=tmp_path)
    assert built.returncode == 0, built.stdout + built.stderr


def test_a_page_titled_by_its_date_alone_needs_only_the_body_and_says_it_was_given(tmp_path):
    (tmp_path / "2017-08-27.md").write_text("August 27th, 2017\n=================\n\n## Members Present\n- Aji Ahamed\n"
                                           "- Athul R T\n\n## General Decisions\n- No full time demo.\n",
                                           encoding="utf-8")
    result = run("2017-08-27.md", "--content", "content", cwd=tmp_path)
    assert result.returncode == 1 and "no meeting body could be found; give the body with --body NAME" in result.stdout
    result = run("2017-08-27.md", "--body", "Users Group", "--content", "content", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "minutes of Users Group, 2017-08-27: the body given with --body" in result.stdout
    assert records(tmp_path / "content") == ["meetings/users-group/2017-08-27.md"]
