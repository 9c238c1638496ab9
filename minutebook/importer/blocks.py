"""Stage 4 input: an item's text cut into blocks (paragraphs), each keeping its lines and their numbers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .drafts import AttendanceDraft
from .lines import Line
from .names import OTHER_TONGUE


@dataclass
class Block:
    lines: list[Line]

    @property
    def text(self) -> str:
        return " ".join(line.stripped for line in self.lines)

    @property
    def first(self) -> Line:
        return self.lines[0]


@dataclass
class Found:
    """Meeting-level facts found inside items: closing times, apologies, substitutes."""

    start: str | None = None
    end: str | None = None
    attendance: list[AttendanceDraft] = field(default_factory=list)
    declaration_target: str | None = None


# A resolution's or motion's number on a line of its own: 'Resolution No. 2021-123', 'Motion No. 5', 'RESOLUTION
# 2023/14', 'Resolution number RCB/2023/12'.
RESOLUTION_NUMBER = r"(?:resolution|motion)\s+(?:no\.?|number|#)?\s*[\w/.-]{0,14}\d[\w/.-]{0,14}\s*"
# Lines that open a paragraph of their own even with no blank line above: a decision's label ('RESOLVED:',
# 'AGREED -', 'Resolved that ...') printed straight under the discussion it ends.
# A labelled motion's first line does too: its number ('Resolution No. 2023-002', 'Resolution number RCB/2023/12') or
# its mover's label ('Moved by: A', 'MOVED by A, seconded by B:'), printed straight under the item's other text.
OPENERS = [
    re.compile(r"^(?:RESOLVED|AGREED|DECIDED|DECISIONS?)\b(?:\s+UNANIMOUSLY)?\s*(?:[:–-]|$|(?=\s+(?:that|That|THAT|to|To|TO)\b))"),
    re.compile(r"^(?:Resolved|Agreed|Decided)(?:\s+unanimously)?\s*(?::|[–-]\s|$)"),
    # a resolution's number, its body's words before it or not ('COMMUNITY BOARD RESOLUTION OCB2023/08'; not
    # 'Adoption of Resolution 2023-45')
    re.compile(rf"(?i)^(?:(?!of\b)[a-z]+\s+){{0,5}}{RESOLUTION_NUMBER}$"),
    re.compile(rf"^{OTHER_TONGUE}(?:Moved|MOVED|Proposed|PROPOSED)(?:\s+(?:by|By|BY))?\s*:\s*\S|^MOVED\s+by\s"),
    re.compile(r"^By:[^:]{3,80}\s[Ss]econded\s+by\s*:"),  # 'By: A Seconded by: B' under what was moved
    re.compile(r"^M/S/C\s+\S"),  # moved, seconded and carried, nobody named: 'M/S/C To approve the agenda'
]


POINT_RE = re.compile(r"^(\d{1,4})\.\d{1,3}\s")  # '112.4 The planning application ...'


def _next_point(first: Line, line: Line) -> bool:
    """Numbered paragraphs of one minute printed line after line ('112.3 Cllr A resumed the chair.' / '112.4 The
    planning application ...'): each opens a paragraph of its own, at the indentation of the one before."""
    this, before = POINT_RE.match(line.stripped), POINT_RE.match(first.stripped)
    return bool(this and before and this.group(1) == before.group(1) and line.indent == first.indent)


def read_once(patterns: Iterable[re.Pattern], text: str) -> list[re.Match]:
    """Each stretch of `text` read once, in order: the matches of every pattern, by where they start (the pattern
    listed first where two start together), each kept unless it starts inside the one kept before it. How a rule
    table of sentence forms reads a paragraph ('A moved X, seconded by B' read by one form, not two)."""
    found: list[re.Match] = []
    for match in sorted((m for pattern in patterns for m in pattern.finditer(text)), key=lambda m: m.start()):
        if not found or match.start() >= found[-1].end():
            found.append(match)
    return found


LIST_NUMBER_RE = re.compile(r"^(\d{1,2})[.)]\s")  # '2.  Noufal Ibrahim, secretary presented ...'


def _next_entry(current: list[Line], line: Line) -> bool:
    """A numbered list's entries printed line after line, each a paragraph of its own: the number after one at the
    same indentation ('1.  The meeting was chaired ...' / '2.  Noufal Ibrahim presented ...'), a list under an
    entry starting at 1, further in ('5.  Two resolutions were adopted. They were' / '    1.  Resolved that ...'),
    or the outer list going on after such a list ('    2.  Resolved that ...' / '6.  Elections: ...')."""
    this, first = LIST_NUMBER_RE.match(line.stripped), LIST_NUMBER_RE.match(current[0].stripped)
    if not this or not first:
        return False
    if line.indent > current[0].indent:
        return this.group(1) == "1"
    if line.indent < current[0].indent:
        return True
    before = [m for old in current if old.indent == line.indent and (m := LIST_NUMBER_RE.match(old.stripped))]
    return bool(before) and int(this.group(1)) == int(before[-1].group(1)) + 1


LETTER = r"\(?(?:[a-z]|[ivx]{1,4})\)"  # a point's letter or numeral: 'a)', '(ii)'
LETTER_RE = re.compile(rf"^{LETTER}\s")  # 'a) The Clerk presented ...', '(ii) RESOLVED to ...'


def _next_letter(first: Line, line: Line) -> bool:
    """Lettered points of one minute printed line after line ('a) The Clerk presented the accounts.' / 'b) RESOLVED
    to approve the payments.'): each opens a paragraph of its own, at the indentation of the one before."""
    return bool(LETTER_RE.match(line.stripped) and LETTER_RE.match(first.stripped) and line.indent == first.indent)


# The last word of a line that cannot end a sentence: an article, a preposition, a conjunction, a title before a name
# ('... a matching grant agreement with the' / '' / 'Maryland Institute ...', '... with Ms.' / '' / 'Marian E.
# Harris.').
ARTICLES = r"the|a|an|Mr\.|Mrs\.|Ms\.|Dr\."  # in lower case: 'Appendix A' ends a line
UNFINISHED_RE = re.compile(rf"(?:^|\s)(?:{ARTICLES}|of|to|with|and|or|for|by|from|in|on|at|into|between)$")
ARTICLE_RE = re.compile(rf"(?:^|\s)(?:{ARTICLES})$")


BULLET_RE = re.compile(r"^[-•*▪◦]\s")


def _next_bullet(first: Line, line: Line) -> bool:
    """Bullets of one list printed line after line ('- A motioned to adopt the resolution.' / '- B seconded the
    motion.'): each opens a paragraph of its own, at any indentation (an outline's points: '- Review of fees' /
    '   - MOTION by A: ...' / '   - Seconded: B' / '- Thanks to ...')."""
    return bool(BULLET_RE.match(line.stripped) and BULLET_RE.match(first.stripped))


def _continues(block: Block, line: Line) -> bool:
    """A line after a blank continues the paragraph above when that one stopped mid-sentence: double-spaced text
    ('the Board, UPON MOTION duly made' / '' / 'and seconded, approved ...'). A line in lower case goes on any
    sentence not ended by its stop; one opening with a capital only a sentence whose last word cannot end it ('...
    with the' / '' / 'Maryland Institute ...')."""
    last, text = block.lines[-1].stripped, line.stripped
    if BULLET_RE.match(text) or re.match(r"^\(?[a-z0-9]{1,4}[.)]\s", text):
        return False
    if last.endswith(",") and not any(rule.match(text) for rule in OPENERS):
        return True  # '... BARTH, MURYN,' / '' / 'WALKER': a list goes on after its comma, whatever its case
    if re.match(r"[a-z]", text):
        return not re.search(r"[.:;!?)]$", last)
    # not a heading in capitals ('EXTRA WORK ORDERS'), an opener, nor a word that is a sentence of its own ('None.',
    # a word displaced into a paragraph broken by a page, which to_blocks keeps apart) unless it ends a phrase an
    # article or a title opened ('... read by the' / '' / 'Clerk.')
    return bool(re.match(r"[A-Z(]", text) and re.search(r"[a-z]", text)) and bool(UNFINISHED_RE.search(last)) \
        and not any(rule.match(text) for rule in OPENERS) \
        and (not re.fullmatch(r"\w+[.!]", text) or bool(ARTICLE_RE.search(last)))


def _stray(block: Block) -> bool:
    """One or two words on a line of their own ('None.'), as text read off a page out of order leaves them."""
    return len(block.lines) == 1 and len(block.text.split()) <= 2


INDENTED = 2  # paragraphs, at least, whose first line is set in over lines at the margin, for the text to be set so


def first_line_indent(lines: list[Line]) -> int | None:
    """The indent that opens a paragraph in text set without blank lines between paragraphs, each paragraph's first
    line set in and the lines after it at the margin ('         A memo from ...' / 'the Board for ...'); None where
    INDENTED paragraphs or more do not show one."""
    seen = Counter(line.indent for line, after in zip(lines, lines[1:], strict=False)
                   if not line.blank and not after.blank and line.indent > after.indent
                   and not re.search(r"[.!?:][”\"’)]?$", line.stripped))
    indent, count = max(seen.items(), key=lambda pair: pair[1], default=(None, 0))
    return indent if count >= INDENTED else None


def _indented_paragraph(current: list[Line], line: Line, opening: int | None) -> bool:
    """A line set in at the text's paragraph indent, after a line that ends a sentence: a paragraph of its own."""
    return opening is not None and line.indent == opening and bool(re.match(r"[A-Z“\"(]", line.stripped)) \
        and bool(re.search(r"[.!?:][”\"’)]?$", current[-1].stripped))


NUMBER_LINE_RE = re.compile(rf"(?i)^{RESOLUTION_NUMBER}[:.]?$")  # 'Resolution No. 1245:', 'RESOLUTION NO. 1245'
RESOLVED_WORDS_RE = re.compile(r"^(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided)\s+(?:that|THAT|to|TO)\b")


def _under_its_number(current: list[Line], line: Line) -> bool:
    """A resolution in words under its number on a line of its own ('Resolution No. 1245:' / 'Resolved that the
    minutes be confirmed.'): the resolution opens a paragraph, the number one of its own."""
    return len(current) == 1 and bool(NUMBER_LINE_RE.match(current[0].stripped)) \
        and bool(RESOLVED_WORDS_RE.match(line.stripped))


def opens_paragraph(current: list[Line], line: Line, opening: int | None) -> bool:
    """A line printed straight under the paragraph `current` that opens a paragraph of its own: a decision's label,
    the next numbered or lettered point, a bullet, a line set in at the text's paragraph indent (`opening`,
    from `first_line_indent`)."""
    return any(rule.match(line.stripped) for rule in OPENERS) or _under_its_number(current, line) \
        or _next_point(current[0], line) \
        or _next_entry(current, line) or _next_letter(current[0], line) or _next_bullet(current[0], line) \
        or _indented_paragraph(current, line, opening)


def to_blocks(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    current: list[Line] = []
    opening = first_line_indent(lines)
    for line in lines:
        if line.page_gap:
            continue
        if line.blank:
            if current:
                blocks.append(Block(current))
            current = []
        elif blocks and not current and _continues(blocks[-1], line):  # double-spaced text: one paragraph
            current = blocks.pop().lines
            current.append(line)
        elif len(blocks) > 1 and not current and _stray(blocks[-1]) and line.stripped[:1].islower() \
                and _continues(blocks[-2], line):
            stray = blocks.pop()  # 'on which' / 'None.' / 'she abstained), ...': a word displaced into a
            current = blocks.pop().lines  # paragraph broken by a page; the paragraph goes on, the word after it
            blocks.append(stray)
            current = [*current, line]
        else:
            if current and opens_paragraph(current, line, opening):
                blocks.append(Block(current))
                current = []
            current.append(line)
    if current:
        blocks.append(Block(current))
    return blocks


def joined(blocks: list[Block]) -> tuple[str, list[int]]:
    """Blocks as one text, each block's whitespace made single spaces (a PDF made into Markdown may set each line of
    a sentence apart as a paragraph), and where each block starts in it."""
    texts, starts = [], []
    for block in blocks:
        starts.append(sum(len(t) + 1 for t in texts))
        texts.append(re.sub(r"\s+", " ", block.text))
    return " ".join(texts), starts
