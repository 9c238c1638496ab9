"""Titles an item's heading leaves out, taken from its text: the subject opening the text under a heading that says
only that an item is one ('1st Order of business:' / 'Expansion of board. Discussion ...'), and what a resolution
numbered as an item resolved where its heading is its movers or its own text ('1. J. Caruk – D. Bartel' / 'RESOLVED
THAT the Agenda be adopted as presented.', '#316/2018 BE IT RESOLVED THAT ...').
"""

from __future__ import annotations

import re

from .lines import Line, first_paragraph
from .movers import movers_line
from .narrative import motion_title
from .outcomes import OUTCOME_LINE_RE

# A title that says only that an item is one ('1st Order of business:'): its subject opens its text, as a short
# sentence of its own ('Expansion of board. Discussion regarding ...', 'Can we spend the $850 needed to ...?').
GENERIC_TITLE_RE = re.compile(r"(?i)(?:order|item)\s+of\s+business")
SUBJECT_RE = re.compile(r"^(?!(?:We|I|They|He|She|It|There|This|The\s+(?:board|committee|council))\b)"
                        r"(?P<subject>[A-Z][^.?!:;]{2,120}?)(?:\.|(?P<ask>\?))(?=\s|$)")
SUBJECT_WORDS = 8  # a subject's words ('Founding members and incentives for them.'); a question's may be twice as many


def subject_title(body: list[Line]) -> str | None:
    """The short phrase opening an item's text, its subject (not a sentence telling what was done: 'We discussed
    ...'); None when the text opens otherwise."""
    match = SUBJECT_RE.match(" ".join(line.stripped for line in first_paragraph(body)))
    if not match or len(match.group("subject").split()) > SUBJECT_WORDS * (2 if match.group("ask") else 1):
        return None
    return match.group("subject") + ("?" if match.group("ask") else "")


RESOLVED_CLAUSE_RE = re.compile(r"(?is)(?:\bresolved?\b,?\s*:?\s*|\bmoved\b.{0,80}?\s|^[“\"]?)(?P<text>that\s.*)")
# A resolution or motion numbered as an item, with no title of its own: '#316/2018 BE IT RESOLVED THAT the Agenda ...',
# 'C/720/19 Moved by Mr. Stephenson that the minutes ... be approved'.
RESOLUTION_TITLE_RE = re.compile(r"(?i)^(?:(?:now,?\s+)?(?:therefore,?\s+)?(?:be\s+it\s+)?resolved,?\s+that|"
                                 r"moved\s+by\s+.{2,60}?\s+that|that)\s+\S.{40,}")


def resolved_title(body: list[Line]) -> str:
    """The title of a resolution numbered with its mover and seconder alone ('1. J. Caruk – D. Bartel') or with its
    text and no title ('#316/2018 BE IT RESOLVED THAT ...'): what it resolved, as a narrated motion's is what was
    moved ('RESOLVED THAT the Agenda be adopted' -> 'The Agenda be adopted'); the movers' line is none of it."""
    lines = first_paragraph(body)
    lines = lines[1:] if lines and movers_line(lines[0].stripped) else lines
    paragraph = " ".join(line.stripped for line in lines[:next((n for n, line in enumerate(lines)
                                                                if OUTCOME_LINE_RE.match(line.stripped)), None)])
    clause = RESOLVED_CLAUSE_RE.search(paragraph)
    resolved = re.split(r"(?<=[a-z0-9)”\"])\.\s+(?=[A-Z])", clause.group("text"))[0] if clause else ""
    return motion_title(resolved, paragraph)  # (its first sentence: not '... as presented. Carried Unanimously.')


def opens_resolution(title: str) -> bool:
    """A heading's text that is a resolution's movers or the resolution itself, no title."""
    return bool(movers_line(title) or RESOLUTION_TITLE_RE.match(title))
