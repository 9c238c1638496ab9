"""The whole site in memory: load → validate → link → render. Nothing here writes a file.

`build_site` is what any generator adapter calls (the MkDocs hooks today); it returns every page as
Markdown and every other file as bytes or text, so the domain outlives the generator.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import announcements, trails
from . import ledger as addresses
from .exports import export_all
from .links import link_archive, with_topics
from .model import Archive
from .pages import Context, Page, build_pages
from .sources import SourceFolders, published_sources

if TYPE_CHECKING:
    from .pagecache import Stash


@dataclass(frozen=True)
class Site:
    pages: list[Page]
    files: dict[str, str | bytes] = field(default_factory=dict)  # path under the site root -> content
    published: dict[str, set[str]] = field(default_factory=dict)  # every page it publishes -> its anchors
    archive: Archive | None = None  # the archive as the pages show it, its topics resolved (`links.with_topics`)


def build_site(archive: Archive, today: dt.date | None = None, home_intro: str = "",
               site_url: str | None = None, source_folders: SourceFolders | None = None,
               ledger: addresses.Ledger | None = None, link_cache: Stash | None = None) -> Site:
    """Every page and file of the site; `source_folders` says where records' sources may be published from;
    `ledger` the addresses published before (their redirects become forwarding pages and second ids);
    `link_cache` what `build.py serve` keeps of each meeting's linking between builds."""
    archive = with_topics(archive)
    links = link_archive(archive, cache=link_cache)
    sources = published_sources(archive, source_folders)
    ledger = ledger or addresses.Ledger()
    context = Context.build(archive, links, today or dt.date.today(), home_intro, sources.paths,
                            addresses.aliases(ledger))
    published = addresses.published(archive)
    forwards = {f"{old}index.html": forwarding_page(old, new, anchors)
                for old, new, anchors in addresses.forwarding_pages(ledger, published)}
    # A source named like a data file never replaces it: exports are written last.
    return Site(pages=build_pages(context), files={**forwards, **sources.files, **export_all(archive, site_url)},
                published=published, archive=archive)


def forget() -> None:
    """Let go of what the domain remembers between the steps of a build (each archive's trails, each meeting's
    announcements): they hold the archives they were found in, 1.2 GB at 10,000 meetings that MkDocs's process
    kept while Pagefind wrote its index, the build's peak of memory."""
    announcements.forget()
    trails.forget()


def forwarding_page(old: str, new: str, anchors: dict[str, str]) -> str:
    """A page at a meeting's old address that sends the reader to the new one, anchor included (a link
    for readers without JavaScript, a refresh for those without either)."""
    target = addresses.relative(old, new)
    mapping = {f"#{a}": addresses.relative(old, to) for a, to in anchors.items()}
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Moved</title>'
            f'<meta http-equiv="refresh" content="1; url={html.escape(target)}">'
            f'<link rel="canonical" href="{html.escape(target)}"><meta name="robots" content="noindex">'
            f"<script>var m={_script_json(mapping)};location.replace(m[location.hash]||"
            f"{_script_json(target)}+(location.hash||''));</script></head>"
            f'<body><p>This page has moved to <a href="{html.escape(target)}">{html.escape(new)}</a>.</p>'
            f"</body></html>")




def _script_json(value: object) -> str:
    """JSON for inside a <script>: a '<' from addresses.yml can never close the element ('</script>')."""
    return json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
