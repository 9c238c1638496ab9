"""When and where a meeting was held: start and end times and the venue, read as a reader finds them.

Councils print them in many places: labelled fields ('Date/Time:', 'Time:', 'Location:', 'Place', 'Venue:'
with a colon or a wide gap), a title sentence ('held at X on ... at 7.30 pm', 'HELD ON 8TH APRIL 2015 AT
19.30 IN X'), the date line ('January 29, 2018 – 9:00am at X'), the lines under the title ('EPA Government
Center' / 'City Council Chamber' / 'East Palo Alto, CA 94303'), and, in minutes, the sentences that open
and close the meeting ('called to order at 7:07 p.m.', 'the meeting closed at 21.50', 'The AGM concluded
at 7:45'). Each place is one rule of a table; the first rule that reads a fact wins, except that what
minutes say happened (called to order, closed) wins over the time the heading announced.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..dates import MONTH_ABBREVIATED, find_date
from .attendance_headings import PARTICULARS_RE
from .attendance_labels import label_of
from .bodynames import BODY_WORD_RE
from .clock_times import CLOCK, TIME_WORD_RE, clock, one_time, time_range
from .doc_kind import KIND_RES
from .lines import Line, plain
from .opening_closing import opening_and_closing
from .recognise import paragraphs
from .venues import ADDRESS_RE, HELD_AT_RE, STREET_LINE_RE, VENUE_WORD_RE, clean_venue, venue_like

LABEL_RE = re.compile(
    r"(?i)^(?P<label>(?:[a-z]{1,12}\s){0,4}?(?:date\s{0,2}(?:/|and|&)\s{0,2}time|time|location(?:\s{0,2}/\s{0,2}"
    r"address)?|place|venue|where|when|address))\s{0,4}(?::\s{0,40}|\t{1,4}\s{0,40}|\s{3,60})(?P<value>\S.*)$")
TITLE_BLOCK = 6  # lines under the date line that a heading's block of when and where may run to
# Before 'held': the meeting's own sentence, 'A regular meeting of X ...', 'The meeting was [held over ...]', 'Meeting
# was [held in Socorro ...]'
MEETING_HELD_RE = re.compile(r"(?i)^(?:an?|the)\s+(?:[a-z]+\s+){0,2}meeting\s+of\b|"
                             r"(?:^|\b(?:the|this)\s+)meeting\s+(?:was|is|will\s+be)\s+$")
HELD_RE = re.compile(r"(?i)\b(?:held|met|(?:will|shall)\s+(?:hold|meet))\b|"
                     # ... or the minutes' own sentence: 'These are the minutes of the X Meeting of Tuesday January 19,
                     # 2010, at the Institute ...'
                     r"\bthese\s+are\s+the\s+minutes\s+of\s+(?:the\s+)?[^.;]{0,80}?\bmeeting\s+of(?=\s+(?:\w+day\b|\d))")
# 'Monday 25th June': a date printed without its year
DAY_MONTH_RE = re.compile(rf"(?i)\b(?:\w+day,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_ABBREVIATED}\b")
CONTACT_RE = re.compile(r"(?i)\b(?:tel|telephone|phone|e-?mail|fax|www)\b(?!\s+(?:meeting|conference|call)\b)|@|"
                        r"https?:")
# (not 'Video/Phone meeting (Bluejeans)': how the meeting was held)
SENTENCE_STOP_RE = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")  # a sentence's end (not 'St. Mary's', 'Rd. 5')
# ... or the attendance label that follows the title sentence in its paragraph ('... Birch Green' / 'PRESENT: ...');
# running text's article is no part of the place ('in the Village Hall', 'IN THE COUNCIL CHAMBER'), a name's own is
# ('held in: The Winchester Hall'); a meeting held at a distance is held by its means ('held by Zoom')
PLACE_RE = re.compile(r"(?i)(?:^|\s)(?P<by>at|in|via|over|by(?=\s+(?:zoom|microsoft\s+teams|teams|skype|webex|"
                      r"google\s+meet|video\s*conference|video\s+call|teleconference|telephone|conference\s+call)\b))"
                      r"\s+(?:(?-i:the|THE)\s+)?(?P<venue>[^§.;:]{3,150}?)\s*"
                      r"(?:,?\s*(?:on\s*)?§D|,?\s*(?:at\s*|(?:commencing|beginning|starting) at\s*)?§T|\.|$|"
                      r"\s(?=(?:members\s+|councillors\s+)?(?:present|"
                      r"in attendance|apologies|absent|attendance)\s{0,3}:))")


@dataclass
class WhenWhere:
    start: str | None = None
    end: str | None = None
    venue: str | None = None
    actual_start: str | None = None  # what minutes say happened: 'called to order at ...'
    actual_end: str | None = None

    def set(self, **facts: str | None) -> None:
        for key, value in facts.items():
            if value and not getattr(self, key):
                setattr(self, key, value)


def _value_times(value: str) -> dict[str, str | None]:
    start, end = time_range(value)
    return {"start": start or one_time(value), "end": end}


def _label_fields(heading: list[Line], facts: WhenWhere) -> None:
    """'Date/Time: June 6, 530pm', 'Time   12.00pm – 2.00pm', 'Location/Address: ...', 'Place   Room 3, ...', as
    a list's points too ('- Venue: Riff' / '  - 45 St Georges Terrace')."""
    texts = [LIST_MARK_RE.sub("", line.stripped) for line in heading]
    for n, text in enumerate(texts):
        for segment in re.split(r"\s+[|•]\s+(?=[A-Z][\w/ ]{0,20}:)", text):  # 'Time: 7 PM | Location: X'
            _label_field(segment, texts[n + 1] if n + 1 < len(texts) else "", facts)


LIST_MARK_RE = re.compile(r"^[-*+•]\s+")  # a Markdown list's point: '- Venue: ...'



def _label_field(text: str, following: str, facts: WhenWhere) -> None:
    """One label and its value; a venue's value may go on on the line below ('VENUE: Room 5,' / 'Civic Centre')."""
    match = LABEL_RE.match(text)
    if not match:
        return
    label, value = match.group("label").lower(), match.group("value").strip()
    if re.search(r"date|time|when", label):
        facts.set(**_value_times(value))
    elif value and not find_date(value):
        if following and not LABEL_RE.match(following) and len(following) < 80 and (
                value.endswith(",") or ADDRESS_RE.search(following) or VENUE_WORD_RE.search(following)):
            value = f"{value.rstrip(' ,')}, {following}"
        facts.set(venue=clean_venue(value))


SESSION_RE = re.compile(r"(?i)(?:an?\s+)?(?:[a-z-]+\s+){0,2}(?:session|meeting)")
LEADS_TO_PLACE_RE = re.compile(r"(?i)\bheld\s+(?:in|at)\s*:\s*$")  # a title sentence going on in the paragraph below


def _title_sentence(heading: list[Line], facts: WhenWhere) -> None:
    """'held in the Village Hall, West Burton on Tuesday, 9 January 2024', 'HELD ON 8TH APRIL 2015 AT 19.30 IN
    HERTINGFORDBURY COWPER SCHOOL', 'met for a regular meeting at 7:00 p.m. on ..., in the Council Chamber'."""
    texts = [text for _, text in paragraphs(heading, list(range(len(heading)))) if text.strip()]
    for n, text in enumerate(texts):
        if LEADS_TO_PLACE_RE.search(text) and n + 1 < len(texts):  # '... which will be held in:' over the place
            text = f"{text.rstrip(' :')} {texts[n + 1]}"
        held = HELD_RE.search(text)
        if not held:
            continue
        tail = text[held.end():]
        dated = find_date(tail[:260])
        span = dated[1].span() if dated else (DAY_MONTH_RE.search(tail[:260]) or [None])[0] and \
            DAY_MONTH_RE.search(tail[:260]).span()
        if not span and not MEETING_HELD_RE.search(text[:held.start()]) and not HELD_AT_RE.match(text):
            continue  # (a held sentence without its date: the meeting's own, 'A regular meeting of X was held ...',
            # its date on the line above)
        tail = tail[:span[0]] + " §D " + tail[span[1]:] if span else tail
        timed = re.search(rf"(?i)(?:\bat|commencing at|starting at|from|§D,?)\s{{0,2}}(\d{{4}}\b|{CLOCK})"
                          rf"(?:\s{{0,2}}[-–]\s{{0,2}}(\d{{4}}\b|{CLOCK}))?", tail)  # ('from 2030-2200 EST': the end)
        start = clock(timed.group(1)) if timed and (timed.group(1)[0].isdigit() or "noon" in timed.group(1)) else None
        if timed and start:
            facts.set(end=clock(timed.group(2), start) if timed.group(2) else None)
            tail = tail[:timed.start(1)] + " §T " + tail[timed.end():]
        tail = SENTENCE_STOP_RE.split(re.sub(r"\s+", " ", tail), maxsplit=1)[0]  # the place is the held sentence's
        place = PLACE_RE.search(tail)  # ('... presided at the meeting.' after it is none)
        venue = place.group("venue") if place and not place.group("venue").startswith("§") and (
            place.group("by").lower() != "over" or VENUE_WORD_RE.search(place.group("venue"))) else None  # ('held
        # over Internet Relay Chat', not 'held over two days')
        if venue and SESSION_RE.fullmatch(venue):
            venue = None  # 'met in a Regular Session on ...': the kind of meeting, no place
        facts.set(start=start, venue=clean_venue(venue) if venue and not TIME_WORD_RE.search(venue) else None)


# The title over the date line closing with the meeting's time after a dash: 'Governing Board Conference Call --
# 7:00am PST' (a time zone's initials after it).
TITLE_TIME_RE = re.compile(rf"\s[-–—]{{1,2}}\s*({CLOCK})(?:\s+[A-Z]{{2,4}})?$")


def _date_line(heading: list[Line], facts: WhenWhere, date_index: int) -> None:
    """Times on the date line ('January 27, 2020, 7:00 p.m.', '19:15-21:00 at') and a venue after them
    ('Minutes from Monday, January 29, 2018 – 9:00am at Carbon Arc Bar & Board'), in a column of its own, or
    between the meeting's name and the date ('Annual General Meeting - Rupert Community Hall, August 24, 2019')."""
    if not 0 <= date_index < len(heading):
        return
    text = plain(heading[date_index].stripped)
    facts.set(**_value_times(text))
    above = next((plain(line.stripped) for line in reversed(heading[max(0, date_index - 3):date_index])
                  if not line.blank), "")
    titled = TITLE_TIME_RE.search(above)  # 'Governing Board Conference Call -- 7:00am PST' over '12 March 2020'
    if titled:
        facts.set(start=clock(titled.group(1)))
    lone = rf"(?i)(?:{CLOCK})(?:\s{{0,3}}(?:-|–|—|to)\s{{0,3}}(?:{CLOCK}))?(?:\s{{1,3}}at)?"
    following = next((line.stripped for line in heading[date_index + 1:date_index + 3] if not line.blank), "")
    under = [line.stripped for line in heading[date_index + 1:date_index + 1 + TITLE_BLOCK]]
    under = under[:under.index("")] if "" in under else under  # the title's block: 'REGULAR MEETING' / '5:45 P.M.'
    following = following if re.fullmatch(lone, following) else next(
        (text for text in under if re.fullmatch(lone, text)), "")
    if following:
        facts.set(**_value_times(following))  # '08th November 2023' / '19:00-21:00'

    at = re.search(rf"(?i)(?:{CLOCK})\s{{1,3}}at\s+(?:the\s+)?([A-Z][^.;]{{2,100}})$", text)
    if at and not find_date(at.group(1)):
        facts.set(venue=clean_venue(at.group(1)))
    for column in re.split(r"\s{3,}|\t", text):  # 'Video Conference ...   6:30 PM   Tuesday, December 8, 2020'
        if column != text and _plain_line(column.strip()) and VENUE_WORD_RE.search(column):
            facts.set(venue=clean_venue(column))
    named = MEETING_PLACE_RE.match(text)
    dated = find_date(named.group("rest")) if named else None
    place = named.group("rest")[:dated[1].start()].strip(" ,") if dated else ""
    if place and _plain_line(place) and VENUE_WORD_RE.search(place):
        facts.set(venue=clean_venue(place))


# The meeting's name, a dash, then its place before the date: 'Annual General Meeting - Rupert Community Hall,
# August 24, 2019, 10:00 am'.
MEETING_PLACE_RE = re.compile(r"(?i)^.{3,80}?\bmeeting\s+[-–—]\s+(?P<rest>[A-Z].+)$")


# A line of its own under the date holding the place and the time, apart by a dash ('LEGISLATIVE CHAMBERS - 2:00
# P.M.', '7:00 p.m. – Council Chamber'), or the time first and the place's capital after it ('6:00 p.m. Mee Room',
# '6:30PM' and 'Memorial Hall' at the line's two ends).
VENUE_TIME_RE = re.compile(rf"(?i)^(?:(?P<venue>[A-Z][^\d:;]{{2,80}}?)\s{{1,4}}[-–—]\s{{1,4}}(?P<time>{CLOCK})|"
                           rf"(?P<time2>{CLOCK})(?:\s{{1,4}}[-–—]\s{{1,4}}|\s+(?=(?-i:[A-Z])))"
                           r"(?P<venue2>[A-Z][^\d:;]{2,80}?))\s*$")


def _venue_time_line(heading: list[Line], facts: WhenWhere, date_index: int) -> None:
    """A place and a time apart by a dash on a line of their own just under the date: the time needs am/pm, the
    place a word of a venue ('Chambers', 'Hall')."""
    for line in heading[max(0, date_index + 1):date_index + 5]:
        match = VENUE_TIME_RE.match(plain(line.stripped))
        if not match:
            continue
        venue, time = match.group("venue") or match.group("venue2"), match.group("time") or match.group("time2")
        if VENUE_WORD_RE.search(venue) and re.search(r"(?i)[ap]\.?\s?m|noon", time):
            facts.set(start=clock(time), venue=clean_venue(venue))
            return


ORDER_OF_BUSINESS_RE = re.compile(r"(?i)^(?:call(?:\s+\w+){0,2}\s+to\s+order|roll\s+call|pledge\s+of\s+allegiance|"
                                  r"invocation|welcome|opening\s+(?:prayer|remarks|ceremonies))\b")


HELD_SENTENCE_RE = re.compile(r"(?i)\b(?:was|were|is|are|will\s+be)\s+held\b")


def _plain_line(text: str) -> bool:
    """A short line that could be part of an address block: no label, date, time, kind word or body name."""
    return (len(text) < 70 and not LABEL_RE.match(text) and not text[:1].islower() and not CONTACT_RE.search(text)
            and not HELD_SENTENCE_RE.search(text)  # 'The meeting was held via Zoom.': the title sentence's to read
            and not text.endswith(":")  # 'The following people were present:': a list's lead-in
            and not find_date(text) and not TIME_WORD_RE.search(text)
            and not any(p.search(text) for _, p in KIND_RES)
            and (not re.match(r"^\(?(?:\d{1,3}|[A-Za-z])[.)]?\s", text) or bool(ADDRESS_RE.search(text)))  # an item
            and (not re.search(r"(?i)\bmeeting\b", text) or bool(VENUE_WORD_RE.search(text)))
            and (not BODY_WORD_RE.search(text) or bool(VENUE_WORD_RE.search(text)))
            and not re.search(r"(?i)\bdistrict$", text)  # 'Maple Valley School District': the authority, not where
            and label_of(text) is None  # 'Observers: Claire Church': who attended, not where
            and not ORDER_OF_BUSINESS_RE.match(text)  # 'CALL TO ORDER' under the address: the minutes begin
            and (not re.search(r"(?i)\b(?:councillors?|cllrs?|mr|mrs|ms|dr|representative|chair(?:man)?|mayor)\b", text)
                 or bool(STREET_LINE_RE.match(text))))  # '1 Dr. Ann Bell Place': a street named for someone


def _lines_under_title(heading: list[Line], facts: WhenWhere, date_index: int) -> None:
    """The address block by the title: 'EPA Government Center' / 'City Council Chamber' / 'East Palo Alto,
    CA 94303', 'The Cookhouse' / 'Suffolk Food Hall' / 'Wherstead' / 'Ipswich, Suffolk IP9 2AB'. Not a
    letterhead (the office address above 'Tel:'), nor the tail of a sentence wrapped onto the next line."""
    runs: list[list[str]] = []
    rejected: set[int] = set()
    gap, previous = 1, ""
    for line in heading[max(0, date_index - 8):date_index + 10]:  # the block beside the date, not a list below
        text = plain(line.stripped).strip(" ,")
        if line.blank:
            gap += 1
            continue
        if CONTACT_RE.search(text) and runs and not previous.endswith(" or"):  # '... UT 84601 or' / a stream's link:
            rejected.add(len(runs) - 1)  # a second way to attend, not a letterhead's contact
        if not _plain_line(text) or PARTICULARS_RE.match(text):  # ('Place and Date' over the sentence that says
            runs.append([])  # them: a heading, no address)
        elif runs and runs[-1] and (gap <= 1 or venue_like(text)):
            runs[-1].append(text)
        else:
            runs.append([text])
            if gap == 0 and len(previous) >= 50:  # 'Monday 6 June 2022 at 7.00 pm in the Council Chamber, Town Hall,'
                rejected.add(len(runs) - 1)
        gap, previous = 0, text
    for n, run in enumerate(runs):
        if run and n not in rejected and any(venue_like(t) for t in run) and len(run) <= 5:
            facts.set(venue=clean_venue(", ".join(run)))
            return


# The meeting's own times among others on a line of the heading: 'Buffet Supper 5.30pm, AGM 6.30pm-8.00pm'.
MEETING_TIMES_RE = re.compile(rf"(?i)^(?:the\s+)?(?:AGM|EGM|(?:annual\s+|extraordinary\s+)?general\s+meeting|meeting)"
                              rf"\s*[:\-–]?\s*(?:from\s+)?(?={CLOCK})")


def _meeting_times(heading: list[Line], facts: WhenWhere, date_index: int) -> None:
    """A line of the heading listing times for several things, the meeting's named ('Exhibitor Stalls viewing from
    5.30pm-6.30pm, Buffet Supper 5.30pm, AGM 6.30pm-8.00pm'): the meeting's start and end."""
    for line in heading:
        segments = [s.strip() for s in plain(line.stripped).split(",")]
        for segment in segments if len(segments) > 1 else []:
            if MEETING_TIMES_RE.match(segment):
                facts.set(**_value_times(segment))
                return


HeadingRule = Callable[[list[Line], WhenWhere, int], None]


def _time_alone(heading: list[Line], facts: WhenWhere, date_index: int) -> None:
    """A time on a line of its own in the title block under the date ('Regular Meeting' / 'Board of Education' /
    '6:00 p.m.'): when the meeting was called."""
    for line in heading[date_index + 1:date_index + 1 + TITLE_BLOCK]:
        alone = re.fullmatch(rf"(?i)(?:at\s+)?({CLOCK})\.?", plain(line.stripped).strip())
        if alone and re.search(r"\d", alone.group(1)):
            facts.set(start=clock(alone.group(1)))
            return


def _street_date_time(heading: list[Line], facts: WhenWhere, date_index: int) -> None:
    """A line of the title block holding a street address, a date and a time in that order ('181 BUNKERTOWN RD
    MARCH 12, 2025 6PM'): where and when the meeting was held."""
    for line in heading[:TITLE_BLOCK + date_index + 1]:
        text = plain(line.stripped)
        dated = find_date(text)
        if not dated or not STREET_LINE_RE.match(text[:dated[1].start()].strip(" ,")):
            continue
        start = one_time(text[dated[1].end():])
        if start:
            facts.set(start=start, venue=clean_venue(text[:dated[1].start()]))
            return


HEADING_RULES: list[tuple[str, HeadingRule]] = [
    ("labelled fields", lambda heading, facts, _: _label_fields(heading, facts)),
    ("date line", _date_line),
    ("the meeting's times among others", _meeting_times),
    ("a time alone under the date", _time_alone),
    ("place and time under the date", _venue_time_line),
    ("place, date and time on one line", _street_date_time),
    ("lines under the title", _lines_under_title),
    ("title sentence", lambda heading, facts, _: _title_sentence(heading, facts)),
]


# A line labelling the meeting's date, as an agenda system or a repository prints it over the document it keeps
# ('> Meeting date: 2023-09-19', 'Meeting Date/Time: May 20, 2020 6:30-8:30 P.M.'): the calendar's record of the day.
MEETING_DATE_LABEL_RE = re.compile(r"(?i)^[>*\s-]*meeting\s+date(?:\s*/\s*time)?\**\s*:\**\s*(?P<value>\S.*)$")
ISO_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})\b")


def labelled_date(lines: list[Line]) -> tuple[dt.date, int] | None:
    """The date a line labels as the meeting's ('Meeting date:' and a date written year-first, 2023-09-19, or as
    a heading writes one), with the index of its line; a clerk's heading copied from an earlier meeting's
    minutes keeps that meeting's date, the calendar's label does not."""
    for index, line in enumerate(lines):
        label = MEETING_DATE_LABEL_RE.match(line.stripped)
        if not label:
            continue
        value = label.group("value")
        if iso := ISO_DATE_RE.match(value):
            try:
                return dt.date(*map(int, iso.groups())), index
            except ValueError:
                continue
        if found := find_date(value):
            return found[0], index
    return None


def read(heading: list[Line], lines: list[Line], kind: str, date_index: int) -> WhenWhere:
    """When and where: from the heading's rules in order, then (minutes) the opening and closing sentences."""
    facts = WhenWhere()
    for _name, rule in HEADING_RULES:
        rule(heading, facts, date_index)
    if kind == "minutes":
        opening_and_closing(lines, facts)
        if facts.actual_start and facts.start and facts.actual_start != facts.start:
            facts.end = None  # the heading's times were the schedule: its end is not when the meeting closed
    return facts
