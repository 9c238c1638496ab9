"""What the parsing stages build: mutable drafts holding names as printed, resolved to ids only at the end.

Every draft keeps the `Line` it came from, so problems and merges can name file and line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .lines import Line
from .names import PersonName


@dataclass
class AttendanceDraft:
    name: PersonName
    line: Line
    status: str = "present"
    role: str | None = None
    position: str | None = None  # the post printed in a table column, when the role is Chair, Mayor, ...
    capacity: str | None = None
    organisation: str | None = None  # the organisation's name as printed
    substitute_for: PersonName | None = None
    items: list[str] = field(default_factory=list)


@dataclass
class DeclarationDraft:
    name: PersonName
    line: Line
    interest: str | None = None
    kind: str | None = None
    left_room: bool | None = None
    item: str | None = None  # the item the interest concerns, as printed ('9', 'Item 9 - Petition ...')


@dataclass
class MotionDraft:
    line: Line
    title: str | None = None
    mover: PersonName | None = None
    seconder: PersonName | None = None
    result: str | None = None
    moved: str | None = None  # what it moved, where its outcome is still to be told (`motions_apart.told_later_run`)


@dataclass
class VoteDraft:
    """A recorded vote: names per side as printed (resolved at output), counts where printed as numbers."""

    line: Line
    motion: str | None = None
    result: str | None = None
    sides: dict[str, list[PersonName]] = field(default_factory=dict)  # 'for' | 'against' | 'abstain' | 'absent'
    counts: dict[str, int] = field(default_factory=dict)
    rest: str | None = None  # the side of every member present not named on another ('approved by all but A')


@dataclass
class ReportDraft:
    """A report: its front sheet and text, and the item it serves once linked."""

    lines: list[Line]
    title: str
    body: str | None = None
    date: dt.date | None = None
    facts: dict[str, str] = field(default_factory=dict)
    author: str | None = None
    pages: str | None = None
    text: str = ""
    item: ItemDraft | None = None  # the item it was linked to

    @property
    def file(self) -> str:
        return self.lines[0].file if self.lines else ""


@dataclass
class ItemDraft:
    title: str
    line: Line
    minute: str | None = None
    agenda: str | None = None
    parent: str | None = None  # the number of the item it sits under, for a sub-item
    pages: str | None = None
    to_follow: bool = False
    exempt: bool = False  # taken in private: under 'AGENDA - PART II', or listed for exclusion of the press
    kind: str = "minutes"  # where it was read: agenda or minutes
    lines: list[Line] = field(default_factory=list)
    text: str = ""
    agenda_text: str = ""
    decisions: list[str] = field(default_factory=list)
    recommendations: list[tuple[str, str]] = field(default_factory=list)  # (body name, text)
    declarations: list[DeclarationDraft] = field(default_factory=list)
    motions: list[MotionDraft] = field(default_factory=list)
    votes: list[VoteDraft] = field(default_factory=list)
    reports: list[ReportDraft] = field(default_factory=list)
    attachments: list[tuple[str, str]] = field(default_factory=list)  # (title, text) of papers without a front sheet
    reasons: list[str] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)
    petitions: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    sources: list[tuple[str, int, int]] = field(default_factory=list)


@dataclass
class MeetingDraft:
    body: str  # the body's name as printed (title case)
    date: dt.date
    file: str
    line: int
    authority: str | None = None  # the authority printed above the body's name ('Township of X'), where one is
    start: str | None = None
    end: str | None = None
    venue: str | None = None
    type: str | None = None
    status: str = "held"
    attendance: list[AttendanceDraft] = field(default_factory=list)
    items: list[ItemDraft] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    sources: list[tuple[str, int, int, str]] = field(default_factory=list)
    intro: list[str] = field(default_factory=list)
    membership: list[AttendanceDraft] = field(default_factory=list)  # printed on an agenda: not attendance
    body_aliases: list[tuple[str, str, int]] = field(default_factory=list)  # (other name, file, line)
    recognised: list[tuple[str, int, str]] = field(default_factory=list)  # (file, line, why it was read so)
    session: int = 0  # the n-th meeting one document part holds (a joint meeting, a special then a regular one)
    after: str | None = None  # the start of the session before it, when its own start is not printed
    sessions: list[MeetingDraft] = field(default_factory=list)  # the other meetings its document part holds
