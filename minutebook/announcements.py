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

from .model import Archive, Item, Meeting

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
NEXT_MEETING_RE = re.compile(
    r"next\s+(?:ordinary\s+)?meeting\b(?:[^.;:]{0,80}?\b(?:will|would|is\s+to|was\s+to|shall|is\s+scheduled\s+to)"
    r"\s+(?:be\s+)?(?:held\s+)?on|\s*[:–-])\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[a-z]+),?\s+(?P<year>\d{4})"
    r"(?:,?\s+(?:at|from)\s+(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?\s*(?P<half>[ap])\.?\s?m\b)?",
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


def _start(match: re.Match) -> str | None:
    if not match.group("hour"):
        return None
    hour = int(match.group("hour")) % 12 + (12 if match.group("half").lower() == "p" else 0)
    return f"{hour:02d}:{match.group('minute') or '00'}"


def find(meeting: Meeting) -> Iterator[Announcement]:
    for item in meeting.items:
        for text in (*item.decisions, item.text):
            for match in NEXT_MEETING_RE.finditer(" ".join(text.split())):
                month = match.group("month").lower()
                if month not in MONTHS:
                    continue
                try:
                    date = dt.date(int(match.group("year")), MONTHS.index(month) + 1, int(match.group("day")))
                except ValueError:
                    continue
                if date > meeting.date:
                    yield Announcement(meeting.body, date, _start(match), meeting, item, match.group(0))


def announced(archive: Archive) -> list[Announcement]:
    """Announced meetings the archive has no record of, one per body and date, first announcement kept."""
    recorded = {(m.body, m.date) for m in archive.meetings}
    found: dict[tuple[str, dt.date], Announcement] = {}
    for meeting in archive.meetings:
        for announcement in find(meeting):
            key = (announcement.body, announcement.date)
            if key not in recorded:
                found.setdefault(key, announcement)
    return sorted(found.values(), key=lambda a: (a.date, a.body))
