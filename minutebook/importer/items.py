"""Stage 3: a part cut into sections - the header region, then one section per numbered item.

Minute numbers rise through a set of minutes ('101.', '107/20'); agenda numbers count 1, 2, 3. A
numbered paragraph inside an item's text breaks that order and so is never taken for a heading.
"""

from __future__ import annotations

import re

from ..dates import find_date
from .drafts import ItemDraft
from .lines import Line
from .names import looks_like_name
from .parts import date_only

HEADING_RE = re.compile(r"^(\d{1,4}(?:/\d{2,4})?[a-z]?)(?:\.|\s)[ ]*(?!\t)(\S.*)$")
ITEM_HEADING_RE = re.compile(r"^(?:Item|ITEM|Minute|MINUTE)\s+(\d{1,4}[a-z]?)\s*[-–—:.]\s*(?!\t)(\S.*)$")
PAGE_COLUMN_RE = re.compile(r"(?<!\s)\s{3,}+(\d{1,4}(?:\s*[-–]\s*\d{1,4})?)(?=\s|$)")  # 'Minutes      5 - 12'
BARE_NUMBER_RE = re.compile(r"^(\d{1,4}(?:/\d{2,4})?[a-z]?)\.$")  # '1.' alone, its title on the next line
PREFIXED_RE = re.compile(r"^([A-Z]{1,4}\d{1,4}(?:/\d{2,4})?[a-z]?)(?:\.|\s)[ ]*(?!\t)(\S.*)$")  # 'PL58/20 MINUTES'
PAGES_RE = re.compile(r"\(\s*Pages?\s+(\d+(?:\s*[-–]\s*\d+)?)\s*\)", re.I)
TO_FOLLOW_RE = re.compile(r"\(\s*to follow\s*\)", re.I)
PRIVATE_RE = re.compile(r"(?i)^(?:agenda\s*[-–]\s*)?(?:part\s+(?:ii|2|b)|private)\b(?!.*\bnil\b)")
EXCLUDED_RE = re.compile(r"^(\d+[a-z]?)\.?\t")
EXCLUSION_RE = re.compile(r"(?i)\bexclusion of (?:the )?(?:press and )?public\b")
READMITTED_RE = re.compile(r"(?i)\bre-?admission of (?:the )?(?:press and )?public\b")
ITEM_LABEL_RE = re.compile(r"\(\s*(?:agenda\s+)?item\s+(\w+)\s*\)", re.I)


def _value(number: str) -> float:
    match = re.match(r"[A-Z]*(\d+)(?:/(\d+))?", number)
    if not match:
        return 0
    if match.group(2) and re.fullmatch(r"(?:19|20)\d\d", match.group(1)) and len(match.group(2)) >= 3:
        return int(match.group(1)) * 100000 + int(match.group(2))  # '2021/045': the year first
    return int(match.group(1)) + (int(match.group(2)) * 100000 if match.group(2) else 0)


def clean_title(title: str) -> tuple[str, dict]:
    """Take page references, '(To Follow)' and '(Item 5)' out of a heading; return them as data."""
    data: dict = {}
    match = PAGES_RE.search(title) or PAGE_COLUMN_RE.search(title)
    if match:
        data["pages"] = re.sub(r"\s*[-–]\s*", " - ", match.group(1))
        title = title[:match.start()] + title[match.end():]
    if TO_FOLLOW_RE.search(title):
        data["to_follow"] = True
        title = TO_FOLLOW_RE.sub("", title)
    match = ITEM_LABEL_RE.search(title)
    if match:
        data["agenda"] = match.group(1)
        title = title[:match.start()] + title[match.end():]
    title = re.sub(r"\s+", " ", title).strip()
    title = re.sub(r"[\s:*]+$", "", title).rstrip(". ").strip()
    return title, data


def is_title(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > 200 or text.endswith((";", ",")):
        return False
    reference = text[0].isdigit() and len(re.findall(r"\b[A-Z]{3,}", text)) >= 2  # '21/01873/FUL - LAND AT ...'
    if not (text[0].isupper() or text[0] in "\"“'‘(" or reference):
        return False
    title, _ = clean_title(text)
    return len(title.split()) <= 30 and date_only(text) is None


def wrapped_heading(heading: str, following: str) -> bool:
    """The next line carries on the heading: an open '(Pages 7 -', or more of an upper-case title."""
    if not following:
        return False
    if heading.count("(") > heading.count(")") or re.match(r"(?i)^\((?:pages?\s+\d|to follow)", following):
        return True
    if PAGE_COLUMN_RE.search(heading) and not PAGE_COLUMN_RE.search(following) and len(following.split()) <= 4 \
            and following[:1].isupper() and not following.endswith(".") and not HEADING_RE.match(following):
        return True  # 'Fly-tipping ... - Final      65 - 80' / 'Report': the title's end, under the page column
    letters = re.sub(r"[^A-Za-z]", "", following)
    return (heading == heading.upper() and len(letters) > 2 and following == following.upper()
            and not HEADING_RE.match(following) and len(following) < 120)


def find_items(lines: list[Line], kind: str) -> list[tuple[int, str, str]]:
    """(index, number, heading text) of every item heading in a part's lines: '21. TITLE' / '107/20 Title',
    or 'Item 7 - Title' or 'PL58/20 TITLE' where a part is headed that way throughout (then '7.1', '7.2'
    are paragraphs of minute 7)."""
    styles = [_find_items(lines, kind, pattern) for pattern in (HEADING_RE, ITEM_HEADING_RE, PREFIXED_RE)]
    return max(styles, key=len)  # the first style wins a tie: plain numbers


def _find_items(lines: list[Line], kind: str, heading_re: re.Pattern) -> list[tuple[int, str, str]]:
    found: list[tuple[int, str, str]] = []
    previous: str | None = None
    for index, line in enumerate(lines):
        if kind == "agenda" and re.match(r"^AGENDA\b", line.stripped) and found and all(
                looks_like_name(clean_title(t)[0]) for _, _, t in found):
            found, previous = [], None  # '1. Callum Redfern ...' was a numbered list of members, not items
        match = heading_re.match(line.text.strip()) if not line.text.startswith("\t") else None
        bare = BARE_NUMBER_RE.match(line.stripped) if heading_re is HEADING_RE else None
        if bare and index + 1 < len(lines) and not lines[index + 1].blank:
            match = re.match(r"()(.*)", lines[index + 1].stripped)  # '1.' / 'ELECTION OF MAYOR'
            if HEADING_RE.match(match.group(2)):
                continue
        if not match or "\t" in match.group(2):
            continue
        number, text = (bare.group(1) if bare else match.group(1)), match.group(2)
        starts_with_date = find_date(line.stripped)
        if not is_title(text) or date_only(line.text) or starts_with_date and starts_with_date[1].start() == 0:
            continue  # '15 March 2023 at 10.00 am.' wrapped from the heading is a date, not item 15
        if kind == "agenda":
            ok = (previous is None and number in ("1", "1a")) or (
                previous is not None and re.search(r"\d+", number)
                and int(re.search(r"\d+", number).group()) in (int(re.search(r"\d+", previous).group()),
                                                               int(re.search(r"\d+", previous).group()) + 1)
                and number != previous)
        else:
            ok = previous is None or 0 < _value(number) - _value(previous) <= 60
            if (previous is None and "/" not in number and int(re.search(r"\d+", number).group()) < 3 and index > 0
                    and heading_re is HEADING_RE):  # a bare '1.' might be a list; 'Item 1 -' is a heading
                ok = ok and bool(re.search(r"[A-Z]{4,}|:$", text))
        if ok:
            found.append((index, number, text))
            previous = number
    return found


def cut_items(lines: list[Line], kind: str) -> tuple[list[Line], list[ItemDraft]]:
    """The lines before the first item, and one draft per item holding its own lines."""
    headings = find_items(lines, kind)
    if not headings:
        return lines, []
    private = [i for i, line in enumerate(lines) if PRIVATE_RE.match(line.stripped)]
    excluded = False  # minutes: the items after 'Exclusion of the press and public' were taken in private
    items = []
    for n, (index, number, text) in enumerate(headings):
        end = headings[n + 1][0] if n + 1 < len(headings) else len(lines)
        body_start = index + (2 if BARE_NUMBER_RE.match(lines[index].stripped) else 1)
        while body_start < end and wrapped_heading(text, lines[body_start].stripped):
            text = f"{text} {lines[body_start].stripped}"
            body_start += 1
        title, data = clean_title(text)
        item = ItemDraft(title=title or f"Item {number}", line=lines[index], kind=kind, lines=lines[body_start:end])
        if kind == "agenda":
            item.agenda = number
        else:
            item.minute = number
            item.agenda = data.get("agenda")
        item.pages = data.get("pages")
        item.exempt = kind == "agenda" and any(p < index for p in private) or kind == "minutes" and excluded
        if kind == "minutes" and EXCLUSION_RE.search(title):
            excluded = True
        elif kind == "minutes" and READMITTED_RE.search(title):
            excluded = False
            item.exempt = False
        item.to_follow = bool(data.get("to_follow"))
        last = max((ln.number for ln in lines[index:end] if not ln.blank), default=lines[index].number)
        item.sources.append((lines[index].file, lines[index].number, last))
        items.append(item)
    return lines[:headings[0][0]], items
