"""Roll-call tables: a header row naming the columns ('Attendee Name   Title   Status   Arrived') over one
row per person; each row's status cell (Present, Absent, Late, Excused, Remote) gives the attendance. Under a label
saying who was present ('The following people were present:'), a table with a column of names and one of posts or
organisations and no status ('Name | Call Sign | Position | ...') lists those present, a visitor's row a guest's.

Cells are matched to the header by where they start on the line, so an empty cell does not shift the rest.
"""

from __future__ import annotations

import re

from .attendance_labels import Context
from .drafts import AttendanceDraft
from .lines import Line
from .nameentry import ROLE_KEYWORDS, make_entry
from .names import MEMBERSHIP_ROLES

CELL_RE = re.compile(r"\S+(?: \S+)*")  # a run of words with single spaces: one cell of a gapped table
HEADERS: list[tuple[re.Pattern, str]] = [  # header cell -> what its column holds; first match wins
    (re.compile(r"(?i)^(?:attendee|member|councillor|commissioner|director|trustee)?\s*name$|^attendee$|"
                r"^(?:member|director|trustee|commissioner|councill?or)s?$"), "name"),  # ('Present | Director | ...')
    (re.compile(r"(?i)^(?:title|role|position|office)$"), "role"),
    (re.compile(r"(?i)^(?:status|attendance|present\??)$"), "status"),
    (re.compile(r"(?i)^(?:organi[sz]ation|representing|agency|department)$"), "organisation"),
    (re.compile(r".*"), ""),  # any other column ('Arrived', 'Notes') is not read
]
STATUSES: list[tuple[re.Pattern, str]] = [
    (re.compile(r"(?i)^(?:present|late|remote|in person|yes|y|attended|arrived late)\b"), "present"),
    (re.compile(r"(?i)^(?:excused|apologies|regrets)\b"), "apologies"),
    (re.compile(r"(?i)^(?:absent|no|n|not present)\b"), "absent"),  # ('Y' / 'N' under 'Present')
]


def _cells(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in CELL_RE.finditer(text.replace("\t", "   "))
            ] if "  " in text or "\t" in text else []


# A label over a table saying its people were there: 'The following people were present:', 'Attendees:'.
PRESENT_ABOVE_RE = re.compile(r"(?i)\b(?:present|in\s+attendance|attend(?:ing|ees|ance)|participants)\s*:?\s*$")
GUEST_ROLE_RE = re.compile(r"(?i)^(?:visitors?|guests?|observers?)$")  # a row's post saying it is no member's


def listed_above(lines: list[Line], index: int) -> bool:
    """The line above `lines[index]` (blank lines apart) says the people below were present."""
    above = [line for line in lines[max(0, index - 4):index] if not line.blank][-1:]
    return bool(above and PRESENT_ABOVE_RE.search(above[0].text))


def header_of(line: Line, listed: bool = False) -> list[tuple[int, str]] | None:
    """The columns of a roll-call header row (start, kind), or None when the line is not one; `listed`: under a
    label saying who was present, where a header of names and posts (no status) heads those present."""
    cells = _cells(line.text)
    if len(cells) < 2:
        return None
    kinds = [(start, next(kind for pattern, kind in HEADERS if pattern.match(text.strip()))) for start, text in cells]
    found = {kind for _, kind in kinds}
    if {"name", "status"} <= found or listed and "name" in found and found & {"role", "organisation"}:
        return kinds
    return None


def _row(columns: list[tuple[int, str]], line: Line, tabbed: bool = False) -> dict[str, str] | None:
    """A row's cells by the kind of their column (each under the header column that starts nearest to it; a web
    page's table, `tabbed`, its cells in order), or None when the line is not a row."""
    kinds = [kind for _, kind in columns]
    if tabbed and len(line.text.split("\t")) <= len(kinds):  # a web page's or a pipe table's cells in
        cells = [(n, text.strip()) for n, text in enumerate(line.text.split("\t")) if text.strip()]  # order, the empty
        return {kinds[n]: text for n, text in cells} if len(cells) >= 2 else None  # ones kept in their place
    cells = _cells(line.text)
    if len(cells) < 2:
        return None
    row: dict[str, str] = {}
    for n, (position, text) in enumerate(cells):
        kind = kinds[n] if tabbed and len(cells) == len(kinds) else min(columns, key=lambda c: abs(c[0] - position))[1]
        row[kind] = f"{row[kind]} {text}" if kind in row else text
    return row


def _status(columns: list[tuple[int, str]], row: dict[str, str]) -> str | None:
    """A row's status: its cell under the status column, read; present in a table without one (a table of those
    present, under its label)."""
    if "status" not in {kind for _, kind in columns}:
        return "present"
    return next((s for pattern, s in STATUSES if pattern.match(row.get("status", ""))), None)


def _post_beside(status: str) -> str | None:
    """The post printed after the status in its cell ('present secretary', 'present vice-chair'), as a board's
    attendance tables print them; 'member', what all are, none."""
    said = next((match for pattern, _ in STATUSES if (match := pattern.match(status))), None)
    rest = status[said.end():].strip(" -–,()") if said else ""
    return rest.title() if rest and ROLE_KEYWORDS.search(rest) and rest.lower() not in MEMBERSHIP_ROLES else None


def _row_follows(lines: list[Line], index: int, columns: list[tuple[int, str]]) -> bool:
    """The next line that is not blank (within two) is a row of the table."""
    following = [line for line in lines[index:index + 3] if not line.blank][:1]
    row = _row(columns, following[0]) if following else None
    return bool(row and _status(columns, row))


def read_table(lines: list[Line], start: int) -> tuple[list[AttendanceDraft], int]:
    """The rows under the header at `lines[start]`: the entries and the index after the table."""
    columns = header_of(lines[start], listed_above(lines, start))
    entries: list[AttendanceDraft] = []
    index = start + 1
    while index < len(lines) and columns:
        line = lines[index]
        if line.blank and entries and not _row_follows(lines, index + 1, columns):
            break  # a blank line ends the table, unless a page's layout left one between two rows
        index += 1
        row = _row(columns, line, tabbed="\t" in lines[start].text and "\t" in line.text)
        if row is None:
            continue
        status = _status(columns, row)
        entry = make_entry(row.get("name", ""), line, Context(status=status or "present", surnames=True)) \
            if status else None  # (a word alone in the column of names is a person: 'Fred', 'Smith')
        if entry is None:
            continue
        entry.role = entry.role or row.get("role") or _post_beside(row.get("status", "")) or None
        if entry.role and GUEST_ROLE_RE.match(entry.role) and entry.status == "present":
            entry.status, entry.capacity = "in_attendance", "other"
        entry.organisation = row.get("organisation") or None
        entries.append(entry)
    return entries, index
