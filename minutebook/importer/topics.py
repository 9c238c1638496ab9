"""Run-in topic labels: narrative minutes with no numbers and no heading lines that open a paragraph with its
topic and a hyphen run into the text ('Stay Healthy Street Program- many signs are up ...'). Where a part
has two or more such paragraphs and numbers nothing, each label heads an item; its paragraph is its text.
"""

from __future__ import annotations

import re

from .lines import Line
from .titles import reads_as_sentence

# a topic of one to eight words, the hyphen closing it on its last word, a space after it; inside the topic a
# hyphen joins words ('Arts-in-the-Park')
LABEL_RE = re.compile(r"^(?P<title>[A-Z0-9][\w’'&/.()]{0,30}(?:(?: |-)[\w’'&/.()]{1,30}){0,11}?)-[ \t]{1,3}"
                      r"(?=[A-Za-z])")
MAX_WORDS = 8
MIN_LABELS = 2

_cache: tuple[list[Line], dict[int, str]] | None = None


def _label(lines: list[Line], index: int) -> str | None:
    line = lines[index]
    if line.blank or line.indent > 2 or index > 0 and not lines[index - 1].blank:
        return None
    match = LABEL_RE.match(line.stripped)
    if not match:
        return None
    title = match.group("title")
    if len(title.split()) > MAX_WORDS or reads_as_sentence(title) or len(line.stripped) < len(title) + 20:
        return None  # a sentence, or a short line: a list's entry ('Cllr Smith- apologies')
    return title


def topic_labels(lines: list[Line]) -> dict[int, str]:
    """{index: topic} of the run-in labels of a part's lines; empty unless it holds two or more."""
    global _cache
    if _cache is not None and _cache[0] is lines:
        return _cache[1]
    found = {i: t for i in range(len(lines)) if (t := _label(lines, i))}
    found = found if len(found) >= MIN_LABELS else {}
    _cache = (lines, found)
    return found


def topic_label(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A heading rule (unnumbered.RULES): the run-in topic label opening the paragraph at `index`."""
    title = topic_labels(lines).get(index)
    return (title, index + 1) if title else None
