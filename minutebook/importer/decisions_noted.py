"""Decisions minuted in note form, as outline minutes keep them: an entry titled by what was approved, the
verb last ('Minutes from 11/30/17 meeting approved', '2017/18 Financials approved'), a point that opens
with the result in capitals and a dash ('o APPROVED – 2018 Meetings Calendar'), the line action minutes
print under each entry ('Action: Adopted Resolution No. 2020-058.'), and a point saying only that what the entry
put was approved and how ('- Approved by unanimous consent of the 8 Board members present. Merged.').
"""

from __future__ import annotations

import re

from .blocks import Block

# a title in note form: what, then the result as its last word; not what is still to be done ('Minutes to be
# approved', 'Accounts for approval') nor what was not ('Budget not adopted')
NOTED_TITLE_RE = re.compile(r"^(?P<what>[\w/][\w/ ,&'’().-]{2,120}?)\s(?:approved|adopted|ratified|accepted)\.?$")
NOT_YET_RE = re.compile(r"(?i)\b(?:to\s+be|be|being|not|for|awaiting|pending|once|when|if|until)\s+\w+\.?$")
MAX_WORDS = 12
# a point opening with the result in capitals, then a dash: 'APPROVED – Revised 2018 budget'
RESULT_POINT_RE = re.compile(r"^(?:[o•◦▪●*\uf0b7\uf0a7\uf0d8-]\s{1,8})?(?P<text>(?:APPROVED|ADOPTED|RATIFIED|ACCEPTED|"
                             r"CARRIED|PASSED)\s{0,3}[–—-]\s{0,3}\S.{0,300})$")


def noted_title(title: str) -> str | None:
    """The decision an item's title records in note form, or None."""
    if len(title.split()) > MAX_WORDS or not NOTED_TITLE_RE.match(title) or NOT_YET_RE.search(title):
        return None
    return title.rstrip(".")


# an action line that says what was done, in the past tense: 'Action: Approved Action Summary Minutes.', 'Action
# Taken: Adopted Resolution No. 2020-058'; not 'Action: Presentation received, no action taken.'
ACTION_LINE_RE = re.compile(r"^(?:(?:Board\s+|Council\s+|Committee\s+)?Action(?:\s+Taken)?|Disposition)\s*:\s*"
                            r"(?P<text>(?:Approved|Adopted|Accepted|Authori[sz]ed|Awarded|Ratified|Appointed|Denied|"
                            r"Rejected|Confirmed|Passed|Received\s+and\s+filed)\b.{0,300}?)\.?$")
# the result alone, saying nothing of what it was ('Disposition: Passed', 'Action: Adopted as amended'): what passed
# is the item its line is printed under
BARE_RESULT_RE = re.compile(r"(?i)^(?:Approved|Adopted|Accepted|Ratified|Confirmed|Passed)"
                            r"(?P<amended>\s+as\s+(?:amended|corrected|revised))?(?:\s+unanimously)?$")


def result_points(block: Block, title: str = "") -> list[str]:
    """Each line of a block that opens with a result in capitals and a dash, or an action label and what was done,
    as printed (its bullet or label dropped); a passing result alone decides the item's title."""
    found = []
    for line in block.lines:
        match = RESULT_POINT_RE.match(line.stripped) or ACTION_LINE_RE.match(line.stripped)
        if not match:
            continue
        text = match.group("text").strip()
        bare = BARE_RESULT_RE.match(text)
        found.append(_titled(title, bare.group("amended")) if bare and title else text)
    return found


def _titled(title: str, amended: str | None) -> str:
    """What an item decided where its result names nothing else: its title, and how it was changed, as printed."""
    return f"{title}, {amended.strip().lower()}" if amended else title


# a motion's words that name only the item it was moved under: 'that this matter be adopted', 'that this item be
# approved on the Consent Agenda'
THE_MATTER_RE = re.compile(r"(?i)^(?:that\s+)?(?:this|the)\s+(?:matter|item)\s+be\s+(?:hereby\s+)?"
                           r"(?:approved|adopted|passed|accepted|ratified|confirmed|authori[sz]ed|granted)"
                           r"(?P<amended>\s+as\s+(?:amended|corrected|revised))?"
                           r"(?:\s+(?:on|as\s+part\s+of)\s+the\s+consent\s+(?:agenda|calendar))?\.?$")


def the_matter(decision: str, title: str) -> str:
    """A decision that names only 'this matter' ('that this matter be adopted') is the item's title, as adopted."""
    matter = THE_MATTER_RE.match(decision.strip()) if title else None
    return _titled(title, matter.group("amended")) if matter else decision


# a point that says only that what its entry put was approved, and how the meeting gave it: '- Approved by unanimous
# consent (including prior approval of the PR by Hilya ...).', '- Agreed without objection'
CONSENT_POINT_RE = re.compile(r"^[-*•]\s+(?P<text>(?:Approved|Adopted|Agreed|Accepted|Passed|Carried)\s+(?:by\s+"
                              r"(?:unanimous|general|common)\s+consent|by\s+consensus|by\s+acclamation|unanimously|"
                              r"without\s+objection)\b(?:\([^)]{0,200}\)|[^.;])*)")


def consent_points(block: Block) -> list[str]:
    """Each point of a block saying only that its entry's proposal was approved and how (CONSENT_POINT_RE), to its
    sentence's end: read where the item has no decision of its own (a motion's rules read 'Approved unanimously' under
    the motion it ends)."""
    return [match.group("text").strip() for line in block.lines if (match := CONSENT_POINT_RE.match(line.stripped))]
