"""Topic pages: every item and decision tagged with a topic, across bodies, newest first."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from ..exports import feed_path
from ..model import Topic
from ..urls import page_file
from . import Context, Page
from .html import a, block, text, ul
from .markup import esc, follow, front_matter, plural
from .parts import LIMIT, by_year, in_pages, page_sequence, page_url, year_list, year_sequence, year_url


def render(context: Context, topic: Topic) -> str:
    archive = context.archive
    here = page_file(topic.url)
    tagged = context.items_tagged(topic.id)
    meta, follow_line = follow(here, feed_path("topics", topic.id), what=topic.name)
    out = [front_matter(topic.name, f"{topic.name}: {plural(len(tagged), 'item')} across "
                        f"{plural(len({m.body for m, _ in tagged}), 'body', 'bodies')}.", search={"boost": 2}, **meta),
           f"# {esc(topic.name)}\n\n", follow_line]
    if topic.phrases:
        out.append("Items are tagged when their title or text mentions: " + esc(", ".join(topic.phrases)) + ".\n\n")
    if not tagged:
        out.append("No items yet.\n")
    if len(tagged) > LIMIT:
        years = by_year(tagged, lambda entry: entry[0].date.year)
        counts = {y: len(e) for y, e in years.items()}
        out.append("## By year {#years}\n\n" + year_list(here, topic.url, counts, "item"))
    else:
        out.extend(_items(archive, here, tagged))
    return "".join(out)


def _items(archive, here: str, tagged: list) -> list[str]:
    out = []
    for meeting, item in tagged:
        label = f"{archive.meeting_name(meeting)}, {item.label}"
        decided = ul([f"Decided: {text(d)}" for d in item.decisions])
        out.append(f"{a(here, meeting.url, label, item.anchor)}: <strong>{text(item.title)}</strong>"
                   + (f"{decided}\n" if decided else ""))
    return [block(ul(out))]


def render_year(context: Context, topic: Topic, year: int, years: list[int], entries: list,
                number: int = 1, total: int = 1) -> str:
    """Page `number` of `total` of a topic's year."""
    url = year_url(topic.url, year)
    here = page_file(page_url(url, number))
    title = f"{topic.name}, {year}" + (f", page {number} of {total}" if total > 1 else "")
    return "".join([front_matter(title, f"{title}: {plural(len(entries), 'item')}."), f"# {esc(title)}\n\n",
                    year_sequence(here, topic.url, years, year, topic.name),
                    page_sequence(here, url, number, total), *_items(context.archive, here, entries)])


def pages(context: Context) -> Iterator[Page]:
    for topic in context.archive.topics.values():
        yield from pages_of(context, topic)


def pages_of(context: Context, topic: Topic) -> Iterator[Page]:
    """One topic's pages (`build.py serve` asks for those an edited meeting touches alone)."""
    yield Page(page_file(topic.url), partial(render, context, topic))
    tagged = context.items_tagged(topic.id)
    if len(tagged) > LIMIT:
        years = by_year(tagged, lambda entry: entry[0].date.year)
        for year, entries in years.items():
            parts = in_pages(entries, LIMIT)
            for number, part in enumerate(parts, 1):
                yield Page(page_file(page_url(year_url(topic.url, year), number)),
                           partial(render_year, context, topic, year, list(years), part, number, len(parts)))
