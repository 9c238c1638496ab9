"""Body pages: a committee's meetings by year, its members and their roles, its decisions."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import partial

from ..dates import long_date
from ..exports import calendar_path, feed_path
from ..urls import page_file
from . import Context, Page
from .html import a, block, person_a, table, text, ul
from .markup import esc, follow, front_matter, link, plural
from .parts import LIMIT
from .parts import by_year as years_of
from .register import decisions_url

# The capacities a member of the body attends in (an ex officio member is one by virtue of an office).
MEMBER_CAPACITIES = (None, "member", "reserve", "co-optee", "ex officio")

MEMBER_STATUSES = ("present", "apologies", "absent", "substitute")


def render(context: Context, body_id: str) -> str:
    archive = context.archive
    body = archive.bodies[body_id]
    here = page_file(body.url)
    meetings = archive.meetings_of(body_id)
    meta, follow_line = follow(here, feed_path("bodies", body_id), calendar_path(body_id), body.name)
    out = [front_matter(body.name, f"{body.name}: {plural(len(meetings), 'meeting')}, members and decisions.",
                        search={"boost": 2}, **meta),
           f"# {esc(body.name)}\n\n", follow_line]
    facts = []
    if body.kind:
        facts.append(esc(body.kind.capitalize()))
    if body.parent and body.parent in archive.bodies:
        parent = archive.bodies[body.parent]
        facts.append("part of " + link(here, parent.url, parent.name))
    children = [b for b in archive.bodies.values() if b.parent == body_id]
    if children:
        facts.append("reports from " + ", ".join(link(here, b.url, b.name) for b in children))
    if facts:
        out.append(" · ".join(facts) + "\n\n")

    out.append("## Meetings {#meetings}\n\n")
    by_year: dict[int, list] = defaultdict(list)
    for meeting in reversed(meetings):
        by_year[meeting.date.year].append(meeting)
    for year, year_meetings in by_year.items():
        lines = []
        for meeting in year_meetings:
            status = f" ({text(context.status(meeting))})" if context.status(meeting) else ""
            kind = "" if meeting.type == "ordinary" else f" — {text(meeting.type)}"
            lines.append(f"{a(here, meeting.url, long_date(meeting.date))}{kind}{status}: "
                         f"{plural(len(meeting.items), 'item')}")
        out.append(f"### {year} {{#meetings-{year}}}\n\n" + block(ul(lines)))

    out.append("## Members {#members}\n\n")
    roles: dict[str, Counter] = defaultdict(Counter)
    seen: Counter = Counter()
    for meeting in meetings:
        for entry in meeting.attendance:
            if entry.status in MEMBER_STATUSES and entry.capacity in MEMBER_CAPACITIES:
                seen[entry.person] += 1
                if entry.role:
                    roles[entry.person][entry.role] += 1
    rows = [[person_a(archive, here, pid), text(", ".join(r for r, _ in roles[pid].most_common())), str(n)]
            for pid, n in sorted(seen.items(), key=lambda kv: (-kv[1], archive.people[kv[0]].name
                                                                if kv[0] in archive.people else kv[0]))]
    out.append(block(table(["Member", "Roles", "Meetings listed"], rows)) or "No attendance recorded yet.\n")
    out.append("\n## Decisions {#decisions}\n\n")
    decided = [(m, i) for m, i in context.decided if m.body == body_id]
    lines = []
    if len(decided) > LIMIT:  # the register is split too: its page of each year of this body
        years = years_of(decided, lambda entry: entry[0].date.year)
        lines += [f"{a(here, decisions_url(y, body_id), y)}: {plural(len(e), 'item')}" for y, e in years.items()]
        decided = []
    for meeting, item in decided:
        to_item = a(here, meeting.url, long_date(meeting.date) + ", " + item.label, item.anchor)
        lines += [f"{to_item}: {text(decision)}" for decision in item.decisions]
        lines += [f"{to_item}: recommended to "
                  f"{text(archive.bodies[rec.to].name if rec.to in archive.bodies else rec.to)}: {text(rec.text)}"
                  for rec in item.recommendations]
    out.append(block(ul(lines)))
    if not any(m.body == body_id for m, _ in context.decided):
        out.append("No decisions recorded yet.\n")
    return "".join(out)


def pages(context: Context) -> Iterator[Page]:
    for body_id, body in context.archive.bodies.items():
        yield Page(page_file(body.url), partial(render, context, body_id))
