"""Item headings without a number: a line in capitals standing alone ('APPROVAL OF THE MINUTES'), or a
bulleted title ('• Pledge of Allegiance').

A document with no item numbers at all heads its items this way; a numbered agenda often opens and
closes with such headings ('CALL TO ORDER', 'ROLL CALL', ... '1. MINUTES', '2. WARRANTS', ...
'ADJOURNMENT'). Headings are read by a table of rules, tried in order, the catch-all last; each needs
the line to stand alone (a blank line or a page break above it, nothing in capitals wrapped under it),
outside the part's title block. Which of them are items beside numbered ones is beside.py's to decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..dates import MONTH_YEAR_RE, find_date
from .attendance_headings import PARTICULARS_RE, attendance_group, over_attendance_label, over_names
from .attendance_labels import label_of
from .doc_kind import before_the_minutes, minutes_title_over_items
from .lines import Line, first_below, text_above, under_unbroken_text
from .nameentry import ROLE_KEYWORDS
from .names import looks_like_name
from .not_titles import (
    BODY_TITLE_RE,
    CAPITALS_SENTENCE_RE,
    CONTENTS_TITLE_RE,
    NOT_A_TITLE_RE,
    SITE_LINKS_RE,
)
from .numbered_lines import YEAR_TITLE_RE
from .outline import outline_entry
from .starts import NEXT_MEETING_RE, date_only
from .title_block import title_block_end
from .titles import reads_as_sentence, split_run_in
from .venues import HELD_AT_RE

COLUMN_GAP_RE = re.compile(r"[ \t]{3,}")
TIME_RE = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\s?[AP]\.?M\b", re.I)
BULLET_RE = re.compile(r"^[•●▪■◦]\s{1,8}(\S.{0,150})$")
MAX_WORDS = 10
# an item about the body's next meeting, though its title ends with the body ('Next meeting of the review committee')
SENTENCE_END_RE = re.compile(r"[.!?]\s*$")
FIGURE_WORD_RE = re.compile(r"\d+[A-Za-z]+\s")  # '3D Nation', '5G masts', '2A Masts'


LABEL_ALONE_RE = re.compile(r"[A-Z][A-Z ]{1,30}:")  # a label in capitals on a line of its own ('DECISION:')


def stands_alone(lines: list[Line], index: int) -> bool:
    """A blank line, a page break or the end of a sentence above the line, or a line set far deeper (a presenter
    centred under the heading before: a PDF's text keeps no blank lines); never the line after a comma or under a
    label in capitals alone, across a blank line or not."""
    if index == 0:
        return True
    text = lines[before].stripped if (before := text_above(lines, index)) >= 0 else ""
    if text.endswith(",") or LABEL_ALONE_RE.fullmatch(text):  # '... MURYN,' / '' / 'WALKER': a list goes on;
        return False  # 'DECISION:' / '' / 'APPLICATION ... APPROVED': a label's value (text set a line a paragraph)
    above, line = lines[index - 1], lines[index]
    deeper = above.indent >= line.indent + 16 \
        and bool(re.search(r"[a-z]", above.text))  # not a page number over the running header
    return above.blank or above.page != line.page or bool(SENTENCE_END_RE.search(above.text)) or deeper


# The mark closing each line of a court record's caption: ')(' or '§' ('STATE OF TEXAS )(', 'COUNTY OF X §').
CAPTION_RE = re.compile(r"\s(?:\)\(|§)$")


def capitals_text(text: str) -> str | None:
    """The first column of a line in capitals ('ROLL CALL      Theresa Devoy, Clerk'), or None: a title
    of 1-10 words with four letters or more, no lower case, no colon, no date or time, not a label nor the
    name of a body or meeting; a
    second column is a presenter in mixed case (a row of capitals across columns is a table's header)."""
    if text.strip() == text.strip().upper() and not re.search(r"\S {5,}\S", text.strip()):
        text = " ".join(text.split())  # 'ADOPTION   OF AGENDA': words spread by a PDF's justified spacing
    cells = [c for c in COLUMN_GAP_RE.split(text.strip()) if c]
    if not cells or len(cells) > 2 or any(c == c.upper() and re.search(r"[A-Z]", c) for c in cells[1:]):
        return None
    title = cells[0].strip()
    letters = re.sub(r"[^A-Za-z]", "", title)
    if len(letters) < 4 or title != title.upper() or ":" in title or title.endswith((",", ";", "-")):
        return None
    if len(title.split()) > MAX_WORDS or TIME_RE.search(title) or NOT_A_TITLE_RE.match(title):
        return None
    if title.startswith(("(", "[")) or title.endswith(("\"", "”", "'", "’")) or CAPITALS_SENTENCE_RE.search(title):
        return None  # '(FILE NO. 56338)', '... REJECT.”', a remark
    if CAPTION_RE.search(title):
        return None  # 'STATE OF TEXAS )(' / 'COUNTY OF X §': a court's record reciting where it sits, no topic
    if BODY_TITLE_RE.search(title) or MONTH_YEAR_RE.search(title):
        return None  # a body's or a meeting's title, 'PAYMENTS SEPTEMBER 2019'
    if date_only(title) or find_date(title) or re.match(r"^\d", title):
        return None  # 'AUGUST 17, 2015', '701 E. BROADWAY, COLUMBIA': a date or an address
    name, comma, post = title.partition(",")
    if comma and looks_like_name(name.title()) and ROLE_KEYWORDS.search(post.title()):
        return None  # 'KEN RICHEY, CHAIR', 'LEE ANN PETERSON, CITY RECORDER': who signs the minutes
    return title


def _capitals(lines: list[Line], index: int) -> tuple[str, int] | None:
    """'APPROVAL OF THE MINUTES' standing alone; a title in capitals wrapped onto a second line is joined."""
    title = capitals_text(lines[index].text) or _minutes_approved(lines, index)
    if title is None or not (stands_alone(lines, index) or under_unbroken_text(lines, index)):
        return None
    end = index + 1
    if end < len(lines) and not lines[end].blank:
        more = capitals_text(lines[end].text)
        if more is None:
            if not re.search(r"[a-z]", lines[end].text):
                return None  # more capitals under it that are no title: a paragraph in capitals
        else:
            title, end = f"{title} {more}", end + 1
            if end < len(lines) and not lines[end].blank and not re.search(r"[a-z]", lines[end].text):
                return None  # three lines of capitals: a paragraph, not a heading
    if len(title.split()) > MAX_WORDS:
        return None
    return title, end


def _minutes_approved(lines: list[Line], index: int) -> str | None:
    """'MINUTES' alone over a paragraph in mixed case that speaks of minutes ('The Housing Authority approved the
    minutes of the regular meeting of ...'): the item approving the last minutes, not the document's own title."""
    if lines[index].stripped.rstrip(".:") != "MINUTES":
        return None
    below = next((line.stripped for line in lines[index + 1:index + 3] if not line.blank), "")
    return "MINUTES" if re.search(r"[a-z]", below) and re.search(r"(?i)\bminutes\b", below) else None


TOPIC_RE = re.compile(r"^[A-Z][\w’'/,&-]{0,30}(?:\s{1,3}[\w’'/,&()-]{1,30}){2,9}\.$")


def _topic(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A line of three to ten words alone between blank lines, ending in a full stop, its longer words nearly
    all capitalised: a title ('Jill Raitt - Roll carts.'), not a sentence ('Mr. Matthes provided a staff
    report.')."""
    line = lines[index]
    text = " ".join(line.stripped.split())
    if not TOPIC_RE.match(text) or not stands_alone(lines, index) or index + 1 < len(lines) \
            and not lines[index + 1].blank or re.match(r"(?:Mr|Mrs|Ms|Dr|The|There|It|This)\b", text):
        return None
    above = next((lines[i].stripped for i in range(index - 1, max(-1, index - 8), -1) if not lines[i].blank), "")
    if above and not (SENTENCE_END_RE.search(above) or above == above.upper()) or find_date(text):
        return None  # the end of a sentence a page broke ('... continued the hearing to the' / 'September 8, ...')
    words = [w for w in re.findall(r"[A-Za-z][\w’']+", text) if len(w) >= 3 and w.lower() not in ("and", "the", "for")]
    if len(words) < 2 or sum(w[0].isupper() for w in words) < 0.7 * len(words):
        return None
    return text, index + 1


MOTION_LABEL_RE = re.compile(r"(?i)^(?:moved|seconded|proposed)(?:\s+by)?\s*:")


def _under_attendance_label(lines: list[Line], index: int) -> bool:
    """The bullet is one of a list that runs, bullet after bullet, from under an attendance label alone on its line."""
    above = index - 1
    while above >= 0 and (lines[above].blank or BULLET_RE.match(lines[above].stripped)):
        above -= 1
    if above < 0 or not lines[above].stripped.endswith(":"):
        return False
    labelled = label_of(lines[above].stripped)
    return labelled is not None and not labelled[1]


def _bullet(lines: list[Line], index: int) -> tuple[str, int] | None:
    """'• Pledge of Allegiance' at the margin: a short capitalised title with no text run into it
    ('• Public Safety - Commitment to excellence ...' describes, it is no item), the line after it blank
    or indented under the title."""
    line = lines[index]
    match = BULLET_RE.match(line.stripped)
    if not match or line.indent > page_margin(lines, index) + 2:
        return None
    title = match.group(1).strip()
    if not _bullet_title(title) or title.endswith(".") and _after_a_point(lines, index):
        return None  # ('• Sales up by $915K, 4% higher than last year.' / '• Outstanding Member Loans discussion.': a
        # short sentence among a list's points)
    if _under_attendance_label(lines, index) or MOTION_LABEL_RE.match(title):
        return None  # 'Members Present:' / '• Mayor N. Salonen' / '• Councillor S. Cressman': who attended; '• Moved
        # by:Councillor A': a motion's label
    if index + 1 < len(lines) and not lines[index + 1].blank:
        below = lines[index + 1]
        wraps = len(title) > 45 or below.stripped[:1].islower()  # a short title ends; a filled line wraps on
        if below.indent <= line.indent + 2 and wraps:
            return None  # the bullet's text wraps at its own margin: a sentence in a list
    return title, index + 1


def _bullet_title(title: str) -> bool:
    """A bulleted line's text is shaped as a title: a capital first, eight words at most, no text run into it, no
    comma, semicolon or colon at its end."""
    return title[:1].isupper() and not split_run_in(title)[1] and len(title.split()) <= 8 \
        and not title.endswith((",", ";", ":"))


def _after_a_point(lines: list[Line], index: int) -> bool:
    """The bulleted line above (blank lines between or not) is a list's point, not shaped as a title."""
    above = text_above(lines, index)
    match = BULLET_RE.match(lines[above].stripped) if above >= 0 else None
    return match is not None and not _bullet_title(match.group(1).strip())


def _numbered(lines: list[Line], index: int, title: str) -> bool:
    """'7.1 Motions' opens with a number; '3D Nation Study' opens with a word of a figure and letters ('3D', '5G'),
    a number ('2A') only where another heading the file marks opens with a number ('1.', '2', '(3)'); '2009 Budget
    Items' with a year."""
    if not re.match(r"\(?\d", title) or YEAR_TITLE_RE.match(title):
        return False
    if not FIGURE_WORD_RE.match(title):
        return True
    return any(other.heading and re.match(r"\(?\d", other.stripped) and not FIGURE_WORD_RE.match(other.stripped)
               for other in lines)


# A stop, then a sentence's opening: '... at 06:46 UTC. The meeting ...' (not 'St. Mary's', an abbreviation's stop).
SECOND_SENTENCE_RE = re.compile(r"(?<!\bSt)(?<!\bNo)[A-Za-z0-9)]{2}\.\s+(?:The|This|It|A|An|There|"
                                r"[A-Z][a-z]+\s+(?:was|were|is|are|had|has))\b")
# A sentence opening with the time something happened ('At 4:35 pm Pacific Time, Director Moore adjourned the public
# session.'), made a heading by a converter: the text of the item above it.
TIMED_SENTENCE_RE = re.compile(r"(?i)^at\s+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?[^,]{0,30},\s+\S.*\.$")
MOTION_TITLE_RE = re.compile(r"(?i)^motion\s+to\s+\w")  # '## Motion to adjourn': the item, not a motion's label


def _marked(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A heading its file marks as one (Markdown's '## Call to Order', HTML's <h2>), in any case: the writer
    said it is a heading. A label ('Present'), a date or a body's title under the same mark is none, and a
    numbered one is its numbering's."""
    line = lines[index]
    title = " ".join(line.stripped.split()).rstrip(":")
    if not line.heading or not re.search(r"[A-Za-z]{2}", title) or len(title.split()) > 2 * MAX_WORDS:
        return None
    if NOT_A_TITLE_RE.match(title.upper()) and (title.upper() != "MINUTES" or line.level == 1) \
            and not MOTION_TITLE_RE.match(title) or date_only(title) \
            or BODY_TITLE_RE.search(title.upper()) and not NEXT_MEETING_RE.search(title) \
            and not _report_among_items(lines, index):
        return None  # ('## Minutes' in the middle of minutes is the item approving the last ones; '# Minutes', the
        # page's own title over them after its agenda, is none)
    if _numbered(lines, index, title):
        return None  # '## 7.1 Motions': a number's heading, read with the others of its numbering
    if title.endswith(".") and len(title.split()) > MAX_WORDS and (reads_as_sentence(title)
                                                                    or SECOND_SENTENCE_RE.search(title)) \
            or TIMED_SENTENCE_RE.match(title):
        return None  # '##### These are the minutes of the ... meeting held on 3 and 4 August 2005.': a sentence
        # (not '## The Open standards process.', a title with a stop); 'A left the meeting at 06:46 UTC. The meeting
        # ceased to be quorate.' over a rule ('---'), which makes it a heading, is two
    if over_names(lines, index, title) or over_attendance_label(lines, index) \
            or minutes_title_over_items(lines, index) or before_the_minutes(lines, index) \
            or PARTICULARS_RE.match(title) or HELD_AT_RE.match(title) or SITE_LINKS_RE.search(title):
        return None  # ('Held at LitB': where the meeting was; 'Archived Annual Meeting Minutes': the website's)
    return title, index + 1


def _report_among_items(lines: list[Line], index: int) -> bool:
    """A body's name heading its report among the items ('Committee Reports' / 'Homelessness Coalition' / ... /
    'Traffic Advisory Committee' / its report), not the page's title: a heading above it that is no body's title,
    label or date (the items have begun), and text of its own under it (a body's name with none is a title)."""
    below = first_below(lines, index)
    return below is not None and not below.heading and any(
        line.heading and not BODY_TITLE_RE.search(line.stripped.upper())
        and not NOT_A_TITLE_RE.match(line.stripped.upper()) and not date_only(line.stripped)
        for line in lines[:index])


def page_margin(lines: list[Line], index: int) -> int:
    """The left margin of the page a line is on: the least indentation of its text within 60 lines either side
    (a PDF's text keeps the page's margin, pdftotext's does not)."""
    page = lines[index].page
    near = [ln for ln in lines[max(0, index - 60):index + 60] if ln.page == page and not ln.blank]
    return min((ln.indent for ln in near), default=0)


def _in_the_middle(line: Line, width: int) -> bool:
    """A line standing in the middle of the page: a wide margin on both sides."""
    indent = line.indent
    return width >= 60 and indent >= 16 and len(line.text.rstrip()) <= width - 16


def _centred(lines: list[Line], index: int) -> tuple[str, int] | None:
    """'CALL TO ORDER' / 'Mayor Constantine' centred on the page: a heading in capitals in the middle of the
    page with a presenter's short line in mixed case centred under it (kept as its text), or a blank line
    below (a PDF's line spacing); its words may be spread by 2-4 spaces ('DECLARATION    OF POSTING   AGENDA')."""
    title = capitals_text(lines[index].text)
    if title is None or " ".join(lines[index].stripped.split()) != title:
        return None
    above = lines[index - 1] if index > 0 else None
    if above is not None and not above.blank and not SENTENCE_END_RE.search(above.text) and (
            above.stripped == above.stripped.upper() or above.indent < 16):
        return None  # under more capitals or under the text of the page: no heading of its own
    at = index + 2 if index + 2 < len(lines) and lines[index + 1].blank else index + 1
    below = lines[at] if at < len(lines) else None
    if below is None or below.blank or below.stripped == below.stripped.upper() \
            or below.indent < 16 or len(below.stripped.split()) > 8 \
            or ":" in below.stripped or COLUMN_GAP_RE.search(below.stripped) \
            or find_date(below.stripped):  # 'Meeting Type:   ☐ Regular', 'AGENDA – April 24, 2019'
        return None  # no presenter centred under it: a notice's or a title block's heading
    return title, index + 1


# (name, rule): tried in order on each line; the first that reads a heading wins. The catch-all is the
# line as text.
HeadingRule = Callable[[list[Line], int], tuple[str, int] | None]  # a heading's title and the index after it
Found = tuple[int, str, str, int]  # index of the heading, rule's name, title, index after it


def first_heading(rules: Iterable[tuple[str, HeadingRule]], lines: list[Line], index: int) -> Found | None:
    """The heading the first rule of `rules` that reads one reads at `index` (rules are tables, in order)."""
    for name, rule in rules:
        read = rule(lines, index)
        if read:
            return index, name, read[0], read[1]
    return None


RULES: tuple[tuple[str, HeadingRule], ...] = (
    ("marked", _marked),
    ("capitals", _capitals),
    ("bullet", _bullet),
)
# Minutes numbered by their measures ('B220-15') title the other matters under a heading in capitals with a short
# line in title case of their own ('SPECIAL ITEMS' / 'Convention and Visitors Bureau Accreditation.',
# 'SCHEDULED PUBLIC COMMENT' / 'Jill Raitt - Roll carts.').
MEASURE_RULES: tuple[tuple[str, HeadingRule], ...] = (*RULES, ("topic", lambda lines, index: _topic(lines, index)))
# tried first at any indentation: an outline's entries are where its bullets are (outline.py)
ANYWHERE: tuple[tuple[str, HeadingRule], ...] = (
    ("outline", outline_entry),
)


def unnumbered_headings(lines: list[Line], margin: int | None, *, start: int = 0, end: int | None = None,
                        rules: tuple[tuple[str, HeadingRule], ...] = RULES) -> list[tuple[int, str, str, int]]:
    """(index, rule name, title, index after the heading) of every unnumbered heading between `start`
    and `end`, at most `margin` characters in."""
    found = []
    index = max(start, title_block_end(lines))
    stop = len(lines) if end is None else end
    width = max((len(line.text.rstrip()) for line in lines), default=0)
    while index < stop:
        line = lines[index]
        if line.blank or line.heading and attendance_group(lines, index) or over_names(lines, index, line.stripped):
            index += 1  # ('**Guests**' over names under '**ATTENDANCE**', 'OTHER ATTENDEES' over a list of names:
            continue  # the attendance's, read by no rule)
        limit = margin if margin is not None else page_margin(lines, index) + 2  # no numbers: the page's margin
        tried = rules if line.indent <= limit else (
            (("centred", _centred),) if _in_the_middle(line, width) else ())
        heading = first_heading(ANYWHERE + tried, lines, index)
        if heading:
            found.append(heading)
        index = heading[3] if heading else index + 1
    if found and CONTENTS_TITLE_RE.match(found[0][2].strip().rstrip(":")):
        found = found[1:]  # ('SUMMARY OF MOTIONS' / 'MOTION 140617.01 Minutes ... 1' before the minutes' own title:
        # what follows listed, the introduction's; after the items, 'Summary of resolutions' is one)
    return _without_lists(lines, _without_repeats(_labels_as_structure(found)), stop)


RUN_IN_COLON_LEAST = 3  # paragraphs opening with a label and a colon, at least, to be the minutes' structure


def _labels_as_structure(found: list[Found]) -> list[Found]:
    """Paragraphs run in from a label with a colon head topics only where they are the minutes' only structure:
    three or more of them and no heading of any other kind ('Public Comment: None' / 'Old Business: ...' / 'New
    Business: ...'); beside other headings such labels name things inside a topic ('Action: ...'). So too titles in
    capitals and a colon on lines of their own ('PRESENTATION OF BILLS:')."""
    labels = [f for f in found if f[1] == "run-in colon"]
    if len(labels) < RUN_IN_COLON_LEAST or len(labels) < len(found):
        found = [f for f in found if f[1] != "run-in colon"]
    titles = sum(f[1] == "capitals colon" for f in found)  # ('PRESENTATION OF BILLS:' ...: three or more, and
    if titles < RUN_IN_COLON_LEAST or titles < len(found):  # nothing else; beside 'APPLICATION: X' the labels
        found = [f for f in found if f[1] != "capitals colon"]  # 'PROPOSAL:', 'EXISTING CONDITIONS:' are inside it)
    return found


def _without_repeats(found: list[tuple[int, str, str, int]]) -> list[tuple[int, str, str, int]]:
    """A heading in capitals printed again at the top of each page it runs over ('INFORMAL AWARDS, RENEWALS,
    ...' on every page of the list) continues the section above: only its first printing heads an item."""
    kept: list[tuple[int, str, str, int]] = []
    for heading in found:
        previous = next((k for k in reversed(kept) if k[1] == "capitals"), None)
        if heading[1] == "capitals" and previous is not None and previous[2] == heading[2]:
            continue
        kept.append(heading)
    return kept


# A sentence's full stop at a line's end, after a word or a number ('... as presented.', 'carried 4-0.'): a list's
# entries ('Skala, Mahree, 5201 Gasconade Drive, Ward 3, Term to expire August 31, 2018') end without one.
SENTENCE_CLOSE_RE = re.compile(r"(?:[a-z]{2}|\d)[.!?]['’\"”)]?\s*$")


def _list_head(lines: list[Line], index: int) -> bool:
    """A line in capitals standing alone that no rule reads as a heading ('BUILDING CODES COMMISSION', a body's
    name): in a list of boards it heads the next entry all the same."""
    text = lines[index].stripped
    return (not lines[index].blank and stands_alone(lines, index) and text == text.upper()
            and len(re.sub(r"[^A-Z]", "", text)) >= 4 and len(text.split()) <= MAX_WORDS)


def _without_lists(lines: list[Line], found: list[tuple[int, str, str, int]], stop: int
                   ) -> list[tuple[int, str, str, int]]:
    """'BOARD OF HEALTH' / 'Skala, Mahree, 5201 Gasconade Drive, ...' / 'HISTORIC PRESERVATION COMMISSION' /
    ...: three or more headings in a row, each with a line or three printed straight under it and no sentence
    ended there, are the entries of a list (boards and their appointees), not items; a heading its file marks as
    one is never."""
    def entry(n: int) -> bool:
        index, rule, _, after = found[n]
        if rule == "marked":
            return False  # a heading its file marks as one is a heading, however short its text
        following = found[n + 1][0] if n + 1 < len(found) else stop
        if rule == "capitals":
            following = next((i for i in range(after + 1, following) if _list_head(lines, i)), following)
        body = [line for line in lines[after:following] if not line.blank]
        told = any(SENTENCE_CLOSE_RE.search(line.text) for line in body)  # 'Motion carried 4-0.': minutes' text
        return after < len(lines) and not lines[after].blank and 1 <= len(body) <= 3 and not told

    listed: set[int] = set()
    n = 0
    while n < len(found):
        m = n
        while m < len(found) and entry(m):
            m += 1
        if m - n >= 3:
            listed.update(range(n, m))
        n = max(m, n + 1)
    return [f for n, f in enumerate(found) if n not in listed]
