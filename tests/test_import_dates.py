"""dates.py: dates and times as printed."""

import datetime as dt

from minutebook.dates import parse_date, parse_time, start_and_end


def test_date_with_weekday():
    assert parse_date("Wednesday 13 March 2013") == dt.date(2013, 3, 13)


def test_date_with_spaced_ordinal():
    assert parse_date("18 th December 2012") == dt.date(2012, 12, 18)


def test_date_upper_case():
    assert parse_date("29 OCTOBER 2012") == dt.date(2012, 10, 29)


def test_not_a_date():
    assert parse_date("Pages 31 - 50") is None


def test_times_with_dot_and_no_space():
    assert parse_time("7.30 pm") == "19:30" and parse_time("9.05pm") == "21:05" and parse_time("10.00 am") == "10:00"


def test_commenced_and_closed_note():
    assert start_and_end("[Note: The Meeting, having commenced at 6.02 pm, closed at 6.52 pm]") == ("18:02", "18:52")


def test_closed_only():
    assert start_and_end("the Mayor declared the meeting closed at 8.29 pm") == (None, "20:29")


def test_chairman_closed_the_meeting_at():
    text = "There being no further business the Chairman closed the meeting at 8.55pm."
    assert start_and_end(text) == (None, "20:55")


def test_twenty_four_hour_clock():
    assert parse_time("Time: 18:30") == "18:30"
    assert start_and_end("The meeting commenced at 18:00 and closed at 20:17.") == ("18:00", "20:17")
    assert parse_time("Report 2022/23, paragraph 3.4") is None
