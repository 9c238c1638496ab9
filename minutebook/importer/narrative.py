"""Minutes told in paragraphs under no heading at all, as a small board's clerk writes them: 'Chr. A said that the
next item is the minutes. Commissioner B made a motion to approve the minutes as written. Commissioner C seconded
the motion. All voted "AYE".' Each paragraph that minutes a motion is an item of its own, titled by what was moved;
a paragraph that minutes none goes with the item before it (before the first, the record's introduction keeps it).
Read where the part has no item headings of any kind (items.py finds none), or where its only numbered headings are
an agenda's list printed over the minutes, no entry with text of its own (`agenda_over_narrative`).
"""

from __future__ import annotations

import re

from .drafts import ItemDraft
from .lines import Line
from .spoken_motions import spoken_motion

LEAST = 2  # paragraphs that each minute a motion, at least, for the paragraphs to be the minutes' items
TITLE_WORDS = 12  # a title is what was moved, cut to this many words
LOOSE_END_RE = re.compile(r"(?i)\s+(?:of|the|a|an|to|by|from|for|and|or|in|on|at|with|as)$")


def _paragraphs(lines: list[Line]) -> list[tuple[int, int]]:
    """(first index, index after the last) of each run of lines with text."""
    found, start = [], None
    for index, line in enumerate([*lines, None]):
        if (line is None or line.blank) and start is not None:
            found.append((start, index))
            start = None
        elif line is not None and not line.blank and start is None:
            start = index
    return found


def motion_title(moved: str, paragraph: str) -> str:
    """'to approve the agenda as presented' -> 'Approve the agenda as presented'; a motion with no words of its own
    titled by its paragraph's first sentence."""
    text = re.sub(r"(?i)^(?:to|that)\s+", "", moved.strip()) or re.split(r"(?<=[a-z])\.\s", paragraph)[0]
    words = text.rstrip(" .;:").split()
    title = " ".join(words[:TITLE_WORDS])
    while len(words) > TITLE_WORDS and LOOSE_END_RE.search(title):
        title = LOOSE_END_RE.sub("", title)
    return title[:1].upper() + title[1:]


def narrated_items(lines: list[Line]) -> tuple[list[Line], list[ItemDraft]]:
    """The lines before the first paragraph that minutes a motion, and an item for each such paragraph holding it
    and the paragraphs after it up to the next; ([lines], []) where fewer than LEAST paragraphs minute one."""
    moved = [(start, end, found) for start, end in _paragraphs(lines)
             if (found := spoken_motion(" ".join(line.stripped for line in lines[start:end])))]
    if len(moved) < LEAST:
        return lines, []
    items = []
    for n, (start, end, found) in enumerate(moved):
        stop = moved[n + 1][0] if n + 1 < len(moved) else len(lines)
        paragraph = " ".join(line.stripped for line in lines[start:end])
        item = ItemDraft(title=motion_title(found.groupdict().get("text") or "", paragraph), line=lines[start],
                         kind="minutes", lines=lines[start:stop])
        last = max(line.number for line in lines[start:stop] if not line.blank)
        item.sources.append((lines[start].file, lines[start].number, last))
        items.append(item)
    return lines[:moved[0][0]], items


LEAST_LISTED = 3  # entries of an agenda's list, at least, printed over minutes told in paragraphs
POINT_RE = re.compile(r"^(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+\S(?:\S*\s+){0,7}\S*$")  # 'a) Bills': a list's short point


def _entries_only(item: ItemDraft) -> bool:
    """An agenda's entry: its title, and at most the short points listed under it ('a) Bills' / 'b) Payroll')."""
    return all(line.blank or POINT_RE.match(line.stripped) for line in item.lines)


def agenda_over_narrative(lines: list[Line], items: list[ItemDraft]
                          ) -> tuple[list[Line], list[ItemDraft], list[Line]] | None:
    """'1. Call To Order' / '2. Roll Call of Members' / ... / '12. Adjournment' / the date again / 'The Board held a
    meeting ...' / paragraphs that minute motions: the numbered list is the agenda printed over the minutes (no
    entry has text of its own, the last runs on into the paragraphs), the paragraphs the items. (The lines before
    the first such paragraph but the list's, the items, the list's lines: text, no one's attendance), or None."""
    if len(items) < LEAST_LISTED or not all(_entries_only(item) for item in items[:-1]):
        return None
    first, last = (next((i for i, line in enumerate(lines) if line.number == item.line.number), None)
                   for item in (items[0], items[-1]))
    if first is None or last is None:
        return None
    head, narrated = narrated_items(lines[last + 1:])
    return ([*lines[:first], *head], narrated, lines[first:last + 1]) if narrated else None
