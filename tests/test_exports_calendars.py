"""iCalendar files, read back with vobject (not the icalendar library that wrote them)."""

from __future__ import annotations

import datetime as dt

import pytest
import vobject
from exports_sample import sample_archive

from minutebook.exports import calendar_path, export_all

SITE = "https://example.org/archive/"


def events(files: dict, path: str) -> dict[str, vobject.base.Component]:
    calendar = vobject.readOne(files[path].decode("utf-8"))
    assert calendar.name == "VCALENDAR" and calendar.version.value == "2.0"
    return {event.uid.value: event for event in calendar.contents.get("vevent", [])}


@pytest.fixture(scope="module")
def files():
    return export_all(sample_archive(), SITE)


def test_paths_pages_link_to():
    assert calendar_path() == "calendars/all.ics"
    assert calendar_path("cabinet") == "calendars/cabinet.ics"


def test_all_calendar_has_every_meeting_past_scheduled_and_cancelled(files):
    assert sorted(events(files, calendar_path())) == [
        "cabinet-2017-07-13-2@example.org", "cabinet-2017-07-13@example.org",
        "planning-2017-06-01@example.org", "planning-2017-09-01@example.org"]


def test_body_calendars_hold_only_their_meetings(files):
    assert sorted(events(files, calendar_path("planning"))) == [
        "planning-2017-06-01@example.org", "planning-2017-09-01@example.org"]
    assert len(events(files, calendar_path("cabinet"))) == 2


def test_a_held_meeting_has_local_times_venue_url_and_summary(files):
    event = events(files, calendar_path("cabinet"))["cabinet-2017-07-13@example.org"]
    start, end = event.dtstart.value, event.dtend.value
    assert (start.replace(tzinfo=None), end.replace(tzinfo=None)) == (
        dt.datetime(2017, 7, 13, 18, 30), dt.datetime(2017, 7, 13, 20, 12))
    assert start.utcoffset() == dt.timedelta(hours=1)  # British Summer Time, from the VTIMEZONE
    assert start.tzname() == "BST"
    assert b"DTSTART;TZID=Europe/London:20170713T183000" in files[calendar_path("cabinet")]
    assert event.location.value == "Committee Rooms 1 & 2, Harrow Civic Centre"
    assert event.url.value == SITE + "meetings/cabinet/2017-07-13/"
    assert event.summary.value == "Cabinet: ordinary meeting"
    assert event.status.value == "CONFIRMED"
    assert "576. Pinner Wood School expansion" in event.description.value


def test_a_meeting_without_a_start_is_an_all_day_event(files):
    event = events(files, calendar_path())["planning-2017-09-01@example.org"]
    assert event.dtstart.value == dt.date(2017, 9, 1)
    assert not isinstance(event.dtstart.value, dt.datetime)
    assert event.dtend.value == dt.date(2017, 9, 2)
    assert event.summary.value == "Planning Committee: ordinary meeting"


def test_a_cancelled_meeting_says_so(files):
    event = events(files, calendar_path())["planning-2017-06-01@example.org"]
    assert event.status.value == "CANCELLED"
    assert event.dtstart.value.replace(tzinfo=None) == dt.datetime(2017, 6, 1, 19, 0)


def test_second_meeting_of_the_day_has_its_own_uid(files):
    event = events(files, calendar_path())["cabinet-2017-07-13-2@example.org"]
    assert event.summary.value == "Cabinet: extraordinary meeting"
    assert event.url.value == SITE + "meetings/cabinet/2017-07-13-2/"


def test_uids_and_bytes_are_stable_across_builds(files):
    again = export_all(sample_archive(), SITE)
    assert events(again, calendar_path()).keys() == events(files, calendar_path()).keys()
    assert again[calendar_path()] == files[calendar_path()]


def test_without_a_site_url_uids_use_minutebook_and_there_is_no_url():
    files = export_all(sample_archive(), None)
    found = events(files, calendar_path())
    assert "cabinet-2017-07-13@minutebook" in found
    event = found["cabinet-2017-07-13@minutebook"]
    assert not hasattr(event, "url_list") or not event.contents.get("url")
    assert "meetings/cabinet/2017-07-13/" in event.description.value
