"""Lettered sub-items run into one paragraph: 'Office Bearers' Reports. A) Chair- B) Vice Chair – No Report
C) Secretary. All correspondence ... D)Treasurer – The balance ...'.

Numbering (numbering.py) finds sub-items that open a line of their own; a paragraph that lists them one after
another is cut here instead, once its item has been cut from the part: each letter with its title (the phrase
after the letter, up to its first stop or dash) becomes a sub-item holding its text, nothing dropped. Letters
must count from the first ('a', 'b', 'c' ...; one may be printed without its bracket, 'b Vice Chair', where the
two around it have theirs) and each must be followed by a short capitalised title, so a resolution's run-in
points ('that (a) the report be noted, (b) ...') are never cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .drafts import ItemDraft
from .lines import Line

# A letter in brackets opening a title: 'A) Chair', '(b) Vice Chair', 'D)Treasurer'; after a space, a stop or the
# paragraph's start, never inside a word or a reference ('s.106(a)').
MARKER_RE = re.compile(r"(?:^|(?<=[\s.,;:–—-]))\(?([A-Za-z])\)[ \t]{0,3}(?=[A-Z])")
# the end of a run-in sub-item's title: a stop, a dash, or a colon, then its text
TITLE_END_RE = re.compile(r"\s{0,3}(?:[.:]\s+|[.:]?$|[-–—]\s{0,3}|\s[-–—]\s{0,3})")
MIN_LETTERS = 3  # 'A) ... B) ... C) ...': two brackets in a sentence can be anything
MAX_TITLE_WORDS = 6


@dataclass(frozen=True)
class Marker:
    letter: str
    line: int  # index into the paragraph's lines
    start: int  # where the marker starts in that line's text
    end: int  # where its title starts


def _bare_letter(lines: list[Line], before: Marker, after: Marker, letter: str) -> Marker | None:
    """The letter between two bracketed ones printed without its bracket: '..., b Vice Chair - no report.'"""
    pattern = re.compile(rf"(?:^|(?<=[,.;]\s)|(?<=[,.;]))\s{{0,2}}\b({letter})[ \t]{{1,3}}(?=[A-Z])")
    for index in range(before.line, after.line + 1):
        text = lines[index].text
        lo = before.end if index == before.line else 0
        hi = after.start if index == after.line else len(text)
        match = pattern.search(text, lo, hi)
        if match:
            return Marker(letter, index, match.start(1), match.end())
    return None


def markers(lines: list[Line]) -> list[Marker]:
    """The letters counting from the first ('a' or 'A') in a paragraph's lines, in order; [] unless MIN_LETTERS."""
    found = [Marker(m.group(1), n, m.start(), m.end())
             for n, line in enumerate(lines) for m in MARKER_RE.finditer(line.text)]
    if not found or found[0].letter not in "aA":
        return []
    chain = [found[0]]
    base = ord(found[0].letter)
    for marker in found[1:]:
        wanted = chr(base + len(chain))
        if marker.letter == wanted:
            chain.append(marker)
        elif marker.letter == chr(base + len(chain) + 1):
            bare = _bare_letter(lines, chain[-1], marker, wanted)
            if bare is None:
                break
            chain.extend([bare, marker])
    return chain if len(chain) >= MIN_LETTERS else []


def _title(text: str) -> tuple[str, str] | None:
    """(title, text) of a run-in sub-item: the phrase up to its first stop or dash, a few capitalised words."""
    text = text.strip()
    match = TITLE_END_RE.search(text)
    title, rest = (text[:match.start()], text[match.end():]) if match else (text, "")
    words = title.split()
    if not words or len(words) > MAX_TITLE_WORDS or not title[:1].isupper() or re.match(r"(?i)that\b", title):
        return None
    return title.strip(), rest.strip()


def _paragraph(lines: list[Line]) -> list[Line]:
    """The item's first paragraph: its lines up to the first blank one."""
    end = next((n for n, line in enumerate(lines) if line.blank), len(lines))
    return lines[:end]


def split_run_in(item: ItemDraft) -> list[ItemDraft]:
    """The item, then a sub-item for each letter run into its first paragraph ([item] when there are none)."""
    number = item.minute if item.kind != "agenda" else item.agenda
    if not number or item.parent:
        return [item]
    paragraph = _paragraph(item.lines)
    found = markers(paragraph)
    if not found:
        return [item]
    bounds = [(m.line, m.start) for m in found[1:]] + [(len(paragraph) - 1, len(paragraph[-1].text))]
    pieces = []
    for marker, (last, stop) in zip(found, bounds, strict=True):
        texts = []
        for index in range(marker.line, last + 1):
            line = paragraph[index]
            lo = marker.end if index == marker.line else 0
            hi = stop if index == last else len(line.text)
            texts.append(replace(line, text=line.text[lo:hi]))
        titled = _title(texts[0].text)
        if titled is None:
            return [item]
        pieces.append((marker, titled, texts))
    first = found[0]
    head = [*paragraph[:first.line], replace(paragraph[first.line], text=paragraph[first.line].text[:first.start])]
    subs = []
    for n, (marker, (title, rest), texts) in enumerate(pieces):
        body = [replace(texts[0], text=rest), *texts[1:]]
        if n == len(pieces) - 1:
            body += item.lines[len(paragraph):]  # the paragraphs after the list go on under its last letter
        sub = ItemDraft(title=title, line=texts[0], kind=item.kind, parent=number, exempt=item.exempt,
                        lines=[line for line in body if line.text.strip()])
        if item.kind == "agenda":
            sub.agenda = marker.letter
        else:
            sub.minute = marker.letter
        numbers = [line.number for line in texts + body if line.text.strip()]
        sub.sources.append((texts[0].file, min(numbers), max(numbers)))
        subs.append(sub)
    item.lines = [line for line in head if line.text.strip()]
    return [item, *subs]


def split_all(items: list[ItemDraft]) -> list[ItemDraft]:
    """Every item of a part with the sub-items run into its first paragraph after it; an item that already
    has sub-items of their own lines is left as it is."""
    result = []
    for n, item in enumerate(items):
        has_children = n + 1 < len(items) and items[n + 1].parent is not None and not item.parent
        result.extend([item] if has_children else split_run_in(item))
    return result
