"""Clock times as minutes write them ('7.30 pm', '18:30', '19.30', '1900', '530pm', 'noon', '6:30-8:30 P.M.'),
read to 24-hour 'HH:MM'; a time without am or pm is read in the half of the day of the time announced before it.
"""

from __future__ import annotations

import re

from ..dates import HALF_LETTER, parse_time

CLOCK = rf"\d{{1,2}}(?:[.:]\d{{2}})?(?:\s{{0,2}}[ap]\.?\s?m\b\.?|{HALF_LETTER})?|noon"  # ('01:00p EDT')
RANGE_RE = re.compile(rf"(?i)(?<![\d.:/])({CLOCK})\s{{0,3}}(?:-|–|—|to|until|till)\s{{0,3}}({CLOCK})(?![\d/])")
TIME_WORD_RE = re.compile(r"(?i)(?<![\d.:/])(\d{1,2}(?:[.:]\d{2})?\s{0,2}[ap]\.?\s?m\b\.?|"
                          rf"\d{{1,2}}[.:]\d{{2}}{HALF_LETTER}|\d{{3,4}}\s{{0,2}}[ap]\.?\s?m\b\.?|\d{{1,2}}[.:]\d{{2}}(?![\d.]))")


def clock(text: str, after: str | None = None) -> str | None:
    """A clock time in any common form: '7.30 pm', '18:30', '19.30' and '1900' (24-hour), '530pm', 'noon';
    a time without am/pm is read in the half of the day of `after`, the time the heading announced."""
    text = text.strip()
    compact = re.fullmatch(r"(?i)(\d{1,2})(\d{2})\s{0,2}([ap])\.?\s?m\.?", text)
    if compact:
        text = f"{compact.group(1)}.{compact.group(2)} {compact.group(3)}m"
    found = parse_time(text)
    if found is None:
        match = re.fullmatch(r"([01]?\d|2[0-3])[.:h]?([0-5]\d)", text)
        found = f"{int(match.group(1)):02d}:{match.group(2)}" if match else None
    if found and after and not re.search(r"(?i)[ap]\.?\s?m|noon", text) and int(found[:2]) < 12 <= int(after[:2]):
        hour = int(found[:2]) + 12
        if 0 <= hour - int(after[:2]) <= 8:
            found = f"{hour:02d}{found[2:]}"
    return found


def time_range(text: str) -> tuple[str | None, str | None]:
    """'19:00-21:00', '12.00pm – 2.00pm', '6:30-8:30 P.M.' (the second half's pm for both): start and end."""
    match = RANGE_RE.search(text)
    if not match:
        return None, None
    first, second = match.group(1), match.group(2)
    end = clock(second)
    if end is None:
        return None, None
    half = re.search(r"(?i)([ap])\.?\s?m", second)
    start = clock(first) if re.search(r"(?i)[ap]\.?\s?m|noon", first) or half is None else clock(
        f"{first} {half.group(1)}m")
    if start and end and start > end and half and half.group(1).lower() == "p":
        start = clock(first)  # '11.30 - 1.30 pm': the morning half for the first time
    return start, end


def one_time(text: str, after: str | None = None) -> str | None:
    """The first clock time written in `text`."""
    match = TIME_WORD_RE.search(text) or re.search(r"(?i)\bnoon\b", text)
    return clock(match.group(0), after) if match else None
