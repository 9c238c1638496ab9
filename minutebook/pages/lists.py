"""The pages that list things: home and the index of each kind (the decisions register is `register.py`).

These are the only pages in the navigation.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from ..announcements import announced
from ..dates import long_date
from ..exports import calendar_path, feed_path
from ..model import Meeting
from ..urls import page_file
from . import Context, Page
from .markup import esc, follow, front_matter, link, plural, table
from .parts import LIMIT, by_year, year_sequence, year_url
from .people import people_index


def _meeting_line(context: Context, here: str, meeting: Meeting) -> str:
    label = context.status(meeting)
    status = f" ({esc(label)})" if label else ""
    time = f", {meeting.start}" if meeting.start else ""
    return (f"- {link(here, meeting.url, context.archive.meeting_name(meeting))}"
            f"{time}{status}\n")


def every_meeting(here: str) -> tuple[dict, str]:
    """The feed and calendar of every meeting: offered by pages that have none of their own."""
    return follow(here, feed_path("meetings"), calendar_path(), "every meeting")


def home(context: Context) -> Page:
    archive = context.archive
    here = "index.md"
    upcoming = [m for m in archive.meetings if m.date >= context.today and m.status != "cancelled"
                and (m.status == "scheduled" or m.date > context.today)]
    held = [m for m in archive.meetings if m.date <= context.today and m not in upcoming]
    decisions = sum(len(i.decisions) for m in archive.meetings for i in m.items)
    meta, follow_line = every_meeting(here)
    out = [front_matter(archive.name, f"{archive.name}: agendas, minutes and decisions of "
                        f"{plural(len(archive.bodies), 'body', 'bodies')}, searchable.", **meta)]
    out.append(context.home_intro.strip() + "\n\n" if context.home_intro.strip() else f"# {esc(archive.name)}\n\n")
    out.append('<label class="md-button md-button--primary mb-search-button" for="__search">'
               "Search meetings, decisions and people</label>\n\n")
    counts = [
        (len(archive.meetings), "meeting", None, "meetings/"),
        (sum(len(m.items) for m in archive.meetings), "item", None, None),
        (decisions, "decision", None, "decisions/"),
        (len(archive.bodies), "body", "bodies", "bodies/"),
        (len(archive.people), "person", "people", "people/"),
        (len(archive.organisations), "organisation", None, "organisations/"),
        (len(archive.topics), "topic", None, "topics/"),
    ]
    out.append('<p class="mb-counts" markdown>' + " · ".join(
        link(here, url, plural(n, one, many)) if url else plural(n, one, many) for n, one, many, url in counts)
        + "</p>\n\n")
    out.append(follow_line)
    out.append("## Upcoming meetings {#upcoming}\n\n")
    lines = [_meeting_line(context, here, m) for m in upcoming[:10]]
    for a in (a for a in announced(archive) if a.date >= context.today):
        source = f"{archive.meeting_name(a.meeting)}"
        lines.append(f"- {esc(archive.body_name(a.body))}, {long_date(a.date)}{', ' + a.start if a.start else ''} "
                     f"(announced in the minutes of "
                     f"{link(here, a.meeting.url, source, a.item.anchor if a.item else None)})\n")
    out.append("".join(lines) or "None scheduled.\n")
    out.append("\n## Latest meetings {#latest}\n\n")
    out.append("".join(_meeting_line(context, here, m) for m in reversed(held[-10:])) or "None yet.\n")
    return Page("index.md", "".join(out), in_nav=True)


def meetings_index(context: Context) -> Page:
    here = "meetings/index.md"
    meta, follow_line = every_meeting(here)
    out = [front_matter("Meetings", "Every meeting in the archive, newest first.", **meta), "# Meetings\n\n",
           follow_line]
    years = by_year(reversed(context.archive.meetings), lambda m: m.date.year)
    split = len(context.archive.meetings) > LIMIT
    for year, meetings in years.items():
        out.append(f"## {year} {{#year-{year}}}\n\n")
        if split:
            out.append(f"- {link(here, year_url('meetings/', year), plural(len(meetings), 'meeting'))}\n")
        else:
            out.extend(_meeting_line(context, here, m) for m in meetings)
        out.append("\n")
    return Page(here, "".join(out), in_nav=True)


def meetings_years(context: Context) -> Iterator[Page]:
    """A page per year of meetings, where the archive is too large to list every meeting on one page."""
    if len(context.archive.meetings) <= LIMIT:
        return
    years = by_year(reversed(context.archive.meetings), lambda m: m.date.year)
    for year, meetings in years.items():
        here = page_file(year_url("meetings/", year))
        yield Page(here, partial(_meetings_year, context, here, year, list(years), meetings))


def _meetings_year(context: Context, here: str, year: int, years: list[int], meetings: list[Meeting]) -> str:
    return "".join([front_matter(f"Meetings, {year}", f"Every meeting in {year}, newest first."),
                    f"# Meetings, {year}\n\n", year_sequence(here, "meetings/", years, year, "Meetings"),
                    *(_meeting_line(context, here, m) for m in meetings)])


def bodies_index(context: Context) -> Page:
    archive = context.archive
    here = "bodies/index.md"
    rows = []
    for body in sorted(archive.bodies.values(), key=lambda b: b.name):
        meetings = archive.meetings_of(body.id)
        latest = long_date(meetings[-1].date) if meetings else "–"
        rows.append([link(here, body.url, body.name), esc(body.kind or ""), str(len(meetings)), latest])
    meta, follow_line = every_meeting(here)
    return Page(here, front_matter("Bodies", "Council, committees, panels and boards.", **meta) + "# Bodies\n\n"
                + follow_line + table(["Body", "Kind", "Meetings", "Latest"], rows), in_nav=True)


def organisations_index(context: Context) -> Page:
    here = "organisations/index.md"
    lines = [f"- {link(here, o.url, o.name)}\n" for o in sorted(context.archive.organisations.values(),
                                                                key=lambda o: o.name.lower())]
    meta, follow_line = every_meeting(here)
    return Page(here, front_matter("Organisations", "Organisations represented or mentioned at meetings.", **meta)
                + "# Organisations\n\n" + follow_line + "".join(lines), in_nav=True)


def topics_index(context: Context) -> Page:
    here = "topics/index.md"
    lines = [f"- {link(here, t.url, t.name)} ({plural(len(context.items_tagged(t.id)), 'item')})\n"
             for t in sorted(context.archive.topics.values(), key=lambda t: t.name.lower())]
    meta, follow_line = every_meeting(here)
    return Page(here, front_matter("Topics", "Items and decisions by subject.", **meta) + "# Topics\n\n"
                + follow_line + "".join(lines), in_nav=True)


def pages(context: Context) -> Iterator[Page]:
    for builder in (home, meetings_index, bodies_index, people_index, organisations_index, topics_index):
        yield builder(context)
    yield from meetings_years(context)
