"""Where a part's title block ends: the lines at its top that name the meeting, its date and place, under which
no line is an item (a date alone or labelled as the meeting's, a sentence saying when it took place, a page's title
from its metadata over the file's own).
"""

from __future__ import annotations

import re

from ..dates import find_date
from .heading_dates import took_place
from .lines import Line
from .starts import date_only

DATE_LABEL_RE = re.compile(r"(?i)^(?:meeting\s+)?date(?:\s+(?:and|&)\s+time)?\s*:")
# The time the meeting began after its date on the line: 'Thursday, 23 July 2020 AT 5.00pm', 'June 28, 2011 7:30 p.m.'
TIME_AFTER_RE = re.compile(r"(?i)(?<![\s,])[\s,]+(?:(?:at|@|commencing\s+at)\s+)?\d{1,2}(?:[.:]\d{2})?\s?"
                           r"[ap]\.?\s?m\.?$")


# The place the meeting was held after its date on the line: '13 August, 2019 AT CO-OP TRAINING ROOM'.
PLACE_AFTER_RE = re.compile(r"(?i)\s+(?:at|@)\s+(?-i:[A-Z])[\w'’&.,/ -]{2,60}$")


def _dated(text: str) -> bool:
    """A date alone on its line, or with the time the meeting began or the place it was held after it."""
    text = text.strip()
    return bool(date_only(text) or date_only(TIME_AFTER_RE.sub("", PLACE_AFTER_RE.sub("", text))))


def title_block_end(lines: list[Line]) -> int:
    """The index after a part's title block: the paragraph holding the first line that is a date alone
    ('AUGUST 17, 2015', or with its time: 'Thursday, 23 July 2020 AT 5.00pm') or labelled as the meeting's ('Date:
    September 19, 2017 ● 2:30 pm – 4:00 pm') among its first 15 lines of text, else its first paragraph (and the
    file's own first heading under a title its metadata gives); or, further down, a short line saying when the
    meeting took place ('The discussions took place on April 5 and 6, 2020.' under a release date and the
    title)."""
    texts = [i for i, line in enumerate(lines) if not line.blank][:15]
    if not texts:
        return 0
    at = next((i for i in texts if _dated(lines[i].text) or DATE_LABEL_RE.match(lines[i].stripped)
               and find_date(lines[i].text)), texts[0])
    told = next((i for i in texts if len(lines[i].text.split()) <= 15 and took_place(lines[i].text)), None)
    at = at if told is None else max(at, told)
    at = _block_end(lines, at)
    below = next((i for i in range(at, len(lines)) if not lines[i].blank), None)
    if below is not None and lines[below].heading and lines[below].level == 1 and at - 1 == texts[0] \
            and not lines[texts[0]].heading:  # a page's title from its metadata, then the file's own ('# Agenda')
        return _paragraph_end(lines, below)
    return at


LONGEST_BLOCK = 12  # lines under the date line: a paragraph running longer is text printed without blank lines


def _block_end(lines: list[Line], at: int) -> int:
    """The end of the paragraph holding line `at`; in text printed without blank lines (the paragraph runs on
    far below), the first line of prose under it: ten words or more, three of them in lower case ('The City
    Council of the City met in Closed Session in the Administrative')."""
    end = _paragraph_end(lines, at)
    if end - at <= LONGEST_BLOCK:
        return end
    return next((i for i in range(at + 1, end) if len(words := lines[i].text.split()) >= 10
                 and sum(w[:1].islower() for w in words) >= 3), end)


def _paragraph_end(lines: list[Line], at: int) -> int:
    """The index of the blank line (or the end) after the paragraph holding line `at`."""
    while at < len(lines) and not lines[at].blank:
        at += 1
    return at
