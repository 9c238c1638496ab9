"""Topic titles of minutes with no numbers and no marks, whose heading style was lost with the format (a word
processor's text, a web page's, a PDF's): a title run into its paragraph after a dash or a colon, a short title in
mixed case alone, a title at the margin over a paragraph set in. `UNNUMBERED_RULES` tries unnumbered.py's rules
first, then these, in order; a part with no numbered items is read with it (beside.py, items.py).
"""

from __future__ import annotations

import re

from ..dates import find_date
from .attendance_labels import label_of, whole_label
from .lines import Line
from .nameentry import post_and_surname
from .names import HONORIFIC_RE, MEMBER_TITLE
from .not_titles import BODY_TITLE_RE, MOVERS_LABEL_RE, NOT_A_TITLE_RE, OUTCOME_ALONE_RE
from .numbered_people import HEADING_WORDS_RE, is_person
from .starts import date_only
from .titles import reads_as_sentence
from .unnumbered import (
    RULES,
    SENTENCE_END_RE,
    TIME_RE,
    HeadingRule,
    capitals_text,
    page_margin,
    stands_alone,
)

# A topic's title run into its paragraph with a dash that closes its last word: 'North Hadbury College- Janice is
# our rep.', 'Arts-in-the-Park- although we ...' (a hyphen inside a word is followed by a letter, not a space).
RUN_IN_DASH_RE = re.compile(r"^(?P<title>[A-Z0-9][^.;:!?]{1,80}?[\w)])[-–—]\s+(?=\S)")


MARKED_TOPICS = 3  # headings a file marks, at least, when it marks its topics' and not only its title


def _run_in_dash(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A paragraph opening with a short title and a dash, in minutes with no numbers: the title of a topic."""
    match = RUN_IN_DASH_RE.match(lines[index].stripped)
    if not match or not stands_alone(lines, index) or sum(other.heading for other in lines) >= MARKED_TOPICS:
        return None  # (where the file marks its topics' headings, not just its title, a paragraph it leaves unmarked
        # is text: 'Insurance- new company ...' under '<h3>New Business</h3>')
    title = match.group("title").strip()
    if len(title.split()) > 8 or reads_as_sentence(title) or find_date(title) and len(title.split()) <= 3 \
            or TOLD_RE.search(title):
        return None
    return title, index + 1


# A verb telling what someone did, in lower case: the dash ends a sentence's clause, not a title ('Don Holzheimer
# brought discussion on cows- NRCS recommendation was ...').
TOLD_RE = re.compile(r"\b(?:brought|raised|gave|made|presented|discussed|mentioned|explained|described|suggested|"
                     r"proposed|requested|questioned|stated|reported|announced|expressed)\b")


# A title in capitals run into its paragraph after a spaced dash: 'PLEDGE OF ALLEGIANCE -- those present recited ...'.
RUN_IN_CAPITALS_RE = re.compile(r"^(?P<title>[A-Z][A-Z0-9 &'’/,()-]{2,80}?)\s+(?:--?|[–—])\s+(?=\S)")


CAPITALS_THEN_COLON_RE = re.compile(r"^[A-Z][A-Z0-9 &'’/,()–—-]{2,80}:\s")


def _run_in_capitals(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A paragraph opening with a title in capitals and a spaced dash, in minutes with no numbers: a topic."""
    match = RUN_IN_CAPITALS_RE.match(lines[index].stripped)
    if not match or not stands_alone(lines, index) or CAPITALS_THEN_COLON_RE.match(lines[index].stripped):
        return None  # ('HALL ROAD – BUYAK: Bonnie will ...': the colon ends the title, the dash is inside it)
    title = capitals_text(match.group("title"))
    return (title, index + 1) if title else None


# A title in capitals run into its paragraph with no separator at all, the paragraph opening with a word in mixed case:
# 'CONSENT AGENDA All committee notes were accepted.', 'MEMBER FORUM Matt Skoglund.' (a word processor's bold lost).
# (no figure in it: 'HDCRM A 2019-00476 412 Grandin Road', 'ISO/TC 154 CAT Meeting Minutes' are a case's or a
# document's reference)
RUN_ON_CAPITALS_RE = re.compile(r"^(?P<title>[A-Z][A-Z&'’/-]*(?:\s[A-Z&'’/-]+){0,7})\s+(?=[A-Z][a-z])")
# words in capitals opening a measure's clause or a speaker's line, no title: 'WHEREAS The Board ...'
CLAUSE_OPENING_RE = re.compile(r"^(?:WHEREAS|THEREFORE|FURTHER|NOW|BE IT|THAT|NOTE|PLEASE NOTE)\b")


# a body's word after the capitals: they are its name ('SMSU Council Minutes 7 September', a running header)
BODY_AFTER_RE = re.compile(r"(?:Council|Committee|Board|Commission|Authority|Trust|Association|Society|Club|Minutes|"
                           r"Meeting|Agenda)\b")


def _run_on_capitals(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A paragraph opening with a title in capitals and then, with no dash or colon, its text in mixed case, in
    minutes with no numbers: a topic (never a label of the attendance's, 'PRESENT Mayor A', 'PRESENT/ TEENWOORDIG
    Councillors were present' in two languages, nor a person's name or post in capitals, 'MAYOR JONES Called ...')."""
    match = RUN_ON_CAPITALS_RE.match(lines[index].stripped)
    if not match or not stands_alone(lines, index) or re.search(r"\s[A-Z]$", match.group("title")):
        return None  # ('REVIEW OF A Plan': a capital letter alone is no title's last word)
    title = capitals_text(match.group("title"))
    rest = lines[index].stripped[match.end():]
    if title is None or any(whole_label(part.strip()) for part in title.split("/")) or CLAUSE_OPENING_RE.match(title) \
            or BODY_AFTER_RE.match(rest) \
            or is_person(title.title()) or post_and_surname(title.title()) \
            and not HEADING_WORDS_RE.search(title.split()[-1]):
        return None
    return title, index + 1


# A topic's title in title case run into its paragraph with a colon: 'Old Business: Nelson Martin zoning hearing was
# held ...', 'Public Comment: None' (small words in lower case: 'Report of the Clerk: ...').
RUN_IN_COLON_RE = re.compile(r"^(?P<title>[A-Z][\w'’&/-]*(?:\s(?:[A-Z0-9][\w'’&/-]*|of|and|the|for|to|in|on|&|"
                             r"[–—-])){0,5}):\s+(?=\S)")  # ('HALL ROAD – BUYAK: Bonnie will ...': a spaced dash inside)
# a label naming the case a topic is about, its subject after it the topic's title ('APPLICATION: HDCRMA 2019-00476,
# 412 GRANDIN ROAD - ADDITION', 'Case No.: ...', 'Petition: ...')
CASE_LABEL_RE = re.compile(r"(?i)^(?:application|case|petition|appeal|request|variance)(?:\s+(?:no|number)\.?)?$")
# a label giving a fact of the meeting, not a topic
FACT_LABEL_RE = re.compile(r"(?i)^(?:meeting\s+)?(?:date|time|place|location|venue|where|when|source|link|url)s?$")
# a paper the meeting approves run into the motion approving it ('Agenda: Motion by A, seconded by B, to approve the
# agenda.'): a topic, where the word alone ('MINUTES', 'AGENDA') is the document's own title or a label
PAPER_MOVED_RE = re.compile(r"(?i)^(?:agenda|minutes)$")
MOTION_OPENS_RE = re.compile(r"(?i)^(?:(?:a\s+)?motion\s+(?:by|made|to|was)|moved\s+by|it\s+was\s+moved)\b")


def _case(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A paragraph opening with a label naming the case it is about ('APPLICATION: HDCRMA 2019-00476, 412 GRANDIN ROAD
    - ADDITION'), in minutes with no numbers: a topic titled by its case, however few the cases."""
    match = RUN_IN_COLON_RE.match(lines[index].stripped)
    if not match or not CASE_LABEL_RE.match(match.group("title")) or index > 0 and not lines[index - 1].blank:
        return None
    case = lines[index].stripped[match.end():].strip()
    return (case, index + 1) if case else None


def _run_in_colon(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A paragraph opening with a short title in title case and a colon, in minutes with no numbers: a topic
    (whether the labels are the minutes' only structure is `unnumbered_headings`' to judge: a label inside a topic,
    'Action: ...', 'How to do this: ...', is none)."""
    match = RUN_IN_COLON_RE.match(lines[index].stripped)
    if not match or index > 0 and not lines[index - 1].blank:
        return None
    title, rest = match.group("title"), lines[index].stripped[match.end():]
    if re.match(r":\s{3}", lines[index].stripped[len(title):]):
        return None  # 'Additions:         Purchase Order #3000867': a label and its value in columns
    if NOT_A_TITLE_RE.match(title.upper()) and not (PAPER_MOVED_RE.match(title) and MOTION_OPENS_RE.match(rest)) \
            or label_of(f"{title}:") or find_date(title) \
            or FACT_LABEL_RE.match(title) or HONORIFIC_RE.match(title) or re.match(MEMBER_TITLE, title) \
            or re.match(r"(?i)https?:|www\.", rest):
        return None  # 'Motion: ...', 'Present: ...', 'Location: ...', 'Mr Smith: ...', 'Chair Ray: ...' (a
        # speaker's words), 'Source: https://...'
    return title, index + 1


FLUSH_TITLE_LINES = 3  # lines a title at the margin may run to
FLUSH_TITLE_WORDS = 40  # words at most: a longer run at the margin is text
FIRST_LINE_INDENT = 4  # spaces, at least, that set a paragraph's first line in from the margin


def _flush_title(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A title at the page's margin over a paragraph whose first line is set in, in text that keeps a PDF's layout
    ('Proposed Resolution 2024-1 regarding a budget amendment for' / '$61,258,700 in bond proceeds ...' / 'parking
    structures and bond proceeds/costs' / '         A memo from the City Comptroller ...'): one to three lines
    after a blank line, with no sentence's end; a paragraph of text opens set in, never at the margin."""
    margin = page_margin(lines, index)
    if lines[index].indent > margin or index > 0 and not lines[index - 1].blank or lines[index].heading:
        return None  # (a heading the file marks is the marked rules' to read or to pass over: '# End Minutes')
    end = index
    while end < len(lines) and end - index < FLUSH_TITLE_LINES and not lines[end].blank \
            and lines[end].indent <= margin:
        end += 1
    if end >= len(lines) or lines[end].blank or lines[end].indent < margin + FIRST_LINE_INDENT:
        return None
    title = " ".join(line.stripped for line in lines[index:end])
    if SENTENCE_END_RE.search(title) or not title[:1].isupper() or len(title.split()) > FLUSH_TITLE_WORDS \
            or find_date(title) or ":" in title or re.search(r"\d\s*$", title):
        return None  # ('Vouchers HAP 3,882.00' over its lines: a table's row and its figure)
    return title, end


# A title in mixed case alone on its line: a capital first ('Statement of Principles'), or a prefix and a hyphen
# before one ('e-Prescribing'); no sentence's or a label's end.
PLAIN_TITLE_RE = re.compile(r"^(?:[A-Z]|[a-z]{1,3}-[A-Z])[\w &'’/()-]{1,58}[\w)]$")
PLAIN_TITLE_WORDS = 8  # a title's words at most: a longer line is text
PROSE_WORDS = 8  # words in the first line of a paragraph of text under a title


def _over_paragraph(lines: list[Line], index: int) -> str | None:
    """The first line of the paragraph under a line that stands alone between blank lines at the page's margin (not
    a line set in among a list's: 'Additions:    A' / '' / '  Letter from B'), or None."""
    if index + 2 >= len(lines) or index > 0 and not lines[index - 1].blank or not lines[index + 1].blank \
            or lines[index].indent > page_margin(lines, index) + 1:
        return None
    return next((line.stripped for line in lines[index + 2:] if not line.blank), "")


REFERENCE_LEAD_RE = re.compile(r"[A-Z]{1,4}\.?\d{1,4}[/.-]\d")  # a report's or a minute's reference opening a line


def _plain_title(text: str) -> bool:
    """A short title in mixed case as `_plain` reads one: no sentence, date, time, body's title, outcome, movers'
    label or reference."""
    return bool(PLAIN_TITLE_RE.match(text)) and len(text.split()) <= PLAIN_TITLE_WORDS and not (
        reads_as_sentence(text) or find_date(text) or TIME_RE.search(text) or BODY_TITLE_RE.search(text.upper())
        or text.isupper() and NOT_A_TITLE_RE.match(text) or OUTCOME_ALONE_RE.match(text)
        or MOVERS_LABEL_RE.match(text) or REFERENCE_LEAD_RE.match(text))


def _plain(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A short title in mixed case alone between blank lines with a paragraph of text under it ('Statement of
    Principles' / '' / 'The Board discussed the final draft ...'), in minutes with no numbers and no other mark:
    the writer's heading style was lost with the format (a word processor's text, a web page's)."""
    text = " ".join(lines[index].stripped.split())
    below = _over_paragraph(lines, index)
    if below is None or not _plain_title(text):
        return None  # ('AND AGREED': what the capitals' rule reads as no title is none here; 'Motion Carried';
        # 'Resolved (Cr A / Cr B)': a motion's label; 'SI20/13 Toormina BMX Upgrade Project': a report by its
        # reference, numbered, not plain)
    if len(below.split()) < PROSE_WORDS or not re.search(r"[a-z]", below) or PLAIN_TITLE_RE.match(below) \
            and len(below.split()) <= PLAIN_TITLE_WORDS:  # another title under it: no paragraph of its own
        return None
    if ":" in below and label_of(f"{text} {below.split(':')[0]}:") is not None:
        return None  # 'Also' / 'Present: A, B': a label printed over two lines
    if any(other.heading for other in lines):  # the file marks its headings ('## Agenda', '### Auditor'): a line
        return None  # it leaves unmarked is text ('Vote to Appoint an Auditor' under '### Auditor')
    return text, index + 1


PACKED_BELOW_WORDS = 3  # words, at least, of the text under a packed title ('No public comment.')


def _packed(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A short title in mixed case on a line of its own with no blank line above it, a sentence ended above it and
    text under it ('Agenda approved by consensus.' / 'Approval of Minutes' / 'Motion by A to approve ...'), in minutes
    whose converter dropped the blank lines and the headings' marks: read as the run-in colon's, topics only where
    three or more are the minutes' only structure (`unnumbered`), never a name or a label."""
    if index == 0 or index + 1 >= len(lines) or lines[index - 1].blank or lines[index].heading:
        return None  # (a blank line above: `_plain`'s to read)
    text = " ".join(lines[index].stripped.split())
    above, below = lines[index - 1].stripped, next((ln.stripped for ln in lines[index + 1:] if not ln.blank), "")
    if not _plain_title(text) or not SENTENCE_END_RE.search(above) or len(below.split()) < PACKED_BELOW_WORDS \
            or not re.search(r"[a-z]", below) or _plain_title(below) or is_person(text) \
            or label_of(f"{text}:") is not None:
        return None
    return text, index + 1


def _colon_alone(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A short title in title case and a colon alone between blank lines, a paragraph of text or a numbered list under
    it ('Call to Order:' / '' / 'Chairman A called the meeting to order ...', 'Consent Agenda:' / '' / '1)   Approval
    of Bills'): read as the run-in colon's, so that such labels are topics only where they are the minutes' only
    structure ('Background:' / 'Recommended Action:' inside a report are not)."""
    text = " ".join(lines[index].stripped.split())
    below = _over_paragraph(lines, index)
    if below is None or not text.endswith(":") or not PLAIN_TITLE_RE.match(text[:-1]) \
            or len(text.split()) > PLAIN_TITLE_WORDS or text.isupper() or label_of(text) is not None \
            or " " not in text and NOT_A_TITLE_RE.match(text.upper()):
        return None
    if len(below.split()) < PROSE_WORDS and not re.match(r"\d{1,2}[.)]\s", below):
        return None
    return text[:-1], index + 1


CAPITALS_COLON_WORDS = 14  # words, at most, of a title in capitals before its colon


def _capitals_colon(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A title in capitals and a colon on a line of its own over the text in mixed case it heads, in minutes with no
    numbers ('PRESENTATION OF BILLS:' / 'COUNCIL MEMBER A MOVED, ... and motion carried to accept the bills.', 'MINUTES
    FROM THE JULY 1, 2019 REGULAR COUNCIL MEETING:'): a topic, where three or more such are (`unnumbered`); never a
    label of the attendance's ('MEMBERS PRESENT:', 'VILLAGE OFFICIALS:') nor an outcome's ('RESOLVED:')."""
    text = " ".join(lines[index].stripped.split())
    title = text[:-1].strip()
    if not text.endswith(":") or title != title.upper() or not re.search(r"[A-Z]{3}", title) \
            or len(title.split()) > CAPITALS_COLON_WORDS or ":" in title or NOT_A_TITLE_RE.match(title) \
            or label_of(text) is not None or not stands_alone(lines, index) or date_only(title):
        return None
    below = next((line for line in lines[index + 1:index + 3] if not line.blank), None)
    return (text, index + 1) if below is not None and re.search(r"[a-z]{3}", below.text) else None


# Narrative minutes with no numbers at all may title a paragraph by running its topic into it with a dash.
# Or by a short line of its own whose bold or size the text lost.
UNNUMBERED_RULES: tuple[tuple[str, HeadingRule], ...] = (
    *RULES, ("run-in", lambda lines, index: _run_in_dash(lines, index)), ("run-in capitals", _run_in_capitals),
    ("run-in capitals", _run_on_capitals), ("plain", _plain), ("case", _case), ("run-in colon", _run_in_colon),
    ("run-in colon", _colon_alone), ("capitals colon", _capitals_colon), ("flush title", _flush_title),
    ("run-in colon", _packed))
