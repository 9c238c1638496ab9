"""Stage 2: a pack cut into its parts - the agenda it summons, each set of minutes, each report.

Part starts are found by a table of heading rules (starts.py), then by the evidence of what follows (recognise.py);
text before the first recognised start is kept as an 'unknown' part so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..dates import find_date, numeric_order, parse_date
from .bodynames import (
    COUNCIL_KINDS,
    WELSH_LEAD_RE,
    first_column,
    is_authority,
    is_council,
    letterhead_authority,
)
from .doc_kind import minutes_below
from .lines import Line
from .names import title_case
from .recognise import HEADER_LINES, Recognised, header, recognise
from .starts import MEETING_TYPES, Start, find_start, next_texts


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
    under = None  # the top's reading, where a running header in its heading's reach already needed it
    if weak:  # a cover-like line or a heading without a date inside the top's heading: evidence decides
        alone = len(weak) == len(starts)
        recognised = recognise(lines, top, whole=alone)
        covers_nothing = alone and all(s[1][0] == "cover" for s in weak)  # ('BOARD MEETING' / 'JUNE 28, 2011' /
        # 'The Regular Meeting of ... was held': no document follows the cover, the minutes under it are the document)
        if recognised and (recognised.kind_from == "title" or covers_nothing and recognised.kind == "minutes"):
            starts = [s for s in starts if s not in weak]
            found.append((top, _evidence(recognised)))
    elif not starts or starts[0][0] > heading or (under := _under_running_header(lines, top, starts[0])):
        recognised = under or recognise(lines, top, whole=not starts)
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


def _under_running_header(lines: list[Line], top: int, start: tuple[int, Start]) -> Recognised | None:
    """The top's reading where a rule's start inside the reach of its heading names the document the top does, below
    it: the next page's running header ('AUBURN COUNCIL' / 'MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD MARCH 5,
    2008') under a title no rule reads ('MINUTES OF THE' / 'ORDINARY MEETING OF COUNCIL' / ... / 'ON WEDNESDAY, MARCH
    5, 2008'), with the list of who attended between them; else None."""
    kind, body, date = _identity(lines, start)
    recognised = recognise(lines, top) if start[0] > top and body and date else None
    same = recognised and recognised.kind == kind and recognised.date == date \
        and recognised.body.lower().endswith(body) and recognised.date_index < start[0]
    return recognised if same else None


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


GENERIC_BODY_RE = re.compile(rf"(?i)(?:{COUNCIL_KINDS})\s+council")


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


def _authority_above(above: list[Line], start: Start, heading: list[Line]) -> Start:
    """'THE CORPORATION OF THE TOWNSHIP OF X' or 'ASHCOMBE PARISH COUNCIL' (a letterhead) over 'PLANNING COMMITTEE
    MINUTES': the authority the body belongs to, where its heading's own rule named none; a letterhead's first
    column where an address is printed beside it ('City of Fairhaven' ... 'City Hall'). The letterhead may be the
    first line of the heading the rule read from its start ('CEFN COMMUNITY COUNCIL' / 'MINUTES OF THE COUNCIL
    MEETING HELD ON ...'), over a body that is the council itself."""
    kind, attributes = start
    if attributes.get("authority"):
        return start
    first = [heading[0]] if heading and is_council(attributes.get("body")) else []
    for line in [*first, *reversed(above[-8:])]:
        text = first_column(line.stripped)
        if len(text) < 60 and text.lower() != (attributes.get("body") or "").lower() \
                and (is_authority(text) or letterhead_authority(text) and not is_council(attributes.get("body"))):
            return kind, {**attributes, "authority": title_case(WELSH_LEAD_RE.sub("", text))}  # (the English name)
    return start


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
    starts = [(i, _authority_above(lines[starts[n - 1][0] + 1 if n else 0:i], start, lines[i:i + 1]))
              for n, (i, start) in enumerate(starts)]
    starts = sorted(starts + _attachments(lines, {i for i, _ in starts}), key=_at)
    parts: list[Part] = []
    if not starts or any(not line.blank for line in lines[:starts[0][0]]):
        end = starts[0][0] if starts else len(lines)
        parts.append(Part("unknown", lines[:end]))
    for n, (i, (kind, attributes)) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        if kind == "agenda" and minutes_below(lines[i:end], 0, HEADER_LINES):
            kind, attributes = "minutes", {**attributes, "why": _recorded(attributes.get("why"))}
        parts.append(Part(kind, lines[i:end], **attributes))
    return [p for p in parts if any(not line.blank for line in p.lines)]


def _recorded(why: str | None) -> str:
    """A meeting system's heading 'Council Meeting Agenda' kept over what the meeting did ('Motion carried 6-0.',
    who seconded each motion): the document is the minutes; the reading says so."""
    return f"{why or 'a heading'}; read as minutes: the text below records what the meeting did"


def first_date(part: Part, limit: int = 12) -> tuple[dt.date, int] | None:
    """The first date in the first `limit` non-blank lines, with the index of its line; a numeric date read in the
    order the part's text writes its dates ('06/03/2024' in American minutes is June 3)."""
    order = numeric_order("\n".join(line.text for line in part.lines[:300]))
    seen = 0
    for index, line in enumerate(part.lines):
        if line.blank:
            continue
        found = find_date(line.text, order)
        if found:
            return found[0], index
        seen += 1
        if seen >= limit:
            break
    return None
