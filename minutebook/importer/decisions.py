"""Decision rules: 'RESOLVED:', 'AGREED:', 'Resolved to RECOMMEND: (to Council)', 'it was RESOLVED to ...',
reasons and rejected options - each resolution split into its numbered sub-resolutions, as minuted.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .blocks import Block, Found
from .drafts import ItemDraft
from .mentions import motion_in, substitutes_run, substitutes_test

DECISION_RE = re.compile(
    r"^(?:[^\W\d_]{3,}\s*/\s*)?(?:RESOLVED|AGREED|DECIDED|DECISION|Resolved|Agreed|Decided)(?:\s+(?:UNANIMOUSLY|unanimously))?"
    r"(?:\s*:\s*|\s*[-–]\s*|\s+(?=(?:that|That|To|to)\b))(.*)$")


RECOMMEND_RE = re.compile(r"^Resolved to RECOMMEND\s*:?\s*(?:\((?:to\s+)?([^)]+)\))?\s*(.*)$", re.I)


REASON_RE = re.compile(r"^Reasons? for (?:the )?Decisions?\s*:?\s*(.*)$", re.I)


ALTERNATIVES_RE = re.compile(r"^Alternative Options? Considered(?: and Rejected)?\s*:?\s*(.*)$", re.I)


SUB_RE = re.compile(r"^[-•]?\s*\((?:[ivx]+|\d+|[a-z])\)|^[-•]\s|^\d+\.\s")


STOP_RE = re.compile(r"(?i)^(?:all to note|\(?note:|\[note|\(close of meeting|reasons? for|alternative options?|"
                     r"conflicts? of interests?|resolved|agreed|\(signed\)|chairman$)")


def collect(blocks: list[Block], i: int, first: str) -> tuple[list[str], int]:
    """A decision's text, split into its numbered sub-resolutions ((1), (i), (a)) where it has them.

    Takes the marker's own paragraph plus following sub-resolutions, bullets and wrapped continuations.
    """
    texts = [first.strip()] if first.strip() else []
    lines = list(texts)
    j = i + 1
    while j < len(blocks):
        text = blocks[j].text.strip()
        so_far = " ".join(texts)
        opener = not so_far or so_far.endswith((":", ":-", "That", "that", "To", "to", "and", ",", "or", "-"))
        if STOP_RE.match(text) or DECISION_RE.match(text) or RECOMMEND_RE.match(text):
            break
        wrapped = (text[:1].islower() and not so_far.endswith("."))
        listed = so_far.endswith(":") or (texts and len(text.split()) <= 8 and "\t" in blocks[j].lines[0].text)
        if not (SUB_RE.match(text) or opener or wrapped or listed):
            break
        texts.append(text)
        lines.extend(line.stripped for line in blocks[j].lines)
        j += 1
    if len(lines) == 1 and i < len(blocks) and len(blocks[i].lines) > 1:
        lines = [first.strip(), *(line.stripped for line in blocks[i].lines[1:])]
    elif i < len(blocks) and len(blocks[i].lines) > 1:
        own = [first.strip(), *(line.stripped for line in blocks[i].lines[1:])]
        lines = own + lines[1:]
    return split_subresolutions(lines), j - i


LABEL_RE = re.compile(r"^[-•]?\s*\((\d+|[ivx]+|[a-h])\)\s*")


def split_subresolutions(lines: list[str]) -> list[str]:
    """'That (1) X; (2) Y' printed on separate lines -> ['X;', 'Y']; otherwise one decision."""
    segments: list[list[str]] = [[]]
    for line in lines:
        if LABEL_RE.match(line):
            segments.append([LABEL_RE.sub("", line)])
        else:
            segments[-1].append(re.sub(r"^[-•]\s+", "", line))
    clean = [re.sub(r"\s+", " ", " ".join(s)).strip() for s in segments]
    if re.search(r"(?i)\bfor the following reasons?\s*:?-?$|\breasons?\s*:-?$|\bsubject to\s*:-?$", clean[0]):
        return [re.sub(r"\s+", " ", " ".join(lines)).strip()]  # '(1)', '(2)': its reasons or conditions
    if len(segments) > 2 or (len(segments) == 2 and segments[0] and len(" ".join(segments[0]).split()) <= 8):
        return [c for c in clean[1:] if c]
    return [re.sub(r"\s+", " ", " ".join(" ".join(s) for s in segments)).strip()] if any(clean) else []


def recommend_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    match = RECOMMEND_RE.match(blocks[i].text)
    texts, used = collect(blocks, i, match.group(2))
    target = (match.group(1) or "").strip()
    item.recommendations.extend((target or "council", text) for text in texts)
    return used


def decision_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    texts, used = collect(blocks, i, DECISION_RE.match(blocks[i].text).group(1))
    item.decisions.extend(texts)
    k = i + 1
    while k < len(blocks) and k <= i + used:  # a table of substitutes printed inside the resolution
        if substitutes_test(blocks, k, item):
            consumed = substitutes_run(blocks, k, item, found)
            used = max(used, k - i + consumed)
            k += consumed
        else:
            k += 1
    return used


def labelled(pattern: re.Pattern, field_name: str) -> Callable:
    def run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
        texts, used = collect(blocks, i, pattern.match(blocks[i].text).group(1))
        if texts:
            getattr(item, field_name).append(" ".join(texts))
        return used
    return run


INLINE_RE = re.compile(r"\b(?:[Ii]t was|and) (?:RESOLVED|AGREED)\b(?:\s+(?:unanimously|UNANIMOUSLY)\b)?\s*:?\s*")
PROPOSAL_RE = re.compile(r"(?i)\b(?:proposed|moved)\b[^.;]*?\b(?P<text>that\s+[^;]+?)\.(?=\s|$)")


def inline_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'Cllr A proposed, Cllr B seconded, and it was RESOLVED to ...' - one decision per resolution;
    '... proposed that X. It was RESOLVED unanimously.' - the proposal is the decision."""
    text = blocks[i].text
    for match in INLINE_RE.finditer(text):
        rest = text[match.end():]
        end = re.search(r"(?<=[.;])\s+(?=[A-Z(]|[a-z]\)\s)|\s[a-z]\)\s|\s*\(\d+ for\b", rest)
        decision = (rest[:end.start()] if end else rest).strip()
        if not decision.strip(" .") or re.fullmatch(r"(?i)(?:by (?:a )?(?:majority|\d+ votes?.*)|nem\.? con\.?)\.?",
                                                   decision):
            proposals = list(PROPOSAL_RE.finditer(text[:match.start()]))
            decision = proposals[-1].group("text") if proposals else ""
        if decision.strip():
            item.decisions.append(decision.strip())
    motion_in(blocks, i, item)
    return 1


BODY_AGREED_RE = re.compile(
    r"(?:^|\b[Tt]he )(?:Committee|Sub-Committee|Council|Board|Panel|Cabinet|Forum|Group|Executive|Commission)\s+"
    r"(?:unanimously\s+)?(?:agreed|resolved|decided)(?:\s*(?::-|:|[-–]\s*$)\s*|\s+(?=(?:that|to)\b))(?P<text>.*)$")


def body_agreed_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'The Committee agreed:-' / '(a) to note ...; (b) ...' (Scottish minutes), 'The Committee resolved that
    ...': the body's own words introduce the decisions, as 'RESOLVED:' does."""
    rest = BODY_AGREED_RE.search(blocks[i].text).group("text").strip()
    if rest and not rest.endswith((":", ":-")):
        item.decisions.extend(split_subresolutions([rest]))
        return 1
    view = [*blocks[:i], Block(blocks[i].lines[-1:]), *blocks[i + 1:]]  # the lead-in ends the paragraph
    texts, used = collect(view, i, rest)
    item.decisions.extend(texts)
    return used


CARRIED_RE = re.compile(
    r"(?i)\bcarried\b(?:\s+(?:unanimously|nem\.?\s*con\.?|by\s+\w+\s+votes?\s+to\s+\w+|"
    r"\d+\s+for,?\s+\d+\s+against(?:,?\s+\d+\s+abstentions?)?))?\s*[:-]\s*(?P<text>(?:to|that)\b.+?)"
    r"(?=\.\s|\.$|;\s|\s\(?[a-z]\)\s|$)")


def carried_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    """'Proposed Cllr A, seconded Cllr B; carried 6 for, 0 against, 1 abstention: to approve ...' - a motion
    carried with its vote is a decision, RESOLVED or not; one per motion in the paragraph."""
    for match in CARRIED_RE.finditer(blocks[i].text):
        item.decisions.append(match.group("text").strip())
    motion_in(blocks, i, item)
    return 1


RECOMMENDS_RE = re.compile(r"\brecommends? to (?:the )?([A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*)*)"
                           r"|^(?:That,?\s+)?(?:the\s+)?([A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*)*)\s+be\s+"
                           r"recommended\s+to\b")
