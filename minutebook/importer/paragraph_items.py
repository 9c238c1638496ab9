"""Minutes told in numbered paragraphs with no titles, as a small board's or a parish's clerk writes them: '1. Mr
Pearce gave a presentation on ...' / '2. The minutes of the 2009 APM were agreed as a true record.' / '3. School
Report: There are 61 children ...', or numbered within the year ('23.001.It was resolved to elect ...'). Each
paragraph is an item numbered as printed, titled by the title run into it where it has one, by its own words where
they are a title ('23.008.Provision of additional allotments'), else by its first sentence cut short; a sentence is
kept whole as the item's text. Read where items.py finds no heading of any kind: numbered titles are its to read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .drafts import ItemDraft
from .lines import Line
from .narrative import motion_title
from .titles import reads_as_sentence, split_run_in
from .unnumbered import page_margin

# A paragraph's number at the margin: '1. ', '2) ', '23.001.' (within the year, its text run on), '1.00 '.
NUMBER_RE = re.compile(r"^(?P<number>(?P<whole>\d{1,3})(?:\.(?P<part>\d{1,3}))?)(?:[.)]\s*|\s+)(?P<text>[A-Z].*)$")
LEAST = 3  # numbered paragraphs in a row, at least
SHARE = 0.5  # of the part's lines of text the run spans, at least (its heading the rest): a list at its end is none


def _entries(lines: list[Line]) -> list[tuple[int, str, int, str]]:
    """(index, number, its place in the count, text) of each numbered line at the margin, in one form: plain
    numbers ('1.', '2.'), numbers within a year or section ('23.001', '23.002': the part counts) or whole numbers
    printed with decimals ('1.00', '2.00')."""
    found: dict[str, list[tuple[int, str, int, str]]] = {"plain": [], "within": [], "decimal": []}
    for index, line in enumerate(lines):
        match = NUMBER_RE.match(line.stripped)
        if not match or line.blank or line.indent > page_margin(lines, index) + 2:
            continue
        part = match.group("part")
        form = "plain" if part is None else "decimal" if int(part) == 0 else "within"
        place = int(match.group("whole") if form != "within" else part)
        found[form].append((index, match.group("number"), place, match.group("text")))
    runs = [_run(entries) for entries in found.values()]
    return max(runs, key=len)


def _run(entries: list[tuple[int, str, int, str]]) -> list[tuple[int, str, int, str]]:
    """The longest run of entries counting on by one."""
    best: list[tuple[int, str, int, str]] = []
    current: list[tuple[int, str, int, str]] = []
    for entry in entries:
        current = [*current, entry] if current and entry[2] == current[-1][2] + 1 else [entry]
        best = current if len(current) > len(best) else best
    return best


def paragraph_items(lines: list[Line], found: list[ItemDraft]) -> tuple[list[Line], list[ItemDraft]] | None:
    """The lines before the first numbered paragraph, and an item for each, where the part is told so: LEAST or
    more in a row, spanning most of it, and every item heading `found` (the numbered titles items.py read: '3. School
    Report: ...' among sentences) one of them; else None."""
    run = _entries(lines)
    texts = [i for i, line in enumerate(lines) if not line.blank]
    if len(run) < LEAST or len(run) <= len(found) or sum(1 for i in texts if i >= run[0][0]) < SHARE * len(texts):
        return None
    numbers = {lines[index].number for index, *_ in run}
    if any(item.line.number not in numbers for item in found):
        return None
    items = []
    for n, (index, number, _, text) in enumerate(run):
        stop = run[n + 1][0] if n + 1 < len(run) else len(lines)
        title, rest = split_run_in(text)
        sentence = not rest and reads_as_sentence(text)
        if sentence:
            title, rest = motion_title("", text), text  # (the sentence is the item's text, whole)
        kept = [replace(lines[index], text=rest)] if rest else []
        item = ItemDraft(title=title.rstrip(" .:"), line=lines[index], kind="minutes",
                         lines=[*kept, *lines[index + 1:stop]])
        item.minute = number
        last = max(line.number for line in lines[index:stop] if not line.blank)
        item.sources.append((lines[index].file, lines[index].number, last))
        items.append(item)
    return lines[:run[0][0]], items
