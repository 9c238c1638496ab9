"""The top of a meeting page, which answers at a glance: a contents control, what was decided, who was there.

A reader comes for the decision; a phone has no sidebar table of contents for pages outside the nav
(Material prints it into the nav, and meeting pages are kept out of it); 59 councillors in one run-on
paragraph cannot be scanned. So: a contents control any device can open, every decision with a link to
its item, and attendance as short lists grouped by status, each name with its role and party.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Archive, Attendance, Item, Meeting
from .html import a, block, person_a, text, ul
from .markup import esc, plural

STATUS_HEADINGS = (
    ("present", "Present"),
    ("substitute", "Substitutes"),
    ("apologies", "Apologies"),
    ("absent", "Absent"),
    ("in_attendance", "In attendance"),
)


def item_heading(item: Item, escape: Callable[[object], str] = esc) -> str:
    """'576. Pinner Wood School', escaped for Markdown (a heading) or, with `escape=html.text`, for HTML."""
    if item.minute:
        return f"{escape(item.minute)}. {escape(item.title)}"
    if item.agenda:
        return f"Item {escape(item.agenda)}. {escape(item.title)}"
    return escape(item.title)


def _to_item(item: Item) -> str:
    return f'<a href="#{item.anchor}">{item_heading(item, text)}</a>'


def contents(meeting: Meeting) -> str:
    """A closed disclosure listing the page's sections and every item: a native control, so it opens with a
    tap, Enter or Space and needs no script; hidden where Material shows its own table of contents."""
    if len(meeting.items) < 2:
        return ""
    entries = []
    if any(i.decisions or i.recommendations for i in meeting.items):
        entries.append('<a href="#decisions">Decisions</a>')
    if meeting.attendance:
        entries.append('<a href="#attendance">Attendance</a>')
    entries += [_to_item(i) for i in meeting.items]
    return block(f'<details class="mb-contents">\n<summary>Contents: {plural(len(meeting.items), "item")}'
                 f"</summary>\n{ul(entries)}\n</details>")


def decisions(archive: Archive, meeting: Meeting) -> str:
    """Every decision and recommendation of the meeting, in the order taken, each linked to its item."""
    out = []
    for item in meeting.items:
        said = [text(d) for d in item.decisions]
        said += [f"Recommended to {text(archive.body_name(r.to))}: {text(r.text)}" for r in item.recommendations]
        if not said:
            continue
        out.append(f"{_to_item(item)}: {said[0]}" if len(said) == 1 else f"{_to_item(item)}:{ul(said)}\n")
    if not out:
        return ""
    return "## Decisions {#decisions}\n\n" + block(f'<div class="mb-decisions">\n{ul(out)}\n</div>')


def _about(archive: Archive, here: str, entry: Attendance) -> list[str]:
    """What follows a name: role, post, capacity, party, organisation, whom they replaced, which minutes."""
    person = archive.people.get(entry.person)
    about = [text(x) for x in (entry.role, entry.position if entry.position != entry.role else None,
                              entry.capacity if entry.capacity not in (None, "member") else None,
                              person.party if person else None) if x]
    if entry.organisation and entry.organisation in archive.organisations:
        org = archive.organisations[entry.organisation]
        about.append(a(here, org.url, org.name))
    if entry.substitute_for:
        about.append(f"for {person_a(archive, here, entry.substitute_for)}")
    if entry.items:
        about.append(("for minute " if len(entry.items) == 1 else "for minutes ")
                     + ", ".join(text(n) for n in entry.items))
    return about


def attendance(archive: Archive, meeting: Meeting, here: str) -> str:
    """Attendance grouped by status, one short line a person, in columns where the screen is wide."""
    out = []
    for status, heading in STATUS_HEADINGS:
        entries = [e for e in meeting.attendance if e.status == status]
        if not entries:
            continue
        lines = []
        for entry in entries:
            about = _about(archive, here, entry)
            extra = f' <span class="mb-about">{" · ".join(about)}</span>' if about else ""
            lines.append(f"{person_a(archive, here, entry.person)}{extra}")
        out.append(f'<div class="mb-attendance mb-{status}">\n<p class="mb-attendance-heading"><strong>{heading} '
                   f"({len(entries)})</strong></p>\n{ul(lines)}\n</div>")
    if not out:
        return ""
    return "## Attendance {#attendance}\n\n" + block("\n".join(out))
