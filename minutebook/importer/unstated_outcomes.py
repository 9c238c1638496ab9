"""Minutes that name who moved and seconded each motion and never say how one went: each was decided as moved.

Some minutes (an association's, a small board's, written up as the meeting went) record the motions as 'Moved by:
A' / 'Seconded by: B' and print no outcome for any of them: the minutes of what was done, each motion done. Where a
meeting's minutes are so (two motions or more, none with an outcome, and most items with a motion have no decision
told any other way), an item whose motion has no decision records one: what was moved where it is printed ('to
accept Treasurer's report'), else the item's title, which says it ('Approve agenda for 2019 meeting', 'Move to
adjourn'). Where most are told another way ('Minutes approved - A (motion), B (second)'), a motion with none is
not taken as decided ('Meeting called to order - A (motion), B (second)').
"""

from __future__ import annotations

from .drafts import ItemDraft

UNSTATED = 2  # motions without an outcome that make a document's way of minuting, not one left unfinished


def decided_as_moved(items: list[ItemDraft]) -> None:
    """Each item's motion a decision, where the meeting's minutes tell no motion's outcome."""
    moved = [item for item in items if item.kind == "minutes" and item.motions]
    motions = [m for item in moved for m in item.motions]
    undecided = [item for item in moved if not item.decisions]
    told = [m for item in undecided for m in item.motions if m.result]  # (an outcome read from a decision the item
    # records is no outcome the minutes tell: 'The minutes were approved.' / 'Moved by: A' / 'Seconded by: B')
    if len(motions) < UNSTATED or told or any(item.votes for item in items) or len(undecided) * 2 <= len(moved):
        return
    for item in undecided:
        item.decisions.append(item.motions[-1].moved or item.title)
