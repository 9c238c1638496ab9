"""A summary of the meeting's decisions: minutes that open or close with an item titled for them ('Decisions',
'Main Outcomes', 'Summary of outcomes') list them there, each point of its list one decision. Where the summary
restates word for word decisions recorded under the items where they were taken ('Decisions' / '• The Board agreed
that ...'), each is one decision of the meeting, kept where it was taken; the summary keeps its text.
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .drafts import ItemDraft

# An item that gathers the meeting's decisions: 'Decisions', 'Summary of decisions', 'Decisions taken', 'Key
# decisions', 'Main Outcomes'. Elsewhere the same words may be each item's own decision ('That the minutes be
# approved' under two meetings' minutes, one delegation given for two contracts).
SUMMARY_RE = re.compile(r"(?i)^(?:summary\s+of\s+(?:the\s+)?)?(?:key\s+|main\s+)?(?:decisions|outcomes|resolutions)"
                        r"(?:\s+(?:made|taken|agreed|reached))?(?:\s+summary)?$")
POINT_RE = re.compile(r"^(?:[-*+•]|\d{1,2}[.)])\s+(?P<text>\S.*)$")  # '* continue work on ODF adoption', '2. ...'


def _summary(item: ItemDraft) -> bool:
    return bool(SUMMARY_RE.match(item.title.strip(" :")))


def summary_point_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return _summary(item) and bool(POINT_RE.match(blocks[i].text))


def summary_point_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """A point of the summary's list: one decision, its words as printed."""
    item.decisions.append(POINT_RE.match(blocks[i].text).group("text").strip())
    return 1


def _key(decision: str) -> str:
    return " ".join(re.findall(r"\w+", decision.lower()))


def drop_restated(items: list[ItemDraft]) -> None:
    """Remove from a summary of decisions those another item of the same minutes records word for word."""
    summaries = [item for item in items if _summary(item)]
    taken = {_key(d) for item in items if item not in summaries for d in item.decisions}
    for item in summaries:
        item.decisions = [d for d in item.decisions if _key(d) not in taken]
