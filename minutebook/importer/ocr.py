"""Scanned PDF pages read by Tesseract, laid out like `pdftotext -layout` so the same rules apply.

Only the pages without a text layer are rendered (pypdfium2, at 300 dpi) and read (pytesseract); the
words Tesseract finds are put back on a grid of character cells, so an item number stays at the start
of its line and a table's columns stay apart.
"""

from __future__ import annotations

import os
import shutil
from collections import defaultdict
from pathlib import Path
from statistics import median

from .misread import mended_ordinals

DPI = 300
# --psm 4: the page is one column of lines of varying sizes (an agenda); the default (3, automatic page
# segmentation) drops item numbers and headings it takes for a separate column.
CONFIG = "--psm 6"


class OcrUnavailableError(Exception):
    """Tesseract (the program) is not installed."""


def available() -> bool:
    return shutil.which("tesseract") is not None


def read_scans(path: Path, pages: tuple[int, ...]) -> dict[int, str]:
    """{page: text} for the 1-based `pages` of the PDF at `path`."""
    if not available():
        raise OcrUnavailableError("Tesseract is not installed")
    import pypdfium2
    import pytesseract

    # Tesseract's OpenMP threads fight each other on a busy machine: one thread is 3-8x faster per page.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")

    pdf = pypdfium2.PdfDocument(path)
    try:
        read = {}
        for number in pages:
            image = pdf[number - 1].render(scale=DPI / 72, grayscale=True, no_smoothimage=True).to_pil()
            read[number] = pytesseract.image_to_data(image, lang="eng", config=CONFIG,
                                                     output_type=pytesseract.Output.DICT)
        margin = min((left for data in read.values() for left, text in zip(data["left"], data["text"], strict=False)
                      if str(text).strip()), default=0)
        return {number: mended_ordinals(layout(data, margin)) for number, data in read.items()}
    finally:
        pdf.close()


def layout(data: dict[str, list], margin: int | None = None) -> str:
    """Tesseract's words (image_to_data) as lines of text, like `pdftotext -layout`.

    Tesseract's lines of different blocks on one baseline (an item number and its title, two table
    columns) are one line; each word starts at the column its left edge falls on (cells of the page's
    median character width, from `margin`: the leftmost word of all the pages read, so a page that holds
    only indented sub-items keeps their indentation; else this page's); a blank line marks a gap wider
    than a line."""
    words: dict[tuple[int, int, int], list[tuple[int, int, int, int, str]]] = defaultdict(list)
    for i, text in enumerate(data["text"]):
        if str(text).strip():
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            words[key].append((data["left"][i], data["top"][i], data["width"][i], data["height"][i],
                               str(text).strip()))
    if not words:
        return "\n"
    every = [w for row in words.values() for w in row]
    cell = median(w[2] / len(w[4]) for w in every) or 1
    margin = min(w[0] for w in every) if margin is None else margin
    height = median(w[3] for w in every)
    rows: list[tuple[float, float, list]] = []  # (top, bottom, words) of each printed line
    for row in sorted(words.values(), key=lambda r: median(w[1] + w[3] / 2 for w in r)):
        middle = median(w[1] + w[3] / 2 for w in row)
        if rows and rows[-1][0] <= middle <= rows[-1][1]:
            top, bottom, merged = rows[-1]
            rows[-1] = (top, bottom, merged + row)
        else:
            rows.append((middle - height / 2, middle + height / 2, row))
    lines: list[str] = []
    for index, (top, _, row) in enumerate(rows):
        if index and top - rows[index - 1][0] > height * 2.6:
            lines.append("")
        text = ""
        for left, _, _, _, word in sorted(row):
            column = round((left - margin) / cell)
            text += (" " * (column - len(text)) if column > len(text) + 1 else " " if text else "") + word
        lines.append(text)
    return "\n".join(lines) + "\n"

