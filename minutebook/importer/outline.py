"""Bulleted outlines: minutes or an agenda that number nothing and list their items as bullets at the page's
margin, with the points of each as deeper bullets under it ('• New Business' / '   o APPROVED – 2018
Meetings Calendar' / '• Announcements').

Where the part is such an outline, every bullet at the margin is an item, whatever its length: the outline
is the document's own order of business. An entry with a note run in after a spaced dash ('• Minutes
approved – J. Smith (motion), K. Jones (second)') is titled by the words before the dash; the note stays its
text. A bullet list with no deeper level is a plain list and is left to the other rules (unnumbered.py).
"""

from __future__ import annotations

import re

from .lines import Line
from .numbered_lines import Heading

# A bullet as a PDF prints it: round, square or a symbol font's private code point (U+F0B7 ...).
GLYPHS = "•●▪■◦\uf0a7\uf0a8\uf0b7\uf0d8\uf076\uf0fc\uf06e\uf071"
BULLET_RE = re.compile(rf"^([{GLYPHS}])\s{{1,8}}(\S.{{0,300}})$")
# what marks a deeper point: another glyph, a letter 'o' or a dash standing as a bullet
POINT_RE = re.compile(rf"^(?:[{GLYPHS}]|o|-|–|\*)\s{{1,8}}\S")
NOTE_DASH_RE = re.compile(r"\s[–—-]\s(?=\S)")  # 'Minutes approved – J. Smith (motion)': the note after it
MIN_ENTRIES = 3  # a list of fewer top-level bullets is no outline of a meeting
MAX_TITLE_WORDS = 14

_cache: tuple[list[Line], dict[int, str]] | None = None


def outline_entries(lines: list[Line]) -> dict[int, str]:
    """{index: title} of the top-level entries of the outline a part's lines hold (empty when they hold none):
    bullets of one glyph at the shallowest indentation any bullet has, at least three, at least one of them
    with deeper points under it, and no text at their indentation between them other than such bullets and
    headings standing alone (a paragraph at the margin means the bullets are a list inside the text)."""
    global _cache
    if _cache is not None and _cache[0] is lines:
        return _cache[1]
    found = _entries(lines)
    _cache = (lines, found)
    return found


def _entries(lines: list[Line]) -> dict[int, str]:
    bullets = [(i, BULLET_RE.match(line.stripped)) for i, line in enumerate(lines) if not line.blank]
    bullets = [(i, m) for i, m in bullets if m]
    if len(bullets) < MIN_ENTRIES:
        return {}
    margins: dict[int, int] = {}  # each page's shallowest bullet: a PDF's pages need not share a margin
    for i, _ in bullets:
        margins[lines[i].page] = min(margins.get(lines[i].page, 99), lines[i].indent)

    def margin(line: Line) -> int:
        return margins.get(line.page, min(margins.values())) + 2

    tops = [(i, m) for i, m in bullets if lines[i].indent <= margin(lines[i])]
    glyph = max({m.group(1) for _, m in tops}, key=lambda g: sum(m.group(1) == g for _, m in tops))
    tops = [(i, m) for i, m in tops if m.group(1) == glyph]
    if len(tops) < MIN_ENTRIES:
        return {}
    deeper = 0
    for n, (index, _) in enumerate(tops):
        stop = tops[n + 1][0] if n + 1 < len(tops) else len(lines)
        under = [ln for ln in lines[index + 1:stop] if not ln.blank]
        if any(ln.indent > margin(ln) and POINT_RE.match(ln.stripped) for ln in under[:3]):
            deeper += 1
        if n + 1 < len(tops) and any(ln.indent <= margin(ln) and len(ln.stripped.split()) > MAX_TITLE_WORDS
                                     for ln in under):
            return {}  # a paragraph at the bullets' margin between them: a list inside running text
    if not deeper:
        return {}
    return {i: entry_title(m.group(2)) for i, m in tops}


def entry_title(text: str) -> str:
    """The title of an outline's entry: the words before a note run in after a spaced dash."""
    match = NOTE_DASH_RE.search(text)
    return (text[:match.start()] if match else text).strip()


def outline_entry(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A heading rule (unnumbered.RULES): the top-level entry of a bulleted outline at `index`."""
    title = outline_entries(lines).get(index)
    return (title, index + 1) if title else None


# A heading over minutes written as an outline of Markdown bullets: '### Agenda / Meeting notes', '## Minutes', '##
# Notes', '## Discussion'.
NOTES_HEADING_RE = re.compile(r"(?i)^(?:agenda\s*(?:/|and|&)\s*)?(?:meeting\s+)?(?:notes|minutes|discussion|"
                              r"proceedings)$")
MARKDOWN_ENTRY_RE = re.compile(r"^[-*+]\s+(?P<title>\S.{1,200}?):?$")


def notes_outline(lines: list[Line]) -> list[Heading]:
    """The outermost bullets under a heading titling the minutes' notes ('### Agenda / Meeting
    notes' / '* Charter / legalities' / '  - All the proposed documents ...' / '* TSC membership'): the items, where
    there are MIN_ENTRIES or more, one at least with deeper bullets under it, and no text at their margin between
    them. None where no such heading stands over such an outline."""
    for index, line in enumerate(lines):
        if not line.heading or not NOTES_HEADING_RE.match(line.stripped.rstrip(":")):
            continue
        end = next((k for k in range(index + 1, len(lines)) if lines[k].heading
                    and (lines[k].level <= line.level or not line.level)), len(lines))
        texts = [k for k in range(index + 1, end) if not lines[k].blank]
        if not texts:
            continue
        margin = min(lines[k].indent for k in texts)
        at_margin = [k for k in texts if lines[k].indent == margin]
        if not all(MARKDOWN_ENTRY_RE.match(lines[k].stripped) for k in at_margin) or len(at_margin) < MIN_ENTRIES:
            continue
        if any(lines[j].indent > margin for j in texts if j > at_margin[0]):  # deeper bullets under an entry
            return [Heading(k, "", MARKDOWN_ENTRY_RE.match(lines[k].stripped).group("title").rstrip(":"), margin,
                            end=k + 1, rule="notes outline") for k in at_margin]
    return []
