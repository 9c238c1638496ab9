"""The decisions register: every decision and recommendation as one row of a table a reader can filter.

Without JavaScript it is a plain table (date, body, item, decision, topics, kind), newest first;
`docs/javascripts/register.js` adds filters by body, year, topic and kind, sorting by any column, and
hides procedural decisions (`minutebook.procedural`) until the reader asks for them. On a phone the rows
stack (`minutebook.css`), so the page never scrolls sideways. Past `LIMIT` items the register is split
into a page per body and year, each the same table, so no page grows with the archive.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from collections.abc import Iterator
from functools import partial

from ..dates import long_date
from ..exports import feed_path
from ..model import Item, Meeting
from ..procedural import kind_of
from ..urls import page_file
from . import Context, Page
from .html import a, attr, block, p, table, text, ul
from .markup import esc, follow, front_matter, plural
from .parts import LIMIT

HEADER = ("Date", "Body", "Item", "Decision", "Topics", "Kind")
CSV = "data/decisions.csv"
WIDE = ["navigation", "toc"]  # Material's page setting: the table gets the sidebars' width


def decisions_url(year: int, body: str) -> str:
    """A body's decisions of one year: the register's part, where the register is split."""
    return f"decisions/{year}/{body}/"


def rows(context: Context, here: str, entries: list[tuple[Meeting, Item]]) -> Iterator[list[str]]:
    """One row per decision and per recommendation, in the order the entries come (newest first). The first
    row of each year and of each body's year carries the anchors the register had when it was a list
    (`#year-2017`, `#year-2017-council`), so links made to it then still land."""
    archive = context.archive
    anchored: set[str] = set()
    for meeting, item in entries:
        ids = [a for a in (f"year-{meeting.date.year}", f"year-{meeting.date.year}-{meeting.body}")
               if a not in anchored]
        anchored.update(ids)
        date = "".join(f'<span id="{a}"></span>' for a in ids) + long_date(meeting.date)
        body = text(archive.body_name(meeting.body))
        label = a(here, meeting.url, f"{item.label}: {item.title}" if item.label != item.title else item.title,
                  item.anchor)
        topics = ", ".join(a(here, archive.topics[t].url, archive.topics[t].name)
                           for t in item.topics if t in archive.topics)
        for decision in item.decisions:
            kind = kind_of(decision)
            shown = f"Procedural ({text(kind.name)})" if kind.procedural else "Decision"
            yield [date, body, label, text(decision), topics, shown]
        for rec in item.recommendations:
            said = f"Recommended to {text(archive.body_name(rec.to))}: {text(rec.text)}"
            yield [date, body, label, said, topics, "Recommendation"]


def register_table(context: Context, here: str, entries: list[tuple[Meeting, Item]]) -> str:
    return block(f'<div class="mb-register">\n{table(list(HEADER), list(rows(context, here, entries)))}\n</div>')


def downloads(here: str) -> str:
    relative = attr(posixpath.relpath(CSV, posixpath.dirname(here) or "."))
    return block(p("mb-downloads", f'Download every decision: <a href="{relative}">CSV</a> (one row per decision, '
                                   'for spreadsheets) · <a href="../open-data.md">open data</a>'))


HOW = block("<p>Procedural decisions (the minutes approved, apologies, declarations, reports noted) are hidden "
            'until you ask for them; <a href="../record-format.md#procedural-decisions">what counts as '
            "procedural</a>.</p>")


def decisions_register(context: Context) -> Page:
    archive = context.archive
    here = "decisions/index.md"
    meta, follow_line = follow(here, feed_path("decisions"), what="every decision")
    out = [front_matter("Decisions", "Every decision in the archive, newest first: filter by body, year, topic "
                        "and kind.", hide=WIDE, **meta), "# Decisions register\n\n", follow_line, downloads(here)]
    if not context.decided:
        out.append("No decisions recorded yet.\n")
    elif len(context.decided) > LIMIT:
        for year, bodies in _decided_by_year(context).items():
            out.append(f"## {year} {{#year-{year}}}\n\n")
            out.append(block(ul([f"{a(here, decisions_url(year, body), archive.body_name(body))}: "
                                 f"{plural(len(entries), 'item')}" for body, entries in bodies.items()])))
    else:
        out.append(HOW)
        out.append(register_table(context, here, context.decided))
    return Page(here, "".join(out), in_nav=True)


def _decided_by_year(context: Context) -> dict[int, dict[str, list]]:
    grouped: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for meeting, item in context.decided:
        grouped[meeting.date.year][meeting.body].append((meeting, item))
    return grouped


def decisions_parts(context: Context) -> Iterator[Page]:
    """A page per body and year, where the register is too large for one page."""
    if len(context.decided) <= LIMIT:
        return
    grouped = _decided_by_year(context)
    for year, bodies in grouped.items():
        for body, entries in bodies.items():
            years = [y for y, b in grouped.items() if body in b]
            yield Page(page_file(decisions_url(year, body)),
                       partial(_decisions_part, context, year, body, years, entries))


def _decisions_part(context: Context, year: int, body: str, years: list[int], entries: list) -> str:
    here = page_file(decisions_url(year, body))
    title = f"Decisions of {context.archive.body_name(body)}, {year}"
    ordered = sorted(years)
    at = ordered.index(year)
    nav = [a(here, "decisions/", "Decisions register", f"year-{year}")]
    if at:
        nav.insert(0, "← " + a(here, decisions_url(ordered[at - 1], body), ordered[at - 1]))
    if at + 1 < len(ordered):
        nav.append(a(here, decisions_url(ordered[at + 1], body), ordered[at + 1]) + " →")
    return "".join([front_matter(title, f"{title}, newest first.", hide=WIDE), f"# {esc(title)}\n\n",
                    block(p("mb-sequence", " · ".join(nav))), register_table(context, here, entries)])


def pages(context: Context) -> Iterator[Page]:
    yield decisions_register(context)
    yield from decisions_parts(context)
