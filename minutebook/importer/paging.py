"""Provenance by page: which page of its source file each line is on, and which pages OCR read.

Pages are counted by form feeds, one per page as `pdftotext` and `extract.py` print them, so a record can
say "minute 12 is on page 7 of the PDF" and the site can link straight to `source.pdf#page=7`. Whoever
reads a file (run.gather) stores `paging(lines, extracted.ocr_pages, extracted.kind == "pdf")` in
`Gathered.pages[file]`; output.record turns line ranges into page ranges with it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from .lines import Line


@dataclass(frozen=True)
class Paging:
    """The pages of one source file: `starts[n]` is the first line of page n + 1."""

    starts: tuple[int, ...] = (1,)
    ocr: tuple[int, ...] = ()  # pages read by OCR
    cited: bool = False  # pages worth naming: a PDF, or text with form feeds (pdftotext output)

    def page(self, line: int) -> int:
        return max(1, bisect_right(self.starts, line))

    def span(self, first: int, last: int) -> tuple[int, int]:
        return self.page(first), self.page(max(first, last))

    def ocr_within(self, first: int, last: int) -> tuple[int, ...]:
        """The OCR'd pages among pages first..last."""
        return tuple(p for p in self.ocr if first <= p <= last)


def paging(lines: list[Line], ocr: tuple[int, ...] = (), pdf: bool = False) -> Paging:
    """The pages of a file read into `lines` (`ocr`: pages read by OCR; `pdf`: always cite pages)."""
    starts: list[int] = []
    for line in lines:
        while len(starts) < line.page:
            starts.append(line.number)
    return Paging(tuple(starts) or (1,), tuple(ocr), pdf or len(starts) > 1)
