"""Decisions recorded in a form's field: a decision notice prints one form per item, its lettered fields
('(c) Declarations of interest:', '(d) Decision taken', '(e) Exempt Information?') each with its answer
beneath; the decisions are what the decision field holds, up to the next field.
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .decisions import split_subresolutions
from .drafts import ItemDraft

# The field that holds the decisions: '(d) Decision taken', 'Decisions made:', 'Decision determined:'.
# Not '(f) Decision made in exempt session?', a question the form asks about it.
FIELD_RE = re.compile(r"^(?:\([a-z]\)[ \t]{1,20})?Decisions?[ \t]{1,5}(?:taken|made|determined)[ \t]*"
                      r"(?::[ \t]*(?P<text>.*))?$", re.I)
# The next field of the form ends it: '(e)    Exempt Information?'.
NEXT_FIELD_RE = re.compile(r"^\([a-z]\)[ \t]{1,20}[A-Z]")


def field_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return any(FIELD_RE.match(line.stripped) for line in blocks[i].lines)


def field_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The decision field's lines up to the next field, split into its numbered resolutions ('That the
    Committee:' / '1. Approved ...' / '2. Authorised ...'), else one decision."""
    lines = blocks[i].lines
    at = next(n for n, line in enumerate(lines) if FIELD_RE.match(line.stripped))
    texts = [FIELD_RE.match(lines[at].stripped).group("text") or ""]
    j, rest = i + 1, lines[at + 1:]
    while True:
        for line in rest:
            if NEXT_FIELD_RE.match(line.stripped):
                item.decisions.extend(split_subresolutions([t for t in texts if t]))
                return j - i
            texts.append(line.stripped)
        if j >= len(blocks) or NEXT_FIELD_RE.match(blocks[j].first.stripped):
            break
        rest, j = blocks[j].lines, j + 1
    item.decisions.extend(split_subresolutions([t for t in texts if t]))
    return j - i
