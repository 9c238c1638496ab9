"""Pages that would grow with the archive are split by year, so that no page does.

A list of up to `LIMIT` entries stays on its page, as a small archive shows it; a longer one becomes a
list of years, each year a page of its own at a stable address (`topics/housing/2019/`), with links
between the years. A year of one topic, person, body or organisation is bounded by how often bodies
meet, whatever the size of the archive; a year that still lists more than `LIMIT` entries (a topic
across every body of a busy council) goes on as numbered pages after the first (`topics/housing/2019/2/`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TypeVar

from .html import a, block, p, ul
from .markup import plural

LIMIT = 250  # entries a page lists before it is split by year
T = TypeVar("T")


def by_year(entries: Iterable[T], year: Callable[[T], int]) -> dict[int, list[T]]:
    """Entries grouped by year, in the order they come (newest first where they come so)."""
    grouped: dict[int, list[T]] = defaultdict(list)
    for entry in entries:
        grouped[year(entry)].append(entry)
    return dict(grouped)


def meeting_years(*lists: list[tuple]) -> dict[int, tuple[list, ...]]:
    """Lists of entries whose first element is a meeting, split by the meeting's year, newest year first, each
    list in one pass (each filtered once a year, they grew with years x entries: two thirds of an edit while
    serving 10,000 meetings went on a person's)."""
    grouped = [by_year(entries, lambda entry: entry[0].date.year) for entries in lists]
    return {y: tuple(g.get(y, []) for g in grouped) for y in sorted(set().union(*grouped), reverse=True)}


def year_url(url: str, year: int) -> str:
    return f"{url.rstrip('/')}/{year}/"


def year_list(here: str, url: str, counts: dict[int, int], word: str, words: str | None = None) -> str:
    """A line per year linking to that year's page: `2019: 14 items`, linked."""
    return block(ul([f"{a(here, year_url(url, y), y)}: {plural(n, word, words)}" for y, n in counts.items()]))


def year_sequence(here: str, url: str, years: list[int], year: int, whole: str) -> str:
    """Links from one year's page to the years either side and back to the whole."""
    ordered = sorted(years)
    at = ordered.index(year)
    parts = [a(here, url, whole)]
    if at > 0:
        parts.insert(0, "← " + a(here, year_url(url, ordered[at - 1]), ordered[at - 1]))
    if at + 1 < len(ordered):
        parts.append(a(here, year_url(url, ordered[at + 1]), ordered[at + 1]) + " →")
    return block(p("mb-sequence", " · ".join(parts)))


def in_pages(entries: list[T], size: int = LIMIT) -> list[list[T]]:
    """`entries` cut into pages of at most `size` (one page, perhaps empty, when they fit)."""
    return [entries[n:n + size] for n in range(0, len(entries), size)] or [entries]


def page_url(url: str, number: int) -> str:
    """The address of page `number` of a list at `url`: the first keeps the list's own address."""
    return url if number == 1 else f"{url.rstrip('/')}/{number}/"


def page_sequence(here: str, url: str, number: int, total: int) -> str:
    """Links from one page of a list to every other page of it (nothing when it has one page)."""
    if total == 1:
        return ""
    parts = [f"Page {number} of {total}:"]
    parts += [str(n) if n == number else a(here, page_url(url, n), n) for n in range(1, total + 1)]
    return block(p("mb-sequence", " ".join(parts)))
