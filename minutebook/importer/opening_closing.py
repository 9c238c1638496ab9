"""When minutes say the meeting opened and closed: the first 'called to order at 7:02 p.m.' (with the place the
sentence names, where the heading named none: '... to order at 5:48 p.m. in the Council Chambers') and the last
'the meeting closed at 8:15', 'A motioned to adjourn meeting at 11:11 am'. when_where.py reads the heading's times
first; these are what happened.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clock_times import CLOCK, clock
from .lines import Line, plain
from .venues import VENUE_WORD_RE, clean_venue

if TYPE_CHECKING:
    from .when_where import WhenWhere

# 'on February 19, 2020' / 'on Monday, 3 May': the date an opening sentence gives between 'to order' and the time
ON_DATE = r"(?:\w+day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|" \
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}),?(?:\s+\d{4})?,?"
START_RES = [re.compile(rf"(?i)\b(?:called\s+(?:the\s+(?:[a-z-]{{3,12}}\s+){{0,2}}meeting\s+)?to\s+order|"
                        rf"opened\s+the\s+meeting|started\s+the\s+meeting|declared\s+the\s+meeting\s+open(?:ed)?|"
                        rf"(?:meeting|session)\s+(?:was\s+)?(?:opened|commenced|started|began|convened)|"
                        rf"met\s+in\s+(?:[a-z]+\s+){{0,2}}session)"  # 'The Board met in regular session at 9:00 a.m.'
                        rf"(?:\s+by\s+[^.;]{{1,60}}?)?(?:\s+on\s+{ON_DATE})?\s{{0,3}}(?:at|@)\s{{0,3}}(?P<clock>{CLOCK}|\d{{4}})"),
             re.compile(rf"(?i)^\s*(?:time\s+(?:of\s+)?)?(?:call(?:ed)?\s+to\s+order|start\s+time|"  # ('Time Called to
                        rf"meeting\s+(?:opened|commenced|started|began))"  # Order: 6:12 pm', a form's label)
                        rf"\s*[:\-–]?\s*"
                        rf"(?:at\s+)?(?P<clock>{CLOCK})"),
             # the first item, titled for the opening with its time: '1. Open Worship in Silence at 11:30am',
             # '1. Call to Order at 7:00 pm'
             re.compile(rf"(?i)^\s*1[.)]\s+(?:call(?:ed)?\s+to\s+order|open(?:ing)?)\b[^.;]{{0,40}}?\s+at\s+"
                        rf"(?P<clock>{CLOCK})\s*\.?$"),
             # 'The meeting took place virtually, via Google Hangouts, at 5:00pm (Lausanne time) on ...': the means or
             # place before the time
             re.compile(rf"(?i)\b(?:meeting|session)\s+took\s+place\s+(?:[a-z]+,?\s+)?(?:via|in|at)\s+(?:the\s+)?"
                        rf"(?P<venue>[^\d.;,]{{2,80}}?),?\s+(?:at|@)\s{{0,3}}(?P<clock>{CLOCK})"),
             # the place before the time: 'The meeting was called to order at the River Grove Elementary School
             # library at 7:00 p.m.' (a place with a word that names one, VENUE_WORD_RE)
             re.compile(rf"(?i)\bcalled\s+to\s+order\s+(?:at|in)\s+(?:the\s+)?(?P<venue>[^\d.;,]{{3,80}}?)\s+"
                        rf"(?:at|@)\s{{0,3}}(?P<clock>{CLOCK})")]
END_RES = [re.compile(rf"(?i)\b(?:meeting|session|agm|apm|it)\s+(?:was\s+|were\s+)?(?:formally\s+|then\s+)?"
                      rf"(?:closed|ended|finished|concluded|terminated|adjourned|closed\s+the\s+meeting)\s{{0,3}}"
                      rf"(?:with\s+(?:[\w'’-]+\s+){{1,4}}?)?(?:at|@)\s{{0,3}}({CLOCK}|\d{{4}})"),  # ('Meeting closed
           # with celebratory silence at 1:23pm')
           re.compile(rf"(?i)\b(?:(?:closed|adjourned|ended|concluded)\s+the\s+(?:[\w()'’-]+\s+){{0,5}}?meeting|"
                      rf"adjourn(?:ed)?(?:\s+(?:the\s+)?meeting)?)\s+at\s+(?:approximately\s+|about\s+)?"
                      rf"({CLOCK})"),  # '... to adjourn the meeting at 7:25
           # pm', 'a motion to adjourn at 8', 'A motioned to adjourn meeting at 11:11 am', 'Nat concluded the FAPI
           # Working Group meeting at 9:50AM CST.'
           # 'At 9:08 p.m., there being no further business, the regular meeting was adjourned.', 'At 4:35 pm Pacific
           # Time, Director Moore adjourned the public session.'
           re.compile(rf"(?i)\bat\s+({CLOCK}),?\s+[^.;]{{0,100}}?\b(?:(?:meeting|session)\s+(?:was\s+)?(?:adjourned|"
                      r"closed|ended)|(?:adjourned|closed|ended)\s+the\s+(?:[\w'’-]+\s+){0,3}(?:meeting|session))\b"),
           re.compile(rf"(?i)^\s*(?:time\s+)?(?:meeting\s+)?(?:closed|adjourned|ended|close of meeting|end\s+time)"
                      rf"\s*[:\-–]?\s*"
                      rf"(?:at\s*:?\s*)?({CLOCK})\b")]  # ('Meeting adjourned at: 5pm Eastern')
# the place after the time in an opening sentence, to its end: ' in the Council Chambers, City Hall, ... .', ' on
# August 19, 2019 at the Town Hall.', ' by Mayor Smith in the Council Chambers.', ' on October 19, 2020 via
# teleconference.' (a meeting held by telephone or video: the means is its place, as 'held via Microsoft Teams' is)
OPENING_PLACE_RE = re.compile(rf"\s{{0,3}},?(?:\s+on\s+{ON_DATE})?(?:\s+by\s+[^.;,]{{1,60}}?)?\s{{0,3}}"
                              r"(?:(?:in|at)\s+(?:the\s+)?(?=[A-Z])|via\s+(?=\w))"
                              r"(?P<venue>[^;]{2,200}?)(?:\.(?:\s|$)|;|,?\s+with\s+(?:the\b|\d{1,4}\s+[a-z]+\s+"
                              r"(?:present|in\s+attendance))|$)")  # (', with the following members present: ...', '
# with 14 persons in attendance' go on to who attended)


def opening_and_closing(lines: list[Line], facts: WhenWhere) -> None:
    """The first 'called to order at' and the last 'the meeting closed at' in the minutes' text; the place the
    opening sentence names where the heading named none ('... to order at 5:48 p.m. in the Council Chambers,')."""
    for n, line in enumerate(lines):
        text = plain(line.stripped)
        if facts.actual_start is None:
            following = plain(lines[n + 1].stripped) if n + 1 < len(lines) else ""  # '... called to order by Chair
            wrapped = f"{text} {following}" if re.search(r"(?i)\b(?:at|@)$", text) else text  # A at' / '6:30 p.m.'
            match = next((m for p in START_RES if (m := p.search(wrapped))
                          and (not (before := m.groupdict().get("venue")) or VENUE_WORD_RE.search(before))), None)
            if match:
                facts.actual_start = clock(match.group("clock"), facts.start)
                rest = n + 2 if wrapped != text else n + 1  # the lines after those the match read
                sentence = " ".join([wrapped[match.end():], *(plain(other.stripped) for other in lines[rest:rest + 2])])
                place = match if match.groupdict().get("venue") else OPENING_PLACE_RE.match(sentence)  # the place
                # told before the time, else after it
                if place and VENUE_WORD_RE.search(place.group("venue")):
                    facts.set(venue=clean_venue(place.group("venue")))
        match = next((m for p in END_RES if (m := p.search(text))), None)
        if match and (found := clock(match.group(1), facts.actual_start or facts.start or "12:00")):
            facts.actual_end = found
