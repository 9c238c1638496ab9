"""Sub-items: the numbering under one item, each on a line of its own ('4.1' under 4, '(a)', 'a)', 'A.',
a fresh '1.' indented deeper, 'Recommendation 2 – Title').

An item's sub-items are looked for between its heading and the next item, scheme by scheme; the first scheme
that finds some wins, and each must carry a title of its own, so a resolution's numbered points, a roll of
names or a schedule's rows are never sub-items. Sub-items run into one paragraph are cut by subitems.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .attendance_labels import whole_label
from .lines import Line
from .misread import misread_between
from .numbered_lines import (
    ITEM_KIND_RE,
    MD_HEADING_RE,
    NESTED_DEPTH,
    Heading,
    heading_text,
    indent_of,
    next_at_margin,
    resolution,
    roman_value,
    unwrapped,
)
from .numbered_people import is_person
from .titles import clean_title, gap_run_in, is_title, reads_as_sentence, split_presenter, split_run_in, title_cased


def _decimal(parent: str) -> re.Pattern | None:
    """'4.1' under 4, '113.2.1' under 113.2, 'C1' under C."""
    if re.fullmatch(r"\d{1,4}(?:\.\d{1,3}){0,2}", parent):
        return re.compile(rf"^({re.escape(parent)}\.\d{{1,3}})\.?[ \t]+(\S.*)$")
    if re.fullmatch(r"[A-Z]{1,2}", parent):
        return re.compile(rf"^({parent}\d{{1,2}})\.?[ \t]+(\S.*)$")
    return None


LOWER_RE = re.compile(r"^(?:\(([a-z])\)|([a-z])[.)])[ \t]*(\S.*)$")  # '(a) VPAP', 'a) Works Programme', 'a. 1659/HH'
UPPER_RE = re.compile(r"^(?:\(([A-Z])\)|([A-Z])[.)])[ \t]*(\S.*)$")  # 'A. RESOLUTION (2019-37) ...', '(B) ...'
RESTART_RE = re.compile(r"^(?:\((\d{1,2})\)|(\d{1,2})[.)])[ \t]+(\S.*)$")  # a fresh '1.' or '(1)' indented deeper
NUMERAL = r"(?:i{1,3}|iv|vi{0,3}|ix|x)"
ROMAN_RE = re.compile(rf"^(?:\(({NUMERAL})\)|({NUMERAL})[.)])[ \t]+(\S.*)$")  # 'i. Report on ...', '(ii) Update'
# numbered by a word and a dash, at any indentation: 'Recommendation 2 – Residents Parking Scheme (RPS) ...'
WORDED_RE = re.compile(r"^(?:Recommendation|Proposal)[ \t]{1,3}(\d{1,2})[ \t]{0,3}[–—-][ \t]{0,3}(\S.*)$")

# Sub-item schemes, tried in order under each item; the first that finds sub-items wins:
# (name, pattern or pattern for the parent's number, ordinal, whether they must sit deeper than the parent)
CHILD_STYLES: tuple[tuple[str, object, Callable[[str], int], bool], ...] = (
    ("decimal", _decimal, lambda n: int(re.findall(r"\d+", n)[-1]), False),
    ("lower", LOWER_RE, lambda n: ord(n) - 96, False),
    ("upper", UPPER_RE, lambda n: ord(n) - 64, False),
    ("restart", RESTART_RE, int, True),
    ("worded", WORDED_RE, int, False),
    ("roman", ROMAN_RE, roman_value, False),  # 'i.', 'ii.' under a letter (not the ninth letter: letters count from
    # 'a'): the outline's next level
)


def child_ok(text: str, kind: str, marked: bool = False, decimal: bool = False) -> bool:
    """A sub-item has a title of its own: on an agenda any capitalised entry, in minutes a heading, not a
    numbered sentence ('(a) that the report be noted', '7.1 The Committee RESOLVED.'). A Markdown heading
    ('## 8.1 3rd Report of the Planning and Environment Committee') was marked a heading by its author, so
    in minutes too it may run past eight words; so may a decimal one in title case ('6.1 Unsheltered
    Homelessness Encampment Initiative and Incremental Reaching Home Funding Allocations'), as a numbered
    paragraph never is."""
    text = (gap_run_in(text) or (text, ""))[0]  # 'Minutes of the March 6th Meeting  p2  Motion by A ...'
    text = split_presenter(clean_title(text)[0])[0]  # 'California Fire & Rescue Training JPA – (Chief Harms)', 'Path
    # Segment & bi-directional SR (Cheng Li, 15 min) [40/120]': the title's words
    if kind == "agenda" and text.endswith(";") and not text.endswith(("and;", "or;")):
        text = text[:-1]  # an agenda's entries listed as one sentence: 'A. Comments by colleagues and public;'
    if not (is_title(text, digits=True) or kind == "agenda" and text[:1].islower()) or re.match(r"(?i)that\b", text):
        return False
    if marked or kind == "agenda":
        return True
    words = len(split_run_in(text)[0].split())
    return not reads_as_sentence(text) and (words <= 8 or decimal and title_cased(text))


def _outline_entry(text: str) -> bool:
    """An outline's entry under a numeral ('1. Discussion and possible action on a contract with Tesco Controls to
    replace two VFD's at the Skyway Booster Station'): a title of any length, never a sentence ('1. The Board
    approved the payments listed.')."""
    return is_title(text, digits=True) and not re.match(r"(?i)that\b", text) and not reads_as_sentence(
        text, any_length=True)


OTHER_SCHEME_RE = re.compile(r"[IVXL]{1,6}|[A-Z]")  # a parent whose number no fresh '1.' could continue


def _text_hangs_under(lines: list[Line], index: int) -> bool:
    """A short lettered title with its text indented under it, line by line ('A. Executive Committee – (President
    Kelly)' / '   Report Out: TBD'): a heading at any margin, where a point's wrapped line runs on in lower case."""
    line = lines[index]
    below = lines[index + 1] if index + 1 < len(lines) else None
    return (below is not None and not below.blank and below.indent >= line.indent + 2 and len(line.stripped) <= 60
            and below.stripped[:1].isupper())


def _styles(other_scheme: bool) -> tuple[tuple[str, object, Callable[[str], int], bool], ...]:
    """The schemes to try under a parent. Under a numeral or a capital letter ('III. Consent Calendar', 'B.') a
    fresh '1.' cannot be the next item, whatever its indentation (converted documents lose it): those numbers are
    tried first, at the parent's own margin too (`_children_in`), and the letters under them are their points."""
    if not other_scheme:
        return CHILD_STYLES
    return tuple(sorted(CHILD_STYLES, key=lambda style: style[0] != "restart"))


def _children_in(lines: list[Line], start: int, end: int, parent: Heading, kind: str) -> list[Heading]:
    other_scheme = bool(OTHER_SCHEME_RE.fullmatch(parent.number))
    for _name, pattern, value, deeper in _styles(other_scheme):
        regex = pattern(parent.number) if callable(pattern) else pattern
        if regex is None:
            continue
        found: list[Heading] = []
        for index in range(start, end):
            line = lines[index]
            if line.blank or line.text.startswith("\t"):
                continue
            match = regex.match(heading_text(line))
            if not match:
                continue
            number = next(g for g in match.groups()[:-1] if g)
            text, indent = match.groups()[-1], indent_of(line)
            # minutes: '(a)' at the margin is a point, unless it opens a list right under a title standing alone;
            # 'Recommendation 1 – Title' is a heading all the same
            fresh = _name == "restart" and other_scheme  # '1.' under 'III.': the outline's next level, at any margin
            first = found[0].index if found else index
            deeper_here = deeper and not fresh or (kind != "agenda" and _name not in ("decimal", "worded") and not fresh
                                                   and not _under_bare_title(lines, start, first, parent))
            kinded = ITEM_KIND_RE.match(line.stripped) is not None  # 'Action: A. ...': the system says it is one
            marked = line.heading or MD_HEADING_RE.match(line.stripped) is not None or kinded
            whole = unwrapped(lines, index, text)
            nested = 0 < lines[parent.index].level < line.level  # '## 4. REPORTS' / '### A. Executive Committee'
            # a letter going on from the one before, whatever its indentation ('A.' indented under '1.', then 'B.' at
            # the margin of the next page: a converted document loses it)
            going_on = _name in ("lower", "upper") and bool(found) and value(number) == value(found[-1].number) + 1
            going_on = going_on or _name in ("lower", "upper") and _text_hangs_under(lines, index)
            if indent < parent.indent or deeper_here and not (kinded or nested or going_on) \
                    and indent <= parent.indent + 2 or not (
                    _outline_entry(whole) if fresh and not marked and kind != "agenda"
                    else child_ok(whole, kind, marked or _name == "worded", _name == "decimal")):
                continue
            if _name == "decimal":
                if any(h.number == number for h in found):
                    continue
            elif not found and _lines_between(lines, start, index) > 8:
                break  # letters far below the heading belong to a schedule or a table, not to this item
            elif found and value(number) == 1 and indent > found[-1].indent + 4:
                continue  # a fresh '1.' indented deeper than the list: a list inside the entry above
            elif found and indent >= found[0].indent + NESTED_DEPTH and _nested(
                    lines, index, end, regex, found[0].indent, value,
                    max(value(number), value(next(h for h in reversed(found) if h.indent <= found[0].indent + 1).number)
                        + 1), value(number) == 1):
                continue  # ('    1.  Members' / '        2.  Sergio Leunissen' / '    2.  Guests': the next level)
            elif found and value(number) == value(found[-1].number) + 2 and (mended := misread_between(
                    lines, found[-1].index + 1, index, found[-1].indent, value(found[-1].number) + 1, value)):
                found.append(Heading(mended[0], mended[1], mended[2], indent_of(lines[mended[0]]),
                                     parent=parent.number))  # '4.' / 'S.' / '6.': a number OCR damaged
            elif value(number) != 1 and not (found and value(number) == value(found[-1].number) + 1):
                continue  # letters and fresh numbers count from the first, and may start again
            found.append(Heading(index, number, text, indent, parent=parent.number))
        if found and _name == "decimal":
            return found  # '8.1' under 8 carries its item's number: the document's outline, never a roll of names
        if found and not all(is_person(h.text) for h in found) and not _clauses(lines, found[0], parent):
            return found  # 'A. Norm Zezula, Mayor Pro Tempore' ... is a roll, not sub-items
    return []


MAX_LISTED_WORDS = 8


def _listed(lines: list[Line], start: int, end: int, parent: Heading, kind: str) -> list[Heading]:
    """An agenda item's topics listed without numbers straight under its short title, one a line, indented
    under it ('5. Discussions' / '   Introductions' / '   Vacancy Search Update'): two or more short
    capitalised titles, none a sentence, a name or a label, then a blank line or the next item."""
    if kind != "agenda" or len(parent.text) > 40 or start >= end:
        return []
    block = []
    for index in range(start, end):
        if lines[index].blank:
            break
        block.append(index)
    if len(block) < 2 or (block[-1] + 1 < end and not lines[block[-1] + 1].blank):
        return []
    indent = lines[block[0]].indent
    texts = [lines[i].stripped for i in block]
    if any(abs(lines[i].indent - indent) > 1 for i in block) or indent <= parent.indent:
        return []
    if not all(t[:1].isupper() and len(t.split()) <= MAX_LISTED_WORDS and not t.endswith((".", ",", ";", ":"))
               and not re.search(r"\S {3,}\S|\d", t) and not reads_as_sentence(t) for t in texts):
        return []
    if all(is_person(t) for t in texts):
        return []
    return [Heading(i, "", lines[i].stripped, lines[i].indent, parent=parent.number, end=i + 1) for i in block]


def _under_bare_title(lines: list[Line], start: int, first: int, parent: Heading) -> bool:
    """'10. Updates' / '' / '(a) VPAP - DR said ...': a title standing alone as a paragraph of its own (a few
    words, no text run into it), its letters starting on the first line of text under it ('111/20 Highways' /
    'a) Speeding on Mill Road: following ...' on the next line are points of the minute's text)."""
    title, rest = split_run_in(parent.text)
    if rest or reads_as_sentence(title) or not all(line.blank for line in lines[start:first]):
        return False
    if first > start:
        return len(title.split()) <= 5
    # no blank line between, as a system's printout has none: the letter's own line a short title alone
    # ('12. Board Reports, Comments, and Ideas' / 'A. Board Members' / 'Trustee Lefkovitz - no report.')
    letter = UPPER_RE.match(heading_text(lines[first])) if first < len(lines) else None
    return bool(letter and len(letter.group(3).split()) <= 6 and not split_run_in(letter.group(3))[1]
                and not reads_as_sentence(letter.group(3)) and not letter.group(3).rstrip().endswith("."))


LABEL_LINE_RE = re.compile(r"^[A-Z][a-z]{2,20}(?: [a-z]{2,12}){0,2}:\s")  # 'Recommendation: ', 'Staff report: '


def _lines_between(lines: list[Line], start: int, index: int) -> int:
    """Lines of text between an item's heading and a line below it, not counting the rest of the heading's own
    paragraph: a resolution's title printed over ten lines does not put its '(a)' far below it. The paragraph
    ends at a blank line or at a line opening with a label ('Recommendation: Adopt ...') where a PDF leaves none."""
    first = next((i for i in range(start, index) if lines[i].blank or LABEL_LINE_RE.match(lines[i].stripped)), index)
    return sum(1 for line in lines[first:index] if not line.blank)


def _clauses(lines: list[Line], first: Heading, parent: Heading) -> bool:
    """'Recommendation: Adopt a resolution:' / '(a) Approving the report ...': the points of a sentence
    that a line of its own leads into, not sub-items (a capitals heading 'REGULAR ACTIONS:' leads to items)."""
    above = [lines[i] for i in range(first.index - 1, parent.index, -1) if not lines[i].blank]
    page = lines[first.index].page
    # the line leading in; across a page break, any of the last few ('... that the City Council:' at the foot of
    # a page, a printed page's footer and running head between it and '(A) Receive and file ...')
    above = above[:4] if any(line.page != page for line in above[:4]) else above[:1]
    return any(line.stripped.endswith(":") and line.stripped != line.stripped.upper()
               and not ITEMS_LEAD_RE.search(line.stripped) for line in above) or resolution(lines, first)


# A lead-in that says items follow: 'The following consent calendar items were considered and acted upon as follows:'
ITEMS_LEAD_RE = re.compile(r"(?i)\bfollowing\b.{0,40}\bitems\b")


def _nested(lines: list[Line], index: int, end: int, regex: re.Pattern, margin: int, value: Callable[[str], int],
            number: int, fresh: bool) -> bool:
    """An entry indented deeper than the list is an entry of a list nested in the one above when the list's next
    entry at its own margin numbers at most `number` (the deeper entry's, or the one the list goes on with): a
    Markdown list's next level, four spaces in."""
    entries = ((indent_of(lines[later]), value(next(g for g in match.groups()[:-1] if g)))
               for later in range(index + 1, end)
               if not lines[later].blank and (match := regex.match(heading_text(lines[later]))))
    later = next_at_margin(entries, margin)
    return fresh if later is None else later <= number  # (none: the list ended above it, and a deeper list
    # starting at 1 is the last entry's own)


MARKED_CHILDREN = 2


def _marked_under(lines: list[Line], start: int, end: int, parent: Heading) -> list[Heading]:
    """Headings the file marks one level below its item's own marked heading, with no number ('## 7. Captains'
    Reports' over '### Team A – Sumit Bhalla'), two or more, each over text of its own: the item's sub-items, as
    printed."""
    level = lines[parent.index].level if lines[parent.index].heading else 0
    marked = [index for index in range(start, end)
              if level and lines[index].heading and lines[index].level == level + 1]
    found = []
    for n, index in enumerate(marked):
        stop = marked[n + 1] if n + 1 < len(marked) else end
        if any(not line.blank and not line.heading for line in lines[index + 1:stop]):
            found.append(Heading(index, "", heading_text(lines[index]), indent_of(lines[index]), parent=parent.number,
                                 end=index + 1, rule="marked"))
    return found if len(found) >= MARKED_CHILDREN else []  # (one heading below an item's: a part of its text)


def sub_items(lines: list[Line], start: int, end: int, parent: Heading, kind: str, depth: int = 0) -> list[Heading]:
    """The sub-items between an item's heading and the next item, with theirs in turn (three levels)."""
    children = (_children_in(lines, start, end, parent, kind) or _listed(lines, start, end, parent, kind)
                or _marked_under(lines, start, end, parent)) if depth < 3 else []
    if children and kind == "minutes" and all(whole_label(child.text) for child in children):
        return []  # '1. Premier Members of the CCC' / '2. Guests / Observers' / '3. Not in attendance': the groups of a
        # roll call, each over its list of people, no items
    found = []
    for n, child in enumerate(children):
        stop = children[n + 1].index if n + 1 < len(children) else end
        found.append(child)
        found.extend(sub_items(lines, child.index + 1, stop, child, kind, depth + 1))
    return found
