"""A motion printed as the lines a meeting-management system (BoardDocs) lays out, each on a line of its own:

    Motion to adopt the Consent Agenda.                       (what was moved; often left out)
    Motion by Trustee A, second by Trustee B.
    Final Resolution: Motion Carried
    Yes: Trustees: A, B, C, D
    No: Trustees: E                                           (each side that voted, its members' title first)

The outcome's label says the motion is over; the sides' lines after it are its roll call, on the next page too.
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .drafts import ItemDraft, MotionDraft, VoteDraft
from .mentions import motion_matches, motion_names
from .names import MEMBER_TITLES
from .outcomes import RESULT_WORDS
from .votes import side_of, voters

OUTCOME_RE = re.compile(r"(?i)^Final\s+Resolution\s*:\s*(?:Motion\s+)?(?P<word>carried|carries|passed|passes|"
                        r"approved|adopted|failed|fails|lost|defeated|withdrawn|tabled)\b")
RESULTS = {**RESULT_WORDS, "carries": "carried", "passes": "carried", "fails": "lost", "tabled": "withdrawn"}
# A side's line: 'Yes: Trustees: A, B', 'No: Trustee C', 'Abstain: Trustee D', 'Absent: Trustee E'
SIDE_RE = re.compile(rf"^(?P<side>Yes|Aye|Ayes|No|Nay|Nays|Abstain|Abstained|Absent|Not Present)\s*:\s*"
                     rf"(?:(?:{MEMBER_TITLES})\s*:?\s*)?(?P<names>.*)$")
MOTION_TO_RE = re.compile(r"^Motion\s+(?P<text>to\s+\S.{2,400}?)\.?$")


def final_resolution_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return any(OUTCOME_RE.match(line.stripped) for line in blocks[i].lines)


def final_resolution_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The motion's mover and seconder, its outcome, its roll call; what it moved where printed ('Motion to ...'),
    else (the item's title is what was moved) the item's title."""
    lines = [line.stripped for line in blocks[i].lines]
    used = 1
    while i + used < len(blocks) and SIDE_RE.match(blocks[i + used].lines[0].stripped):  # the roll call on
        lines += [line.stripped for line in blocks[i + used].lines]                       # the next page
        used += 1
    at = next(n for n, line in enumerate(lines) if OUTCOME_RE.match(line))
    result = RESULTS[OUTCOME_RE.match(lines[at]).group("word").lower()]
    before = " ".join(lines[:at])
    for match in motion_matches(before):
        item.motions.append(MotionDraft(blocks[i].first, item.title, *motion_names(match), result))
    vote = VoteDraft(blocks[i].first, result=result)
    side = None
    for line in lines[at + 1:]:
        labelled = SIDE_RE.match(line)
        if labelled:
            side = side_of(labelled.group("side"))
            vote.sides.setdefault(side, []).extend(voters(labelled.group("names")))
        elif side:  # the side's names wrapped onto the next line
            vote.sides[side].extend(voters(line))
    if vote.sides:
        item.votes.append(vote)
    if result == "carried":
        moved = next((m.group("text") for line in lines[:at] if (m := MOTION_TO_RE.match(line))), None)
        told = re.search(r"(?i),\s*(?P<text>the\s+(?:board|council|committee|commission)\s+\S.*)$", before)
        item.decisions.append(moved or (told.group("text").rstrip(".") if told else item.title))
    return used
