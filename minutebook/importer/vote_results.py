"""A vote's result on a line of its own under what was put, as associations minute their annual meetings:
'Nomination for secretary: A suggests B' / 'Voting result: 10 yes, 0 no, 0 abstain.' / 'B is selected as the
secretary of the meeting.' The counts are the vote's; the decision is the sentence after the result, else what the
line before proposed ('Proposed: 1 year'), else the words of the result itself ('Voting result: The bylaws will be
modified ...'); who nominated or proposed it is the motion's mover.
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .drafts import ItemDraft, MotionDraft, VoteDraft
from .movers import VOTER, mover_name
from .tallies import by_majority, counts_of

# 'Voting result: 10 yes, 0 no, 0 abstain.', 'Votes: 10 yes, 0 no, 0 abstain.', 'Result of the vote: 7 for, 2 against.'
RESULT_RE = re.compile(r"(?i)\b(?:voting\s+result|votes|result\s+of\s+(?:the\s+)?vote)\s*:\s*"
                       r"(?P<counts>[^.:]{0,40}?\d[^.:]{0,80}?)(?:\.(?=\s|$)|$)")
RESULT_TEXT_RE = re.compile(r"(?i)^(?:voting\s+)?result\s*:\s*(?P<text>[A-Z].+)$")  # 'Voting result: The bylaws ...'
PROPOSED_RE = re.compile(r"(?i)\bproposed\s*:\s*(?P<text>[^:]{2,300}?)\s*$")  # 'Proposed: 1 year' before the vote
# 'Christine suggests Wei Der Chien', 'A (Al) nominates B as treasurer': who put the name forward
NOMINATED_RE = re.compile(rf"(?P<mover>{VOTER})(?:\s+\([^()]{{1,30}}\))?\s+"
                          r"(?:nominates|nominated|suggests|suggested|proposes|proposed)\s+(?=[A-Z])")
SENTENCE_RE = re.compile(r"^(?P<text>.+?)(?:(?<=[a-z0-9)])\.(?=\s+[A-Z])|$)")


def result_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    match = RESULT_RE.search(blocks[i].text)
    return bool(match and counts_of(match.group("counts")))


def result_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The vote with its counts and what it decided; the nomination before it a motion carried or lost with it."""
    text = blocks[i].text
    match = RESULT_RE.search(text)
    counts = counts_of(match.group("counts"))
    result = by_majority(counts) or ("carried" if counts.get("for") and not counts.get("against") else None)
    item.votes.append(VoteDraft(blocks[i].first, result=result, counts=counts))
    before, after = text[:match.start()].strip(), text[match.end():].strip()
    told = RESULT_TEXT_RE.match(after)
    sentence = SENTENCE_RE.match(after) if after else None
    proposed = PROPOSED_RE.search(before)
    decided = told.group("text") if told else sentence.group("text") if sentence else \
        proposed.group("text") if proposed else None
    if decided and result == "carried":
        item.decisions.append(decided.strip())
    nominated = NOMINATED_RE.search(before)
    if nominated:
        item.motions.append(MotionDraft(blocks[i].first, item.title, mover_name(nominated.group("mover")), None,
                                        result))
    return 1
