"""Stage 5 output: a part's lines as the Markdown text of its record, which renders as the document printed it."""

from __future__ import annotations

import re

from ..recordhtml import AUTOLINK_RE, OPENER_RE
from . import blocks
from .extract import MARKDOWN_SUFFIXES
from .lines import Line

# Bullets a PDF prints from a symbol font's private code points (U+F0B7 ...): shown as tofu unless read as '•'.
PRIVATE_BULLET_RE = re.compile("[\uf0a7\uf0a8\uf0b7\uf0d8\uf076\uf0fc\uf06e\uf071]")


def _as_text(text: str) -> str:
    """Printed text with every '<' that Markdown would pass on as an HTML tag written as '&lt;' ('<brent> +1', a chat's
    speaker), an autolink kept ('<https://...>', '<clerk@example.org>'): what opens a tag and what is an autolink are
    the site's own (`recordhtml`)."""
    return OPENER_RE.sub(lambda m: m.group() if AUTOLINK_RE.match(text, m.start()) else "&lt;", text)


# A number opening a printed line ('2. Authorize the City Manager ...'): Markdown would open an ordered list there,
# numbered from 1 whatever the number printed.
LIST_NUMBER_RE = re.compile(r"^(\d{1,9})\.(?=\s|$)")
LABEL_LINE_RE = re.compile(r"^[A-Z][\w'’/&-]*(?:\s+[\w'’/&-]+){0,2}\s?:(?:\s|$)")  # 'Staff Present: A', 'Nays: None'
MARKDOWN_BULLET_RE = re.compile(r"^[-*+]\s")  # a bullet that opens a list in Markdown ('- Police')


def _printed(lines: list[Line]) -> bool:
    """Text as a document printed it, not a Markdown file's (or reStructuredText's, AsciiDoc's), whose lists and
    paragraphs render as they were written."""
    return not lines or not lines[0].file.lower().endswith(MARKDOWN_SUFFIXES)


def _opens(current: list[Line], line: Line, opening: int | None) -> bool:
    """Whether `line`, printed straight under the paragraph `current`, opens a paragraph (or a list) of its own."""
    text, first = line.stripped, current[0].stripped
    if MARKDOWN_BULLET_RE.match(text):  # a list under the text that leads to it ('... consulted:' / '- Police');
        return not MARKDOWN_BULLET_RE.match(first)  # Markdown's list goes on from bullet to bullet
    if MARKDOWN_BULLET_RE.match(first) and (LIST_NUMBER_RE.match(text) or blocks.LETTER_RE.match(text)):
        return True  # the outer list's next point after bullets under one ('- b. To reduce ...' / '2. Drugs')
    above = current[-1].stripped
    for point in (LIST_NUMBER_RE, blocks.LETTER_RE):  # a list's points one under another, whatever their numbers
        if point.match(text) and (point.match(above) or above.endswith(":")):  # ('1. Opening' / '4. Notice'), or
            return True  # under the line that leads to them ('The payments were noted:' / 'a) Salary £450.00')
    if LABEL_LINE_RE.match(text) and (LABEL_LINE_RE.match(first) or re.search(r"[.;:!?)]$", above)):
        return True  # labelled lines one under another ('Present: A, B' / 'Absent: C', 'Ayes: A, B' / 'Nays: None')
    return blocks.opens_paragraph(current, line, opening)


def _breaks(lines: list[Line]) -> set[int]:
    """The lines of printed text that open a paragraph of their own with no blank line above them (the next point of
    a list, a bullet, a decision's label: `blocks.opens_paragraph`), by their index: Markdown would run them into the
    paragraph above. None in a Markdown file, whose paragraphs are its author's."""
    if not _printed(lines):
        return set()
    breaks: set[int] = set()
    opening = blocks.first_line_indent(lines)
    current: list[Line] = []
    for n, line in enumerate(lines):
        if line.page_gap:
            continue
        if line.blank:
            current = []
            continue
        if current and _opens(current, line, opening):
            breaks.add(n)
            current = []
        current.append(line)
    return breaks


def markdown(lines: list[Line]) -> str:
    """Lines as Markdown text that renders as printed: no accidental code blocks or headings, a printed list's
    numbers as printed, each point of a list or decision's label a paragraph, and tab-separated runs (the PDF's
    tables) as Markdown tables."""
    out: list[str] = []
    rows: list[list[str]] = []
    breaks = _breaks(lines)
    printed = _printed(lines)
    for n, line in enumerate(lines):
        if line.page_gap:
            continue
        text = line.text.strip()
        text = _as_text(text)  # printed text, never HTML
        if "\t" in text:
            rows.append([cell.strip().replace("|", "\\|") for cell in re.split(r"\t+", text)])
            continue
        if rows:
            out.append(_table(rows))
            rows = []
        if n in breaks:
            out.append("")
        if printed:
            text = LIST_NUMBER_RE.sub(r"\1\\.", text)
        out.append(re.sub(r"^#", r"\\#", PRIVATE_BULLET_RE.sub("•", text)))
    if rows:
        out.append(_table(rows))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def _table(rows: list[list[str]]) -> str:
    """A Markdown table with an empty header: the PDF's table had none (the site hides empty headers)."""
    width = max(len(row) for row in rows)
    lines = ["", "|" + " |" * width, "|" + "---|" * width]
    lines += ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    return "\n".join(lines) + "\n"
