"""An item's paragraphs numbered in brackets, and a recorded vote's sides printed as a label and a count alone on a
line over the names, as county councils' minutes print a debate: read as the paragraphs and labelled sides they are.

'(1)   Mr A moved and Mrs B seconded the recommendations.' / '(5)   RESOLVED that ...': each paragraph's number is
no part of what it says, and a rule reading 'RESOLVED that' or 'A moved' at a paragraph's start reads it without the
number. 'For (3)' / 'Ms A, Mr B, Mr C' / '' / 'Against (6)' / ...: each side is 'For (3): Ms A, Mr B, Mr C', the
label with its colon as the roll call's rules read it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block

# a paragraph's number in brackets, a gap after it, then the paragraph: '(1)   Mr A moved ...' (not '(1)  That the
# report be noted.', a decision's point under its label, which the decision's rules read by its number)
PARAGRAPH_NUMBER_RE = re.compile(r"^\(\d{1,2}\)\s{2,}(?!(?i:that|to)\b)(?=[A-Z\"“])")
# a recorded vote's side alone on its line, its count in brackets: 'For (3)', 'Against (6)', 'Abstain (1)'
SIDE_COUNT_RE = re.compile(r"^(?:For|Against|Abstain(?:ed|ing|s)?|Abstentions?|Ayes?|Noes|Nays?)\s?\(\d{1,3}\)$")


def read_as_printed(blocks: list[Block]) -> list[Block]:
    """The paragraphs without their numbers in brackets; a vote's sides, each a label and count over its names, as
    one paragraph of labelled sides ('For (3): A, B, C; Against (6): D, ...')."""
    read: list[Block] = []
    for block in blocks:
        first = block.first
        numbered = PARAGRAPH_NUMBER_RE.match(first.stripped)
        if numbered:
            block = Block([replace(first, text=first.stripped[numbered.end():]), *block.lines[1:]])
        elif len(block.lines) > 1 and SIDE_COUNT_RE.match(first.stripped):
            side = [replace(first, text=f"{first.stripped}:"), *block.lines[1:]]
            if read and SIDE_COUNT_RE.match(read[-1].first.stripped.rstrip(":")):
                last = read.pop().lines  # the side before it: one roll call
                side = [*last[:-1], replace(last[-1], text=f"{last[-1].stripped};"), *side]
            block = Block(side)
        read.append(block)
    return read
