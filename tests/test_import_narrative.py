"""narrative.py: minutes told in paragraphs under no heading, each paragraph that minutes a motion an item. The
texts are invented, one rule each."""

import yaml

from minutebook.importer import run_import
from minutebook.importer.lines import read_lines
from minutebook.importer.narrative import narrated_items

MINUTES = ("The Hadbury County Board of Commissioners met in the Commissioner's office on Monday August 22, 2011 at "
           "9 am. Present were Chairman Ann Bell, Commissioner Tom Hale and Commissioner Kit Lind.\n\n"
           "Chr. Bell said that the first order of business is the agenda. Commissioner Lind made a motion to approve "
           "the agenda as presented. Commissioner Hale seconded the motion. All voted \"AYE\". The motion is "
           "approved.\n\nThe Treasurer had nothing to point out.\n\nCommissioner Hale made a motion to approve the "
           "appointments as recommended by letter from the Chief of the Hadbury Fire Protection District. "
           "Commissioner seconded the motion. All voted \"AYE\". The motion is approved.\n\n"
           "Reports of Departments-none\n")


def test_each_paragraph_minuting_a_motion_is_an_item_titled_by_what_was_moved_the_others_go_with_it():
    head, items = narrated_items(read_lines("doc.txt", MINUTES)[0])
    assert [line.number for line in head if not line.blank] == [1]
    assert [item.title for item in items] == [
        "Approve the agenda as presented", "Approve the appointments as recommended by letter from the Chief"]
    assert "The Treasurer had nothing to point out." in " ".join(line.stripped for line in items[0].lines)
    assert "Reports of Departments-none" in " ".join(line.stripped for line in items[1].lines)


def test_paragraphs_opening_with_the_mover_and_seconder_apart_by_a_slash_that_moved_are_items():
    text = ("The Floyd County Board of Supervisors met with the following in attendance:  Supv Schwickerath, Chair, "
            "Supv Kamm and Supv Kuhn.\n\nKamm/Kuhn moved to approve the minutes as presented.  Motion carried 3-0."
            "\n\nPublic comment:  none\n\nSchwickerath/Kuhn moved to approve the following claims:  County "
            "#2640-2790.  Motion carried 3-0.\n")
    _, items = narrated_items(read_lines("doc.txt", text)[0])
    assert [item.title for item in items] == [
        "Approve the minutes as presented", "Approve the following claims: County #2640-2790"]


def test_one_motion_alone_makes_no_items_of_paragraphs():
    text = "The Board met on May 2, 2011.\n\nCommissioner Lind made a motion to adjourn. Commissioner Hale seconded.\n"
    assert narrated_items(read_lines("doc.txt", text)[0])[1] == []


def test_minutes_in_paragraphs_record_their_attendance_items_motions_and_decisions(tmp_path):
    source = tmp_path / "2011-08-22-board-minutes.txt"
    source.write_text(MINUTES, encoding="utf-8")
    run_import([source], tmp_path / "content", root=tmp_path)
    record = (tmp_path / "content/meetings/hadbury-county-board-of-commissioners/2011-08-22.md").read_text(
        encoding="utf-8")
    meeting = yaml.safe_load(record.split("---\n")[1])
    assert [(a["name"], a["status"]) for a in meeting["attendance"]] == [
        ("Ann Bell", "present"), ("Tom Hale", "present"), ("Kit Lind", "present")]
    assert [(m["mover"], m.get("seconder"), m["result"]) for item in meeting["items"] for m in item["motions"]] == [
        ("kit-lind", "tom-hale", "carried"), ("tom-hale", None, "carried")]  # (the second seconder left unnamed)
    assert [len(item["decisions"]) for item in meeting["items"]] == [1, 1]
    assert "The Treasurer had nothing to point out." in record


def test_an_agenda_s_list_printed_over_minutes_in_paragraphs_is_text_the_paragraphs_the_items(tmp_path):
    agenda = ("May 11, 2020 Meeting Minutes\n\nMAY 11, 2020\n9:00 AM\n\n1. Call To Order\n2. Roll Call of Members\n"
              "3. Approval of the Agenda\n4. Public Comment\n5. Consideration of Business Items\na) Bills\nb) Payroll\n"
              "6. Other Business\n7. Adjournment\n\n")
    source = tmp_path / "2020-05-11-board-minutes.txt"
    source.write_text(agenda + MINUTES, encoding="utf-8")
    run_import([source], tmp_path / "content", root=tmp_path)
    record = next((tmp_path / "content/meetings").rglob("2020-05-11.md")).read_text(encoding="utf-8")
    meeting = yaml.safe_load(record.split("---\n")[1])
    assert [item["title"] for item in meeting["items"]] == [
        "Approve the agenda as presented", "Approve the appointments as recommended by letter from the Chief"]
    assert [a["name"] for a in meeting["attendance"]] == ["Ann Bell", "Tom Hale", "Kit Lind"]  # (not 'Public
    assert "2\\. Roll Call of Members" in record  # Comment', 'Other Business': the agenda's list is text)
