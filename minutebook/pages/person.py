"""Person pages: roles, attendance record per body, and every item where the person acted or was named."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import partial

from ..dates import long_date
from ..exports import feed_path
from ..model import Person
from ..urls import page_file
from . import Context, Page
from .markup import esc, follow, front_matter, link, plural, table

COUNTED = ("present", "substitute", "apologies", "absent")


def attendance_record(context: Context, person: Person) -> dict[str, Counter]:
    """Per body, how often the person was present, a substitute, sent apologies or was absent."""
    record: dict[str, Counter] = defaultdict(Counter)
    for meeting, entry in context.attendance_of.get(person.id, []):
        record[meeting.body][entry.status] += 1
    return record


def share_present(counts: Counter) -> float | None:
    expected = sum(counts[s] for s in COUNTED)
    return (counts["present"] + counts["substitute"]) / expected if expected else None


def render(context: Context, person: Person) -> str:
    archive = context.archive
    here = page_file(person.url)
    title = f"{person.honorific} {person.name}" if person.honorific else person.name
    attended = context.attendance_of.get(person.id, [])
    summary = [x for x in (person.party, archive.organisations[person.organisation].name
                           if person.organisation in archive.organisations else None) if x]
    meta, follow_line = follow(here, feed_path("people", person.id), what=person.name)
    out = [front_matter(person.name, f"{title}{' (' + ', '.join(summary) + ')' if summary else ''}: "
                        f"attendance at {plural(len(attended), 'meeting')}, roles and items.",
                        search={"boost": 3}, **meta),
           f"# {esc(title)}\n\n", follow_line]
    facts = []
    if person.party:
        facts.append(f"Party: {esc(person.party)}")
    if person.organisation in archive.organisations:
        org = archive.organisations[person.organisation]
        facts.append("Organisation: " + link(here, org.url, org.name))
    if person.aliases:
        facts.append("Also written: " + esc(", ".join(person.aliases)))
    if facts:
        out.append("  \n".join(facts) + "\n\n")

    roles: dict[str, Counter] = defaultdict(Counter)
    for meeting, entry in attended:
        if entry.role:
            roles[meeting.body][entry.role] += 1
    if roles:
        out.append("## Roles {#roles}\n\n")
        for body, counter in roles.items():
            body_entity = archive.bodies.get(body)
            name = link(here, body_entity.url, body_entity.name) if body_entity else esc(body)
            out.append(f"- {name}: " + ", ".join(f"{esc(r)} ({plural(n, 'meeting')})" for r, n in
                                                 counter.most_common()) + "\n")
        out.append("\n")
    if person.appointments:
        out.append("## Appointments to outside bodies {#appointments}\n\n")
        for appointment in person.appointments:
            org = archive.organisations.get(appointment.organisation)
            name = link(here, org.url, org.name) if org else esc(appointment.organisation)
            dates = ""
            if appointment.start or appointment.end:
                dates = f" ({long_date(appointment.start) if appointment.start else ''}–" \
                        f"{long_date(appointment.end) if appointment.end else ''})"
            out.append(f"- {name}{': ' + esc(appointment.role) if appointment.role else ''}{dates}\n")
        out.append("\n")

    record = attendance_record(context, person)
    if record:
        out.append("## Attendance {#attendance}\n\n")
        # Substitute and in-attendance columns only where someone has them: the table stays narrow.
        columns = [s for s in ("present", "substitute", "apologies", "absent", "in_attendance")
                   if s in ("present", "apologies", "absent") or any(c[s] for c in record.values())]
        rows = []
        for body, counts in record.items():
            share = share_present(counts)
            body_entity = archive.bodies.get(body)
            rows.append([link(here, body_entity.url, body_entity.name) if body_entity else esc(body),
                         *(str(counts[s]) for s in columns), f"{share:.0%}" if share is not None else "–"])
        out.append(table(["Body", *(s.replace("_", " ").capitalize() for s in columns), "Share present"], rows)
                   + "\n")
        out.append("### Meetings {#meetings}\n\n")
        for meeting, entry in reversed(attended):
            role = f", {esc(entry.role)}" if entry.role else ""
            out.append(f"- {link(here, meeting.url, archive.meeting_name(meeting))}"
                       f": {esc(entry.status.replace('_', ' '))}{role}\n")
        out.append("\n")

    actions = [f"- {link(here, meeting.url, _item_label(archive, meeting, item), item.anchor)}: "
               f"{act}{': ' + esc(about) if about else ''}\n"
               for meeting, item, act, about in context.acts.get(person.id, [])]
    if actions:
        out.append("## Motions, votes and declarations {#actions}\n\n" + "".join(actions) + "\n")
    named = context.links.mentions.get(("person", person.id), [])
    if named:
        out.append("## Named in {#named}\n\n")
        for meeting, item in sorted(named, key=lambda p: p[0].sort_key, reverse=True):
            label = _item_label(archive, meeting, item) if item else archive.meeting_name(meeting)
            out.append(f"- {link(here, meeting.url, label, item.anchor if item else None)}"
                       f"{': ' + esc(item.title) if item else ''}\n")
    return "".join(out)


def _item_label(archive, meeting, item) -> str:
    return f"{archive.meeting_name(meeting)}, {item.label}"


def pages(context: Context) -> Iterator[Page]:
    for person in context.archive.people.values():
        yield Page(page_file(person.url), partial(render, context, person))
