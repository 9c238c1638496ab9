"""Roll-call tables: a header row naming the columns ('Attendee Name   Title   Status   Arrived') over one
row per person; each row's status cell (Present, Absent, Late, Excused, Remote) gives the attendance.

Cells are matched to the header by where they start on the line, so an empty cell does not shift the rest.
"""

from __future__ import annotations

import re

from .attendance_labels import Context
from .drafts import AttendanceDraft
from .lines import Line
from .nameentry import make_entry

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


def header_of(line: Line) -> list[tuple[int, str]] | None:
    """The columns of a roll-call header row (start, kind), or None when the line is not one."""
    cells = _cells(line.text)
    if len(cells) < 2:
        return None
    kinds = [(start, next(kind for pattern, kind in HEADERS if pattern.match(text.strip()))) for start, text in cells]
    found = {kind for _, kind in kinds}
    return kinds if {"name", "status"} <= found else None


def _status(columns: list[tuple[int, str]], line: Line) -> str | None:
    """The status of a row (its cell under the status column), or None when the line is not a row."""
    cells = _cells(line.text)
    if len(cells) < 2:
        return None
    status = [text for position, text in cells if min(columns, key=lambda c: abs(c[0] - position))[1] == "status"]
    return next((s for pattern, s in STATUSES if status and pattern.match(status[0])), None)


def _row_follows(lines: list[Line], index: int, columns: list[tuple[int, str]]) -> bool:
    """The next line that is not blank (within two) is a row of the table."""
    following = [line for line in lines[index:index + 3] if not line.blank][:1]
    return bool(following and _status(columns, following[0]))


def read_table(lines: list[Line], start: int) -> tuple[list[AttendanceDraft], int]:
    """The rows under the header at `lines[start]`: the entries and the index after the table."""
    columns = header_of(lines[start])
    entries: list[AttendanceDraft] = []
    index = start + 1
    while index < len(lines) and columns:
        line = lines[index]
        cells = _cells(line.text)
        if line.blank and entries and not _row_follows(lines, index + 1, columns):
            break  # a blank line ends the table, unless a page's layout left one between two rows
        index += 1
        if len(cells) < 2:
            continue
        row: dict[str, str] = {}
        tabbed = "\t" in lines[start].text and "\t" in line.text  # a web page's table: its cells, in order
        kinds = [kind for _, kind in columns]
        for n, (position, text) in enumerate(cells):  # each cell under the header column that starts nearest to it
            kind = kinds[n] if tabbed and len(cells) == len(kinds) else min(
                columns, key=lambda c: abs(c[0] - position))[1]
            row[kind] = f"{row[kind]} {text}" if kind in row else text
        status = next((s for pattern, s in STATUSES if pattern.match(row.get("status", ""))), None)
        entry = make_entry(row.get("name", ""), line, Context(status=status or "present")) if status else None
        if entry is None:
            continue
        entry.role = entry.role or row.get("role") or None
        entry.organisation = row.get("organisation") or None
        entries.append(entry)
    return entries, index
