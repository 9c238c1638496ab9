"""Headings that say who attended, not items: 'Attendees', 'Apologies' over a list of people, a heading whose text
opens with an attendance label ('## Setup' / 'Attendees (ordinary Members):'), and the headings of more groups of
people under one ('**Guests**'). The attendance is read with the meeting's heading (attendance.py); the item rules
(unnumbered.py) ask here what is none of theirs.
"""

from __future__ import annotations

import re

from .attendance_labels import AT_THE_START, HEAD_COUNT_RE, label_of, whole_label
from .lines import Line, first_below
from .names import ORGANISATION_LEAD, looks_like_name

# Who attended, as a heading: 'Attendees', 'Apologies', 'Present', 'Absent' (not 'Roll Call', an item of business).
ATTENDANCE_HEADING_RE = re.compile(r"(?i)^(?:(?:other\s+)?attendees(?:\s+present)?|attendance|present|"
                                   r"(?:also|others)\s+present|"
                                   r"in attendance|(?:[\w'&-]+\s+){0,2}(?:attending|participating)"
                                   r"(?:\s+and\s+(?:attending|participating))?|"  # 'Directors Attending and
                                   # Participating', 'Counsel Participating', 'Also Participating'
                                   r"apologies(?: for absence| received)?|regrets|absent|absentees|participants|"
                                   r"(?:observers|guests|visitors)(?: present)?|(?:(?:voting\s+|board\s+)?members|"
                                   r"directors|trustees|commissioners|councill?ors|governors|supervisors|officers)"
                                   r"(?:\s+(?:and|&)\s+(?:members|directors|trustees|officers|governors))?\s+"
                                   rf"(?:present|absent){AT_THE_START})$")  # ('Officers and Trustees Present',
# 'MEMBERS PRESENT AT THE COMMENCEMENT')
# A heading over the meeting's own particulars ('### Location and Time' / 'Meeting held on ... at ...'): neither an
# item nor a group of the attendance.
PARTICULARS_RE = re.compile(r"(?i)^(?:location|place|venue|time|date)(?:\s*(?:and|&|/|,)\s*"
                            r"(?:location|place|venue|time|date)){0,2}$")
NOBODY_RE = re.compile(r"(?i)^(?:none|nil|n/a|no one|nobody|[-–—]+)\.?$")  # 'None', 'Regrets: -'

LABEL_LINE_RE = re.compile(r"^[A-Z][\w ]{1,30}:\s")  # a label and its list on one line: 'Present: A, B'
# A person listed under such a heading, a bullet or a list's number before them ('- Flanders: A, B': an
# administration's people; '1. Jonathan Beliën': a numbered list)
LISTED_NAME_RE = re.compile(rf"^(?:[-*•]|\d{{1,3}}[.)])\s+(?:{ORGANISATION_LEAD}:\s+)?"
                            r"(?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’.-]*(?:\s*\(|\s*,|\s*$)")


def says_who_attended(text: str) -> bool:
    """A heading's text saying who attended, a colon after it or not ('Attendees', 'Apologies received:')."""
    return bool(ATTENDANCE_HEADING_RE.match(HEAD_COUNT_RE.sub("", text.rstrip(":"))))  # ('Participants (14/30)')


def over_attendance_label(lines: list[Line], index: int) -> bool:
    """A heading whose text opens with an attendance label ('## Setup' / 'Attendees (ordinary Members):' / names):
    the meeting's particulars, read with its heading, not an item."""
    below = first_below(lines, index)
    if below is None or below.heading or not below.stripped.endswith(":"):
        return False
    label = label_of(below.stripped)
    return label is not None and not label[1] and label[0].get("status", "present") == "present"


def over_names(lines: list[Line], index: int, title: str) -> bool:
    """A heading saying who attended over a bulleted list of people ('## Apologies' / '* Liam Maxwell (DCMS)'), or
    over 'None', or a label of a group of them over names each with a dash and a post ('VISITORS' / 'A - Citizen'):
    the meeting's attendance, read with the heading's, not an item."""
    heading = says_who_attended(title)
    if not heading and not whole_label(title):
        return False
    below: list[str] = []
    for line in lines[index + 1:]:
        if line.blank and below and not LEAD_IN_RE.match(" ".join(below)) or line.heading:
            break  # (after a lead-in, 'The following members were present.', the list under it)
        if not line.blank:
            below.append(line.stripped)
    below = below[1:] if below and LEAD_IN_RE.match(below[0]) else below
    if len(below) >= 2 and all(DASHED_NAME_RE.match(text) for text in below):
        return True  # ('COMMISSION AND STAFF' / 'A - Commissioner' / 'B - Executive Director': a group of them)
    return heading and bool(below) and (
        _listed_names(below) or bool(NOBODY_RE.match(re.sub(r"^[-*•]\s+", "", below[0])))
        or LABEL_LINE_RE.match(below[0]) is not None and label_of(below[0]) is not None or _names_in_a_row(below)
        or all(looks_like_name(text.split(",")[0].strip()) for text in below))  # ('Councillor A, Chairman' / 'Mr B')
    # ('Attendees' / 'Present: A, B' / 'Chair: C'; not 'Apologies were received from A.', a sentence; '- None')


# A line of a list giving a name in full, a dash, then a post or an organisation: 'Phil Papac - Commissioner'.
DASHED_NAME_RE = re.compile(r"^(?:[A-Z][\w'’.-]*\s){1,3}[A-Z][\w'’.-]*\s+[-–—]\s+[A-Z]")


# A sentence leading in to the list of who attended: 'The following pyFormex developers, users and enthusiasts were
# present.'
LEAD_IN_RE = re.compile(r"(?i)^the\s+following\b[^.:]{0,100}?\b(?:were|was)\s+(?:present|in\s+attendance)\s*[.:]?$")


# A bullet of one name or two words: a name one goes by ('* Flaki'), a surname typed in lower case ('* Peter jensen').
NAMED_BULLET_RE = re.compile(r"^(?:[-*•]|\d{1,3}[.)])\s+[A-Za-z][\w'’.-]*(?:\s[\w'’.-]+)?$")
MOSTLY = 0.75  # of a list's entries, at least, in LISTED_NAME_RE's form


def _listed_names(below: list[str]) -> bool:
    """A bulleted list of people: every entry a name in full, or most of them and the rest a word or two (a name
    one goes by, 'Flaki'; a surname typed in lower case, 'Peter jensen')."""
    full = sum(bool(LISTED_NAME_RE.match(text)) for text in below)
    return full == len(below) or full >= MOSTLY * len(below) and all(
        LISTED_NAME_RE.match(text) or NAMED_BULLET_RE.match(text) for text in below)


def _names_in_a_row(below: list[str]) -> bool:
    """One paragraph of names separated by commas, each with its organisation in brackets or not ('Gaurav Seth
    (Microsoft), Todd Moore (IBM), Sarah Novotny'): people, no sentence."""
    text = re.sub(r"\s*\([^()]{1,60}\)", "", " ".join(below))
    return len(below) == 1 and "," in text and NAMES_ONLY_RE.match(text) is not None


NAMES_ONLY_RE = re.compile(r"^[A-Z][\w'’.-]*(?:[ ,;]+[A-Z&][\w'’.&-]*|\s(?:of|for|the|and|on|in)\b)*$")  # no sentence


def attendance_group(lines: list[Line], index: int) -> bool:
    """A marked heading saying who attended, or one under it heading one more group of its people ('**ATTENDANCE**'
    / names / '**NCD Contractor**' / 'Anthony Simpson' / '**Guests**' / 'Kim, AUCD; ...'): every marked heading from
    the one saying who attended to this one stands over names only, no sentence."""
    for i in range(index, -1, -1):  # back up to the heading saying who attended, each on the way over names only
        if lines[i].heading:
            if not names_under(lines, i):
                return False
            if says_who_attended(lines[i].stripped):
                return True
    return False


def names_under(lines: list[Line], index: int) -> bool:
    """Under a heading up to the next one, only lines of names ('Billy Altom   Joan Durocher', 'Kim, AUCD; Dylan
    Hedtler-Gaudette, National Federation of the Blind'), or nothing ('**ATTENDANCE**' / '**Members Staff**')."""
    below = []
    for line in lines[index + 1:]:
        if line.heading:
            break
        if not line.blank:
            below.append(" ".join(line.stripped.split()))
    return all(NAMES_ONLY_RE.match(text) for text in below)
