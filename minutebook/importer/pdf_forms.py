"""Filled-in PDF forms: what was typed into a form's text fields ('Date/Time: June 6, 530pm', a list of
discussion topics in a box) or onto the page as a typewriter note (a free-text annotation) is drawn by the
viewer from the annotation, not printed in the page's text layer, so a text reader never sees it. Each value
is put back on the page as characters where its box sits (in a box of one line on its foot, the line of the
label beside it; in a text area from the top, line under line), over the underscores of the blank it fills,
before the page is laid out as text.
"""

from __future__ import annotations

import re
from typing import Any

from pdfminer.psparser import PSLiteral

from .action_column import PdfColumn

DEFAULT_SIZE = 11.0  # points: a field that names no font size in its appearance ('/Helv 0 Tf' is auto)
SIZE_RE = re.compile(rb"(\d{1,2}(?:\.\d{1,2})?)\s{1,3}Tf")
WIDTH = 0.5  # a character's width, in ems: the layout needs positions, not the font's own widths
LEADING = 1.2  # the space between a value's lines, in font sizes


def _text(value: Any) -> str:  # noqa: ANN401 - a PDF object: bytes, a literal, a string
    if isinstance(value, bytes):
        if value.startswith((b"\xfe\xff", b"\xff\xfe")):
            return value.decode("utf-16")
        return value.decode("latin-1")
    return value if isinstance(value, str) else ""


def _kind(data: dict) -> str:
    kind = data.get("FT")
    parent = data.get("Parent")
    if kind is None and isinstance(parent, dict):
        kind = parent.get("FT")
    return kind.name if isinstance(kind, PSLiteral) else str(kind or "")


def _subtype(data: dict) -> str:
    subtype = data.get("Subtype")
    return subtype.name if isinstance(subtype, PSLiteral) else ""


def field_chars(page) -> list[dict]:  # noqa: ANN001 - a pdfplumber Page
    """Characters for the value of every filled text field on the page, placed at the field's top left."""
    chars: list[dict] = []
    for annot in page.annots:
        data = annot.get("data") or {}
        typed = _text(data.get("V")) if _kind(data) == "Tx" else \
            _text(data.get("Contents")) if _subtype(data) == "FreeText" else ""
        value = typed.replace("\r\n", "\n").replace("\r", "\n").strip()
        if not value or annot.get("top") is None:
            continue
        found = SIZE_RE.search(data.get("DA") or b"") if isinstance(data.get("DA"), bytes) else None
        size = float(found.group(1)) if found and float(found.group(1)) > 0 else DEFAULT_SIZE
        lines = value.split("\n")[:200]
        one_line = annot["bottom"] - annot["top"] < 2 * size * LEADING  # a box of one line, not a text area
        first = max(annot["top"], annot["bottom"] - size + 1) if one_line else annot["top"] + 2
        for n, line in enumerate(lines):
            top = first + n * size * LEADING
            for k, char in enumerate(line[:500]):
                x0 = annot["x0"] + 2 + k * size * WIDTH
                chars.append({"text": char, "x0": x0, "x1": x0 + size * WIDTH, "top": top, "bottom": top + size,
                              "doctop": top, "upright": True, "size": size, "width": size * WIDTH, "height": size,
                              "fontname": "form-field", "object_type": "char", "page_number": page.page_number,
                              "matrix": (size, 0, 0, size, x0, page.height - top - size)})
    return chars


def layout_lines(page, column: PdfColumn) -> list[tuple[str, float, float]]:  # noqa: ANN001 - a pdfplumber Page
    """The page's lines (text laid out in pdfplumber's layout mode, top, bottom), with its filled form fields and
    the gap before an 'Action' column opened (`column`, carried from the pages before); one line each, no blank ones
    (extract.spaced_lines puts those back from the gaps)."""
    options = {"layout": True, "y_density": 1e6}  # rows far apart: every line once, no blank lines
    added = field_chars(page)
    if added:
        from pdfplumber.utils import chars_to_textmap

        textmap = chars_to_textmap(_printed(page, added), layout_bbox=page.bbox, layout_width=page.width,
                                   **options)
        found = textmap.extract_text_lines(strip=False, return_chars=True)
    else:
        found = page.extract_text_lines(strip=False, return_chars=True, **options)
    return [(column.laid_out(line["text"], line["chars"], page.width), line["top"], line["bottom"]) for line in found
            if line["text"].strip()]


def _printed(page, added: list[dict]) -> list[dict]:  # noqa: ANN001 - a pdfplumber Page
    """The page's characters without the blanks ('____') its filled fields cover, and the fields' own."""
    boxes = [(a["x0"], a["top"], a["x1"], a["bottom"]) for a in page.annots if a.get("top") is not None]
    printed = [c for c in page.chars if not (c["text"] == "_" and any(  # the blank a field fills
        x0 - 1 <= c["x0"] and c["x1"] <= x1 + 1 and top - 4 <= c["top"] and c["bottom"] <= bottom + 4
        for x0, top, x1, bottom in boxes))]
    return [*printed, *added]
