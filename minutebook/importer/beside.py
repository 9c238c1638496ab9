"""Which headings without a number are items beside a part's numbered items: all of them where it numbers
none, else those leading to the first numbered item, those among numbers in capitals on an agenda, and, in
minutes whose numbers start again under headings (in capitals, or marked above the numbers' level), the
headings over no count (the order of business). A heading directly over numbered items, nothing of its own
between, heads them as a section, and is no item.
The headings themselves are read by unnumbered.py's rules.
"""

from __future__ import annotations

import re

from .attendance_labels import label_of
from .lines import Line, text_above
from .titles import clean_title, split_run_in
from .unmarked import UNNUMBERED_RULES
from .unnumbered import MEASURE_RULES, RULES, capitals_text, stands_alone, title_block_end, unnumbered_headings


def headings_beside(lines: list[Line], kind: str, run: list, *, measures: bool = False
                    ) -> list[tuple[int, str, str, int]]:
    """(index, rule, title, end) of the headings without a number beside a part's numbered items `run`
    (numbering.Heading): all of a part's items where it numbers none, else those leading to its first
    numbered item ('CALL TO ORDER', '• Pledge of Allegiance') and, on an agenda whose numbered titles are
    printed in capitals or where the headings far outnumber two or three numbers, those among them
    ('COMMUNITY DEVELOPMENT DIRECTOR'S REPORT'). One in capitals directly followed by numbered items heads
    them as a section, and is no item itself. Where the numbers are `measures` ('B220-15', 'R135-15') they
    number the bills, not the order of business: the headings in capitals among them are the items
    ('OLD BUSINESS' / 'B226-15'), never mere sections."""
    if kind not in ("agenda", "minutes"):
        return []
    margin = min(h.indent for h in run) + 2 if run else None
    titles = [clean_title(split_run_in(h.text)[0])[0] for h in run]
    capitals = run and sum(t == t.upper() for t in titles) >= 0.5 * len(run)
    taken = {h.index + h.bare for h in run}  # '1.' / 'ELECTION OF MAYOR': the number's title
    taken |= {i for h in run for i in h.spans}  # titles printed apart from their numbers
    rules = MEASURE_RULES if measures else RULES if run else UNNUMBERED_RULES
    read = [r for r in unnumbered_headings(lines, margin, rules=rules) if r[0] not in taken]
    restarting = kind == "minutes" and _restarts_under_headings(lines, run, read)
    if restarting:
        read = _order_of_business(lines, run, read)
    among = kind == "agenda" and capitals or len(run) <= 3 and len(read) >= 2 * len(run) + 3 or measures \
        or kind == "minutes" and (run_under_one_heading(run, read) or _numbers_in_sections(lines, run, read)) \
        or restarting
    if run and not among:  # minutes: capitals under a numbered minute are its sub-headings ('PAYMENTS')
        read = [r for r in read if r[0] < run[0].index or _above_the_numbers(lines, run, r)]
    if run and not measures:  # before the first numbered item: the headings just above it, not a header's notices
        read = [r for r in read if r[0] > run[0].index or r in _preliminaries(lines, read, run[0].index)]
        taken_here = {r[0] for r in read}
        read = sorted([*read, *(r for r in _in_the_numbers_style(lines, run, margin) if r[0] not in taken_here)])
    numbered = {h.index for h in run}
    tops = sorted([(h.index, "", h.text, h.index + 1) for h in run] + read)
    sections: set[int] = set()  # 'CLOSED SESSION' / 'OPENING CEREMONIES' / '1. CALL MEETING TO ORDER': both
    for n in range(len(tops) - 2, -1, -1):
        (index, rule, title, end), following = tops[n], tops[n + 1][0]
        if index in numbered or rule not in ("capitals", "marked") or measures:
            continue
        nothing_between = lines[index].stripped.rstrip(":") == title and all(  # no presenter, no text of its own
            line.blank for line in lines[end:following])  # (a lead-in: '### There will then be the business:')
        if (following in numbered or following in sections and nothing_between) and (
                rule == "capitals" or nothing_between):  # a marked heading with text of its own is an item
            sections.add(index)
    return [r for r in read if r[0] not in sections]


def _above_the_numbers(lines: list[Line], run: list, heading: tuple[int, str, str, int]) -> bool:
    """A heading the file marks at a higher level than every numbered item ('## Any Other Business' after '### 4.
    PDF'), or one at theirs closing the business ('<h1>Adjournment.</h1>' after '<h1>3. Contrib forms</h1>') or
    standing between two numbered items ('## Junior Chess' between '## 10.' and '## 12.'): no sub-heading of the
    item before it, an item of its own (not an appendix at their level, after the items)."""
    levels = [lines[h.index].level for h in run]
    level = lines[heading[0]].level
    return heading[1] == "marked" and all(levels) and level > 0 and (
        level < min(levels) or level == min(levels) and (bool(CLOSING_RE.match(heading[2]))
                                                         or run[0].index < heading[0] < run[-1].index))


# The heading that closes the business: 'Adjournment', 'Any Other Business', 'Date of next meeting'.
CLOSING_RE = re.compile(r"(?i)^(?:adjournment|adjourn|closing|close of (?:the )?meeting|any other business|aob|"
                        r"(?:date of )?next meeting)\b")


def run_under_one_heading(run: list, read: list[tuple[int, str, str, int]]) -> bool:
    """Minutes whose numbered (or lettered) entries all stand under one heading in capitals, with headings in
    capitals after them ('CONSENT AGENDA' / 'A.' 'B.' 'C.' / ... / 'PUBLIC HEARINGS' / 'ADJOURNMENT'): the
    headings are the order of business, the entries a list within one of them, never the minutes' items."""
    if not run:
        return False
    first, last = run[0].index, run[-1].index
    after = [r for r in read if r[0] > last]
    closing = len(after) == 1 and bool(CLOSING_RE.match(after[0][2])) and sum(r[0] < first for r in read) >= 2
    return not any(first < r[0] < last for r in read) and (len(after) >= 2 or closing)  # (or the business's close
    # alone after them, headings of the order of business before: 'ROLL CALL' ... 'PUBLIC HEARINGS' / '1.' '2.' /
    # 'ADJOURNMENT')


def _numbers_in_sections(lines: list[Line], run: list, read: list[tuple[int, str, str, int]]) -> bool:
    """Minutes whose numbers, counted on, stand in sections under headings in capitals, two headings or more each
    directly over a number and one or more after the last ('CONSENT CALENDAR' / '1.' '2.' '3.' / 'PUBLIC HEARINGS' /
    '4.' / 'NEW BUSINESS' / '5.' / 'COUNCIL COMMENTS' / 'ADJOURNMENT'): the headings are the order of business (not
    a minute's sub-headings, which stand over its text: 'PAYMENTS', 'BACKGROUND AND EXPLANATION')."""
    if not run:
        return False
    numbered = {h.index for h in run}
    over = {r[0] for r in read if r[1] == "capitals"
            and next((j for j in range(r[3], len(lines)) if not lines[j].blank), None) in numbered}
    among = [r[0] for r in read if run[0].index < r[0] < run[-1].index]
    return len(over) >= 2 and all(i in over for i in among) and any(r[0] > run[-1].index for r in read)


def _restarts_under_headings(lines: list[Line], run: list, read: list[tuple[int, str, str, int]]) -> bool:
    """Minutes whose numbers start again under headings in capitals, twice or more, each count without a gap
    ('CONSENT ITEMS' 1-3, 'ACTION ITEMS' 1-2, 'REPORTS' 1-4): the headings are the order of business, and those
    over no numbers are items of their own ('BOARD MEMBER QUESTIONS AND COMMENTS', 'ADJOURNMENT')."""
    heads = {r[0] for r in read}
    restarts = [h for h in run[1:] if h.number == run[0].number and text_above(lines, h.index) in heads]
    counted = all(b in restarts or b.number.isdigit() and a.number.isdigit() and int(b.number) == int(a.number) + 1
                  for a, b in zip(run, run[1:], strict=False))  # each count 1, 2, 3 with no gap
    return len(restarts) >= 2 and counted


def _order_of_business(lines: list[Line], run: list, read: list[tuple[int, str, str, int]]
                       ) -> list[tuple[int, str, str, int]]:
    """Of the headings among numbers that start again under headings, those in capitals, or marked by the file at
    a higher level than the numbers ('## Public Comment' over '### 1. Minutes'), outside any one count: one
    between 2 and 3 of the same count ('OPERATIONS REPORT' in the Fire Chief's report, 'Recruitment') is a part
    of 2."""
    inside = [(a.index, b.index) for a, b in zip(run, run[1:], strict=False) if b.number != run[0].number]
    heads = [r for r in read if r[2].split(":")[0] == r[2].split(":")[0].upper()  # 'PUBLIC COMMENT: None' too
             or _above_the_numbers(lines, run, r)]
    return [r for r in heads if not any(a < r[0] < b for a, b in inside)]


def _preliminaries(lines: list[Line], read: list[tuple[int, str, str, int]], first: int
                   ) -> list[tuple[int, str, str, int]]:
    """The unnumbered headings that lead to the first numbered item, each followed by at most five lines
    of text ('CALL TO ORDER' / 'ROLL CALL' / '1. MINUTES'): a heading above a longer notice opens the
    part's preamble ('NOVEL CORONAVIRUS ADVISORY NOTICE' / ... / 'A. Call To Order')."""
    kept = []
    below = first
    for heading in reversed([r for r in read if r[0] < first]):
        if sum(1 for line in lines[heading[3]:below] if not line.blank) > 5:
            break
        kept.append(heading)
        below = heading[0]
    return kept


def _in_the_numbers_style(lines: list[Line], run: list, margin: int) -> list[tuple[int, str, str, int]]:
    """Minutes whose numbered titles are in capitals ending with a colon ('1. MINUTES OF THE ORDINARY MEETING HELD
    ON 3RD SEPTEMBER, 2012:'): a line so printed standing alone above the first of them, over text in mixed case
    ('SUSPEND STANDING ORDERS:' / 'With the agreement of the meeting ...'), is an item like them, not a label
    (elsewhere a label in capitals, 'DECISION:', opens a value); the attendance's labels excepted ('OFFICIALS IN
    ATTENDANCE:', 'CATHAOIRLEACH:')."""
    titles = [h.text.strip() for h in run]
    if sum(t.endswith(":") and t == t.upper() and re.search(r"[A-Z]{3}", t) is not None for t in titles) * 2 \
            < len(titles):
        return []
    found = []
    for index in range(title_block_end(lines), run[0].index):
        line = lines[index]
        title = capitals_text(line.stripped[:-1]) if line.stripped.endswith(":") and line.indent <= margin else None
        below = next((b for b in lines[index + 1:run[0].index] if not b.blank), None)
        if title and stands_alone(lines, index) and label_of(line.stripped) is None and below is not None \
                and re.search(r"[a-z]", below.text):
            found.append((index, "numbers' style", line.stripped, index + 1))  # never a section (below)
    return found
