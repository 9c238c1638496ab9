"""A minutes table's right-hand 'Action' column: who is to act, printed at the right of the line their minute's
words run beside ('... the Chief Executive will contact the          TB/AW' / 'Director of CYP.'). The column's
head and the initials under it are no part of the minute's words: read apart, they leave the sentence whole
('... will contact the Director of CYP.') and name nobody present ('Minute   Action' over the first item). The
raw line keeps them as printed.
"""

from __future__ import annotations

import re

# The column's head at the right of a line after a wide gap, or alone far right: 'Minute      Action', 'Action'.
HEAD_RE = re.compile(r"(?:^[ ]{30,}|\S[ ]{10,})(?P<head>Actions?(?:\s+[Bb]y)?|ACTIONS?(?:\s+BY)?)\s*$")
# A line of column heads alone: 'Minute    Action', 'Item   Action by'.
HEADS_ONLY_RE = re.compile(r"(?i)^\s*(?:(?:minute|item|no\.?|ref\.?|subject|discussion)\s+)*actions?(?:\s+by)?\s*$")
# Who acts, after a wide gap at the line's end: initials ('PD', 'TB/AW', 'KV & DH') or a post ('Clerk', 'All').
OWNER_RE = re.compile(r"(?<=\S)[ ]{4,}(?P<owner>(?:[A-Z]{1,4}|[A-Z][a-z]{1,11})(?:\s*[/,&]\s*(?:[A-Z]{1,4}|"
                      r"[A-Z][a-z]{1,11})){0,4})$")
NEAR = 12  # how far left of its head an owner may start and still stand in the column


def action_column(texts: list[str]) -> list[str]:
    """`texts` with an 'Action' column read apart: from the first line that heads one, a line of heads alone made
    blank (its head cut from any other line), and each later line's owner in the column taken off."""
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
