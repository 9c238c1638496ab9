"""Decisions told twice: minutes that close (or open) with a summary of their decisions ('Decisions' /
'• The Board agreed that ...', 'Summary of outcomes') restate, word for word, decisions recorded under the items
where they were taken. Each is one decision of the meeting, kept where it was taken; the summary keeps its text.
"""

from __future__ import annotations

import re

from .drafts import ItemDraft

# An item that only gathers the meeting's decisions: 'Decisions', 'Summary of decisions', 'Decisions taken',
# 'Key decisions', 'Summary of outcomes'. Elsewhere the same words may be each item's own decision ('That the
# minutes be approved' under two meetings' minutes, one delegation given for two contracts).
SUMMARY_RE = re.compile(r"(?i)^(?:summary\s+of\s+(?:the\s+)?)?(?:key\s+|main\s+)?(?:decisions|outcomes|resolutions)"
                        r"(?:\s+(?:made|taken|agreed|reached))?(?:\s+summary)?$")


def _key(decision: str) -> str:
    return " ".join(re.findall(r"\w+", decision.lower()))


def drop_restated(items: list[ItemDraft]) -> None:
    """Remove from a summary of decisions those another item of the same minutes records word for word."""
    summaries = [item for item in items if SUMMARY_RE.match(item.title.strip(" :"))]
    taken = {_key(d) for item in items if item not in summaries for d in item.decisions}
    for item in summaries:
        item.decisions = [d for d in item.decisions if _key(d) not in taken]
