"""The archive as CSV tables, for spreadsheets: one row per decision, attendance entry, item or person.

Rows are flattened from the open data records (`opendata`), so a column means what the JSON field
of the same name means. Lists inside a cell are joined with '; '.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..model import Archive, Meeting
from . import opendata
from .addresses import Addresses

Row = dict[str, Any]
MEETING_COLUMNS = ("meeting", "body", "date", "url")


def _meetings(archive: Archive) -> list[Meeting]:
    return sorted(archive.meetings, key=lambda m: m.sort_key)


def _meeting_cells(meeting: Meeting) -> Row:
    return {"meeting": meeting.id, "body": meeting.body, "date": meeting.date.isoformat(), "url": meeting.url}


def decision_rows(archive: Archive) -> Iterator[Row]:
    for meeting in _meetings(archive):
        for item in meeting.items:
            for number, decision in enumerate(item.decisions, start=1):
                yield {**_meeting_cells(meeting), "url": opendata.item_url(meeting, item), "item": item.number,
                       "item_title": item.title, "decision_number": number, "decision": decision}


def attendance_rows(archive: Archive) -> Iterator[Row]:
    for meeting in _meetings(archive):
        for entry in meeting.attendance:
            yield {**_meeting_cells(meeting), **opendata.attendance(archive, entry)}


def item_rows(archive: Archive) -> Iterator[Row]:
    for meeting in _meetings(archive):
        for item in meeting.items:
            record = opendata.item(archive, meeting, item)
            yield {**_meeting_cells(meeting), **record, "decisions": len(item.decisions),
                   "motions": len(item.motions), "declarations": len(item.declarations)}


def person_rows(archive: Archive) -> Iterator[Row]:
    for key in sorted(archive.people):
        record = opendata.person(archive.people[key])
        appointments = [f"{a['role'] or 'member'}, {a['organisation']}" for a in record["appointments"]]
        memberships = [f"{m['role']}, {m['body']}, {_period(m)}" for m in record["memberships"]]
        yield {**record, "appointments": appointments, "memberships": memberships,
               "terms": [_period(t) for t in record["terms"]]}


def _period(span: Row) -> str:
    """`2014-05-22 to 2018-05-03`; an open end reads as nothing (`2018-05-03 to `)."""
    return f"{span['start'] or ''} to {span['end'] or ''}"


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: Callable[[Archive], Iterator[Row]]


# One CSV file per entry: data/<name>.csv with these columns.
TABLES: dict[str, Table] = {
    "decisions": Table((*MEETING_COLUMNS, "item", "item_title", "decision_number", "decision"), decision_rows),
    "attendance": Table((*MEETING_COLUMNS, "person", "name", "status", "role", "capacity", "organisation",
                         "substitute_for", "printed_name"), attendance_rows),
    "items": Table((*MEETING_COLUMNS[:3], "number", "minute", "agenda_number", "anchor", "title", "url", "pages",
                    "topics", "decisions", "motions", "declarations"), item_rows),
    "people": Table(("id", "name", "url", "honorific", "kind", "party", "ward", "division", "organisation",
                     "aliases", "terms", "memberships", "appointments"), person_rows),
}


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> str:
    """A cell as text; one a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM`, `-2+3`) gets a
    leading apostrophe, as OWASP recommends against CSV injection: shown, never evaluated."""
    text = _text(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_text(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def render(table: Table, archive: Archive) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.rows(archive):
        writer.writerow([_cell(row.get(column)) for column in table.columns])
    return out.getvalue()


def csv_files(archive: Archive, addresses: Addresses) -> Iterator[tuple[str, str]]:
    for name, table in TABLES.items():
        yield opendata.data_path(name, "csv"), render(table, archive)
