"""What an attendance list names that no rule reads as a person stays in the record's text: a list read in part
loses nothing (the people read are the attendance, the line is kept whole beside them)."""
from pathlib import Path

from minutebook.importer import run_import
from minutebook.importer.attendance import parse_region
from minutebook.importer.lines import read_lines


def region(text: str) -> tuple[list[tuple], list[int]]:
    entries, rest = parse_region(read_lines("doc.txt", text)[0])
    return [(e.name.name, e.status, e.organisation) for e in entries], [line.number for line in rest]


def test_a_list_read_in_part_is_kept_as_text_beside_the_people_read():
    people, kept = region("Present: Cllr A Bell, Cllr B Hale, the Lord of the Manor, 4 residents\n")
    assert people == [("A Bell", "present", None), ("B Hale", "present", None)]
    assert kept == [1]


def test_a_list_read_whole_is_not_kept_as_text():
    people, kept = region("Present: Cllr A Bell, Cllr B Hale and Cllr C Dee\n")
    assert [p[0] for p in people] == ["A Bell", "B Hale", "C Dee"]
    assert kept == []


def test_a_sentence_after_a_list_told_in_sentences_is_kept_with_the_list():
    people, kept = region("Also present: Twelve residents of the village, and Mrs Ann Bell, the speaker. The Chairman\n"
                          "welcomed everyone and thanked them for attending.\n")
    assert [p[0] for p in people] == ["Ann Bell"]
    assert kept == [1, 2]


def test_an_unnamed_officer_after_the_members_is_kept_as_text():
    people, kept = region("Present:  Cllrs Evans, Shewell and Morrison, County Cllr Webb & the Clerk.\n")
    assert [p[0] for p in people] == ["Evans", "Shewell", "Morrison", "Webb"]
    assert kept == [1]


def test_an_organisation_after_a_name_and_a_comma_is_the_persons():
    people, kept = region("Participants: Ann Bell, Linux Foundation; Tom Hale, National Federation of the Blind\n")
    assert people == [("Ann Bell", "present", "Linux Foundation"),
                      ("Tom Hale", "present", "National Federation of the Blind")]
    assert kept == []


def test_an_organisation_joined_by_and_is_no_ones_and_is_kept_as_text():
    people, kept = region("Apologies: Ann Bell, Tom Hale and Police Scotland\n")
    assert people == [("Ann Bell", "apologies", None), ("Tom Hale", "apologies", None)]
    assert kept == [1]


def test_agencies_written_as_acronyms_joined_by_a_slash():
    people, kept = region("Participants: Ann Bell, TWDB/TNRIS; Tom Hale, TCEQ; Rosa Lind, GLO\n")
    assert people == [("Ann Bell", "present", "TWDB/TNRIS"), ("Tom Hale", "present", "TCEQ"),
                      ("Rosa Lind", "present", "GLO")]
    assert kept == []


def test_an_organisation_whose_name_begins_with_a_figure_in_a_list_one_a_line():
    people, kept = region("Also present:\n\n- Ann Bell, IBM\n- Tom Hale, 47 Degrees\n- Rosa Lind, Artima\n")
    assert people == [("Ann Bell", "in_attendance", "IBM"), ("Tom Hale", "in_attendance", "47 Degrees"),
                      ("Rosa Lind", "in_attendance", "Artima")]
    assert kept == []


def test_a_record_keeps_what_its_list_names_beyond_people_and_not_a_list_of_nobody(tmp_path: Path):
    source = tmp_path / "minutes.rst"
    source.write_text("Minutes of the Little Weldon Parish Council meeting held on 3 March 2021\n\n"
                      "Present: Cllr A Bell, Cllr B Hale, the Lord of the Manor, 4 residents\n\n"
                      "Apologies\n=========\n- None\n\nFinance\n=======\n- The accounts were approved.\n",
                      encoding="utf-8")
    run_import([source], tmp_path / "content", root=tmp_path)
    record = (tmp_path / "content" / "meetings" / "little-weldon-parish-council" / "2021-03-03.md").read_text()
    body = record.split("\n---\n", 1)[1]
    assert "the Lord of the Manor, 4 residents" in body and "None" not in body
    assert "name: Councillor A Bell" in record and "name: Councillor B Hale" in record


def test_a_dash_for_nobody_ends_its_list_and_is_no_text():
    people, kept = region("Present: Ann Bell, Tom Hale, Rosa Lind\nRegrets: -\nScribe: Tom Hale\n")
    assert [p[:2] for p in people] == [("Ann Bell", "present"), ("Tom Hale", "present"), ("Rosa Lind", "present"),
                                       ("Tom Hale", "present")]
    assert kept == []


def test_staff_named_by_their_employer_are_no_person():
    people, kept = region("Also in attendance were Mayor Jo Dee, Council members and various Staff, Dr. Ann Bell, "
                          "Superintendent, and various Hadbury County Public Schools Staff.\n")
    assert [p[0] for p in people] == ["Jo Dee", "Ann Bell"] and kept == [1]


def test_a_sentence_and_a_label_run_on_after_the_last_name_are_no_post_of_it():
    from minutebook.importer.attendance_items import item_attendance
    from minutebook.importer.drafts import ItemDraft
    lines = read_lines("doc.txt", "Councillors, Mr Tim Owen (Chair), Mrs Sharon Barton, Mr Myfyr Davies & Mr J Alun "
                                  "Foulkes (Clerk). Also: County Councilor Mr Arfon Wyn\n")[0]
    entries = item_attendance(ItemDraft(title="Present", line=lines[0], lines=lines, kind="minutes"), first=True)
    assert [(e.name.name, e.organisation) for e in entries][:3] == [("Tim Owen", None), ("Sharon Barton", None),
                                                                     ("Myfyr Davies", None)]
