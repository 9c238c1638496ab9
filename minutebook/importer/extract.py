"""Stage 0: any source file as plain text, pages separated by form feeds like `pdftotext -layout`.

The importer's rules read text laid out as `pdftotext -layout` prints it: item numbers at the start of
lines, table columns apart, one form feed per page (so every line knows its page). `extract_text` is the
one entry point; a format is one entry of `READERS`, with a catch-all last.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ..dates import find_date
from .action_column import PdfColumn
from .asciidoc import as_markdown as asciidoc_markdown
from .attendance_labels import label_of, whole_label
from .markdown_text import HEADING_MARK, LEVEL_MARK, NOT_HEADING_LABELS, as_text
from .php_page import as_html
from .restructured import as_markdown


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


def _read_markdown(path: Path, ocr: bool) -> Extracted:
    extracted = _read_text(path, ocr)
    return replace(extracted, text=as_text(extracted.text))


def _read_restructured(path: Path, ocr: bool) -> Extracted:
    """A reStructuredText file, written as Markdown line for line and read as Markdown (`restructured`)."""
    extracted = _read_text(path, ocr)
    return replace(extracted, text=as_text(as_markdown(extracted.text)))


def _read_asciidoc(path: Path, ocr: bool) -> Extracted:
    """An AsciiDoc file, written as Markdown line for line and read as Markdown (`asciidoc`)."""
    extracted = _read_text(path, ocr)
    return replace(extracted, text=as_text(asciidoc_markdown(extracted.text)))


# --- HTML and Word ---------------------------------------------------------------------------------------

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
PARAGRAPHS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "blockquote", "pre", "hr",
              "section", "article", "header", "footer", "title")
LINES = ("div", "li", "tr", "dt", "dd", "caption", "figcaption", "address")
BODY_TITLE_RE = re.compile(r"(?i)\b(?:council|committee|board|commission|authority|trust|panel|cabinet|forum)\b")
DROPPED = ("script", "style", "template", "noscript", "iframe", "object", "svg", "head",
           "nav", "footer", "aside", "button")  # a website's navigation and furniture, never the minutes (not
# <form>: an ASP.NET page wraps its whole body in one)


# Where a page marks its own content apart from the site's masthead, menus and sidebars, as one element: HTML's own
# '<main>' or one '<article>', else the ids and classes content management systems and documentation tools give it.
MAIN_CONTENT = ("main", "article", "[role=main]", "#content-main", "#main-content", "#rst-content", ".rst-content",
                "#main")
MAIN_LEAST = 200  # characters of text: a smaller element is a teaser or an empty frame, not the page's content
DATED_WITHIN = 3000  # characters of a page or its content element in which the meeting's date is looked for


def html_text(markup: str | bytes) -> str:
    """Text of an HTML page laid out like pdftotext: blocks on lines of their own, paragraphs apart, the
    items of a numbered list numbered ("1. Apologies"), table cells separated by tabs (the importer's
    table columns); whitespace inside a paragraph is one space, as a browser shows it."""
    from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

    soup = BeautifulSoup(markup, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""  # the page's title, as a browser's tab shows
    title = title if BODY_TITLE_RE.search(title) else ""  # it, where it names a body ('... - Ashcombe Parish Council')
    for node in soup.find_all(string=lambda s: isinstance(s, (Comment, Declaration, Doctype, ProcessingInstruction))):
        node.extract()  # '<!DOCTYPE html>' and comments are no text
    for tag in soup.find_all(DROPPED):
        tag.decompose()
    main = next((found[0] for selector in MAIN_CONTENT if len(found := soup.select(selector)) == 1
                 and len(found[0].get_text(" ", strip=True)) >= MAIN_LEAST), None)
    if main is not None and not find_date(main.get_text(" ", strip=True)[:DATED_WITHIN]) \
            and find_date(soup.get_text(" ", strip=True)[:DATED_WITHIN]):
        main = None  # ('<header><h1>X Working Group</h1><h2>08 October 2025</h2></header>' / attendees / '<main>' the
        # topics: the meeting's own heading and date are outside the element, so the page is read whole)
    soup = BeautifulSoup(str(main), "html.parser") if main is not None else soup  # the page's own content, not
    # its masthead and sidebars
    for string in list(soup.find_all(string=True)):
        if not any(parent.name == "pre" for parent in string.parents):
            string.replace_with(NavigableString(re.sub(r"\s+", " ", str(string).replace("\x00", ""))))
    for listing in soup.find_all("ol"):
        start = int(listing["start"]) if str(listing.get("start", "")).isdigit() else 1
        for number, item in enumerate(listing.find_all("li", recursive=False), start):
            first = item.find(True)  # '<li><h4>MINUTES</h4>...': the number goes with the heading it numbers
            opens = first is not None and first.name in HEADINGS and not item.get_text("", True).split(
                first.get_text("", True))[0].strip()
            (first if opens else item).insert(0, NavigableString(f"{number}. "))
    for listing in soup.find_all("dl"):
        if _sections(listing):  # '<dt>Annual Meeting &#151; Kelly Bitner</dt><dd>Kelly is chairing ...</dd>': each
            above = listing.find_previous(HEADINGS)  # term the title of a section, a level below the heading above
            for term in listing.find_all("dt"):
                term.name = f"h{min(6, int(above.name[1]) + 1) if above is not None else 2}"
    for heading in soup.find_all(HEADINGS):  # marked with its level, as a Markdown heading is ('<h2>' as '##')
        heading.insert(0, NavigableString(HEADING_MARK + LEVEL_MARK * int(heading.name[1])))
    for paragraph in soup.find_all("p"):
        if _emphasised_alone(paragraph):
            paragraph.insert(0, NavigableString(HEADING_MARK))  # '<p><u><b>Budget:</b></u></p>': as a line wholly in
            # bold is in Markdown, a heading the writer set
        elif (label := _run_in_label(paragraph)) is not None:  # '<p><u>2012 Members Meeting:</u> Mike ...': the
            paragraph.insert(0, NavigableString(HEADING_MARK))  # topic's title, its text a paragraph of its own
            after = _text_after(label)
            if after is not None and after.lstrip().startswith(":"):  # ('<u>Label</u></span><span>:&nbsp; text')
                after.replace_with(NavigableString(after.lstrip()[1:]))
            label.insert_after(NavigableString("\x00P"))
    for cell in soup.find_all(["td", "th"]):
        cell.append(NavigableString("\t"))
    for term in soup.find_all("dt"):  # '<dt>Present</dt><dd>A, B</dd>': 'Present: A, B', a label and its list
        described = term.find_next_sibling()
        if described is not None and described.name == "dd":
            text = term.get_text(" ", strip=True)
            term.replace_with(NavigableString("\x00L" + (text if text.endswith(":") else f"{text}:") + " "))
            described.name = "span"
    for tag in soup.find_all("br"):
        tag.replace_with(NavigableString("\n"))
    for tag in soup.find_all([*PARAGRAPHS, *LINES]):
        if tag.name not in ("table", "tr") and tag.find_parent(["td", "th"]) is not None:
            continue  # a word processor's '<td><p>Y</p></td>': the cell's text, on its row's line
        mark = "\x00P" if tag.name in PARAGRAPHS else "\x00L"  # a run of marks: a blank line if one is a paragraph's
        tag.insert_before(NavigableString(mark))
        tag.insert_after(NavigableString(mark))
    text = re.sub(r"[ \t]*(?:\x00[LP][ \t\n]*)+", lambda m: "\n\n" if "\x00P" in m.group() else "\n",
                  soup.get_text())
    lines = [re.sub(r" *\t *", "\t", line.strip(" ").rstrip("\t")) for line in text.split("\n")]  # (a cell's own
    # spaces around its text are no part of it)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"
    return f"{title}\n\n{body}" if title and title not in body[:len(title) + 200] else body


# A term that labels a fact of the meeting, not a section's title: 'Date', 'Time', 'Location', 'Venue'.
FACT_LABEL_RE = re.compile(r"(?i)^(?:date|time|when|where|location|place|venue|address)\b")
SECTION_WORDS = 8  # words, at least, of a description that is a section's text, not a label's value


def _sections(listing) -> bool:  # noqa: ANN001 - a BeautifulSoup Tag
    """A definition list of sections: no term labels attendance or a fact of the meeting ('Present', 'Date') and
    at least half the descriptions hold running text (a report), not a value."""
    terms = [term.get_text(" ", strip=True) for term in listing.find_all("dt")]
    texts = [described.get_text(" ", strip=True) for described in listing.find_all("dd")]
    if not terms or any(whole_label(term.rstrip(":")) or FACT_LABEL_RE.match(term) for term in terms):
        return False
    return sum(len(text.split()) >= SECTION_WORDS for text in texts) * 2 >= len(texts)


EMPHASIS = ("b", "strong", "u")
EMPHASISED_WORDS = 12  # words, at most, of a paragraph wholly in bold or underlined that is a heading


def _emphasised_alone(paragraph) -> bool:  # noqa: ANN001 - a BeautifulSoup Tag
    """A paragraph whose every word is bold or underlined, short, and in no table cell: a heading."""
    words = paragraph.get_text(" ", strip=True)
    if not words or len(words.split()) > EMPHASISED_WORDS or paragraph.find_parent(["td", "th"]) is not None \
            or words.startswith("/s/"):  # ('/s/ Janet Campbell' underlined: a signature)
        return False
    return all(_emphasis(string, paragraph) is not None for string in paragraph.find_all(string=True)
               if string.strip())


def _emphasis(string, paragraph):  # noqa: ANN001, ANN202 - BeautifulSoup nodes
    """The outermost bold or underline around `string` inside `paragraph`, or None."""
    outer = None
    for parent in string.parents:
        if parent is paragraph:
            return outer
        if parent.name in EMPHASIS:
            outer = parent
    return None


def _text_after(tag):  # noqa: ANN001, ANN202 - BeautifulSoup nodes
    """The first string with text after `tag` and all it holds, or None."""
    return next((s for s in tag.find_all_next(string=True) if s.strip() and tag not in s.parents), None)


RUN_IN_WORDS = 8  # words, at most, of an emphasised label opening a paragraph that titles its topic


def _run_in_label(paragraph):  # noqa: ANN001, ANN202 - BeautifulSoup Tags
    """The emphasised label ending in a colon that opens a paragraph with more text after it, where it is a title
    (not 'Present:', 'Motion:', a label the rules read): the element holding it, else None."""
    first = next((s for s in paragraph.find_all(string=True) if s.strip()), None)
    if first is None or paragraph.find_parent(["td", "th"]) is not None:
        return None
    outer = _emphasis(first, paragraph)
    if outer is None:
        return None
    label = outer.get_text(" ", strip=True)
    after = paragraph.get_text(" ", strip=True)[len(label):].strip(" :")
    following = _text_after(outer)
    colon = label.endswith(":") or following is not None and following.lstrip().startswith(":")  # ('<span><u>Label
    # </u></span><span>:&nbsp; text</span>')
    words = label.rstrip(":").split()
    if not colon or not after or not words or len(words) > RUN_IN_WORDS or not words[0][:1].isupper() \
            and not words[0][:1].isdigit() \
            or re.match(rf"(?i)(?:{NOT_HEADING_LABELS})\b", label) or label_of(label.rstrip(":")):
        return None
    return outer


def _read_html(path: Path, ocr: bool) -> Extracted:
    return Extracted(html_text(path.read_bytes()), kind="html")


def _read_php(path: Path, ocr: bool) -> Extracted:
    """A page kept as its PHP source: the HTML it prints (`php_page`), read as any web page."""
    return Extracted(html_text(as_html(path.read_bytes().decode("utf-8", errors="replace"))), kind="html")


def _read_docx(path: Path, ocr: bool) -> Extracted:
    """A Word document through mammoth's HTML (headings, numbered lists and tables kept), then as HTML."""
    import mammoth

    try:
        with path.open("rb") as stream:
            html = mammoth.convert_to_html(stream).value
    except OSError:
        raise
    except Exception as error:  # noqa: BLE001 - a damaged .docx fails deep inside zipfile or the XML parser
        raise ExtractError(path, f"not a readable Word document ({type(error).__name__}: {error})") from error
    return Extracted(html_text(html), kind="docx")


# --- PDF -------------------------------------------------------------------------------------------------

def _read_pdf(path: Path, ocr: bool) -> Extracted:
    """The text layer of every page in pdfplumber's layout mode (benchmarks/pdf_libraries.py says why);
    pages without one are scans, read by Tesseract when `ocr` is asked for."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # "Could not get FontBBox ...": noise to a user
    try:
        with pdfplumber.open(path) as pdf:
            column = PdfColumn()  # an 'Action' column goes on from page to page
            pages = [_page_text(page, column) for page in pdf.pages]
    except OSError:
        raise
    except PDFPasswordIncorrect as error:
        raise ExtractError(path, "the PDF is password-protected; save an unprotected copy and import that") from error
    except Exception as error:  # noqa: BLE001 - pdfminer raises many kinds of error on a broken file
        raise ExtractError(path, f"not a readable PDF ({type(error).__name__}: {error})") from error
    scans = tuple(n for n, text in enumerate(pages, 1) if text is None)
    warnings: list[tuple[str, str]] = []
    ocr_pages: tuple[int, ...] = ()
    some = f"page{'s' if len(scans) > 1 else ''} {page_list(scans)}"
    if scans and ocr:
        from .ocr import OcrUnavailableError, read_scans
        try:
            read = read_scans(path, scans)
        except OcrUnavailableError as error:
            raise ExtractError(path, f"{some} need OCR (no text layer) but {error}: install it (apt-get install "
                               "tesseract-ocr, or make ocr)", scans, "needs-ocr") from error
        for number, text in read.items():
            pages[number - 1] = text
        ocr_pages = scans
    elif scans and len(scans) == len(pages):
        raise ExtractError(path, f"no text layer on {some} (a scan); import with --ocr to read it with Tesseract",
                           scans, "needs-ocr")
    elif scans:
        warnings.append(("needs-ocr", f"no text layer on {some} (a scan), left out; import with --ocr to read "
                         "them with Tesseract"))
    return Extracted("".join(f"{text or ''}\f" for text in pages), ocr_pages, "pdf", tuple(warnings))


def _page_text(page, column: PdfColumn) -> str | None:  # noqa: ANN001 - a pdfplumber Page
    """The page's text laid out as printed (its margin kept: taking it off, as pdftotext does, finds 21
    fewer facts in the corpus); None for a page with images but no text (a scan). Columns come from
    pdfplumber's layout mode; the blank lines between lines from `spaced_lines`."""
    from .pdf_forms import layout_lines

    try:
        lines = layout_lines(page, column)  # with what was typed into its form's fields
        if lines:
            return "\n".join(spaced_lines(lines)) + "\n"
        return None if page.images else ""
    finally:
        page.close()  # its characters are dropped: a 500-page pack is read in the memory of one page


PARAGRAPH_GAP = 0.7  # blank space this much of a line's height past the usual: a blank line (as pdftotext, 98.9 %)


def spaced_lines(lines: list[tuple[str, float, float]]) -> list[str]:
    """Lines (text, top, bottom) in page order with blank lines where the page leaves a gap: the space between
    two lines, past the page's usual space between lines, of 0.7 of a line's height or more is a blank line,
    and each line pitch more one more. The pitch is the page's most common distance from one line to the next.
    (pdfplumber's own layout counts lines from the top of the page in fixed steps of 13 points, so text
    spaced at 14 points gains a blank line every dozen lines: a paragraph or a table cut in two.)"""
    steps = [round((b[1] - a[1]) * 2) / 2 for a, b in zip(lines, lines[1:], strict=False)]
    heights = sorted(bottom - top for _, top, bottom in lines)
    height = heights[len(heights) // 2]
    near = Counter(step for step in steps if 0.9 * height <= step <= 1.8 * height)
    pitch = max(near.most_common(1)[0][0] if near else 1.2 * height, 1.0)
    usual = pitch - height  # the space between one line's bottom and the next line's top
    spaced = [lines[0][0]]
    for (_, top, bottom), (text, below, _) in zip(lines, lines[1:], strict=False):
        extra, least = below - bottom - usual, PARAGRAPH_GAP * max(bottom - top, height)
        spaced += [""] * (1 + int((extra - least) / pitch) if extra >= least else 0) + [text]
    return spaced


# --- the table of readers --------------------------------------------------------------------------------

Reader = Callable[[Path, bool], Extracted]


# Block tags of a page's markup: a file with several is a web page whatever its suffix ('.php', '.aspx', a
# fragment a website includes, with no <html> around it).
BLOCK_TAG_RE = re.compile(rb"<(?:p|div|h[1-6]|li|ol|ul|table|tr|td|br|section|article)\b[^>]{0,200}>", re.I)


def _sniff(path: Path, ocr: bool) -> Extracted:
    """Catch-all: a file with another suffix is read by what it starts with, else refused."""
    with path.open("rb") as stream:
        head = stream.read(4096)
    if head.startswith(b"%PDF"):
        return _read_pdf(path, ocr)
    if re.match(rb"\s*(<!doctype html|<html)", head, re.I) or len(BLOCK_TAG_RE.findall(head)) >= 3:
        return _read_html(path, ocr)
    if b"\x00" not in head:
        return _read_text(path, ocr)
    known = ", ".join(s for suffixes, _ in READERS for s in suffixes)
    raise ExtractError(path, f"cannot read this kind of file; the importer reads {known}", code="unsupported")


READERS: list[tuple[tuple[str, ...], Reader]] = [
    ((".pdf",), _read_pdf),
    ((".txt", ".text"), _read_text),
    ((".md", ".markdown"), _read_markdown),
    ((".rst", ".rest"), _read_restructured),
    ((".adoc", ".asciidoc"), _read_asciidoc),
    ((".html", ".htm", ".xhtml", ".asp", ".aspx", ".jsp"), _read_html),  # a page saved from a website
    ((".php",), _read_php),  # ... or kept as its PHP source
    ((".docx",), _read_docx),
    ((), _sniff),  # catch-all: anything else, by its first bytes
]
# Files read as Markdown line for line: their text is Markdown as written (`record_text` keeps its lists as they are).
MARKDOWN_SUFFIXES = tuple(s for found, read in READERS if read in (_read_markdown, _read_restructured, _read_asciidoc)
                          for s in found)


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
