"""The whole site in memory: load → validate → link → render. Nothing here writes a file.

`build_site` is what any generator adapter calls (the MkDocs hooks today); it returns every page as
Markdown and every other file as bytes or text, so the domain outlives the generator.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .exports import export_all
from .links import link_archive, with_topics
from .model import Archive
from .pages import Context, Page, build_pages
from .sources import published_sources


@dataclass(frozen=True)
class Site:
    pages: list[Page]
    files: dict[str, str | bytes] = field(default_factory=dict)  # path under the site root -> content


def build_site(archive: Archive, today: dt.date | None = None, home_intro: str = "",
               site_url: str | None = None, source_root: Path | None = None) -> Site:
    """Every page and file of the site; `source_root` is the folder records' source paths start from."""
    archive = with_topics(archive)
    links = link_archive(archive)
    sources = published_sources(archive, source_root)
    context = Context.build(archive, links, today or dt.date.today(), home_intro, frozenset(sources))
    # A source named like a data file never replaces it: exports are written last.
    return Site(pages=build_pages(context), files={**sources, **export_all(archive, site_url)})


