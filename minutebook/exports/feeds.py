"""Atom feeds, so residents can follow a body, a person or a topic in a feed reader.

Each kind of feed is one entry in `FEEDS`: which subjects it has (none for a single archive-wide feed),
its title and page, and its entries. Entries are meetings or items; an entry's id is the absolute URL
of what it is about (its deep link, with the item's anchor), or a `urn:minutebook:` name when the site
URL is unknown, so ids never depend on the order of items or on the build. Newest meeting first;
`updated` is the meeting's date and start time (Europe/London), so the same archive gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from feedgen.feed import FeedGenerator

from ..dates import long_date
from ..model import VOTE_SIDES, VOTED, Archive, Item, Meeting
from .addresses import Addresses
from .opendata import item_url, person_name

LONDON = ZoneInfo("Europe/London")
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
ATTENDED = ("present", "substitute", "in_attendance")


@dataclass(frozen=True)
class Entry:
    """One feed entry: `path` (relative to the site root, with any anchor) is both its link and its id."""

    path: str
    title: str
    updated: dt.datetime
    summary: str
    categories: tuple[str, ...] = ()


def when(meeting: Meeting) -> dt.datetime:
    """The meeting's date and start time in Europe/London: what an entry's `updated` says."""
    start = dt.time.fromisoformat(meeting.start) if meeting.start else dt.time(0, 0)
    return dt.datetime.combine(meeting.date, start, tzinfo=LONDON)


def plural(count: int, noun: str) -> str:
    return "" if not count else f"{count} {noun}" + ("" if count == 1 else "s")


def meeting_title(archive: Archive, meeting: Meeting) -> str:
    status = "" if meeting.status == "held" else f" ({meeting.status})"
    return f"{archive.body_name(meeting.body)}: {meeting.type} meeting, {long_date(meeting.date)}{status}"


def meeting_entry(archive: Archive, meeting: Meeting, note: str = "") -> Entry:
    facts = [f"{meeting.start}" + (f" to {meeting.end}" if meeting.end else "") if meeting.start else "",
             meeting.venue or "", plural(len(meeting.items), "item")]
    titles = "; ".join(f"{item.number}. {item.title}" if item.number else item.title for item in meeting.items)
    summary = ". ".join(part for part in (note, ", ".join(f for f in facts if f), titles) if part)
    title = meeting_title(archive, meeting)
    return Entry(meeting.url, title, when(meeting), summary or title, (meeting.body,))


def item_entry(archive: Archive, meeting: Meeting, item: Item, summary: str) -> Entry:
    title = f"{archive.meeting_name(meeting)}: {item.label}, {item.title}"
    return Entry(item_url(meeting, item), title, when(meeting), summary or item.title, (meeting.body, *item.topics))


# A feed carries the newest entries only: readers poll for what is new, and a feed of every meeting
# of a large archive would be megabytes fetched every hour. The complete record is in data/*.json.
FEED_LIMIT = 100
Grouped = dict[str | None, list[Entry]]  # subject (None: the archive-wide feed) -> its newest entries


class Newest:
    """Entries gathered by subject in one pass over the archive, newest meeting first, each subject's list
    stopping at FEED_LIMIT. One pass for all subjects: a feed per person that scanned the whole archive
    for each person grew with people x meetings (minutes at 500 people and 10,000 meetings)."""

    def __init__(self) -> None:
        self.entries: Grouped = {}

    def wants(self, subject: str | None) -> bool:
        return len(self.entries.get(subject, ())) < FEED_LIMIT

    def add(self, subject: str | None, entry: Entry) -> None:
        self.entries.setdefault(subject, []).append(entry)


def _meetings_by(archive: Archive, subject: Callable[[Meeting], str | None]) -> Grouped:
    """Each meeting, newest first, under the subject it is filed by (its body, or None for the whole archive)."""
    newest = Newest()
    for meeting in archive.newest_first:
        if newest.wants(key := subject(meeting)):
            newest.add(key, meeting_entry(archive, meeting))
    return newest.entries


def meeting_entries(archive: Archive) -> Grouped:
    return _meetings_by(archive, lambda meeting: None)


def body_entries(archive: Archive) -> Grouped:
    return _meetings_by(archive, lambda meeting: meeting.body)


def decision_entries(archive: Archive) -> Grouped:
    newest = Newest()
    for meeting in archive.newest_first:
        for item in meeting.items:
            if item.decisions and newest.wants(None):
                newest.add(None, item_entry(archive, meeting, item, "\n".join(item.decisions)))
    return newest.entries


def topic_entries(archive: Archive) -> Grouped:
    newest = Newest()
    for meeting in archive.newest_first:
        for item in meeting.items:
            for topic_id in dict.fromkeys(item.topics):
                if newest.wants(topic_id):
                    newest.add(topic_id, item_entry(archive, meeting, item, "\n".join(item.decisions)))
    return newest.entries


def person_roles(item: Item, person_id: str) -> list[str]:
    """What an item says a person did: moved or seconded a motion, voted, declared an interest."""
    roles = []
    for motion in item.motions:
        what = f"'{motion.title}'" if motion.title else "a motion"
        roles += [f"Moved {what}"] if motion.mover == person_id else []
        roles += [f"Seconded {what}"] if motion.seconder == person_id else []
    for vote in item.votes:
        roles += [f"{VOTED[side].capitalize()}{' on ' + repr(vote.motion) if vote.motion else ''}"
                  for side in VOTE_SIDES if person_id in vote.side(side)]
    for declaration in item.declarations:
        if declaration.person == person_id:
            roles.append("Declared an interest" + (f": {declaration.interest}" if declaration.interest else ""))
    return roles


def involved(item: Item) -> dict[str, None]:
    """Everyone an item names as moving, seconding, voting or declaring, in a stable order."""
    ids = [p for motion in item.motions for p in (motion.mover, motion.seconder)]
    ids += [p for vote in item.votes for side in VOTE_SIDES for p in vote.side(side)]
    ids += [declaration.person for declaration in item.declarations]
    return dict.fromkeys(p for p in ids if p)


def person_entries(archive: Archive) -> Grouped:
    """Per person: each meeting they attended (the first attendance entry that says so), then what each
    item says they did."""
    newest = Newest()
    for meeting in archive.newest_first:
        attended: set[str] = set()
        for entry in meeting.attendance:
            if entry.person and entry.status in ATTENDED and entry.person not in attended:
                attended.add(entry.person)
                if newest.wants(entry.person):
                    role = f" as {entry.role}" if entry.role else ""
                    note = f"{person_name(archive, entry.person)} attended{role}"
                    newest.add(entry.person, meeting_entry(archive, meeting, note))
        for item in meeting.items:
            for person_id in involved(item):
                if newest.wants(person_id) and (roles := person_roles(item, person_id)):
                    newest.add(person_id, item_entry(archive, meeting, item, ". ".join(roles)))
    return newest.entries


@dataclass(frozen=True)
class FeedKind:
    """A kind of feed: its subjects (None: one feed for the archive), title, page and every subject's entries."""

    subjects: Callable[[Archive], Iterable[str]] | None
    title: Callable[[Archive, str | None], str]
    page: Callable[[Archive, str | None], str]
    entries: Callable[[Archive], Grouped]


def _name(registry: str) -> Callable[[Archive, str | None], str]:
    return lambda archive, key: getattr(archive, registry)[key].name


def _page(registry: str) -> Callable[[Archive, str | None], str]:
    return lambda archive, key: getattr(archive, registry)[key].url


FEEDS: dict[str, FeedKind] = {
    "meetings": FeedKind(None, lambda a, _: f"{a.name}: meetings", lambda a, _: "", meeting_entries),
    "decisions": FeedKind(None, lambda a, _: f"{a.name}: decisions", lambda a, _: "", decision_entries),
    "bodies": FeedKind(lambda a: sorted(a.bodies), lambda a, key: f"{_name('bodies')(a, key)}: meetings",
                       _page("bodies"), body_entries),
    "people": FeedKind(lambda a: sorted(a.people), _name("people"), _page("people"), person_entries),
    "topics": FeedKind(lambda a: sorted(a.topics), _name("topics"), _page("topics"), topic_entries),
}


def feed_path(kind: str, id: str | None = None) -> str:
    """Where the feed of `kind` (and subject `id`, for per-subject kinds) is published."""
    if kind not in FEEDS:
        raise KeyError(f"no feed kind '{kind}'; kinds: {', '.join(FEEDS)}")
    return f"feeds/{kind}.xml" if id is None else f"feeds/{kind}/{id}.xml"


def render(archive: Archive, addresses: Addresses, kind: FeedKind, path: str, subject: str | None,
           entries: list[Entry]) -> bytes:
    feed = FeedGenerator()
    feed.id(addresses.identifier(path))
    feed.title(kind.title(archive, subject))
    feed.author({"name": archive.authority or archive.name})
    feed.generator("Minutebook")
    feed.language("en-GB")
    feed.link(href=addresses.link(kind.page(archive, subject), path), rel="alternate", type="text/html")
    if (self_url := addresses.absolute(path)) is not None:
        feed.link(href=self_url, rel="self", type="application/atom+xml")
    feed.updated(max((e.updated for e in entries), default=EPOCH))
    for entry in entries:
        item = feed.add_entry(order="append")
        item.id(addresses.identifier(entry.path))
        item.title(entry.title)
        item.updated(entry.updated)
        item.link(href=addresses.link(entry.path, path), rel="alternate", type="text/html")
        item.summary(entry.summary)
        for term in entry.categories:
            item.category(term=term)
    return readable(feed.atom_str(pretty=True), path)


FEED_STYLE = "stylesheets/feed.css"


def readable(xml: bytes, path: str) -> bytes:
    """The feed with a CSS stylesheet, so a reader who opens it in a browser sees its entries and how to
    follow it rather than raw XML. CSS, not XSLT: Chromium warns on XSLT pages and is removing it."""
    href = posixpath.relpath(FEED_STYLE, posixpath.dirname(path))
    declaration, _, rest = xml.partition(b"?>")
    return declaration + b'?>\n<?xml-stylesheet type="text/css" href="' + href.encode() + b'"?>' + rest


def feed_files(archive: Archive, addresses: Addresses) -> Iterator[tuple[str, bytes]]:
    for name, kind in FEEDS.items():
        grouped = kind.entries(archive)
        for subject in kind.subjects(archive) if kind.subjects else [None]:
            path = feed_path(name, subject)
            yield path, render(archive, addresses, kind, path, subject, grouped.get(subject, []))
