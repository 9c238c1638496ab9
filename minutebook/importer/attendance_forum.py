"""Members of the public who asked their questions at the meeting, read from a public forum's minute.

Written questions are listed whether or not their askers came; those who came are invited to ask
supplementary questions, and the minute heads each answer with the questions' numbers and the asker
('Q1 & Q2 – Melissa Topping', 'Q6, Q7 & Q8 – David Redgewell') or with the asker and the topic ('Chris
Whitfield - EV Charging for terraced homes'). Only under a minute that speaks of supplementary questions is
such a heading read as someone in attendance.
"""

from __future__ import annotations

import re

from .attendance_labels import Context
from .blocks import Block
from .drafts import AttendanceDraft
from .nameentry import make_entry

SUPPLEMENTARY_RE = re.compile(r"(?i)\bsupplementary\s+questions?\b")
# 'Q1 & Q2 – Melissa Topping', 'Q9, Q10 & Q11 - Matt Sanders', 'Question 3 – Ann Lee': numbers, a dash, a name.
ASKER_RE = re.compile(r"^(?:Q|Questions?\s)\s?\d{1,3}(?:\s?(?:,|&|and)\s?(?:Q|Questions?\s)?\s?\d{1,3}){0,8}"
                      r"\s{0,3}[–—-]\s{0,3}(?P<name>[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){1,3})$")


# After the sentence on supplementary questions, an answer headed by its asker and topic: 'Chris Whitfield - EV
# Charging for terraced homes', 'David Redgewell, South West Transport Network - Bus Services'.
NAMED_TOPIC_RE = re.compile(r"^(?P<name>[A-Z][a-z]{1,20}\s[A-Z][\w'’-]{1,30})(?:,\s[^–—-]{2,80})?\s[–—-]\s\S.{0,100}$")


def forum_askers(blocks: list[Block]) -> list[AttendanceDraft]:
    """The askers named by the headings of supplementary questions, in attendance."""
    first = next((n for n, block in enumerate(blocks) if SUPPLEMENTARY_RE.search(block.text)), None)
    if first is None:
        return []
    found = []
    for n, block in enumerate(blocks):
        for line in block.lines:
            match = ASKER_RE.match(line.stripped) or (n > first and line is block.first
                                                      and NAMED_TOPIC_RE.match(line.stripped))
            if match:
                entry = make_entry(match.group("name"), line, Context(status="in_attendance"))
                if entry and entry.role is None:
                    found.append(entry)
    return found
