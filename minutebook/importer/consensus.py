"""Decisions by consensus, as Quaker meetings and other bodies that decide without a vote minute them: the clerk's
question, or a recommendation, answered in emphasis ('Approval of $1,000 for a new roof deductible? *Yes.*', 'We
reserve $8,000 for a new heater. *Yes*.'), and a minute of unity or approval set in emphasis ('*The Meeting is unity
and it is not an obstacle ...*', '*Approve and reach unity to move forward ...*'). Each is a decision: the question
or recommendation with its answer, or the emphasised minute. A plain 'Yes.' after a question is an answer, not a
decision. So is a consensus told in prose ('The consensus is to send it out', 'The general consensus was yes' after
the question).
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .drafts import ItemDraft

# The question or recommendation, then its answer in emphasis: '*Yes*', '*Yes.*', '_Agreed_'.
ANSWERED_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?*_]\s\s))(?P<put>[A-Z][^.!?*_]{3,400}?[?.])\s{1,3}"
                         r"[*_](?P<answer>Yes|Agreed|Approved|Carried)\.?[*_]")
# A minute of unity or approval in emphasis: '*The Meeting is unity and ...*', '*Approve and reach unity ...*'.
UNITY_RE = re.compile(r"(?:^|(?<=\s))[*_](?P<minute>(?:The\s+Meeting\s+is\s+(?:in\s+)?unity|(?:We\s+are\s+)?in\s+unity|"
                      r"Approved?\b)[^*_]{3,400}?)\.?[*_]")


# ... and the consensus told in prose: 'The consensus is to send it out but ...', 'The general consensus was yes.'
# (after the question it answers: 'One question which came up was whether Kim would assume the brochure.'), 'Our
# overall concensus is Yes, Devon Meadows can join the MPCA.' (the answer with what it agrees; 'concensus' as often
# spelt).
TOLD_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))(?P<minute>(?:The|Our)\s+(?:general\s+|overall\s+)?"
                     r"con[cs]ensus\s+(?:is|was)\s+(?:(?:to|that)\s[^.!?]{2,300}|(?P<yes>(?i:yes))"
                     r"(?P<clause>,\s[^.!?]{2,300})?)[.!?]?)")
QUESTION_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))[A-Z][^.!?]{3,300}[.?]\s*$")  # the sentence before it


def consensus_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(ANSWERED_RE.search(blocks[i].text) or UNITY_RE.search(blocks[i].text) or TOLD_RE.search(blocks[i].text))


def _told(text: str, match: re.Match) -> str:
    """The consensus told: its sentence, after the question it answers where it says only 'yes'."""
    question = QUESTION_RE.search(text[:match.start()]) if match.group("yes") and not match.group("clause") else None
    return f"{question.group().strip()} {match.group('minute')}" if question else match.group("minute")


def consensus_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """Each question answered and each minute of unity in the paragraph, in order."""
    text = re.sub(r"\s+", " ", blocks[i].text)
    told = sorted([(m.start(), f"{m.group('put').strip()} {m.group('answer')}") for m in ANSWERED_RE.finditer(text)]
                  + [(m.start(), m.group("minute").strip()) for m in UNITY_RE.finditer(text)]
                  + [(m.start(), _told(text, m)) for m in TOLD_RE.finditer(text)])
    item.decisions.extend(decision.rstrip(".") for _, decision in told)
    return 1
