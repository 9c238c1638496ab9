"""Resolutions printed before who moved them and how they went, each on a line or paragraph of its own:

    That the report be received.
    Moved Cr Black, seconded Cr Grey          (or 'Cr Black/Cr Grey', or nobody named)
    CARRIED

as minutes in Australia, New Zealand and Canada often print them. The outcome may instead end the resolution's
last line or the movers' line after a wide gap ('... be received.          CARRIED'). Minutes that name the movers
first ('Moved: A' / 'Seconded: B' / 'That ...' / 'CARRIED') are motions.py's (`made_by_run`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .blocks import Block, Found
from .decisions import collect, decision_run
from .drafts import ItemDraft, MotionDraft
from .mentions import motion_matches, motion_names
from .motions import MADE_BY_RE, OUTCOME_LINE_RE, RESULT_WORDS, SECONDED_BY_RE, untitled_name
from .names import PersonName

# What a resolution opens with: 'That ...', 'THAT ...', quoted or not.
THAT_RE = re.compile(r"^[“\"]?(?:That|THAT)\s+\S")
# The outcome after a wide gap at a line's end: '... be received.          CARRIED', 'Cr A/Cr B     Carried 5/2'.
OUTCOME = (r"(?P<word>carried|lost|defeated|withdrawn)\b(?:\s+unanimously)?"
           r"(?:\s*\(?\d{1,3}\s*(?:to|-|/)\s*\d{1,3}\)?)?\W{0,3}$")
GAP_OUTCOME_RE = re.compile(rf"\s{{3,}}{OUTCOME}", re.I)
SPACED_OUTCOME_RE = re.compile(rf"\s+{OUTCOME}", re.I)  # the same once the text's spaces are one
# Mover and seconder apart by a slash, each (or the first) with a councillor's title: 'Cr Black/Cr Grey',
# 'Cllr A. Black / Cllr Grey'.
TITLE = r"(?:Cr|Cllr|Councillor|Councilor)\.?\s+"
NAME = r"(?:[A-Z]\.\s?)*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"
PAIR_RE = re.compile(rf"^(?P<mover>{TITLE}{NAME})\s*/\s*(?P<seconder>(?:{TITLE})?{NAME})$")
WITHIN = 2  # paragraphs of movers between a resolution and its outcome


@dataclass
class Moved:
    """Who moved a resolution and how it went, read from the paragraphs under it; `used` counts them."""

    mover: PersonName | None
    seconder: PersonName | None
    result: str
    used: int


def movers(text: str) -> tuple[PersonName | None, PersonName | None] | None:
    """The mover and seconder a paragraph holding nothing else names ('Moved Cr A, seconded Cr B', 'Moved by: A' /
    'Seconded by: B', 'Cr A/Cr B'); None for any other paragraph."""
    made = MADE_BY_RE.match(text)
    if made:
        return untitled_name(made.group("who")), untitled_name(made.group("second")) if made.group("second") else None
    pair = PAIR_RE.match(text)
    if pair:
        return untitled_name(pair.group("mover")), untitled_name(pair.group("seconder"))
    moved = motion_matches(text)
    if len(moved) == 1 and moved[0].start() == 0 and len(text) - moved[0].end() <= 2:
        return motion_names(moved[0])
    return None


def _outcome(text: str) -> str | None:
    line = OUTCOME_LINE_RE.match(text)
    if line:
        return RESULT_WORDS[(line.group("word") or line.group("bare")).lower()]
    gap = GAP_OUTCOME_RE.search(text)
    return RESULT_WORDS[gap.group("word").lower()] if gap else None


def moved_under(blocks: list[Block], j: int, told: str = "") -> Moved | None:
    """The movers and outcome in the paragraphs from `j` on: up to WITHIN paragraphs of movers, then the outcome
    on a line of its own or at the end of the movers' line; or the outcome `told` at the end of the resolution
    itself. None when no outcome comes before anything else."""
    mover = seconder = None
    if told:
        return Moved(None, None, told, 0)
    for k in range(j, min(len(blocks), j + WITHIN + 1)):
        text = blocks[k].text.strip()
        if OUTCOME_LINE_RE.match(text):
            return Moved(mover, seconder, _outcome(text), k - j + 1)
        gap = GAP_OUTCOME_RE.search(text)
        named = movers(text[:gap.start()] if gap else text)
        if named is None or k == j + WITHIN:
            return None
        mover, seconder = named
        if gap:
            return Moved(mover, seconder, _outcome(text), k - j + 1)
    return None


def _split(block: Block) -> list[Block]:
    """A paragraph whose lines go on, without a blank line, from the resolution to its movers or outcome: as the
    paragraphs they would be (the resolution's lines, then each line after it)."""
    lines = block.lines
    cut = next((n for n in range(1, len(lines)) if OUTCOME_LINE_RE.match(lines[n].stripped)
                or MADE_BY_RE.match(lines[n].stripped) or PAIR_RE.match(lines[n].stripped)), None)
    if cut is None:
        return [block]
    rest = [Block([line]) for line in lines[cut:]]
    for n in range(len(rest) - 1, 0, -1):  # 'Moved by: A' / 'Seconded by: B': one paragraph
        if SECONDED_BY_RE.match(rest[n].text) and MADE_BY_RE.match(rest[n - 1].text):
            rest[n - 1:n + 1] = [Block(rest[n - 1].lines + rest[n].lines)]
    return [Block(lines[:cut]), *rest]


def _read(blocks: list[Block], i: int) -> tuple[list[str], int, Moved] | None:
    texts, used = collect(blocks, i, blocks[i].text)
    if not texts:
        return None
    last = blocks[i + max(used, 1) - 1].lines[-1].stripped
    gap = GAP_OUTCOME_RE.search(last)
    if gap:
        texts[-1] = SPACED_OUTCOME_RE.sub("", texts[-1]).strip()
    moved = moved_under(blocks, i + max(used, 1), _outcome(last) if gap else "")
    return (texts, max(used, 1), moved) if moved else None


def resolution_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    if not THAT_RE.match(blocks[i].text):
        return False
    view = [*blocks[:i], *_split(blocks[i]), *blocks[i + 1:]]
    return _read(view, i) is not None


def resolution_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """The resolution a decision where it carried; a motion where someone is named, or where it did not carry (a
    motion lost with nobody named is still minuted as lost)."""
    blocks[i:i + 1] = _split(blocks[i])
    texts, used, moved = _read(blocks, i)
    if moved.mover or moved.seconder or moved.result != "carried":
        item.motions.append(MotionDraft(blocks[i].first, item.title, moved.mover, moved.seconder, moved.result))
    if moved.result == "carried":
        item.decisions.extend(texts)
    return used + moved.used


def resolved_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'RESOLVED: That ...' (decisions.py), and the movers and outcome printed under it ('Cr A/Cr B   CARRIED')."""
    used = max(1, decision_run(blocks, i, item, found))
    moved = moved_under(blocks, i + used)
    if moved is None:
        return used
    if moved.mover or moved.seconder:
        item.motions.append(MotionDraft(blocks[i].first, item.title, moved.mover, moved.seconder, "carried"))
    return used + moved.used
