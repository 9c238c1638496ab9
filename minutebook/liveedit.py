"""One edited meeting record while serving: what it changes, worked out in memory in seconds.

`build.py serve` keeps a `LiveArchive`: the archive as loaded and as linked, and the pages' Context,
made once after the first build. On the save of a record it already holds, `edit` re-reads and checks
that file only, links that meeting only, and returns the pages that depend on it (`Edit.pages`),
each with its Markdown; the adapter renders and writes those whose Markdown changed. What cannot be
worked out this way (a new or deleted record, a changed address, minute number, anchor or published
source, a page that appears or goes) is answered `None`: the caller builds the whole site instead.
Exports, feeds, calendars, data files and the search index are not made here: the full rebuild that
follows each edit in the background brings them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import ledger as addresses
from . import trails
from .links import Linker, Links, Tagger, link_archive, link_meeting, sections_of, with_topics
from .model import VOTE_SIDES, Archive, Meeting
from .pages import Context, Page, builders
from .pages import appendix as appendix_pages
from .pages import organisation as organisation_pages
from .pages import person as person_pages
from .pages import topic as topic_pages
from .pages.parts import year_url
from .problems import Problems
from .records import read_record
from .sources import SourceFolders, published_sources
from .validate import validate_meeting

if TYPE_CHECKING:
    from .pagecache import Stash


@dataclass(frozen=True)
class Edit:
    """What one saved record changes: the pages that may depend on it (the caller compares their Markdown
    with what it served) and the problems the record has (warnings only: an error refuses the edit)."""

    pages: list[Page]
    warnings: list[str]


class RecordError(Exception):
    """The edited record has errors: each is a `path:line: message`; the served pages stay as they are."""


def _identity(meeting: Meeting) -> tuple:
    """What other pages, links, the address ledger and the site's list of pages know of a meeting besides its
    own page: while it is unchanged, an edit changes no address and moves nothing (so the ledger, checked
    against every address, needs no new check)."""
    return (meeting.id, meeting.url, meeting.sort_key, tuple((i.minute, i.anchor) for i in meeting.items),
            addresses.published_by(meeting))


PER_ENTITY = {"person": person_pages, "organisation": organisation_pages, "topic": topic_pages}
Place = tuple[str, str]  # (kind, id): a person, organisation or body mentioned


class LiveArchive:
    """The archive the served site was built from, kept in memory and moved on one edited record at a time."""

    def __init__(self, content: Path, raw: Archive, home_intro: str, folders: SourceFolders, ledger: addresses.Ledger,
                 today: dt.date | None = None, link_cache: Stash | None = None):
        self.content, self.raw, self.home_intro, self.folders, self.ledger = content, raw, home_intro, folders, ledger
        self.today = today or dt.date.today()
        self.sources = published_sources(raw, folders)
        self.archive = with_topics(raw)
        self.links = link_archive(self.archive, cache=link_cache)
        self.linker = Linker(self.archive)
        self.context = self._context(self.archive, self.links)
        self.paths = {p.path for p in self._generated(self.context)}
        self.index = {Path(m.origin.path).resolve(): i for i, m in enumerate(raw.meetings)}  # record -> position
        self.places: dict[str, set[Place]] = {}  # meeting id -> what its text mentions
        for place, entries in self.links.mentions.items():
            for meeting, _ in entries:
                self.places.setdefault(meeting.id, set()).add(place)

    @classmethod
    def load(cls, content: Path, home_intro: str = "", link_cache: Stash | None = None) -> LiveArchive | None:
        """The archive under `content` as a build reads it (`link_cache`: the first build's linking, kept by
        `pagecache`); None if it has errors (the build refuses it too)."""
        from .archive import load_archive

        raw, problems = load_archive(content)
        if problems.errors:
            return None
        return cls(content, raw, home_intro, SourceFolders.of(content, raw.sources_folder),
                   addresses.read(content, Problems()), link_cache=link_cache)

    def _context(self, archive: Archive, links: Links) -> Context:
        return Context.build(archive, links, self.today, self.home_intro, self.sources.paths,
                             addresses.aliases(self.ledger))

    def _generated(self, context: Context) -> list[Page]:
        """Every generated page but those made per meeting (appendices) or per entity (people, organisations,
        topics: there are thousands, and their pages are asked for one by one), Markdown not yet written."""
        skipped = (appendix_pages.pages, *(module.pages for module in PER_ENTITY.values()))
        return [p for b in builders() if b not in skipped for p in b(context)]

    def holds(self, path: Path) -> Meeting | None:
        """The meeting read from the record at `path`, if this archive has it."""
        index = self.index.get(path.resolve())
        return None if index is None else self.raw.meetings[index]

    def edit(self, path: Path) -> Edit | None:
        """Move on to the saved record at `path`: the pages that may have changed, or None when only a whole
        build can say (see the module's docstring). Raises RecordError when the record has errors."""
        old_raw = self.holds(path)
        if old_raw is None or not path.is_file():
            return None
        problems = Problems()
        new_raw = read_record(path, problems, (self.content.resolve(),))
        if new_raw is not None:
            raw = replace(self.raw, meetings=tuple(new_raw if m is old_raw else m for m in self.raw.meetings))
            validate_meeting(raw, new_raw, problems)  # the archive was valid: only this record can have changed that
        if problems.errors or new_raw is None:
            raise RecordError("\n".join(str(p) for p in sorted(problems.errors)))
        if _identity(new_raw) != _identity(old_raw):
            return None
        sources = published_sources(raw, self.folders)
        if (sources.paths, sorted(sources.files), sources.problems) != (
                self.sources.paths, sorted(self.sources.files), self.sources.problems):
            return None
        index = self.index[path.resolve()]
        old = self.archive.meetings[index]
        new = Tagger(self.archive).meeting(new_raw)
        meetings = self.archive.meetings
        archive = replace(self.archive, meetings=(*meetings[:index], new, *meetings[index + 1:]))
        links, places = _relinked(self.links, self.linker, archive, old, new, index, self.places.get(old.id, set()))
        if trails.rules_read(old) == trails.rules_read(new):
            trails.moved_on(archive, self.context.trails, old, new)  # else found again, in the whole archive
        context = self.context.moved_on(archive, links, old, new)
        generated = self._generated(context)
        was = _touched(self.context, old, self.places.get(old.id, set()))
        now = _touched(context, new, places)
        entities = {(kind, ident) for kind, ident in was.entities | now.entities if kind in PER_ENTITY}
        before = [*_appendices(self.context, old), *_entity_pages(self.context, entities)]
        after = [*_appendices(context, new), *_entity_pages(context, entities)]
        if {p.path for p in generated} != self.paths or {p.path for p in before} != {p.path for p in after}:
            return None
        pages = [p for p in [*generated, *after] if was.wanted(p.path) or now.wanted(p.path)]
        self.raw, self.archive, self.links, self.context = raw, archive, links, context
        self.places[new.id] = places
        return Edit(pages, [str(p) for p in problems.items if p.severity == "warning"])


def _relinked(links: Links, linker: Linker, archive: Archive, old: Meeting, new: Meeting, index: int,
              touched: set[Place]) -> tuple[Links, set[Place]]:
    """`links` with `old`'s sections and mentions (`touched`: its places) replaced by `new`'s, linked again,
    in archive order; and `new`'s places."""
    order = {m.id: i for i, m in enumerate(archive.meetings)}
    texts = {k: v for k, v in links.texts.items() if k[0] != old.id}
    mentions = dict(links.mentions)
    added: dict[Place, list] = {}
    for (anchor, _, item), (text, places) in zip(sections_of(new), link_meeting(linker, new), strict=True):
        if text:
            texts[(new.id, anchor)] = text
        for place in places:
            added.setdefault(place, []).append((new, item))
    for place in touched | set(added):
        kept = [e for e in links.mentions.get(place, []) if e[0].id != old.id]
        at = next((i for i, (m, _) in enumerate(kept) if order[m.id] > index), len(kept))
        mentions[place] = [*kept[:at], *added.get(place, []), *kept[at:]]
    result = Links(texts=texts)
    result.mentions.update(mentions)
    return result, set(added)


def _appendices(context: Context, meeting: Meeting) -> list[Page]:
    return list(appendix_pages.pages_of(context, meeting))


def _entity_pages(context: Context, entities: set[Place]) -> Iterator[Page]:
    registries = {"person": context.archive.people, "organisation": context.archive.organisations,
                  "topic": context.archive.topics}
    for kind, ident in sorted(entities):
        if ident in registries[kind]:
            yield from PER_ENTITY[kind].pages_of(context, registries[kind][ident])


@dataclass(frozen=True)
class Touched:
    """What a meeting shows up on: the people, organisations, bodies and topics it names (`entities`), and
    which pages may show something of it (`wanted`, by path)."""

    entities: set[Place]
    wanted: Callable[[str], bool]


def _touched(context: Context, meeting: Meeting, places: set[Place]) -> Touched:
    """Its page and its neighbours', the meetings it shares a trail with, its body's pages, its year's pages
    of the people, organisations and topics it names, the indexes and registers of its year."""
    archive = context.archive
    year = str(meeting.date.year)
    people = {e.person for e in meeting.attendance} | {d.person for i in meeting.items for d in i.declarations}
    people |= {who for i in meeting.items for m in i.motions for who in (m.mover, m.seconder) if who}
    people |= {who for i in meeting.items for v in i.votes for side in VOTE_SIDES for who in v.side(side)}
    entities = set(places) | {("person", p) for p in people} | {("body", meeting.body)}
    entities |= {("organisation", e.organisation) for e in meeting.attendance if e.organisation}
    entities |= {("topic", t) for i in meeting.items for t in i.topics}
    registries = {"person": archive.people, "organisation": archive.organisations, "body": archive.bodies,
                  "topic": archive.topics}
    urls = {registries[kind][ident].url for kind, ident in entities if ident in registries.get(kind, {})}
    prefixes = tuple(year_url(url, int(year)).rstrip("/") for url in urls)
    pages = {f"{url.strip('/')}.md" for url in (*urls, *_meeting_urls(context, meeting))}

    def wanted(path: str) -> bool:
        return (path in pages or path.startswith(prefixes) or path.startswith(("trails/", f"decisions/{year}/"))
                or "/" not in path or path.endswith("/index.md") or path == f"meetings/{year}.md")
    return Touched(entities, wanted)


def _meeting_urls(context: Context, meeting: Meeting) -> Iterable[str]:
    yield meeting.url
    yield from (m.url for m in context.neighbours.get(meeting.id, ()) if m is not None)
    trails = context.trails
    for item in meeting.items:
        found = (meeting.id, item.anchor)
        for link in (*trails.came_from.get(found, ()), *trails.went_to.get(found, ())):
            yield from (link.earlier[0].url, link.later[0].url)
        trail = trails.of_item.get(found)
        if trail is not None:
            yield from (m.url for m, _ in trail.steps)

