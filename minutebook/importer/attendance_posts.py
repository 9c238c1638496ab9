"""Who in one list of people present is a member and who attends as staff, told apart by the posts printed
beside their names ('A, President' / 'B, Clerk'; 'Town Manager A, Chairman B, Selectman C, Finance Director D'), or
by the votes the minutes tell ('A made the motion, B second, with C making it unanimous')."""

from __future__ import annotations

import re

from .attendance_prose import sentences
from .drafts import AttendanceDraft
from .lines import Line
from .outcomes import MADE_UNANIMOUS
from .role_titles import POST_ACRONYM_RE

BOARD_OFFICES = {"member", "board member", "president", "vice president", "vice-president", "trustee"}
BOARD_POSTS_RE = re.compile(r"(?i)^(?:clerk|secretary|treasurer)$")
MEMBER_PRINTED_RE = re.compile(r"(?i)^(?:board\s+)?member\s")  # 'Member Dan Ng': a member, no office
# A seat on the body itself, with or without the body's name ('Board President', 'Select Board Member', 'Chair').
MEMBER_POST_RE = re.compile(r"(?i)^(?:(?:select\s+)?(?:board|council|committee|commission|town|city|village)\s+)?"
                            r"(?:(?:vice|deputy)[\s-]+)?(?:member|president|chair(?:man|woman|person)?|selectman|"
                            r"selectwoman|councillor|councilmember|commissioner|trustee|alderman|alderwoman|mayor|"
                            r"supervisor|director|governor)$")
# A post held by the body's staff: a manager, an engineer, an officer, a director named by what they run ('Finance
# Director'), a secretary by their work ('Executive Secretary'; an 'Honorary Secretary' is a board's member). Not
# a solicitor, attorney, clerk or 'Director of Public Works', who sit on some boards ex officio; not a plain
# 'Director', a board's member, nor a 'Presiding Officer'.
STAFF_POST_RE = re.compile(r"(?i)\b(?:manager|administrator|superintendent|engineer|planner|accountant|co-?ordinator|"
                           r"librarian|minute[- ]?taker|(?<!presiding )officer|chief\s+of|(?:police|fire)\s+chief)\b|"
                           rf"\b(?-i:{POST_ACRONYM_RE.pattern})\b|"  # ('CEO Michael Parker', 'Acting CEO A')
                           r"\w\s+director$|(?:executive|recording|administrative|office|minutes|committee)\s+secretary$")


def board_officers(entries: list[AttendanceDraft]) -> list[AttendanceDraft]:
    """'A, president' / 'B, vice president' / 'C, clerk' / 'D, member': a clerk, secretary or treasurer listed
    among members printed with their offices on the board is one of its members, not its officer."""
    offices = [n for n, e in enumerate(entries) if e.status == "present" and (
        (e.role or "").lower() in BOARD_OFFICES or MEMBER_PRINTED_RE.match(e.name.printed))]
    if len(offices) < 2:
        return entries
    for entry in entries[offices[0]:offices[-1] + 1]:
        if entry.capacity == "officer" and BOARD_POSTS_RE.match(entry.role or "") and entry.status == "in_attendance":
            entry.status, entry.capacity = "present", None
    return entries


def staff_among_members(entries: list[AttendanceDraft]) -> list[AttendanceDraft]:
    """'Present: Town Manager A, Chairman B, Selectman C, Finance Director D': where two or more of those present
    hold a seat on the body by their printed posts, one whose post is a staff post attends as an officer. Where the
    minutes list their officers apart ('Invited:', 'Staff present:'), whom they print among the members is counted
    with them, as the writer chose."""
    present = [e for e in entries if e.status == "present" and e.role]
    lines = {e.line.number for e in present}  # (officers printed in the members' own list are not apart)
    officers = any(e.status == "in_attendance" and (e.capacity == "officer" or STAFF_POST_RE.search(e.role or ""))
                   and e.line.number not in lines for e in entries)
    if officers or sum(bool(MEMBER_POST_RE.match(e.role or "")) for e in present) < 2:
        return entries
    for entry in present:
        if not MEMBER_POST_RE.match(entry.role or "") and STAFF_POST_RE.search(entry.role or ""):
            entry.status, entry.capacity = "in_attendance", entry.capacity or "officer"
    return entries


MADE_UNANIMOUS_RE = re.compile(rf"(?i){MADE_UNANIMOUS}")  # '..., with C making it unanimous': the last voter


def voters_named(entries: list[AttendanceDraft], lines: list[Line]) -> None:
    """Where the minutes tell their votes as made unanimous by one member ('A made the motion, B second, with C
    making it unanimous'), everyone voting is named: those present whom such sentences name are the members, the
    others listed present with them (staff, a guest) attend."""
    text = " ".join(line.stripped for line in lines if not line.blank)
    told = " ".join(s for s in sentences(text) if MADE_UNANIMOUS_RE.search(s))
    present = [e for e in entries if e.status == "present" and e.capacity in (None, "member")]
    voting = [e for e in present if re.search(rf"\b{re.escape(e.name.name)}\b", told)]
    if len(voting) < 2 or len(voting) == len(present):
        return
    for entry in present:
        if entry not in voting:
            entry.status = "in_attendance"
