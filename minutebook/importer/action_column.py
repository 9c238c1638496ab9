"""A minutes table's right-hand 'Action' column: who is to act, printed at the right of the line their minute's
words run beside ('... the Chief Executive will contact the          TB/AW' / 'Director of CYP.'). The column's
head and the initials under it are no part of the minute's words: read apart, they leave the sentence whole
('... will contact the Director of CYP.') and name nobody present ('Minute   Action' over the first item). The
raw line keeps them as printed. A PDF's own layout text may close the gap before the column (its words placed in
fixed steps, a long line runs on into it): `PdfColumn` opens it again from where the characters stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The column's head at the right of a line after a wide gap, or alone far right: 'Minute      Action', 'Action'.
HEAD_RE = re.compile(r"(?:^[ ]{30,}|\S[ ]{10,})(?P<head>Actions?(?:\s+[Bb]y)?|ACTIONS?(?:\s+BY)?)\s*$")
# A line of column heads alone: 'Minute    Action', 'Item   Action by'.
HEADS_ONLY_RE = re.compile(r"(?i)^\s*(?:(?:minute|item|no\.?|ref\.?|subject|discussion)\s+)*actions?(?:\s+by)?\s*$")
# Who acts: initials ('PD', 'TB/AW', 'KV & DH') or a post ('Clerk', 'All'); in a line, after a wide gap at its end.
OWNER = r"(?:[A-Z]{1,4}|[A-Z][a-z]{1,11})(?:\s*[/,&]\s*(?:[A-Z]{1,4}|[A-Z][a-z]{1,11})){0,4}"
OWNER_RE = re.compile(rf"(?:(?<=\S)[ ]{{4,}}|^[ ]+)(?P<owner>{OWNER})$")  # (or alone on its line, in the column)
NEAR = 12  # how far left of its head an owner may start and still stand in the column


def action_column(texts: list[str]) -> list[str]:
    """`texts` with an 'Action' column read apart: from the first line that heads one, a line of heads alone made
    blank (its head cut from any other line), and each later line's owner in the column taken off (a line holding
    only an owner left blank: inside a sentence, lines.mark_page_gaps reads the blank as no paragraph's end)."""
    head = next(((n, match.start("head")) for n, text in enumerate(texts) if (match := HEAD_RE.search(text))), None)
    if head is None:
        return texts
    start, column = head
    result = list(texts)
    for n in range(start, len(texts)):
        if heads := HEAD_RE.search(texts[n]):
            result[n] = "" if HEADS_ONLY_RE.match(texts[n]) else texts[n][:heads.start("head")].rstrip()
        elif (owner := OWNER_RE.search(texts[n])) and owner.start("owner") >= column - NEAR:
            result[n] = texts[n][:owner.start()].rstrip()
    return result


HEAD_WORD_RE = re.compile(r"(?:Actions?|ACTIONS?)$")
MIN_GAP = 4.0  # points of blank page between a line's words and an owner in the column
HEAD_GAP = 18.0  # ... and before the column's head, where its line has words ('... Annual Action' is prose)
GAP = " " * 12  # the gap opened before the column, as `pdftotext -layout` leaves it


@dataclass
class PdfColumn:
    """An 'Action' column's left edge as a PDF prints it, carried from page to page: a line's owner in the column is
    set apart by a wide gap, as `pdftotext -layout` prints it, for `action_column` to read."""

    x: float | None = None  # the head's left edge, in points
    at: int = 0  # ... and where it stands in its line's layout text

    def laid_out(self, text: str, chars: list[dict], width: float) -> str:
        """`text` (a line of pdfplumber's layout text, `chars` its printed characters) with the gap before the
        column's head or an owner in it opened."""
        text = text.rstrip()
        head = HEAD_WORD_RE.search(text)
        size = len(head.group(0)) if head else 0
        if head and len(chars) >= size and chars[-size]["x0"] >= 0.55 * width \
                and (len(chars) == size or chars[-size]["x0"] - chars[-size - 1]["x1"] >= HEAD_GAP):
            self.x, self.at = chars[-size]["x0"], head.start()
            before, last = _cut(text, size)
            return _opened(before, last, self.at) if before else text
        inside = 0
        while self.x is not None and inside < len(chars) and chars[-1 - inside]["x0"] >= self.x - 2:
            inside += 1
        if not inside or inside == len(chars) or chars[-inside]["x0"] - chars[-inside - 1]["x1"] < MIN_GAP:
            return text
        before, last = _cut(text, inside)
        return _opened(before, last, self.at) if before and re.fullmatch(OWNER, last.strip()) else text


def _cut(text: str, count: int) -> tuple[str, str]:
    """`text` before its last `count` printed characters (a space is no character to a PDF; '' where nothing is
    printed before them), and those."""
    index, seen = len(text), 0
    while index > 0 and seen < count:
        index -= 1
        seen += not text[index].isspace()
    return text[:index].rstrip(), text[index:]


def _opened(before: str, last: str, at: int) -> str:
    """`before` and `last` apart by a wide gap, `last` at column `at` at the least."""
    return f"{before}{GAP}{' ' * (at - len(before) - len(GAP))}{last}"
