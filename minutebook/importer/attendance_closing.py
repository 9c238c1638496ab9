"""Attendance printed after the minutes' items: '**Attendees**' / 'Liam Maxwell  Chair' / ... / 'Non-members
attending:' / ... / '**Apologies**' / 'John Sheridan The National Archives', closing the document. The block is
cut from the part before its items are found (its labels are no items) and read as a heading's attendance is.
"""

from __future__ import annotations

import re

from .attendance_labels import label_of
from .attendance_prose import read_sentence
from .lines import Line
from .votes import one_vote

NAME_LINE_WORDS = 8  # a line of a list: one person and their post or organisation
PAGE_FOOTER_RE = re.compile(r"(?i)\bpage\s+\**\d{1,3}\**\s+of\s+\**\d{1,3}\**\s*$")


def _attended(line: Line) -> bool:
    """A sentence saying who else attended, after the list ('Jon Cunliffe was present as the Treasury
    representative.')."""
    read = read_sentence(line.stripped.rstrip("."), line, labels=False)
    return bool(read and read[0])


# One person a line with their post after a comma, however long the post: 'Mr. Eddy Azoulay, Chief of Staff to the
# Governor'.
NAME_AND_POST_RE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3},\s+"
                              r"[A-Z][^.!?]{2,100}$")


def _listed(text: str) -> bool:
    """A line that can be an entry of an attendance list: short, with no sentence's end, or a name and a post."""
    return (len(text.split()) <= NAME_LINE_WORDS and not re.search(r"[a-z]{3}[.!?]$", text) and text[:1].isupper()
            or bool(NAME_AND_POST_RE.match(text)))


def closing_block(lines: list[Line]) -> int:
    """The index at which a closing attendance block starts, or len(lines): a label saying who attended, alone on its
    line after a blank one ('Attendees', 'Present:'), from which to the end every line is a label or an entry of a
    list, two entries or more."""
    start, entries = len(lines), 0
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line.blank or PAGE_FOOTER_RE.search(line.stripped):
            continue  # ('... Minutes of interest rate discussion on November 24–25, 2019. Page 4 Of 4': furniture)
        if one_vote(line):
            break  # 'Mr. Clyde Terry: Aye': a roll call's vote closes the minutes, no list of who attended
        labelled = label_of(line.stripped)
        if labelled is None and not _listed(line.stripped) and not _attended(line):
            break
        if labelled is None:
            entries += 1
            continue
        settings, rest = labelled
        opens = not rest and settings.get("status", "present") == "present" and (index == 0 or lines[index - 1].blank)
        if opens and entries >= 2:
            start = index
    return start
