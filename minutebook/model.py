"""The archive as data: frozen records that every other module reads and none mutates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from .dates import long_date

ATTENDANCE_STATUSES = ("present", "apologies", "absent", "substitute", "in_attendance")
MEETING_STATUSES = ("held", "scheduled", "cancelled")


@dataclass(frozen=True)
class Origin:
    """Where in the archive a thing was written: what problem messages and edit links point at."""

    path: str
    line: int = 0


@dataclass(frozen=True)
class SourceRef:
    """Where in an original council document a thing came from."""

    file: str
    first: int | None = None  # lines
    last: int | None = None
    part: str | None = None
    first_page: int | None = None  # pages of a PDF (or of text with form feeds), from 1
    last_page: int | None = None
    ocr_pages: tuple[int, ...] = ()  # pages whose text was read by OCR: check it against the original


@dataclass(frozen=True)
class Appointment:
    organisation: str
    role: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Term:
    """A term of office (a councillor's, from election to the end of office); an open end is unknown or ongoing."""

    start: dt.date | None = None
    end: dt.date | None = None
    source: str | None = None  # the document that shows it
    origin: Origin = field(default=Origin(""), compare=False)

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


# Membership roles, and whether the role makes the person expected at the body's meetings: a substitute or
# reserve is expected only when named to stand in (the record says so), an observer or adviser never.
MEMBERSHIP_ROLES = {"member": True, "chair": True, "vice-chair": True, "co-optee": True,
                    "substitute": False, "reserve": False, "observer": False, "adviser": False}


@dataclass(frozen=True)
class Membership(Term):
    """A seat on a body, with its role, during [start, end]."""

    body: str = ""
    role: str = "member"

    @property
    def expected(self) -> bool:
        return MEMBERSHIP_ROLES.get(self.role, False)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    honorific: str | None = None
    aliases: tuple[str, ...] = ()
    party: str | None = None
    ward: str | None = None  # the ward (or electoral division) a councillor represents
    division: str | None = None
    kind: str | None = None  # member, officer, other: which part of the people index; guessed when absent
    organisation: str | None = None
    source: str | None = None  # the document that shows the party, ward or kind
    appointments: tuple[Appointment, ...] = ()
    terms: tuple[Term, ...] = ()
    memberships: tuple[Membership, ...] = ()
    origin: Origin = Origin("")

    @property
    def url(self) -> str:
        return f"people/{self.id}/"

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    website: str | None = None
    origin: Origin = Origin("")

    @property
    def url(self) -> str:
        return f"organisations/{self.id}/"


@dataclass(frozen=True)
class Body:
    id: str
    name: str
    parent: str | None = None
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    origin: Origin = Origin("")

    @property
    def url(self) -> str:
        return f"bodies/{self.id}/"


@dataclass(frozen=True)
class Topic:
    id: str
    name: str
    phrases: tuple[str, ...] = ()
    origin: Origin = Origin("")

    @property
    def url(self) -> str:
        return f"topics/{self.id}/"


@dataclass(frozen=True)
class Attendance:
    person: str
    status: str = "present"
    role: str | None = None
    position: str | None = None  # the post held, as printed, where `role` is the role at the meeting
    capacity: str | None = None
    organisation: str | None = None
    substitute_for: str | None = None
    items: tuple[str, ...] = ()
    name: str | None = None
    origin: Origin = Origin("")


@dataclass(frozen=True)
class Declaration:
    person: str
    interest: str | None = None
    kind: str | None = None
    left_room: bool | None = None
    item: str | None = None  # the item the interest concerns, where the minutes name one


@dataclass(frozen=True)
class Motion:
    title: str | None = None
    mover: str | None = None
    seconder: str | None = None
    result: str | None = None


VOTE_SIDES = ("for", "against", "abstain", "absent")
VOTE_RESULTS = ("carried", "lost", "fell", "withdrawn", "tied")
VOTED = {"for": "voted for", "against": "voted against", "abstain": "abstained", "absent": "absent"}  # how pages say it


@dataclass(frozen=True)
class Vote:
    """A recorded vote: who voted which way (person ids, where the minutes name them) and the counts printed.

    `for_` is the record's `for` (a Python keyword); `counts` pairs a side with its number, in VOTE_SIDES order,
    only where the minutes print numbers."""

    motion: str | None = None  # what was put to the vote, as printed
    result: str | None = None  # one of VOTE_RESULTS
    for_: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    abstain: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    counts: tuple[tuple[str, int], ...] = ()
    origin: Origin = field(default=Origin(""), compare=False)

    def side(self, name: str) -> tuple[str, ...]:
        """The people on one side: 'for', 'against', 'abstain' or 'absent'."""
        return self.for_ if name == "for" else getattr(self, name)

    def count(self, side: str) -> int | None:
        return dict(self.counts).get(side)


@dataclass(frozen=True)
class Recommendation:
    to: str
    text: str


@dataclass(frozen=True)
class ReportRef:
    title: str
    author: str | None = None
    pages: str | None = None
    # The report's front sheet, as printed (filled by the importer).
    heading: str | None = None
    report_for: str | None = None
    meeting_date: dt.date | None = None
    subject: str | None = None
    responsible_officer: str | None = None
    portfolio_holder: str | None = None
    exempt: str | None = None
    public: str | None = None
    wards_affected: str | None = None
    key_decision: str | None = None
    call_in: str | None = None
    enclosures: str | None = None


@dataclass(frozen=True)
class Item:
    anchor: str
    title: str
    minute: str | None = None
    agenda: str | None = None
    parent: str | None = None  # the number of the item it sits under, for a sub-item ('4' for '4.1')
    pages: str | None = None
    to_follow: bool = False
    exempt: bool = False  # taken in private session
    topics: tuple[str, ...] = ()
    decisions: tuple[str, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    declarations: tuple[Declaration, ...] = ()
    motions: tuple[Motion, ...] = ()
    votes: tuple[Vote, ...] = ()  # recorded votes, per member where the minutes name them
    reports: tuple[ReportRef, ...] = ()
    reasons: tuple[str, ...] = ()  # reasons given for the decision
    alternatives: tuple[str, ...] = ()  # options considered and rejected
    petitions: tuple[str, ...] = ()
    references: tuple[str, ...] = ()  # other meetings and minutes referred to
    from_: tuple[str, ...] = ()  # the record's `from:`: items this one came from ('cabinet/2017-07-13#minute-576')
    source: SourceRef | None = None
    text: str = ""
    origin: Origin = Origin("")

    @property
    def number(self) -> str | None:
        """The number people cite: the minute number where minutes exist, else the agenda number."""
        return self.minute or self.agenda

    @property
    def label(self) -> str:
        if self.minute:
            return f"minute {self.minute}"
        if self.agenda:
            return f"item {self.agenda}"
        return self.title


@dataclass(frozen=True)
class Document:
    kind: str
    title: str | None = None
    author: str | None = None
    date: dt.date | None = None
    url: str | None = None


@dataclass(frozen=True)
class Meeting:
    body: str
    date: dt.date
    slug: str  # the file name without .md: the date, with a suffix where a body met twice that day
    start: str | None = None
    end: str | None = None
    venue: str | None = None
    type: str = "ordinary"
    status: str = "held"
    attendance: tuple[Attendance, ...] = ()
    items: tuple[Item, ...] = ()
    documents: tuple[Document, ...] = ()
    sources: tuple[SourceRef, ...] = ()
    intro: str = ""
    origin: Origin = Origin("")
    field_lines: tuple[tuple[str, int], ...] = ()  # front-matter key -> line, for problems about one field

    @property
    def id(self) -> str:
        return f"{self.body}/{self.slug}"

    def at(self, key: str) -> Origin:
        return Origin(self.origin.path, dict(self.field_lines).get(key, self.origin.line))

    @property
    def url(self) -> str:
        return f"meetings/{self.body}/{self.slug}/"

    @cached_property  # lists of tens of thousands of mentions are sorted by it, on every page that shows them
    def sort_key(self) -> tuple:
        return (self.date, self.start or "", self.body, self.slug)


@dataclass(frozen=True)
class Archive:
    name: str
    authority: str
    people: dict[str, Person] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    bodies: dict[str, Body] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    meetings: tuple[Meeting, ...] = ()  # oldest first
    sources_folder: str = "sources"  # where published sources may come from, besides the archive folder

    def body_name(self, body_id: str) -> str:
        body = self.bodies.get(body_id)
        return body.name if body else body_id

    def meeting_name(self, meeting: Meeting) -> str:
        """'Cabinet, 13 July 2017': how pages, feeds, search results and citations name a meeting."""
        return f"{self.body_name(meeting.body)}, {long_date(meeting.date)}"

    @cached_property
    def newest_first(self) -> tuple[Meeting, ...]:
        return tuple(sorted(self.meetings, key=lambda m: m.sort_key, reverse=True))

    def meetings_of(self, body: str) -> tuple[Meeting, ...]:
        return self._by_body.get(body, ())

    @cached_property
    def _by_body(self) -> dict[str, tuple[Meeting, ...]]:
        """Meetings by body, oldest first: asked for once per page, so built once, not scanned each time."""
        grouped: dict[str, list[Meeting]] = {}
        for meeting in self.meetings:
            grouped.setdefault(meeting.body, []).append(meeting)
        return {body: tuple(meetings) for body, meetings in grouped.items()}
