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

from .blocks import Block
from .lines import Line

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
            if kept and ENDED_RE.search(kept[-1].stripped):
                break
            head = True
        if head and _furniture(line):
            continue
        head = False
        kept.append(line)
    return kept


def sentence(blocks: list[Block], i: int) -> tuple[str, int]:
    """The sentence that opens at block `i`, with the number of blocks it takes: the block itself, and while
    its text has not ended, the paragraphs under it (a block of furniture alone at a page's top skipped), up
    to MAX_BLOCKS; a sentence that does not end within them is the first block alone."""
    lines = _own_lines(blocks[i].lines)
    text = " ".join(line.stripped for line in lines)
    j = i + 1
    while not ENDED_RE.search(text) and j < len(blocks) and j - i <= MAX_BLOCKS:
        block = blocks[j]
        if all(_furniture(line) for line in block.lines):
            if block.first.page == lines[-1].page:
                break  # a heading in capitals on the same page: the sentence was cut short
            j += 1
            continue
        more = _own_lines(block.lines)
        lines += more
        text = " ".join(line.stripped for line in lines)
        j += 1
    if not ENDED_RE.search(text):
        return tidy(" ".join(line.stripped for line in _own_lines(blocks[i].lines))), 1
    return tidy(text), j - i


def tidy(text: str) -> str:
    """One space between words: justified lines spread them ('UPON MOTION duly made  and seconded')."""
    return re.sub(r"\s+", " ", text).strip()
