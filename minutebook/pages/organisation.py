"""Organisation pages: its people, and the meetings where it was represented or mentioned."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from ..model import Organisation
from ..urls import page_file
from . import Context, Page
from .html import a, block, text, ul
from .lists import every_meeting
from .markup import esc, front_matter, plural
from .parts import LIMIT, meeting_years, year_sequence, year_url


def render(context: Context, org: Organisation) -> str:
    archive = context.archive
    here = page_file(org.url)
    people = [p for p in archive.people.values() if p.organisation == org.id]
    appointed = [(p, a) for p in archive.people.values() for a in p.appointments if a.organisation == org.id]
    represented, mentioned = _dated(context, org)
    meta, follow_line = every_meeting(here)
    out = [front_matter(org.name, f"{org.name}: {plural(len(people), 'person', 'people')}, represented at "
                        f"{plural(len({m.id for m, _ in represented}), 'meeting')}.", search={"boost": 2}, **meta),
           f"# {esc(org.name)}\n\n", follow_line]
    if org.aliases:
        out.append("Also written: " + esc(", ".join(org.aliases)) + "\n\n")
    if org.website and org.website.startswith(("https://", "http://")):
        out.append(f"Website: <{org.website}>\n\n")
    if people:
        out.append("## People {#people}\n\n" + block(ul(
            [a(here, p.url, p.name) for p in sorted(people, key=lambda p: p.name)])))
    if appointed:
        out.append("## Council appointees {#appointees}\n\n" + block(ul(
            [f"{a(here, p.url, p.name)}{': ' + text(job.role) if job.role else ''}" for p, job in appointed])))
    if len(represented) + len(mentioned) > LIMIT:
        out.append("## By year {#years}\n\n")
        years = meeting_years(represented, mentioned)
        out.append(block(ul([f"{a(here, year_url(org.url, year), year)}: represented at "
                             f"{plural(len(represented_in), 'meeting')}, mentioned in "
                             f"{plural(len(mentioned_in), 'item')}"
                             for year, (represented_in, mentioned_in) in years.items()])))
    else:
        out.extend(_sections(context, here, represented, mentioned))
    return "".join(out)


def _dated(context: Context, org: Organisation) -> tuple[list, list]:
    """Where the organisation was represented and where it was mentioned, newest first."""
    represented = context.represented.get(org.id, [])
    mentioned = sorted(context.links.mentions.get(("organisation", org.id), []), key=lambda p: p[0].sort_key,
                       reverse=True)
    return represented, mentioned


def _sections(context: Context, here: str, represented: list, mentioned: list) -> list[str]:
    archive = context.archive
    out = []
    if represented:
        lines = []
        for meeting, entry in represented:
            person = archive.people.get(entry.person)
            who = a(here, person.url, person.name) if person else text(entry.person)
            lines.append(f"{a(here, meeting.url, archive.meeting_name(meeting))}"
                         f": {who} ({text(entry.status.replace('_', ' '))})")
        out.append("## Represented at {#represented}\n\n" + block(ul(lines)))
    if mentioned:
        lines = []
        for meeting, item in mentioned:
            label = f"{archive.meeting_name(meeting)}"
            if item:
                lines.append(f"{a(here, meeting.url, label + ', ' + item.label, item.anchor)}: {text(item.title)}")
            else:
                lines.append(a(here, meeting.url, label))
        out.append("## Mentioned in {#mentioned}\n\n" + block(ul(lines)))
    return out


def render_year(context: Context, org: Organisation, year: int, years: list[int]) -> str:
    here = page_file(year_url(org.url, year))
    title = f"{org.name}, {year}"
    represented, mentioned = ([e for e in entries if e[0].date.year == year] for entries in _dated(context, org))
    return "".join([front_matter(title, f"{title}: meetings where it was represented or mentioned."),
                    f"# {esc(title)}\n\n", year_sequence(here, org.url, years, year, org.name),
                    *_sections(context, here, represented, mentioned)])


def pages(context: Context) -> Iterator[Page]:
    for org in context.archive.organisations.values():
        yield from pages_of(context, org)


def pages_of(context: Context, org: Organisation) -> Iterator[Page]:
    """One organisation's pages (`build.py serve` asks for those an edited meeting touches alone)."""
    yield Page(page_file(org.url), partial(render, context, org))
    represented, mentioned = _dated(context, org)
    if len(represented) + len(mentioned) > LIMIT:
        years = list(meeting_years(represented, mentioned))
        for year in years:
            yield Page(page_file(year_url(org.url, year)), partial(render_year, context, org, year, years))
