"""Lines that look like item headings and are none: labels, votes and outcomes, a chat's speaker, a website's
links, the title of a meeting or its body, a remark in capitals, a list of contents. Every heading rule asks these
(unnumbered.py, unmarked.py), so that a line one rule passes over no other rule reads as a title.
"""

from __future__ import annotations

import re

from .names import BOARD_MEMBERS

# capitals that are labels, votes, results or furniture, never an item's title
NOT_A_TITLE_RE = re.compile(
    r"^(?:PRESENT|ABSENT|ALSO PRESENT|AYES?|NAYS?|NOES|YEAS?|ABSTAIN\w*|RECUS\w*|SECOND\w*|DRAFT|"
    r"CONTINUED|CONT'?D|NONE|N/A|TBD|TO FOLLOW|ITEMS?|NOTES?|ATTACHMENTS?|APPENDI(?:X|CES)|ENCLOSURES?|MINUTES|"
    r"(?:AND )?AGREED|AND (?:RESOLVED|CARRIED)|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)\.?$|"  # an outcome under
    # a motion's movers: 'AND AGREED'; a weekday alone on its line, between the date and the time
    r"^(?:MOTION|VOTE|RESOLVED|CARRIED|APPROVED|ADOPTED|DENIED|PASSED|FAILED|DEFERRED|WITHDRAWN|END OF|END MINUTES|"
    r"PAGE|ATTEST|AGENDA|PART [IV12AB]{1,3}|NOTICE OF (?:THE )?MEETING)\b|"
    r"^<[^<>\s]{1,30}>")  # a chat's speaker, '<PDL-ASU> +1': a line of the transcript
# A list of what the document holds, printed before its first item: 'CONTENTS', 'SUMMARY OF MOTIONS'.
CONTENTS_TITLE_RE = re.compile(r"(?i)^(?:(?:table\s+of\s+)?contents|index|summary\s+of\s+(?:motions|resolutions|"
                               r"decisions))$")
# A motion's outcome on a line of its own, in any case: 'Motion Carried', 'The motion was lost unanimously.'
OUTCOME_ALONE_RE = re.compile(r"(?i)^(?:the\s+)?(?:motion|resolution|amendment)\s+(?:was\s+)?(?:declared\s+)?"
                              r"(?:carried|lost|defeated|passed|failed|withdrawn)(?:\s+unanimously)?\.?$")
# A motion's label with its mover and seconder in brackets, apart by a slash: 'Resolved (Cr A Bell / Cr B Hale)',
# 'Motion (Councillor A/Councillor B)'; the motion's text under it.
MOVERS_LABEL_RE = re.compile(r"(?i)^(?:resolved|moved|motion|recommendation)\s*\([^()/]{2,60}/[^()/]{2,60}\)\W*$")
# A website's links to its papers around the minutes on the same page: 'To download a copy of the 2016 Meeting Minutes
# please Click Here', 'Archived Annual Meeting Minutes', 'Minutes Archive'.
SITE_LINKS_RE = re.compile(r"(?i)\bclick\s+here\b|\bdownload\b.{0,60}\bminutes\b|"
                           r"\barchived\s+(?:[\w-]+\s+){0,3}minutes\b|\bminutes\s+archives?\b")
# the title of a meeting or of its body ('MORGAN HILL FINANCING AUTHORITY MEETING', 'Unofficial Minutes of the Board of
# Trustees'), not an item
BODY_TITLE_RE = re.compile(r"\b(?:COUNCIL|COMMITTEE|AUTHORITY|BOARD|COMMISSION|AGENCY|CORPORATION|DISTRICT|TRUST)"
                           rf"(?:\s+OF\s+(?:{BOARD_MEMBERS.upper()}))?"
                           r"(?:\s+(?:SPECIAL\s+|REGULAR\s+|ANNUAL\s+|JOINT\s+)?MEETING)?\W{0,3}$")
# a remark or a stamp in capitals is a sentence ('AUDITS REVIEWED AND HAD NO OBJECTION'), not a title
CAPITALS_SENTENCE_RE = re.compile(r"\b(?:IS|ARE|WAS|WERE|HAS|HAD|HAVE|BEEN|WILL|SHALL|FOUND|GRANTED|REVIEWED|"
                                  r"NOTED|RECEIVED)\b")
