"""Stage 1: a source file as numbered lines, with PDF page furniture dropped and markup flattened.

Every later stage works on `Line`s, so every parsed thing can say which file and line it came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .action_column import action_column
from .markdown_text import HEADING_MARK, LEVEL_MARK
from .parallel_text import one_language

TAG_RE = re.compile(r"</?(?:u|i|b|em|strong|span|p|ul|ol|li|br|div|dl|dt|dd|time|small|font|center|"
                    r"main|section|article|header|footer)\b[^>]*>", re.I)  # (a page's structure: no text of its own)
SCRIPT_RE = re.compile(r"</?(?:sup|sub)\b[^>]*>", re.I)  # part of its word: '11<sup>th</sup>' is '11th'
INPUT_RE = re.compile(r"<input\b[^>]*>", re.I)
BOLD_RE = re.compile(r"\*\*|__")
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
             "\ufb06": "st"}
# A glyph the PDF's font maps to no character, as the PDF reader writes it ('(cid:120)'): one printed character,
# at a line's start a symbol font's bullet, elsewhere a gap (its text took the glyph's one place in the layout).
CID_RE = re.compile(r"(?:\(cid:\d+\))+")
PAGE_OF_RE = re.compile(r"(?:(?<!\s)\s++)?Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*", re.I)


@dataclass(frozen=True)
class Line:
    """One line of a source file: `text` is cleaned, `raw` is as printed."""

    file: str
    number: int
    text: str
    raw: str
    boundary: bool = False  # a 'page intentionally left blank': the next page starts a new document
    page_gap: bool = False  # a blank left by a page break inside a paragraph: not a paragraph break
    page: int = 1  # the page it is printed on: 1 + the form feeds before it (one per page, as pdftotext)
    heading: bool = False  # marked a heading by the file's format (Markdown's '## ...', HTML's <h2>)
    level: int = 0  # a Markdown heading's level ('### A.' 3); 0 where the format gives none

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def indent(self) -> int:
        """Spaces before the text: a layout's columns and margins are read from them."""
        return len(self.text) - len(self.text.lstrip())


def first_below(lines: list[Line], index: int) -> Line | None:
    """The first line with text under line `index`, or None."""
    return next((line for line in lines[index + 1:] if not line.blank), None)


def text_above(lines: list[Line], index: int) -> int:
    """The index of the nearest line above `index` with text on it (blank lines skipped), -1 when there is none."""
    above = index - 1
    while above >= 0 and lines[above].blank:
        above -= 1
    return above


def first_paragraph(lines: list[Line]) -> list[Line]:
    """The lines of the first paragraph with text: blank lines before it skipped, up to the blank line after it."""
    found: list[Line] = []
    for line in lines:
        if line.blank and found:
            break
        if not line.blank:
            found.append(line)
    return found


def clean(raw: str) -> str:
    """Flatten markup left over from PDF-to-text conversion; keep tabs, which carry table columns."""
    text = INPUT_RE.sub("", raw)
    if "(cid:" in text:
        text = CID_RE.sub(lambda m: "•" if not text[:m.start()].strip() else " ", text)
    text = TAG_RE.sub(" ", SCRIPT_RE.sub("", text))
    text = BOLD_RE.sub("", text)
    text = text.replace("\u00a0", " ").replace("\u2002", " ").replace("\u2003", " ").replace("\f", "")
    for ligature, letters in LIGATURES.items():
        text = text.replace(ligature, letters)
    text = re.sub(r"[ ]{2,}(?=\S)", " ", text) if "\t" in text else text
    text = ORDINAL_ITEM_RE.sub(_ordinal_item, text)
    return text.rstrip()


# An item numbered by an ordinal, alone on its line: '1st Order of business:', 'SECOND ORDER OF BUSINESS', read as
# the numbered item it is ('1. Order of business'); its subject opens its text (items.GENERIC_TITLE_RE).
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth")
ORDINAL_ITEM_RE = re.compile(rf"(?i)^(?P<lead>[ \t]*)(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>{'|'.join(ORDINALS)}))"
                             r"\s+(?P<label>(?:order|item)\s+of\s+business)\s*:?\s*$")


def _ordinal_item(match: re.Match) -> str:
    number = match.group("n") or str(ORDINALS.index(match.group("word").lower()) + 1)
    return f"{match.group('lead')}{number}. {match.group('label')}"


WORD_TAB_RE = re.compile(r"(?<=\S)\t[ ]?(?=\S)")


def tab_per_word(texts: list[str]) -> list[str]:
    """Text whose writer put a tab between every word ('MINUTES\t OF\t A\t MEETING', most lines of
    four words or more printed so) read with spaces: its tabs are word gaps, not table columns."""
    long = [t for t in texts if len(t.split()) >= 4]
    tabbed = [t for t in long if len(WORD_TAB_RE.findall(t.strip())) >= len(t.split()) - 1]
    if not long or len(tabbed) * 2 <= len(long):
        return texts
    return [WORD_TAB_RE.sub(" ", t).replace("\t", " ") for t in texts]


# A mail's quoting mark before a line ('| 1. Roll call', '|' alone): the agenda as circulated, quoted line by line.
QUOTE_RE = re.compile(r"^\|(?: |$)")
QUOTED_LEAST = 5  # lines carrying the mark, at least, for the text to be quoted rather than holding a stray bar


def unquoted(texts: list[str]) -> list[str]:
    """Text quoted line by line as a mail quotes it ('| 1. Roll call' / '|' / '|    a. Norm to write ...'), read
    without the marks: minutes typed into a quoted agenda, the agenda's lines their items. Not where a marked line
    has a second bar (a table's row, '| Name | Post |')."""
    quoted = [t for t in texts if QUOTE_RE.match(t)]
    if len(quoted) < QUOTED_LEAST or any("|" in t[1:] for t in quoted):
        return texts
    return [t[2:] if QUOTE_RE.match(t) else t for t in texts]


# Furniture rules: each says whether a line is page furniture (dropped, never part of the text).
FurnitureRule = Callable[[str, "list[str]", int], bool]


def _blank_page(text: str, lines: list[str], index: int) -> bool:
    return bool(re.fullmatch(r"(?i)\s*this page is intentionally left blank\.?\s*", text))


def _page_number(text: str, lines: list[str], index: int) -> bool:
    """A lone number, 'Page 3' or 'Page 3 of 12' on a line of its own (a bare number between blank lines)."""
    if PAGE_OF_RE.fullmatch(text):
        return True
    if not re.fullmatch(r"\s*\d{1,3}\s*", text):
        return False
    before = lines[index - 1].strip() if index > 0 else ""
    after = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return not before and not after


def _draft_stamp(text: str, lines: list[str], index: int) -> bool:
    return text.strip() in ("DRAFT", "Public Document Pack", "--", "--\t---", "\u2003")


# A web page's stamp of when its post went up or changed, and by whom: 'posted Jul 11, 2017, 11:51 AM by Bob Ross
# [ updated Jul 18, 2017, 8:05 AM ]', 'Published: 3 May 2021', 'Last updated on March 2, 2019' (not the meeting's date).
POST_STAMP_RE = re.compile(r"(?i)^\s*(?:posted|published|last\s+(?:updated|modified)|updated)(?:\s+on)?\s*:?\s+"
                           r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
                           r"\d{4}-\d\d-\d\d)"  # a date, month first or day first
                           r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?)?"  # its time
                           r"(?:\s+by\s+[A-Z][\w.'’ -]{1,60}?)?(?:\s*\[[^\[\]]{1,80}\])?\s*$")  # who, a later stamp


def _post_stamp(text: str, lines: list[str], index: int) -> bool:
    return bool(POST_STAMP_RE.match(text))


def _separator(text: str, lines: list[str], index: int) -> bool:
    return bool(re.fullmatch(r"[\s\-\t|]*-{2,}[\s\-\t|]*", text))


FURNITURE: list[tuple[str, FurnitureRule]] = [
    ("blank-page", _blank_page),
    ("page-number", _page_number),
    ("stamp", _draft_stamp),
    ("post stamp", _post_stamp),
    ("table-rule", _separator),
]


def _spaced(text: str) -> str:
    """A line as a running header compares: its words, whatever the column gaps ('City Council   Agenda')."""
    return " ".join(text.split())


def running_headers(raws: list[str], texts: list[str]) -> set[str]:
    """Lines such as 'Planning Committee - 9 March 2022' repeated right after page numbers, or opening
    two or more of the pages a form feed starts (compared word for word: the gaps between a header's
    columns vary from page to page). A line seen once after a page number is a header only when one or two
    page numbers are printed: in a longer document it is that page's first heading ('G. Public Hearing')."""
    seen: dict[str, int] = {}
    numbers = 0
    for index, text in enumerate(texts[:-1]):
        if PAGE_OF_RE.fullmatch(text):
            numbers += 1
            following = _spaced(texts[index + 1])
            if following:
                seen[following] = seen.get(following, 0) + 1
    once = 1 if numbers <= 2 else 2
    page_tops: dict[str, int] = {}
    for index, raw in enumerate(raws):
        if "\f" in raw:
            top = next((_spaced(t) for t in texts[index:index + 3] if t.strip()), "")
            if top:
                page_tops[top] = page_tops.get(top, 0) + 1
    return {text for text, count in seen.items() if count >= once and len(text) < 80} | {
        text for text, count in page_tops.items() if count >= 2 and len(text) < 80}


def join_hyphenated(lines: list[Line]) -> list[Line]:
    """'recom-' / 'mended that ...': a word broken at a line end (or a page break, furniture between) is
    joined on the first line; the next line keeps the rest of its text and its number."""
    result = list(lines)
    for index, line in enumerate(result):
        match = re.search(r"(?<=[a-z])-$", line.text)
        if not match or not re.search(r"[A-Za-z]{2}-$", line.text):
            continue
        j = index + 1
        while j < len(result) and result[j].blank:
            j += 1
        between = result[index + 1:j]
        if j >= len(result) or between and not any(b.raw.strip() or "\f" in b.raw for b in between):
            continue  # a plain blank line ends the paragraph; only furniture and page breaks are crossed
        following = result[j].text
        word = re.match(r"^\s*([a-z][\w'’]*)([.,;:]?)(?=\s|$)", following)
        if not word:
            continue
        result[index] = replace(line, text=line.text[:-1] + word.group(1) + word.group(2))
        result[j] = replace(result[j], text=" " * word.start(1) + following[word.end():].lstrip())
    return result


def mark_page_gaps(lines: list[Line]) -> list[Line]:
    """Blank lines between '... The Committee' and 'recommended that ...' where a page broke (furniture or a
    form feed among them) are a page gap, not the end of a paragraph."""
    result = list(lines)
    previous = None
    for index, line in enumerate(result):
        if line.blank:
            continue
        if previous is not None and index - previous > 1:
            between = result[previous + 1:index]
            broken = any(b.raw.strip() or "\f" in b.raw for b in between) or "\f" in line.raw
            if broken and not re.search(r"[.:;!?)]\s*$", result[previous].text) and re.match(r"\s*[a-z]", line.text):
                for k in range(previous + 1, index):
                    result[k] = replace(result[k], page_gap=True)
        previous = index
    return result


def read_lines(file: str, text: str) -> tuple[list[Line], int]:
    """Numbered, cleaned lines of `text`; furniture becomes blank. Returns (lines, furniture dropped)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    # A carriage return alone ends lines only in a file that has no other line end (old Mac text); among
    # lines ended by newlines it is a space ('MINUTES\t\r OF\t\r A': a PDF writer's word gap).
    raws = text.replace("\r", "\n" if "\n" not in text else " ").split("\n")
    marked = {index for index, raw in enumerate(raws) if raw.lstrip(" \f").startswith(HEADING_MARK)}
    levels = {index: raws[index].count(LEVEL_MARK) for index in marked}
    raws = [raw.replace(HEADING_MARK, "").replace(LEVEL_MARK, "") for raw in raws]
    texts = action_column(unquoted(tab_per_word(one_language([clean(raw) for raw in raws]))))
    headers = running_headers(raws, texts)
    dropped = 0
    result = []
    breaks, pages = 0, max(1, text.count("\f") + (0 if text.rstrip("\n").endswith("\f") else 1))
    for index, (raw, cleaned) in enumerate(zip(raws, texts, strict=True)):
        leading = len(raw) - len(raw.lstrip("\f"))  # a form feed opening a line puts it on the next page
        page = min(1 + breaks + leading, pages)
        breaks += raw.count("\f")
        furniture = any(rule(cleaned, texts, index) for _, rule in FURNITURE) or (
            _spaced(cleaned) in headers and cleaned.strip() != "")
        if furniture and cleaned.strip():
            dropped += 1
            cleaned = ""
        result.append(Line(file, index + 1, cleaned, raw, _blank_page(raw, raws, index), page=page,
                           heading=index in marked and bool(cleaned.strip()), level=levels.get(index, 0)))
    return mark_page_gaps(join_hyphenated(result)), dropped


def plain(text: str) -> str:
    """A heading line as a reader sees it: letter-spaced capitals closed up ('P A R I S H   C O U N C I L'
    -> 'PARISH COUNCIL'), and a tab between every word (one PDF text layer) read as a space."""
    cells = [c.strip() for c in text.split("\t")]
    if len([c for c in cells if c]) >= 3 and all(len(c.split()) <= 1 for c in cells):
        text = " ".join(c for c in cells if c)
    cells = [c for c in re.split(r"\s{3,}", text.strip()) if c]  # 'City    Council       Meeting': spaced out
    if 3 <= len(cells) <= 6 and all(re.fullmatch(r"[A-Z][a-z]{1,20}", c) for c in cells):
        text = " ".join(cells)
    elif len(cells) >= 2 and not re.search(r"\S {5,}\S", text.strip()) and re.fullmatch(  # 'MORGAN   HILL FINANCING'
            r"[A-Z][A-Z'’&/-]{0,20}(?: {1,4}[A-Z][A-Z'’&/-]{0,20}){1,12}", text.strip()):
        text = " ".join(text.split())
    words = [w for w in re.split(r"\s{2,}|\t", text.strip()) if w]
    if words and all(re.fullmatch(r"(?:\S )+\S|\S", w) for w in words) and sum(len(w) > 1 for w in words) >= 1:
        return " ".join(w.replace(" ", "") for w in words)
    return text


UNBROKEN = 10  # lines either side without a blank one: text printed without blank lines between paragraphs
OPEN_END_RE = re.compile(r"(?i)(?:[,:;&/-]|\b(?:and|or|of|the|to|for|by|in|at|on|with))$")


def under_unbroken_text(lines: list[Line], index: int) -> bool:
    """A line in capitals under a line in mixed case that leaves nothing open (no comma, colon or 'and' at its end),
    in text printed without blank lines ('Public Works' / 'Director' / 'MAYOR'S REPORT ON CLOSED SESSION'): a
    heading, though nothing ends a sentence above it."""
    near = lines[max(0, index - UNBROKEN):index + UNBROKEN]
    while near and near[-1].blank:
        near = near[:-1]  # (the file's end)
    above = lines[index - 1].text.strip() if index else ""
    return len(near) > UNBROKEN and not any(line.blank for line in near) and bool(re.search(r"[a-z]", above)) \
        and not OPEN_END_RE.search(above)
