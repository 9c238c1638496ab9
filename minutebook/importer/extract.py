"""Stage 0: any source file as plain text, pages separated by form feeds like `pdftotext -layout`.

The importer's rules read text laid out as `pdftotext -layout` prints it: item numbers at the start of
lines, table columns apart, one form feed per page (so every line knows its page). `extract_text` is the
one entry point; a format is one entry of `READERS`, with a catch-all last.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Extracted:
    """A file's text; `ocr_pages` are the (1-based) PDF pages read by OCR; `warnings` are (code, message)."""

    text: str
    ocr_pages: tuple[int, ...] = ()
    kind: str = "text"
    warnings: tuple[tuple[str, str], ...] = ()


class ExtractError(Exception):
    """A file that cannot be read as text; the message says which file (and pages) and what to do."""

    def __init__(self, path: Path | str, message: str, pages: tuple[int, ...] = (), code: str = "unreadable"):
        super().__init__(f"{path}: {message}")
        self.path = str(path)
        self.message = message
        self.pages = pages
        self.code = code


def page_list(pages: tuple[int, ...] | list[int]) -> str:
    """'1-3, 7' for pages (1, 2, 3, 7): short enough for a message."""
    runs: list[list[int]] = []
    for page in sorted(pages):
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


# --- text ------------------------------------------------------------------------------------------------

def _read_text(path: Path, ocr: bool) -> Extracted:
    data = path.read_bytes()
    try:
        return Extracted(data.decode("utf-8-sig"), kind="text")
    except UnicodeDecodeError as error:
        return Extracted(data.decode("utf-8-sig", errors="replace"), kind="text", warnings=(
            ("not-utf8", f"not UTF-8 text (byte {error.start}); read with replacements"),))


# --- PDF -------------------------------------------------------------------------------------------------

def _read_pdf(path: Path, ocr: bool) -> Extracted:
    """The text layer of every page in pypdf's layout mode (see benchmarks/pdf_libraries.py for why pypdf);
    pages without one are scans, read by Tesseract when `ocr` is asked for."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # "Ignoring wrong pointing object": noise to a user
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractError(path, "the PDF is password-protected; save an unprotected copy and import that")
        pages = [_page_text(page) for page in reader.pages]
    except ExtractError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError) as error:
        raise ExtractError(path, f"not a readable PDF ({type(error).__name__}: {error})") from error
    scans = tuple(n for n, text in enumerate(pages, 1) if text is None)
    warnings: list[tuple[str, str]] = []
    ocr_pages: tuple[int, ...] = ()
    if scans and ocr:
        from .ocr import OcrUnavailableError, read_scans
        try:
            read = read_scans(path, scans)
        except OcrUnavailableError as error:
            raise ExtractError(path, f"page{'s' if len(scans) > 1 else ''} {page_list(scans)} need OCR (no text "
                               f"layer) but {error}: install it (apt-get install tesseract-ocr, or make ocr)",
                               scans, "needs-ocr") from error
        for number, text in read.items():
            pages[number - 1] = text
        ocr_pages = scans
    elif scans and len(scans) == len(pages):
        raise ExtractError(path, f"no text layer on page{'s' if len(scans) > 1 else ''} {page_list(scans)} "
                           "(a scan); import with --ocr to read it with Tesseract", scans, "needs-ocr")
    elif scans:
        warnings.append(("needs-ocr", f"no text layer on page{'s' if len(scans) > 1 else ''} {page_list(scans)} "
                         "(a scan), left out; import with --ocr to read them with Tesseract"))
    return Extracted("".join(f"{text or ''}\f" for text in pages), ocr_pages, "pdf", tuple(warnings))


def _page_text(page) -> str | None:  # noqa: ANN001 - a pypdf PageObject
    """The page's text in layout mode; None for a page with images but no text (a scan)."""
    text = page.extract_text(extraction_mode="layout")
    if text.strip():
        return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"
    try:
        has_images = bool(page.images)
    except Exception:  # noqa: BLE001 - a broken image is still an image: a page to look at
        has_images = True
    return None if has_images else ""


# --- the table of readers --------------------------------------------------------------------------------

Reader = Callable[[Path, bool], Extracted]


def _sniff(path: Path, ocr: bool) -> Extracted:
    """Catch-all: a file with another suffix is read by what it starts with, else refused."""
    head = path.read_bytes()[:4096]
    if head.startswith(b"%PDF"):
        return _read_pdf(path, ocr)
    if b"\x00" not in head:
        return _read_text(path, ocr)
    known = ", ".join(s for suffixes, _ in READERS for s in suffixes)
    raise ExtractError(path, f"cannot read this kind of file; the importer reads {known}", code="unsupported")


READERS: list[tuple[tuple[str, ...], Reader]] = [
    ((".pdf",), _read_pdf),
    ((".txt", ".text", ".md", ".markdown"), _read_text),
    ((), _sniff),  # catch-all: anything else, by its first bytes
]


def reader_for(path: Path) -> Reader:
    suffix = path.suffix.lower()
    return next(reader for suffixes, reader in READERS if suffix in suffixes or not suffixes)


def extract_text(path: Path, *, ocr: bool = False) -> Extracted:
    """The text of `path`, pages separated by form feeds. Raises ExtractError (a message for the user)."""
    path = Path(path)
    try:
        return reader_for(path)(path, ocr)
    except OSError as error:
        raise ExtractError(path, f"cannot read: {error.strerror or error}") from error
