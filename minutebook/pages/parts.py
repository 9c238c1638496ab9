"""Pages that would grow with the archive are split by year, so that no page does.

A list of up to `LIMIT` entries stays on its page, as a small archive shows it; a longer one becomes a
list of years, each year a page of its own at a stable address (`topics/housing/2019/`), with links
between the years. A year of one topic, person, body or organisation is bounded by how often bodies
meet, whatever the size of the archive.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TypeVar

from .markup import link, plural

LIMIT = 250  # entries a page lists before it is split by year
T = TypeVar("T")


def by_year(entries: Iterable[T], year: Callable[[T], int]) -> dict[int, list[T]]:
    """Entries grouped by year, in the order they come (newest first where they come so)."""
    grouped: dict[int, list[T]] = defaultdict(list)
    for entry in entries:
        grouped[year(entry)].append(entry)
    return dict(grouped)


def year_url(url: str, year: int) -> str:
    return f"{url.rstrip('/')}/{year}/"


def year_list(here: str, url: str, counts: dict[int, int], word: str, words: str | None = None) -> str:
    """A line per year linking to that year's page: `- [2019](…): 14 items`."""
    return "".join(f"- {link(here, year_url(url, y), y)}: {plural(n, word, words)}\n" for y, n in counts.items()) + "\n"


def year_sequence(here: str, url: str, years: list[int], year: int, whole: str) -> str:
    """Links from one year's page to the years either side and back to the whole."""
    ordered = sorted(years)
    at = ordered.index(year)
    parts = [link(here, url, whole)]
    if at > 0:
        parts.insert(0, "← " + link(here, year_url(url, ordered[at - 1]), ordered[at - 1]))
    if at + 1 < len(ordered):
        parts.append(link(here, year_url(url, ordered[at + 1]), ordered[at + 1]) + " →")
    return f'<p class="mb-sequence" markdown>{" · ".join(parts)}</p>\n\n'
