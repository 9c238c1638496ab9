"""A vote minuted as a legislature's verdict and its tally: 'DO CONFIRM, 1101, CHRISTINE PHAM, CHELSEA MING' /
'Abstain: Molnar', 'DO PASS, SB #15, 1002'.

Student senates and legislatures minute a measure's passage by its verdict ('DO PASS', 'DO CONFIRM', 'DO ADOPT'),
then the tally written as digits run together, for, against and abstaining ('1101': 11, 0 and 1; '802': 8, 0 and
2), then the measure or the people confirmed; the abstainers may follow on a line of their own. The verdict is a
decision, carried; the tally and the abstainers its vote. Lines after them in the same paragraph are read apart.
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .drafts import ItemDraft, VoteDraft
from .names import parse_name

VERDICT_RE = re.compile(r"^DO\s+(?:PASS|CONFIRM|ADOPT|APPROVE|RATIFY)\b")
TALLY_RE = re.compile(r"(?<![\w#])(?P<tally>\d{3,4})(?!\w)")
ABSTAINERS_RE = re.compile(r"(?i)^abstain(?:ed|ing|s)?\s*:\s*(?P<names>\S.*)$")


def verdict_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(VERDICT_RE.match(blocks[i].lines[0].stripped))


def verdict_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    lines = blocks[i].lines
    verdict = lines[0].stripped
    used = 1
    abstainers = ABSTAINERS_RE.match(lines[1].stripped) if len(lines) > 1 else None
    names = [name for piece in re.split(r",\s*|\s+and\s+", abstainers.group("names"))
             if (name := parse_name(piece))] if abstainers else []
    used += abstainers is not None
    if used < len(lines):  # 'Amaha motion to adjourn; ...' straight under the verdict: a paragraph of its own
        blocks[i:i + 1] = [Block(lines[:used]), Block(lines[used:])]
    item.decisions.append(verdict)
    tally = TALLY_RE.search(verdict[:40])
    counts = _counts(tally.group("tally")) if tally else {}
    if counts and names and counts["abstain"] != len(names):
        counts = {}  # a number that is no tally: the abstainers named say otherwise
    item.votes.append(VoteDraft(blocks[i].first, result="carried", sides={"abstain": names} if names else {},
                                counts=counts))
    return 1


def _counts(tally: str) -> dict[str, int]:
    """'1101' -> 11 for, 0 against, 1 abstaining; '802' -> 8, 0, 2 (the for side takes the digits left over)."""
    return {"for": int(tally[:-2]), "against": int(tally[-2]), "abstain": int(tally[-1])}
