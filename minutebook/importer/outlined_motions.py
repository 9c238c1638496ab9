"""Motions written as an outline's points: the motion headed by its mover ('MOTION by A: what was moved', a point
of its own or the item's title), its seconder, a count and the outcome as the points under it:

    - MOTION by A: Change membership fees to $50 per annum
      - Seconded: B
      - To take effect on publishing the new schedule
      - For: 9 Against: 0 Abstain: 0
      - Motion passed

What was moved is the decision where the outcome says it carried; the count is read with the item's other votes
(`vote_sentences.counted_votes`).
"""

from __future__ import annotations

import re

from .blocks import BULLET_RE, Block, Found
from .drafts import ItemDraft, MotionDraft
from .labelled_motions import OUTCOME_LINE_RE, SECONDED_BY_RE, outcome_result
from .lines import Line
from .motions import untitled_name

MOTION_BY_RE = re.compile(r"^\W{0,3}(?:MOTION|Motion)\s+(?:by|BY)\s+(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)"
                          r"\s*:\s*(?P<what>\S.{2,400})$")
UNDER = 6  # points under a motion read for its seconder and outcome


def motion_by_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(MOTION_BY_RE.match(blocks[i].text))


def motion_by_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'- MOTION by A: X' and the points under it: the motion (see the module's docstring)."""
    return 1 + _points_under(blocks, i + 1, item, blocks[i].first, MOTION_BY_RE.match(blocks[i].text))


def titled_motion(blocks: list[Block], item: ItemDraft) -> int:
    """An item titled by its motion ('1. MOTION by A: Confirmation of the minutes'): the motion, read with the
    points under the title; how many of the item's paragraphs it used (none for any other title)."""
    match = MOTION_BY_RE.match(item.title or "")
    return _points_under(blocks, 0, item, item.line, match) if match else 0


def _points_under(blocks: list[Block], start: int, item: ItemDraft, line: Line, motion: re.Match) -> int:
    """Reads the seconder and outcome from the points from `start`, up to the outcome or the next motion; how many
    points it used (up to the outcome, or to the seconder where no outcome is printed)."""
    seconder, result, used = None, None, 0
    for k in range(start, min(len(blocks), start + UNDER)):
        text = BULLET_RE.sub("", blocks[k].text)
        if MOTION_BY_RE.match(text):
            break
        if (seconded := SECONDED_BY_RE.match(text)) and seconder is None:
            seconder, used = untitled_name(seconded.group("who")), k - start + 1
        if outcome := OUTCOME_LINE_RE.match(text):
            result, used = outcome_result(outcome), k - start + 1
            break
    what = motion.group("what").strip().rstrip(".")
    item.motions.append(MotionDraft(line, item.title, untitled_name(motion.group("who")), seconder, result,
                                    moved=what if result is None else None))
    if result == "carried":
        item.decisions.append(what)
    return used
