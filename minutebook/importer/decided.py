"""Item headings without a number that a decision formula closes: 'Department of Transportation – Agreement'
/ ... / 'UPON MOTION duly made and seconded, the Board approved ...'.

Some minutes print each item as an unnumbered heading naming who asks and what for ('Agency – Subject', or a
heading in capitals such as 'EXTRA WORK ORDERS'), with the request printed under it and the Board's decision
formula closing it; the numbered rows under some headings count again from 1 and are not the order of
business. A heading is read by a table of rules, the catch-all last, and is an item only when a closing
formula (`CLOSING`) follows it before the next heading: a heading with none is a sub-heading or a section
over numbered rows ('Department of Finance' / '1. ...'). A part takes such headings as items only when it
holds at least three of them, so that one decided sub-heading in numbered minutes stays text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from .lines import Line
from .unnumbered import HeadingRule, capitals_text, first_heading

# A title-case phrase, a spaced dash, a title-case phrase: 'Space Utilization Committee - Lease Agreement'.
DASH_RE = re.compile(r"^(?P<left>[A-Z][^\s–—-].{1,80}?)\s{1,40}[-–—]\s{1,12}(?P<right>\S.{1,120})$")
CODE_RE = re.compile(r"^[A-Z]{1,4} ?\d{3,10}\b[,:]?")  # a contract's or bid's number: 'B50001389,', 'SWC 7761,'
COLUMN_GAP_RE = re.compile(r"\S {5,}\S")  # a second column; a justified line spaces its words by 2-4
CONTINUED_RE = re.compile(r"(?i)\b(?:cont['’]?d|continued)\W{0,3}$")  # 'Agency – cont’d' on the next page
SMALL_WORDS = {"of", "and", "the", "to", "for", "in", "on", "at", "by", "with", "a", "an", "or", "no.", "&"}
# Decision formulas that close an item; one entry each, the catch-all (no match) last.
CLOSING: tuple[tuple[str, re.Pattern], ...] = (
    ("upon motion", re.compile(r"(?i)\bupon\s+(?:further\s+)?motion\b")),  # 'UPON MOTION duly made and seconded'
    ("noted", re.compile(r"\b(?:NOTED\s+receipt|have\s+been\s+[Nn]oted)\b")),  # 'the Board NOTED receipt of ...'
    # a voice vote's result, 'the' maybe left on the line above: '... say NAY. The' / 'Motion carries.”'
    ("motion carries", re.compile(r"(?i)(?:\bthe\s+|^\W{0,2})motion\s+(?:carries|carried)\b")),
)
MIN_HEADINGS = 3
OPENING_LINES = 6  # lines of the sentence opening a cover page's text in which its formula is looked for
MAX_ROW_WORDS = 12  # words in the first column of a numbered row
SECTION_LINES = 8  # lines of a section's heading within which its first numbered entry is printed
ROW_RE = re.compile(r"^( {0,6}(\d{1,3})\.\s{1,12})(\S.{0,300})$")  # '1.   TIMOTHY KRUS     $45.07'


CELL_END_RE = re.compile(r" {3,}|(?<=[A-Za-z0-9.)]) {1,2}(?=\$\s{0,3}\d)")  # a column gap, or an amount close by


class Entry(NamedTuple):
    """A numbered entry under a section heading: its line, number as printed, first column, where its text starts."""

    index: int
    number: str
    title: str
    column: int
ROW_GAP = 10  # lines between the rows of a list
MAX_WRAPPED = 4  # lines a numbered row's first column may wrap over
HEADING_WRAPPED = 6  # lines a heading's two columns may wrap over
MAX_HEADING_WORDS = 36  # words of agency and subject: 'Department of Public Works/Office ... Treatment Plant' has 31


def _title_case(text: str) -> bool:
    """'Amendment No. 3 to On-Call Agreement': capitalised words, small words excepted, no full stop at the end."""
    words = [w for w in text.split() if w.lower() not in SMALL_WORDS and re.search(r"[A-Za-z]", w)]
    return bool(words) and sum(w[0].isupper() or w[0] in "(“\"'" for w in words) >= 0.75 * len(words) \
        and not text.rstrip().endswith((".", ":", ";", ","))


def _opens(lines: list[Line], index: int) -> bool:
    """A heading stands alone: a blank line, a page break or a sentence's end above it, or only the page's
    running header in capitals above it on its page ('BOARD OF ESTIMATES  3/17/10' / 'MINUTES')."""
    if index == 0:
        return True
    above = lines[index - 1]
    if above.blank or above.page != lines[index].page or re.search(r"[.!?]\s*$", above.text):
        return True
    page = []
    at = index - 1
    while at >= 0 and lines[at].page == lines[index].page and len(page) <= 4:
        if not lines[at].blank:
            page.append(lines[at].text)
        at -= 1
    return (at < 0 or lines[at].page != lines[index].page) and len(page) <= 4 \
        and not any(re.search(r"[a-z]", text) for text in page)


def _agency_subject(lines: list[Line], index: int) -> tuple[str, int] | None:
    """'Department of Transportation – Amendment No. 3 to' / 'On-Call Agreement': who asks, a spaced dash, what
    for, both in title case at the margin; either side may wrap onto the lines under it, in its own column
    ('Department of Housing and   -  Acquisition by Gift' / '  Community Development (DHCD)'). A blank line
    follows it."""
    line = lines[index]
    indent = line.indent
    match = DASH_RE.match(line.stripped)
    if indent > 2 or not match or CONTINUED_RE.search(match.group("right")) or re.search(r"[:\d]", match.group("left")):
        return None
    left, right = [match.group("left").strip()], [match.group("right").strip()]
    column = indent + match.start("right")  # where the subject's column starts on the page
    end = index + 1
    while end < len(lines) and not lines[end].blank and end - index <= HEADING_WRAPPED:
        text = lines[end].text.rstrip()
        start = lines[end].indent
        if start >= column - 4:
            right.append(text.strip())
        elif start <= indent + 4:
            gap = next((m.end() for m in re.finditer(r" {2,}(?=\S)", text) if abs(m.end() - column) <= 3), None)
            cells = [text[:gap].strip(), text[gap:].strip()] if gap else re.split(r" {3,}", text.strip(), maxsplit=1)
            left.append(cells[0])
            right.extend(cells[1:])
        else:
            right.append(text.strip())  # hanging under the dash: the subject goes on
        end += 1
    if end < len(lines) and not lines[end].blank:
        return None  # a paragraph, not a heading
    agency, subject = " ".join(left), " ".join(right)
    if CODE_RE.match(subject):
        return None  # 'Bureau of Purchases - B50001389, Tree and Stump Removal': a row of a list of contracts
    if COLUMN_GAP_RE.search(agency) or COLUMN_GAP_RE.search(subject) \
            or len(f"{agency} {subject}".split()) > MAX_HEADING_WORDS:
        return None
    if not (_title_case(agency) and _title_case(subject)):
        return None
    return re.sub(r"\s+", " ", f"{agency} – {subject}"), end


def _capitals(lines: list[Line], index: int) -> tuple[str, int] | None:
    """'EXTRA WORK ORDERS', 'BIDS, PROPOSALS AND CONTRACT AWARDS': a line in capitals alone, at the margin or
    centred."""
    text = lines[index].stripped
    title = capitals_text(text.removesuffix(":"))  # 'RECOMMENDATIONS FOR CONTRACT AWARDS/REJECTIONS:'
    text = text.removesuffix(":")
    below = lines[index + 1] if index + 1 < len(lines) else None
    if title is None or title != text or title.endswith(".") or below is not None and not below.blank \
            and not re.search(r"[a-z]", below.text) and not re.fullmatch(r"[* ]+", below.stripped):
        return None  # under it more capitals that are no '* * *' rule: a paragraph in capitals
    return title, index + 1


# (name, rule): tried in order on each line that stands alone; the catch-all is the line as text.
RULES: tuple[tuple[str, HeadingRule], ...] = (
    ("agency-subject", _agency_subject),
    ("capitals-closed", _capitals),
)


def closed_by(lines: list[Line], start: int, end: int) -> int | None:
    """The index of the first line between `start` and `end` that holds a decision formula, or None."""
    return next((i for i in range(start, end) if any(p.search(lines[i].text) for _, p in CLOSING)), None)


def _cover(lines: list[Line], heading: tuple[int, str, str, int]) -> bool:
    """A heading in capitals also heads a part of an item's text ('TRANSFER OF FUNDS', 'BACKGROUND AND
    EXPLANATION'); as an item's heading over a list it is centred, or the formula is in the first sentence of its
    text ('PERSONNEL MATTERS' / '* * *' / 'UPON MOTION ...'; 'On the recommendations of the City agencies' /
    'hereinafter named, the Board,' / 'UPON MOTION duly made and seconded,' / 'awarded the ... pages:')."""
    index, rule, _, after = heading
    if lines[index].stripped.endswith(":"):
        return False  # 'MBE/WBE PARTICIPATION:': a label, or a section over numbered entries at most
    if rule != "capitals-closed" or lines[index].indent >= 10:
        return True
    texts = [i for i in range(after, min(len(lines), after + 40))
             if not lines[i].blank and not re.fullmatch(r"[* ]+", lines[i].stripped)][:OPENING_LINES]
    ends = next((n for n, i in enumerate(texts) if re.search(r"[.:;]$", lines[i].stripped)), 1)
    texts = texts[:max(2, ends + 1)]  # the first sentence, centred line by line on a cover page
    return closed_by(lines, texts[0], texts[-1] + 1) is not None if texts else False


def _rows(lines: list[Line], found: list[tuple[int, str, str, int]]) -> set[int]:
    """'Bureau of Purchases   - B50001372, Medium Duty Tow Truck' with another such line a few lines away and no
    formula between them: the rows of a list (contracts advertised, bids received), not headings."""
    dashed = [f[0] for f in found if f[1] == "agency-subject"]
    pairs = [(i, j) for i, j in zip(dashed, dashed[1:], strict=False)
             if j - i <= ROW_GAP and closed_by(lines, i, j) is None]
    return {i for pair in pairs for i in pair}


def _read(lines: list[Line], start: int) -> list[tuple[int, str, str, int]]:
    """Every line from `start` on that a rule reads as a heading."""
    found: list[tuple[int, str, str, int]] = []
    index = start
    while index < len(lines):
        if lines[index].blank or not _opens(lines, index):
            index += 1
            continue
        heading = first_heading(RULES, lines, index)
        if heading:
            found.append(heading)
        index = heading[3] if heading else index + 1
    return found


def _numbered(lines: list[Line]) -> list[Entry]:
    """Every numbered line at the margin standing alone ('1.   TIMOTHY KRUS      $45.07'), titled by its first
    column and that column's lines under it ('1. EWO #028, ... Locust Point Area' / '   Infrastructure
    Rehabilitation'); the lines of a list led into by a line of its own ('... the following programs:' /
    '1. HOME') run on without a blank, and are not."""
    found = []
    for index, line in enumerate(lines):
        match = ROW_RE.match(line.text)
        above = lines[index - 1] if index > 0 and lines[index - 1].page == line.page else None
        if not match or above is not None and not above.blank and (above.stripped.endswith(":")
                                                                     or ROW_RE.match(above.text)):
            continue
        row = re.sub(r"\$\s{1,12}(?=\d)", "$ ", match.group(3).strip())  # '$    20,000.00'
        cells = CELL_END_RE.split(row, maxsplit=1)
        if len(cells[0].split()) > MAX_ROW_WORDS or cells[0].endswith(":"):
            continue  # '4. The remedy I seek and respectfully request is that ...:' a letter's point, not a row
        column, title = len(match.group(1)), [cells[0]]
        width = len(match.group(1)) + row.find(cells[1]) - 2 if len(cells) > 1 else 200
        for below in lines[index + 1:index + 1 + (0 if cells[0].startswith("$") else MAX_WRAPPED)]:
            text = below.text.rstrip()
            cell = CELL_END_RE.split(text.strip(), maxsplit=1)[0]
            if below.blank or abs(below.indent - column) > 2 or not cell[:1].isalpha() \
                    or below.indent + len(cell) > width + 2 or ":" in cell[:20] \
                    or re.search(r"[a-z]{3,}\.$", title[-1]):
                break  # 'Account: 1001-...' under the row, an amount, the next column's text, or a sentence
            title.append(cell)
            if cell != text.strip():  # a second column beside it: the first ends there
                width = below.indent + len(cell) + 2
        found.append(Entry(index, match.group(2), re.sub(r"\s+", " ", " ".join(title)).strip(), column))
    return found


def _first_entry(lines: list[Line], heading: tuple[int, str, str, int], entries: dict[int, Entry]) -> Entry | None:
    """The numbered entry among the first lines of a heading's text, before any formula: the heading is a
    section over numbered entries ('Law Department – Claim Settlement' / ... / '1. Kimberley Harris v.')."""
    texts = [i for i in range(heading[3], min(len(lines), heading[3] + 60)) if not lines[i].blank][:SECTION_LINES]
    first = next((i for i in texts if i in entries), None)
    return entries[first] if first is not None and closed_by(lines, heading[3], first) is None else None


def _flush_left(lines: list[Line]) -> list[Line]:
    """The lines with each page's left margin taken off (a PDF's text keeps it: '          BOARDS AND ...'), so
    that 'at the margin' and 'centred' mean the same on every page."""
    margins: dict[int, int] = {}
    for line in lines:
        if not line.blank:
            indent = line.indent
            margins[line.page] = min(indent, margins.get(line.page, indent))
    return [replace(line, text=line.text[margins.get(line.page, 0):]) if not line.blank else line for line in lines]


def decided_items(lines: list[Line], start: int) -> tuple[list[tuple[int, str, str, int]], list[Entry]]:
    """The items of a part whose items are headings closed by a decision formula: (index, rule, title, index after
    the heading) of each such heading from `start` on, and the numbered entries under the headings that are
    sections, counting from 1 under each and running on across their sub-headings ('TRAVEL REQUESTS' 1, 2 /
    'TRAVEL REIMBURSEMENTS' 3); none unless three headings or more are closed."""
    lines = _flush_left(lines)
    found = _read(lines, start)
    rows = _rows(lines, found)
    numbered = {e.index: e for e in _numbered(lines)}
    events = sorted([(f[0], f) for f in found if f[0] not in rows] + [(i, e) for i, e in numbered.items()],
                    key=lambda event: event[0])
    heads: list[tuple[int, str, str, int]] = []
    entries: list[Entry] = []
    sections: set[int] = set()
    count = None  # the number the next entry of the section being read must have
    section = ""  # the title of that section: printed again over the next page, it goes on
    for _, event in events:
        if isinstance(event, Entry):
            if count is not None and event.number == str(count):
                entries.append(event)
                count += 1
            continue
        first = _first_entry(lines, event, numbered)
        if count is not None and event[2] == section:
            continue
        inside = bool(heads) and heads[-1][1] == "agency-subject" and closed_by(lines, heads[-1][3], event[0]) is None
        if first is not None and not inside and (first.number == "1" or first.number == str(count)):
            sections.add(event[0])  # a section, or a sub-heading of the one being read
            count, section = (1, event[2]) if first.number == "1" else (count, section)
        elif _cover(lines, event):
            heads.append(event)
            count = None
    bounds = sorted({h[0] for h in heads} | sections | {e.index for e in entries} | {len(lines)})
    kept = [f for f in heads if closed_by(lines, f[3], next(b for b in bounds if b > f[0])) is not None]
    if len(kept) < MIN_HEADINGS:
        return [], []
    return kept, sorted(entries, key=lambda e: e.index)
