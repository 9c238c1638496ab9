"""Item numbering learnt from the part itself: which numbered lines are its items.

A document numbers its items in one scheme ('1.', '101.', '107/20', 'PL58/20', 'Item 7 -', 'IV.', 'C.')
and the items under them in another ('4.1', 'C1', '(a)', 'a)', a fresh '1.' indented deeper). The
scheme is chosen by sequence: the longest run of numbers that follow each other at one indentation
is the items; a number that breaks the run (a street number, a year, a numbered paragraph, a table
row) is text. The lines that could be numbered headings, style by style, are numbered_lines.py's; the sub-items
under each item are read by children.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lines import Line, text_above
from .misread import mended_run
from .numbered_lines import (
    CODE,
    NESTED_DEPTH,
    NUMBER_STYLE,
    REFERENCE,
    STYLES,
    Heading,
    Style,
    candidates,
    heading_text,
    indent_of,
    next_at_margin,
    number_value,
    resolution,
)
from .numbered_people import HEADING_WORDS_RE, is_person
from .titles import MEASURE_TITLE_RE, clean_title, reads_as_sentence
from .unnumbered import capitals_text

# A number within its year, or any other count printed before a slash: 'CCL23/9', 'CCL23/10'.
WITHIN_RE = re.compile(r"([A-Z]*\d{1,4})[/-](\d{1,4})[a-z]?")


def _next_within(previous: str, number: str) -> bool:
    """'CCL23/9' then 'CCL23/10': the same year (or prefix), the serial after it rising, whatever its width."""
    before, now = WITHIN_RE.fullmatch(previous), WITHIN_RE.fullmatch(number)
    return bool(before and now and before.group(1) == now.group(1) and 0 < int(now.group(2)) - int(before.group(2))
                <= 60)


LETTERED_RE = re.compile(r"(\d{1,4})([a-z]?)")


def _lettered_on(previous: str, number: str) -> bool:
    """'5' then '5b', '5b' then '5c': the same number with a later letter (entries added after an item)."""
    before, now = LETTERED_RE.fullmatch(previous), LETTERED_RE.fullmatch(number)
    return bool(before and now and before.group(1) == now.group(1) and now.group(2) > before.group(2))


def _follows(style: Style, kind: str, previous: Heading, number: str) -> bool:
    if style.marked or style is REFERENCE:
        return number != previous.number
    if _next_within(previous.number, number) or _lettered_on(previous.number, number):
        return True
    if style is CODE:  # 'Consent Calendar (G-1/G-10)' / 'Personnel (G-1)': a range, then its first entry
        now, before = style.value(number), style.value(previous.number)
        return now > before or "/" in previous.number and now == before and number != previous.number
    now, before = style.value(number), style.value(previous.number)
    if style.name == "roman":  # a numeral printed twice ('II.' / 'II.'), or one lost to a scan ('Vv.')
        return now - before in (0, 1, 2) and (now, number) != (before, "I")
    if style.counted:
        return now == before + 1
    if kind == "agenda":
        digits = int(re.search(r"\d+", number).group()), int(re.search(r"\d+", previous.number).group())
        return digits[0] in (digits[1], digits[1] + 1, digits[1] + 2) and number != previous.number
    return 0 < now - before <= 60


ROMAN_FROM_TWO = 3  # numerals counting on from 'II.', at least, to open a run there


def _opens(style: Style, kind: str, run: list[Heading]) -> bool:
    """Whether a run may start at its first heading: letters and numerals at their first; an agenda's
    numbers at 1, or anywhere when three or more follow ('2709.' ... the minute numbers to be used)."""
    if style.counted:  # ('II.' ... 'V.' where 'I.' went unprinted or unread, three or more of them: numerals)
        return style.value(run[0].number) == 1 or style.name == "roman" and style.value(run[0].number) == 2 \
            and len(run) >= ROMAN_FROM_TWO
    if kind == "agenda":
        return run[0].number in ("1", "1a") or len(run) >= 3
    return True


def _starts_again(style: Style, kind: str, found: list[Heading], at: int, run: list[Heading]) -> bool:
    """An agenda's numbers starting again at 1 under a new heading ('CLOSED SESSION' 1-5, then 'REGULAR
    BUSINESS' 1-27): three short titles counting 1, 2, 3 at the run's indentation."""
    if style.counted or kind != "agenda" or len(run) < 3 or style.value(found[at].number) != 1:
        return False
    following = [h for h in found[at:] if abs(h.indent - run[0].indent) <= 4]
    chain = following[:1]
    for heading in following[1:]:
        if _follows(style, kind, chain[-1], heading.number):
            chain.append(heading)
    first = following[:3]
    return (len(chain) >= 3 and all(_follows(style, kind, a, b.number) for a, b in zip(first, first[1:], strict=False))
            and all(len(clean_title(h.text)[0].split()) <= 10 for h in following[:3])
            and style.value(chain[-1].number) > style.value(run[-1].number))  # and then runs on past the first


def _run(style: Style, kind: str, found: list[Heading], start: int) -> list[Heading]:
    run = [found[start]]
    for at, heading in enumerate(found[start + 1:], start + 1):
        if heading.indent > run[0].indent + 4:
            continue  # indented deeper than the run: a sub-item or a numbered paragraph
        if heading.number == run[0].number and _names_only(run):
            run = [heading]  # '1. Callum Redfern' ... listed the members; the items start again at 1
        elif _printed_as_items_later(style, kind, found, at, run) or _at_margin_later(style, found, at, run):
            continue
        elif (_follows(style, kind, run[-1], heading.number) or _starts_again(style, kind, found, at, run)
              or _printed_twice(style, kind, run[-1], heading)):
            run.append(heading)
    return run


def _printed_as_items_later(style: Style, kind: str, found: list[Heading], at: int, run: list[Heading]) -> bool:
    """'7   Parking policies' ... 'It was APPROVED:' / '8.  Delegates authority ...' / '8   Bus services': where
    three or more items print their numbers one way (no mark, or a mark), a number printed another way is a point
    of a list when the same number, printed the items' way at their indentation, comes after it and before the
    number after it."""
    heading = found[at]
    if len(run) < 3 or len({h.mark for h in run}) != 1 or heading.mark == run[0].mark:
        return False
    for later in found[at + 1:]:
        if abs(later.indent - run[0].indent) > 4:
            continue
        if later.number == heading.number and later.mark == run[0].mark:
            return True
        if _follows(style, kind, heading, later.number):
            return False
    return False


def _at_margin_later(style: Style, found: list[Heading], at: int, run: list[Heading]) -> bool:
    """'1.  Call to Order' / '    1.  Premier Members' / '    2.  Guests' / '2.  Agenda Items': a number indented deeper
    than the run is an entry of a list nested in an item (a Markdown list's next level) when the next number at the
    run's own margin is the same number or one before it."""
    heading = found[at]
    if heading.indent < run[0].indent + NESTED_DEPTH:
        return False
    later = next_at_margin(((h.indent, style.value(h.number)) for h in found[at + 1:]), run[0].indent)
    return later is not None and later <= style.value(heading.number)


def _printed_twice(style: Style, kind: str, previous: Heading, heading: Heading) -> bool:
    """Minutes or an agenda that print one number on two items in a row ('4. Talk by the speaker' ... '4. Any other
    business', a slip for 5): the same number printed the same way at the same indentation over another title;
    not '7. Implement ...' (a point, a sentence) under '7   Opportunities'. A title starting as the one before
    ('4. Planning (continued)') is that item again."""
    words = [clean_title(h.text)[0].lower().split()[:2] for h in (previous, heading)]
    # minutes: past the first item's text; an agenda: straight after the first title (a line between at most),
    # where the same number further on starts a list again ('1. Email comments ...' / '2. Provide oral comments')
    placed = heading.index > previous.index + 2 if kind == "minutes" else heading.index <= previous.index + 2
    return (kind in ("minutes", "agenda") and not (style.counted or style.marked) and heading.number == previous.number
            and (heading.indent, heading.mark) == (previous.indent, previous.mark) and (heading.bold or not
                reads_as_sentence(heading.text)) and placed and words[0] != words[1])  # (bold: the writer's heading)


def _heading_like(style: Style, run: list[Heading]) -> bool:
    """Whether a run opens with a heading rather than a list entry: a plain '1.' or '2.' below the top
    of a part might open a numbered list, so it needs a capitalised word or a colon, a word of an item's title
    ('1. Apologies'), or a run of three."""
    first = run[0]
    if style is NUMBER_STYLE and all(h.text.rstrip().endswith(".") for h in run) and "/" not in first.number \
            and sum(reads_as_sentence(h.text) for h in run) * 2 >= len(run):
        return False  # '3. Minor revisions may be reviewed by staff.' / '4. Additional details needed about ...': a
        # list of statements, every one closed by its full stop, most of them sentences (not resolutions numbered
        # within their year: '#316/2018 BE IT RESOLVED THAT ...')
    if style.name in ("parenthesised", "bracket") and sum(reads_as_sentence(h.text) for h in run) * 2 > len(run):
        return False  # '(1) Mr A moved ...' / '(3) Following a debate, the Chairman put the amendment to the vote ...':
        # an item's numbered paragraphs, most of them sentences
    if style is not NUMBER_STYLE or "/" in first.number or number_value(first.number) >= 3 or first.index == 0:
        return True
    if reads_as_sentence(first.text) and not re.search(r":", first.text[:80]):
        return False  # '1. Noted the membership of the Committee': a numbered list of what was done
    return bool(re.search(r"[A-Z]{4,}|:", first.text[:80]) or HEADING_WORDS_RE.search(first.text[:80])
                or MEASURE_TITLE_RE.match(first.text)) \
        or len(run) >= 3


def _names_only(run: list[Heading]) -> bool:
    """'1. Callum Redfern', '2. Anjali Mistry': a numbered list of members, not items."""
    return len(run) >= 2 and all(is_person(h.text) for h in run)


def _weight(kind: str, run: list[Heading]) -> tuple[int, bool]:
    """A run's length; between two of one length in minutes, the one with text between its headings: an agenda
    printed in the minutes as a list, line after line, before the minutes' own numbered items is not they."""
    return len(run), kind == "minutes" and any(b.index > a.index + 1 for a, b in zip(run, run[1:], strict=False))


def best_run(lines: list[Line], kind: str) -> tuple[Style, list[Heading]]:
    """The style and run of numbered headings that are a part's items (empty when it has none): in each
    style the run from the first heading that can open one; the longest run wins, the first style a tie,
    unless a run of numerals counted from the first encloses it at a shallower indentation ('I.' ... 'VIII.'
    / '   1.' ... '   15.' / 'IX.'): the numbers inside are its sub-items."""
    best: tuple[Style, list[Heading]] = (NUMBER_STYLE, [])
    outer: tuple[Style, list[Heading]] | None = None
    for style in STYLES:
        found = _without_lists_under_marked(lines, style, candidates(lines, style))
        if kind == "agenda" and style is NUMBER_STYLE:
            found = _with_long_entries(lines, style, found)
        points: set[int] = set()  # the numbered points of a resolution: never a run's start
        for start in range(len(found)):
            if found[start].index in points:
                continue
            run = _run(style, kind, found, start)
            if resolution(lines, run[0]):
                points.update(h.index for h in run)
                continue
            if _opens(style, kind, run) and _heading_like(style, run) and not _names_only(run):
                if _weight(kind, run) > _weight(kind, best[1]):
                    kept = [h for h in found if h.index not in points]
                    begun = _begun_again(kept, run) if kind == "agenda" else run  # minutes number points in items
                    best = (style, _restarts(style, kind, kept, begun, lines))
                elif style.counted and len(run) >= MIN_OUTER:
                    outer = (style, run)
                break
    if outer and best[1] and outer[1][0].index < best[1][0].index and outer[1][-1].index > best[1][-1].index \
            and (outer[1][0].indent < best[1][0].indent or _restarts_under(outer[1], best[1], best[0].value)):
        best = outer
    return best[0], best[1] if best[0].marked else mended_run(lines, best[1], best[0].value)



LOST_COUNT_LEAST = 3  # entries numbered '1.', at least, of a list whose count was lost


def lost_count(lines: list[Line]) -> list[Heading]:
    """The entries of a list whose every entry a word processor numbered '1.', its count lost when the list was pasted
    as text ('  1. Call to Order' / '  1. Rules of Procedure' / ... with '    1. Minutes of ...', '    2. ...' under
    them): three or more, at the shallowest indentation any number has, none numbered otherwise there, most of them
    titles; [] for any other numbering."""
    found = candidates(lines, NUMBER_STYLE)
    margin = min((h.indent for h in found), default=0)
    top = [h for h in found if h.indent == margin]
    if len(top) < LOST_COUNT_LEAST or any(h.number != "1" for h in top) \
            or 2 * sum(reads_as_sentence(h.text) for h in top) >= len(top):
        return []
    return top


def _without_lists_under_marked(lines: list[Line], style: Style, found: list[Heading]) -> list[Heading]:
    """Numbered headings the file marks ('### 1. Quorum' / '### 2. Proceedings') with a numbered list of sentences
    under one that starts again at 1 ('1.  The meeting was chaired by ...' ... '7.  The proceedings came to an end
    ...'): the list's lines, up to the next marked heading, are that item's paragraphs, not items numbered on."""
    if not any(lines[h.index].heading for h in found):
        return found
    kept: list[Heading] = []
    listed: list[Heading] = []  # the list under the last marked heading, once it starts again at 1
    under: int | None = None  # the index of the last marked heading

    def settle() -> None:  # a list mostly of sentences is text; else its lines stay candidates
        if listed and 2 * sum(reads_as_sentence(h.text) for h in listed) < len(listed):
            kept.extend(listed)
        listed.clear()

    for heading in found:
        if lines[heading.index].heading:
            settle()
            kept.append(heading)
            under = heading.index
        elif under is not None and (listed or _list_begins(lines, style, under, heading.index)):
            listed.append(heading)
        else:
            kept.append(heading)
    settle()
    return sorted(kept, key=lambda h: h.index)


def _list_begins(lines: list[Line], style: Style, start: int, end: int) -> bool:
    """A line the file does not mark as a heading, numbered 1 in `style`, between `start` and `end` (inclusive)."""
    for line in lines[start + 1:end + 1]:
        match = None if line.heading else style.pattern.match(heading_text(line))
        if match and style.value(match.group(1)) == 1:
            return True
    return False


def _restarts_under(outer: list[Heading], inner: list[Heading], value: Callable[[str], float]) -> bool:
    """Numbers that start again only under the numerals of a run around them ('I. ROLL CALL' ... 'V. OLD BUSINESS' /
    '1. Update' / 'VI. NEW BUSINESS' / '1. Officers' / '2. Compensation'): the numerals' sub-items, however indented
    (a Markdown file sets both at its margin)."""
    numerals = [h.index for h in outer]
    restarts = [(a, b) for a, b in zip(inner, inner[1:], strict=False) if value(b.number) <= value(a.number)]
    return bool(restarts) and all(any(a.index < n < b.index for n in numerals) for a, b in restarts)


LONG_ENTRY = 200  # characters: a numbered line longer than a title may be an agenda's entry told as one sentence


def _with_long_entries(lines: list[Line], style: Style, found: list[Heading]) -> list[Heading]:
    """An agenda's entries told whole in one long sentence ('6. Authorize the Chief Executive Officer and General
    Manager to execute the third amendment to ... 2034.'), too long to be read as titles, among the candidates:
    each on a line of its own, opening with a capital, at the indentation of a shorter numbered title; the run
    decides which follow in sequence."""
    margins = {h.indent for h in found}
    taken = {h.index for h in found}
    extra = []
    for index, line in enumerate(lines):
        if index in taken or len(line.stripped) <= LONG_ENTRY or indent_of(line) not in margins:
            continue
        match = style.pattern.match(heading_text(line))
        if match and match.group(2)[:1].isupper() and not re.match(r"(?i)that\b", match.group(2)):
            extra.append(Heading(index, match.group(1), match.group(2), indent_of(line)))
    return sorted([*found, *extra], key=lambda h: h.index)


def _begun_again(found: list[Heading], run: list[Heading]) -> list[Heading]:
    """An agenda's numbered list before the items ('1. Email comments to ...' / '2. Provide oral comments ...', how
    to take part) whose numbers the items then start again ('1. CALL TO ORDER' / '2. ROLL CALL' / '3. ...'): the run's
    first numbers are the ones printed again at its indentation just before it goes on."""
    for k in range(1, min(len(run), 6)):
        again = [h for h in found if run[k - 1].index < h.index < run[k].index and abs(h.indent - run[k].indent) <= 1]
        if [h.number for h in again[-k:]] == [h.number for h in run[:k]] and len(again) >= k:
            return [*again[-k:], *run[k:]]
    return run


MIN_OUTER = 5  # numerals counted from the first that enclose a longer run of numbers


def _restarts(style: Style, kind: str, found: list[Heading], run: list[Heading], lines: list[Line]) -> list[Heading]:
    """Numbers that restart at the first under headings of their own ('CLOSED SESSION' 1-5, then
    'REGULAR BUSINESS' 1-27): other runs from the first number, at the run's indentation, of three or more in an
    agenda, of any length in minutes or an agenda where the first stands straight under a heading in capitals
    ('ACTION ITEMS' / '1. ...' / '2. ...', then 'REPORTS' / '1. ...')."""
    if style.counted:
        return run
    sections = [h.index for h in found if style.value(h.number) == 1 and _under_section(lines, h.index)]
    runs = [run]
    for start, heading in enumerate(found):
        if style.value(heading.number) != 1 or abs(heading.indent - run[0].indent) > 4:
            continue
        if any(r[0].index <= heading.index <= r[-1].index for r in runs) and heading.index not in sections:
            continue
        limit = min((r[0].index for r in runs if r[0].index > heading.index), default=len(lines))
        limit = min([limit, *(s for s in sections if s > heading.index)])
        other = _run(style, kind, [h for h in found[start:] if h.index < limit], 0)
        leads = sum(h.text.rstrip().endswith(":") for h in other)  # '1. Public Meeting Decorum:' / 'a) ...': rules
        restarted = kind == "agenda" and len(other) >= 3
        sectioned = heading.index in sections and not resolution(lines, heading) \
            and (not reads_as_sentence(heading.text) or _under_lead_in(lines, heading.index))
        if (restarted or sectioned) and (kind != "agenda" or leads < len(other) / 2) and not _names_only(other):
            runs.append(other)
    return sorted({h.index: h for r in runs for h in r}.values(), key=lambda h: h.index)


# the heading of a paper attached after the items ('SCHEDULE A', 'EXHIBIT 2'): its numbered lines are no items
ATTACHED_RE = re.compile(r"(?:SCHEDULE|EXHIBIT|ANNEX|APPENDIX|ATTACHMENT|ENCLOSURE)\b")


def _under_lead_in(lines: list[Line], index: int) -> bool:
    """Whether a numbered line stands under a heading the file marks that leads in to it with a colon ('### The
    meeting will begin with the meeting of parishioners:' / '1. A meeting of parishioners to elect two
    Churchwardens'): an entry of the list it introduces, however it opens."""
    above = text_above(lines, index)
    return above >= 0 and lines[above].heading and lines[above].stripped.endswith(":")


def _under_section(lines: list[Line], index: int) -> bool:
    """Whether a numbered line stands straight under a heading in capitals standing alone ('ACTION ITEMS' over
    '1. Grant Award Acceptance'), or under one the file marks ('### There will then be the formal business of the
    APCM:' over '1. Minutes of the 2018 APCM'), blank lines between them or none."""
    above = text_above(lines, index)
    heading = lines[above].text.rstrip().removesuffix(":") if above >= 0 else ""  # 'CLOSED SESSION AGENDA:' too
    if above < 0 or capitals_text(heading) is None and not lines[above].heading or ATTACHED_RE.match(heading.strip()):
        return False
    return above == 0 or lines[above - 1].blank or lines[above - 1].page != lines[above].page

