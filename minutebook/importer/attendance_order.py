"""Who in a list of those present attends as an officer or a guest, told by coming after the members: a post
('treasurer D', 'clerk E') after members who carry a member's title, a councillor of another council after the
council's own, and anyone untitled after either. A list whose members carry no title says nothing by its order.
"""

from __future__ import annotations

import re

from .drafts import AttendanceDraft
from .names import MEMBERSHIP_ROLES, councillor_role

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
