"""Motions written as an outline's points: the motion headed by its mover ('MOTION by A: what was moved', a point
of its own or the item's title), its seconder, a count and the outcome as the points under it:

    - MOTION by A: Change membership fees to $50 per annum
      - Seconded: B
      - To take effect on publishing the new schedule
      - For: 9 Against: 0 Abstain: 0
      - Motion passed

What was moved is the decision where the outcome says it carried; the count is read with the item's other votes
(`vote_sentences.counted_votes`). Or noted in a few words a point, under what was proposed or an item's notes:

    To confirm the minutes of the previous meeting:       - Steve move motion to have no auditor
    - Fletcher propose                                    - Fletcher second
    - Blake second                                        - Motion carried unanimously
    - Unanimous pass                                      ('Proposed Fletcher / Second Mel', 'Fletcher motion, Iain
                                                          second' / 'Passed unanimously')

What was proposed is the paragraph over the points (not another point), else the item's title.
"""

from __future__ import annotations

import re

from .blocks import BULLET_RE, Block, Found
from .drafts import ItemDraft, MotionDraft
from .labelled_motions import OUTCOME_LINE_RE, SECONDED_BY_RE, outcome_result
from .lines import Line
from .movers import untitled_name

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


NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
# A point naming who proposed, each form with its groups (mover, and seconder or what was moved where printed).
NOTED_MOVERS = [re.compile(pattern) for pattern in [
    rf"^(?P<mover>{NAME})\s+(?:propose[sd]?|move[sd]?)(?:\s+(?:the\s+|a\s+)?motion)?(?:\s+(?P<what>to\s.{{3,200}}?))?\.?$",
    rf"^(?:Proposed|Moved)(?:\s+by)?\s+(?P<mover>{NAME})(?:\s*[/,;]\s*Second(?:ed)?(?:\s+by)?\s+(?P<seconder>{NAME}))?\.?$",
    rf"^(?P<mover>{NAME})\s+motion,?\s+(?P<seconder>{NAME})\s+second(?:s|ed)?\.?$",
]]
NOTED_SECONDER_RE = re.compile(rf"^(?P<seconder>{NAME})\s+second(?:s|ed)?(?:\s+(?:the\s+)?motion)?\.?$")
NOTED_OUTCOME_RE = re.compile(r"(?i)^(?:(?:the\s+)?motion\s+)?(?:unanimous(?:ly)?\s+)?(?P<word>pass(?:ed)?|carried|"
                              r"approved|agreed|lost|failed|defeated)(?:\s+unanimous(?:ly)?)?\.?$")
NOTED_WITHIN = 3  # points, the proposer's first, that hold a noted motion


def _noted(text: str) -> re.Match | None:
    point = BULLET_RE.match(text)
    return next((m for pattern in NOTED_MOVERS if (m := pattern.match(text[point.end():]))), None) if point else None


def _outcome_point(blocks: list[Block], k: int) -> re.Match | None:
    return NOTED_OUTCOME_RE.match(BULLET_RE.sub("", blocks[k].text))


def _noted_outcome(blocks: list[Block], i: int) -> int | None:
    """Where the outcome point is among the few under a proposer's point `i` ('- Unanimous pass'), or None."""
    return next((k for k in range(i + 1, min(len(blocks), i + NOTED_WITHIN)) if _outcome_point(blocks, k)), None)


def noted_motion_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return _noted(blocks[i].text) is not None and _noted_outcome(blocks, i) is not None


def noted_motion_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """A motion noted in points (see the module's docstring): its mover, seconder and outcome; what it proposed the
    decision where it carried."""
    moved, k = _noted(blocks[i].text), _noted_outcome(blocks, i)
    seconder = moved.groupdict().get("seconder") or next(
        (m.group("seconder") for b in blocks[i + 1:k] if (m := NOTED_SECONDER_RE.match(BULLET_RE.sub("", b.text)))),
        None)
    word = _outcome_point(blocks, k).group("word").lower()
    result = "lost" if word in ("lost", "failed", "defeated") else "carried"
    item.motions.append(MotionDraft(blocks[i].first, item.title, untitled_name(moved.group("mover")),
                                    untitled_name(seconder) if seconder else None, result))
    if result == "carried":
        item.decisions.append(moved.groupdict().get("what") or _proposed_above(blocks, i) or item.title)
    return k - i + 1


def _proposed_above(blocks: list[Block], i: int) -> str | None:
    """The paragraph over a motion's points, not a point itself: 'To confirm the minutes of the previous meeting:'."""
    above = blocks[i - 1].text.strip() if i else ""
    return above.rstrip(":").strip() if above and not BULLET_RE.match(above) else None
