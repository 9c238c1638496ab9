"""How a motion went, as minutes tell it after the motion: one table of outcomes, the earliest told winning.

Read by the motion rules (`motions.py`, `mentions.py`) wherever a motion's paragraph, or the lines under it,
say how it went ('The motion passed', 'All in favour', 'Carried.', 'The motion failed').
"""

from __future__ import annotations

import re

# A vote told by the member who completed it: '..., with C making it unanimous' (attendance_posts reads who voted).
MADE_UNANIMOUS = r"\b(?:making|made)\s+it\s+unanimous\b"
# A line that is how a motion went and nothing more: 'Carried.', 'CARRIED 5/0', 'The motion was put and lost'.
# What may follow an outcome word to the line's end: 'unanimously', the count ('CARRIED 5/0', 'Carried (3 to 1)').
RESULT_TAIL = r"(?:\s+unanimously)?(?:\s*\(?\d{1,3}\s*(?:to|-|/)\s*\d{1,3}\)?)?\W{0,3}$"
OUTCOME_LINE_RE = re.compile(r"(?i)^>?\s*(?:(?:\*+|[-•])\s*)?(?:the\s+)?(?:(?:substantive\s+)?motion|amendment|vote)\s+"
                             r"(?:was\s+)?(?:put\s+and\s+)?(?P<word>passed|"
                             r"carried|approved|adopted|failed|lost|defeated|withdrawn)\b"
                             rf"|^\W{{0,3}}(?P<bare>carried|defeated|lost)\b{RESULT_TAIL}"
                             # 'Unanimously approved.', 'Unanimously approved, with discussion of this as ...',
                             # '- Approved unanimously'
                             r"|^\W{0,3}unanimously\s+(?P<unanimous>approved|carried|passed|adopted|agreed)\b"
                             r"|^\W{0,3}(?P<unanimous2>approved|carried|passed|adopted|agreed)\s+unanimously\W{0,3}$")
RESULT_WORDS = {"passed": "carried", "carried": "carried", "approved": "carried", "adopted": "carried",
                "failed": "lost", "lost": "lost", "defeated": "lost", "withdrawn": "withdrawn"}
# How a motion went, told after it; the earliest told wins, and no match is no result.
OUTCOMES: list[tuple[re.Pattern, str | None]] = [(re.compile(pattern), result) for pattern, result in [
    # 'No official vote was taken, but no dissent was heard.': the motion was not put, so it went no way
    (r"(?i)\bno\s+(?:official\s+|formal\s+)?vote\s+was\s+(?:taken|held)\b", None),
    (r"(?i)\b(?:motion|resolution|proposal|amendment)\b.{0,40}?\b(?:carried|carries|passed|passes|approved|"
     r"adopted)\b", "carried"),
    (r"(?i)\b(?:motion|resolution|proposal|amendment)\b.{0,40}?\b(?:failed|fails|lost|defeated)\b", "lost"),
    (r"(?i)\b(?:motion|resolution|proposal|amendment)\b.{0,40}?\bwithdrawn\b", "withdrawn"),
    # 'The motion was put to the meeting and was declared CARRIED.', 'The Cathaoirleach declared the motion lost.':
    # the chair's declaration, however far from the word 'motion'
    (r"(?i)\bdeclared\s+(?:the\s+(?:motion|resolution|amendment|proposal)\s+)?(?:carried|passed|adopted)\b",
     "carried"),
    (r"(?i)\bdeclared\s+(?:the\s+(?:motion|resolution|amendment|proposal)\s+)?(?:lost|defeated|failed)\b", "lost"),
    (r"(?i)\bRESULT\s*:\s*(?:approved|adopted|carried|passed)\b", "carried"),
    (r"(?i)\bRESULT\s*:\s*(?:failed|lost|defeated)\b", "lost"),
    # a New England meeting's record of its vote: 'VOTED: Passed by voice vote.', 'VOTED: Failed. Yes 88, No 119.'
    (r"\bVOTED\s*:\s*(?i:passed|carried|adopted|approved)\b", "carried"),
    (r"\bVOTED\s*:\s*(?i:failed|defeated|lost|not\s+passed)\b", "lost"),
    # 'All in favour.', '; all agreed.', 'All ayes.', 'Resolved unanimously.', 'nem. con.', 'VOTE: Unanimous', '...,
    # with C making it unanimous' (the last member's vote named), '..., all voting aye.'
    (rf"(?i)\bvote\s*:\s*unanimous\b|{MADE_UNANIMOUS}|\ball\s+(?:were\s+)?in\s+favou?r\b|\ball\s+(?:members\s+)?agreed\b|"
     r"\ball\s+ayes\b|\ball\s+(?:members\s+)?voting\s+(?:aye|yes|in\s+favou?r)\b|\b(?:resolved|agreed|carried)\s+unanimously\b|"
     r"\bunanimously\s+(?:agreed|resolved|carried|approved)\b|\bnem\.?\s*con\b|"
     r"\b(?:accepted|agreed|approved)\s+by\s+all\b", "carried"),  # '... seconded by B and accepted by all.'
    # 'No Nays.', '... member body approved, no dissent.', 'All vote to approve- no nays.': nobody against
    (r"(?i)\bno\s+(?:nays|noes|dissent|dissenting\s+votes?|votes?\s+against)\b|\ball\s+vote[ds]?\s+to\s+approve\b|"
     r"\b(?:(?:the\s+)?member(?:ship|s)?\s+body|the\s+membership)\s+approved\b", "carried"),
    # '... seconded by B and agreed.': the outcome closing the sentence that names the seconder
    (r"(?i)^\s*,?\s*and\s+(?:was\s+)?(?:unanimously\s+)?(?:agreed|carried|passed|approved|adopted)\b", "carried"),
    (r"(?i)^\s*,?\s*and\s+(?:was\s+)?(?:lost|defeated|failed)\b", "lost"),
    # 'Carried.' / 'DEFEATED' opening a sentence or a line of its own
    (r"(?:^|(?<=[.!?:)]\s)|(?<=[.!?:]\s\s))(?:CARRIED|Carried)\b(?!\s+(?:out|over|forward|on)\b)", "carried"),
    (r"(?:^|(?<=[.!?:]\s)|(?<=[.!?:]\s\s))(?:DEFEATED|Defeated|LOST|Lost)\b", "lost"),
    # 'It passed 4-0.' / 'It failed 2-3.': a sentence after the motion telling how it went
    (r"(?:^|(?<=[.!?:]\s)|(?<=[.!?:]\s\s))It\s+(?:passed|carried|was\s+(?:passed|carried|approved|adopted))\b",
     "carried"),
    (r"(?:^|(?<=[.!?:]\s)|(?<=[.!?:]\s\s))It\s+(?:failed|was\s+(?:lost|defeated))\b", "lost"),
    # '..., and this was confirmed by all present.', '..., and it was agreed.': the sentence's own close
    (r"(?i)(?:\band|,)\s+(?:this|it)\s+was\s+(?:then\s+)?(?:unanimously\s+)?(?:confirmed|agreed|approved|accepted|"
     r"carried)\b(?!\s+(?:that|to)\b)", "carried"),
    # 'There were no objections.', 'No one was opposed.', 'No one opposed A's motion.', '... without objection': a
    # motion put and nobody against it
    (r"(?:^\s*|(?<=[.!?:]\s))(?i:there\s+(?:were|was)\s+no\s+objections?\b|no\s+one\s+(?:was\s+)?opposed\b|"
     r"no\s+objections?\s+(?:were|was)\s+(?:raised|made|voiced|heard)\b)|(?i:\bwithout\s+(?:any\s+)?objections?\b)",
     "carried"),
    # '... No one seconded and the amendment died.', 'The motion died for lack of a second.'
    (r"(?i)\b(?:motion|amendment)\s+died\b|\bdied\s+for\s+(?:lack|want)\s+of\s+a\s+second", "fell"),
    # 'Adopted.' / 'APPROVED' / 'Agreed.' as a sentence of its own, after the motion or its roll call
    (r"(?:^|(?<=[.!?:]\s)|(?<=[.!?:]\s\s))(?:ADOPTED|Adopted|APPROVED|Approved|PASSED|Passed|AGREED|Agreed)(?=\.|\s*$)",
     "carried"),
    # 'Passed 5-0.', 'Moved 5-0.': a verb of passing with the count, a sentence of its own
    (r"(?:^|(?<=[.!?:]\s)|(?<=[.!?:]\s\s))(?:MOVED|Moved|ADOPTED|Adopted|APPROVED|Approved|PASSED|Passed)\s+"
     r"\d{1,2}\s?[-–]\s?\d{1,2}\b", "carried"),
]]


def outcome_of(text: str) -> str | None:
    """The first outcome `text` tells: carried, lost or withdrawn; None when it tells none, or first tells that no
    vote was taken."""
    found = [(m.start(), result) for pattern, result in OUTCOMES if (m := pattern.search(text))]
    return min(found, key=lambda told: told[0])[1] if found else None
