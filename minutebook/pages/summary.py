"""The top of a meeting page, which answers at a glance: a contents control, what was decided, who was there.

A reader comes for the decision; a phone has no sidebar table of contents for pages outside the nav
(Material prints it into the nav, and meeting pages are kept out of it); 59 councillors in one run-on
paragraph cannot be scanned. So: a contents control any device can open, every decision with a link to
its item, and attendance as short lists grouped by status, each name with its role and party.
"""

from __future__ import annotations

from ..model import Archive, Attendance, Item, Meeting
from .markup import esc, link, person_link, plural

STATUS_HEADINGS = (
    ("present", "Present"),
    ("substitute", "Substitutes"),
    ("apologies", "Apologies"),
    ("absent", "Absent"),
    ("in_attendance", "In attendance"),
)


def item_heading(item: Item) -> str:
    if item.minute:
        return f"{esc(item.minute)}. {esc(item.title)}"
    if item.agenda:
        return f"Item {esc(item.agenda)}. {esc(item.title)}"
    return esc(item.title)


def contents(meeting: Meeting) -> str:
    """A closed disclosure listing the page's sections and every item: a native control, so it opens with a
    tap, Enter or Space and needs no script; hidden where Material shows its own table of contents."""
    if len(meeting.items) < 2:
        return ""
    entries = []
    if any(i.decisions or i.recommendations for i in meeting.items):
        entries.append("- [Decisions](#decisions)\n")
    if meeting.attendance:
        entries.append("- [Attendance](#attendance)\n")
    entries += [f"- [{item_heading(i)}](#{i.anchor})\n" for i in meeting.items]
    return (f'<details class="mb-contents" markdown>\n<summary>Contents: {plural(len(meeting.items), "item")}'
            f"</summary>\n\n{''.join(entries)}\n</details>\n\n")


def decisions(archive: Archive, meeting: Meeting) -> str:
    """Every decision and recommendation of the meeting, in the order taken, each linked to its item."""
    out = []
    for item in meeting.items:
        said = [esc(d) for d in item.decisions]
        said += [f"Recommended to {esc(archive.body_name(r.to))}: {esc(r.text)}" for r in item.recommendations]
        if not said:
            continue
        target = f"[{item_heading(item)}](#{item.anchor})"
        if len(said) == 1:
            out.append(f"- {target}: {said[0]}\n")
        else:
            out.append(f"- {target}:\n" + "".join(f"    - {s}\n" for s in said))
    if not out:
        return ""
    return ("## Decisions {#decisions}\n\n" + '<div class="mb-decisions" markdown>\n\n' + "".join(out)
            + "\n</div>\n\n")


def _about(archive: Archive, here: str, entry: Attendance) -> list[str]:
    """What follows a name: role, post, capacity, party, organisation, whom they replaced, which minutes."""
    person = archive.people.get(entry.person)
    about = [esc(x) for x in (entry.role, entry.position if entry.position != entry.role else None,
                              entry.capacity if entry.capacity not in (None, "member") else None,
                              person.party if person else None) if x]
    if entry.organisation and entry.organisation in archive.organisations:
        org = archive.organisations[entry.organisation]
        about.append(link(here, org.url, org.name))
    if entry.substitute_for:
        about.append(f"for {person_link(archive, here, entry.substitute_for)}")
    if entry.items:
        about.append(("for minute " if len(entry.items) == 1 else "for minutes ")
                     + ", ".join(esc(n) for n in entry.items))
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
            lines.append(f"- {person_link(archive, here, entry.person)}{extra}\n")
        out.append(f'<div class="mb-attendance mb-{status}" markdown>\n\n**{heading} ({len(entries)})**\n'
                   "{: .mb-attendance-heading }\n\n" + "".join(lines) + "\n</div>\n\n")
    if not out:
        return ""
    return "## Attendance {#attendance}\n\n" + "".join(out)
