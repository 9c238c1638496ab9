"""Everything published besides the pages: open data (JSON, CSV), Atom feeds and iCalendar files.

`EXPORTERS` is the table: each entry turns the archive into files. A new format is one entry here;
a new file of an existing format is one entry in that module's own table (`opendata.DATASETS`,
`tables.TABLES`, `feeds.FEEDS`). Nothing is written: the site builder writes what `export_all` returns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model import Archive
from ..parallel import fork_map
from .addresses import Addresses
from .calendars import calendar_files, calendar_path
from .feeds import feed_files, feed_path
from .opendata import json_files
from .tables import csv_files

Exporter = Callable[[Archive, Addresses], Iterable[tuple[str, str | bytes]]]

EXPORTERS: dict[str, Exporter] = {
    "json": json_files,
    "csv": csv_files,
    "atom": feed_files,
    "icalendar": calendar_files,
}


def export_all(archive: Archive, site_url: str | None) -> dict[str, str | bytes]:
    """Every exported file: path relative to the site root -> content (str for text, bytes for XML/ICS).

    Items' topics are read as they are: the site builder resolves them first (`links.with_topics`).
    """
    addresses = Addresses.of(site_url)
    files: dict[str, str | bytes] = {}
    names = list(EXPORTERS)
    # Exporters are independent: they run on every core, and their files are gathered in table order.
    made = fork_map(lambda i: list(EXPORTERS[names[i]](archive, addresses)), len(names), batch=1)
    for name, exported in zip(names, made, strict=True):
        for path, content in exported:
            if path in files:
                raise ValueError(f"exporter '{name}' writes {path}, which another exporter wrote already")
            files[path] = content
    return files


__all__ = ["EXPORTERS", "Addresses", "calendar_path", "export_all", "feed_path"]
