"""A formal resolution: its preamble ('WHEREAS ..., NOW, THEREFORE, BE IT RESOLVED, that X'), whose decision is X;
and one proposed, then tabled, withdrawn or defeated, whose clauses decided nothing.
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .drafts import ItemDraft
from .outcomes import OUTCOME_LINE_RE

# 'WHEREAS, the Board of Directors deems it ..., NOW, THEREFORE, BE IT RESOLVED, that the Bylaws be amended ...': the
# preamble and the first clause in one paragraph (the preamble's comma carries it on).
WHEREAS_RE = re.compile(r"(?is)^whereas\b.*?\bbe\s+it\s+(?:further\s+)?resolved\s*[,:]?\s*(?P<text>\S.*)$")


def whereas_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(WHEREAS_RE.match(blocks[i].text))


def whereas_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The clause the preamble leads to, from its first word ('that ...'); the outcome's line under it ('Carried.')
    is none of it."""
    lines = blocks[i].lines
    if len(lines) > 1 and OUTCOME_LINE_RE.match(lines[-1].stripped):
        lines = lines[:-1]
    item.decisions.append(WHEREAS_RE.match(Block(lines).text).group("text").rstrip("."))
    return 1


# What became of a resolution put to the meeting, told after it: 'By general consent, this resolution was tabled'.
UNPASSED_RE = re.compile(r"(?i)\b(?:the|this|that|said|above)\s+(?:resolution|motion|proposal)\s+(?:was|were)\s+"
                         r"(?:then\s+|unanimously\s+)?(?P<outcome>tabled|withdrawn|defeated|lost|rejected|"
                         r"not\s+(?:adopted|passed|carried|approved))\b")
PASSED_RE = re.compile(r"(?i)\b(?:resolution|motion|proposal)\s+(?:passed|carried|was\s+(?:passed|carried|adopted|"
                       r"approved))\b")
CLAUSE_RE = re.compile(r"(?i)^(?:(?:now,?\s+)?(?:therefore,?\s+)?(?:be\s+it\s+)?(?:further\s+)?resolved\b|that\b)")


def unpassed(item: ItemDraft) -> None:
    """A resolution the meeting tabled, withdrew or defeated (and passed none): its clauses are no decisions of the
    body; tabling it is one ('By general consent, this resolution was tabled, with a recommendation to ...')."""
    text = " ".join(line.stripped for line in item.lines)
    told = UNPASSED_RE.search(text)
    if told is None or PASSED_RE.search(text):
        return
    clauses = [decision for decision in item.decisions if CLAUSE_RE.match(decision)]
    if not clauses:
        return
    item.decisions = [decision for decision in item.decisions if decision not in clauses]
    if told.group("outcome").lower() == "tabled":
        start = max(text.rfind(". ", 0, told.start()) + 2, 0) if ". " in text[:told.start()] else 0
        end = text.find(".", told.end())
        item.decisions.append(text[start:end if end >= 0 else len(text)].strip())
