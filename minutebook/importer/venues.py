"""What a place looks like where minutes print it, and how its name is written clean: a word of a venue ('Chambers',
'Hall', 'Zoom'), an address (a postcode, a ZIP code, a street word), a line opening 'Held at'; the place without what
comes around it (the day before it, how people attend, a link to the recording, how a meeting at a distance reached its
members, an article). when_where.py finds where the meeting was held; this says whether a text is a place.
"""

from __future__ import annotations

import re

from ..dates import MONTH_WORD, WEEKDAY
from .lines import plain
from .names import title_case

VENUE_WORD_RE = re.compile(
    r"(?i)\b(?:chambers?|hall|room|centre|center|house|offices?|buildings?|library|pavilion|institute|suite|"
    r"online|virtual|remote|zoom|teams|webinar|videoconference|video conference|teleconference|fieldhouse|"
    r"(?:internet\s+relay\s+)?chat|irc|skype|jitsi|telephone|conference call|bluejeans|webex|gotomeeting|hangouts|"
    r"video(?:/phone)?\s+meeting|"
    r"school|church|club|hotel|inn|arena|station|annex|annexe|plaza|cookhouse|bar|caf[eé]|restaurant)\b")
# A postcode ('G11 7HZ'), a ZIP code after a state ('CA 94303', 'Hadbury, California 94102'), or a street
# word ('57 Edgehill Rd').
ADDRESS_RE = re.compile(r"\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b|\b[A-Z]{2}\s\d{5}\b|,\s[A-Z][a-z]{3,15}\s\d{5}\b|"
                        r"(?i:\b(?:street|st|road|rd|avenue|ave|blvd|boulevard|broadway|lane|drive|way|square|"
                        r"highway|parkway|place|terrace|crescent)\b)")
# A line that is a street number and its street ('1 Dr. Ann Bell Place', '12700 Hadbury Boulevard').
STREET_LINE_RE = re.compile(r"^\d{1,5}\s[A-Z][\w.' -]{1,60}\b(?i:street|st|road|rd|avenue|ave|blvd|boulevard|lane|"
                            r"drive|way|square|highway|parkway|place|terrace|crescent)\.?$")
# A line of the heading that opens by saying where the meeting was held, no date after it: 'Held at LitB', 'Meeting held
# via Zoom' (the particulars under a title, not an item).
HELD_AT_RE = re.compile(r"(?i)^(?:(?:the\s+)?meeting\s+)?held\s+(?:at|in|via|on)\s+(?=\S)")


# A department named 'Office of ...' for what it does, printed over its papers: no place ('Office of the
# Spokesperson and Economic Information'), unless the rest of the line names one ('Office of the Clerk, Town Hall').
DEPARTMENT_RE = re.compile(r"(?i)^(?:the\s+)?office\s+of\s+")


def venue_like(text: str) -> bool:
    """A word of a venue or an address (not a department's name, 'Office of the Spokesperson')."""
    department = DEPARTMENT_RE.match(text)
    rest = text[department.end():] if department else text
    return bool(VENUE_WORD_RE.search(rest) or ADDRESS_RE.search(text))


# The meeting's day before its place on one line, apart by a dash: 'September 23 – Room 901' (the day is the date's).
DAY_BEFORE_PLACE_RE = re.compile(rf"(?i)^{WEEKDAY}{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\s*[–—-]\s*")


# How the meeting is held, labelling the address of those who attend in person: 'Hybrid meeting: 445 W. Center Street'.
ATTEND_MODE_RE = re.compile(r"(?i)\b(?:hybrid|in[- ]person)(?:\s+(?:meeting|attendance|location))?\s*:\s*")


# A link to what the meeting left behind, after its place: 'Remotely (GoToMeeting), [recording](https://...) available'.
RECORD_LINK_RE = re.compile(r"(?i),?\s+\[(?:the\s+)?(?:recording|video|audio|slides|livestream|stream|minutes|notes)\b"
                            r"[^\]]{0,40}\]\(")


# How a meeting held at a distance reached its members, before the service it used, and an article in running text
# before a place: 'the internet via a Zoom video conference', 'a private residence' (not a name's own 'A' or 'An':
# 'An Grianán', 'A Block, Civic Centre').
MEANS_RE = re.compile(r"^(?:(?i:(?:the\s+)?(?:internet|web|phone|telephone)\s+(?:via|using|through|on))\s+)?"
                      r"(?:an?\s+(?=\w))?")


def clean_venue(text: str | None) -> str | None:
    """The place as printed, without what comes around it; None for nothing."""
    if not text:
        return None
    text = re.sub(r"\s*,(?:\s*,)+\s*", ", ", re.sub(r"\s*\|\s*", ", ", text))  # 'Venue: |' / 'Council Chamber ... |':
    # a table's bars between cells
    text = re.sub(r"(?i)^\s*(?:venue|place|location)\s*,\s*", "", text)  # ('Venue |' / '|, Large Hall |': the label
    text = DAY_BEFORE_PLACE_RE.sub("", re.sub(r"\s+", " ", plain(text)).strip(" ,.-–"))
    text = re.sub(r",(?=\S)", ", ", text)
    text = re.split(r"(?i)\s+(?:due to|because of|owing to|per|pursuant to|during|after|following|"
                    r"(?:hosted|organi[sz]ed|provided|arranged|sponsored)\s+by)\s", text)[0]  # the place, not why or
    # when ('Socorro at NM Tech after the State Science Fair', 'at Mama's Pizza during lunch'), nor who gave it
    # ('teleconference hosted by Bill Stoddard (IBM)')
    text = RECORD_LINK_RE.split(text)[0]  # the place, not where its record is
    text = ATTEND_MODE_RE.sub("", text).removesuffix(" or")  # 'Hybrid meeting: 445 W. Center Street ... or' (a link)
    text = HELD_AT_RE.sub("", text)  # 'Held at the Hall' under the title: the place
    text = MEANS_RE.sub("", text)  # 'over the internet via a Zoom video conference': the conference
    return (title_case(text) if text.isupper() else text)[:200] or None
