"""Numbered lines in a file that marks its headings: lists under those headings ('## CORRESPONDENCE' / '1.  Letter
from ...'), or the items themselves where an agenda numbers its business under its 'Agenda' heading, through lead-ins
ending in a colon ('## Agenda' / '### There will then be the formal business of the APCM:' / '1. Minutes ...').
"""

from __future__ import annotations

import re

from .lines import Line
from .numbered_lines import BOLD_NUMBERED_RE, Heading


def lists_under_marked_headings(lines: list[Line], run: list[Heading], top: int, kind: str) -> bool:
    """Numbered lines in a file that marks its headings ('## CORRESPONDENCE' / '1.  Letter from ...'), where
    three or more headings are marked below the title block (ending at `top`) and no numbered line is, as a
    heading or by a title in bold: the numbers are lists under the headings. So is one marked heading alone that
    opens with a number among five or more without: the number is a part of its name."""
    marked = sum(1 for line in lines[top:] if line.heading)
    if kind == "agenda" and _agenda_numbered(lines, run):
        return False
    if marked >= LONE_AMONG and len(run) == 1 and lines[run[0].index].heading:
        return True  # one marked heading opening with a number among many without: a name ('### JWG8 (Logistics
        # data ...)', '## 2009 Budget'), not the count of the items
    return marked >= 3 and not any(lines[h.index].heading or BOLD_NUMBERED_RE.match(lines[h.index].raw) for h in run)


LONE_AMONG = 5  # marked headings, at least, among which one alone opening with a number is named so
AGENDA_HEADING_RE = re.compile(r"(?i)^(?:the\s+)?(?:agenda|agenda\s+items|order\s+of\s+business)$")


def _agenda_numbered(lines: list[Line], run: list[Heading]) -> bool:
    """Numbered lines under a heading 'Agenda', the headings marked between it and them lead-ins ending in a colon
    ('## Agenda' / '### There will then be the formal business of the APCM:' / '1. Minutes of the 2018 APCM'): an
    agenda's items, numbered in a list as a web page numbers them (minutes that print their agenda first list it)."""
    if not run:
        return False
    above = [i for i in range(run[0].index) if lines[i].heading]
    agenda = next((i for i in reversed(above) if AGENDA_HEADING_RE.match(lines[i].stripped.rstrip(":"))), None)
    return agenda is not None and all(lines[i].stripped.endswith(":")
                                      for i in range(agenda + 1, run[-1].index) if lines[i].heading)
