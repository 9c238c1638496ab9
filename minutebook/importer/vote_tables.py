"""A recorded vote printed as a Markdown table, a column for each side: '|Yeas:|Absent:|' / '|-|-|' / '|Mayor J.
Morgan|J. Pribil|'. The result and counts come from the line after it (`vote_sentences.counted_votes`).
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .drafts import ItemDraft, VoteDraft
from .names import PersonName
from .votes import TITLE_LABEL_RE, keep_vote, side_of, voters

# A Markdown table of a roll call: '|Yeas:|Absent:|' then '|-|-|' then one name per cell.
TABLE_ROW_RE = re.compile(r"^>?\s*\|(.*)\|\s*$")


def vote_table_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    lines = [line.stripped for line in blocks[i].lines]
    header = next((TABLE_ROW_RE.match(line) for line in lines if TABLE_ROW_RE.match(line)), None)
    cells = [c.strip() for c in header.group(1).split("|") if c.strip()] if header else []
    return bool(cells) and all(TITLE_LABEL_RE.match(c) for c in cells)  # (a row of empty cells, '||||||', a
    # table's spacer flattened into text, heads no vote)


def vote_table_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'|Yeas:|Absent:|' / '|-|-|' / '|Mayor J. Morgan|J. Pribil|': each column one side (the result and counts
    come from the line after: `counted_votes`)."""
    rows = [m.group(1).split("|") for line in blocks[i].lines if (m := TABLE_ROW_RE.match(line.stripped))]
    header = [side_of(TITLE_LABEL_RE.match(c.strip()).group("label")) if c.strip() else None for c in rows[0]]
    sides: dict[str, list[PersonName]] = {side: [] for side in header if side}
    for row in rows[1:]:
        for side, cell in zip(header, row, strict=False):
            if side and not re.fullmatch(r"\s*:?-+:?\s*", cell):
                sides[side].extend(voters(cell))
    keep_vote(item, VoteDraft(blocks[i].first, sides=sides))
    return 1
