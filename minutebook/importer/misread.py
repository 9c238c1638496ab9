"""Numbers damaged by OCR. Item numbers: a numeral read as a letter ('S.' for '5.', 'l.' for '1.') or with a stroke read
twice ('Vv.' for 'V.'), in a run of numbers that leaves exactly its place empty ('4.' ... 'S.' ... '6.').

A damaged number is only ever read in the one gap of a run, at the run's indentation, so a line opening with
'S.' (an initial) elsewhere stays text. Ordinals: a superscript suffix read as a quote mark ('8" Street',
'September 24"'), put back as printed ('8th Street') in the text OCR gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .lines import Line

# (what OCR printed, what it stands for): tried in order, one repair per token
REPAIRS: tuple[tuple[re.Pattern, Callable[[re.Match], str]], ...] = (
    # 'Vv', 'IVv': a numeral's last stroke read twice, the second time in lower case
    (re.compile(r"^([IVX]{0,3}?([IVX]))([ivx])$"),
     lambda m: m.group(1) if m.group(3).upper() == m.group(2) else m.group(0)),
    (re.compile(r"^(?![IVX]+$)[0-9SOIlZB|]{1,3}$"), lambda m: m.group(0).translate(DIGITS)),  # 'S' for 5, 'l' for 1
    (re.compile(r".*"), lambda m: m.group(0)),  # catch-all: as printed
)
DIGITS = str.maketrans({"S": "5", "O": "0", "I": "1", "l": "1", "|": "1", "Z": "2", "B": "8"})
TOKEN_RE = re.compile(r"^([0-9A-Za-z|]{1,4})[.,][ \t]{1,40}(\S.*)$")


def repaired(token: str) -> str:
    """The number a token printed by OCR stands for ('S' -> '5', 'Vv' -> 'V'); the token itself otherwise."""
    for pattern, repair in REPAIRS:
        match = pattern.match(token)
        if match:
            return repair(match)
    return token


def misread_between(lines: list[Line], start: int, end: int, indent: int, wanted: float,
                    value: Callable[[str], float]) -> tuple[int, str, str] | None:
    """(index, number, title) of the one line between `start` and `end`, within 4 characters of `indent`, whose
    damaged number stands for the number valued `wanted`; None unless exactly one does."""
    found = []
    for index in range(start, end):
        line = lines[index]
        match = TOKEN_RE.match(line.stripped)
        if line.blank or not match or abs(line.indent - indent) > 4:
            continue
        number = repaired(match.group(1))
        if number != match.group(1) and _value(value, number) == wanted:
            found.append((index, number, match.group(2)))
    return found[0] if len(found) == 1 else None


def mended_run(lines: list[Line], run: list[Any], value: Callable[[str], float]) -> list[Any]:
    """A run of numbered headings (numbering.Heading) with a number OCR damaged put back in the one gap it leaves
    ('IV.' / 'Vv.' / 'VI.'); `value` orders the run's numbers."""
    mended = run[:1]
    for previous, heading in zip(run, run[1:], strict=False):
        if value(heading.number) - value(previous.number) == 2:
            found = misread_between(lines, previous.index + 1, heading.index, previous.indent,
                                    value(previous.number) + 1, value)
            if found:
                mended.append(replace(previous, index=found[0], number=found[1], text=found[2],
                                      indent=lines[found[0]].indent, bare=0))
        mended.append(heading)
    return mended


def _value(value: Callable[[str], float], number: str) -> float | None:
    try:
        return value(number)
    except (KeyError, ValueError, AttributeError):
        return None


# '8" Street', 'September 24" from': a number's superscript suffix read as a quote mark, before a capitalised
# word, a small word carrying the sentence on, or the end of a clause (not '6" pipe': inches)
SUPERSCRIPT_RE = re.compile(r"(?<![\d.,$/-])(\d{1,3})[\"”“](?=[ \t]{1,3}(?:[A-Z][a-z]|(?:from|to|and|at|through|"
                            r"between|for|of)\b)|[,.;:]?[ \t]*$)", re.M)


def _suffix(number: str) -> str:
    last, tens = int(number) % 10, int(number) % 100
    return "th" if 11 <= tens <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(last, "th")


def mended_ordinals(text: str) -> str:
    """OCR'd text with ordinals' superscript suffixes put back ('8" Street' -> '8th Street')."""
    return SUPERSCRIPT_RE.sub(lambda m: m.group(1) + _suffix(m.group(1)), text)
