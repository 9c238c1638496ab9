"""Stage 2: a pack cut into its parts - the agenda it summons, each set of minutes, each report.

Part starts are found by a table of rules, tried in order; text before the first recognised start is
kept as an 'unknown' part so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..dates import find_date, parse_date
from .lines import Line
from .names import title_case
from .recognise import Recognised, header, recognise

BODY_WORDS = r"(?:BOARD|COMMITTEE|SUB-COMMITTEE|PANEL|COUNCIL|CABINET|GROUP|PARTNERSHIP|FORUM|EXECUTIVE|ASSEMBLY)"
MAX_BODY = 120  # a longer 'body name' is a run of text, never a heading (and would not fit in a file name)
MEETING_TYPES = ("annual", "extraordinary", "budget", "special", "ordinary")


@dataclass
class Part:
    """A contiguous run of lines that is one document: kind is agenda, minutes, report, cover or unknown."""

    kind: str
    lines: list[Line]
    body: str | None = None
    date: dt.date | None = None
    meeting_type: str | None = None
    title: str | None = None
    header_end: int = 0  # index in `lines` where the header stops and the content starts
    date_index: int = 0  # index in `lines` of the line the date was read from, where `date` is given
    authority: str | None = None  # the authority printed above the body's name, where one is
    why: str | None = None  # how the part was recognised, where it was by evidence (recognise.py)
    facts: dict[str, str] = field(default_factory=dict)

    @property
    def file(self) -> str:
        return self.lines[0].file if self.lines else ""

    @property
    def first(self) -> int:
        return self.lines[0].number if self.lines else 0

    @property
    def last(self) -> int:
        return self.lines[-1].number if self.lines else 0


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
    text = re.sub(r"(?i)\b(meeting|summons and|summons)\b", " ", text)
    text = re.sub(r"(?i)^\s*(?:the\s+)?(?:annual|extraordinary|special|ordinary|regular|budget)\s+"
                  r"(?=\w+\s|(?:council|board)\s*$)", "", text)  # 'Ordinary Council': a kind of meeting of the Council
    text = re.sub(r"\s+", " ", text).strip(" -:*")
    return title_case(text)


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
    if re.fullmatch(r"ANNUAL|EXTRAORDINARY|BUDGET|SPECIAL|REGULAR|ORDINARY", body):  # 'COUNTY LEGISLATURE' over
        # 'REGULAR MEETING MINUTES': the body is the line above, the heading says only what kind of meeting it was
        above = next((line.stripped for line in reversed(lines[max(0, i - 3):i]) if not line.blank), "")
        if not above or above != above.upper() or not body_name(above):
            return None
        body, meeting_type = above, body.lower()
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
    r"(?i)^minutes? of (?:a |an |the )?(?:(?P<type>\w+) )?meeting of (?:the )?(?P<body>.+?)(?: held\b.*)?$"
    rf"|^minutes of (?:a |an |the )?(?P<named>[\w,'’& -]+?\b{BODY_WORDS}) meeting(?: held\b.*)?$")


def _moderngov_minutes(lines: list[Line], i: int) -> Start | None:
    """'Minutes of a meeting of the Planning Committee held in the Council Chamber ... on 9 March 2022',
    'MINUTE of MEETING of the X COMMITTEE held ...', 'Minutes of the X Committee Meeting held on ...';
    'the Extraordinary Meeting of' gives the meeting's type."""
    match = MINUTES_OF_RE.match(lines[i].stripped)
    if not match or re.match(r"(?i)(?:the\s+)?(?:above|said|aforesaid)\b", match.group("body") or ""):
        return None  # 'a meeting of the above Council': the title above names it (recognise.py)
    kind = (match.group("type") or "").lower()
    named = re.match(r"(?i)(annual|extraordinary|special|budget)\s", match.group("named") or "")
    kind = kind or (named.group(1).lower() if named else "")  # 'Minutes of the Annual Parish Council Meeting'
    return "minutes", {"body": body_name(_before_date(match.group("body") or match.group("named"))),
                       "meeting_type": kind if kind in MEETING_TYPES else None}


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


START_RULES: list[tuple[str, StartRule]] = [
    ("report-front-sheet", _report_front_sheet),
    ("minutes-heading", _minutes_heading),
    ("body-then-minutes", _body_then_minutes),
    ("minutes-of-meeting-held", _minutes_of_meeting_held),
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


def _attachments(lines: list[Line], known: set[int]) -> list[tuple[int, Start]]:
    """After a 'page intentionally left blank' a new document starts; one no rule knows is an attachment."""
    found = []
    for i, line in enumerate(lines):
        if not line.boundary:
            continue
        j = next((k for k in range(i + 1, len(lines)) if not lines[k].blank), None)
        if j is not None and j not in known and not any(i < k <= j for k in known):
            title = lines[j].stripped
            following = next_texts(lines, j, 1)
            if len(title) < 40 and following and following[0][0] == j + 1 and len(following[0][1]) < 60:
                title = f"{title} {following[0][1]}"  # a heading wrapped over two lines
            found.append((j, ("attachment", {"title": title[:150]})))
    return found


def _evidence(found: Recognised) -> Start:
    return found.kind, {"body": found.body, "date": found.date, "date_index": found.date_index,
                        "meeting_type": found.meeting_type if found.meeting_type in MEETING_TYPES else None,
                        "authority": found.authority, "why": found.why}


def _identity(lines: list[Line], start: tuple[int, Start]) -> tuple[str, str, object]:
    index, (kind, attributes) = start
    date = attributes.get("date") or next((d for line in lines[index:index + 12] if (d := parse_date(line.text))),
                                          None)
    return kind, (attributes.get("body") or "").lower(), date


def _at(start: tuple[int, Start]) -> int:
    """Starts sort by their line alone: two at one line keep their order (their rules' dicts do not compare)."""
    return start[0]


def _by_evidence(lines: list[Line], starts: list[tuple[int, Start]]) -> list[tuple[int, Start]]:
    """Documents no heading rule knows: the file's own top, when no rule starts a document there (the
    file's body and date are looked for anywhere in it when no rule found anything at all), and the top
    of a later page that announces another meeting (a pack: an agenda, then earlier minutes). A page
    top that names the document already running is its running header, not a new document."""
    top = next((i for i, line in enumerate(lines) if not line.blank), None)
    if top is None:
        return starts
    found = []
    heading = parts_header(lines, top)
    weak = [s for s in starts if s[0] <= heading and _weak(lines, s)]
    if weak:  # a cover-like line or a heading without a date inside the top's heading: evidence decides
        recognised = recognise(lines, top, whole=len(weak) == len(starts))
        if recognised and recognised.kind_from == "title":
            starts = [s for s in starts if s not in weak]
            found.append((top, _evidence(recognised)))
    elif not starts or starts[0][0] > heading:
        recognised = recognise(lines, top, whole=not starts)
        if recognised and (not starts or recognised.kind_from == "title"):
            found.append((top, _evidence(recognised)))
    known = sorted(starts + found, key=_at)
    for i, line in enumerate(lines):
        if i <= top or not line.raw.startswith("\f") or any(i <= k <= i + 8 for k, _ in known):
            continue
        j = next((k for k in range(i, min(len(lines), i + 6)) if not lines[k].blank), None)
        recognised = recognise(lines, j) if j is not None else None
        if recognised is None or recognised.kind_from != "title" or not re.search(  # a page's own title
                r"(?:a line of its own|a title wrapped over lines), (?:capitals, )?"
                r"(?:a kind word on the line|under a line that says only what the document is)|"
                r"a title sentence", recognised.why):
            continue
        if not _at_top(lines, j, recognised.body):
            continue
        before = [s for s in known if s[0] < j]
        start = (j, _evidence(recognised))
        if before and _identity(lines, before[-1])[1:] == _identity(lines, start)[1:]:
            continue
        found.append(start)
        known = sorted(known + [start], key=_at)
    return sorted(starts + found, key=_at)


def _at_top(lines: list[Line], top: int, body: str) -> bool:
    """A page's own title names its body near the page's top (a filing number or two may stand above it)
    on a line of its own; a body named in a sentence carried on from the line above is the page's text
    ('(a) Regular Joint Meeting for the Rules and' / 'X Committee Meeting Minutes of ...')."""
    wanted = " ".join(body.lower().split())
    texts = [k for k in range(top, min(len(lines), top + 16)) if not lines[k].blank][:5]
    for n, k in enumerate(texts):
        if wanted in " ".join(lines[k].text.lower().split()):
            above = lines[texts[n - 1]].stripped if n else ""  # across a blank line a PDF's spacing put there
            return len(above) < 40 or above == above.upper()
    return False


def _weak(lines: list[Line], start: tuple[int, Start]) -> bool:
    """A rule's start that a reader would doubt: a cover sheet's line, or agenda or minutes with no date
    in reach of their heading."""
    index, (kind, attributes) = start
    if kind == "cover":
        return True
    return kind in ("agenda", "minutes") and _identity(lines, start)[2] is None


def parts_header(lines: list[Line], top: int) -> int:
    """The index of the last line of the heading at `top` (see recognise.header)."""
    indexes = header(lines, top)
    return indexes[-1] if indexes else top


GENERIC_BODY_RE = re.compile(r"(?i)(?:parish|town|community|city|borough|county|district|village)\s+council")


def _named_above(above: list[Line], start: Start) -> Start:
    """'Minutes - 14 November 2023 - Ashcombe Parish Council' (a page's title, a letterhead) over 'Minutes of the
    Parish Council Meeting held on ...': a heading that names its body by kind alone means the council named above
    it by name."""
    kind, attributes = start
    body = attributes.get("body") or ""
    if not GENERIC_BODY_RE.fullmatch(body):
        return start
    pattern = re.compile(rf"(?:(?!(?:The|Of|Minutes|Agenda)\b)[A-Z][\w’'-]+\s+){{1,3}}(?i:{re.escape(body)})\b")
    found = next((m.group(0) for line in above[-8:] if (m := pattern.search(line.stripped))), None)
    return (kind, {**attributes, "body": title_case(found)}) if found else start


def split_parts(lines: list[Line]) -> list[Part]:
    """Cut a file's lines into parts at every recognised start: by the heading rules, then by evidence."""
    starts: list[tuple[int, Start]] = []
    for i in range(len(lines)):
        found = find_start(lines, i)
        if not found:
            continue
        if starts and starts[-1][1][0] == found[0] and all(line.blank for line in lines[starts[-1][0] + 1:i]):
            continue  # 'PARISH COUNCIL' / 'Minutes of the Meeting of ... Parish Council': one heading, two lines
        starts.append((i, found))
    starts = _by_evidence(lines, starts)
    starts = [(i, _named_above(lines[:i], start)) for i, start in starts]
    starts = sorted(starts + _attachments(lines, {i for i, _ in starts}), key=_at)
    parts: list[Part] = []
    if not starts or any(not line.blank for line in lines[:starts[0][0]]):
        end = starts[0][0] if starts else len(lines)
        parts.append(Part("unknown", lines[:end]))
    for n, (i, (kind, attributes)) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        parts.append(Part(kind, lines[i:end], **attributes))
    return [p for p in parts if any(not line.blank for line in p.lines)]


def first_date(part: Part, limit: int = 12) -> tuple[dt.date, int] | None:
    """The first date in the first `limit` non-blank lines, with the index of its line."""
    seen = 0
    for index, line in enumerate(part.lines):
        if line.blank:
            continue
        found = parse_date(line.text)
        if found:
            return found, index
        seen += 1
        if seen >= limit:
            break
    return None
