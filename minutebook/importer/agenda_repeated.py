"""An agenda listed with bullets at the top of minutes whose entries the minutes print again, each opening its part
('Agenda:' / '* Presentation of the structure (A)' / '* Reports from the task forces' ... then '## Minutes' / '*
Presentation of the structure (A)' / '    * Talk: ...'): the entries printed again are the items, in an outline
whose other bullets are their text; reports listed under one, each naming its topic and reporter apart by a bar
('* NFDI | Florian Thiery'), are items after it. Numbered agendas are read by numbering.py; this reads the bullets
that only the repeated words tell apart from the rest of the outline.
"""

from __future__ import annotations

import re

from .lines import Line
from .numbered_lines import Heading, indent_of

AGENDA_LABEL_RE = re.compile(r"(?i)^(?:agenda|order\s+of\s+business|topics)\s*:?$")
ENTRY_RE = re.compile(r"^[-*•+]\s+(?P<title>\S.{2,200})$")  # a bullet's entry
LEAST_REPEATED = 2


def _entries(lines: list[Line], start: int) -> tuple[list[str], int]:
    """The bullets' titles of the list under the label at `start`, and the index after the list."""
    titles: list[str] = []
    at = start + 1
    while at < len(lines) and (lines[at].blank and not titles or ENTRY_RE.match(lines[at].stripped)):
        if not lines[at].blank:
            titles.append(" ".join(ENTRY_RE.match(lines[at].stripped).group("title").split()))
        at += 1
    return titles, at


def repeated_agenda(lines: list[Line]) -> list[Heading]:
    """The lines printing an agenda's entries again after it, at one indentation (the outline's outermost), where
    two or more of them are (an unnumbered heading each, its title the entry's words); none otherwise."""
    for index, line in enumerate(lines):
        if not AGENDA_LABEL_RE.match(line.stripped):
            continue
        titles, after = _entries(lines, index)
        found = [(at, match.group("title")) for at in range(after, len(lines))
                 if (match := ENTRY_RE.match(lines[at].stripped))
                 and " ".join(match.group("title").split()) in titles]
        margin = min((indent_of(lines[at]) for at, _ in found), default=0)
        found = [(at, title) for at, title in found if indent_of(lines[at]) == margin]
        if len(found) >= LEAST_REPEATED and len({title for _, title in found}) == len(found):
            items = [Heading(at, "", title, margin, end=at + 1, rule="agenda repeated") for at, title in found]
            stops = [h.index for h in items[1:]] + [len(lines)]
            return sorted([*items, *(child for item, stop in zip(items, stops, strict=True)
                                     for child in _reports(lines, item, stop))], key=lambda h: h.index)
    return []


# A report under an item, its topic and its reporter apart by a bar: '* NFDI | Florian Thiery', '* RSE Research (with
# GI)| Willi Hasselbring'.
REPORT_RE = re.compile(r"^[-*•+]\s+(?P<title>\S.{1,100}?\s*\|\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s*$")


def _reports(lines: list[Line], item: Heading, stop: int) -> list[Heading]:
    """The reports listed under an item, each a bullet naming its topic and reporter, two or more at the outermost
    indentation under the item's: items of their own after it (the record numbers an item's parent, and these have
    no number to name it by)."""
    found = [(at, match.group("title")) for at in range(item.index + 1, stop)
             if (match := REPORT_RE.match(lines[at].stripped)) and indent_of(lines[at]) > item.indent]
    margin = min((indent_of(lines[at]) for at, _ in found), default=0)
    found = [(at, title) for at, title in found if indent_of(lines[at]) == margin]
    return [Heading(at, "", " ".join(title.split()), margin, end=at + 1, rule="agenda report")
            for at, title in found] if len(found) >= LEAST_REPEATED else []
