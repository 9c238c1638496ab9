"""The people index: members, officers and others, each a table that works without JavaScript.

`people.js` adds a filter box and sortable column headings where JavaScript runs; without it every person
is still listed, in surname order, under their heading.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..exports import calendar_path, feed_path
from ..model import Archive, Attendance, Meeting, Person
from . import Context, Page
from .html import a, block, table, text
from .markup import attr, follow, front_matter

Attended = list[tuple[Meeting, Attendance]]

# Which part of the index a person is listed in: the registry's `kind:` where given, else the first rule that
# gives one (the catch-all last). An elected member is a councillor, or has a term, ward or division; an officer
# is one whom the minutes list in the capacity of an officer more often than not.
KIND_RULES: tuple[tuple[str, Callable[[Person, Attended], str | None]], ...] = (
    ("said in the registry", lambda p, a: p.kind),
    ("a councillor", lambda p, a: "member" if (p.honorific or "").startswith("Councillor") else None),
    ("has a term, ward or division", lambda p, a: "member" if p.terms or p.ward or p.division else None),
    ("attends as an officer", lambda p, a: "officer" if _mostly(a, "officer") else None),
    ("anyone else", lambda p, a: "other"),
)

SECTIONS = (("member", "Members", "members", "Councillors: elected members of the authority."),
            ("officer", "Officers", "officers", "Officers of the authority who attend meetings."),
            ("other", "Others", "others", "Partners, representatives, co-optees, guests and anyone else named."))


def _mostly(attended: Attended, capacity: str) -> bool:
    capacities = Counter(entry.capacity for _, entry in attended)
    return bool(capacities) and capacities[capacity] * 2 > sum(capacities.values())


def person_kind(person: Person, attended: Attended) -> str:
    """'member', 'officer' or 'other'."""
    return next(kind for _, rule in KIND_RULES if (kind := rule(person, attended)))


def _organisation(archive: Archive, person: Person) -> str:
    org = archive.organisations.get(person.organisation or "")
    return text(org.name) if org else ""


# Each part's columns: heading, cell; the name is always first and the count of meetings always last.
COLUMNS: dict[str, tuple[tuple[str, Callable[[Archive, Person], str]], ...]] = {
    "member": (("Party", lambda a, p: text(p.party or "")),
               ("Ward", lambda a, p: text(p.ward or p.division or ""))),
    "officer": (("Organisation", _organisation),),
    "other": (("Organisation", _organisation),),
}


def people_index(context: Context) -> Page:
    archive = context.archive
    here = "people/index.md"
    grouped: dict[str, list[Person]] = {kind: [] for kind, *_ in SECTIONS}
    for person in sorted(archive.people.values(), key=lambda p: (p.surname.lower(), p.name.lower())):
        grouped[person_kind(person, context.attendance_of.get(person.id, []))].append(person)
    meta, follow_line = follow(here, feed_path("meetings"), calendar_path(), "every meeting")
    out = [front_matter("People", "Councillors, officers and partners in the archive: party, ward, "
                        "memberships and attendance.", **meta),
           "# People\n\n", follow_line,
           " · ".join(f"[{title} ({len(grouped[kind])})](#{anchor})" for kind, title, anchor, _ in SECTIONS
                      if grouped[kind]) + "\n\n"]
    for kind, title, anchor, about in SECTIONS:
        if not grouped[kind]:
            continue
        columns = COLUMNS[kind]
        rows = [[a(here, p.url, p.name), *(cell(archive, p) for _, cell in columns),
                 str(len(context.attendance_of.get(p.id, [])))] for p in grouped[kind]]
        grid = table(["Name", *(heading for heading, _ in columns), "Meetings"], rows)
        out.append(f"## {title} {{#{anchor}}}\n\n{about}\n\n"
                   + block(f'<div class="mb-people mb-people-{attr(kind)} mb-fit">\n{grid}\n</div>'))
    return Page(here, "".join(out), in_nav=True)
