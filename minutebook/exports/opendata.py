"""The archive as open data: plain dicts and lists that the JSON files, the CSV tables and their
documentation (docs/open-data.md) share, so every format says the same thing with the same names.

Field order is fixed (id and name first) and lists keep the archive's order, so the same archive
always gives the same bytes. URLs are relative to the site root.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import asdict
from typing import Any

import orjson

from ..model import (
    VOTE_SIDES,
    Archive,
    Attendance,
    Body,
    Item,
    Meeting,
    Organisation,
    Person,
    SourceRef,
    Topic,
    Vote,
)
from .addresses import Addresses

Record = dict[str, Any]


def _json_value(value: Any) -> Any:
    """Dates (a report's meeting date, an appointment's start) as YYYY-MM-DD, like every other date."""
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON data")


def person_name(archive: Archive, person_id: str | None, printed: str | None = None) -> str | None:
    """The registry name of a person; the printed name (or the id) where the registry lacks them."""
    if person_id is None:
        return None
    person = archive.people.get(person_id)
    return person.name if person else printed or person_id


def source(ref: SourceRef) -> Record:
    lines = [ref.first, ref.last] if ref.first is not None else None
    pages = [ref.first_page, ref.last_page] if ref.first_page is not None else None
    return {"file": ref.file, "lines": lines, "pages": pages, "part": ref.part, "ocr_pages": list(ref.ocr_pages)}


def attendance(archive: Archive, entry: Attendance) -> Record:
    return {
        "person": entry.person,
        "name": person_name(archive, entry.person, entry.name),
        "status": entry.status,
        "role": entry.role,
        "capacity": entry.capacity or "member",
        "organisation": entry.organisation,
        "substitute_for": entry.substitute_for,
        "items": list(entry.items),
        "printed_name": entry.name,
    }


def item_url(meeting: Meeting, item: Item) -> str:
    return f"{meeting.url}#{item.anchor}"


def vote(archive: Archive, entry: Vote) -> Record:
    """A recorded vote: each side as ids, their names alongside, and the counts printed."""
    sides = {side: list(entry.side(side)) for side in VOTE_SIDES}
    people = dict.fromkeys(p for ids in sides.values() for p in ids)
    return {"motion": entry.motion, "result": entry.result, **sides, "counts": dict(entry.counts),
            "names": {p: person_name(archive, p) for p in people}}


def item(archive: Archive, meeting: Meeting, entry: Item) -> Record:
    return {
        "number": entry.number,
        "minute": entry.minute,
        "agenda_number": entry.agenda,
        "anchor": entry.anchor,
        "title": entry.title,
        "url": item_url(meeting, entry),
        "pages": entry.pages,
        "to_follow": entry.to_follow,
        "topics": list(entry.topics),
        "decisions": list(entry.decisions),
        "recommendations": [asdict(r) for r in entry.recommendations],
        "declarations": [{**asdict(d), "name": person_name(archive, d.person)} for d in entry.declarations],
        "motions": [{**asdict(m), "mover_name": person_name(archive, m.mover),
                     "seconder_name": person_name(archive, m.seconder)} for m in entry.motions],
        "votes": [vote(archive, v) for v in entry.votes],
        "reports": [asdict(r) for r in entry.reports],
        "exempt": entry.exempt,
        "reasons": list(entry.reasons),
        "alternatives": list(entry.alternatives),
        "petitions": list(entry.petitions),
        "references": list(entry.references),
        "source": source(entry.source) if entry.source else None,
    }


def meeting(archive: Archive, entry: Meeting) -> Record:
    body = archive.bodies.get(entry.body)
    return {
        "id": entry.id,
        "body": entry.body,
        "body_name": body.name if body else entry.body,
        "date": entry.date.isoformat(),
        "start": entry.start,
        "end": entry.end,
        "venue": entry.venue,
        "type": entry.type,
        "status": entry.status,
        "url": entry.url,
        "attendance": [attendance(archive, a) for a in entry.attendance],
        "items": [item(archive, entry, i) for i in entry.items],
        "documents": [{**asdict(d), "date": d.date.isoformat() if d.date else None} for d in entry.documents],
        "sources": [source(s) for s in entry.sources],
    }


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def person(entry: Person) -> Record:
    """A person as the registry records them: `kind` is null where the registry does not say (the people
    index guesses one for display; data gives only what was recorded)."""
    return {
        "id": entry.id, "name": entry.name, "url": entry.url, "honorific": entry.honorific,
        "aliases": list(entry.aliases), "kind": entry.kind, "party": entry.party, "ward": entry.ward,
        "division": entry.division, "organisation": entry.organisation,
        "terms": [{"start": _day(t.start), "end": _day(t.end)} for t in entry.terms],
        "memberships": [{"body": m.body, "role": m.role, "start": _day(m.start), "end": _day(m.end)}
                        for m in entry.memberships],
        "appointments": [{"organisation": a.organisation, "role": a.role, "start": _day(a.start),
                          "end": _day(a.end)} for a in entry.appointments],
    }


def organisation(entry: Organisation) -> Record:
    return {"id": entry.id, "name": entry.name, "url": entry.url, "aliases": list(entry.aliases),
            "website": entry.website}


def body(entry: Body) -> Record:
    return {"id": entry.id, "name": entry.name, "url": entry.url, "parent": entry.parent, "kind": entry.kind,
            "aliases": list(entry.aliases)}


def topic(entry: Topic) -> Record:
    return {"id": entry.id, "name": entry.name, "url": entry.url, "phrases": list(entry.phrases)}


def _sorted(entities: dict[str, Any], record: Callable[[Any], Record]) -> list[Record]:
    return [record(entities[key]) for key in sorted(entities)]


# One JSON file per entry: data/<name>.json is {"<name>": [records]}.
DATASETS: dict[str, Callable[[Archive], list[Record]]] = {
    "meetings": lambda archive: [meeting(archive, m) for m in sorted(archive.meetings, key=lambda m: m.sort_key)],
    "people": lambda archive: _sorted(archive.people, person),
    "organisations": lambda archive: _sorted(archive.organisations, organisation),
    "bodies": lambda archive: _sorted(archive.bodies, body),
    "topics": lambda archive: _sorted(archive.topics, topic),
}


def data_path(name: str, extension: str = "json") -> str:
    return f"data/{name}.{extension}"


# orjson writes what json.dumps(ensure_ascii=False, indent=2) writes, byte for byte, 8 x faster: the standard
# library's C encoder is not used once output is indented (meetings.json of 1,000 meetings: 3.0 s -> 0.38 s).
JSON_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_DATETIME  # dates through _json_value, as before


def json_files(archive: Archive, addresses: Addresses) -> Iterator[tuple[str, str]]:
    """data/<name>.json for every dataset: indented, UTF-8, with a final newline."""
    for name, records in DATASETS.items():
        yield data_path(name), orjson.dumps({name: records(archive)}, default=_json_value,
                                            option=JSON_OPTIONS).decode() + "\n"
