"""A motion and the amendments to it, each under its label with its movers after its text, then the vote between them
and the sentence saying which carried, as Scottish councils minute a contested item:

    Motion
    To agree the recommendations in the report.
    Moved Councillor A, seconded Councillor B.
    Amendment
    To continue consideration of the report to the next meeting.
    Moved Councillor C, seconded Councillor D.
    A vote was taken by calling the roll.
    Motion                  Amendment
    Councillor A            Councillor C
    Councillor B            Councillor D
    Councillor E
    The Motion was carried by 3 votes to 2 and the Committee resolved accordingly.

Each part is a motion with its movers; the one the sentence names carried and the others were lost; the one that
carried is the decision unless a 'Decision' paragraph below records it. The roll, a column for each part, is the
vote: for the motion, for the amendment (against the motion), abstaining.
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .drafts import ItemDraft, MotionDraft, VoteDraft
from .labelled_motions import moved_by
from .names import PersonName
from .tallies import counts_of
from .votes import voters

PART_RE = re.compile(r"(?i)^(?P<part>motion|(?:(?:first|second|third|further)\s+)?amendment)(?:\s+\d)?\s*:?$")
# the sentence saying which part carried ('The Motion was carried by 3 votes to 2', 'The Amendment was agreed')
CARRIED_RE = re.compile(r"(?i)\bthe\s+(?P<part>motion|(?:(?:first|second|third|further)\s+)?amendment)\s+"
                        r"(?:was\s+)?(?P<word>carried|agreed|passed|adopted|fell|lost|defeated)\b")
DECISION_LABEL_RE = re.compile(r"(?i)^decisions?\s*:?$")
# the roll's columns, a part's label heading each: 'Motion          Amendment          Abstention'
COLUMN_RE = re.compile(r"(?i)\b(?:motion|amendment|abstentions?|abstained|no\s+action)\b")
SIDES = {"motion": "for", "amendment": "against"}
LOOK_AHEAD = 8  # paragraphs after the last part, at most, to the sentence saying which carried


def motion_amendment_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return len(_parts(blocks, i)) >= 2


def _parts(blocks: list[Block], i: int) -> list[tuple[str, str, tuple, Block]]:
    """(label, text, movers, label's paragraph) of each part from `i` on: a label alone, its text, its movers."""
    parts = []
    while i + 2 < len(blocks) and (label := PART_RE.match(blocks[i].text.strip())) \
            and (movers := moved_by(blocks[i + 2].text)):
        parts.append((re.sub(r"\s+", " ", label.group("part").lower()), blocks[i + 1].text.strip(), movers, blocks[i]))
        i += 3
    return parts


def motion_amendment_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    parts = _parts(blocks, i)
    end = i + 3 * len(parts)
    said, at = None, end
    for at in range(end, min(len(blocks), end + LOOK_AHEAD)):
        if said := CARRIED_RE.search(blocks[at].text):
            break
    named = re.sub(r"\s+", " ", said.group("part").lower()) if said else None
    carried = bool(said) and said.group("word").lower() not in ("fell", "lost", "defeated")
    for label, _, (mover, seconder), block in parts:
        result = None if not said else ("carried" if carried else "lost") if label == named \
            else "lost" if carried else None
        item.motions.append(MotionDraft(block.first, item.title if label == "motion" else label, mover, seconder,
                                        result))
    recorded = any(DECISION_LABEL_RE.match(b.text.strip()) for b in blocks[at + 1:at + 3]) if said else False
    if carried and not recorded:
        item.decisions.extend(text for label, text, _, _ in parts if label == named)
    if not said:
        return end - i
    sides = next((found for b in blocks[end:at] if (found := _roll(b))), {})
    result = "carried" if named == "motion" and carried else "lost" if named == "motion" or carried else None
    item.votes.append(VoteDraft(blocks[at].first, result=result, sides=sides, counts=counts_of(blocks[at].text)))
    return at + 1 - i


def _roll(block: Block) -> dict[str, list[PersonName]]:
    """The members under each column of a roll headed by the parts' labels ('Motion   Amendment' / 'Councillor A
    Councillor C' / ...), by side; {} for a paragraph with no such heading."""
    head = block.lines[0].text
    columns = [(m.start(), m.group().lower()) for m in COLUMN_RE.finditer(head)]
    if len(columns) < 2 or COLUMN_RE.sub("", head).strip():
        return {}
    sides: dict[str, list[PersonName]] = {}
    for line in block.lines[1:]:
        for n, (start, label) in enumerate(columns):
            cell = line.text[max(0, start - 2):columns[n + 1][0] - 2 if n + 1 < len(columns) else None].strip()
            side = SIDES.get(label.split()[0], "abstain")
            if cell:
                sides.setdefault(side, []).extend(voters(cell))
    return sides
