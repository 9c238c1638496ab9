"""Measures whose numbers and titles a text prints apart: the column of numbers read off before or after the
column of titles.

A list of bills and resolutions printed as a table (number left, title right) loses its rows when the text is
read off column by column: the numbers come out one to a line ('B228-15' / '' / 'B229-15' ...), the titles
as paragraphs above or below them ('Approving the Final Plat of ...' / '' / 'Authorizing a contract ...').
Such titles are the legislative kind, each opening with what the measure does ('Amending', 'Authorizing',
'An ordinance ...'). Between the prose above the list and the prose below it, the numbers and the titles are
paired in order when there are as many of each; a number printed with a line of text of its own beside it
('B222-15' / 'charges.') shows the rows mixed up, and nothing is paired.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .lines import Line

# A column label alone on its line: a measure's number ('B220-15', 'PR136-15') or a hearing's letter ('(B)').
LABEL_RE = re.compile(r"^(?:[A-Z]{1,4}\d{1,4}-\d{2}|\([A-Z]\))$")
# A measure's number with its title on the same line ('R130-15    Granting a temporary waiver ...').
NUMBERED_RE = re.compile(r"^[A-Z]{1,4}\d{1,4}-\d{2}[ \t]{1,40}\S")
# What a legislative title opens with: a verb in -ing ('Amending', 'Authorizing') or 'An ordinance ...'.
TITLE_START_RE = re.compile(r"^(?:[A-Z][a-z]{2,20}ing|An?[ ]{1,3}(?:ordinance|resolution|bill|policy))\b")
SPAN = 160  # lines searched either way for the rest of the list


@dataclass(frozen=True)
class Title:
    """A title paired with its number: its text and the lines it was read from (dropped from the text)."""

    text: str
    lines: tuple[int, ...]


def _paragraphs(lines: list[Line], start: int, stop: int) -> list[list[int]]:
    """The runs of non-blank lines between start and stop, as line indices."""
    runs: list[list[int]] = []
    for i in range(start, stop):
        if lines[i].blank:
            if runs and runs[-1]:
                runs.append([])
            continue
        if not runs:
            runs.append([])
        runs[-1].append(i)
    return [r for r in runs if r]


def _labels(lines: list[Line], run: list[int]) -> list | None:
    if all(LABEL_RE.match(lines[i].stripped) for i in run):
        return [("label", i) for i in run]
    return None


def _mixed(lines: list[Line], run: list[int]) -> list | None:
    """A label with a line of text beside it ('B222-15' / 'charges.'): the rows are mixed up."""
    return [("mixed", run[0])] if any(LABEL_RE.match(lines[i].stripped) for i in run) else None


def _numbered(lines: list[Line], run: list[int]) -> list | None:
    """A measure printed with its title on its line: a row that kept together, read elsewhere."""
    return [] if NUMBERED_RE.match(lines[run[0]].stripped) else None


def _titles(lines: list[Line], run: list[int]) -> list | None:
    """Titles, one or more, each from a line that opens one to the line before the next."""
    if not TITLE_START_RE.match(lines[run[0]].stripped):
        return None
    found: list = []
    for i in run:
        if TITLE_START_RE.match(lines[i].stripped) or not found:
            found.append(("title", [i]))
        else:
            found[-1][1].append(i)
    return found


def _fragment(lines: list[Line], run: list[int]) -> list | None:
    """Words split off a title ('from', 'Inc.', 'to provide' / 'Authorizing a' / ...): set aside. A title
    opening among them ('Authorizing a' / 'cybersecurity tools ...') holds a label's place, but its words are
    mixed up with others: its label is left without one."""
    first = lines[run[0]].stripped
    if not (first[:1].islower() or len(" ".join(lines[i].stripped for i in run).split()) < 4):
        return None
    starts = [n for n, i in enumerate(run) if TITLE_START_RE.match(lines[i].stripped)]
    return [("scrambled", span) for _, span in _titles(lines, run[starts[0]:])] if starts else []


def _boundary(lines: list[Line], run: list[int]) -> list:
    """Anything else (prose, a heading): the list ends."""
    return [("boundary", run[0])]


# Each rule reads a paragraph into entries (kind, index or indices), or passes (None); the catch-all last.
RULES: tuple[Callable[[list[Line], list[int]], list | None], ...] = (_labels, _mixed, _numbered, _titles,
                                                                      _fragment, _boundary)


def _entries(lines: list[Line], run: list[int]) -> list:
    for rule in RULES:
        read = rule(lines, run)
        if read is not None:
            return read
    return []


def column_titles(lines: list[Line], index: int) -> dict[int, Title]:
    """The titles of the labels in the list around the label at `index`, by the label's line; empty unless
    the list holds as many titles as labels and no label with text beside it."""
    paragraphs = _paragraphs(lines, max(0, index - SPAN), min(len(lines), index + SPAN))
    at = next((n for n, run in enumerate(paragraphs) if index in run), None)
    if at is None:
        return {}
    read = [_entries(lines, run) for run in paragraphs]
    first, last = at, at
    while first > 0 and not any(kind == "boundary" for kind, _ in read[first - 1]):
        first -= 1
    while last + 1 < len(read) and not any(kind == "boundary" for kind, _ in read[last + 1]):
        last += 1
    entries = [e for entry in read[first:last + 1] for e in entry]
    labels = [i for kind, i in entries if kind == "label"]
    titles = [(kind, span) for kind, span in entries if kind in ("title", "scrambled")]
    if any(kind == "mixed" for kind, _ in entries) or len(labels) != len(titles):
        return {}
    return {label: Title(" ".join(" ".join(lines[i].stripped.split()) for i in span), tuple(span))
            for label, (kind, span) in zip(labels, titles, strict=True) if kind == "title"}


def lone_title(lines: list[Line], index: int) -> Title | None:
    """A label alone, no label above it, whose title is the one line of the next paragraph, a sentence of its
    own ('(A)' / '' / 'FY 2016 Annual Budget for the City of Columbia.')."""
    above = next((lines[i] for i in range(index - 1, max(-1, index - 6), -1) if not lines[i].blank), None)
    if above is not None and LABEL_RE.match(above.stripped):
        return None
    below = [i for i in range(index + 1, min(len(lines), index + 5)) if not lines[i].blank]
    if not below or below[0] == index + 1:
        return None
    at = below[0]
    text = " ".join(lines[at].stripped.split())
    single = at + 1 >= len(lines) or lines[at + 1].blank
    if single and text[:1].isupper() and text.endswith(".") and 3 <= len(text.split()) <= 25 \
            and not LABEL_RE.match(text) and not NUMBERED_RE.match(text):
        return Title(text.rstrip("."), (at,))
    return None
