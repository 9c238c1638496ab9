"""Interests declared by asking leave to abstain: 'Mr. A made a motion to allow Ms. B to abstain from voting on
R129-15, R130-15, and R131-15 due to a conflict of interest. Ms. B noted on the Disclosure of Interest form that
her family business was involved in alcohol sales.' The member is the one allowed to abstain; each measure
named is an item the interest concerns; the interest is what the member noted, in the sentence after.
"""

from __future__ import annotations

import re

from .blocks import Block
from .drafts import DeclarationDraft
from .names import MEMBER_TITLE, parse_name
from .role_titles import PERSONAL_TITLE

# 'allow Ms. A to abstain from voting on R129-15 due to a conflict of interest', or the member's own: 'Trustee A
# abstained from voting on item 5 due to a conflict of interest', '... abstained from the vote on Item 8 ...'
ABSTAIN_RE = re.compile(
    rf"(?:\b(?:allow|permit|excuse)\s+|(?:^|(?<=[.;]\s)))(?P<who>(?:{MEMBER_TITLE}|{PERSONAL_TITLE})\.?\s+"
    r"[A-Z][\w'’-]{1,30})\s+(?:to\s+abstain|from\s+voting|abstained)\s+(?:from\s+(?:voting|the\s+vote)\s+)?on\s+"
    r"(?P<what>[^.]{1,200}?)\s+"
    r"(?:due\s+to|because\s+of)\s+(?:a|an|her|his|their)\s+(?P<kind>conflict\s+of\s+interest|[\w-]{1,20}\s+interest)")
# a measure's number in what they abstain on: 'R129-15', 'B220-15'
MEASURE_RE = re.compile(r"\b[A-Z]{1,4}\d{1,4}-\d{2}\b")
NOTED_RE = (r"\s+(?:noted|stated|explained|disclosed)\s+(?:on\s+the\s+[\w ]{1,40}?form\s+)?that\s+"
            r"(?P<interest>[^.]{1,200})")


def abstaining(block: Block) -> list[DeclarationDraft]:
    """One declaration per measure a member is allowed to abstain on (one for the matter where no measure
    is numbered), with the interest they noted."""
    text = re.sub(r"\s{2,}", " ", block.text)
    found = []
    for match in ABSTAIN_RE.finditer(text):
        name = parse_name(match.group("who"))
        if name is None:
            continue
        surname = re.escape(name.name.split()[-1])
        noted = re.search(rf"\b{surname}{NOTED_RE}", text[match.end():])
        interest = noted.group("interest").strip() if noted else match.group("what").strip()
        kind = re.sub(r"\s+", " ", match.group("kind")).lower()
        numbered = re.fullmatch(r"(?i)(?:agenda\s+)?item\s+(?:no\.?\s*)?([\w./-]*\w)", match.group("what").strip())
        for item in MEASURE_RE.findall(match.group("what")) or [numbered.group(1) if numbered else None]:
            found.append(DeclarationDraft(name, block.first, interest, kind, None, item))
    return found
