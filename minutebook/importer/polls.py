"""Polls a group takes on proposals, as standards bodies' community groups minute them: 'Poll: X' over the counts on a
five-point scale, each on a line of its own ('SF: 13' / 'F: 6' / 'N: 3' / 'A: 0' / 'SA: 0': strongly for, for,
neutral, against, strongly against), or a poll by unanimous consent over the proposals it put ('let's do a unanimous
consent poll for:' / 'Renaming X' / 'Creating Y'), and the result in brackets ('[Proposal passes.]', '[No objections,
proposal passes]'). Each proposal that passed is a decision; the counts are a vote, strongly for and for counted for,
against and strongly against against, neutral as abstaining.
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .drafts import ItemDraft, VoteDraft

# The poll's label, a speaker's initials before it or not: 'Poll: Move the multiple memories proposal to stage 2',
# 'DS: let's do a unanimous consent poll for:' (the proposals on the lines under it).
POLL_RE = re.compile(r"(?i)^(?:[A-Z]{1,4}:\s+)?(?:let['’]s\s+(?:do|take|have)\s+an?\s+)?(?:unanimous[- ]consent\s+)?"
                     r"poll(?:\s+(?:for|on))?\s*:\s*(?P<what>.*?)\s*:?$")
SCALE_RE = re.compile(r"^(?P<mark>SF|F|N|A|SA)\s*:\s*(?P<count>\d{1,4})$")  # 'SF: 13'
SIDES = {"SF": "for", "F": "for", "N": "abstain", "A": "against", "SA": "against"}
# The result, in brackets as a scribe notes it: '[Proposal passes.]', '[No objections, proposal passes]'.
RESULT_RE = re.compile(r"(?i)^\[?\s*(?:no\s+objections?,?\s+)?(?:the\s+)?(?:proposal|poll|motion)\s+"
                       r"(?P<result>passes|passed|carries|carried|fails|failed)\b[^\]]*\]?$")
WITHIN = 3  # blocks under the label: the proposals, the counts, the result


def poll_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return POLL_RE.match(blocks[i].first.stripped) is not None and _result(_parts(blocks, i)) is not None


def _parts(blocks: list[Block], i: int) -> list[Block]:
    """The poll's label line and what follows it, as paragraphs: the lines printed under the label in its own
    paragraph ('Poll: move BigInt to Stage 3:' / '[No objections, proposal passes]') a part of their own, then the
    next WITHIN paragraphs."""
    head, rest = blocks[i].lines[:1], blocks[i].lines[1:]
    return [Block(head), *([Block(rest)] if rest else []), *blocks[i + 1:i + 1 + WITHIN]]


def _result(parts: list[Block]) -> int | None:
    """The index of the part under the poll's label that gives its result."""
    return next((k for k in range(1, min(len(parts), 1 + WITHIN)) if RESULT_RE.match(parts[k].text)), None)


def poll_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The poll, its proposals (on its label's line or the lines under it), its counts and its result."""
    parts = _parts(blocks, i)
    end = _result(parts)
    assert end is not None  # (poll_test)
    passed = RESULT_RE.match(parts[end].text).group("result").lower().startswith(("pass", "carr"))
    what = POLL_RE.match(parts[0].text).group("what").strip()
    proposals = [what] if what else []
    counts: dict[str, int] = {}
    for part in parts[1:end]:
        marks = [SCALE_RE.match(line.stripped) for line in part.lines]
        if all(marks):
            for mark in marks:
                side = SIDES[mark.group("mark")]
                counts[side] = counts.get(side, 0) + int(mark.group("count"))
        elif not what:
            proposals.extend(line.stripped for line in part.lines if line.stripped)
    if counts:
        item.votes.append(VoteDraft(blocks[i].first, result="carried" if passed else "lost", counts=counts))
    if passed:
        item.decisions.extend(p.rstrip(".:") for p in proposals)
    return end + 1 - (len(blocks[i].lines) > 1)  # (the label's paragraph was one block of the parts, or two)
