"""A recorded vote printed as a grid of marks: a line of sides ('Yea   Nay', 'For   Against   Absent') and a row
per member with a mark ('X', '✓') under the side they took:

                         Yea      Nay
    Councillor Hale       X
    Councillor Lind                X

Which side a mark is under is told by where it stands on its line: the side whose heading is nearest.
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .drafts import ItemDraft, VoteDraft
from .lines import Line
from .names import PersonName
from .outcomes import outcome_of
from .votes import voters

SIDES = {"yea": "for", "yeas": "for", "yes": "for", "aye": "for", "ayes": "for", "for": "for", "in favour": "for",
         "in favor": "for", "nay": "against", "nays": "against", "no": "against", "noes": "against",
         "against": "against", "opposed": "against", "abstain": "abstain", "abstained": "abstain",
         "abstention": "abstain", "absent": "absent"}
CELL_RE = re.compile(r"\S+(?: \S+)*")  # words apart by single spaces: one cell of a line set out in columns
MARK_RE = re.compile(r"\s+(?P<mark>[Xx✓✔√])\s*")  # the rest of a row: one mark
NAME_RE = re.compile(r"^\s*(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})(?=\s{2,})")


def _sides(line: Line) -> list[tuple[float, str]] | None:
    """The sides a heading line names, each with the middle of its heading; None for any other line."""
    cells = [(m.start() + len(m.group()) / 2, SIDES.get(m.group().lower().rstrip(":"))) for m in
             CELL_RE.finditer(line.text)]
    return [(at, side) for at, side in cells] if len(cells) >= 2 and all(side for _, side in cells) else None


def _row(line: Line, sides: list[tuple[float, str]]) -> tuple[PersonName, str] | None:
    """The member a row names and the side of its one mark; None for a line that is no row."""
    name = NAME_RE.match(line.text)
    mark = MARK_RE.fullmatch(line.text, name.end()) if name else None
    if mark is None:
        return None
    people = voters(name.group("name"))
    side = min(sides, key=lambda s: abs(s[0] - mark.start("mark")))[1]
    return (people[0], side) if len(people) == 1 else None


def _table(block: Block) -> tuple[int, list[tuple[float, str]]] | None:
    """The grid's heading line and sides, where the paragraph opens with it or with a line over it ('Recorded
    Vote:'): a grid further down belongs to the paragraph's motion, read first."""
    for n, line in enumerate(block.lines[:2][:len(block.lines) - 1]):
        sides = _sides(line)
        if sides and _row(block.lines[n + 1], sides):
            return n, sides
    return None


def vote_marks_test(blocks: list[Block], i: int, item: ItemDraft | None) -> bool:
    return _table(blocks[i]) is not None


def vote_marks_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """Each member under the side their mark stands under; the result from what follows the rows ('CARRIED')."""
    start, heading = _table(blocks[i])
    lines = blocks[i].lines
    sides: dict[str, list[PersonName]] = {side: [] for _, side in heading}
    n = start + 1
    while n < len(lines) and (row := _row(lines[n], heading)):
        sides[row[1]].append(row[0])
        n += 1
    after = " ".join(line.stripped for line in lines[n:]) or (blocks[i + 1].text if i + 1 < len(blocks) else "")
    item.votes.append(VoteDraft(lines[start], result=outcome_of(after), sides=sides))
    return 1
