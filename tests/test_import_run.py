"""run_import: the bundled archive is up to date, imports repeat byte for byte, hand edits are protected,
and bad input gives problems with file and line instead of a crash or a half-written archive."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from minutebook.importer import run_import

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "sources" / "harrow").glob("*.txt"))

MINUTES = """\
PLANNING COMMITTEE MINUTES

9 MARCH 2022

Present: * Councillor Helen Ashdown (Chair)

Councillors:\t* Marcus Pelling\t† Priya Ravindran

* Denotes Member present
† Denotes apologies received

21. MINUTES

RESOLVED: That the minutes of the meeting held on 9 February 2022 be approved.

(Note: The meeting, having commenced at 7.00 pm, closed at 8.10 pm).
"""


def files(tmp_path: Path) -> dict[str, bytes]:
    """The archive's files, without the import cache (each file's reading, not part of the archive)."""
    return {p.relative_to(tmp_path).as_posix(): p.read_bytes() for p in sorted(tmp_path.rglob("*"))
            if p.is_file() and ".import-cache" not in p.parts}


def test_bundled_content_is_up_to_date_with_sources_and_importer(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    for curated in ("archive.yml", "topics.yml", "addresses.yml"):  # not the importer's: kept as they are
        shutil.copy(ROOT / "content" / curated, content / curated)
    report = run_import(SOURCES, content, root=ROOT)
    assert not report.errors, report.summary()
    assert files(content) == files(ROOT / "content"), (
        "content/ is out of date: re-import sources/harrow (run_import(sorted(Path('sources/harrow').glob('*.txt')), "
        "Path('content'))) and commit the result")


def test_a_body_whose_name_runs_past_an_id_s_length_gets_a_shorter_id_and_a_valid_record(tmp_path):
    from minutebook.importer.worker import Options
    source = tmp_path / "minutes.txt"
    source.write_text("Minutes of the meeting held on 16 November 2023\n\n1. Apologies\n\nNone.\n\n2. Planning\n\n"
                      "Noted.\n", encoding="utf-8")
    body = "Hadbury Upton Wells Marsh " * 5 + "Parish Council"
    report = run_import([source], tmp_path / "content", root=tmp_path, options=Options(body=body))
    assert report.errors == []
    [folder] = (tmp_path / "content" / "meetings").iterdir()
    assert len(folder.name) <= 100 and folder.name.startswith("hadbury-upton-wells-marsh-")
    import yaml
    assert [b["name"] for b in yaml.safe_load((tmp_path / "content" / "bodies.yml").read_text(encoding="utf-8"))] == [
        body.strip()]


def test_import_twice_gives_identical_bytes(tmp_path):
    source = tmp_path / "planning.txt"
    source.write_text(MINUTES, encoding="utf-8")
    content = tmp_path / "content"
    first = run_import([source], content, root=tmp_path)
    before = files(content)
    second = run_import([source], content, root=tmp_path)
    assert files(content) == before
    assert first.meetings_created == ["meetings/planning-committee/2022-03-09.md"]
    assert second.meetings_unchanged == first.meetings_created and not second.written


def test_written_files_get_the_mode_a_plain_write_would(tmp_path):
    """Records are committed and published: readable by others as the umask allows, not 0600 like a temp file."""
    source = tmp_path / "planning.txt"
    source.write_text(MINUTES, encoding="utf-8")
    content = tmp_path / "content"
    old = os.umask(0o022)
    try:
        run_import([source], content, root=tmp_path)
    finally:
        os.umask(old)
    record = content / "meetings" / "planning-committee" / "2022-03-09.md"
    assert stat.S_IMODE(record.stat().st_mode) == 0o644
    assert stat.S_IMODE((content / "people.yml").stat().st_mode) == 0o644


def test_earlier_sources_are_reimported_so_records_merge_across_runs(tmp_path):
    agenda = tmp_path / "agenda.txt"
    agenda.write_text("Planning Committee AGENDA\n\nDATE: Wednesday 9 March 2022\n\nTIME: 7.00 pm\n\n"
                      "VENUE: Council Chamber\n\n1. MINUTES (Pages 1 - 4)\n\nTo approve the minutes.\n",
                      encoding="utf-8")
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    content = tmp_path / "content"
    run_import([agenda], content, root=tmp_path)
    report = run_import([minutes], content, root=tmp_path)
    text = (content / "meetings/planning-committee/2022-03-09.md").read_text(encoding="utf-8")
    assert report.meetings_updated == ["meetings/planning-committee/2022-03-09.md"]
    assert "venue: Council Chamber" in text and "pages: 1 - 4" in text and "status: held" in text


def imported_planning(tmp_path: Path) -> tuple[Path, Path, Path]:
    """MINUTES imported once: (source, content folder, the record written for 9 March 2022)."""
    source = tmp_path / "planning.txt"
    source.write_text(MINUTES, encoding="utf-8")
    content = tmp_path / "content"
    run_import([source], content, root=tmp_path)
    return source, content, content / "meetings" / "planning-committee" / "2022-03-09.md"


def test_a_meeting_read_with_another_date_replaces_its_old_record(tmp_path):
    source, content, old = imported_planning(tmp_path)
    assert old.exists()
    source.write_text(MINUTES.replace("9 MARCH 2022", "10 MARCH 2022"), encoding="utf-8")  # a corrected source
    report = run_import([source], content, root=tmp_path)
    assert not report.errors, report.summary()
    assert not old.exists() and (content / "meetings" / "planning-committee" / "2022-03-10.md").exists()
    assert report.meetings_removed == ["meetings/planning-committee/2022-03-09.md"]
    assert any(p.code == "record-removed" and p.path.endswith("2022-03-09.md") for p in report.warnings)
    assert "1 removed" in report.summary()


def test_an_old_record_edited_by_hand_is_kept_and_refused(tmp_path):
    source, content, old = imported_planning(tmp_path)
    old.write_text(old.read_text(encoding="utf-8") + "\nA note by the clerk.\n", encoding="utf-8")
    before = files(content)
    source.write_text(MINUTES.replace("9 MARCH 2022", "10 MARCH 2022"), encoding="utf-8")
    report = run_import([source], content, root=tmp_path)
    assert [p.code for p in report.errors] == ["edited-by-hand"] and report.errors[0].path.endswith("2022-03-09.md")
    assert files(content) == before  # nothing written, nothing removed
    forced = run_import([source], content, root=tmp_path, force=True)
    assert not forced.errors and not old.exists()


def test_hand_edited_record_is_refused_then_forced(tmp_path):
    source = tmp_path / "planning.txt"
    source.write_text(MINUTES, encoding="utf-8")
    content = tmp_path / "content"
    run_import([source], content, root=tmp_path)
    record = content / "meetings/planning-committee/2022-03-09.md"
    record.write_text(record.read_text(encoding="utf-8").replace("venue", "venue") + "\nA note added by hand.\n",
                      encoding="utf-8")
    edited = record.read_bytes()
    refused = run_import([source], content, root=tmp_path)
    assert [p.code for p in refused.errors] == ["edited-by-hand"]
    assert record.read_bytes() == edited and not refused.written
    assert "nothing was written" in refused.summary()
    forced = run_import([source], content, root=tmp_path, force=True)
    assert not forced.errors and "A note added by hand" not in record.read_text(encoding="utf-8")


def test_registry_hand_edits_survive_reimport(tmp_path):
    source = tmp_path / "planning.txt"
    source.write_text(MINUTES, encoding="utf-8")
    content = tmp_path / "content"
    run_import([source], content, root=tmp_path)
    people = content / "people.yml"
    people.write_text(people.read_text(encoding="utf-8").replace(
        "name: Helen Ashdown", "name: Helen Ashdown\n  party: Independent\n  appointments:\n"
        "  - {organisation: vale-trust, role: Trustee}"), encoding="utf-8")
    report = run_import([source], content, root=tmp_path)
    assert not report.errors
    text = people.read_text(encoding="utf-8")
    assert "party: Independent" in text and "role: Trustee" in text


def test_a_missing_path_is_an_error_before_anything_is_read(tmp_path):
    source = tmp_path / "planning.txt"
    source.write_text(MINUTES, encoding="utf-8")
    report = run_import([tmp_path / "missing.txt", source], tmp_path / "content", root=tmp_path)
    assert [(Path(p.path).name, p.code) for p in report.errors] == [("missing.txt", "unreadable")]
    assert "no such file or folder" in report.summary() and not (tmp_path / "content").exists()


def test_a_binary_file_is_a_problem_not_a_crash(tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\xff\xfe\x00garbage\x00")
    report = run_import([binary], tmp_path / "content", root=tmp_path)
    assert {(p.path, p.code) for p in report.warnings} >= {("scan.txt", "no-meeting"), ("scan.txt", "not-utf8")}
    assert not (tmp_path / "content" / "meetings").exists()


def test_summary_counts_and_warnings_name_file_and_line(tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("Some notes that are not minutes at all.\n", encoding="utf-8")
    report = run_import([source], tmp_path / "content", root=tmp_path)
    assert [(p.path, p.line, p.code) for p in report.errors] == [("notes.txt", 1, "no-meeting")]
    assert "meetings: 0 created" in report.summary() and "nothing was written" in report.summary()


def test_every_problem_code_is_documented():
    import re

    source = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "minutebook" / "importer").glob("*.py"))
    codes = set(re.findall(r"problems\.add\([^\"]*?\"([a-z0-9]+(?:-[a-z0-9]+)+)\"", source, re.S))
    codes |= set(re.findall(r"warnings\.append\(\([^\"]*?\"([a-z0-9]+(?:-[a-z0-9]+)+)\"", source, re.S))
    documented = (ROOT / "docs" / "importing.md").read_text(encoding="utf-8")
    assert codes and all(f"`{code}`" in documented for code in codes), sorted(codes)


def test_an_importer_bug_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    from minutebook.importer import assemble

    def broken(lines, gathered):
        raise RuntimeError("boom")

    monkeypatch.setattr(assemble, "read_file", broken)
    source = tmp_path / "planning.txt"
    source.write_text(MINUTES, encoding="utf-8")
    report = run_import([source], tmp_path / "content", root=tmp_path)
    assert [(p.path, p.code) for p in report.errors] == [("planning.txt", "import-failed")]
    assert not (tmp_path / "content").exists() or not any((tmp_path / "content").iterdir())


def test_report_without_its_meeting_is_a_warning_with_file_and_line(tmp_path):
    source = tmp_path / "report.txt"
    source.write_text("REPORT FOR: Cabinet\n\nDate of Meeting: 5 April 2022\nSubject: Budget\n\nSummary\n",
                      encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9\n")
    report = run_import([source, tmp_path / "bad.txt"], tmp_path / "content", root=tmp_path)
    assert sorted((p.path, p.line, p.code) for p in report.warnings) == [
        ("bad.txt", 0, "not-utf8"), ("bad.txt", 1, "no-meeting"), ("bad.txt", 1, "unrecognised-text"),
        ("report.txt", 1, "report-without-meeting")]


def _archive_after_import(tmp_path: Path, heading: str) -> dict:
    import yaml

    source = tmp_path / "minutes.txt"
    source.write_text(heading + MINUTES.split("\n", 1)[1], encoding="utf-8")
    content = tmp_path / "content"
    report = run_import([source], content, root=tmp_path)
    assert not report.errors, report.summary()
    return yaml.safe_load((content / "archive.yml").read_text(encoding="utf-8"))


def test_a_new_archive_is_named_for_the_authority_its_minutes_print_above_the_body(tmp_path):
    archive = _archive_after_import(tmp_path, "THE CORPORATION OF THE TOWNSHIP OF NORTH GLENGARRY\n"
                                              "PLANNING COMMITTEE MINUTES\n")
    assert archive == {"name": "Township of North Glengarry meetings archive",
                       "authority": "Township of North Glengarry"}


def test_a_new_archive_is_named_for_the_authority_in_a_letterheads_first_column(tmp_path):
    letterhead = ("City of Fairhaven                                         City Hall\n"
                  "                                                          100 Main Street\n\n"
                  "                      Meeting Minutes\n                        City Council\n")
    assert _archive_after_import(tmp_path, letterhead)["authority"] == "City of Fairhaven"
    for path in tmp_path.iterdir():
        if path.is_dir():
            shutil.rmtree(path)
    alone = letterhead.replace("City of Fairhaven", "                 ")  # the address alone names no authority
    assert _archive_after_import(tmp_path, alone)["authority"] == "Unknown authority"


@pytest.mark.parametrize(("heading", "authority"), [
    ("MINUTES OF A MEETING OF ASHCOMBE PARISH COUNCIL\n", "Ashcombe Parish Council"),  # a council named as one
    ("DIKGATLONG LOCAL MUNICIPALITY\n\nMINUTES OF THE ORDINARY COUNCIL MEETING\n", "Dikgatlong Local Municipality"),
    ("ARGYLL AND BUTE COUNCIL\n\nPLANNING COMMITTEE MINUTES\n", "Argyll and Bute Council"),  # named for its area
    ("YOUTH COUNCIL\n\nPLANNING COMMITTEE MINUTES\n", "Unknown authority"),  # a council that is no authority
    ("PUNE MUNICIPAL CORPORATION\nSTANDING COMMITTEE\n\nPROCEEDINGS OF THE MEETING OF THE STANDING COMMITTEE HELD ON "
     "9 MARCH 2022\n", "Pune Municipal Corporation"),  # over a committee's heading read from the evidence
    ("NORTHSHIRE HOSPITALS NHS FOUNDATION TRUST\n\nMinutes of the Public Board of Directors Meeting\nheld on "
     "Thursday 7 March 2024 at 10.00am\n", "Northshire Hospitals NHS Foundation Trust"),  # a public body's board
    ("MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS\nOF THE SIERRA VALLEY WATER DISTRICT\nJune 12, "
     "2024\n", "Sierra Valley Water District"),  # a special district named on the title's next line
    ("Minutes of Meeting of the Environment Committee of Glenmore District Council held\non 12 March 2024\n",
     "Glenmore District Council"),  # a council's committee, the council named after it
    ("Minutes\n\nRegular Meeting of the Port of Seabrook Board of Commissioners\n\nJune 28, 2018\n",
     "Port of Seabrook"),  # the authority's name before its board's
    ("Lakeside Regional Transit Authority                    1660 Larch Street\n\n          Meeting Minutes - Final"
     "\n\n            Board of Directors\n\nTuesday, March 19, 2024\n", "Lakeside Regional Transit Authority"),  # a
    # public authority's letterhead over its board
    ("CEDAR LAKE FIRST NATION\nCHIEF AND COUNCIL MEETING MINUTES\nTuesday, May 7, 2024\n", "Cedar Lake First Nation"),
    ("Regular Meeting Agenda\nJoint Lakeside Financing Authority/City Council Meeting\nWednesday, November 18, 2020\n",
     "Unknown authority"),  # a joint meeting's: whose authority, the heading does not say
])
def test_a_new_archive_is_named_for_the_authority_its_heading_prints(tmp_path, heading, authority):
    assert _archive_after_import(tmp_path, heading)["authority"] == authority


@pytest.mark.parametrize(("heading", "body", "authority"), [
    ("MINUTES OF PROCEEDINGS OF MEETING OF THE METROPOLITAN DISTRICT OF\nCARRIGMORE HELD IN THE COUNCIL CHAMBER, CITY "
     "HALL,\nON TUESDAY, 16th APRIL, 2024, AT 3.00 P.M.\n", "Metropolitan District of Carrigmore", "Unknown authority"),
    ("MINUTES OF MEETING OF THE PLANNING COMMITTEE OF\nHADBURY COUNTY COUNCIL HELD ON 9 MARCH 2022\n",
     "Planning Committee", "Hadbury County Council"),
])
def test_a_title_s_name_goes_on_over_its_line_s_end(tmp_path, heading, body, authority):
    import yaml

    assert _archive_after_import(tmp_path, heading)["authority"] == authority
    bodies = yaml.safe_load((tmp_path / "content" / "bodies.yml").read_text(encoding="utf-8"))
    assert [b["name"] for b in bodies] == [body]


def test_a_body_that_names_no_authority_leaves_it_for_the_clerk_to_write(tmp_path):
    archive = _archive_after_import(tmp_path, "PLANNING COMMITTEE MINUTES\n")
    assert archive == {"name": "Meetings archive", "authority": "Unknown authority"}


def test_a_surname_alone_read_before_the_one_person_named_in_full_with_it_is_that_person_in_both_imports(tmp_path):
    source = tmp_path / "minutes.txt"
    source.write_text(
        "PLANNING COMMITTEE MINUTES\n\n9 MARCH 2022\n\nPresent: Councillor Helen Ashdown (Chair)\n\n21. MINUTES\n\n"
        "Cllr Baird proposed and Cllr Ashdown seconded that the minutes be approved. Carried.\n\n\n"
        "LICENSING COMMITTEE MINUTES\n\n16 MARCH 2022\n\nPresent: Councillor Alasdair Baird (Chair)\n\n4. MINUTES\n\n"
        "RESOLVED: That the minutes be approved.\n", encoding="utf-8")
    content = tmp_path / "content"
    assert not run_import([source], content, root=tmp_path).errors
    before = files(content)
    assert "mover: alasdair-baird" in before["meetings/planning-committee/2022-03-09.md"].decode()
    assert b"id: baird\n" not in before["people.yml"]
    run_import([source], content, root=tmp_path)
    assert files(content) == before


def test_a_paragraph_labelled_minutes_is_kept_in_the_introduction(tmp_path):
    source = tmp_path / "minutes.txt"
    source.write_text("PLANNING COMMITTEE MINUTES\n\n9 MARCH 2022\n\nPresent: Councillor Helen Ashdown (Chair)\n\n"
                      "Minutes: Motion by Ashdown to approve the minutes of the last meeting. Motion carried.\n\n"
                      "21. PLANNING APPLICATIONS\n\nNone.\n", encoding="utf-8")
    content = tmp_path / "content"
    assert not run_import([source], content, root=tmp_path).errors
    record = (content / "meetings" / "planning-committee" / "2022-03-09.md").read_text(encoding="utf-8")
    assert "Minutes: Motion by Ashdown to approve the minutes of the last meeting." in record


def test_a_member_ex_officio_is_among_the_members_on_the_body_s_page(tmp_path):
    import datetime as dt

    from minutebook.archive import load_archive
    from minutebook.site import build_site

    source = tmp_path / "minutes.txt"
    source.write_text("Alder Church Board of Deacons\nMinutes of the meeting held on 16 March 2023\n\nPresent:  Ann "
                      "Bell, Kit Lind\n\nEx Officio: Tom Hale\n\n1. Prayer\n\nThe meeting opened with a prayer.\n\n"
                      "2. Finance\n\nThe accounts were approved.\n\n3. Close\n\nThe meeting closed.\n",
                      encoding="utf-8")
    assert run_import([source], tmp_path / "content", root=tmp_path).errors == []
    archive, _ = load_archive(tmp_path / "content")
    page = next(p for p in build_site(archive, today=dt.date(2027, 6, 1)).pages
                if p.path.startswith("bodies/") and "deacons" in p.path)
    members = page.markdown.split("{#members}")[1].split("{#decisions}")[0]
    assert all(f"people/{person}.md" in members for person in ("ann-bell", "kit-lind", "tom-hale"))
