"""The date a document's heading gives its meeting: the title sentence's, a heading line's saying when the meeting
took place, else the date nearest the body's name (a title line's before one inside a sentence), never the day the
minutes were approved nor an earlier meeting's whose minutes a sentence names; a day and month printed without a year
in the year the document prints.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import MONTHS, YEAR_IN_TEXT_RE, find_date, yearless_date
from .lines import Line
from .meeting_titles import Candidate
from .starts import NEXT_MEETING_RE


def yearless_agrees(text: str, named: dt.date | None) -> bool:
    """'held on Monday 25th June at 7.00pm': a day and month without a year that agree with the file's date."""
    if named is None:
        return False
    for day, month in re.findall(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\b", text):
        if MONTHS.get(month.lower()) == named.month and int(day) == named.day:
            return True
    return any(MONTHS.get(month.lower()) == named.month and int(day) == named.day
               for month, day in re.findall(r"(?i)\b([a-z]{3,9})\s+(\d{1,2})(?:st|nd|rd|th)?\b", text))


# A heading's sentence saying when the meeting was, or will be: its date beats a date alone (the release's, the
# printing's, the date a summons was signed: 'You are hereby summoned to attend a meeting of the Town Council to be
# held at the Town Hall, Market Street, Hadbury on Tuesday 9 April 2024' over 'Town Clerk' / '2 April 2024').
TOOK_PLACE_RE = re.compile(r"(?i)(?<!next )(?<!following )\b(?:meeting|discussions?|session|hearing)\b"
                           r"(?:\s+of\s+(?:the\s+)?[\w&' -]{1,60}?)?"
                           r"\s+(?:took\s+place|(?:was|were|is|will\s+be|to\s+be)\s+held)\s+(?:on\s+)?")


SENTENCE_END_RE = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")  # a sentence's end, not an abbreviation's ('St. Mary's')


def took_place(text: str, order: str | None = None) -> dt.date | None:
    """The date a line says the meeting took place on ('The discussions took place on November 24 and 25, 2019.'),
    or None."""
    told = TOOK_PLACE_RE.search(text)
    found = find_date(SENTENCE_END_RE.split(text[told.end():], maxsplit=1)[0], order) if told else None
    return found[0] if found else None  # (in its own sentence: '... was held at the Garage with A presiding.'
    # says nothing of the date of the minutes named after it)


def heading_date(lines: list[Line], indexes: list[int], body: Candidate, order: str) -> tuple[dt.date, int] | None:
    """The date of the title sentence, else of a heading's line saying when the meeting took place, else the date
    nearest below (else above) the chosen name."""
    if body.sentence:
        own = SENTENCE_END_RE.split(body.sentence, maxsplit=1)[0]  # ('... with Supervisor A presiding. Members
        # present: ...': the sentence's own words, not the paragraph's after it)
        found = find_date(own, order)
        if found:
            before = own[:found[1].start()]
            line = next((i for i in indexes if i >= body.index and find_date(lines[i].text, order)
                         and find_date(lines[i].text, order)[0] == found[0]), body.index)
            if len(before) < 300 and not _earlier(before):  # (not the day the minutes were approved, nor an
                # earlier meeting's)
                printed = own[max(0, found[1].start() - 15):found[1].end()]  # the date and the words before it
                other = _same_day_otherwise(lines, indexes, found[0], order) if _wrong_weekday(printed, found[0]) \
                    else None
                return other or (found[0], line)  # ('... on Tuesday January 17th, 2005' under 'JANUARY 17TH, 2006':
                # a year mistyped in the sentence, the heading's the one its weekday is)
    nearest = _nearest_date(lines, indexes, body, order)
    for i in indexes[:TOOK_PLACE_LINES]:  # 'The discussions took place on November 24 and 25, 2019.' under a release
        # date (at the top: further down, '... at a Special Council Meeting to be held on Monday 29 March' is another)
        text = f"{lines[i].text} {lines[i + 1].text}" if i + 1 < len(lines) else lines[i].text
        when = took_place(text, order)
        if when and (nearest is None or when != nearest[0]):
            return when, i
    return nearest


TOOK_PLACE_LINES = 12  # heading lines, at most, a sentence saying when the meeting took place is read from


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_RE = re.compile(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def _wrong_weekday(printed: str, date: dt.date) -> bool:
    """The weekday printed with a date is not that date's ('Tuesday January 17th, 2005', a Monday)."""
    weekday = WEEKDAY_RE.search(printed)
    return weekday is not None and WEEKDAYS.index(weekday.group(1).lower()) != date.weekday()


def _same_day_otherwise(lines: list[Line], indexes: list[int], date: dt.date, order: str) -> tuple[dt.date, int] | None:
    """The heading's line that prints the same day and month in another year."""
    for i in indexes:
        found = find_date(lines[i].text, order)
        if found and found[0] != date and (found[0].month, found[0].day) == (date.month, date.day):
            return found[0], i
    return None


_printed: tuple[list[Line], set[int]] | None = None  # the lines last asked about, and the years they print


def _years_printed(lines: list[Line]) -> set[int]:
    """The years a document prints anywhere, found once for its lines however many of its parts ask."""
    global _printed
    if _printed is None or _printed[0] is not lines:
        _printed = (lines, {int(y) for line in lines for y in YEAR_IN_TEXT_RE.findall(line.text)})
    return _printed[1]


def yearless_heading_date(lines: list[Line], indexes: list[int], body: Candidate) -> tuple[dt.date, int] | None:
    """A heading's day and month printed without a year ('held on Monday 25th June'): in the year the heading
    prints ('SRCF Annual General Meeting 2000' / 'Sunday 20th February'), the body's line first ('Minutes of Annual
    General Meeting 2017' over 'Minutes of 2016 A.G.M.'), else in the one year of those the document prints that gives
    the day its weekday (or the only year it prints, where no weekday is given)."""
    years = {int(y) for y in YEAR_IN_TEXT_RE.findall(lines[body.index].text)} \
        or {int(y) for i in indexes for y in YEAR_IN_TEXT_RE.findall(lines[i].text)} or _years_printed(lines)
    for i in sorted(indexes, key=lambda i: (i < body.index, abs(i - body.index))):
        if NEXT_MEETING_RE.search(lines[i].text):
            continue  # ('Next meeting – 9:00am Thursday, February 15th': another meeting's day)
        above = lines[i - 1].text if i - 1 in indexes else ""  # ('... HELD ON FRIDAY' / '13TH OF JUNE': the weekday
        found = yearless_date(f"{above} {lines[i].text}", years) if above else None  # wrapped onto the line above
        found = found if found and found[1].end() > len(above) + 1 else yearless_date(lines[i].text, years)
        if found:
            return found[0], i
    return None


# What stands before the date the minutes were approved on, in their heading: 'APPROVED AS WRITTEN ON' / 'JULY 11,
# 2023', 'Adopted: 12 May 2021', 'Minutes approved by the Board on March 3, 2020'.
APPROVED_ON_RE = re.compile(r"(?i)\b(?:approved|adopted|confirmed|ratified)\b(?:\s+as\s+(?:written|amended|presented|"
                            r"corrected|submitted|read))?(?:\s+by\s+(?:the\s+)?[\w ]{1,40}?)?\s*(?:on|:)?\s*$")


# The words naming an earlier meeting's minutes, a verb or 'that' before them: 'to approve the minutes of', 'RESOLVED
# that the minutes of' (not a title, 'Minutes of the X meeting 3 March 2021').
MINUTES_NAMED = (r"(?i)\b(?:(?:approv|confirm|adopt|accept|sign|agree|receiv)\w*|that)\s+(?:as\s+\w+\s+)?the\s+"
                 r"minutes\s+of\s+")
# What stands before the date of an earlier meeting whose minutes a sentence names: '... to approve the minutes of
# its ordinary meeting on 28 March 2019', 'the minutes of the meeting held on', 'to receive and file the Zoning Board
# of Appeals Minutes of'.
EARLIER_MINUTES_RE = re.compile(MINUTES_NAMED + r"(?:the|its|their)\b[^.]{0,60}?\b(?:meeting|session)s?\s+"
                                r"(?:held\s+)?(?:on\s+)?$|"
                                r"\b(?:approv|confirm|adopt|accept|receiv|file)\w*\b[^.]{0,80}?\bminutes\s+of\s+$")
# The same words before the meeting's own words in a sentence: 'RESOLVED that the minutes of the' / 'meeting of the
# Fire Authority held on 14 February 2018': that meeting is another one, its sentence no title.
MINUTES_NAMED_RE = re.compile(MINUTES_NAMED + r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$")


def _earlier(before: str) -> bool:
    """The words before a date say it is the day the minutes were approved, or an earlier meeting's."""
    return bool(APPROVED_ON_RE.search(before) or EARLIER_MINUTES_RE.search(before))


def _approval_date(lines: list[Line], index: int, order: str) -> bool:
    """The line's date is the day the minutes were approved, printed after the words that say so on its line or
    the line above, or the day of an earlier meeting whose minutes it names: never the meeting's."""
    found = find_date(lines[index].text, order)
    if not found:
        return False
    before = lines[index].text[:found[1].start()]
    if not before.strip() and index > 0:
        before = lines[index - 1].text
    return _earlier(before)


MINUTES_OF_LINE_RE = re.compile(r"(?i)minutes?\s+of\s")  # a line opening as the minutes' title sentence does


def _nearest_date(lines: list[Line], indexes: list[int], body: Candidate, order: str) -> tuple[dt.date, int] | None:
    """The date nearest below (else above) the chosen name, a title line's before one inside a sentence."""
    ordered = [i for i in sorted(indexes, key=lambda i: (i < body.index, abs(i - body.index)))
               if not _approval_date(lines, i, order)]
    titles = [i for i in ordered if len(re.findall(r"\b[a-z]{2,}\b", lines[i].text)) < 6]
    if ordered and ordered[0] == body.index and MINUTES_OF_LINE_RE.match(lines[body.index].stripped):
        titles = [body.index, *titles]  # the title sentence naming it first: 'Minutes of a Community Council Meeting
        # held at X on Tuesday 2 May 2017 at 7.00 pm.', not a later title line naming the last meeting's minutes
    for i in titles:  # a date on a title line ('TUESDAY, DECEMBER 8, 2020') before one inside a sentence
        found = find_date(lines[i].text, order)
        if found:
            return found[0], i
    for i in ordered:
        found = find_date(lines[i].text, order)
        if found:
            return found[0], i
        if i + 1 in indexes:  # a date wrapped over two lines: 'on Wednesday 10' / 'October 2018'
            found = find_date(f"{lines[i].stripped} {lines[i + 1].stripped}", order)
            if found:
                return found[0], i + 1
    return None
