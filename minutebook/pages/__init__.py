"""Page generation: a table of page builders, each taking the linked archive and returning pages.

A new page kind is one module with a `pages(context)` function and one entry in `BUILDERS`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

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

    @classmethod
    def build(cls, archive: Archive, links: Links, today: dt.date, home_intro: str = "",
              sources: dict[str, str] | None = None, aliases: dict | None = None) -> Context:
        context = cls(archive, links, today, home_intro, sources or {}, aliases or {})
        context.trails = find_trails(archive)
        for meeting in archive.meetings:
            for entry in meeting.attendance:
                context.attendance_of[entry.person].append((meeting, entry))
        for meeting in reversed(archive.meetings):
            for entry in meeting.attendance:
                if entry.organisation:
                    context.represented[entry.organisation].append((meeting, entry))
        context.decided = [(m, i) for m in reversed(archive.meetings) for i in m.items
                           if i.decisions or i.recommendations]
        for body in {m.body for m in archive.meetings}:
            meetings = archive.meetings_of(body)
            for index, meeting in enumerate(meetings):
                context.neighbours[meeting.id] = (meetings[index - 1] if index else None,
                                                  meetings[index + 1] if index + 1 < len(meetings) else None)
        for meeting in reversed(archive.meetings):
            for item in meeting.items:
                for motion in item.motions:
                    for who, act in ((motion.mover, "moved a motion"), (motion.seconder, "seconded a motion")):
                        if who:
                            context.acts[who].append((meeting, item, act, motion.title))
                for vote in item.votes:
                    for side in VOTE_SIDES:
                        for who in vote.side(side):
                            context.acts[who].append((meeting, item, VOTED[side], vote_about(vote)))
                for declaration in item.declarations:
                    context.acts[declaration.person].append((meeting, item, "declared an interest",
                                                             declaration.interest))
        return context

    def status(self, meeting: Meeting) -> str:
        """A meeting's status as a resident reads it ("" for held): a past meeting that is still
        'scheduled' is one whose agenda the archive has but whose minutes it has not."""
        if meeting.status == "scheduled" and meeting.date < self.today:
            return "agenda only"
        return "" if meeting.status == "held" else meeting.status

    def items_tagged(self, topic: str) -> list[tuple[Meeting, Item]]:
        return [(m, i) for m in reversed(self.archive.meetings) for i in m.items
                if topic in i.topics]


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
