"""Who in the lists of those present attends as a member, an officer or a guest, told by coming after the members (a
post, 'treasurer D', 'clerk E', after members who carry a member's title; a councillor of another council after the
council's own; anyone untitled after either: a list whose members carry no title says nothing by its order) and by
the list's label ('Attendees:' beside 'Directors present:' names the others there; 'In Attendance:' alone names the
meeting's own).
"""

from __future__ import annotations

import re

from .drafts import AttendanceDraft
from .lines import Line
from .names import MEMBERSHIP_ROLES, PLURAL_MEMBER_TITLE, councillor_role

OFFICE_TITLE_RE = re.compile(r"(?i)^(?:town |city |county |village |township |deputy |assistant )?(?:clerk|treasurer|"
                             r"secretary|administrator|manager|attorney|solicitor|engineer)$")


def officers_after_members(entries: list[AttendanceDraft]) -> list[AttendanceDraft]:
    """'supervisors A, B and C, treasurer D, and clerk E': in a list of those present whose members carry a
    member's title, a person after them titled with a post (treasurer, secretary, administrator) attends as
    an officer, and anyone untitled after an officer as a guest; a list whose members carry no title is left as
    it is (a board's own Treasurer is a member)."""
    first = next((n for n, entry in enumerate(entries) if (entry.role or "").lower() in MEMBERSHIP_ROLES), None)
    if first is None:
        return entries
    officers = False
    for entry in entries[first + 1:]:
        if entry.status == "present" and entry.role and OFFICE_TITLE_RE.match(entry.role):
            entry.status, entry.capacity = "in_attendance", entry.capacity or "officer"
            officers = True
        elif officers and entry.status == "present" and not entry.role:  # '..., Clerk E and F': F is a guest
            entry.status, entry.capacity = "in_attendance", entry.capacity or "other"
    return entries


OTHER_COUNCILS = {"County Councillor", "District Councillor", "Borough Councillor"}


def guests_after_members(entries: list[AttendanceDraft]) -> list[AttendanceDraft]:
    """'Present: Cllrs A, B, C, County Cllr D, Mr E & F': in a list of those present whose members are titled
    councillors, a councillor of another council, and anyone after one who is not titled a councillor ('Mr
    E', 'F'), attends as a guest. A list whose members carry no title is left as it is."""
    titles = [councillor_role(entry.name) for entry in entries]
    if "Councillor" not in titles:
        return entries
    guests = False
    for entry, title in zip(entries[titles.index("Councillor"):], titles[titles.index("Councillor"):], strict=True):
        guests = guests or title in OTHER_COUNCILS or title is None and bool(entry.name.honorific)
        if guests and title != "Councillor" and entry.status == "present":
            entry.status, entry.capacity = "in_attendance", entry.capacity or "other"
    return entries


# 'Directors present:', 'Members present', 'Councillors in attendance': a list of the body's own members.
MEMBERS_LABEL_RE = re.compile(rf"(?i)^\W{{0,4}}(?:[\w'&-]{{1,20}}\s){{0,2}}{PLURAL_MEMBER_TITLE}\s"
                              r"(?:present|attending|in attendance)\b")
GENERIC_LABEL_RE = re.compile(r"(?i)^\W{0,4}(?:attendees|attendance|attending)\b")
IN_ATTENDANCE_LABEL_RE = re.compile(r"(?i)^\W{0,4}in\s+attendance\b")  # 'In Attendance: A, B (clerk), C'
PRESENT_LABEL_RE = re.compile(r"(?i)^\W{0,4}present\b")  # 'Present: Councillor A (Chair), ...'


def label_kind(text: str) -> str:
    return "members" if MEMBERS_LABEL_RE.match(text) else "generic" if GENERIC_LABEL_RE.match(text) else \
        "in attendance" if IN_ATTENDANCE_LABEL_RE.match(text) else "present" if PRESENT_LABEL_RE.match(text) \
        else "other"


ATTENDED_LEAST = 5  # people, at least, for a list of those in attendance alone to be the meeting's own


def attendance_alone(entries: list[AttendanceDraft], marks: list[tuple[int, str]]) -> None:
    """'In Attendance: A, B (clerk), C, D, E, ...' as the only list, of five people or more, nobody else said present:
    the meeting's own list of who attended, each present (beside a list of those present, or alone with a clerk and
    a guest or two, 'in attendance' names officers and guests). A list of apologies or absences beside it is no
    other list of those there ('Apologies ; A , B' / 'In Attendance ; C , D , ...')."""
    if not marks:
        return
    ends = [start for start, _ in marks[1:]] + [len(entries)]
    away = [kind != "in attendance" and all(e.status in ("apologies", "absent") for e in entries[start:end])
            for (start, kind), end in zip(marks, ends, strict=True)]
    attended = [e for e in entries if e.status not in ("apologies", "absent")]
    if any(kind != "in attendance" and not apart for (_, kind), apart in zip(marks, away, strict=True)) \
            or any(e.status == "present" for e in entries) or len(attended) < ATTENDED_LEAST:
        return
    for entry in entries:
        if entry.status == "in_attendance" and entry.capacity in (None, "other"):
            entry.status, entry.capacity = "present", None


def others_beside_members(entries: list[AttendanceDraft], marks: list[tuple[int, str]]) -> None:
    """'Directors present: A, B' then 'Attendees: C, D', or 'Present: A, B' then 'Attending: C, Head of Planning':
    beside a list of the members, or of those present, a list that only says who attended names the others there,
    in attendance (not members present)."""
    if not any(kind in ("members", "present") for _, kind in marks):
        return
    for (start, kind), (end, _) in zip(marks, [*marks[1:], (len(entries), "")], strict=True):
        for entry in entries[start:end] if kind == "generic" else []:
            if entry.status == "present":
                entry.status, entry.capacity = "in_attendance", entry.capacity or "other"


def without_initials_named(entries: list[AttendanceDraft], lines: list[Line]) -> list[AttendanceDraft]:
    """Without the entries that name someone by the initials the list gives a member in brackets ('Mrs J.
    Makinson-Sanders (JMS)' / 'Cllr. Mrs JMS joined the meeting at 7:45pm'): that member, listed already."""
    given = {m for line in lines for m in re.findall(r"\(([A-Z]{2,4})\)", line.text)}
    return [e for e in entries if not (" " not in e.name.name and e.name.printed.split()[-1] in given)]


SURNAMES_LEAST = 3  # surnames alone read under a label, at least, for the roll call to name members so


def surnames_so_far(entries: list[AttendanceDraft]) -> bool:
    """A roll call that names its members by surname alone ('Present: Carnes, Ajlouny, Amaha, ...'): the lists under
    its later labels do too ('Late: Zamora', 'Absent: Molnar')."""
    return len(entries) >= SURNAMES_LEAST and all(" " not in entry.name.name for entry in entries)
