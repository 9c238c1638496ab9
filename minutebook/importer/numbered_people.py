"""Numbered lines that name people, not items: a numbered list of those present ('10 Dr Philippa A Nason' / '11 Wilma
Gough'), an initial opening a name among lines of initialled names ('C. Amulung' / 'I. Schroeder'), and whether a
title is a person's name at all. numbered_lines.py drops such lines from its candidates; the item rules ask is_person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attendance_headings import says_who_attended
from .lines import Line, text_above
from .nameposts import NAME_DASH_RE
from .names import looks_like_name
from .titles import clean_title

if TYPE_CHECKING:
    from .numbered_lines import Heading

# A person named by initials and surname, a post after a comma or not: 'A. Eastman', 'A.M. Philipsen', 'A. Wickert,
# Development Officer' (after a label or not: 'COUNCILLORS: C. Amulung').
INITIALLED_LINE_RE = re.compile(r"^(?:[A-Z][A-Z ]{2,30}:\s+)?(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
                                r"(?:,\s.+)?$")


def without_initialled_names(lines: list[Line], found: list[Heading]) -> list[Heading]:
    """'I. Schroeder', 'A. Eastman' among 'C. Amulung' / 'R. Andrews' lines: a person's initial, not an item's
    letter or numeral, where a line beside it names a person the same way."""
    def named(index: int) -> bool:
        return 0 <= index < len(lines) and bool(INITIALLED_LINE_RE.match(lines[index].stripped))

    return [h for h in found if not (re.fullmatch(r"[A-Z]", h.number) and named(h.index)
                                     and (named(h.index - 1) or named(h.index + 1)))]


def without_name_lists(lines: list[Line], found: list[Heading]) -> list[Heading]:
    """'10 Dr Philippa A Nason' / '11 Wilma Gough' / ...: a block of numbered lines, line after line,
    that mostly names people is a list of them. Under a heading saying who attended ('PRESENT') each entry may
    give a post after a dash ('2. Jimmy Mubanga - Director Finance'), and the list goes on over a line its layout
    put between two entries (an entry wrapped, a page's number)."""
    blocks: list[tuple[bool, list[Heading]]] = []  # (under a heading saying who attended, the block's headings)
    for heading in found:
        if blocks and heading.index <= blocks[-1][1][-1].index + (3 if blocks[-1][0] else 1):
            blocks[-1][1].append(heading)
        else:
            above = text_above(lines, heading.index)
            blocks.append((above >= 0 and says_who_attended(lines[above].stripped), [heading]))

    def people(posts: bool, block: list[Heading]) -> int:
        return sum(is_person(NAME_DASH_RE.split(h.text, maxsplit=1)[0] if posts else h.text) for h in block)

    return [h for posts, block in blocks if len(block) < 3 or people(posts, block) < 0.6 * len(block) for h in block]


# Words of item titles that a list of people's names never holds ('Public Forum', 'Police Report').
HEADING_WORDS_RE = re.compile(r"(?i)\b(?:report|reports|forum|minutes|apologies|business|committee|council|review|"
                              r"update|updates|matters|planning|finance|order|call|strategy|policy|plan|budget|"
                              r"session|comments?|items?|correspondence|declarations?|interest|welcome|adjournment|"
                              r"agenda)\b")
# ... nor words of the business an item is about ('Grant Award Acceptance', 'Radio Licensing Agreement')
BUSINESS_WORDS_RE = re.compile(r"(?i)\b(?:agreement|contract|licen[cs]e|licensing|grant|award|acceptance|program|"
                               r"programme|project|study|resolution|ordinance|evaluation|equipment)\b")


def is_person(text: str) -> bool:
    """A title that is a person's name ('Callum Redfern', 'Dr Philippa A Nason, Chair'), not 'Public Forum', nor
    words with a slash between ('October/November Events'), nor an organisation's initials and words ('SJWD Employee
    Awards': capitals with no vowel are no one's name)."""
    name = clean_title(text)[0].split(",")[0]
    return looks_like_name(name) and name != name.upper() and not HEADING_WORDS_RE.search(name) and "/" not in name \
        and not BUSINESS_WORDS_RE.search(name) and not re.search(r"\b[B-DF-HJ-NP-TV-XZ]{3,6}\b", name)
