"""Where a document inside a pack starts: a table of heading rules, tried in order, first match wins.

Each rule reads a heading as printed ('CORPORATE PARENTING PANEL MINUTES' / '28 June 2017', 'Finance Committee Meeting
Minutes' / its date, 'AGENDA ITEM VII-1.1' over a meeting's paper) and says what starts there: agenda, minutes,
report, attachment or cover, with what the heading names (body, type, title). `parts.split_parts` cuts at them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..dates import find_date
from . import bodynames
from .bodynames import BODY_WORD_RE, MEETING_BODY_RE
from .lines import OPEN_END_RE, Line
from .names import title_case

NEXT_MEETING_RE = re.compile(r"(?i)\bnext\s+meeting\b")  # a line about the next meeting: never where this one starts

BODY_WORDS = r"(?:BOARD|COMMITTEE|SUB-COMMITTEE|PANEL|COUNCIL|CABINET|GROUP|PARTNERSHIP|FORUM|EXECUTIVE|ASSEMBLY)"
MAX_BODY = 120  # a longer 'body name' is a run of text, never a heading (and would not fit in a file name)
MEETING_TYPES = ("annual", "extraordinary", "budget", "special", "ordinary")

Start = tuple[str, dict]  # (kind, attributes for Part)
StartRule = Callable[[list[Line], int], "Start | None"]


def next_texts(lines: list[Line], index: int, count: int) -> list[tuple[int, str]]:
    """The next `count` non-blank lines after `index`, with their indexes."""
    found = []
    for j in range(index + 1, len(lines)):
        if not lines[j].blank:
            found.append((j, lines[j].stripped))
            if len(found) == count:
                break
    return found


def date_only(text: str) -> dt.date | None:
    """A date on a line with little else: '29 OCTOBER 2012', '(13 JULY 2017)', '18 th December 2012'."""
    found = find_date(text)
    if found is None:
        return None
    rest = (text[:found[1].start()] + text[found[1].end():]).strip(" ()*,.")
    return found[0] if len(rest) <= 3 else None


def body_name(text: str) -> str:
    return _body_and_authority(text)[0]


def _body_and_authority(text: str) -> tuple[str, str | None]:
    """The body a heading names, and the authority it names the body with ('Environment Committee of Glenmore
    District Council': the committee, and the council), as printed."""
    text = re.sub(r"(?i)\b(meeting|summons and|summons)\b", " ", text)
    text = re.sub(r"(?i)^\s*(?:the\s+)?(?:annual|extraordinary|special|ordinary|regular|budget)\s+"
                  r"(?=\w+\s|(?:council|board)\s*$)", "", text)  # 'Ordinary Council': a kind of meeting of the Council
    text = re.sub(r"(?i)^\s*of\s+(?:the\s+)?(?=\w)", "", text)  # 'ORDINARY MEETING OF COUNCIL': the Council
    text = bodynames.MONTH_YEAR_RE.sub(" ", text)  # 'OCTOBER, 2008 PLANNING COMMISSION MINUTES': the month it met
    body, authority = bodynames.split_authority(re.sub(r"\s+", " ", text).strip(" -:*"))
    return title_case(body), authority


def _report_front_sheet(lines: list[Line], i: int) -> Start | None:
    match = re.match(r"(?i)^report\s+(?:for|to)\s*:\s*(.*)$|^report\s+for\s+(.*)$", lines[i].stripped)
    if not match:
        return None
    body = (match.group(1) or match.group(2) or "").strip()
    following = next_texts(lines, i, 1)
    if following and following[0][0] == i + 1 and ":" not in following[0][1]:
        body = f"{body} {following[0][1]}"
    return "report", {"body": body_name(body) if body else None}


def _minutes_heading(lines: list[Line], i: int) -> Start | None:
    """'CORPORATE PARENTING PANEL MINUTES', 'COUNCIL (ANNUAL) MINUTES', 'COUNCIL EXTRAORDINARY MINUTES', 'X REGULAR
    MEETING MINUTES'."""
    text = " ".join(lines[i].stripped.split())  # one space between words: the pattern stays linear on layout runs
    if not text.endswith("MINUTES"):
        return None
    match = re.match(r"^(.+?)\s*(?:\(?\s*(ANNUAL|EXTRAORDINARY|BUDGET|SPECIAL|REGULAR)\s*\)?)?(?:\s+MEETING)?"
                     r"\s+MINUTES$", text)  # 'BOARD OF EDUCATION REGULAR MEETING MINUTES'
    if not match or match.group(1) != match.group(1).upper():
        return None
    following = next_texts(lines, i, 2)
    if not any(date_only(t) for _, t in following):
        return None
    meeting_type = (match.group(2) or "").lower() or None
    body = match.group(1)
    if text.endswith("MEETING MINUTES") and MEETING_BODY_RE.search(f"{body} MEETING"):  # 'ANNUAL TOWN MEETING
        opening = re.match(r"(ANNUAL|SPECIAL|EXTRAORDINARY)\s", body)  # MINUTES': the meeting is the body, a town's
        return "minutes", {"body": bodynames.body_name(f"{body} MEETING"),  # or a parish's, or its members'
                           "meeting_type": meeting_type or (opening.group(1).lower() if opening else None)}
    kind = re.fullmatch(r"(?P<kind>ANNUAL|EXTRAORDINARY|BUDGET|SPECIAL|REGULAR|ORDINARY)(?:\s+SESSION)?|MEETING", body)
    if kind:  # 'COUNTY LEGISLATURE' over 'REGULAR MEETING MINUTES' or 'REGULAR SESSION MINUTES' or 'MEETING MINUTES':
        # the body is a line above (the nearest naming one, within three: 'BOARD OF COUNTY COMMISSIONERS' / 'MADISON
        # COUNTY, IOWA'), the heading says only what kind of meeting it was, if that
        above = next((printed for line in reversed(lines[max(0, i - 3):i])  # (as printed: a watermark's word, which the
                      if (printed := re.sub(r"[*_]", "", line.raw).strip()) and printed == printed.upper()
                      and BODY_WORD_RE.search(printed) and body_name(printed)), "")  # cleaned text leaves out)
        if not above:
            return None
        body, meeting_type = above, (kind.group("kind") or "").lower() or None
    return "minutes", {"body": body_name(body), "meeting_type": meeting_type}


def _body_then_minutes(lines: list[Line], i: int) -> Start | None:
    """'PENSION FUND COMMITTEE' / 'MINUTES' / '28 JUNE 2017'."""
    text = lines[i].stripped
    if text != text.upper() or not re.search(BODY_WORDS, text) or find_date(text):
        return None
    following = next_texts(lines, i, 2)
    if len(following) == 2 and following[0][1] == "MINUTES" and date_only(following[1][1]):
        return "minutes", {"body": body_name(text)}
    return None


def _minutes_of_meeting_held(lines: list[Line], i: int) -> Start | None:
    """'HARROW PARTNERSHIP BOARD' / 'Minutes of the meeting held on Wednesday 13 March 2013'."""
    text = lines[i].stripped
    if text != text.upper() or not re.search(BODY_WORDS, text) or find_date(text):
        return None
    following = next_texts(lines, i, 1)
    if following and re.match(r"(?i)^(minutes|record of decisions)\b.*\bheld\b", following[0][1]):
        named = _moderngov_minutes(lines, following[0][0])  # 'TOWN COUNCIL' / 'Minutes of the X Committee ...'
        return "minutes", named[1] if named else {"body": body_name(text)}
    return None


def _labelled_header(lines: list[Line], i: int) -> Start | None:
    """'Licensing and Regulatory Committee' then 'Date: Thursday 14 July 2022' and 'Time: 6.30 pm': an agenda, or
    what the heading says it is ('Council Minutes')."""
    text = lines[i].stripped
    if ":" in text or find_date(text) or len(text.split()) > 10 or not re.search(BODY_WORDS, text, re.I):
        return None
    following = next_texts(lines, i, 5)
    if following and following[0][1] == "AGENDA":  # 'X COMMITTEE' / 'AGENDA' / 'Date: ...'
        following = following[1:]
    if not following or not re.match(r"(?i)^date\s*:\s*\S", following[0][1]) or not find_date(following[0][1]):
        return None
    if not any(re.match(r"(?i)^(time|place|venue|location)\s*:", t) for _, t in following[1:]):
        return None
    said = re.search(r"(?i)\s*\b(minutes|agenda)\b\s*", text)  # 'Council Minutes' / 'Date: ...': the heading says
    if said and text[:said.start()].strip():
        return said.group(1).lower(), {"body": body_name(text[:said.start()] + " " + text[said.end():])}
    return "agenda", {"body": body_name(text)}


def _body_date_record(lines: list[Line], i: int) -> Start | None:
    """'CABINET' / '13 JULY 2017' / 'Record of decisions taken at the meeting held on ...'."""
    text = lines[i].stripped
    if text != text.upper() or not re.search(BODY_WORDS, text) or find_date(text):
        return None
    following = next_texts(lines, i, 2)
    if (len(following) == 2 and following[0][0] > i + 1 and date_only(following[0][1])
            and re.match(r"(?i)^(minutes|record of decisions)\b", following[1][1])):
        return "minutes", {"body": body_name(text)}
    return None


MINUTES_OF_RE = re.compile(
    r"(?i)^minutes? of (?:(?:the )?proceedings (?:of|at) )?(?:a |an |the )?(?:(?P<type>\w+) )?meeting of (?:the )?"
    r"(?P<body>.+?)(?: held\b.*)?$"
    rf"|^minutes of (?:a |an |the )?(?P<named>[\w,'’& -]*?\b{BODY_WORDS}) meeting(?: held\b.*)?$")


# The minutes named above approved, told on the next line: 'RESOLVED – The minutes were approved and signed by the
# Chair.', 'The minutes were confirmed as a correct record.'
APPROVED_BELOW_RE = re.compile(r"(?i)\b(?:the\s+)?minutes\s+(?:were|be|was|are)\s+(?:\w+\s+){0,2}(?:approved|confirmed|"
                               r"adopted|signed|accepted|agreed)\b")


# ... or on the same line, the line a sentence about them: 'Minutes of the Regional Council Meeting held on 28 January
# 2015, a copy having been circulated prior to the meeting, were taken as read and confirmed as a true record'
TOLD_APPROVED_RE = re.compile(r"(?i)\b(?:were|was|be|are)\s+(?:taken\s+as\s+read\s+and\s+)?(?:approved|confirmed|"
                              r"adopted|signed|accepted|agreed|received|noted)\b")


def _moderngov_minutes(lines: list[Line], i: int) -> Start | None:
    """'Minutes of a meeting of the Planning Committee held in the Council Chamber ... on 9 March 2022',
    'MINUTE of MEETING of the X COMMITTEE held ...', 'Minutes of the X Committee Meeting held on ...';
    'the Extraordinary Meeting of' gives the meeting's type."""
    line, following = lines[i].stripped, next_texts(lines, i, 1)
    match = MINUTES_OF_RE.match(line)
    if match and following and following[0][0] == i + 1 and re.search(r"(?i)\b(?:of|of the|and|&)$", line):
        line = f"{line} {following[0][1]}"  # 'MINUTES OF MEETING OF THE PLANNING COMMITTEE OF' / 'HADBURY COUNCIL
        # HELD ON ...': the body's name goes on over the line's end
        match, following = MINUTES_OF_RE.match(line), next_texts(lines, i + 1, 1)
    if not match or re.match(r"(?i)(?:the\s+)?(?:above|said|aforesaid|previous|last|prior)\b",
                             match.group("body") or match.group("named") or "") \
            or bodynames.VERB_IN_NAME_RE.search(match.group("body") or match.group("named")):
        return None  # 'a meeting of the above Council': the title above names it (recognise.py); 'Minutes of the PCC
        # Meeting of 28th April 2019 previously circulated were approved.': a sentence about other minutes, as 'Minutes
        # of the previous Board Meeting held 21 July 2022 were tabled and noted.' is
    if following and APPROVED_BELOW_RE.search(following[0][1]) or TOLD_APPROVED_RE.search(line):
        return None  # '... Meeting held at X on 1 March 2017.' / 'RESOLVED – The minutes were approved and signed by
        # the Chair.': the item approving an earlier meeting's minutes, titled by them
    kind = (match.group("type") or "").lower()
    named = re.match(r"(?i)(annual|extraordinary|special|budget)\s", match.group("named") or "")
    kind = kind or (named.group(1).lower() if named else "")  # 'Minutes of the Annual Parish Council Meeting'
    body, authority = _body_and_authority(_before_date(match.group("body") or match.group("named")))
    below = re.match(r"(?i)^of\s+(?:the\s+)?(?P<tail>.+)$", following[0][1]) if following and not authority else None
    authority = title_case(below.group("tail")) if below else authority  # 'BOARD OF DIRECTORS' / 'OF THE SIERRA
    # VALLEY WATER DISTRICT': the title goes on to name the authority on its next line
    found = {"authority": title_case(authority)} if authority and bodynames.is_authority(authority) else {}
    return "minutes", {"body": body, "meeting_type": kind if kind in MEETING_TYPES else None, **found}


def _before_date(body: str) -> str:
    """A body's name up to a date printed after it: 'Municipal Building Authority of Ogden City, Utah, April 23, 2024
    Page' (a running header, its page number gone) -> 'Municipal Building Authority of Ogden City, Utah'."""
    dated = find_date(body)
    return re.sub(r"[\s,;–-]+(?:(?i:on|of|dated)\s*)?$", "", body[:dated[1].start()]) if dated and dated[1].start() \
        else body


def _title_then_body(lines: list[Line], i: int) -> Start | None:
    """'RECORD OF DECISIONS' / 'CABINET' / 'Tuesday, 7 February 2023 at 10.00 am': the document's kind first."""
    if not re.fullmatch(r"(?:MINUTES|RECORD OF (?:THE )?DECISIONS|DECISION NOTICE|DECISIONS)", lines[i].stripped):
        return None
    following = next_texts(lines, i, 2)
    if len(following) < 2:
        return None
    body = following[0][1]
    if body != body.upper() or not re.search(BODY_WORDS, body) or find_date(body) or not find_date(following[1][1]):
        return None
    if re.search(r"\b(?:MINUTES|AGENDA|REPORT)\b", body) or any(line.boundary for line in lines[i:following[0][0]]):
        return None  # 'MINUTES' closing a cover sheet, then a blank page and the next document's own heading
    return "minutes", {"body": body_name(body)}


def _agenda_heading(lines: list[Line], i: int) -> Start | None:
    """'Council SUMMONS AND AGENDA', 'Corporate Parenting Panel AGENDA', 'X MEETING' + date + 'AGENDA'."""
    text = lines[i].stripped
    if i > 0 and not lines[i - 1].blank and OPEN_END_RE.search(lines[i - 1].stripped):
        return None  # ('5. PUBLIC PARTICIPATION ... WITHIN THE' / 'BOARD'S JURISDICTION ... ON TODAY'S AGENDA': a
        # title going on from the line above, not an agenda's own heading)
    match = re.match(r"^(.+?)\s+(?:SUMMONS AND )?AGENDA$", text)
    if (match and not re.search(r"(?i)\bpart\b|^agenda", text) and "-" not in match.group(1)[-2:]
            and re.search(BODY_WORDS, match.group(1), re.I) and not re.match(r"[\dIVXL]{1,4}[.)]?\s", text)):
        return "agenda", {"body": body_name(match.group(1))}  # not 'CONSENT AGENDA', '12. ITEMS FOR FUTURE AGENDA'
    match = re.match(r"^(.+?)\s+MEETING$", text)
    if match and text == text.upper():
        following = next_texts(lines, i, 4)
        if following and find_date(following[0][1]) and any(t == "AGENDA" for _, t in following):
            return "agenda", {"body": body_name(match.group(1))}
    return None


def _report_with_title(lines: list[Line], i: int) -> Start | None:
    """'HARROW STRATEGIC PARTNERSHIP BOARD' / title / '13th March 2013' / 'Introduction'."""
    text = lines[i].stripped
    if text != text.upper() or not re.search(BODY_WORDS, text) or find_date(text):
        return None
    following = next_texts(lines, i, 3)
    if (len(following) == 3 and not find_date(following[0][1]) and date_only(following[1][1])
            and re.match(r"(?i)^(introduction|summary|purpose|background)\b", following[2][1])):
        return "report", {"body": body_name(text), "title": following[0][1], "date": date_only(following[1][1])}
    return None


def _cover_sheet(lines: list[Line], i: int) -> Start | None:
    """'COUNCIL' / '28 SEPTEMBER 2017' (no blank between), then what the next pages are."""
    text = lines[i].stripped
    if text != text.upper() or not re.search(BODY_WORDS, text) or len(text.split()) > 8:
        return None
    if date_only(text) is None and find_date(text) is not None:
        return None
    same_line = find_date(text)
    following = next_texts(lines, i, 1)
    if same_line or (following and following[0][0] == i + 1 and date_only(following[0][1])):
        return "cover", {"body": body_name(text[:same_line[1].start()] if same_line else text)}
    return None


MEETING_HEADING_RE = re.compile(rf"(?i)^(?P<body>.{{3,80}}?\b{BODY_WORDS})\s+meeting(?:\s+(?P<kind>minutes))?$")
DRAFT_RE = re.compile(r"(?i)^draft(?:\s+minutes)?$")


def _meeting_then_date(lines: list[Line], i: int) -> Start | None:
    """'Finance Committee Meeting Minutes' / 'San Juan Water District' / 'December 11, 2018': a body's meeting over its
    date alone (its authority between them or not), minutes where the heading says so or the line above it is
    'DRAFT' (a committee's draft minutes attached to a board's)."""
    match = MEETING_HEADING_RE.match(lines[i].stripped)
    if not match:
        return None
    above = next((printed for line in reversed(lines[max(0, i - 3):i])  # (as printed: a watermark's word, which the
                  if (printed := re.sub(r"[*_]", "", line.raw).strip())), "")  # cleaned text leaves out)
    if not match.group("kind") and not DRAFT_RE.match(above):
        return None
    following = next_texts(lines, i, 2)
    dated = next((n for n, (_, text) in enumerate(following) if date_only(text)), None)
    if dated is None or any(find_date(text) for _, text in following[:dated]):
        return None
    return "minutes", {"body": body_name(match.group("body"))}


# A meeting's paper labelled with the agenda item it belongs to, at the head of a page: 'AGENDA ITEM VI-1',
# 'Agenda Item 7.1'.
PAPER_LABEL_RE = re.compile(r"(?i)^agenda\s+item\s+[IVXLC\d]{1,6}(?:[-.][\w]{1,4}){0,3}$")
PAPER_AFTER = 5  # lines with text: a label among a file's first lines labels the whole file, not a paper in it


def _paper_label(lines: list[Line], i: int) -> Start | None:
    """'AGENDA ITEM VII-1.1' / 'STAFF REPORT' after a board's minutes: the meeting's papers follow (an attachment),
    whose numbered lines are none of the minutes' items."""
    if not PAPER_LABEL_RE.match(lines[i].stripped) or sum(not line.blank for line in lines[:i]) < PAPER_AFTER:
        return None
    return "attachment", {"title": lines[i].stripped}


START_RULES: list[tuple[str, StartRule]] = [
    ("report-front-sheet", _report_front_sheet),
    ("minutes-heading", _minutes_heading),
    ("body-then-minutes", _body_then_minutes),
    ("minutes-of-meeting-held", _minutes_of_meeting_held),
    ("meeting-then-date", _meeting_then_date),
    ("paper-label", _paper_label),
    ("body-date-record", _body_date_record),
    ("moderngov-minutes", _moderngov_minutes),
    ("title-then-body", _title_then_body),
    ("agenda-heading", _agenda_heading),
    ("labelled-header", _labelled_header),
    ("report-with-title", _report_with_title),
    ("cover-sheet", _cover_sheet),
]


MAX_HEADING = 200  # characters: a heading is short; a longer line (a layout run) is never tried as one


def find_start(lines: list[Line], i: int) -> Start | None:
    if lines[i].blank or len(lines[i].stripped) > MAX_HEADING:
        return None
    for name, rule in START_RULES:
        found = rule(lines, i)
        if found and len(found[1].get("body") or "") <= MAX_BODY:
            return found[0], {**found[1], "why": f"heading rule '{name}' (line {lines[i].number})"}
    return None
