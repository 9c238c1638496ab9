"""Attendance printed in cells: a tab table's rows ('name<tab>role<tab>organisation', a row wrapped onto the next
line), `*`/`†` grids (one or two columns, or flattened onto one line) and two columns of people side by side. The
cells are read by position; which lines are such rows is attendance.py's to decide.
"""

from __future__ import annotations

import re

from .attendance_labels import Context
from .drafts import AttendanceDraft
from .lines import Line
from .nameentry import MINUTE_CELL_RE, ROLE_KEYWORDS, add_attributes, make_entry, own_role
from .names import PersonName, looks_like_name, parse_name

MARK_RE = re.compile(r"(?:^|(?<=\s))([*†‡])(?=\s|$)")


def grid_entries(cells: list[str], line: Line, context: Context) -> list[AttendanceDraft]:
    """Cells of a `*`/`†` grid line; an unmarked cell after a marked one describes it."""
    entries: list[AttendanceDraft] = []
    for cell in cells:
        pieces = MARK_RE.split(cell)
        if len(pieces) == 1:  # no mark in this cell
            text = cell.strip(" -")
            if not text:
                continue
            previous_is_name = entries and entries[-1].role in (None, context.role) and not entries[-1].organisation
            if entries and not (looks_like_name(text) and not ROLE_KEYWORDS.search(text) and previous_is_name
                                and len(entries[-1].name.name.split()) <= 3 and _is_person_column(cells)):
                add_attributes(entries[-1], [text])
                continue
            unmarked = "absent" if context.grid and context.status != "in_attendance" else None
            entry = make_entry(text, line, context, unmarked)
            if entry:
                entries.append(entry)
            continue
        if pieces[0].strip(" -") and entries:
            add_attributes(entries[-1], [pieces[0]])
        for mark, text in zip(pieces[1::2], pieces[2::2], strict=True):
            status = {"*": "present", "†": "apologies", "‡": "absent"}[mark]
            if context.status == "in_attendance" or context.guest:
                status = "in_attendance" if mark == "*" else status
            entry = make_entry(text, line, context, status)
            if entry:
                entries.append(entry)
    return entries


def _is_person_column(cells: list[str]) -> bool:
    """True when no cell of the line is marked, i.e. a line of bare names ('John Royle  Pamela Belgrave')."""
    return not any(MARK_RE.search(c) for c in cells)


def table_entry(cells: list[str], line: Line, context: Context) -> AttendanceDraft | None:
    """A 'name<tab>role<tab>organisation' row; the columns are read by position."""
    entry = make_entry(cells[0], line, context)
    if entry is None:
        return None
    if len(cells) == 3 and not MINUTE_CELL_RE.match(cells[1]):
        if own_role(entry):
            entry.position = cells[1] or None
        else:
            entry.role = cells[1] or None
        entry.organisation = cells[2] or None
    else:
        add_attributes(entry, cells[1:])
    return entry


def continues(cells: list[str], previous: AttendanceDraft | None) -> bool:
    """A wrapped table row: its first cell is empty, a stray '(Chairman)', or the rest of a name."""
    if previous is None or len(cells) < 2 and cells and looks_like_name(cells[0]):
        return False
    first = cells[0].strip()
    return not first or first.startswith("(") or (len(first.split()) == 1 and first[:1].isupper())


def extend(previous: AttendanceDraft, cells: list[str]) -> None:
    """Join a wrapped row onto the entry above it, column by column."""
    first = cells[0].strip()
    if first and not first.startswith("("):
        name = parse_name(f"{previous.name.printed} {first}")
        if name:
            previous.name = PersonName(name.name, name.honorific or previous.name.honorific, previous.name.role,
                                       previous.name.reserve, previous.name.notes, name.printed)
    rest = [c.strip() for c in cells[1:]]
    if rest and rest[0] and previous.position:
        previous.position = f"{previous.position} {rest[0]}"
    elif rest and rest[0]:
        if own_role(previous):
            previous.role = f"{previous.role} {rest[0]}"
        elif previous.organisation and len(rest) == 1:
            previous.organisation = f"{previous.organisation} {rest[0]}"
        else:
            add_attributes(previous, [rest[0]])
    if len(rest) >= 2 and rest[1]:
        previous.organisation = f"{previous.organisation} {rest[1]}" if previous.organisation else rest[1]


def column_person(cell: str, context: Context) -> bool:
    """A cell that is a person on its own: 'Councillor Sian Pritchard-Rees', 'Owen Tudor - Scrutiny Officer', or
    any name under a 'Councillors:' label."""
    name = parse_name(re.split(r"\s+[–—-]\s+", cell)[0])
    dashed = bool(re.search(r"\s[–—-]\s", cell))
    named = bool(context.honorific and not ROLE_KEYWORDS.search(cell)
                 and re.fullmatch(r"[A-Z][\w'’.-]*(?: [\w'’.-]+)*", cell))
    return bool(name and (looks_like_name(name.printed) or named) and (name.honorific or dashed or named))


def wrapped_cells(cells: list[str], following: Line | None) -> list[str]:
    """'Graham Dewhurst | Imogen' over 'Lorraine Pickersgill | Tregothnan-Smythe': a one-word cell whose
    column carries on with one word on the next line is one name wrapped in its column."""
    if following is None or "\t" not in following.text:
        return cells
    below = [c.strip() for c in following.text.strip().split("\t")]
    if len(below) != len(cells):
        return cells
    return [f"{cell} {below[k]}" if len(cell.split()) == 1 and len(below[k].split()) == 1 and below[k][:1].isupper()
            else cell for k, cell in enumerate(cells)]
