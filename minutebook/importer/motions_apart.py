"""Motions told across paragraphs: a member moves in one ('A moved to X.'), another seconds in a later one ('B
seconded the motion ...'), a motion put by one member over its text ('The following motion was submitted by A:'),
and a motion whose vote is called once the discussion is over ('... The motion was approved.'). The sentence forms,
and the reading of who moved, are `motions.py`'s.
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .drafts import ItemDraft, MotionDraft, VoteDraft
from .motions import FOLLOWING, MOVED_ALONE_RE, SECONDED_RE, outcome_paragraphs, spoken_motion
from .movers import VOTER, mover_name
from .names import PersonName, surname
from .outcomes import outcome_of
from .spoken_motions import SECONDED_BY
from .tallies import by_majority, counts_of
from .vote_sentences import counted_names
from .votes import label_counts, roll_call, unopposed

SECONDED_WITHIN = 6  # paragraphs after the motion in which its seconder may be named (what it moved, a list or
# the hashes of what it approves, may stand between)
ADJOURN_RE = re.compile(r"(?i)to\s+adjourn\b")  # a motion to adjourn ...
ADJOURNED_RE = re.compile(r"(?i)\bmeeting\s+(?:was\s+)?(?:adjourned|closed|ended)\b")  # ... that the meeting did


def moved_alone_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(MOVED_ALONE_RE.search(blocks[i].text)) and not spoken_motion(blocks[i].text)


def moved_alone_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The motion, its seconder from the paragraph that names one (before another motion is made), its
    result told there or in the paragraph after, and what it moved as a decision when it carried."""
    match = MOVED_ALONE_RE.search(blocks[i].text)
    _seconded_motion(blocks, i, item, match.group("mover"), match.group("text"), blocks[i].text[match.end("text"):],
                     i + 1)
    return 1


# A motion put by one member, its text in the paragraph under it: 'The following Notice of Motion was submitted by
# Cllr. A:' / '"That this Council calls on ..."' / 'The motion was seconded by Cllr. B and agreed.'
# 'Cllr. A proposed the following motion, which was seconded by Cllr. B:' names both.
SUBMITTED_RE = re.compile(rf"^(?:(?:The\s+following\s+)?(?:Notice\s+of\s+)?(?i:motion)\s+(?:was\s+)?"
                          rf"(?:submitted|tabled|proposed|moved|put\s+forward)\s+by\s+(?P<mover>{VOTER})|"
                          rf"(?P<proposer>{VOTER})\s+"
                          rf"(?:proposed|moved|submitted|tabled|put\s+forward)\s+the\s+following\s+(?:notice\s+of\s+)?"
                          rf"motion(?:,?\s+{SECONDED_BY})?)\s*:$")


def submitted_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(SUBMITTED_RE.match(blocks[i].lines[0].stripped)) and (i + 1 < len(blocks) or len(blocks[i].lines) > 1)


def submitted_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The motion its member put, its text the paragraph under the label; seconder and result as after 'A moved'.
    Printed without blank lines between them, the label, the text and the line naming the seconder are read as the
    paragraphs they would be (`blocks` is the list the block rules are reading)."""
    lines = blocks[i].lines
    if len(lines) > 1:
        cut = next((n for n in range(2, len(lines)) if SECONDED_RE.match(lines[n].stripped)), len(lines))
        blocks[i:i + 1] = [Block(part) for part in (lines[:1], lines[1:cut], lines[cut:]) if part]
    label = SUBMITTED_RE.match(blocks[i].text)
    _seconded_motion(blocks, i, item, label.group("mover") or label.group("proposer"), blocks[i + 1].text, "", i + 2,
                     label.group("seconder"))
    return 2


def _seconded_motion(blocks: list[Block], i: int, item: ItemDraft, mover: str, text: str, rest: str,
                     after: int, named: str | None = None) -> None:
    """A motion `mover` moved (`text`): its seconder `named` with its mover, or named in `rest` (what its own
    paragraph says after it) or in one of the paragraphs from `after` (before another motion is made), the result
    told there or in the paragraph after, a roll call in `rest`; what it moved a decision when it carried."""
    seconder, told, under = None, rest, i + 1  # (`under`: the paragraph after the seconder's)
    same = SECONDED_RE.search(rest)  # 'A moved to X; B seconded. AYES: ...': the seconder and the vote in the paragraph
    if named:  # 'A proposed the following motion, which was seconded by B:' / its words / how it went
        seconder, told = mover_name(named), outcome_paragraphs(blocks, after - 1)
    elif same:
        seconder, rest = mover_name(same.group("seconder") or same.group("by")), rest[same.end():]
        told = f"{rest} {outcome_paragraphs(blocks, i)}"
    for j in range(after, min(len(blocks), after + SECONDED_WITHIN)) if not (named or same) else ():
        if spoken_motion(blocks[j].text) or MOVED_ALONE_RE.search(blocks[j].text):
            break
        seconded = SECONDED_RE.search(blocks[j].text)
        if seconded:
            seconder = mover_name(seconded.group("seconder") or seconded.group("by"))
            told, under = " ".join([blocks[j].text[seconded.end():], outcome_paragraphs(blocks, j)]), j + 1
            break
    result = outcome_of(told)  # no seconder named: as its own paragraph says it went ('A moved to X. It passed.'),
    if result is None and seconder is None:  # or as those under it do ('A moved to X.' / 'There were no objections.')
        result = outcome_of(outcome_paragraphs(blocks, i))
    if result is None:  # 'A moved that X. 9 votes in favour, 1 against, 1 abstention.': the count tells it
        result = by_majority(counts_of(told))
    if result is None and ADJOURN_RE.match(text) and ADJOURNED_RE.search(told):  # 'A set motion to adjourn meeting.'
        result = "carried"  # / 'B seconded to motion.' / 'The meeting adjourned at 1:34 PM': it carried
    sides = roll_call(rest)
    if sides:
        result = result or unopposed(sides)
        item.votes.append(VoteDraft(blocks[i].first, result=result, sides=sides,
                                    counts=label_counts(rest) or counts_of(rest)))
    elif result is None:  # 'Roll Call Vote:' / 'Chairman A' / 'B: Aye; C: Aye ...' under it, no outcome told
        result = next((unopposed(voted) for block in blocks[under:under + FOLLOWING + 1]
                       if (voted := roll_call(block.text))), None)
    moved_by = mover_name(mover)
    labelled = _labelled_above(blocks, i, item, moved_by)
    if labelled is not None:  # 'MOTION: APPROVED 1st : MR. A 2nd : MR. B' / 'Mr. A moved to approve ...': one motion
        labelled.seconder, labelled.result = labelled.seconder or seconder, labelled.result or result
        labelled.moved = text.strip() if labelled.result is None else None
    else:
        item.motions.append(MotionDraft(blocks[i].first, item.title, moved_by, seconder, result,
                                        moved=text.strip() if result is None else None))
    if result == "carried":
        item.decisions.append(text.strip())


# How a motion went, told paragraphs after it once the discussion is over: 'MOTION: A moved to approve X. B
# seconded the motion. (No vote was taken at this time.)' / ... / 'The Mayor called for a vote. Four were in favor,
# one absent. The motion was approved.'
TOLD_LATER_RE = re.compile(r"(?i)\bthe\s+motion\s+(?:was\s+)?(?:approved|carried|passed|adopted|failed|defeated|"
                           r"lost)\b")


def _open_motion(item: ItemDraft) -> MotionDraft | None:
    """The item's last motion, where its outcome has not been told (what it moved is kept only then)."""
    last = item.motions[-1] if item.motions else None
    return last if last is not None and last.moved else None


def told_later_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return _open_motion(item) is not None and bool(TOLD_LATER_RE.search(blocks[i].text))


def told_later_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The item's open motion goes as this paragraph tells, with the counts it prints; what it moved, carried, is
    the decision."""
    motion, text = _open_motion(item), blocks[i].text
    motion.result = outcome_of(TOLD_LATER_RE.search(text).group())
    counts, named = counts_of(text), counted_names(text)  # ('Four were in favor, one absent (Curry).')
    if counts or named:
        item.votes.append(VoteDraft(blocks[i].first, result=motion.result, sides=named, counts=counts))
    if motion.result == "carried":
        item.decisions.append(motion.moved)
    motion.moved = None
    return 1


def _labelled_above(blocks: list[Block], i: int, item: ItemDraft, mover: PersonName | None) -> MotionDraft | None:
    """The motion the paragraph above labelled with the same mover and no outcome ('MOTION: APPROVED W/ CONDITIONS
    1st : MR. RUMSCH 2nd : MR. PHARES' over 'Mr. Rumsch moved to approve ...'): the sentence tells the same motion."""
    last = item.motions[-1] if item.motions else None
    if last is None or i == 0 or last.line is not blocks[i - 1].first or last.result is not None \
            or not (last.mover and mover) or surname(last.mover.name) != surname(mover.name):
        return None
    return last

