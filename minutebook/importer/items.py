"""Stage 3: a part cut into sections - the header region, then one section per item and sub-item.

Which numbered lines are items is learnt from the part (numbering.py), with the unnumbered headings beside
them (unnumbered.py, beside.py, decided.py) and the sub-items under each (children.py); this module cuts the part at
them and reads each heading's title (titles.py): a title run into its text keeps that text in the body.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import subitems
from .agenda_repeated import repeated_agenda
from .beside import headings_beside, run_under_one_heading
from .blocks import to_blocks
from .children import LOWER_RE, child_ok, sub_items
from .decided import decided_items
from .derived_titles import GENERIC_TITLE_RE, opens_resolution, resolved_title, subject_title
from .drafts import ItemDraft
from .lines import Line
from .markdown_text import NO_NEWS
from .marked_lists import lists_under_marked_headings
from .names import looks_like_name
from .numbered_lines import BOLD_NUMBERED_RE, ROWS, STYLES, Heading, candidates, heading_text, indent_of
from .numbering import best_run, lost_count
from .outline import notes_outline
from .title_block import title_block_end
from .titles import (
    TIME_BOX_RE,
    clean_title,
    gap_run_in,
    reads_as_sentence,
    split_presenter,
    split_run_in,
    title_cased,
    wrapped_heading,
)
from .unmarked import UNNUMBERED_RULES
from .unnumbered import SENTENCE_CLOSE_RE, unnumbered_headings

__all__ = ["clean_title", "cut_items", "find_items"]

PRIVATE_RE = re.compile(r"(?i)^(?:agenda\s*[-–]\s*)?(?:part\s+(?:ii|2|b)|private)\b(?!.*\bnil\b)")
EXCLUDED_RE = re.compile(r"^(\d+[a-z]?)\.?\t")
EXCLUSION_RE = re.compile(r"(?i)\bexclusion of (?:the )?(?:press and )?public\b")
READMITTED_RE = re.compile(r"(?i)\bre-?admission of (?:the )?(?:press and )?public\b")
ANY_HEADING_RE = re.compile("|".join(f"(?:{style.pattern.pattern})" for style in STYLES))
SENTENCE_END_RE = re.compile(r"[.:!?)]$")
NOTHING_RE = re.compile(rf"(?P<title>[^:]{{2,80}}):\s*(?P<nothing>(?i:{NO_NEWS})\.?)$")
# a word no title ends with: the line wraps ('R130-15   Granting a waiver from Section 16-185 of' / 'the City Code')
WRAP_WORD_RE = re.compile(r"(?i)\b(?:of|and|or|the|to|a|an|for|in|on|at|by|with|from|be|that|as)\s*$")
LABEL_START_RE = re.compile(r"^[A-Z][\w()/ ]{0,40}:")  # 'Recommendation(s): ...' under a title
# Labels an agenda prints under an item's title, opening what follows it ('Recommendation(s): Approve ...').
UNDER_TITLE_RE = re.compile(r"^(?:Recommendations?(?:\(s\))?|Recommended\s+Actions?|Staff\s+Recommendations?|"
                            r"Presenters?(?:\(s\))?|Presented\s+by|Attachments?(?:\(s\))?|Fiscal\s+Impact|"
                            r"Purpose|Summary|Requested\s+Action)\s{0,3}:")
# A motion told in a sentence opening a line: 'On a motion by Trustee A, second by Trustee B, the Board ...'.
MOTION_START_RE = re.compile(r"(?i)^(?:on\s+(?:a\s+)?motion\s+(?:by|of|made)\b|upon\s+(?:a\s+)?motion\b|"
                             r"motion\s+(?:by|made\s+by)\s|moved\s+by\s|it\s+was\s+moved\b)")
ABBREVIATION_END_RE = re.compile(r"\([A-Z][A-Za-z]{1,7}\)$")  # '... Block Grant (JABG)' ends a line, not a title


# A heading naming the agenda that minutes print as a list before their own items: 'AGENDA ITEMS', 'Financing
# Corporation Agenda Items', 'Order of Business'.
AGENDA_LIST_RE = re.compile(r"(?i)^(?:[\w&'’ -]{0,60}\s)?(?:agenda(?:\s+items)?|order\s+of\s+business)$")
LISTED_RE = re.compile(r"^(?P<number>[IVXLC]{1,7}|\d{1,3}|[A-Z])[.)]\s+\S")  # 'I. Roll Call', '3) Minutes'
LEAST_LISTED = 3


def agenda_listed(lines: list[Line]) -> set[int]:
    """The lines of an agenda printed as a list at the head of minutes, under a heading naming it, whose numbers
    the minutes print again at their items ('AGENDA ITEMS' / 'I. Roll Call' ... 'XIII. Adjourn', then '### I. ROLL
    CALL'): the agenda, not the items."""
    for index, line in enumerate(lines):
        if not AGENDA_LIST_RE.match(line.stripped.rstrip(":")):
            continue
        listed, at = [], index + 1
        while at < len(lines) and (lines[at].blank and not listed or LISTED_RE.match(lines[at].stripped)):
            if not lines[at].blank:
                listed.append(at)
            at += 1
        numbers = [LISTED_RE.match(lines[i].stripped).group("number") for i in listed]
        again = {m.group("number") for later in lines[at:] if (m := LISTED_RE.match(later.stripped))}
        if len(listed) >= LEAST_LISTED and sum(n in again for n in numbers) >= 2 * len(numbers) / 3:
            return set(listed)
    return set()


def find_headings(lines: list[Line], kind: str) -> list[Heading]:
    """Every item and sub-item heading of a part, in line order."""
    listed = agenda_listed(lines) if kind == "minutes" else set()
    if listed:  # read as text: the minutes' numbers are those printed again at their items
        lines = [replace(line, text="", raw="") if i in listed else line for i, line in enumerate(lines)]
    style, run = best_run(lines, kind)
    lost = lost_count(lines) if kind == "minutes" else []  # '1.' before every item, the count lost
    run = [] if lost else run
    top = title_block_end(lines)
    if run and (lists_under_marked_headings(lines, run, top, kind) or points_under_plain_headings(lines, run)
                or lone_number_among_titles(lines, run)):
        run = []
    decided, entries = decided_items(lines, top) if kind == "minutes" else ([], [])
    if decided:  # 'Agency – Subject' / ... / 'UPON MOTION ...': the numbers count the rows under some of them
        style = ROWS
        run = [Heading(e.index, e.number, e.title, indent_of(lines[e.index]), end=e.index) for e in entries]
    members = {h.index for h in run}
    margin = min((h.indent for h in run), default=0) + 1
    last = max(members, default=-1)
    strays = [h.index for h in candidates(lines, style) if h.index not in members and h.indent <= margin
              and h.index > last and run]  # '1. Establish Budgets' in a schedule after the items
    read = headings_beside(lines, kind, run, measures=style.measures)
    if kind == "minutes" and style.name == "letter" and run_under_one_heading(run, read):
        run, strays = [], []  # 'CONSENT AGENDA' / 'A. Approve Minutes ...' / 'B. Approve Claims ...' / 'PUBLIC
        read = headings_beside(lines, kind, run)  # HEARINGS': a lettered list in one heading, the headings the items
    taken = {r[0] for r in read}
    read += [r for r in decided if r[0] not in taken]
    counted = {h.index for h in lost}
    beside = [Heading(index, "", title, indent_of(lines[index]), end=after, rule=rule)
              for index, rule, title, after in read if index not in counted]
    beside += [replace(h, end=h.index + 1, rule="lost count") for h in lost]  # ('1.' each, as printed)
    if not run and (repeated := repeated_agenda(lines) or notes_outline(lines)):  # an agenda's bullets printed again
        # (or an outline under '### Meeting notes'): the items, and a
        first = repeated[0].index  # heading directly over them ('## Minutes') their section, no item
        beside = [*(h for h in beside if not (h.index < first and all(line.blank for line in lines[h.end:first]))),
                  *repeated]
    tops = sorted([*run, *beside, *(orphan_decimals(lines, run, kind) if style.name == "number" else [])],
                  key=lambda h: h.index)
    found = []
    for n, heading in enumerate(tops):
        stop = tops[n + 1].index if n + 1 < len(tops) else len(lines)
        stop = min([i for i in strays if heading.index < i < stop] or [stop])
        found.append(heading)
        if heading.number and style.name not in ("item", "measure", "rows", "form"):  # "Item 7 - Planning": in words
            found.extend(sub_items(lines, heading.index + heading.bare + 1, stop, heading, kind))
    return found


DECIMAL_HEADING_RE = re.compile(r"^(\d{1,3})\.(\d{1,2})\.?[ \t]+(\S.*)$")


def orphan_decimals(lines: list[Line], run: list[Heading], kind: str) -> list[Heading]:
    """'4. CONFIRMATION OF MINUTES' ... '9.1 PROPOSED SUBDIVISION' ... '10. CLOSURE': a decimal heading at the
    items' margin whose whole number no item has, between the items that number before and after it, or after the
    last (the minutes print a report's number and not its section's heading), is an item of its own."""
    numbered = [(h.index, int(h.number)) for h in run if h.number.isdigit()]
    if len(numbered) < 2:
        return []
    margin = min(h.indent for h in run) + 2
    found = []
    for index, line in enumerate(lines):
        match = DECIMAL_HEADING_RE.match(line.stripped)
        whole = int(match.group(1)) if match else 0
        if not match or indent_of(line) > margin or any(whole == number for _, number in numbered):
            continue
        before = [number for at, number in numbered if at < index]
        after = [number for at, number in numbered if at > index]
        if before and before[-1] < whole and (not after or whole < after[0]) \
                and child_ok(match.group(3), kind, decimal=True):
            found.append(Heading(index, f"{match.group(1)}.{match.group(2)}", match.group(3), indent_of(line)))
    return found


def points_under_plain_headings(lines: list[Line], run: list[Heading]) -> bool:
    """Numbered sentences ('1. Agree letter to health boards ... meeting.' / '2. MW to produce blog post ...')
    standing together under one of three or more plain titles (unmarked.PLAIN_TITLE_RE) that come before them,
    fewer than those titles: the points of a list in that heading ('Actions'), the titles the items."""
    if not all(SENTENCE_CLOSE_RE.search(lines[h.index].stripped) for h in run):
        return False  # numbered titles: the items (the headings are read only where the numbers are sentences)
    read = unnumbered_headings(lines, None, rules=UNNUMBERED_RULES)
    before = sum(1 for r in read if r[0] < run[0].index and r[1] == "plain")  # titles in mixed case alone: not
    # 'CALL TO ORDER' / 'ROLL CALL' before an agenda's few entries told as sentences
    among = any(run[0].index < r[0] < run[-1].index for r in read)
    return before >= 3 and not among and len(run) < before


def lone_number_among_titles(lines: list[Line], run: list[Heading]) -> bool:
    """One numbered heading ('SI20/13 Toormina BMX Upgrade Project', a report's reference in a table of interests)
    among three or more titles that the unnumbered rules read before it: the titles are the items, the number a
    reference in the text."""
    if len(run) != 1:
        return False
    read = unnumbered_headings(lines, None, rules=UNNUMBERED_RULES)
    return sum(1 for r in read if r[0] < run[0].index) >= 3


def find_items(lines: list[Line], kind: str) -> list[tuple[int, str, str]]:
    """(index, number, heading text) of every item and sub-item heading in a part's lines."""
    return [(h.index, h.number, h.text) for h in find_headings(lines, kind)]


BOLD_CLOSED_RE = re.compile(r"(?:\*\*|__)[^*_]{3,}(?:\*\*|__)[ \t]*$")  # a line ending with the close of its bold


def _hanging(lines: list[Line], heading: Heading, text: str, start: int, end: int, kind: str) -> tuple[str, int]:
    """A long title that filled its line without ending carries on below, indented under the title:
    '5.   Ord. to rezone property located East of 99th Street ...' / '     from LI-Limited ...'. In
    minutes the text under a heading sits there too, so only a line going on in lower case is joined."""
    joined, index = text, start
    at = heading.index + heading.bare  # the line the title is printed on
    if BOLD_CLOSED_RE.search(lines[at].raw):
        return text, start  # '1. **Approve minutes of ...**': the bold closes the title; the lines under it are text
    margin = lines[heading.index].indent
    column = margin if heading.bare else margin + (len(heading_text(lines[heading.index])) - len(heading.text))
    last = lines[at].stripped
    inset = margin if heading.parent else 0  # a sub-item's lines are shorter by its indentation: they fill less
    while index < min(end, start + 60) and len(joined) < 6000:  # an ordinance's title runs to a page
        line = lines[index]
        if line.page_gap or line.blank and _blank_inside(lines, index, last, column, end):
            index += 1  # a page break inside the title, or a blank line the PDF put between its lines
            continue
        ended = SENTENCE_END_RE.search(last) and not ABBREVIATION_END_RE.search(last) \
            and not (last.endswith(")") and line.stripped[:1].islower()) \
            or TIME_BOX_RE.search(last)  # ('(The “Indentures”)' / 'between ...'; '... on xref {15 min}': the
        # time the item is given closes its title)
        if line.blank or len(last) + inset < 55 or ended:
            break
        indent = line.indent
        back = margin <= indent < column - 2 and bool(WRAP_WORD_RE.search(last) or (  # wrapped back to the numbers'
            len(last) >= FULL_LINE and line.stripped[:1].islower() and not LOWER_RE.match(line.stripped)))  # margin,
        # after a word that leaves it open or going on in lower case under a full line ('... regarding accessory' /
        # 'dwelling units.')
        if not (column - 2 <= indent <= column + 24 or back) or indent < column and ANY_HEADING_RE.match(line.stripped):
            break  # under the title: '5018 Ames Avenue' goes on; a heading at the numbers' margin does not
        if (kind != "agenda" and index == start and not WRAP_WORD_RE.search(last) and not last.endswith(",")
                and (not line.stripped[:1].islower() or LOWER_RE.match(line.stripped))
                and not _title_case_rest(lines, index, end, joined)):
            break  # (a lettered sub-item under it, 'a. Negotiating parties: ...', is no title going on)
        if text == text.upper() and line.stripped != line.stripped.upper():
            break  # a title in capitals ends where the text in lower case starts
        if UNDER_TITLE_RE.match(line.stripped) or MOTION_START_RE.match(line.stripped):
            break  # 'Recommendation(s): 1. Acting in its capacity ...', 'On a motion by Trustee A, ...' under the
            # title opens what follows it
        column = indent if back else column  # wrapped back: the title goes on at the margin
        joined, index, last = f"{joined} {line.stripped}", index + 1, line.stripped
    return joined, (index if joined != text else start)


TITLE_REST_LINES = 2  # lines, at most, of a title's rest in title case under its first line
FULL_LINE = 80  # characters of a title's line, at least, for a line in lower case at the margin under it to be its rest


def _title_case_rest(lines: list[Line], index: int, end: int, title: str) -> bool:
    """Lines under a long title in title case that carry on in title case up to the blank line over the text, with no
    sentence's end ('4.2  24-0118  Award of Contract for Citywide Street Resurfacing Project to Granite' / 'Paving
    Inc. in the Amount of $2,450,000'): the title's rest, in minutes too, whose text under a title reads as
    sentences; a name with a post ('Jane Roe, City Engineer') presents the item."""
    run: list[str] = []
    while index < end and not lines[index].blank and len(run) <= TITLE_REST_LINES:
        run, index = [*run, lines[index].stripped], index + 1
    if not run or len(run) > TITLE_REST_LINES or index < end and not lines[index].blank:
        return False
    rest = " ".join(run)
    return (title_cased(title) and title_cased(f"{title} {rest}") and not rest.endswith((".", ":", "!", "?"))
            and not reads_as_sentence(rest) and not ("," in rest and looks_like_name(rest.split(",")[0].strip()))
            and not UNDER_TITLE_RE.match(rest) and not MOTION_START_RE.match(rest))


def _blank_inside(lines: list[Line], index: int, last: str, column: int, end: int) -> bool:
    """One blank line inside a long title ('... repair services, located' / '' / 'southeast of West Maple
    Road ...'), as a PDF's line spacing prints it: the line before it filled its line and ends mid-sentence,
    the line after it carries on at the title's column and is no label ('Recommendation: ...') nor heading."""
    if index + 1 >= end or lines[index + 1].blank or len(last) < 55 or re.search(r"[.:;!?)]$|\S {3,}\S", last):
        return False  # ... a title with a page column beside it ('Quarter 3      13 - 28') is whole
    following = lines[index + 1]
    indent = following.indent
    # '... at 2050 –' / '' / '2052 Lewis, ...': one address; '... Award# 2011-DJ-BX-' / '' / '2287 in ...': one code
    ranged = bool(re.search(r"\d\s{0,2}[-–—]$|\w-$", last))
    return abs(indent - column) <= 2 and not LABEL_START_RE.match(following.stripped) \
        and (ranged or not ANY_HEADING_RE.match(following.stripped))


def _capitals_across_blank(lines: list[Line], text: str, index: int, end: int) -> bool:
    """A title in capitals that stops on a word no title ends with ('... ITEMS AND/OR') goes on in capitals
    after one blank line a PDF's line spacing put inside it."""
    return (lines[index].blank and index + 1 < end and text == text.upper() and bool(WRAP_WORD_RE.search(text))
            and wrapped_heading(text, lines[index + 1].stripped, ANY_HEADING_RE))


def _bold_run_in(raw: str) -> tuple[str, str] | None:
    """The title and the text after it where the bold marks where a numbered title ends (a dash inside the title
    is no end of it), or None."""
    match = BOLD_NUMBERED_RE.match(raw)
    if not match or not match.group("rest"):
        return None
    return match.group("title").strip().rstrip(":"), match.group("rest").strip().lstrip(":").strip()


def _title(lines: list[Line], heading: Heading, end: int, kind: str) -> tuple[str, dict, int, Line | None]:
    """A heading's title and data (pages, labels), the index where its text starts, and the text left
    on the heading's line after a title run into it."""
    if heading.end is not None:  # unnumbered: its title as read, a presenter's column kept as text
        line = lines[heading.index]
        at = line.stripped.find(heading.text)  # after a bullet too: '• Minutes approved – J. Smith (motion)'
        rest = line.stripped[at + len(heading.text):].strip() if at >= 0 else ""
        rest = re.sub(r"^[-–—]\s+", "", rest) if heading.rule == "run-in" else rest  # 'College- Janice is ...'
        rest = re.sub(r"^:\s*", "", rest) if heading.rule == "run-in colon" else rest  # 'Old Business: Nelson ...'
        rest = "" if heading.rule == "code" else rest  # 'Personnel (G-1)': the code is the item's number
        title = heading.text
        if nothing := NOTHING_RE.match(title):  # 'Public Comments: None': the item and all it says
            title, rest = nothing.group("title"), nothing.group("nothing")
        return *clean_title(title), heading.end, replace(line, text=rest) if rest else None
    text, body_start = heading.text, heading.index + heading.bare + 1
    marked = lines[heading.index].heading  # the file says where its heading ends: '### 3. Resolution 259: Fees'
    title, rest = (text, "") if marked else _bold_run_in(lines[heading.index].raw) or gap_run_in(text) \
        or split_run_in(text)
    if rest:
        line = lines[heading.index]
        return *clean_title(title), body_start, replace(line, text=rest)
    while body_start < end:
        if _capitals_across_blank(lines, text, body_start, end):
            body_start += 1  # 'INFORMATION ITEMS AND/OR' / '' / 'REQUIRED MEETING ATTENDANCE REPORTS'
        if not wrapped_heading(text, lines[body_start].stripped, ANY_HEADING_RE):
            break
        text = f"{text} {lines[body_start].stripped}"
        body_start += 1
    if body_start == heading.index + heading.bare + 1:
        text, body_start = _hanging(lines, heading, text, body_start, end, kind)
        title, rest = split_run_in(text) if kind != "agenda" and not marked else (text, "")
        if rest:  # minutes: 'Thornwood Roundabout. After a site visit ...' / '... proposals had been mooted.'
            # (an agenda's title joined over lines is whole: '... Phase II: Ellis Street Improvements')
            return *clean_title(title), body_start, replace(lines[heading.index], text=rest)
    return *clean_title(text), body_start, None


def cut_items(lines: list[Line], kind: str) -> tuple[list[Line], list[ItemDraft]]:
    """The lines before the first item, and one draft per item holding its own lines."""
    headings = find_headings(lines, kind)
    if not headings:
        return lines, []
    private = [i for i, line in enumerate(lines) if PRIVATE_RE.match(line.stripped)]
    excluded = False  # minutes: the items after 'Exclusion of the press and public' were taken in private
    apart = {i for h in headings for i in h.spans}  # titles printed apart from their numbers: read, not text
    items = []
    for n, heading in enumerate(headings):
        index, number = heading.index, heading.number
        end = headings[n + 1].index if n + 1 < len(headings) else len(lines)
        title, data, body_start, run_in = _title(lines, heading, end, kind)
        title, presenter = split_presenter(title)
        presented = [replace(lines[index], text=f"({presenter})")] if presenter else []  # kept as the item's text
        opening = title if title and opens_resolution(title) else None
        if opening:  # '1. J. Caruk – D. Bartel', 'C/720/19 Moved by Mr. A that ...': the resolution's, no title
            run_in = replace(lines[index], text=" ".join(filter(None, [opening, run_in and run_in.stripped])))
        body = presented + ([run_in] if run_in else []) + \
            [ln for i, ln in enumerate(lines[body_start:end], body_start) if i not in apart]
        title = resolved_title(body[len(presented):]) if opening else title
        title = (subject_title(body) or title) if GENERIC_TITLE_RE.fullmatch(title or "") else title
        item = ItemDraft(title=title or f"Item {number}", line=lines[index], kind=kind, lines=body)
        item.parent = heading.parent
        if kind == "agenda":
            item.agenda = number or None
        else:
            item.minute = number or None
            item.agenda = data.get("agenda")
        item.pages = data.get("pages")
        item.exempt = kind == "agenda" and any(p < index for p in private) or kind == "minutes" and excluded
        if kind == "minutes" and EXCLUSION_RE.search(title):
            excluded = True
        elif kind == "minutes" and READMITTED_RE.search(title):
            excluded = False
            item.exempt = False
        item.to_follow = bool(data.get("to_follow"))
        last = max((ln.number for ln in lines[index:end] if not ln.blank), default=lines[index].number)
        item.sources.append((lines[index].file, lines[index].number, last))
        items.append(item)
    return lines[:headings[0].index], _acts_on_parents(subitems.split_all(items))


# acting on an item by its title: 'moved to approve the consent calendar', 'the adoption of the consent agenda'
ACTS_ON = r"(?i)\b(?:approv|adopt|accept|pass|receiv|ratif|confirm)\w*\s+(?:of\s+)?(?:the\s+)?{title}\b"
# a motion whose text goes on in the sub-items under it: 'That Council rise and go into Council, In Closed Session,
# for the purpose of considering the following:'
OPEN_MOTION_RE = re.compile(r"(?is)^(?:that|to)\b.*:$|\bmo(?:ved|tion)\b.*:$")
# the vote or outcome that closes it, after its last sub-item: 'Vote:' over a table of names, 'Motion Passed (11 to 0)'
OUTCOME_RE = re.compile(r"(?i)\bvote\s*:|\b(?:motion|resolution)\s+(?:passed|carried|failed|defeated|lost)\b|"
                        r"^\W*(?:yeas|ayes|nays|noes)\s*:")


def _acts_on_parents(items: list[ItemDraft]) -> list[ItemDraft]:
    """'III. Consent Calendar' / '1. Approval of Minutes' ... '7. Approval of Warrants' / 'A moved to approve the
    consent calendar.': a paragraph under a parent's last sub-item, after a blank line, that acts on the parent by
    its title (two words or more) is the parent's, and so is what follows it there; so is the vote or outcome
    after the last sub-item of a motion whose text ends with a colon over its sub-items ('That Council go into
    closed session to consider the following:' / '4.1 ...' ... '4.3 ...' / 'Vote:' / 'Motion Passed')."""
    parent = None
    for n, item in enumerate(items):
        if item.parent is None:
            parent = item
            continue
        words = re.findall(r"\w+", parent.title) if parent else []
        if len(words) < 2 or n + 1 < len(items) and items[n + 1].parent is not None:
            continue
        acts = re.compile(ACTS_ON.format(title=r"\s+".join(map(re.escape, words))))
        paragraphs_above = to_blocks(parent.lines)
        opened = bool(paragraphs_above and OPEN_MOTION_RE.search(paragraphs_above[-1].text))
        paragraphs = [i for i, line in enumerate(item.lines) if not line.blank and (i == 0 or item.lines[i - 1].blank)]
        for start in paragraphs[1:] if item.lines and not item.lines[0].blank else paragraphs:
            end = next((i for i in range(start, len(item.lines)) if item.lines[i].blank), len(item.lines))
            paragraph = " ".join(line.stripped for line in item.lines[start:end])
            if acts.search(paragraph) or opened and OUTCOME_RE.search(paragraph):
                moved, item.lines = item.lines[start:], item.lines[:start]
                parent.lines.extend(moved)
                shown = [line.number for line in moved if not line.blank]
                parent.sources.append((moved[0].file, shown[0], shown[-1]))
                file, first, _ = item.sources[-1]
                item.sources[-1] = (file, first, max((ln.number for ln in item.lines if not ln.blank), default=first))
                break
    return items

