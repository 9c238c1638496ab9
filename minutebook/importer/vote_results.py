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


def _went(counts: dict[str, int]) -> str | None:
    """How a vote counted so went: the majority's way, or carried with votes for and none against ('10 yes, 0 no')."""
    return by_majority(counts) or ("carried" if counts.get("for") and not counts.get("against") else None)


def result_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    match = RESULT_RE.search(blocks[i].text)
    return bool(match and counts_of(match.group("counts")))


def result_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The vote with its counts and what it decided; the nomination before it a motion carried or lost with it."""
    text = blocks[i].text
    match = RESULT_RE.search(text)
    counts = counts_of(match.group("counts"))
    result = _went(counts)
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


# The result announced over the counts, each on a line or a paragraph of its own: 'The result of the vote was:' /
# 'For the change: 6,' / 'Against the change: 11,' / 'Abstentions: 6'; then, it may be, what follows from it
# ('Therefore the club will vote against the change ...').
ANNOUNCED_RE = re.compile(r"(?i)\b(?:the\s+)?(?:result\s+of\s+the\s+(?:vote|ballot)|voting\s+result|vote)\s+"
                          r"(?:was|were)\s*:?\s*$")
COUNT_ALONE = (r"(?i:(?P<label>for|in\s+favou?r|against|opposed|abstentions?|abstain(?:ed|ing)?)\b[^:\d]{0,40}:\s*"
               r"(?P<n>\d{1,3})\s*[,.;]?\s*)")
COUNTS_ALONE_RE = re.compile(rf"(?:{COUNT_ALONE})+")
COUNT_ALONE_RE = re.compile(COUNT_ALONE)
SIDES = {"for": "for", "in": "for", "against": "against", "opposed": "against"}
# What a vote's result brings about, in the paragraph after it: 'Therefore the club will vote against the change'.
THEREFORE_RE = re.compile(r"^(?:Therefore|Accordingly|Consequently|As\s+a\s+result|Thus),?\s+\S")


def _counts_apart(blocks: list[Block], i: int) -> dict[str, int]:
    """The counts the paragraph after `blocks[i]` holds and nothing else (its lines, paragraphs apart in the
    file, are read as one), a side each, for and against among them; {} otherwise."""
    text = blocks[i + 1].text.strip() if i + 1 < len(blocks) else ""
    counts: dict[str, int] = {}
    if COUNTS_ALONE_RE.fullmatch(text):
        for match in COUNT_ALONE_RE.finditer(text):
            counts.setdefault(SIDES.get(match.group("label").split()[0].lower(), "abstain"), int(match.group("n")))
    return counts if "for" in counts and "against" in counts else {}


def announced_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(ANNOUNCED_RE.search(blocks[i].text) and _counts_apart(blocks, i))


def announced_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The vote with its counts, its result the majority's; the paragraph after the counts that says what follows
    from it ('Therefore ...') the decision, whichever way the vote went (it says what the body will do)."""
    counts = _counts_apart(blocks, i)
    item.votes.append(VoteDraft(blocks[i].first, result=_went(counts), counts=counts))
    used = 2
    if i + used < len(blocks) and THEREFORE_RE.match(blocks[i + used].text.strip()):
        item.decisions.append(blocks[i + used].text.strip().rstrip("."))
        used += 1
    return used


# A motion put under its label, nobody named, its counts on the lines under it: 'Motion: only the total members and
# displaying only those who opt-in?[^1]' / 'Votes against? 0' / 'Votes in favor: 10 (including proxies)'.
PUT_RE = re.compile(r"^(?:Motion|Proposal|Resolution)\s*:\s*(?P<text>\S.{2,400}?)\s*(?:\[\^?\w{1,4}\])?\s*$")


def put_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    lines = blocks[i].lines
    return len(lines) > 1 and PUT_RE.match(lines[0].stripped) is not None \
        and bool(counts_of(" ".join(line.stripped for line in lines[1:])))


def put_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The vote with its counts and the majority's result; what was put, a question or not, the decision if it
    carried."""
    lines = blocks[i].lines
    counts = counts_of(" ".join(line.stripped for line in lines[1:]))
    result = _went(counts)
    item.votes.append(VoteDraft(blocks[i].first, result=result, counts=counts))
    if result == "carried":
        item.decisions.append(PUT_RE.match(lines[0].stripped).group("text").rstrip("?."))
    return 1
