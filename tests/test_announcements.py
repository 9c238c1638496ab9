"""Meetings announced in minutes reach the calendars and the home page, marked as announced."""

from __future__ import annotations

import datetime as dt

import pytest
import vobject

from minutebook.announcements import announced, find
from minutebook.exports import export_all
from minutebook.links import link_archive
from minutebook.model import Archive, Body, Item, Meeting
from minutebook.pages import Context
from minutebook.pages.lists import home


def meeting(text: str, date=dt.date(2021, 1, 12), slug=None, decisions=()) -> Meeting:
    return Meeting("parish-council", date, slug or date.isoformat(),
                   items=(Item("minute-2021-045", "Date of next meeting", minute="2021/045", text=text,
                               decisions=tuple(decisions)),))


@pytest.mark.parametrize(("variant", "text", "date", "start"), [
    ("will_be_held_with_time", "The next meeting will be held on Tuesday 9th February 2021 at 7.30 pm.",
     dt.date(2021, 2, 9), "19:30"),
    ("would_be_held_of_the_board", "the date of the next meeting of the Board would be held on Thursday 27 June "
     "2013.", dt.date(2013, 6, 27), None),
    ("colon_form", "Date of next meeting: 9 February 2021 at 7pm", dt.date(2021, 2, 9), "19:00"),
    ("across_a_line_break", "The next meeting will be\nheld on 9 February\n2021.", dt.date(2021, 2, 9), None),
])
def test_announcement_patterns(variant, text, date, start):
    found = list(find(meeting(text, date=dt.date(2013, 3, 13) if date.year == 2013 else dt.date(2021, 1, 12))))
    assert [(a.date, a.start) for a in found] == [(date, start)]


@pytest.mark.parametrize(("variant", "text"), [
    ("a_past_date", "The next meeting will be held on 9 February 2020."),
    ("no_date", "The next meeting will be arranged by the Clerk."),
    ("impossible_date", "The next meeting will be held on 31 February 2021."),
    ("previous_meeting", "The minutes of the meeting held on 9 February 2021 were agreed."),
])
def test_not_announcements(variant, text):
    assert list(find(meeting(text))) == []


ARCHIVE = Archive("Parish archive", "Anytown Parish Council",
                  bodies={"parish-council": Body("parish-council", "Parish Council")},
                  meetings=(meeting("", decisions=["That the next meeting will be held on 9 February 2021 at "
                                                   "7.30 pm."]),))


def test_an_announced_meeting_is_a_tentative_event_with_the_uid_its_record_will_have():
    files = export_all(ARCHIVE, "https://example.org/archive/")
    calendar = vobject.readOne(files["calendars/parish-council.ics"].decode())
    events = {e.summary.value: e for e in calendar.vevent_list}
    event = events["Parish Council: meeting (announced)"]
    assert event.status.value == "TENTATIVE"
    assert event.dtstart.value.isoformat() == "2021-02-09T19:30:00+00:00"
    assert event.url.value == "https://example.org/archive/meetings/parish-council/2021-01-12/#minute-2021-045"
    recorded = Archive(ARCHIVE.name, ARCHIVE.authority, bodies=ARCHIVE.bodies,
                       meetings=(*ARCHIVE.meetings, Meeting("parish-council", dt.date(2021, 2, 9), "2021-02-09")))
    calendar = vobject.readOne(export_all(recorded, "https://example.org/archive/")["calendars/all.ics"].decode())
    uids = [e.uid.value for e in calendar.vevent_list]
    assert event.uid.value in uids and len(uids) == len(set(uids)) == 2  # the record took the announcement's place
    assert announced(recorded) == []


def test_an_announced_upcoming_meeting_is_on_the_home_page():
    context = Context.build(ARCHIVE, link_archive(ARCHIVE), dt.date(2021, 1, 20))
    markdown = home(context).markdown
    assert ("- Parish Council, 9 February 2021, 19:30 (announced in the minutes of [Parish Council, 12 January 2021]"
            "(meetings/parish-council/2021-01-12.md#minute-2021-045))") in markdown
