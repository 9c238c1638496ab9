"""A voice vote in a verbatim transcript: 'City Solicitor: “I move approval.”' / 'Comptroller: “Second.”' /
'President: “All those in favor say AYE. All opposed, say NAY. The Motion carries, the item is approved.”'.

Verbatim minutes print each speech under its speaker's label, often an office ('City Solicitor:', 'Director of
Public Works:') or a title and surname ('Mr. Davis:'). The chair's call of the result is the decision, and the
speeches just above it name who moved and who seconded; an office stands for the member who holds it in the
meeting's attendance (resolved when the record is written, as for 'The Mayor ABSTAINED').
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .drafts import ItemDraft, MotionDraft
from .formulas import tidy
from .names import PersonName, parse_name
from .role_titles import PERSONAL_TITLE

# 'City Solicitor:', 'Director of Public Works:', 'Mr. Davis:', 'Joseph Mazza:' opening a paragraph
LABEL_RE = re.compile(rf"^(?P<who>(?:{PERSONAL_TITLE}\.?\s{{1,4}})?[A-Z][\w'’-]{{1,30}}(?:\s{{1,4}}(?:of|the|and|"
                      r"[A-Z][\w'’-]{1,30})){0,5})\s{0,8}:\s{0,12}(?P<words>.*)$")
OPEN = r"^\W{0,3}(?:(?:ah|um|uh)\s{0,3}-{1,2}\s{0,3})?"  # a quotation mark, a filler ('Ah --')
MOVES_RE = re.compile(rf"(?i){OPEN}(?:I\s+)?(?:so\s+)?move\b")  # '“I move approval', 'Move to accept', 'I so move'
SECONDS_RE = re.compile(rf"(?i){OPEN}(?:I\s+)?second(?:ed)?\b")  # '“Second.”', '“I Second.”'
# The chair's call: 'The Motion carries, the item is approved.', 'Motion carries. The item has been disapproved.'
CARRIES_RE = re.compile(r"(?i)\b(?:the\s+)?motion\s+(?:carries|is\s+carried|passes)\b")
OUTCOME_RE = re.compile(r"(?i)^\W{0,3}(?:the|this)\s+(?:\w+\s+){0,3}items?\s+(?:has|have|is|are)\s+(?:been\s+)?"
                        r"(?:approved|disapproved|adopted|rejected|deferred|withdrawn)\b[^.”\"]{0,80}")
SPEECH_BLOCKS = 3  # paragraphs of one speech above the call of the result
LOOK_BACK = 6  # speeches above the chair's call in which the motion was made
PERSONAL_TITLE_RE = re.compile(rf"^{PERSONAL_TITLE}\.?\s")


def _speech(block: Block) -> tuple[str, str] | None:
    match = LABEL_RE.match(tidy(block.text))
    return (match.group("who"), match.group("words")) if match else None


def _opening(blocks: list[Block], i: int) -> int | None:
    """The paragraph whose speaker label opens the speech that block `i` is part of (a speech runs on over
    paragraphs: 'President: “All those in favor say AYE. All opposed' / '“NAY”. Motion carries ...')."""
    for k in range(i, max(-1, i - 1 - SPEECH_BLOCKS), -1):
        if _speech(blocks[k]):
            return k
    return None


def voice_vote_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(CARRIES_RE.search(blocks[i].text)) and _opening(blocks, i) is not None


def _speaker(who: str) -> PersonName | None:
    """'Mr. Davis' is a person; 'City Solicitor' is the post, named alone (name and role the same)."""
    if PERSONAL_TITLE_RE.match(who) or len(who.split()) in (2, 3) and parse_name(who) and not re.search(
            r"(?i)\b(?:of|the|and|Director|Solicitor|President|Mayor|Comptroller|Chair\w*|Secretary|Clerk|Manager|"
            r"Officer|Agent|Auditor|Counsel|Attorney|Commissioner|Treasurer)\b", who):
        return parse_name(who)
    return PersonName(who, None, who, None, (), who)


def voice_vote_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The chair's call as the decision (with the sentence after it naming what it did to the item), and the
    motion, moved and seconded by the speeches above it since the last call."""
    opening = _opening(blocks, i)
    words = tidy(" ".join(block.text for block in blocks[opening:i + 1]))  # 'say NAY. The' / 'Motion carries.'
    carries = list(CARRIES_RE.finditer(words))[-1]
    rest = words[carries.end():]
    end = re.search(r"[.!?”\"]", rest)
    decision = words[carries.start():carries.end() + (end.start() if end else len(rest))]
    outcome = OUTCOME_RE.match(rest[end.end():] if end and rest[end.start()] == "." else "")
    if outcome:
        decision = f"{decision}. {outcome.group(0).strip()}"
    item.decisions.append(tidy(decision.strip(" ,")))
    mover = seconder = None
    for k in range(opening - 1, max(-1, opening - 1 - LOOK_BACK), -1):
        speech = _speech(blocks[k])
        if speech is None:
            continue
        if CARRIES_RE.search(speech[1]):
            break  # the call of the motion before
        if seconder is None and mover is None and SECONDS_RE.match(speech[1]):
            seconder = _speaker(speech[0])
        elif mover is None and MOVES_RE.match(speech[1]):
            mover = _speaker(speech[0])
            break
    if mover is not None:
        item.motions.append(MotionDraft(blocks[i].first, item.title, mover, seconder, "carried"))
    return 1
