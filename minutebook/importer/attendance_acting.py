"""Who minutes show at their meeting where they name no one present: who opened it, and who moved or seconded.

An association's minutes may count the members present without naming them ('there were 18 members present'); the
people they show acting were there all the same: the one who opened or chaired the meeting ('Lisa Fast, president,
opened the meeting'), with the post printed beside the name, and each mover and seconder of a motion, with the post a
list in the minutes prints beside their name ('* Robert Boucher, Vice-president'). Read only where the minutes name
no one present any other way (a roll call, however short, is the record of who came).
"""

from __future__ import annotations

import re

from .drafts import AttendanceDraft, ItemDraft
from .lines import Line
from .names import PersonName, parse_name

# 'Lisa Fast, president, opened the meeting', 'A. Bell, Chair, chaired the meeting'; 'Meeting called to order by
# President Jake Lee at 19:01' (the post before the name)
OPENED_RES = [re.compile(r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}),\s+(?P<post>[A-Za-z][\w -]{2,40}?),\s+"
                         r"(?:opened|chaired|convened)\s+the\s+meeting\b"),
              re.compile(r"\bcalled\s+to\s+order\s+by\s+(?:the\s+)?"
                         r"(?P<post>(?:Vice[- ])?(?:President|Chair(?:man|woman|person)?|Mayor))\s+"
                         r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+(?:at|on)\b")]


def acting_members(attendance: list[AttendanceDraft], items: list[ItemDraft], lines: list[Line]) -> None:
    """Who opened the meeting and who moved or seconded, present, where `attendance` names no member."""
    if any(entry.status not in ("in_attendance", "absent") for entry in attendance):
        return  # a roll call of the members; guests and staff the text names, and a member it says was absent, are none
    opened = next(((match, line) for line in lines for pattern in OPENED_RES
                   if (match := pattern.search(line.stripped))), None)
    if opened:
        name, line = parse_name(opened[0].group("name")), opened[1]
        if name is not None:
            post = opened[0].group("post").strip()
            attendance.append(AttendanceDraft(name=name, line=line, role=post[:1].upper() + post[1:]))
    for item in items:
        for motion in item.motions:
            for person in (motion.mover, motion.seconder):
                if person is not None and not _named(attendance, person):
                    attendance.append(AttendanceDraft(name=person, line=motion.line))
    _posts(attendance, lines)


# A line of a list giving a person's post: '* Robert Boucher, Vice-president', '* Erin Jamison (Usher Lake
# representative)', '* Lisa Fast, President (elected July 2018)'.
POST_LINE_RE = re.compile(r"^[-*•]\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})"
                          r"(?:,\s+(?P<post>[A-Z][\w -]{2,40}?)(?:\s+\([^()]{0,40}\))?"
                          r"|\s+\((?P<bracketed>[A-Za-z][\w -]{2,40})\))\s*$")


def _posts(attendance: list[AttendanceDraft], lines: list[Line]) -> None:
    """Each one's post where a list in the minutes prints it beside the name (the board's list), where none is known."""
    for line in lines:
        listed = POST_LINE_RE.match(line.stripped)
        entry = next((e for e in attendance if listed and e.name.name == listed.group("name")), None)
        if entry is not None and entry.role is None:
            entry.role = listed.group("post") or listed.group("bracketed")


def _named(attendance: list[AttendanceDraft], person: PersonName) -> bool:
    return any(entry.name.name == person.name for entry in attendance)
