"""A by-law's or ordinance's passage told by its readings, as Canadian and some US councils minute it, with no motion
printed:

    By-law 2024-15, being a by-law to appoint a Deputy Clerk, was read a first, second and third time and finally
    passed.

    BY-LAW NO. 2024-16                                  The following by-laws were read a first, second and third
    Being a By-law to confirm the proceedings ...       time and passed:
    Read a first, second and third time and finally     By-law 2024-17 - Appointment of Fence Viewers
    passed this 4th day of March, 2024.                 By-law 2024-18 - Zoning Amendment

Each passed measure is a decision: the sentence that says so, the measure's title over a 'Read ... passed' line, or
each measure listed under a sentence that passes them.
"""

from __future__ import annotations

import re

from .blocks import Block, Found
from .drafts import ItemDraft

READINGS = r"(?:a\s+)?(?:first|second|third)(?:(?:,\s*|\s+and\s+)(?:second|third))*\s+times?"
# 'was read a first, second and third time and finally passed', 'were read a third time and passed'
PASSED_RE = re.compile(rf"(?i)\bread\s+{READINGS}\s+and\s+(?:finally\s+)?(?:passed|enacted|adopted)\b")
# a measure named at the start of a line: 'By-law 2024-17 - ...', 'BY-LAW NO. 2024-16', 'Ordinance 24-07'
MEASURE_RE = re.compile(r"(?i)^(?:[-•*]\s+)?(?:by-?laws?|ordinances?|local\s+laws?)\s+(?:no\.?\s*)?[\w/.-]*\d")


def bylaw_passed_test(blocks: list[Block], i: int, item: ItemDraft) -> bool:
    return bool(PASSED_RE.search(blocks[i].text))


def bylaw_passed_run(blocks: list[Block], i: int, item: ItemDraft, found: Found) -> int:
    lines = [line.stripped for line in blocks[i].lines]
    opening = next((n for n, line in enumerate(lines) if n and re.match(r"(?i)read\b", line)
                    and PASSED_RE.search(" ".join(lines[n:n + 2]))), None)
    listed = [line for line in lines[1:] if MEASURE_RE.match(line)]
    text = blocks[i].text
    if listed and text[:text.find(listed[0])].rstrip().endswith(":"):  # the measures listed under the sentence
        item.decisions.extend(re.sub(r"^[-•*]\s+", "", line) for line in listed)
    elif opening is not None:  # the measure's title over 'Read a first ... passed'
        item.decisions.append(" ".join(lines).rstrip("."))
    else:  # the sentence that says it passed
        sentence = next(s for s in re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", text) if PASSED_RE.search(s))
        item.decisions.append(sentence.strip().rstrip("."))
    return 1
