"""attendance_acting.py: who minutes that name no one present show at the meeting (texts invented to hold the
form alone)."""

from minutebook.importer.attendance_acting import acting_members
from minutebook.importer.blocks import Found
from minutebook.importer.drafts import AttendanceDraft, ItemDraft
from minutebook.importer.lines import read_lines
from minutebook.importer.names import parse_name
from minutebook.importer.rules import read_blocks

TEXT = ("Ann Bell, president, opened the meeting.\nThere were 18 members present.\n\n"
        "Moved by: Tom Hale\n\nSeconded by: Ann Bell\n\nMove to adjourn by Carol Lind\n\nSeconded by Tom Hale\n\n"
        "The board:\n\n* Ann Bell, Treasurer\n* Tom Hale, Vice-president\n* Carol Lind (Usher Lake representative)\n")


def acting(attendance: list[AttendanceDraft]) -> list[tuple]:
    lines = read_lines("doc.txt", TEXT)[0]
    item = ItemDraft(title="Business", line=lines[0], lines=lines, kind="minutes")
    read_blocks(item, Found())
    acting_members(attendance, [item], lines)
    return [(entry.name.name, entry.status, entry.role) for entry in attendance]


def test_who_opened_the_meeting_and_each_mover_and_seconder_are_present_with_their_posts_where_no_one_is_named():
    assert acting([]) == [("Ann Bell", "present", "President"), ("Tom Hale", "present", "Vice-president"),
                          ("Carol Lind", "present", "Usher Lake representative")]  # (a post the list gives, where
    # the text gave none)


def test_a_guest_the_text_names_is_no_roll_call():
    lines = read_lines("doc.txt", "Dan Moss spoke.\n")[0]
    guest = [AttendanceDraft(name=parse_name("Dan Moss"), line=lines[0], status="in_attendance")]
    assert acting(guest)[1:] == [("Ann Bell", "present", "President"), ("Tom Hale", "present", "Vice-president"),
                                 ("Carol Lind", "present", "Usher Lake representative")]


def test_a_roll_call_however_short_is_the_record_of_who_came():
    lines = read_lines("doc.txt", "Present: Dan Moss\n")[0]
    roll = [AttendanceDraft(name=parse_name("Dan Moss"), line=lines[0])]
    assert acting(roll) == [("Dan Moss", "present", None)]


def test_who_called_the_meeting_to_order_with_their_post_before_the_name_is_present():
    lines = read_lines("doc.txt", "* Meeting called to order by President Jake Lee at 19:01, August 16, 2022\n"
                                  "* 20 members in attendance\n")[0]
    attendance: list[AttendanceDraft] = []
    acting_members(attendance, [], lines)
    assert [(e.name.name, e.status, e.role) for e in attendance] == [("Jake Lee", "present", "President")]


def test_a_member_the_text_says_was_absent_is_no_roll_call():
    lines = read_lines("doc.txt", "Pete Moss was not present.\n")[0]
    away = [AttendanceDraft(name=parse_name("Pete Moss"), line=lines[0], status="absent")]
    assert acting(away)[1:] == [("Ann Bell", "present", "President"), ("Tom Hale", "present", "Vice-president"),
                                ("Carol Lind", "present", "Usher Lake representative")]
