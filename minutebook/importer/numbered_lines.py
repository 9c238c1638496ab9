"""Lines that open with a number, in each style a document may number its items by ('1.', '101.', '107/20',
'PL58/20', 'Item 7 -', 'IV.', 'C.', a trailing agenda code '(G-1)'): the styles as a table, a number's value, and
every line of a style that could head an item (not a street number, a table's row, a numbered list of people or a
resolution's points). Which of them are the items is numbering.py's to learn.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..dates import MONTH_ABBREVIATED, find_date
from .columns import column_titles, lone_title
from .lines import Line
from .numbered_people import is_person, without_initialled_names, without_name_lists
from .starts import date_only
from .titles import FILE_COLUMN_RE, is_title, reads_as_sentence

MARKUP_RE = re.compile(r"&nbsp;|&#160;|\u00a0")
MD_HEADING_RE = re.compile(r"^#{1,6}[ ]{1,6}")
MD_LINK_RE = re.compile(r"\[([^\]\n]{0,200})\]\(<?[^)\n]{0,400}>?\)")
COLUMN_GAP_RE = re.compile(r"[ \t]{3,}")
AMOUNT_RE = re.compile(r"\$\s{0,6}[\d,]{1,15}(?:\.\d\d)?")
BARE_NUMBER_RE = re.compile(r"^(\d{1,4}(?:/\d{2,4})?[a-z]?)\.$")  # '1.' alone, its title on the next line
# a street number and its street, then the town (after a comma or on the next line): an address in a
# letterhead or a footer, not an item; in capitals ('15 MARKET STREET, TOWNSVILLE ON TUESDAY ...', a heading's
# wrapped line) only before the town's comma, since an item's title in capitals may end in 'WAY' or 'PLACE', or
# before the meeting's date ('181 BUNKERTOWN RD MARCH 12, 2025 6PM': the place, date and time of the title block);
# a bullet may part the street from the town ('770 Wilshire Boulevard • Los Angeles, California 90017')
STREET = r"Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Highway|Hwy"
COMPASS = r"(?:North|South|East|West|N|S|E|W|NE|NW|SE|SW)\.?"  # after the street: '60 Snyder's Road West'
ADDRESS_RE = re.compile(rf"^\s*\d{{1,5}}\s{{1,3}}(?:[NSEW]\.?\s{{1,3}})?(?:[A-Z][\w.'’-]{{0,20}}\s{{1,3}}){{1,4}}"
                        rf"(?:(?:{STREET})\b\.?(?:\s+{COMPASS})?(?:\s{{0,3}}[,•·|]|\s*$)|(?:{STREET.upper()})\b\.?\s{{0,3}},|"
                        rf"(?:{STREET.upper()})\b\.?\s{{1,3}}(?i:{MONTH_ABBREVIATED})\.?\s{{1,3}}\d)")

# A town with its postal code alone on a line, under a street's number and name ('35 North 1st East' / 'Rexburg, ID
# 83440', 'Town Hall' / 'Anytown AB1 2CD'): the line above is an address, whatever its street is called.
TOWN_LINE_RE = re.compile(r"^[A-Z][\w .'’-]{1,30}(?:,\s*[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?|"  # (a comma before the
                          r",?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$")  # state: 'TRACT NO. 10534' is a title's)


BOLD_TITLE_RE = re.compile(r"^\s*[\w.()]{1,8}\s+(?:\*\*|__)[^*_]{3,300}(?:\*\*|__)\s*$")  # '1. **Title**' whole


@dataclass(frozen=True)
class Heading:
    """A numbered line read as an item: its number as printed and the text after it."""

    index: int
    number: str
    text: str
    indent: int
    parent: str | None = None
    bare: int = 0  # the number alone on its line: how many lines down its title is (1 the next, 2 past a blank)
    end: int | None = None  # an unnumbered heading: the index where its text starts
    rule: str = ""  # an unnumbered heading: the rule that read it ('capitals', 'bullet')
    mark: str = ""  # what follows the number: '.' in '4. Talk', '' in '7   Opportunities'
    spans: tuple[int, ...] = ()  # a title printed apart from its number (columns.py): the lines it was read from
    bold: bool = False  # the title set wholly in bold after its number ('1. **Discussion of ...**'): a heading


# The kind of an item a meeting-management system prints before its letter: 'Action: A. Approval of ...',
# 'Information: G. Board Report', 'Action, Information: A. ...' (BoardDocs).
ITEM_KIND_RE = re.compile(r"^(?:(?:Action|Information|Discussion|Consent|Procedural|Reports?|Presentation)"
                          r"(?:\s*,\s*|\s*/\s*|\s+and\s+)?)+\s*:\s+(?=[A-Z0-9]{1,3}\.\s)")


def heading_text(line: Line) -> str:
    """A line as a heading reads: Markdown '#' marks, '&nbsp;' and links '[(2.1)](<...>)' flattened, an item's
    kind before its letter taken off."""
    text = MARKUP_RE.sub(" ", line.stripped)
    text = MD_HEADING_RE.sub("", text)
    text = ITEM_KIND_RE.sub("", text)
    return MD_LINK_RE.sub(r"\1", text).strip() if "](" in text else text


NESTED_DEPTH = 3  # spaces deeper than its list's margin from which an entry may be the next level's (Markdown: four)


def next_at_margin(entries: Iterable[tuple[int, float]], margin: int) -> float | None:
    """The value of the first entry (indent, value) at `margin`, within a space; None where none comes: where a list
    goes on at its own margin after an entry indented deeper, which tells whether that entry was nested in it."""
    return next((value for indent, value in entries if abs(indent - margin) <= 1), None)


def indent_of(line: Line) -> int:
    text = MARKUP_RE.sub(" ", line.text)
    return len(text) - len(text.lstrip())


# --- ordinals: where a number stands in its sequence ------------------------------------------------

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_value(number: str) -> int:
    values = [ROMAN[c] for c in number.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def year_point_value(number: str) -> float:
    """'21.44' -> the 44th minute of year 21, after every minute of year 20."""
    year, _, serial = number.partition(".")
    return int(year) * 1000 + int(serial)


DOTTED = r"[A-Z]{1,4}\.\d{1,3}\.\d{1,3}"  # a minute's reference: its series' letters and two numbers apart by stops


def number_value(number: str) -> float:
    """'101' -> 101; '107/20' counts within its year; '2021/045', '23/045', 'PC23/01' (the year first, the
    serial padded to its width) and 'CCL23/1' (a serial of one digit, never a year) count within the year; 'C.25.49'
    and 'CMD.74.21' by their two numbers."""
    dotted = re.fullmatch(r"[A-Z]{1,4}\.(\d{1,3})\.(\d{1,3})", number)
    if dotted:  # one of the two is the year, the same all through a meeting: their sum counts as the serial does
        return int(dotted.group(1)) + int(dotted.group(2))
    match = re.match(r"[A-Z]*\.?(\d+)(?:[/-](\d+))?", number)  # ('PL.41': the committee's letters and a stop)
    if not match:
        return 0
    serial = match.group(2) or ""
    year_first = re.fullmatch(r"(?:19|20)?\d\d", match.group(1)) and not re.fullmatch(r"(?:19|20)\d\d", serial) and (
        len(serial) >= 3 or len(serial) == 1 or serial.startswith("0"))  # not '46/2019', the number before its year
    if match.group(2) and year_first:
        return int(match.group(1)) * 100000 + int(match.group(2))
    return int(match.group(1)) + (int(match.group(2)) * 100000 if match.group(2) else 0)


@dataclass(frozen=True)
class Style:
    """One way of numbering items: a pattern (groups: number, text), how numbers order, how they step."""

    name: str
    pattern: re.Pattern
    value: Callable[[str], float]
    counted: bool = False  # numbers count 1, 2, 3 from the first (letters, roman numerals)
    marked: bool = False  # headings the file marks (Markdown's "# 1. Title"): the author marked them, in any order
    bare: re.Pattern | None = None  # the number alone on its line, the title on the next ('1.' / 'MINUTES')
    measures: bool = False  # identifiers of measures, not the agenda's numbering (see MEASURE)
    label: re.Pattern | None = None  # the number is a label after the title, perhaps on the next line (see FORM)


# Measures numbered by a letter code for their kind, a serial and the year: bills 'B220-15', resolutions
# 'R135-15', policy resolutions 'PR136-15', reports 'REP81-15'. Each kind counts on its own and the minutes
# take them in the order of business, so any measure number that differs from the one before follows it.
MEASURE = Style("measure", re.compile(r"^([A-Z]{1,4}\d{1,4}-\d{2})[ \t]{1,40}(\S.*)$"), number_value, marked=True,
                bare=re.compile(r"^(?:([A-Z]{1,4}\d{1,4}-\d{2})|\(([A-Z])\))$"), measures=True)  # or a hearing's '(B)'

# Forms, one per item, each a set of lettered fields ('(a) Subject: Petition Debate' / '(agenda item 8)',
# '(b) Ward:', ... '(d) Decision taken'): a form has no number of its own, its item is the agenda item its
# subject names, after the title or on the line below it.
FORM = Style("form", re.compile(r"^\(a\)[ \t]{1,20}Subject:[ \t]{1,40}(\S.*)$"), number_value, marked=True,
             label=re.compile(r"\(\s{0,3}agenda\s{1,3}item\s{1,3}(\d{1,4}[a-z]?)\s{0,3}\)\s*$", re.I))

# Minute references: the series' letters, the minute's serial, the month and the year, apart by slashes
# ('CES/01/11/24: APOLOGIES', 'Cou/285/07-08 Present', 'FC/12/2023 Grants'). Each is the minute's own reference, the
# series may change within one meeting ('BEM/07/11/24') and a serial may be typed twice, so any reference that
# differs from the one before follows it.
REFERENCE = Style("reference", re.compile(r"^([A-Z][A-Za-z&]{0,5}/\d{1,4}/\d{1,4}(?:[/-]\d{2,4})?)(?::|[ \t])[ \t]*"
                                          r"(\S.*)$"), lambda number: number_value(number.split("/", 1)[1]))


def code_value(code: str) -> float:
    """'D' -> 4, 'E-2' -> 5.02, 'E-1a' -> 5.011, 'G-I/G-8' -> 7, 'G-1/G-10' -> 7.01 (a range: its first entry's)."""
    entry = re.match(r"[A-Z]{1,2}-(\d+)([a-z]?)", code)
    return ord(code[0]) - 64 + (int(entry.group(1)) / 100 + (0.001 if entry.group(2) else 0) if entry else 0)


AGENDA_CODE = r"[A-Z]{1,2}(?:-[A-Z0-9]{1,3}[a-z]?)?(?:/[A-Z]{1,2}-?\d{1,3})?"
# A title followed by its agenda code in brackets, each on a line of its own: 'Minutes Approved (D)', 'Personnel
# (G-1)', 'Adjournment (L)' - the letters of the agenda's sections and the numbers of their entries, rising (not a
# list of names, each with initials in brackets: 'Regrets: Glenn Groulx (GG), Brent Patriquin (BP), Dale White (DW)';
# 'Mr A Bell [AB] (FTG); Mr C Hale [CH] (LA)': a roster, each governor's kind in brackets).
CODE = Style("code", re.compile(rf"^(?!.*\([A-Z][A-Za-z]{{0,3}}\)[,;])(\S.{{1,250}}?\s\({AGENDA_CODE}\))\s*$"),
             code_value, label=re.compile(rf"\(({AGENDA_CODE})\)\s*$"))

# Item numbering schemes, tried in order; the longest run wins, the first a tie. A marked heading that opens with a
# year and a space ('## 2009 Budget Items', '2024 Elections') is titled by its year, not numbered by it.
YEAR_TITLE_RE = re.compile(r"(?:19|20)\d\d[ \t]")
YEAR_LEAD = rf"(?!{YEAR_TITLE_RE.pattern})"
# The word labelling an item's number, and the number: 'Item 7', 'Minute No. 123', 'Agenda Item 1', 'ARTICLE 2'.
ITEM_LABEL = (r"(?:(?:Agenda|AGENDA)\s+)?(?:Item|ITEM|Minute|MINUTE|Min\.?|MIN\.?|Subject|SUBJECT|Article|ARTICLE)\s+"
              r"(?:(?:No|NO|no)\.?\s*)?(\d{1,4}(?:/\d{2,4})?[a-z]?)")  # ('Minute no. 1 –')
STYLES = (
    Style("markdown", re.compile("^" + YEAR_LEAD + r"(\d{1,4}[a-z]?)(?:\.(?!\d)|\s)[ \t]*(\S.*)$"), number_value,
          marked=True),
    # '1. Apologies', '82/23 Apologies' (its year after it), '1 - Apologies' (a spaced dash after the number),
    # '1-0607/8 - Apologies' (the serial, a hyphen, and the council's year), '#316/2018 BE IT RESOLVED ...' (a
    # resolution's number and its year after a number sign), '01/20/F&R Apologies' (the committee's letters after its
    # year, on every minute of the committee, are no part of the item's number, as the sign is not: '01/20')
    Style("number", re.compile("^" + YEAR_LEAD + r"(?:#(?=\d{1,4}/))?(\d{1,4}(?:/\d{2,4}|-\d{2,4}/\d{1,4})?[a-z]?)"
                               r"(?:(?:(?<=/\d\d)|(?<=/\d{4}))/[A-Z][A-Za-z&]{0,5})?"
                               r"(?:\.{1,2}(?!\d)|[ \t]+[-–—](?=[ \t])|\s)[ \t]*(\S.*)$"),
          number_value, bare=BARE_NUMBER_RE),
    # an item numbered with a nought after its point, its paragraphs numbered under it: '1.0 APOLOGIES' / '1.1 ...'
    Style("point-nought", re.compile(r"^(\d{1,3}\.0)[ \t]{1,12}(\S.*)$"), number_value),
    # minutes numbered within their year by a point: '21.44 ELECTION OF CHAIR', '21.45 APOLOGIES' (a year of two digits
    # from 13 on, so never the sections '4.1', '4.2' of an item '4.')
    Style("year-point", re.compile(r"^((?:19|20)?(?:1[3-9]|[2-9]\d)\.\d{1,3})[ \t]+(\S.*)$"), year_point_value),
    # 'Item 7 -', 'Minute 45.', 'Agenda Item 1 – Apologies', 'Minute No. 123 – Apologies', 'Subject No. 1: Tender', a
    # town meeting's warrant articles: 'ARTICLE 2: To see if the Town will vote to raise ...'
    Style("item", re.compile(rf"^{ITEM_LABEL}(?:\s*[-–—:.]\s*|\s+)(\S.*)$"), number_value,
          bare=re.compile(rf"^{ITEM_LABEL}[.:]?$")),  # ('Minute 66' alone over its title)
    REFERENCE,
    MEASURE,  # before 'prefixed', which reads 'R135-15' too but as one count
    # a committee's letters before the number, a stop between them or not: 'PC23/01 Apologies', 'PL.41 MINUTES'; or
    # its letters, the year and the serial apart by stops, either first: 'C.25.49 Prayer', 'CMD.74.21' alone over
    # its title
    Style("prefixed", re.compile(rf"^((?:[A-Z]{{1,4}}|[A-Z]{{2,4}}\.)\d{{1,4}}(?:[/-]\d{{1,4}})?[a-z]?|{DOTTED})"
                                 r"(?:\.|\s)[ ]*(\S.*)$"), number_value, bare=re.compile(rf"^({DOTTED})$")),
    Style("roman", re.compile(r"^([IVX]{1,5})\.[ \t]{1,40}(\S.*)$"), roman_value, counted=True,
          bare=re.compile(r"^([IVX]{1,5})\.$")),  # ('II.' alone over its title)
    Style("bracket", re.compile(r"^(\d{1,3})\)[ \t]{1,12}(\S.*)$"), number_value),  # '1) Election of meeting secretary'
    # (after the numbers with a stop: a document's '1) Cable Channel 26' lists lose to its '1. CEREMONIAL ITEMS')
    Style("parenthesised", re.compile(r"^\((\d{1,3})\)[ \t]{1,12}(?!(?i:that|to)\b)(\S.*)$"), number_value),  # '(1)
    # Apologies', never a resolution's points ('DECISION:' / '(1) That Council be recommended ...')
    Style("letter", re.compile(r"^([A-Z])\.[ \t]{1,40}(\S.*)$"), lambda n: ord(n) - 64, counted=True),
    FORM,
    CODE,
)
NUMBER_STYLE = STYLES[1]
# The rows numbered under the section headings of minutes whose items are headings closed by a decision
# (decided.py): read there, not by sequence.
ROWS = Style("rows", re.compile(r"^(\d{1,3})\.\s{1,12}(\S.*)$"), number_value, marked=True)


def candidates(lines: list[Line], style: Style) -> list[Heading]:
    """Every line numbered in `style` whose text can be a title: '21. TITLE', '1.' / 'TITLE' below it."""
    found = []
    padded: float | None = None  # the last row of a zero-padded count ('09 Lucy McCourt'), until a blank line
    for index, line in enumerate(lines):
        if line.blank:
            padded = None
        if line.text.startswith("\t") or line.blank:
            continue
        marked = line.heading or line.stripped.startswith("#")
        if style.marked and not (style.measures or style.label) and not marked:
            continue
        text = heading_text(line)
        if style.label:
            found.extend(_labelled(lines, index, style))
            continue
        bare = style.bare.match(text) if style.bare else None
        below = 1
        if bare:
            following = heading_text(lines[index + 1]) if index + 1 < len(lines) else ""
            alone = index == 0 or lines[index - 1].blank  # '1.' a paragraph of its own, not '... 6 May' / '2025.'
            if not following and alone and not style.measures and index + 2 < len(lines):  # '1.' / '' / 'Adoption
                below, following = 2, heading_text(lines[index + 2])  # of Minutes': a paragraph a line
            if not following or style.pattern.match(following) or style.bare.match(following):
                title = (column_titles(lines, index).get(index) or lone_title(lines, index)) if style.measures else None
                if title:  # the list read off column by column: its titles apart from its numbers
                    found.append(Heading(index, bare.group(bare.lastindex), title.text, indent_of(line),
                                         spans=title.lines))
                continue
            number, title = bare.group(bare.lastindex), following
            if not alone and WRAPPED_YEAR_RE.search(lines[index - 1].text) and YEAR_TITLE_RE.match(number + " "):
                continue  # '... was posted on August 28,' / '2009.': a date's year wrapped onto its own line
        else:
            match = style.pattern.match(text)
            if not match:
                continue
            number, title = match.group(1), match.group(2)
        if re.match(r"0\d(?!\d*/\d)", number) or padded is not None and style.value(number) > padded:
            padded = style.value(number)  # '01 David Redgewell': a list's zero-padded count, never an item
            continue  # number, nor are the rows that carry it on past 09 ('10 Simon Easton') line after line (a minute
            # number padded before its year is one: '045/24')
        if ADDRESS_RE.match(text) or index + 1 < len(lines) and TOWN_LINE_RE.match(lines[index + 1].stripped):
            continue  # '2611 W. Lawrence Avenue, Chicago IL 60625': an address, its street number no item's
        if table_row(title):
            continue  # '2.   MARY G. LESSER        $30.00        $18,390.00': a table's row
        if "\t" in title or not is_title(unwrapped(lines, index, title)) or date_only(line.text) \
                or MOTION_OPENING_RE.match(title):
            continue
        starts_with_date = find_date(text)
        if starts_with_date and starts_with_date[1].start() == 0 or CLOCK_FIRST_RE.match(text):
            continue  # '15 March 2023 at 10.00 am.' wrapped from the heading is a date, not item 15; '3 PM at,
            # 11/3/2011' a time
        mark = "" if bare else text[text.index(number) + len(number):][:1].strip()
        found.append(Heading(index, number, title, indent_of(line), bare=below if bare else 0, mark=mark,
                             bold=bool(BOLD_TITLE_RE.match(line.raw))))
    return _without_points(lines, without_name_lists(lines, without_initialled_names(lines, found)))


CLOCK_FIRST_RE = re.compile(r"\d{1,2}\s?[AaPp]\.?\s?[Mm]\b")  # a line opening with the time of day ('3 PM at')


# A line that ends inside a date, its year to come: '... posted on August 28,', '... held on 6 May'.
WRAPPED_YEAR_RE = re.compile(rf"(?i)\b(?:{MONTH_ABBREVIATED}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,|"
                             rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_ABBREVIATED},?|"
                             r"(?:the|fiscal|calendar|financial|school)\s+year|year\s+of|in|since|until|for)\s*$")
# ('... Chair of the Planning Commission for the year' / '2017.': a sentence's last words)


# A numbered paragraph that opens with a motion or a closing formula is a paragraph, never an item's title: '1. On
# motion of Supervisor A, seconded by Supervisor B, and unanimously carried, the Board approved ...'.
MOTION_OPENING_RE = re.compile(r"(?i)(?:on|upon)\s+(?:the\s+)?motion\s+(?:of|by)\b|"
                               r"it\s+was\s+(?:moved|proposed)\s+by\b|there\s+being\s+no\s+further\b")


def _labelled(lines: list[Line], index: int, style: Style) -> list[Heading]:
    """A heading whose number is a label after its title ('Petition Debate (agenda item 8)'), the label on the
    title's line or below it, the title wrapped under itself: the title, its label, its text starting below."""
    match = style.pattern.match(heading_text(lines[index]))
    if not match:
        return []
    title, end = match.group(1).strip(), index + 1
    label = style.label.search(title)
    if style is CODE:  # a heading of its own, not a sentence or a person ('Cllr A Smith (C)': a party)
        heading = title[:label.start()].strip()
        alone = index == 0 or lines[index - 1].blank or lines[index].heading
        entry = "-" in label.group(1)  # 'Personnel (G-1)': an entry of a section, never a party's initial
        party = is_person(heading) and not entry  # 'Cllr A Smith (C)'
        if not alone or reads_as_sentence(heading) and not entry or heading.endswith(".") or party \
                or len(heading.split()) > 30:
            return []
        return [Heading(index, label.group(1), heading, indent_of(lines[index]), end=end, rule="code")]
    while not label and end < min(len(lines), index + 4) and not lines[end].blank \
            and indent_of(lines[end]) > indent_of(lines[index]):  # a title wrapped under itself, then its label
        title, end = f"{title} {lines[end].stripped}", end + 1
        label = style.label.search(title)
    return [Heading(index, label.group(1), title, indent_of(lines[index]), end=end)] if label else []


def unwrapped(lines: list[Line], index: int, title: str) -> str:
    """A long title wrapped at a comma or semicolon and carried on under itself ('41. Ord. declaring the
    necessity of appropriating, for the use of the City,' / '     certain property ...', perhaps after one blank
    line a PDF's line spacing put inside it) reads as a title
    without its trailing comma; a comma ending a line with nothing hanging under it is a list's entry, and one
    ending a short line or a second column is a table's cell ('18. OLD TOWN HOTEL GROUP,' / 'LLC d/b/a ...')."""
    below = index + 2 if index + 2 < len(lines) and lines[index + 1].blank else index + 1  # one blank: PDF spacing
    if not title.endswith((",", ";")) or below >= len(lines) or lines[below].blank:
        return title
    filed = FILE_COLUMN_RE.match(title)  # '21-038     ST20-003 - ...,': the title in its column after a file number
    if len(lines[index].stripped) < 55 or COLUMN_GAP_RE.search(title[filed.end() if filed else 0:]):
        return title
    line = lines[index]
    column = indent_of(line) + len(heading_text(line)) - len(title) + (filed.end() if filed else 0)
    return title.rstrip(",;") if abs(indent_of(lines[below]) - column) <= 2 else title


def _without_points(lines: list[Line], found: list[Heading]) -> list[Heading]:
    """The numbered points of a resolution ('It was APPROVED:' / '8. Delegates authority ...') and the
    points that follow them without a blank line are text, never items."""
    kept, point = [], None
    for heading in found:
        follows = point is not None and all(not line.blank for line in lines[point.index:heading.index])
        if resolution(lines, heading) or follows:
            point = heading
        else:
            kept.append(heading)
            point = None
    return kept


def table_row(text: str) -> bool:
    """A row of a table, not a title: an amount in a column of its own ('TIMOTHY KRUS     $45.07'), or
    three columns of which two hold several words ('325 Park Avenue    Chinese Merchants    Retain one');
    a title in capitals justified across the page ('GOVERNMENT     FINANCE  OFFICERS') is one column."""
    cells = [c for c in COLUMN_GAP_RE.split(text.strip()) if c]
    if any(AMOUNT_RE.fullmatch(c) for c in cells[1:]):
        return True
    return (len(cells) >= 3 and sum(len(c.split()) >= 2 for c in cells) >= 2 and text != text.upper()
            and not any(c[:1].islower() for c in cells))  # 'Public and S     taff C    omments': spacing gone wrong


def resolution(lines: list[Line], first: Heading) -> bool:
    """'That the Committee:' / '1. Noted the membership ...': the numbered points of a resolution; the lead-in may
    follow its movers in the same paragraph ('Moved (Cr A / Cr B)' / 'THAT the Committee:')."""
    above: list[str] = []
    for i in range(first.index - 1, max(first.index - 6, -1), -1):
        if lines[i].blank:
            if above:
                break
            continue
        above.insert(0, lines[i].stripped)
    adjacent = first.index > 0 and not lines[first.index - 1].blank
    return bool(above) and (above[-1].endswith(":") or adjacent and not above[-1].endswith(".")) and bool(
        re.match(r"(?i)(?:that|resolved|agreed|approved|it was (?:resolved|agreed|approved|decided))\b", above[0])
        or any(re.match(r"(?:That|THAT|Resolved|RESOLVED)\b", line) for line in above[1:]))


# a numbered line whose title the writer set in bold, alone or run into its text: '1. **Action Summary Minutes**',
# '**3. SMFD – LOCAL 522 REPORT:** Captain A had no report.' (not '(6:07pm)', a note after the title, as text)
BOLD_NUMBERED_RE = re.compile(r"^\s*(?:(?:\*\*|__)[\w.()]{1,8}\s+|[\w.()]{1,8}\s+(?:\*\*|__))(?P<title>[^*_]{3,200}?)"
                              r"(?:\*\*|__):?\s*(?P<rest>[^\s*_(].*)?$")
