"""Dates and clock times as councils print them ('18 th December 2012', '7.30 pm', '6.02pm'), and
as the site writes them ('13 July 2017'). One place for the importer, the linker and the calendars."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTH_WORD = "(?:" + "|".join(MONTH_NAMES) + ")"  # a month's full name, for patterns that need one (case: theirs)
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, start=1)}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MONTHS["sept"] = 9
# The months as councils and associations name them in other languages, in dates written out ('8 Ionawr 2024', a Welsh
# community council's; '6 mars 2018', '10 Juli 2019', '19 oktober 2018'): Welsh, French, German, Dutch, Spanish,
# Italian. None is an English word a day and a year could stand beside.
OTHER_MONTH_NAMES = (
    ("ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref", "tachwedd",
     "rhagfyr"),
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
     "décembre"),
    ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
     "dezember"),
    ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
     "december"),
    ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
     "diciembre"),
    ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
     "novembre", "dicembre"),
)
for names in OTHER_MONTH_NAMES:
    MONTHS.update({name: number for number, name in enumerate(names, start=1) if name not in MONTHS})
# A month's name, whole or cut short ('Sept', 'SEPTEMBER'; case: the pattern's that uses it).
MONTH_ABBREVIATED = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}"
# A month and its year with no day: 'September 2017', 'Sept. 2017', 'SEPTEMBER, 2019' (a meeting's month in its
# title, a report's period).
MONTH_YEAR_RE = re.compile(rf"(?i)\b{MONTH_ABBREVIATED}\.?,?\s+(?:19|20)\d\d\b")
WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
MONTH_NAME = r"([^\W\d_]{3,10})\.?"  # ('Gorffennaf', 'décembre')
ORDINAL_SUFFIX = r"(?:st|nd|rd|th|er|af|il|ydd|ed|fed)"  # ('1er', Welsh '1af', '2il', '3ydd', '5ed', '9fed')
ORDINAL = rf"(\d{{1,2}})\s*{ORDINAL_SUFFIX}?"
YEAR = r"(\d{4})(?!\d)"
# A day's ordinal in words, as formal minutes write it ('the fourteenth day of March', 'the twenty-first day of')
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                 "eighteenth", "nineteenth", "twentieth")
DAY_WORD = (r"(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|"
            + "|".join(reversed(ORDINAL_WORDS)))


# A year in words, as formal minutes write it: 'two thousand', 'two thousand and one', 'nineteen hundred and
# ninety-nine', 'nineteen ninety-nine'.
UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
              "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_BELOW_HUNDRED = (rf"(?:(?:{'|'.join(TENS_WORDS)})(?:[- ](?:{'|'.join(UNIT_WORDS[:9])}))?|"
                  rf"{'|'.join(reversed(UNIT_WORDS))})")
YEAR_WORDS = (rf"(?:two\s+thousand(?:\s+(?:and\s+)?{_BELOW_HUNDRED})?|nineteen\s+hundred(?:\s+(?:and\s+)?"
              rf"{_BELOW_HUNDRED})?|nineteen[- ](?:{'|'.join(TENS_WORDS)})(?:[- ](?:{'|'.join(UNIT_WORDS[:9])}))?)")


def _below_hundred(words: list[str]) -> int:
    """'ninety', 'nine' -> 99; 'one' -> 1; nothing -> 0."""
    return sum(10 * (TENS_WORDS.index(w) + 2) if w in TENS_WORDS else UNIT_WORDS.index(w) + 1 for w in words)


def year_number(printed: str) -> int:
    """A year as printed, in figures or in words ('two thousand and one' 2001, 'nineteen ninety-nine' 1999)."""
    if printed.isdigit():
        return int(printed)
    words = [w for w in re.split(r"[\s-]+", printed.lower()) if w != "and"]
    if words[:2] == ["two", "thousand"]:
        return 2000 + _below_hundred(words[2:])
    if words[:2] == ["nineteen", "hundred"]:
        return 1900 + _below_hundred(words[2:])
    return 1900 + _below_hundred(words[1:])  # 'nineteen ninety-nine'


def day_number(printed: str) -> int:
    """A day as printed, in figures or as an ordinal in words ('fourteenth' 14, 'twenty-first' 21)."""
    if printed.isdigit():
        return int(printed)
    word = printed.lower().replace(" ", "-")
    tens, _, unit = word.rpartition("-") if "-" in word else ("", "", word)
    if unit == "thirtieth":
        return 30
    return {"twenty": 20, "thirty": 30}.get(tens, 0) + ORDINAL_WORDS.index(unit) + 1
# Date forms as councils print them, each read as (day, month, year) groups in the order given:
# a new form is one entry. Numeric forms come last: '2/9/2021' is read month-first or day-first by
# `numeric_order`, and only where no written-out date is on the line.
# 'the fourteenth day of March, ', 'this 12th day of January ': the day and the month of a formal date, its year after
DAY_OF_MONTH = r"(\b(?:" + DAY_WORD + r")|\d{1,2})\s*" + ORDINAL_SUFFIX + r"?\s+day\s+of\s+" + MONTH_NAME + r",?\s+"
DAYS_TO = r"\s*(?:-|–|—|and|&|to)\s*" + WEEKDAY + r"\d{1,2}\s*(?:st|nd|rd|th)?"  # '... and 4', '-4th': a last day
DATE_FORMS: list[tuple[re.Pattern, tuple[int, int, int]]] = [
    # a meeting over days, its first: '3 and 4 August 2005', '3-4 AUGUST 2005', 'Monday 3rd and Tuesday 4th August'
    (re.compile(WEEKDAY + ORDINAL + DAYS_TO + r"\s+(?:of\s+)?" + MONTH_NAME + r",?\s+" + YEAR, re.I), (1, 2, 3)),
    # ... month-first: 'August 3-4, 2005', 'June 7 and 8, 2021'
    (re.compile(WEEKDAY + MONTH_NAME + r"\s+" + ORDINAL + DAYS_TO + r",?\s+" + YEAR, re.I), (2, 1, 3)),
    # '13 March 2013', 'Wednesday 13th of March, 2013', '18 th December 2012'
    (re.compile(WEEKDAY + ORDINAL + r"\s+(?:of\s+|de\s+)?" + MONTH_NAME + r",?\s+(?:de\s+)?" + YEAR, re.I),
     (1, 2, 3)),  # ('12 de marzo de 2020')
    # month-first: 'Tuesday, May 14, 2024', 'January 29th 2018', 'NOVEMBER 15, 2022'
    (re.compile(WEEKDAY + MONTH_NAME + r"\s+" + ORDINAL + r",?\s+" + YEAR, re.I), (2, 1, 3)),
    # 'this 12th day of January, 2011', 'the 3rd day of May 2019', 'the fourteenth day of March 2023'
    (re.compile(DAY_OF_MONTH + r"(?:A\.?D\.?\s+)?" + YEAR, re.I), (1, 2, 3)),
    # ... its year in words: 'the seventh day of September in the year two thousand' (a county board's minute book)
    (re.compile(DAY_OF_MONTH + r"(?:in\s+)?(?:the\s+)?year\s+(?:of\s+our\s+lord\s+)?(" + YEAR_WORDS + r"|\d{4})\b",
                re.I), (1, 2, 3)),
    # day, month's name and year joined by hyphens, slashes or full stops: '14-Sep-2019', '3/March/2020'
    (re.compile(r"(?<![\d/.-])(\d{1,2})([-/.])([A-Za-z]{3,9})\2" + YEAR, re.I), (1, 3, 4)),
]
# '2/9/2021', '11/30/17', '12-08-2020', '09.02.2021'; never '04.25.01' (an item number) or '18.09.1'
NUMERIC_RE = re.compile(r"(?<![\d/.-])(\d{1,2})(?:([/-])(\d{1,2})\2(\d{4}|\d{2})|(\.)(\d{1,2})\.(\d{4}))"
                        r"(?![\d/-]|\.\d)")
# '7.30 pm', '6.02pm', and the half of the day as one letter after the minutes: '01:00p EDT', '10:00a PDT'
HALF_LETTER = r"(?<=\d\d)[ap](?=[\s,;)]|$)"
TIME_RE = re.compile(rf"(\d{{1,2}})(?:[.:](\d{{2}}))?(?:\s*([ap])\.?\s*m\b\.?|({HALF_LETTER}))", re.I)
CLOCK_RE = re.compile(r"(?<![\d.:/])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")  # '18:30', the 24-hour clock
NOON_RE = re.compile(r"(?i)\b(?:12(?:[.:]00)?\s*)?noon\b|\bmidday\b")
TIME_TEXT = r"(?:[\d.:]+\s*[ap]\.?\s*m\.?|(?:[01]?\d|2[0-3]):[0-5]\d|noon)"


# A date written as ISO 8601 ('Board meeting: 2024-02-03', 'PLUG AGM, Tuesday 2024-01-09'): year, month, day, in
# that order everywhere; a pad's title writes the same with spaces ('# 2024 03 11: Official OSM BE members meeting').
ISO_RE = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)-(\d{2})-(\d{2})(?![\d/-])|"
                    r"(?<![\d/.-])(?<!\d\s)((?:19|20)\d\d) (0[1-9]|1[0-2]) (0[1-9]|[12]\d|3[01])(?![\d/.-])(?!\s\d)")


def month_number(word: str) -> int | None:
    """A month by its name or the name cut short, or by a name misspelt in haste in a written date ('28TH NOVEMEBR,
    2024', '3 Febuary 2020'): letters swapped, one left out or doubled, its first letter right (difflib's ratio)."""
    number = MONTHS.get(word.lower())
    if number is None and len(word) >= 5:
        close = difflib.get_close_matches(word.lower(), MONTH_NAMES, n=1, cutoff=0.8)
        number = MONTHS[close[0]] if close and close[0][0] == word[0].lower() else None
    return number


# A day and month printed without their year: 'Monday 25th June', 'Sunday 20th February', 'September 23'.
YEARLESS_RE = re.compile(r"(?i)\b(?:(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?)?"
                         r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+|of\s+)?([a-z]{3,9})|"  # ('this 3rd day of
                         rf"({MONTH_ABBREVIATED})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?)"  # September A.D.': the year left
                         # out; not 'this 3rd': a month's name first)
                         r"\b(?!,?\s+(?:19|20)\d\d\b)")  # (a year after it: a date written out, read above)
WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
YEAR_IN_TEXT_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")  # ('DC/2018/00554': a reference's year too)


def yearless_date(text: str, years: set[int]) -> tuple[dt.date, re.Match] | None:
    """A day and month printed without their year ('held on Monday 25th June') in the one year of `years` (those
    the document prints elsewhere) that gives that day, its weekday agreeing where printed; None where none or
    several do."""
    for match in YEARLESS_RE.finditer(text):
        weekday, day, month = match.group(1), match.group(2) or match.group(5), match.group(3) or match.group(4)
        number = month_number(month)
        if number is None:
            continue
        fits = set()
        for year in years:
            try:
                date = dt.date(year, number, int(day))
            except ValueError:
                continue
            if weekday is None or WEEKDAYS.index(weekday.lower()) == date.weekday():
                fits.add(date)
        if len(fits) == 1:
            return fits.pop(), match
    return None


def _written_dates(text: str):
    for match in ISO_RE.finditer(text):
        year, month, day = (group for group in match.groups() if group)
        try:
            yield dt.date(int(year), int(month), int(day)), match
        except ValueError:
            continue
    for pattern, (day, month, year) in DATE_FORMS:
        for match in pattern.finditer(text):
            number = month_number(match.group(month))
            if number is None:
                continue
            try:
                yield dt.date(year_number(match.group(year)), number, day_number(match.group(day))), match
            except ValueError:
                continue


# Words only American minutes use, where they write their dates month-first: the spelling 'favor', the pledge
# opening a meeting ('06/03/2024' in a city council's minutes that say 'Pledge of Allegiance' is June 3).
AMERICAN_RE = re.compile(r"\b(?:in\s+favor|favored|Pledge\s+of\s+Allegiance|PLEDGE\s+OF\s+ALLEGIANCE)\b")


def numeric_order(text: str) -> str:
    """'month-first' where the text itself writes dates month-first ('May 14, 2024') or a numeric date
    can only be month-first ('12/31/2020'), or it is written in American words (AMERICAN_RE); else 'day-first', as in
    the UK, Ireland and most of the world."""
    for pattern, (day, month, _) in DATE_FORMS:
        if month < day and pattern.search(text):
            return "month-first"
    for match in NUMERIC_RE.finditer(text):
        if int(match.group(3) or match.group(6)) > 12 >= int(match.group(1)):
            return "month-first"
    return "month-first" if AMERICAN_RE.search(text) else "day-first"


def _numeric_dates(text: str, order: str):
    for match in NUMERIC_RE.finditer(text):
        first, second = int(match.group(1)), int(match.group(3) or match.group(6))
        year = int(match.group(4) or match.group(7))
        year += 2000 if year < 100 else 0
        day, month = (second, first) if order == "month-first" else (first, second)
        try:
            yield dt.date(year, month, day), match
        except ValueError:
            continue


def find_date(text: str, order: str | None = None) -> tuple[dt.date, re.Match] | None:
    """The first real date written out in `text` (any form of DATE_FORMS), else the first numeric date
    ('2/9/2021', '09.02.21') read in `order` (by default: as `numeric_order` reads `text`)."""
    written = min(_written_dates(text), key=lambda found: found[1].start(), default=None)
    if written:
        return written
    return next(_numeric_dates(text, order or numeric_order(text)), None)


def parse_date(text: str) -> dt.date | None:
    found = find_date(text)
    return found[0] if found else None


def parse_time(text: str) -> str | None:
    """'7.30 pm' -> '19:30'; None when `text` holds no clock time."""
    match = TIME_RE.search(text)
    if not match:
        clock = CLOCK_RE.search(text)
        if clock:
            return f"{int(clock.group(1)):02d}:{clock.group(2)}"
        return "12:00" if NOON_RE.search(text) else None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 12 or minute > 59:
        return None
    half = (match.group(3) or match.group(4)).lower()
    if half == "p" and hour != 12:
        hour += 12
    if half == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def start_and_end(text: str) -> tuple[str | None, str | None]:
    """Times from opening and closing notes: 'having commenced at 6.00 pm, closed at 7.07 pm', 'closed at
    8.29 pm', 'the Chairman closed the meeting at 8.55pm', 'called to order at 7:07 p.m.', 'adjourned at 9:15
    p.m.', 'the meeting was opened @ 7.30pm', 'START TIME 6:30 p.m.'."""
    start = end = None
    match = _of_the_meeting(re.finditer(rf"(?:commenced|started|began|opened|called\s+to\s+order(?:\s+by\s+"
                                        rf"[^.,;]{{1,60}}?)?|start\s+time:?)\s*(?:at|@)?\s*({TIME_TEXT})", text, re.I))
    if match:
        start = parse_time(match.group(1))
    match = _of_the_meeting(re.finditer(rf"(?:closed|ended|finished|concluded|terminated|adjourned|end\s+time:?)"
                                        rf"(?:\s+the\s+meeting)?\s*(?:at|@)?\s*({TIME_TEXT})", text, re.I))
    if match:
        end = parse_time(match.group(1))
    return start, end


# An item whose title is the meeting's opening or close and its time: 'Opening: 19:34', 'Meeting Close 20:52', 'Call to
# Order - 7:02 pm', 'Adjournment 9.15pm'.
OPENING_TITLE_RE = re.compile(rf"(?i)^(?:meeting\s+)?(?:opening|open(?:ed)?|call(?:ed)?\s+to\s+order|start)"
                              rf"\s*[:,–—-]?\s*(?:at\s+)?({TIME_TEXT})\.?$")
CLOSING_TITLE_RE = re.compile(rf"(?i)^(?:meeting\s+)?(?:close[ds]?|closing|adjourn(?:ment|ed)?|end(?:ed)?)"
                              rf"\s*[:,–—-]?\s*(?:at\s+)?({TIME_TEXT})\.?$")


def title_times(title: str) -> tuple[str | None, str | None]:
    """The start or the end an item's title gives, where the item is the meeting's opening or close."""
    opening, closing = OPENING_TITLE_RE.match(title.strip()), CLOSING_TITLE_RE.match(title.strip())
    return (parse_time(opening.group(1)) if opening else None), (parse_time(closing.group(1)) if closing else None)


# What else opens and closes within a meeting: 'The public hearing was opened at 6:42 p.m.', 'public comment closed
# at 7:10'; not the meeting's times.
WITHIN_RE = re.compile(r"(?i)\b(?:hearing|comments?|comment\s+period|nominations?|polls?|floor)\s+(?:was\s+|were\s+)?$")


def _of_the_meeting(matches: Iterator[re.Match]) -> re.Match | None:
    return next((m for m in matches if not WITHIN_RE.search(m.string[max(0, m.start() - 40):m.start()])), None)


def long_date(date: dt.date) -> str:
    """'13 July 2017': how pages, feeds, citations and search results name a day."""
    return f"{date.day} {date:%B %Y}"


def day_date(date: dt.date) -> str:
    return f"{date:%A} {long_date(date)}"
