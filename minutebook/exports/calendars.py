"""iCalendar files, so residents can subscribe to a body's meetings in their calendar app.

Every meeting is an event, past, scheduled or cancelled. A meeting's UID comes from its id
(`<body>-<date slug>@<host>`), so a calendar app recognises the same meeting in every build, and a
meeting that is later cancelled or moved updates the event rather than adding a new one. Times are
Europe/London; a meeting without a start time is an all-day event. DTSTAMP is the meeting's date, not
the build time, so the same archive gives the same bytes. A meeting announced in minutes but not yet
recorded is a TENTATIVE event marked "(announced)", with the UID its record will have.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from ..announcements import Announcement, announced
from ..model import Archive, Meeting
from .addresses import Addresses

LONDON = ZoneInfo("Europe/London")
STATUS = {"cancelled": "CANCELLED", "scheduled": "CONFIRMED", "held": "CONFIRMED"}


def calendar_path(body_id: str | None = None) -> str:
    """Where the calendar of one body (or of every body, for None) is published."""
    return f"calendars/{body_id or 'all'}.ics"


def uid(meeting: Meeting | Announcement, addresses: Addresses) -> str:
    return f"{meeting.body}-{meeting.slug}@{addresses.host}"


def summary(archive: Archive, meeting: Meeting) -> str:
    body = archive.bodies.get(meeting.body)
    return f"{body.name if body else meeting.body}: {meeting.type} meeting"


def times(meeting: Meeting) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime | None]:
    """(start, end): local times where the record has them; an all-day date otherwise."""
    if not meeting.start:
        return meeting.date, meeting.date + dt.timedelta(days=1)
    start = dt.datetime.combine(meeting.date, dt.time.fromisoformat(meeting.start), tzinfo=LONDON)
    if not meeting.end:
        return start, None
    end = dt.datetime.combine(meeting.date, dt.time.fromisoformat(meeting.end), tzinfo=LONDON)
    return start, end if end > start else end + dt.timedelta(days=1)  # a meeting that ran past midnight


def event(archive: Archive, meeting: Meeting, addresses: Addresses) -> Event:
    start, end = times(meeting)
    url = addresses.absolute(meeting.url)
    lines = [f"{item.number}. {item.title}" if item.number else item.title for item in meeting.items]
    ev = Event()
    ev.add("uid", uid(meeting, addresses))
    ev.add("dtstamp", dt.datetime.combine(meeting.date, dt.time(0, 0), tzinfo=dt.UTC))
    ev.add("summary", summary(archive, meeting))
    ev.add("dtstart", start)
    if end is not None:
        ev.add("dtend", end)
    if meeting.venue:
        ev.add("location", meeting.venue)
    ev.add("status", STATUS.get(meeting.status, "CONFIRMED"))
    if url:
        ev.add("url", url)
    ev.add("description", "\n".join([*lines, *([url] if url else [f"Page: {meeting.url}"])]))
    return ev


def announced_event(archive: Archive, announcement: Announcement, addresses: Addresses) -> Event:
    source = announcement.meeting
    label = f"minute {announcement.item.number}" if announcement.item and announcement.item.number else "minutes"
    page = f"{source.url}#{announcement.item.anchor}" if announcement.item else source.url
    url = addresses.absolute(page)
    ev = Event()
    ev.add("uid", uid(announcement, addresses))
    ev.add("dtstamp", dt.datetime.combine(source.date, dt.time(0, 0), tzinfo=dt.UTC))
    body = archive.bodies.get(announcement.body)
    ev.add("summary", f"{body.name if body else announcement.body}: meeting (announced)")
    if announcement.start:
        ev.add("dtstart", dt.datetime.combine(announcement.date, dt.time.fromisoformat(announcement.start),
                                              tzinfo=LONDON))
    else:
        ev.add("dtstart", announcement.date)
        ev.add("dtend", announcement.date + dt.timedelta(days=1))
    ev.add("status", "TENTATIVE")
    if url:
        ev.add("url", url)
    ev.add("description", f"Announced in the minutes of {source.date.day} {source.date:%B %Y}, {label}: "
                          f"\"{announcement.text}\"\n{url or 'Page: ' + page}")
    return ev


def render(archive: Archive, addresses: Addresses, name: str, meetings: Iterable[Meeting],
           announcements: Iterable[Announcement] = ()) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Minutebook//Meetings calendar//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/London")
    ordered = sorted(meetings, key=lambda m: m.sort_key)
    for meeting in ordered:
        cal.add_component(event(archive, meeting, addresses))
    announcements = list(announcements)
    for announcement in announcements:
        cal.add_component(announced_event(archive, announcement, addresses))
    years = [m.date.year for m in ordered] + [a.date.year for a in announcements]
    if years:  # the time zone's rules for the years the meetings span, not 1970-2038
        cal.add_missing_timezones(dt.date(min(years), 1, 1), dt.date(max(years) + 2, 1, 1))
    return cal.to_ical()


def _subjects(archive: Archive) -> Iterator[tuple[str | None, str, Callable[[Meeting | Announcement], bool]]]:
    """(body id or None, calendar name, which meetings): one calendar for all, one per body."""
    yield None, f"{archive.name}: all meetings", lambda m: True
    for key in sorted(archive.bodies):
        yield key, f"{archive.bodies[key].name} meetings", lambda m, key=key: m.body == key


def calendar_files(archive: Archive, addresses: Addresses) -> Iterator[tuple[str, bytes]]:
    announcements = announced(archive)
    for body_id, name, wanted in _subjects(archive):
        yield calendar_path(body_id), render(archive, addresses, name, filter(wanted, archive.meetings),
                                             filter(wanted, announcements))
