"""Meetings announced in minutes ("the next meeting will be held on 27 June 2013 at 6.00 pm").

Such a meeting may have no record yet; calendars still show it, marked as announced, with the same
UID the meeting's record will have, so a subscriber's event is updated, not duplicated, when the
record arrives.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .dates import parse_date, parse_time
from .model import Archive, Item, Meeting

NEXT_MEETING_RE = re.compile(
    r"next\s+(?:ordinary\s+)?meeting\b(?:[^.;:]{0,80}?\b(?:will|would|is\s+to|was\s+to|shall|is\s+scheduled\s+to)"
    r"\s+(?:be\s+)?(?:held\s+)?on|\s*[:–-])\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[a-z]+),?\s+(?P<year>\d{4})"
    r"(?:,?\s+(?:at|from)\s+(?P<time>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\b))?",
    re.IGNORECASE)


@dataclass(frozen=True)
class Announcement:
    body: str
    date: dt.date
    start: str | None
    meeting: Meeting  # the meeting whose minutes announced it
    item: Item | None
    text: str  # the sentence as the minutes give it

    @property
    def slug(self) -> str:
        return self.date.isoformat()


def find(meeting: Meeting) -> Iterator[Announcement]:
    for item in meeting.items:
        for text in (*item.decisions, item.text):
            for match in NEXT_MEETING_RE.finditer(" ".join(text.split())):
                date = parse_date(f"{match.group('day')} {match.group('month')} {match.group('year')}")
                if date is not None and date > meeting.date:
                    start = parse_time(match.group("time")) if match.group("time") else None
                    yield Announcement(meeting.body, date, start, meeting, item, match.group(0))


_FOUND: dict[int, tuple[Meeting, list[Announcement]]] = {}  # id(meeting) -> (meeting, its announcements)


def forget() -> None:
    """Let go of the meetings remembered (`site.forget`)."""
    _FOUND.clear()


def _found_in(meeting: Meeting) -> list[Announcement]:
    """`find`, once per meeting: the home page, the feeds and the calendars ask, and `build.py serve` asks
    again after each edit, when all but one meeting are the ones it asked about before."""
    known = _FOUND.get(id(meeting))
    if known is None or known[0] is not meeting:
        known = _FOUND[id(meeting)] = (meeting, list(find(meeting)))
    return known[1]


def announced(archive: Archive) -> list[Announcement]:
    """Announced meetings the archive has no record of, one per body and date, first announcement kept."""
    recorded = {(m.body, m.date) for m in archive.meetings}
    found: dict[tuple[str, dt.date], Announcement] = {}
    for meeting in archive.meetings:
        for announcement in _found_in(meeting):
            key = (announcement.body, announcement.date)
            if key not in recorded:
                found.setdefault(key, announcement)
    return sorted(found.values(), key=lambda a: (a.date, a.body))
