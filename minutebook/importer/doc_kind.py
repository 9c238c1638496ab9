"""Whether a document is minutes or an agenda, by what its heading announces ('Minutes', 'Notice of Meeting', 'to be
held'), and, where a heading says 'Agenda' over the record of what happened, by what is written below it: named
seconders, results on lines of their own, 'the meeting was adjourned at'. recognise.py weighs these with the file name.
"""

from __future__ import annotations

import re

from .lines import Line, first_below
from .names import looks_like_name

# What kind of document a heading announces, in the order the kinds are tried on one line.
KIND_RES: list[tuple[str, re.Pattern]] = [
    ("minutes", re.compile(r"(?i)\b(?:minutes?|cofnodion|proceedings|record of (?:the )?decisions?|decision notice|"
                           r"journal of proceedings|meeting notes|notes (?:of|from) (?:the )?(?:[\w-]+ ){0,3}"
                           r"meeting)\b|^notes\s*:")),  # a meeting's notes: 'Notes: September 2017 X Group Meeting'
    ("agenda", re.compile(r"(?i)\b(?:agenda|summons|summoned|notice of (?:a |the )?(?:\w+ )?meeting|"
                          r"(?:will|shall) (?:be held|hold|meet)|to be held|hereby (?:given|summoned))\b")),
]
# The minutes' sentence opening the meeting: 'Chair A called the monthly meeting to order on ...', 'The regular
# meeting was called to order at 7 pm' (an agenda's 'Call to Order' is a heading).
CALLED_TO_ORDER = r"\bcalled\s+the\s+(?:[a-z-]+\s+){0,3}meeting\s+to\s+order\b|\bmeeting\s+was\s+called\s+to\s+order\b"
CALLED_TO_ORDER_RE = re.compile(f"(?i){CALLED_TO_ORDER}")
# What a document's text says it is when its top says nothing: minutes record what happened.
MINUTES_TEXT_RE = re.compile(rf"(?im)\b(?:resolved|seconded|carried|motion passed|approved|was held)\b|"
                             # what was done, told after: 'Apologies were received from A', 'The Minutes ... were
                             # accepted unanimously', 'B was re-elected' (an agenda says what is to be done)
                             r"\b(?:were|was)\s+(?:unanimously\s+)?(?:accepted|received|elected|re-elected|agreed|"
                             r"noted|adopted)\b|"
                             rf"{CALLED_TO_ORDER}|"
                             r"^\s{0,8}(?:present|attendees|in attendance|members present)\s{0,3}:|"
                             # who attended, as a heading or a label with words after it: 'Attendance', '##
                             # Attendees', 'Present board members:'
                             r"^\s{0,8}(?:#{1,6}\s*)?(?:present|attendees|attendance|in attendance)"
                             r"(?:\s{0,3}$|(?:\s+[a-z]+){1,2}\s{0,3}:)|"
                             # ... or whose attendance, then 'present', alone on its line: 'Trustees Present'
                             r"^\s{0,8}(?:#{1,6}\s*)?(?:[a-z]+\s+){1,2}present\s{0,3}:?\s{0,3}$")
# A line of the notes giving who said what: 'Daniel King: [draft-x] Will be posting it soon.' (a person's name, a
# colon, what they said); an agenda, written before anyone spoke, has none.
SPEAKER_RE = re.compile(r"(?m)^\s{0,8}(?P<who>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2}):\s+\S")
SPEAKERS = 3  # lines naming a speaker, at least, by two people or more, to be notes of what was said


def minutes_text(text: str) -> bool:
    """The text of a document whose top says neither: minutes where it records what happened or who said what."""
    if MINUTES_TEXT_RE.search(text):
        return True
    spoken = [m.group("who") for m in SPEAKER_RE.finditer(text) if looks_like_name(m.group("who"))]
    return len(spoken) >= SPEAKERS and len(set(spoken)) >= 2


# The label that files a paper under a later meeting's agenda ('AGENDA ITEM III.1.a', 'Agenda Item No. 5'), printed
# over the minutes it approves: it says where the paper was taken, not what it is.
AGENDA_ITEM_LABEL_RE = re.compile(r"(?i)agenda\s+item\s+(?:no\.?\s*|#\s*)?[\w.-]{1,12}")


def kind_of(text: str) -> str | None:
    text = re.sub(r"\S{0,20}://\S{1,300}", " ", text)  # 'https://...?Agenda=PostMinutes' is an address, not a title
    if AGENDA_ITEM_LABEL_RE.fullmatch(text.strip()):
        return None
    return next((kind for kind, pattern in KIND_RES if pattern.search(text)), None)


# A line that says the document is minutes, alone with its state: 'MINUTES - Unapproved', 'Draft Minutes' ('Agenda'
# alone may open the order of business inside minutes)
KIND_ALONE_RE = re.compile(r"(?i)^(?:(?:draft|unapproved|approved|official|adopted|final)\s+)?(?P<kind>minutes)"
                           r"(?:\s*[-–:(]\s*(?:draft|unapproved|approved|official|adopted|final)\)?)?$")


# ... or a heading that says only that the meeting's notes follow ('## Agenda' / a table / '## Notes'): the record.
NOTES_ALONE_RE = re.compile(r"(?i)^(?:meeting\s+)?notes$")


# A line naming who seconded a motion: 'Seconded by: Dave Hayward', 'Seconded: Robert Boucher' (an agenda leaves it
# blank or never prints it).
SECONDED_NAMED_RE = re.compile(r"^\W{0,3}(?i:seconded(?:\s+by)?)\s*:?\s+(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+\W?$")
# ... or how a motion went, a line of its own: 'Unanimously approved.', 'Motion carried', 'Approved, with discussion of
# this as a temporary position.', a proposal's 'Accepted.' (an agenda has nothing yet to tell).
RESULT_LINE_RE = re.compile(r"(?i)^\W{0,3}(?:(?:unanimously|(?:the\s+)?motion)\s+)?(?:approved|carried|passed|adopted|"
                            r"accepted)"
                            r"(?:\s+unanimously)?\b(?:,[^.]{0,80})?\.?$")
FILLED_IN = 2  # named seconders (or results) that show an agenda written up as the meeting went
# ... or what the meeting did, told after it: 'The meeting was actually adjourned at 11:10am', 'the above resolution
# passed', 'By general consent, this resolution was tabled' (an agenda headed 'Agenda' and kept as the record).
RECORDED_RE = re.compile(r"(?i)\bmeeting\s+was\s+(?:actually\s+|duly\s+)?(?:adjourned|called\s+to\s+order)\s+at\b|"
                         # 'Quorum present at 14:07 UTC.', 'A Bell chaired this teleconference.'
                         r"\bquorum\s+(?:was\s+)?(?:present|declared|established)\s+at\b|"
                         r"\bchaired\s+(?:this|the)\s+(?:meeting|teleconference|call|session)\b|"
                         r"\b(?:resolution|motion)\s+(?:passed|carried|was\s+(?:passed|carried|adopted|tabled|"
                         r"defeated|withdrawn))\b|\bby\s+(?:unanimous\s+vote|general\s+consent)\b")


def minutes_below(lines: list[Line], start: int, top: int) -> bool:
    """Minutes that open with their own agenda ('# Agenda' / '1. ...' / '# Minutes' / '## Attendees'): a heading the
    file marks, 'Minutes' or 'Notes' alone, close under the top; or an agenda filled in as the meeting went, who
    seconded each motion written under it ('Moved by: A' / 'Seconded by: B') or how it went ('Unanimously
    approved.')."""
    if any(line.heading and (KIND_ALONE_RE.match(line.stripped) or NOTES_ALONE_RE.match(line.stripped))
           for line in lines[start:start + top]):
        return True
    below = lines[start:start + 2000]
    if any(minutes_title_over_items(below, n) for n, line in enumerate(below[:TITLED_WITHIN]) if line.heading):
        return True
    return sum(bool(SECONDED_NAMED_RE.match(line.stripped)) for line in below) >= FILLED_IN \
        or sum(bool(RESULT_LINE_RE.match(line.stripped)) for line in below) >= FILLED_IN \
        or sum(bool(RECORDED_RE.search(line.stripped)) for line in below) >= FILLED_IN


TITLED_WITHIN = 400  # lines from the top in which the minutes' own title may follow the agenda written before them


def minutes_title_over_items(lines: list[Line], index: int) -> bool:
    """A heading 'Minutes' or 'Meeting Notes' straight over a deeper heading or a line in bold ('## Meeting Notes' /
    '### Attendees', '## Minutes' / '### Previous AGM Minutes'): the minutes' own title after the agenda and setup the
    file opens with, not the item approving the last minutes."""
    text = lines[index].stripped.rstrip(":")
    below = first_below(lines, index)
    return bool(KIND_ALONE_RE.match(text) or NOTES_ALONE_RE.match(text)) and below is not None and below.heading \
        and lines[index].level > 0 and (below.level > lines[index].level or below.level == 0)


def before_the_minutes(lines: list[Line], index: int) -> bool:
    """A heading above the minutes' own title ('## Registration', '## Logistics' of the agenda written first, then
    '## Meeting Notes' over '### Attendees' and the topics): the agenda's or the setup's, no item of the minutes."""
    return index < _last_minutes_title(lines)


_titled: tuple[list[Line], int] | None = None  # the lines last asked about, and their last minutes' title


def _last_minutes_title(lines: list[Line]) -> int:
    """The index of the last heading titling the minutes over their items (-1 for none), found once for a part's
    lines however many of its headings ask."""
    global _titled
    if _titled is None or _titled[0] is not lines:
        found = [j for j, line in enumerate(lines) if line.heading and minutes_title_over_items(lines, j)]
        _titled = (lines, found[-1] if found else -1)
    return _titled[1]
