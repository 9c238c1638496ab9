"""Dates and clock times as councils print them ('18 th December 2012', '7.30 pm', '6.02pm'), and
as the site writes them ('13 July 2017'). One place for the importer, the linker and the calendars."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
DATE_RE = re.compile(
    WEEKDAY + r"(\d{1,2})\s*(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})", re.I)
TIME_RE = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s*m\.?", re.I)
CLOCK_RE = re.compile(r"(?<![\d.:/])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")  # '18:30', the 24-hour clock
TIME_TEXT = r"(?:[\d.:]+\s*[ap]\.?\s*m|(?:[01]?\d|2[0-3]):[0-5]\d)"


def find_date(text: str) -> tuple[dt.date, re.Match] | None:
    """The first real date in `text`, with its match."""
    for match in DATE_RE.finditer(text):
        month = MONTHS.get(match.group(2).lower())
        if month is None:
            continue
        try:
            return dt.date(int(match.group(3)), month, int(match.group(1))), match
        except ValueError:
            continue
    return None


def parse_date(text: str) -> dt.date | None:
    found = find_date(text)
    return found[0] if found else None


def parse_time(text: str) -> str | None:
    """'7.30 pm' -> '19:30'; None when `text` holds no clock time."""
    match = TIME_RE.search(text)
    if not match:
        clock = CLOCK_RE.search(text)
        return f"{int(clock.group(1)):02d}:{clock.group(2)}" if clock else None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 12 or minute > 59:
        return None
    if match.group(3).lower() == "p" and hour != 12:
        hour += 12
    if match.group(3).lower() == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def start_and_end(text: str) -> tuple[str | None, str | None]:
    """Times from closing notes: 'having commenced at 6.00 pm, closed at 7.07 pm', 'closed at 8.29 pm',
    'the Chairman closed the meeting at 8.55pm'."""
    start = end = None
    match = re.search(rf"(?:commenced|started|began|opened)\s+at\s+({TIME_TEXT})", text, re.I)
    if match:
        start = parse_time(match.group(1))
    match = re.search(rf"(?:closed|ended|finished|concluded|terminated)(?:\s+the\s+meeting)?\s+at\s+({TIME_TEXT})",
                      text, re.I)
    if match:
        end = parse_time(match.group(1))
    return start, end


def long_date(date: dt.date) -> str:
    """'13 July 2017': how pages, feeds, citations and search results name a day."""
    return f"{date.day} {date:%B %Y}"


def day_date(date: dt.date) -> str:
    return f"{date:%A} {long_date(date)}"
