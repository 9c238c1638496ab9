"""Decisions that a board's formula records: 'UPON MOTION duly made and seconded, the Board approved ...',
'the Board NOTED receipt of ...', 'The Motion carries, the item is approved'.

Such minutes are often printed double-spaced, so one sentence of a formula is several paragraphs to the block
reader ('UPON MOTION duly made and seconded, the Board approved and' / '' / 'authorized execution of the lease
agreement with Laurie' / '' / 'Flannery, lessee, ...'), and a page may end under it with the next page's
running header printed before any blank line ('... Studio No. 201.' / '713' / 'BOARD OF ESTIMATES  3/17/10').
The decision is the sentence: read on across blank lines and a page's furniture until it ends, and never into
the next page once it has.
"""

from __future__ import annotations

import re

from ..dates import MONTH_WORD
from .blocks import Block
from .lines import Line

# The board and its act, the verb in capitals or after 'further': 'The Board NOTED receipt of the Status Report.', 'The
# Board further approved the Appropriation Adjustment Order No. 15 ...'
BOARD_ACT = (r"The\s+(?:Board|Committee|Commission|Council|Authority)\s+(?:further\s+(?:approved|authori[sz]ed|"
             r"ratified|accepted|adopted|noted|deferred)\b|(?:APPROVED|NOTED|DEFERRED|DISAPPROVED|ACCEPTED|ADOPTED|"
             r"RATIFIED|WITHDREW)\b)")
# The body, named in full or alone, and what it approved: 'The Housing Authority approved the minutes of the regular
# meeting of September 20, 2022, as submitted.', 'Council approved the payments listed'; not another body's act told
# as background ('The Space Utilization Committee approved this lease at its meeting on March 9, 2010.')
BODY_APPROVED = (r"(?:The\s+(?:[A-Z][\w&’'-]{1,30}\s+){0,3})?(?:Board|Committee|Commission|Council|Authority)\s+"
                 r"(?:unanimously\s+)?(?:approved|adopted|ratified|accepted|authori[sz]ed|endorsed)\s+"
                 r"(?:the|this|these|a|an)\b"
                 r"(?![^.]{0,300}?\b(?:at\s+its\s+(?:\w+\s+){0,2}meeting|on\s+(?:\d|(?i:" + MONTH_WORD + r"))))")

# A board's formulas, one entry each (the catch-all, no match, last): the sentence that holds one is a decision.
FORMULAS = [  # (BOARD_ACT and BODY_APPROVED open a paragraph; decisions_narrated reads them after a sentence too)
    # 'UPON MOTION duly made and seconded, the Board approved ...', '... the Board DEFERRED ...'
    re.compile(r"(?i)\bupon\s+(?:a\s+)?(?:further\s+)?motion\b.{0,120}?\b(?:approved|adopted|authori[sz]ed|accepted|awarded|"
               r"ratified|endorsed|granted|confirmed|deferred|noted|received|referred|adjourned|disapproved|rejected|"
               r"denied|withdrew|recessed)\b"),
    re.compile("^" + BOARD_ACT),
    re.compile("^" + BODY_APPROVED),
]
# A second formula in the same sentence run: '... no longer needed for public use. UPON FURTHER MOTION, the Board ...'
FURTHER_RE = re.compile(r"(?<=[.;])\s+(?=UPON\s+FURTHER\s+MOTION\b)")
ENDED_RE = re.compile(r"[.!?:;][”’\"')]?$")  # a sentence's (or a lead-in's) end
MAX_BLOCKS = 8  # paragraphs one double-spaced sentence may run over


def _furniture(line: Line) -> bool:
    """A line of a page's running head: no lower-case letter ('713', 'BOARD OF ESTIMATES  3/17/10', 'MINUTES')."""
    return not re.search(r"[a-z]", line.text)


def _own_lines(lines: list[Line]) -> list[Line]:
    """The lines of a paragraph that belong to the sentence: at a page break, none once the sentence has ended
    (the rest is the next page's head and text), else the lines after the next page's head."""
    kept: list[Line] = []
    head = False  # reading the head of a page the sentence runs onto
    for n, line in enumerate(lines):
        if n and line.page != lines[n - 1].page:
            while len(kept) > 1 and re.fullmatch(r"\d{1,4}", kept[-1].stripped):
                kept.pop()  # the number at the foot of the page ('(MIEMSS).' / '726')
            if kept and ENDED_RE.search(kept[-1].stripped):
                break
            head = True
        if head and _furniture(line):
            continue
        head = False
        kept.append(line)
    return kept


def sentence(blocks: list[Block], i: int) -> tuple[str, int]:
    """The sentence that holds the formula at block `i`, with the number of blocks from `i` it takes: the
    paragraphs above it that end in a comma (the sentence began there: 'There being no objections, the Board,'),
    the block itself, and while its text has not ended, the paragraphs under it (a block of furniture alone at a
    page's top skipped), up to MAX_BLOCKS; a sentence that does not end within them is block `i` alone."""
    lines = _own_lines(blocks[i].lines)
    start = i
    while start > 0 and i - start < MAX_BLOCKS and blocks[start - 1].text.rstrip().endswith(",") \
            and blocks[start - 1].lines[-1].page == blocks[i].first.page:
        start -= 1  # 'On the recommendations of the City agencies hereinafter named, the Board,' / 'UPON MOTION'
    lines = [line for block in blocks[start:i] for line in block.lines] + lines
    text = " ".join(line.stripped for line in lines)
    j = i + 1
    while not ENDED_RE.search(text) and j < len(blocks) and j - i <= MAX_BLOCKS:
        block = blocks[j]
        if all(_furniture(line) for line in block.lines) and block.first.page != lines[-1].page:
            j += 1
            continue
        more = _own_lines(block.lines)
        own = " ".join(line.stripped for line in more)
        if not re.search(r"[a-z]", own) and not ENDED_RE.search(own):
            break  # a heading in capitals: the sentence was cut short ('LLC.' in capitals ends it)
        lines += more
        text = " ".join(line.stripped for line in lines)
        j += 1
    if not ENDED_RE.search(text):
        return tidy(" ".join(line.stripped for line in _own_lines(blocks[i].lines))), 1
    return tidy(text), j - i


def tidy(text: str) -> str:
    """One space between words: justified lines spread them ('UPON MOTION duly made  and seconded'); no filing
    code or page number printed in the margin after the sentence's end ('... as submitted.    315-05-03')."""
    return re.sub(r"(?<=[.!?:;])[\s\d/-]{1,30}$", "", re.sub(r"\s+", " ", text)).strip()
