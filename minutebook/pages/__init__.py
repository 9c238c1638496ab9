"""Page generation: a table of page builders, each taking the linked archive and returning pages.

A new page kind is one module with a `pages(context)` function and one entry in `BUILDERS`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from ..links import Links
from ..model import VOTE_SIDES, VOTED, Archive, Attendance, Item, Meeting, Vote
from ..trails import Trails, find_trails


@dataclass(frozen=True)
class Page:
    """A page of the site. `source` is its Markdown, or a function that writes it when asked: the
    renderer asks for one page at a time, so a 10,000-meeting site never holds every page at once."""

    path: str  # the Markdown file, relative to the site's docs root
    source: str | Callable[[], str]
    in_nav: bool = False  # only index pages: a nav listing every page grows the site with its square

    @property
    def markdown(self) -> str:
        return self.source if isinstance(self.source, str) else self.source()


@dataclass
class Context:
    """The linked archive plus the indexes several page kinds share, computed once."""

    archive: Archive
    links: Links
    today: dt.date
    home_intro: str = ""  # the hand-written text that opens the home page
    sources: dict[str, str] = field(default_factory=dict)  # a source's name in records -> its path in the site
    aliases: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # page -> anchor -> old anchors
    attendance_of: dict[str, list[tuple[Meeting, Attendance]]] = field(default_factory=lambda: defaultdict(list))
    represented: dict[str, list[tuple[Meeting, Attendance]]] = field(
        default_factory=lambda: defaultdict(list))  # organisation -> where it was represented, newest first
    decided: list[tuple[Meeting, Item]] = field(default_factory=list)  # newest first
    neighbours: dict[str, tuple[Meeting | None, Meeting | None]] = field(default_factory=dict)  # previous, next
    acts: dict[str, list[tuple[Meeting, Item, str, str | None]]] = field(
        default_factory=lambda: defaultdict(list))  # person -> (meeting, item, what they did, about), newest first
    trails: Trails = field(default_factory=Trails)  # where each item came from and went to
    tagged: dict[str, list[tuple[Meeting, Item]]] = field(
        default_factory=lambda: defaultdict(list))  # topic -> its items, newest first

    @classmethod
    def build(cls, archive: Archive, links: Links, today: dt.date, home_intro: str = "",
              sources: dict[str, str] | None = None, aliases: dict | None = None) -> Context:
        context = cls(archive, links, today, home_intro, sources or {}, aliases or {})
        context.trails = find_trails(archive)
        for meeting in archive.meetings:
            for name, key, entry in _entries(meeting):
                if name in OLDEST_FIRST:
                    context._add(name, key, entry)
        for meeting in reversed(archive.meetings):
            for name, key, entry in _entries(meeting):
                if name not in OLDEST_FIRST:
                    context._add(name, key, entry)
        for body in {m.body for m in archive.meetings}:
            meetings = archive.meetings_of(body)
            for index, meeting in enumerate(meetings):
                context.neighbours[meeting.id] = (meetings[index - 1] if index else None,
                                                  meetings[index + 1] if index + 1 < len(meetings) else None)
        return context

    def _add(self, name: str, key: str | None, entry: tuple) -> None:
        (getattr(self, name) if key is None else getattr(self, name)[key]).append(entry)

    def moved_on(self, archive: Archive, links: Links, old: Meeting, new: Meeting) -> Context:
        """The context `build` makes of `archive`, where `new` replaced `old` in the same place and nothing
        else changed (`build.py serve`, after an edit): only the entries of that meeting are redone."""
        order = {m.id: i for i, m in enumerate(archive.meetings)}
        here = order[new.id]
        context = replace(self, archive=archive, links=links, trails=find_trails(archive),
                          neighbours=dict(self.neighbours), **{name: _copied(getattr(self, name)) for name in INDEXES})
        changed: dict[tuple[str, str | None], list[tuple]] = defaultdict(list)
        for name, key, _ in _entries(old):
            changed.setdefault((name, key), [])
        for name, key, entry in _entries(new):
            changed[(name, key)].append(entry)
        for (name, key), entries in changed.items():
            index = getattr(context, name)
            kept = [e for e in (index if key is None else index.get(key, ())) if e[0] is not old]
            later = (lambda e: order[e[0].id] > here) if name in OLDEST_FIRST else (lambda e: order[e[0].id] < here)
            at = next((i for i, e in enumerate(kept) if later(e)), len(kept))
            if key is None:
                setattr(context, name, [*kept[:at], *entries, *kept[at:]])
            else:
                index[key] = [*kept[:at], *entries, *kept[at:]]
        before, after = context.neighbours[old.id]
        context.neighbours[new.id] = (before, after)
        for other in (before, after):
            if other is not None:
                context.neighbours[other.id] = tuple(new if m is old else m for m in context.neighbours[other.id])
        return context

    def status(self, meeting: Meeting) -> str:
        """A meeting's status as a resident reads it ("" for held): a past meeting that is still
        'scheduled' is one whose agenda the archive has but whose minutes it has not."""
        if meeting.status == "scheduled" and meeting.date < self.today:
            return "agenda only"
        return "" if meeting.status == "held" else meeting.status

    def items_tagged(self, topic: str) -> list[tuple[Meeting, Item]]:
        return list(self.tagged.get(topic, ()))  # the topics index asks for every topic: one pass, in `build`


INDEXES = ("attendance_of", "represented", "decided", "acts", "tagged")  # made of each meeting's `_entries`
OLDEST_FIRST = ("attendance_of",)  # the others list the newest meeting first


def _entries(meeting: Meeting) -> Iterator[tuple[str, str | None, tuple]]:
    """What one meeting adds to the context's indexes: (index, key or None for a plain list, entry)."""
    for entry in meeting.attendance:
        yield "attendance_of", entry.person, (meeting, entry)
        if entry.organisation:
            yield "represented", entry.organisation, (meeting, entry)
    for item in meeting.items:
        if item.decisions or item.recommendations:
            yield "decided", None, (meeting, item)
        for topic in dict.fromkeys(item.topics):
            yield "tagged", topic, (meeting, item)
        for motion in item.motions:
            for who, act in ((motion.mover, "moved a motion"), (motion.seconder, "seconded a motion")):
                if who:
                    yield "acts", who, (meeting, item, act, motion.title)
        for vote in item.votes:
            for side in VOTE_SIDES:
                for who in vote.side(side):
                    yield "acts", who, (meeting, item, VOTED[side], vote_about(vote))
        for declaration in item.declarations:
            yield "acts", declaration.person, (meeting, item, "declared an interest", declaration.interest)


def _copied(index: dict | list) -> dict | list:
    """A copy whose lists may be replaced without touching the original's."""
    if isinstance(index, list):
        return list(index)
    copy = defaultdict(list)
    copy.update(index)
    return copy


def vote_about(vote: Vote) -> str | None:
    """'That the report be approved (carried)': what a person's page says the vote was on."""
    about = " ".join(x for x in (vote.motion, f"({vote.result})" if vote.result else None) if x)
    return about or None


Builder = Callable[[Context], Iterable[Page]]


def builders() -> tuple[Builder, ...]:
    from . import appendix, body, lists, meeting, organisation, person, register, topic, trail

    return (meeting.pages, appendix.pages, body.pages, person.pages, organisation.pages, topic.pages, lists.pages,
            register.pages, trail.pages)


def build_pages(context: Context) -> list[Page]:
    return [page for builder in builders() for page in builder(context)]
