"""Minutes printed in two languages side by side, a column each (a Welsh community council's Welsh and English, a
Canadian council's French and English): the English column is read, line by line, and the other left out.

A text laid out as printed ('pdftotext -layout', or the importer's own PDF reading) keeps the two columns on the
same lines, apart by a gap that opens at the same place line after line. Read whole, each line would run a Welsh
sentence into its English one ('1. Ymddiheuriadau    1. Apologies'). The column is chosen by its words: the one
where English's commonest words are common, the other where they are rare though it is prose as long (a translation:
about as many words, most in lower case). A text that is not so (one column, names beside their posts, both
columns English) is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter

GAP_RE = re.compile(r"\S(?P<gap> {2,})(?=\S)")
LEAST_LINES = 8  # lines split at the same place, at least, for the text to be two columns
SHARE = 0.6  # ... and that share of the text's lines, at least
NARROWEST = 16  # characters a column is wide, at least
SLACK = 2  # characters a column's start may move from line to line
ENGLISH = frozenset({"the", "of", "and", "to", "was", "were", "be", "that", "at", "on", "in", "for", "by", "from",
                    "with", "is", "it", "this", "are", "has", "had", "have", "will", "been", "which", "an", "as",
                    "not"})
ENGLISH_LEAST = 0.12  # the English column: that share of its words, at least, English's commonest
OTHER_MOST = 0.05  # the other column: that share, at most
PROSE_LEAST = 0.6  # ... and of its words in lower case, that share, at least, of the English column's (prose as
# the English is, not names beside their posts)
LENGTHS = (0.5, 2.0)  # the columns' words, one over the other: a translation's are about as many


def one_language(texts: list[str]) -> list[str]:
    """The lines of `texts` as the English column alone prints them, where the text is two columns of two
    languages; else `texts` as they are."""
    split = _column_start(texts)
    if split is None:
        return texts
    halves = [_halves(text, split) for text in texts]
    words = [re.findall(r"[^\W\d_][^\W\d_'’-]*", " ".join(half[side] for half in halves)) for side in (0, 1)]
    shares = [_share(side, lambda word: word.lower() in ENGLISH) for side in words]
    english = 0 if shares[0] > shares[1] else 1
    other = words[1 - english]
    if shares[english] < ENGLISH_LEAST or shares[1 - english] > OTHER_MOST \
            or _share(other, str.islower) < PROSE_LEAST * _share(words[english], str.islower) \
            or not LENGTHS[0] <= len(other) / max(1, len(words[english])) <= LENGTHS[1]:
        return texts
    return [half[english] for half in halves]


def _column_start(texts: list[str]) -> int | None:
    """Where the second column starts: the place most lines open a gap up to, if enough of them do."""
    ends = [[match.end("gap") for match in GAP_RE.finditer(text)] for text in texts if text.strip()]  # a line's gaps
    starts = Counter(end for line in ends for end in line if end >= NARROWEST)
    if not starts:
        return None
    start = max(starts, key=lambda place: sum(starts[place + d] for d in range(-SLACK, SLACK + 1)))
    near = sum(1 for line in ends if any(abs(end - start) <= SLACK for end in line))
    return start if near >= LEAST_LINES and near >= SHARE * len(ends) else None


def _halves(text: str, start: int) -> tuple[str, str]:
    """A line cut at the gap across the second column's start (a heading's may open well before it and close well
    after), else where its words lie: (left, right)."""
    gaps = [m for m in GAP_RE.finditer(text) if m.start("gap") <= start + SLACK and m.end("gap") >= start - SLACK]
    if gaps:
        return text[:gaps[0].start("gap")].rstrip(), text[gaps[0].end("gap"):].rstrip()
    begins = len(text) - len(text.lstrip())
    return ("", text.strip()) if begins >= start - SLACK else (text.rstrip(), "")


def _share(words: list[str], test) -> float:
    return sum(1 for word in words if test(word)) / len(words) if words else 0.0
