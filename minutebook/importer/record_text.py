"""Stage 5 output: a part's lines as the Markdown text of its record, which renders as the document printed it."""

from __future__ import annotations

import re

from ..recordhtml import AUTOLINK_RE, OPENER_RE
from .lines import Line

# Bullets a PDF prints from a symbol font's private code points (U+F0B7 ...): shown as tofu unless read as '•'.
PRIVATE_BULLET_RE = re.compile("[\uf0a7\uf0a8\uf0b7\uf0d8\uf076\uf0fc\uf06e\uf071]")


def _as_text(text: str) -> str:
    """Printed text with every '<' that Markdown would pass on as an HTML tag written as '&lt;' ('<brent> +1', a chat's
    speaker), an autolink kept ('<https://...>', '<clerk@example.org>'): what opens a tag and what is an autolink are
    the site's own (`recordhtml`)."""
    return OPENER_RE.sub(lambda m: m.group() if AUTOLINK_RE.match(text, m.start()) else "&lt;", text)


def markdown(lines: list[Line]) -> str:
    """Lines as Markdown text that renders as printed: no accidental code blocks or headings, and
    tab-separated runs (the PDF's tables) as Markdown tables."""
    out: list[str] = []
    rows: list[list[str]] = []
    for line in lines:
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
